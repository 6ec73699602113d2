/**
 * Delivery indicators computed from a population of delivery logs, by the formulas of Adobe's
 * "metrics calculation" pages (facts-extended §2), with the spec's decision on conflict C1.
 */
import type { FailureReasonId } from './failureReasons.ts';
import type { ReportingTable } from './messageLifecycle.ts';
import { type EditionId, editions } from './registry.ts';
import type { LogStatus } from './reporting.ts';

/** What one delivery log shows: its status and, when it failed or was ignored, its reason. */
export interface LogLine {
  readonly logStatus: LogStatus;
  readonly reason?: FailureReasonId | null;
}

export interface Indicators {
  /** Messages to deliver after analysis: every log but the Ignored ones (facts-extended 1.20). */
  readonly toDeliver: number;
  /** Successes, as the edition's reporting table counts them (decision C1). */
  readonly success: number;
  /** Success / messages to deliver, 0–1; null when there is nothing to deliver. */
  readonly successRate: number | null;
  /** Logs Sent ("Delivered" is `@success`, facts-extended 2.6). */
  readonly delivered: number;
  /** Every Failed log (`@error`, part of Processed: facts-extended 2.4). */
  readonly errors: number;
  /** Failed with reason User unknown (facts-extended 2.5). */
  readonly hardBounces: number;
  /** Failed with a reason of the soft-bounce formula (facts-extended 2.6). */
  readonly softBounces: number;
  /** Failed with reason Denylisted address (facts-extended 2.7). */
  readonly complaints: number;
  /** Excluded at preparation: outside the rate (facts-extended 1.2, 1.20). */
  readonly ignored: number;
}

// facts-extended 2.6: "unreachable", "inbox full", "invalid domain", "disabled account", "not connected"
// or "rejected". "Not connected" is not a reason the spec models.
const softBounceReasons: readonly FailureReasonId[] = [
  'unreachable',
  'mailboxFull',
  'invalidDomain',
  'accountDisabled',
  'refused',
];

/**
 * Decision C1: a status counts as a success when the edition's reporting table counts it. The report
 * formula (2.1) would also count *Taken into account by the service provider*; the EFS table (2.10)
 * does not, and the spec follows the table.
 */
function successStatuses(reporting: ReportingTable): ReadonlySet<LogStatus> {
  return new Set(
    Object.values(reporting)
      .filter((meta) => meta.success === 'counted')
      .map((meta) => meta.logStatus),
  );
}

/**
 * Success % (0–1) from how many logs show each status: successes over the messages to deliver after
 * analysis (every log but the Ignored ones). Null when nothing is to be delivered.
 */
export function successRate(edition: EditionId, counts: Readonly<Partial<Record<LogStatus, number>>>): number | null {
  const counted = successStatuses(editions[edition].reporting);
  let toDeliver = 0;
  let success = 0;
  for (const [status, count = 0] of Object.entries(counts) as [LogStatus, number | undefined][]) {
    if (status !== 'ignored') toDeliver += count;
    if (counted.has(status)) success += count;
  }
  return toDeliver === 0 ? null : success / toDeliver;
}

export function indicators(edition: EditionId, logs: Iterable<LogLine>): Indicators {
  const counted = successStatuses(editions[edition].reporting);
  let total = 0;
  let ignored = 0;
  let success = 0;
  let delivered = 0;
  let errors = 0;
  let hardBounces = 0;
  let softBounces = 0;
  let complaints = 0;
  for (const { logStatus, reason } of logs) {
    total++;
    if (logStatus === 'ignored') ignored++;
    if (counted.has(logStatus)) success++;
    if (logStatus === 'sent') delivered++;
    if (logStatus !== 'failed') continue;
    errors++;
    if (reason === 'userUnknown') hardBounces++;
    if (reason && softBounceReasons.includes(reason)) softBounces++;
    if (reason === 'denylisted') complaints++;
  }
  const toDeliver = total - ignored;
  return {
    toDeliver,
    success,
    successRate: toDeliver === 0 ? null : success / toDeliver,
    delivered,
    errors,
    hardBounces,
    softBounces,
    complaints,
    ignored,
  };
}
