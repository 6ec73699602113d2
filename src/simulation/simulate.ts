/**
 * A population of messages run through both reporting models: each message gets one life (its
 * events and their times, drawn from the inputs with a seeded generator), and that same life is
 * replayed through the Enhanced MTA reporting and the Email Feedback Service tables compiled from the
 * machines. Output: per hour, how many messages show each delivery-log status, and the Success %.
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { mersenne } from 'pure-rand/generator/mersenne';
import {
  effectiveValidityHours,
  emailFeedbackServiceMachine,
  enhancedMtaReportingMachine,
  HOURS_PER_DAY,
} from '../machines/index.ts';
import { ALPHABET_SIZE, type CompiledMachine, compileMessageMachine, EVENT, statusCodes } from './compile.ts';

export interface SimulationInputs {
  readonly messages: number;
  readonly hardBounceRate: number;
  readonly softBounceRate: number;
  /** Chance that one retry of a soft-bounced message succeeds. */
  readonly retrySuccessRate: number;
  /** Share of delivered messages that bounce later (a bounce email, qualified by inMail). */
  readonly asyncBounceRate: number;
  /** Mean hours from relay to the first attempt's outcome (exponential). */
  readonly meanDeliveryHours: number;
  /** Mean hours between two retries (exponential). */
  readonly meanRetryHours: number;
  /** The delivery's validity setting in days (the MTA caps it at 3.5). */
  readonly validityDays: number;
  readonly seed: number;
}

export const defaultInputs: SimulationInputs = {
  messages: 10_000,
  hardBounceRate: 0.02,
  softBounceRate: 0.08,
  retrySuccessRate: 0.3,
  asyncBounceRate: 0.005,
  meanDeliveryHours: 1,
  meanRetryHours: 6,
  validityDays: 5,
  seed: 42,
};

export const MAX_MESSAGES = 1_000_000;
/** Seven days: asynchronous bounces can arrive up to a week after sending. */
export const HORIZON_HOURS = 7 * HOURS_PER_DAY;

export type ModelId = 'enhancedMtaReporting' | 'emailFeedbackService';
export const modelIds: readonly ModelId[] = ['enhancedMtaReporting', 'emailFeedbackService'];

export interface ModelSeries {
  /** counts[status][hour]: messages showing that delivery-log status at the end of that hour. */
  readonly counts: Readonly<Record<(typeof statusCodes)[number], ArrayLike<number>>>;
  /** Success % at the end of each hour (0–100). */
  readonly success: ArrayLike<number>;
}

export interface SimulationResult {
  readonly inputs: SimulationInputs;
  readonly validityHours: number;
  readonly horizonHours: number;
  readonly models: Readonly<Record<ModelId, ModelSeries>>;
}

/** Clamps untrusted inputs (from a URL or a form) to the ranges the simulation supports. */
export function sanitizeInputs(raw: Partial<Record<keyof SimulationInputs, unknown>>): SimulationInputs {
  const num = (key: keyof SimulationInputs, min: number, max: number, integer = false) => {
    const value = Number(raw[key]);
    if (!Number.isFinite(value)) return defaultInputs[key];
    const clamped = Math.min(max, Math.max(min, value));
    return integer ? Math.round(clamped) : clamped;
  };
  return {
    messages: num('messages', 1, MAX_MESSAGES, true),
    hardBounceRate: num('hardBounceRate', 0, 1),
    softBounceRate: num('softBounceRate', 0, 1),
    retrySuccessRate: num('retrySuccessRate', 0, 1),
    asyncBounceRate: num('asyncBounceRate', 0, 1),
    meanDeliveryHours: num('meanDeliveryHours', 0.1, 48),
    meanRetryHours: num('meanRetryHours', 0.1, 48),
    validityDays: num('validityDays', 0.5, 30),
    seed: num('seed', 0, 2 ** 31 - 1, true),
  };
}

const compiled = new Map<number, Record<ModelId, CompiledMachine>>();

/** Both models' tables for a validity setting (compiled once per setting). */
export function compiledModels(validitySettingHours: number): Record<ModelId, CompiledMachine> {
  let tables = compiled.get(validitySettingHours);
  if (!tables) {
    const input = { validitySettingHours };
    tables = {
      enhancedMtaReporting: compileMessageMachine(enhancedMtaReportingMachine, input),
      emailFeedbackService: compileMessageMachine(emailFeedbackServiceMachine, input),
    };
    compiled.set(validitySettingHours, tables);
  }
  return tables;
}

/** One message's life: events (alphabet indices) at whole hours, in time order. */
export interface Life {
  readonly hours: number[];
  readonly events: number[];
}

type Draw = () => number;

const exponentialHours = (draw: Draw, mean: number): number => Math.max(1, Math.ceil(-Math.log(1 - draw()) * mean));

