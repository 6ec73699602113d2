/** Reshapes a simulation result into rows for charts and tables (pure, shared by island and build). */
import { statusCodes } from './compile.ts';
import { type ModelId, modelIds, type SimulationResult } from './simulate.ts';

export interface SuccessPoint {
  readonly hour: number;
  readonly model: ModelId;
  readonly success: number;
}

export interface CountPoint {
  readonly hour: number;
  readonly model: ModelId;
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
  return modelIds.flatMap((model) =>
    hours.map((hour) => ({ hour, model, success: result.models[model].success[hour]! })),
  );
}

export function countPoints(result: SimulationResult, hours: readonly number[]): CountPoint[] {
  return modelIds.flatMap((model) =>
    statusCodes.flatMap((status) =>
      hours.map((hour) => ({ hour, model, status, count: result.models[model].counts[status][hour]! })),
    ),
  );
}
