import type { ConflictNoteId } from './sourceNotes.ts';

/**
 * What a reader sees of a state: the delivery-log status and whether the message counts toward
 * Success %. Every machine's states carry this as `meta`; labels are keys, never display text.
 */

/**
 * Delivery-log statuses an email can show, as Campaign names them (keys into content/campaign-labels).
 * facts-extended 1.1–1.7. Left out, with the reason on the notes page: *Not applicable* (1.5, no
 * channel named), *Prepared* (1.11, external connectors only) and the SMS statuses (1.10): MC-statuses-left-out.
 */
export const logStatuses = ['pending', 'ignored', 'takenIntoAccount', 'sent', 'failed', 'deliveryCanceled'] as const;
export type LogStatus = (typeof logStatuses)[number];

/**
 * Whether a message in this state is a success in the delivery's Success %: `counted` (numerator),
 * `notCounted` (in the denominator only), or `excluded` (outside the rate: facts-extended 1.20, the
 * rate divides by the messages to deliver after analysis, so excluded addresses are not in it).
 */
export type SuccessCount = 'counted' | 'notCounted' | 'excluded';

/**
 * How one step moves Success %. The first relay is named the way the sources' tables name it:
 * the percentage "starts at 100%" (Enhanced MTA reporting) or "starts at 0%" (Email Feedback Service).
 * `excluded`: the message leaves the rate altogether (an exclusion at preparation).
 */
export const successEffects = ['startsAt100', 'startsAt0', 'increases', 'decreases', 'unchanged', 'excluded'] as const;
export type SuccessEffect = (typeof successEffects)[number];

/** Conflicts between Adobe's pages that the spec decides (listed once, in sourceNotes.ts). */
export type ConflictId = ConflictNoteId;

export interface ReportingMeta {
  readonly logStatus: LogStatus;
  readonly success: SuccessCount;
  /** The conflicts this state's reporting takes a side on; pages link each to the notes page. */
  readonly decisions?: readonly ConflictId[];
}

/** Statuses of a message Campaign has handed to the MTA: the first such step is "the relay". */
const relayedStatuses: readonly LogStatus[] = ['sent', 'takenIntoAccount'];

export function successEffect(before: ReportingMeta, after: ReportingMeta): SuccessEffect {
  if (after.success === 'excluded') return 'excluded';
  if (before.logStatus === 'pending' && relayedStatuses.includes(after.logStatus)) {
    return after.success === 'counted' ? 'startsAt100' : 'startsAt0';
  }
  const was = before.success === 'counted';
  const is = after.success === 'counted';
  if (was === is) return 'unchanged';
  return is ? 'increases' : 'decreases';
}
