/**
 * An email address's own lifecycle across deliveries: Valid → With errors → Quarantine, or
 * Denylisted after a spam complaint, and back to Valid by the rules that release it. While an
 * address is in Quarantine or Denylisted, the next delivery excludes it at preparation and its log
 * shows *Ignored* (facts-extended 1.18) — `meta.nextMessage` says so for each state.
 *
 * The counting rules come from Campaign Classic v7's settings (facts-extended 4.7); for Campaign v8
 * managed cloud services Adobe manages thresholds itself (4.8), so the figures are the documented
 * defaults, not a promise about a given instance (MC-address-defaults).
 */
import { assertEvent, assign, setup } from 'xstate';
import { reasonsFor } from './events.ts';
import type { FailureReasonId } from './failureReasons.ts';
import { HOURS_PER_DAY } from './validity.ts';

/**
 * Decision C4: the address goes to Quarantine when its error count reaches 5, i.e. on the fifth
 * counted error (v8 reason table 4.6, Campaign Standard 4.4, Journey Optimizer 4.5). The v7 deployment
 * wizard says "on the sixth error" (4.3); the notes page shows both.
 */
export const QUARANTINE_THRESHOLD = 5;
/** facts-extended 4.7: a soft error is counted only if the last counted one is at least 1 day old. */
export const MIN_HOURS_BETWEEN_COUNTED_ERRORS = HOURS_PER_DAY;
/** facts-extended 4.9, 4.10: With errors is released when the last counted error is over 10 days old… */
export const ERROR_RESET_HOURS = 10 * HOURS_PER_DAY;
/** …or over 30 days old when it was Mailbox full (facts-extended 4.10). */
export const MAILBOX_FULL_RESET_HOURS = 30 * HOURS_PER_DAY;

export type AddressStatus = 'valid' | 'withErrors' | 'quarantine' | 'denylisted';

export interface AddressContext {
  /** Soft errors counted so far (facts-extended 4.2). */
  readonly errorCount: number;
  /** Hours since the last counted error; null when none was counted. */
  readonly hoursSinceLastError: number | null;
  readonly lastReason: FailureReasonId | null;
  /** Soft errors that came less than a day after the last counted one, and so did not count (4.7). */
  readonly uncountedErrors: number;
}

export type AddressEvent =
  | { type: 'feedback.hardBounce'; reason: FailureReasonId }
  | { type: 'feedback.softBounce'; reason: FailureReasonId }
  | { type: 'feedback.complaint' }
  | { type: 'mta.delivered' }
  | { type: 'operator.released' }
  | { type: 'clock.advanced'; hours: number };

const reasonOf = (event: AddressEvent): FailureReasonId | undefined => ('reason' in event ? event.reason : undefined);
/** The hours a clock step adds (only clock steps reach the guards and actions that ask). */
const hoursOf = (event: AddressEvent): number => {
  assertEvent(event, 'clock.advanced');
  return event.hours;
};

/** Asked only in With errors, which is entered by a counted error: the hours are never null there. */
const dayApart = (context: AddressContext): boolean =>
  (context.hoursSinceLastError ?? 0) >= MIN_HOURS_BETWEEN_COUNTED_ERRORS;

const released = { errorCount: 0, hoursSinceLastError: null, lastReason: null, uncountedErrors: 0 } as const;

