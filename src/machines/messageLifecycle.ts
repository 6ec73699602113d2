/**
 * The life of one email after Campaign hands it to the Enhanced MTA. Both reporting models share this
 * life: the message travels the same way; only what the delivery log shows, and what counts toward
 * Success %, differ. Each edition's machine is this lifecycle with its own reporting table as `meta`.
 *
 * Time: the validity period is modelled with an explicit `clock.advanced` event, not with `after`
 * delays. Elapsed time lives in context and a guard compares it with the effective validity. This
 * keeps the machines deterministic, lets xstate's `createTestModel` walk them (it refuses `after`),
 * lets links and scenarios state time as plain data, and lets the simulation compile a transition
 * table from the machine.
 */
import { assign, setup } from 'xstate';
import { type FailureReasonId, type FailureType, failureReasons } from './failureReasons.ts';
import type { ReportingMeta } from './reporting.ts';
import { CAMPAIGN_DEFAULT_VALIDITY_HOURS, effectiveValidityHours } from './validity.ts';

export interface MessageFailure {
  readonly reason: FailureReasonId;
  readonly type: FailureType;
}

export interface MessageContext {
  /** The validity the MTA applies: the delivery's setting, capped at 3.5 days. */
  readonly validityHours: number;
  /** Hours since the message reached the MTA (0 until it is relayed). */
  readonly elapsedHours: number;
  /** Delivery attempts the MTA has made. */
  readonly attempts: number;
  /** The latest error the MTA reported, kept after a successful retry as Campaign keeps it. */
  readonly failure: MessageFailure | null;
  /** True when the message failed because its validity ran out. */
  readonly expired: boolean;
}

export interface MessageInput {
  /** The delivery's validity setting in hours (Campaign's default is 5 days). */
  readonly validitySettingHours?: number;
}

export type MessageEvent =
  | { type: 'mta.accepted' }
  | { type: 'mta.delivered' }
  | { type: 'feedback.hardBounce'; reason?: FailureReasonId }
  | { type: 'feedback.softBounce'; reason?: FailureReasonId }
  | { type: 'retry.succeeded' }
  | { type: 'retry.failed'; reason?: FailureReasonId }
  | { type: 'feedback.asyncBounce'; reason?: FailureReasonId }
  | { type: 'clock.advanced'; hours: number };

export type MessageStateId = 'pending' | 'awaitingDelivery' | 'retrying' | 'delivered' | 'failed';

/** What the delivery log shows and what counts, for each state: the one thing the editions differ on. */
export type ReportingTable = Readonly<Record<MessageStateId, ReportingMeta>>;

const DEFAULT_HARD_REASON: FailureReasonId = 'userUnknown';
const DEFAULT_SOFT_REASON: FailureReasonId = 'mailboxFull';

function failureOf(reason: FailureReasonId, type: FailureType): MessageFailure {
  return { reason, type };
}

/** The type Campaign gives a reason when it arrives as the given kind of bounce. */
function typeFor(reason: FailureReasonId, wanted: FailureType): FailureType {
  const types: readonly FailureType[] = failureReasons[reason].types;
  return types.includes(wanted) ? wanted : (types[0] ?? wanted);
}

export function createMessageMachine(id: string, reporting: ReportingTable) {
  return setup({
    types: {
      context: {} as MessageContext,
      events: {} as MessageEvent,
      input: {} as MessageInput,
    },
    guards: {
      validityRunsOut: ({ context, event }) =>
        event.type === 'clock.advanced' && context.elapsedHours + event.hours >= context.validityHours,
    },
    actions: {
      advanceClock: assign({
        elapsedHours: ({ context, event }) =>
          event.type === 'clock.advanced' ? context.elapsedHours + event.hours : context.elapsedHours,
      }),
      expire: assign({
        elapsedHours: ({ context }) => context.validityHours,
        expired: true,
        failure: ({ context }) => context.failure ?? failureOf(DEFAULT_SOFT_REASON, 'soft'),
      }),
      countAttempt: assign({ attempts: ({ context }) => context.attempts + 1 }),
      recordHardBounce: assign({
        failure: ({ event }) => {
          const reason = 'reason' in event && event.reason ? event.reason : DEFAULT_HARD_REASON;
          return failureOf(reason, typeFor(reason, 'hard'));
        },
      }),
      recordSoftBounce: assign({
        failure: ({ event }) => {
          const reason = 'reason' in event && event.reason ? event.reason : DEFAULT_SOFT_REASON;
          return failureOf(reason, typeFor(reason, 'soft'));
        },
      }),
      recordFinalRetryFailure: assign({
        failure: ({ context, event }) => {
          const reason = ('reason' in event && event.reason) || context.failure?.reason || DEFAULT_SOFT_REASON;
          return failureOf(reason, typeFor(reason, 'soft'));
        },
      }),
    },
  }).createMachine({
    id,
    context: ({ input }) => ({
      validityHours: effectiveValidityHours(input?.validitySettingHours ?? CAMPAIGN_DEFAULT_VALIDITY_HOURS),
      elapsedHours: 0,
      attempts: 0,
      failure: null,
      expired: false,
    }),
    initial: 'pending',
    states: {
      pending: {
        meta: reporting.pending,
        on: {
          'mta.accepted': { target: 'awaitingDelivery' },
          // The validity clock starts only when the message reaches the MTA.
          'clock.advanced': {},
        },
      },
      awaitingDelivery: {
        meta: reporting.awaitingDelivery,
        on: {
          'mta.delivered': { target: 'delivered', actions: 'countAttempt' },
          'feedback.hardBounce': { target: 'failed', actions: ['countAttempt', 'recordHardBounce'] },
          'feedback.softBounce': { target: 'retrying', actions: ['countAttempt', 'recordSoftBounce'] },
          'clock.advanced': [
            { guard: 'validityRunsOut', target: 'failed', actions: 'expire' },
            { actions: 'advanceClock' },
          ],
        },
      },
      retrying: {
        meta: reporting.retrying,
        on: {
          // A retry that bounces softly again keeps the message queued with the newest reason.
          'feedback.softBounce': { actions: ['countAttempt', 'recordSoftBounce'] },
          'retry.succeeded': { target: 'delivered', actions: 'countAttempt' },
          'retry.failed': { target: 'failed', actions: ['countAttempt', 'recordFinalRetryFailure'] },
          'clock.advanced': [
            { guard: 'validityRunsOut', target: 'failed', actions: 'expire' },
            { actions: 'advanceClock' },
          ],
        },
      },
      delivered: {
        meta: reporting.delivered,
        on: {
          // A bounce email can still arrive days later; inMail qualifies it and the log turns Failed.
          'feedback.asyncBounce': { target: 'failed', actions: 'recordHardBounce' },
          'clock.advanced': { actions: 'advanceClock' },
        },
      },
      failed: {
        meta: reporting.failed,
        type: 'final',
      },
    },
  });
}

export type MessageMachine = ReturnType<typeof createMessageMachine>;
