/** Reshapes a simulation result into rows for charts and tables (pure, shared by island and build). */
import { type EditionId, editionIds, HOURS_PER_DAY, isSettingIgnored } from '../machines/index.ts';
import { statusCodes } from './compile.ts';
import type { SimulationResult } from './simulate.ts';

export interface SuccessPoint {
  readonly hour: number;
  readonly edition: EditionId;
  readonly success: number;
}

export interface CountPoint {
  readonly hour: number;
  readonly edition: EditionId;
  readonly status: (typeof statusCodes)[number];
  readonly count: number;
}

/** Every `step` hours, and always the validity cap and the last hour. */
export function sampleHours(result: SimulationResult, step: number): number[] {
  const hours = new Set<number>();
  for (let h = 0; h <= result.horizonHours; h += step) hours.add(h);
  hours.add(result.validityHours);
  hours.add(result.horizonHours);
  return [...hours].sort((a, b) => a - b);
}

export function successPoints(result: SimulationResult, hours: readonly number[]): SuccessPoint[] {
  return editionIds.flatMap((edition) =>
    hours.map((hour) => ({ hour, edition, success: result.editions[edition].success[hour]! })),
  );
}

export function countPoints(result: SimulationResult, hours: readonly number[]): CountPoint[] {
  return editionIds.flatMap((edition) =>
    statusCodes.flatMap((status) =>
      hours.map((hour) => ({ hour, edition, status, count: result.editions[edition].counts[status][hour]! })),
    ),
  );
}

/**
 * The dashed line on the charts: where the MTA stops retrying. It is the delivery's own validity when
 * that is within the MTA's cap, and the cap when the setting is longer (the setting is then ignored).
 */
export function validityLine(result: SimulationResult): {
  readonly hour: number;
  readonly settingHours: number;
  readonly capped: boolean;
} {
  const settingHours = result.inputs.validityDays * HOURS_PER_DAY;
  return { hour: result.validityHours, settingHours, capped: isSettingIgnored(settingHours) };
}

/**
 * Ticks for a time axis that gives the first hours room (a symlog scale): hours within the first day,
 * then days, and always the validity line and the horizon. On a narrow chart, ticks closer than
 * `minGap` (a share of the axis) to one already kept are dropped, the validity line, the horizon and
 * the first hour first kept.
 */
export function timeTicks(result: SimulationResult, minGap = 0): number[] {
  const position = (hour: number) => Math.log1p(hour) / Math.log1p(result.horizonHours);
  const kept: number[] = [];
  for (const hour of [result.validityHours, result.horizonHours, 1, 6, 0, 24, 48]) {
    if (hour > result.horizonHours || kept.includes(hour)) continue;
    if (kept.every((other) => Math.abs(position(other) - position(hour)) >= minGap)) kept.push(hour);
  }
  return kept.sort((a, b) => a - b);
}