/** Draws one message's life. Retries stop by themselves at the horizon; expiry is the machine's call. */
export function drawLife(inputs: SimulationInputs, draw: Draw, life: Life = { hours: [], events: [] }): Life {
  life.hours.length = 0;
  life.events.length = 0;
  const push = (hour: number, event: number) => {
    life.hours.push(hour);
    life.events.push(event);
  };
  push(0, EVENT.accepted);
  let t = exponentialHours(draw, inputs.meanDeliveryHours);
  const roll = draw();
  let delivered = -1;
  if (roll < inputs.hardBounceRate) {
    push(t, EVENT.hardBounce);
  } else if (roll < inputs.hardBounceRate + inputs.softBounceRate) {
    push(t, EVENT.softBounce);
    while (t < HORIZON_HOURS) {
      t += exponentialHours(draw, inputs.meanRetryHours);
      if (t > HORIZON_HOURS) break;
      if (draw() < inputs.retrySuccessRate) {
        push(t, EVENT.retrySucceeded);
        delivered = t;
        break;
      }
      push(t, EVENT.softBounce);
    }
  } else {
    push(t, EVENT.delivered);
    delivered = t;
  }
  if (delivered >= 0 && draw() < inputs.asyncBounceRate) {
    const later = delivered + exponentialHours(draw, HOURS_PER_DAY);
    if (later <= HORIZON_HOURS) push(later, EVENT.asyncBounce);
  }
  return life;
}

/**
 * Replays a life through a compiled table, calling `onStatus(hour, status)` whenever the delivery-log
 * status changes (and once at hour 0). Events the machine refuses (a retry after expiry) are dropped,
 * as the machine itself would refuse them.
 */
export function replayLife(
  table: CompiledMachine,
  life: Life,
  horizon: number,
  onState: (hour: number, state: number) => void,
): number {
  const { next } = table;
  let state = 0;
  let hour = 0;
  onState(0, state);
  const advanceTo = (until: number) => {
    while (hour < until) {
      const ticked = next[state * ALPHABET_SIZE + EVENT.tick]!;
      // Where an hour changes nothing (a final state, or time no longer matters), none will.
      if (ticked < 0 || ticked === state) {
        hour = until;
        return;
      }
      hour++;
      state = ticked;
      onState(hour, state);
    }
  };
  for (let i = 0; i < life.events.length; i++) {
    advanceTo(life.hours[i]!);
    const after = next[state * ALPHABET_SIZE + life.events[i]!]!;
    if (after >= 0 && after !== state) {
      state = after;
      onState(hour, state);
    }
  }
  advanceTo(horizon);
  return state;
}

/** The same result with plain arrays, for transports that do not carry typed arrays (island props). */
export function plainResult(result: SimulationResult): SimulationResult {
  const models = Object.fromEntries(
    modelIds.map((model) => {
      const { counts, success } = result.models[model];
      return [
        model,
        {
          success: Array.from(success),
          counts: Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, Array.from(v)])),
        },
      ];
    }),
  ) as unknown as Record<ModelId, ModelSeries>;
  return { ...result, models };
}

/**
 * Uniform draws in [0, 1) from a seed. Mersenne Twister: xoroshiro128+ seeded with a small integer drew
 * ~1.0 first, so the first message of every population was delivered many hours late.
 */
export function seededDraw(seed: number): Draw {
  const rng = mersenne(seed);
  return () => uniformFloat64(rng);
}

export function simulate(rawInputs: Partial<Record<keyof SimulationInputs, unknown>> = {}): SimulationResult {
  const inputs = sanitizeInputs({ ...defaultInputs, ...rawInputs });
  const settingHours = inputs.validityDays * HOURS_PER_DAY;
  const tables = compiledModels(settingHours);
  const horizon = HORIZON_HOURS;
  const draw = seededDraw(inputs.seed);

  // Status changes are recorded as +1/-1 per hour, then summed once at the end.
  const deltas = Object.fromEntries(
    modelIds.map((model) => [model, statusCodes.map(() => new Int32Array(horizon + 2))]),
  ) as Record<ModelId, Int32Array[]>;
  const successDeltas = Object.fromEntries(modelIds.map((model) => [model, new Int32Array(horizon + 2)])) as Record<
    ModelId,
    Int32Array
  >;

  const life: Life = { hours: [], events: [] };
  for (let m = 0; m < inputs.messages; m++) {
    drawLife(inputs, draw, life);
    for (const model of modelIds) {
      const table = tables[model];
      const statusDelta = deltas[model];
      const success = successDeltas[model];
      let previous = -1;
      replayLife(table, life, horizon, (hour, state) => {
        if (previous >= 0) {
          statusDelta[table.status[previous]!]![hour]!--;
          success[hour]! -= table.counted[previous]!;
        }
        statusDelta[table.status[state]!]![hour]!++;
        success[hour]! += table.counted[state]!;
        previous = state;
      });
    }
  }

  const models = Object.fromEntries(
    modelIds.map((model) => {
      const counts = Object.fromEntries(
        statusCodes.map((status, s) => {
          const series = new Int32Array(horizon + 1);
          let running = 0;
          for (let h = 0; h <= horizon; h++) series[h] = running += deltas[model][s]![h]!;
          return [status, series];
        }),
      ) as unknown as ModelSeries['counts'];
      const successSeries = new Float64Array(horizon + 1);
      let running = 0;
      for (let h = 0; h <= horizon; h++) {
        running += successDeltas[model][h]!;
        successSeries[h] = (100 * running) / inputs.messages;
      }
      return [model, { counts, success: successSeries }];
    }),
  ) as unknown as Record<ModelId, ModelSeries>;

  return { inputs, validityHours: effectiveValidityHours(settingHours), horizonHours: horizon, models };
}
