/**
 * The validity period, as the Enhanced MTA applies it.
 *
 * Campaign lets a delivery set any validity; the Enhanced MTA honours it only up to 3.5 days, counted
 * from the moment the message reached the MTA. Hours are the unit everywhere in the spec: the cap is
 * a whole number of hours (84), and the playground's clock advances by hours or days.
 */

/** 3.5 days: the longest a message stays in the Enhanced MTA's retry queue (facts-extended 5.1, 5.3; decision C11 over SparkPost's 72 h). */
export const MTA_VALIDITY_CAP_HOURS = 84;

/** Campaign's default "Delivery duration" (5 days), which the Enhanced MTA cuts to 3.5 days. */
export const CAMPAIGN_DEFAULT_VALIDITY_HOURS = 120;

export const HOURS_PER_DAY = 24;

/**
 * How long after sending an asynchronous bounce can still arrive: "up until one week after a delivery
 * has been sent" (facts.md §1, from [F], [C] and [K]). The spec counts it from when the message
 * reached the MTA (MC-async-window).
 */
export const ASYNC_BOUNCE_WINDOW_HOURS = 7 * HOURS_PER_DAY;

/** The validity the Enhanced MTA really applies for a delivery's setting, in hours. */
export function effectiveValidityHours(settingHours: number): number {
  if (!Number.isFinite(settingHours) || settingHours <= 0) {
    throw new RangeError(`A validity setting must be a positive number of hours, not ${settingHours}`);
  }
  return Math.min(settingHours, MTA_VALIDITY_CAP_HOURS);
}

/** True when the delivery's own setting is ignored because it exceeds the cap. */
export function isSettingIgnored(settingHours: number): boolean {
  return effectiveValidityHours(settingHours) < settingHours;
}

/** Hours left before the MTA gives up on a message that reached it `elapsedHours` ago. */
export function hoursLeft(validityHours: number, elapsedHours: number): number {
  return Math.max(0, validityHours - elapsedHours);
}