export const addressMachine = setup({
  // Stryker disable next-line ObjectLiteral: types exist for the compiler only; nothing runs them.
  types: {
    context: {} as AddressContext,
    events: {} as AddressEvent,
  },
  guards: {
    hardReason: ({ event }) => reasonsFor(event.type).includes(reasonOf(event) as FailureReasonId),
    softReason: ({ event }) => reasonsFor(event.type).includes(reasonOf(event) as FailureReasonId),
    /** A soft error that counts: at least a day after the last counted one (4.7). */
    countedSoftError: ({ context, event }) =>
      reasonsFor(event.type).includes(reasonOf(event) as FailureReasonId) && dayApart(context),
    reachesThreshold: ({ context, event }) =>
      reasonsFor(event.type).includes(reasonOf(event) as FailureReasonId) &&
      dayApart(context) &&
      context.errorCount + 1 >= QUARANTINE_THRESHOLD,
    errorsExpire: ({ context, event }) => {
      const since = (context.hoursSinceLastError ?? 0) + hoursOf(event);
      const limit = context.lastReason === 'mailboxFull' ? MAILBOX_FULL_RESET_HOURS : ERROR_RESET_HOURS;
      return since > limit;
    },
  },
  actions: {
    countError: assign({
      errorCount: ({ context }) => context.errorCount + 1,
      hoursSinceLastError: 0,
      lastReason: ({ event }) => reasonOf(event) ?? null,
    }),
    noteUncountedError: assign({ uncountedErrors: ({ context }) => context.uncountedErrors + 1 }),
    // Only With errors counts time, and it always has a counted error to count from.
    passTime: assign({
      hoursSinceLastError: ({ context, event }) => (context.hoursSinceLastError ?? 0) + hoursOf(event),
    }),
    release: assign(released),
  },
}).createMachine({
  id: 'address',
  context: { ...released },
  initial: 'valid',
  states: {
    valid: {
      meta: { addressStatus: 'valid', nextMessage: 'targeted' },
      on: {
        // facts-extended 4.2: a hard error quarantines at once.
        'feedback.hardBounce': { guard: 'hardReason', target: 'quarantine' },
        // The first soft error: counted (the threshold is above 1).
        'feedback.softBounce': { guard: 'softReason', target: 'withErrors', actions: 'countError' },
        // facts-extended 3.1, 3.7: a spam complaint sends the address to quarantine as Denylisted.
        'feedback.complaint': 'denylisted',
      },
    },
    withErrors: {
      meta: { addressStatus: 'withErrors', nextMessage: 'targeted' },
      on: {
        'feedback.hardBounce': { guard: 'hardReason', target: 'quarantine' },
        'feedback.softBounce': [
          { guard: 'reachesThreshold', target: 'quarantine', actions: 'countError' },
          { guard: 'countedSoftError', actions: 'countError' },
          // facts-extended 4.7: an error less than a day after the last counted one is not counted.
          { guard: 'softReason', actions: 'noteUncountedError' },
        ],
        'feedback.complaint': 'denylisted',
        // facts-extended 4.10: released after a successful delivery.
        'mta.delivered': { target: 'valid', actions: 'release' },
        'clock.advanced': [
          // facts-extended 4.9, 4.10: reset after 10 days (30 days for Mailbox full).
          { guard: 'errorsExpire', target: 'valid', actions: 'release' },
          { actions: 'passTime' },
        ],
        // facts-extended 4.11: an operator sets the address back to Valid.
        'operator.released': { target: 'valid', actions: 'release' },
      },
    },
    quarantine: {
      // facts-extended 1.18, 6.5: the next delivery excludes it (Ignored, Address in quarantine).
      meta: { addressStatus: 'quarantine', nextMessage: 'ignored', exclusionReason: 'quarantined' },
      on: {
        'feedback.complaint': 'denylisted',
        // facts-extended 4.1: never released automatically, however long it waits (time passes, nothing changes).
        'clock.advanced': { target: 'quarantine' },
        'operator.released': { target: 'valid', actions: 'release' },
      },
    },
    denylisted: {
      // facts-extended 1.18, 6.5: excluded as Denylisted address; only the address, not the profile (3.2).
      meta: { addressStatus: 'denylisted', nextMessage: 'ignored', exclusionReason: 'denylisted' },
      on: {
        'clock.advanced': { target: 'denylisted' },
        'operator.released': { target: 'valid', actions: 'release' },
      },
    },
  },
});
