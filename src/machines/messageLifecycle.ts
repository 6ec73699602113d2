/**
 * The life of one email from its delivery's preparation to its final delivery-log status. Both
 * reporting editions share this life: the message travels the same way; only what the delivery log
 * shows, and what counts toward Success %, differ. Each edition's machine is this lifecycle with its
 * own reporting table as `meta`.
 *
 * Every transition cites its source (a seed, or a fact of facts-extended.md) or names a modelling
 * choice listed on the notes-on-the-sources page (`MC-…`, see `modellingChoices` in sourceNotes.ts).
 *
 * Time (MC-simulated-time): the validity period is modelled with an explicit `clock.advanced` event, not with `after`
 * delays. Elapsed time lives in context and a guard compares it with the effective validity. This
 * keeps the machines deterministic, lets xstate's `createTestModel` walk them (it refuses `after`),
 * lets links and scenarios state time as plain data, and lets the simulation compile a transition
 * table from the machine.
 */
import { assertEvent, assign, setup } from 'xstate';
import { reasonsFor } from './events.ts';
import { type FailureReasonId, type FailureType, failureReasons, typeFor } from './failureReasons.ts';
import type { ReportingMeta } from './reporting.ts';
import { ASYNC_BOUNCE_WINDOW_HOURS, CAMPAIGN_DEFAULT_VALIDITY_HOURS, effectiveValidityHours } from './validity.ts';

export interface MessageFailure {
  readonly reason: FailureReasonId;
  readonly type: FailureType;
}

export interface MessageContext {
  /** The validity the MTA applies: the delivery's setting, capped at 3.5 days. */
  readonly validityHours: number;
  /** Hours since the message reached the MTA (0 until it is relayed). */
  readonly elapsedHours: number;
  /**
   * The latest error on the log. Null while nothing failed, after a successful retry, and when the
   * validity ran out without any bounce (the sources do not say what reason Campaign shows then).
   */
  readonly failure: MessageFailure | null;
  /** True when the message failed because its validity ran out. */
  readonly expired: boolean;
  /** True when the message failed because the recipient reported it as spam. */
  readonly complaint: boolean;
}

export interface MessageInput {
  /** The delivery's validity setting in hours (Campaign's default is 5 days). */
  readonly validitySettingHours?: number;
}

export type MessageEvent =
  | { type: 'preparation.excluded'; reason: FailureReasonId }
  | { type: 'cleanup.canceled' }
  | { type: 'mta.accepted' }
  | { type: 'mta.delivered' }
  | { type: 'feedback.hardBounce'; reason: FailureReasonId }
  | { type: 'feedback.softBounce'; reason: FailureReasonId }
  | { type: 'retry.succeeded' }
  | { type: 'retry.failed'; reason?: FailureReasonId }
  | { type: 'feedback.asyncBounce'; reason: FailureReasonId }
  | { type: 'feedback.complaint' }
  | { type: 'clock.advanced'; hours: number };

export type MessageStateId =
  | 'pending'
  | 'excluded'
  | 'canceled'
  | 'awaitingDelivery'
  | 'retrying'
  | 'delivered'
  | 'failed';

/** What the delivery log shows and what counts, for each state: the one thing the editions differ on. */
export type ReportingTable = Readonly<Record<MessageStateId, ReportingMeta>>;

const reasonOf = (event: MessageEvent): FailureReasonId | undefined => ('reason' in event ? event.reason : undefined);

/** The event's reason with the type Campaign gives it for this kind of event (guards checked it). */
const failureOf = (event: MessageEvent, wanted: FailureType): MessageFailure => {
  const reason = reasonOf(event) as FailureReasonId;
  return { reason, type: typeFor(reason, wanted) };
};

/** An exclusion reason has one type of its own: Hard for the address's, Ignored for typology's (6.5, 6.8). */
const exclusionOf = (event: MessageEvent): MessageFailure => {
  const reason = reasonOf(event) as FailureReasonId;
  return { reason, type: failureReasons[reason].types[0] };
};

