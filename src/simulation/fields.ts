/**
 * The Success % page's form: each input's limits, and how a reader's typing is read. A value out of
 * its limits is refused (the reader is told, nothing runs) rather than clamped: a silently changed
 * input would make the chart answer another question than the one asked. Links are still clamped
 * by `sanitizeInputs`, which says what it changed.
 */
import { MAX_MESSAGES, type SimulationInputs } from './simulate.ts';

export interface SimulationField {
  readonly key: keyof SimulationInputs;
  /** Limits as the reader types them (percentages for rates). */
  readonly min: number;
  readonly max: number;
  readonly step: number;
  /** Rates are typed as percentages and stored as shares of 1. */
  readonly percent?: boolean;
  /** Counts and seeds take whole numbers only. */
  readonly whole?: boolean;
}

export const simulationFields: readonly SimulationField[] = [
  { key: 'messages', min: 100, max: MAX_MESSAGES, step: 100, whole: true },
  { key: 'hardBounceRate', min: 0, max: 100, step: 0.5, percent: true },
  { key: 'softBounceRate', min: 0, max: 100, step: 0.5, percent: true },
  { key: 'retrySuccessRate', min: 0, max: 100, step: 1, percent: true },
  { key: 'asyncBounceRate', min: 0, max: 100, step: 0.1, percent: true },
  { key: 'meanDeliveryHours', min: 0.1, max: 48, step: 0.1 },
  { key: 'meanRetryHours', min: 0.1, max: 48, step: 0.1 },
  { key: 'validityDays', min: 0.5, max: 30, step: 0.5 },
  { key: 'seed', min: 0, max: 2 ** 31 - 1, step: 1, whole: true },
];

/** Why a field's text was refused. */
export type FieldProblem = 'empty' | 'notANumber' | 'outOfRange' | 'notWhole';

export type FieldReading =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly problem: FieldProblem };

/**
 * Reads what a reader typed in a field (as an `<input type="number">` gives it: its `value`, "" when
 * empty or not a number). The value returned is in the simulation's units (a rate as a share of 1).
 */
export function readField(field: SimulationField, text: string): FieldReading {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: 'empty' };
  const typed = Number(trimmed);
  if (!Number.isFinite(typed)) return { ok: false, problem: 'notANumber' };
  if (typed < field.min || typed > field.max) return { ok: false, problem: 'outOfRange' };
  if (field.whole && !Number.isInteger(typed)) return { ok: false, problem: 'notWhole' };
  return { ok: true, value: field.percent ? typed / 100 : typed };
}

/** A field's value as the form shows it (a rate as a percentage), without float noise. */
export function shownValue(field: SimulationField, inputs: SimulationInputs): number {
  const value = inputs[field.key];
  return Number((field.percent ? value * 100 : value).toFixed(3));
}
