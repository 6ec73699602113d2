/**
 * What a reader sees of a state: the delivery-log status and whether the message counts toward
 * Success %. Every machine's states carry this as `meta`; labels are keys, never display text.
 */

/** Delivery-log statuses, as Campaign names them (keys into content/campaign-labels). */
export const logStatuses = ['pending', 'takenIntoAccount', 'sent', 'failed'] as const;
export type LogStatus = (typeof logStatuses)[number];

/** Whether a message in this state is a success in the delivery's Success % (numerator). */
export type SuccessCount = 'counted' | 'notCounted';

/**
 * How one step moves Success %. The first relay is named the way the sources' tables name it:
 * the percentage "starts at 100%" (Enhanced MTA reporting) or "starts at 0%" (Email Feedback Service).
 */
export const successEffects = ['startsAt100', 'startsAt0', 'increases', 'decreases', 'unchanged'] as const;
export type SuccessEffect = (typeof successEffects)[number];

export interface ReportingMeta {
  readonly logStatus: LogStatus;
  readonly success: SuccessCount;
}

export function successEffect(
  before: ReportingMeta | undefined,
  after: ReportingMeta,
  isFirstRelay: boolean,
): SuccessEffect {
  if (isFirstRelay) return after.success === 'counted' ? 'startsAt100' : 'startsAt0';
  const was = before?.success === 'counted';
  const is = after.success === 'counted';
  if (was === is) return 'unchanged';
  return is ? 'increases' : 'decreases';
}