export function createMessageMachine(id: string, reporting: ReportingTable) {
  return setup({
    // Stryker disable next-line ObjectLiteral: types exist for the compiler only; nothing runs them.
    types: {
      context: {} as MessageContext,
      events: {} as MessageEvent,
      input: {} as MessageInput,
    },
    guards: {
      /** The event's reason is one its kind of event may carry (a missing optional reason passes). */
      reasonFits: ({ event }) => {
        const reason = reasonOf(event);
        if (reason === undefined) return event.type === 'retry.failed';
        return reasonsFor(event.type).includes(reason);
      },
      validityRunsOut: ({ context, event }) => {
        assertEvent(event, 'clock.advanced');
        return context.elapsedHours + event.hours >= context.validityHours;
      },
      // facts.md §1 ([F][C][K]): asynchronous errors arrive up to one week after sending (MC-async-window).
      asyncBounceFits: ({ context, event }) =>
        context.elapsedHours <= ASYNC_BOUNCE_WINDOW_HOURS &&
        reasonsFor(event.type).includes(reasonOf(event) as FailureReasonId),
    },
    actions: {
      advanceClock: assign({
        elapsedHours: ({ context, event }) => {
          assertEvent(event, 'clock.advanced');
          return context.elapsedHours + event.hours;
        },
      }),
      // Seeds (v7 "Validity period", v8 ko) and facts-extended 5.1–5.3: after 3.5 days at most the
      // message times out. The reason stays the last soft bounce's (MC-expiry-reason, from 5.13), or
      // none when nothing bounced: the sources do not state one.
      expire: assign({
        elapsedHours: ({ context }) => context.validityHours,
        expired: true,
        failure: ({ context, event }) => {
          const reason = reasonOf(event);
          // Stryker disable next-line StringLiteral: equivalent, each soft reason lists Soft (or only Ignored) first.
          return reason ? { reason, type: typeFor(reason, 'soft') } : context.failure;
        },
      }),
      recordExclusion: assign({ failure: ({ event }) => exclusionOf(event) }),
      recordHardBounce: assign({ failure: ({ event }) => failureOf(event, 'hard') }),
      // Stryker disable next-line StringLiteral: equivalent, each soft reason lists Soft (or only Ignored) first.
      recordSoftBounce: assign({ failure: ({ event }) => failureOf(event, 'soft') }),
      // MC-delivered-clears-reason: a delivered message shows no failure reason.
      clearFailure: assign({ failure: null }),
      // facts-extended 3.5, 2.7, decision C5: the log turns Failed with reason Denylisted address.
      recordComplaint: assign({
        failure: { reason: 'denylisted', type: 'hard' } as MessageFailure,
        complaint: true,
      }),
    },
  }).createMachine({
    id,
    context: ({ input }) => ({
      validityHours: effectiveValidityHours(input?.validitySettingHours ?? CAMPAIGN_DEFAULT_VALIDITY_HOURS),
      elapsedHours: 0,
      failure: null,
      expired: false,
      complaint: false,
    }),
    initial: 'pending',
    states: {
      // facts-extended 1.4: prepared, waiting for the MTA. The validity clock does not run yet
      // (facts-extended 5.3: it counts from when the message reached the MTA).
      pending: {
        meta: reporting.pending,
        on: {
          'mta.accepted': { target: 'awaitingDelivery' },
          // facts-extended 1.2, 1.18, 1.19: excluded at preparation (MC-exclusion-step).
          'preparation.excluded': { guard: 'reasonFits', target: 'excluded', actions: 'recordExclusion' },
          // facts-extended 1.15, 1.16: the Database cleanup workflow cancels logs still Pending of an
          // expired delivery, or of a stopped one with over 10,000 unprocessed messages.
          'cleanup.canceled': { target: 'canceled' },
        },
      },
      excluded: { meta: reporting.excluded, type: 'final' },
      canceled: { meta: reporting.canceled, type: 'final' },
      awaitingDelivery: {
        meta: reporting.awaitingDelivery,
        on: {
          'mta.delivered': { target: 'delivered' },
          // Seeds, "Bounce qualification": the MTA qualifies synchronous bounces.
          'feedback.hardBounce': {
            guard: 'reasonFits',
            target: 'failed',
            actions: 'recordHardBounce',
          },
          'feedback.softBounce': {
            guard: 'reasonFits',
            target: 'retrying',
            actions: 'recordSoftBounce',
          },
          'clock.advanced': [
            { guard: 'validityRunsOut', target: 'failed', actions: 'expire' },
            { actions: 'advanceClock' },
          ],
        },
      },
      // Seeds: soft-bounced messages are retried throughout the validity period (at most 3.5 days).
      retrying: {
        meta: reporting.retrying,
        on: {
          // facts-extended 1.12: a retry that bounces softly again only updates the error reason.
          'feedback.softBounce': { guard: 'reasonFits', actions: 'recordSoftBounce' },
          // facts-extended 6.2: a hard error ends the attempts.
          'feedback.hardBounce': {
            guard: 'reasonFits',
            target: 'failed',
            actions: 'recordHardBounce',
          },
          'retry.succeeded': { target: 'delivered', actions: 'clearFailure' },
          // "Retries fail" (the seeds' tables): the retries ran out, which happens when the validity
          // period ends; the clock moves to that moment (MC-retries-fail-at-expiry).
          'retry.failed': { guard: 'reasonFits', target: 'failed', actions: 'expire' },
          'clock.advanced': [
            { guard: 'validityRunsOut', target: 'failed', actions: 'expire' },
            { actions: 'advanceClock' },
          ],
        },
      },
      delivered: {
        meta: reporting.delivered,
        on: {
          // Seeds, "Bounce qualification": a bounce email can still arrive; inMail qualifies it and the
          // log turns Failed. facts.md §1: up to one week after sending.
          'feedback.asyncBounce': { guard: 'asyncBounceFits', target: 'failed', actions: 'recordHardBounce' },
          // facts-extended 3.5 (Adobe calls the flip a bug, C6) and 2.7: a spam complaint turns the log
          // Failed with reason Denylisted address (decisions C5, C6).
          'feedback.complaint': { target: 'failed', actions: 'recordComplaint' },
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
