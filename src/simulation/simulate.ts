/**
 * A population of messages run through both reporting editions: each message gets one life (its
 * events and their times, drawn from the inputs with a seeded generator), and that same life is
 * replayed through the Enhanced MTA reporting and the Email Feedback Service tables compiled from the
 * machines. Output: per hour, how many messages show each delivery-log status, and the Success %.
 */
import { mersenne } from 'pure-rand/generator/mersenne';
import {
  type EditionId,
  editionIds,
  effectiveValidityHours,
  emailFeedbackServiceMachine,
  enhancedMtaReportingMachine,
  HOURS_PER_DAY,
  successRate,
} from '../machines/index.ts';
import { snapshotRecord } from '../machines/untrusted.ts';
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

/** Ten million: a large newsletter. */
export const MAX_MESSAGES = 10_000_000;
/**
 * The most steps one run may take (a step: one event or one hour replayed through one edition's table;
 * drawing a life counts as `DRAW_STEPS`, each retry drawn as two). Ten million messages at the default rates fit, and a run
 * stays within about three seconds in a browser worker. Inputs that would need more are run on fewer
 * messages, and the result says so (`limited`).
 */
export const STEP_BUDGET = 90_000_000;
/** Seven days: asynchronous bounces can arrive up to a week after sending. */
export const HORIZON_HOURS = 7 * HOURS_PER_DAY;

export interface EditionSeries {
  /** counts[status][hour]: messages showing that delivery-log status at the end of that hour. */
  readonly counts: Readonly<Record<(typeof statusCodes)[number], ArrayLike<number>>>;
  /** Success % at the end of each hour (0–100). */
  readonly success: ArrayLike<number>;
}

export interface SimulationResult {
  /** The inputs as run: `messages` may be fewer than asked for (see `limited`). */
  readonly inputs: SimulationInputs;
  /** Set when the step budget cut the population: how many messages were asked for, and why. */
  readonly limited: {
    readonly requested: number;
    readonly stepsPerMessage: number;
    /** Why: the inputs' cost exceeded `STEP_BUDGET`, or more than `MAX_MESSAGES` were asked for. */
    readonly reason: 'stepBudget' | 'maxMessages';
  } | null;
  /** Steps the population took through both editions (events and clock ticks): what the budget bounds. */
  readonly steps: number;
  readonly validityHours: number;
  readonly horizonHours: number;
  readonly editions: Readonly<Record<EditionId, EditionSeries>>;
}

/** A number or a numeric string, read once; anything else (symbols, objects, getters that throw) is NaN. */
function numberOf(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '') return Number(value);
  return Number.NaN;
}

/**
 * Clamps untrusted inputs (from a URL, a form or a caller) to the ranges the simulation supports. Any
 * value is accepted: each field is read once, and one that is not a number takes its default.
 */
export function sanitizeInputs(untrusted: unknown): SimulationInputs {
  const raw = snapshotRecord(untrusted) ?? {};
  const num = (key: keyof SimulationInputs, min: number, max: number, integer = false) => {
    const value = numberOf(raw[key]);
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

/** Compiled tables kept at once (least recently used first out): a few settings, a few MB. */
export const MAX_COMPILED_SETTINGS = 8;
const compiled = new Map<number, Record<EditionId, CompiledMachine>>();

/** Both editions' tables for a validity setting, from a small cache (a Map keeps insertion order). */
export function compiledEditions(validitySettingHours: number): Record<EditionId, CompiledMachine> {
  let tables = compiled.get(validitySettingHours);
  if (tables) {
    compiled.delete(validitySettingHours); // moves it to the most recent end
  } else {
    const input = { validitySettingHours };
    tables = {
      enhancedMtaReporting: compileMessageMachine(enhancedMtaReportingMachine, input),
      emailFeedbackService: compileMessageMachine(emailFeedbackServiceMachine, input),
    };
    if (compiled.size >= MAX_COMPILED_SETTINGS) compiled.delete(compiled.keys().next().value!);
  }
  compiled.set(validitySettingHours, tables);
  return tables;
}

/** How many validity settings have compiled tables in memory now. */
export const compiledSettingsCount = (): number => compiled.size;

/**
 * The last hour at which a retry can still change a message, asked of the tables: the latest
 * `elapsedHours` of any state that accepts a soft bounce or a successful retry. A retry drawn later
 * would be refused by both machines, so it is not drawn at all.
 */
export function retryWindowHours(tables: Record<EditionId, CompiledMachine>): number {
  let window = 0;
  for (const edition of editionIds) {
    const { next, snapshots } = tables[edition];
    snapshots.forEach((snapshot, state) => {
      const retries =
        next[state * ALPHABET_SIZE + EVENT.softBounce]! >= 0 ||
        next[state * ALPHABET_SIZE + EVENT.retrySucceeded]! >= 0;
      const elapsed = snapshot.context?.elapsedHours;
      if (retries) window = Math.max(window, typeof elapsed === 'number' ? elapsed + 1 : HORIZON_HOURS);
    });
  }
  return Math.min(window, HORIZON_HOURS);
}

/** Drawing one message's life costs about as much as this many replay steps (see `npm run bench`). */
export const DRAW_STEPS = 3;
/** Each retry of a soft bounce draws twice more (when, and whether it succeeds). */
const RETRY_DRAW_STEPS = 2;

/**
 * The steps one message is expected to cost with these inputs: drawing its life, and for a soft bounce
 * (the only lives replayed one by one; the others are replayed once per kind) drawing its retries and
 * replaying them and the hours it waits in the queue, up to the retry window, in both editions. Keeps a
 * run within `STEP_BUDGET`.
 */
export function stepsPerMessage(inputs: SimulationInputs, window: number): number {
  const gap = Math.max(1, inputs.meanRetryHours);
  const retries = Math.min(window / gap, 1 / Math.max(inputs.retrySuccessRate, 1 / window));
  const queuedHours = Math.min(window, retries * gap);
  const drawn = DRAW_STEPS + inputs.softBounceRate * RETRY_DRAW_STEPS * retries;
  const replayed = inputs.softBounceRate * (3 + Math.ceil(inputs.meanDeliveryHours) + retries + queuedHours);
  return Math.ceil(drawn + editionIds.length * replayed);
}

/** One message's life: events (alphabet indices) at whole hours, in time order. */
export interface Life {
  readonly hours: number[];
  readonly events: number[];
}

type Draw = () => number;

/**
 * Whole hours (at least one) of an exponential wait with this mean. Below `oneHour`, the draw's wait is
 * within the first hour: the logarithm is skipped in that common case (every retry, with short means).
 */
interface Wait {
  readonly mean: number;
  readonly oneHour: number;
}
const waitOf = (mean: number): Wait => ({ mean, oneHour: 1 - Math.exp(-1 / mean) });

function exponentialHours(draw: Draw, wait: Wait): number {
  const u = draw();
  return u < wait.oneHour ? 1 : Math.max(1, Math.ceil(-Math.log(1 - u) * wait.mean));
}

/** The three waits of a life, computed once per run. */
interface Waits {
  readonly delivery: Wait;
  readonly retry: Wait;
  readonly bounce: Wait;
}
const waitsOf = (inputs: SimulationInputs): Waits => ({
  delivery: waitOf(inputs.meanDeliveryHours),
  retry: waitOf(inputs.meanRetryHours),
  bounce: waitOf(HOURS_PER_DAY),
});

/**
 * A life in preallocated arrays: the simulation draws millions of lives into one buffer (arrays that
 * grow and shrink for every message cost more than everything else). A life holds at most one event
 * per hour of the horizon, plus the relay, the first outcome and an asynchronous bounce.
 */
interface LifeBuffer {
  readonly hours: Int32Array;
  readonly events: Uint8Array;
  count: number;
}

const lifeBuffer = (): LifeBuffer => ({
  hours: new Int32Array(HORIZON_HOURS + 4),
  events: new Uint8Array(HORIZON_HOURS + 4),
  count: 0,
});

function pushEvent(life: LifeBuffer, hour: number, event: number): void {
  life.hours[life.count] = hour;
  life.events[life.count] = event;
  life.count++;
}

function drawInto(inputs: SimulationInputs, waits: Waits, draw: Draw, life: LifeBuffer, retryWindow: number): void {
  life.count = 0;
  const push = pushEvent;
  push(life, 0, EVENT.accepted);
  let t = exponentialHours(draw, waits.delivery);
  const roll = draw();
  let delivered = -1;
  if (roll < inputs.hardBounceRate) {
    push(life, t, EVENT.hardBounce);
  } else if (roll < inputs.hardBounceRate + inputs.softBounceRate) {
    push(life, t, EVENT.softBounce);
    while (t < retryWindow) {
      t += exponentialHours(draw, waits.retry);
      if (t > retryWindow) break;
      if (draw() < inputs.retrySuccessRate) {
        push(life, t, EVENT.retrySucceeded);
        delivered = t;
        break;
      }
      push(life, t, EVENT.softBounce);
    }
  } else {
    push(life, t, EVENT.delivered);
    delivered = t;
  }
  if (delivered >= 0 && draw() < inputs.asyncBounceRate) {
    const later = delivered + exponentialHours(draw, waits.bounce);
    if (later <= HORIZON_HOURS) push(life, later, EVENT.asyncBounce);
  }
}

/**
 * Draws one message's life. Retries stop at `retryWindow` (after it, both machines refuse them); expiry
 * itself is the machine's call.
 */
export function drawLife(
  inputs: SimulationInputs,
  draw: Draw,
  life: Life = { hours: [], events: [] },
  retryWindow = HORIZON_HOURS,
): Life {
  const buffer = lifeBuffer();
  drawInto(inputs, waitsOf(inputs), draw, buffer, retryWindow);
  life.hours.length = 0;
  life.events.length = 0;
  life.hours.push(...buffer.hours.subarray(0, buffer.count));
  life.events.push(...buffer.events.subarray(0, buffer.count));
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
  const editions = Object.fromEntries(
    editionIds.map((edition) => {
      const { counts, success } = result.editions[edition];
      return [
        edition,
        {
          success: Array.from(success),
          counts: Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, Array.from(v)])),
        },
      ];
    }),
  ) as unknown as Record<EditionId, EditionSeries>;
  return { ...result, editions };
}

/**
 * Uniform draws in [0, 1) from a seed. Mersenne Twister: xoroshiro128+ seeded with a small integer drew
 * ~1.0 first, so the first message of every population was delivered many hours late. One 32-bit value
 * per draw (steps of 2^-32, far finer than any rate a reader sets): half the cost of 53 bits.
 */
export function seededDraw(seed: number): Draw {
  const rng = mersenne(seed);
  return () => (rng.next() >>> 0) * 2 ** -32;
}

export interface SimulateOptions {
  /** Called about every 2 % of the population with the share done (0–1), for a progress bar. */
  readonly onProgress?: (done: number) => void;
}

/**
 * Records one life replayed through a table, `weight` times, as +/− per status and hour
 * (`statusDelta[status * stride + hour]`) and per hour in Success % (`success`). The same walk as
 * `replayLife`, without callbacks: this loop runs for every message of the population. Events after
 * the horizon are not recorded. Returns the steps taken (events and clock ticks).
 */
function recordLife(
  table: CompiledMachine,
  life: LifeBuffer,
  horizon: number,
  statusDelta: Int32Array,
  stride: number,
  weight = 1,
): number {
  const { next, status } = table;
  let state = 0;
  let hour = 0;
  let steps = 0;
  statusDelta[status[0]! * stride]! += weight;
  const count = life.count;
  for (let i = 0; i <= count; i++) {
    const last = i === count || life.hours[i]! > horizon;
    // Nothing left to happen and nothing the clock can still change: the life is recorded.
    if (last && table.quiet[state]) break;
    const until = last ? horizon : life.hours[i]!;
    while (hour < until) {
      const ticked = next[state * ALPHABET_SIZE + EVENT.tick]!;
      // Where an hour changes nothing (a final state, or time no longer matters), none will.
      if (ticked < 0 || ticked === state) {
        hour = until;
        break;
      }
      hour++;
      steps++;
      // Most hours move the clock only: the status and the count stay, and nothing is recorded.
      if (status[ticked] !== status[state]) {
        statusDelta[status[state]! * stride + hour]! -= weight;
        statusDelta[status[ticked]! * stride + hour]! += weight;
      }
      state = ticked;
    }
    if (last) break;
    steps++;
    const after = next[state * ALPHABET_SIZE + life.events[i]!]!;
    if (after >= 0 && after !== state) {
      statusDelta[status[state]! * stride + hour]! -= weight;
      statusDelta[status[after]! * stride + hour]! += weight;
      state = after;
    }
  }
  return steps;
}

export function simulate(rawInputs: unknown = {}, options: SimulateOptions = {}): SimulationResult {
  const raw = snapshotRecord(rawInputs) ?? {};
  const asked = sanitizeInputs({ ...defaultInputs, ...raw });
  const requested = Math.floor(numberOf(raw['messages']));
  const overMax = requested > MAX_MESSAGES; // false for NaN
  const settingHours = asked.validityDays * HOURS_PER_DAY;
  const tables = compiledEditions(settingHours);
  const horizon = HORIZON_HOURS;
  const window = retryWindowHours(tables);
  const perMessage = stepsPerMessage(asked, window);
  const affordable = Math.max(1, Math.floor(STEP_BUDGET / perMessage));
  const cut = asked.messages > affordable;
  const limited =
    cut || overMax
      ? {
          requested: overMax ? requested : asked.messages,
          stepsPerMessage: perMessage,
          reason: cut ? ('stepBudget' as const) : ('maxMessages' as const),
        }
      : null;
  const inputs = cut ? { ...asked, messages: affordable } : asked;
  const draw = seededDraw(inputs.seed);

  // Status changes are recorded as +1/-1 per hour, then summed once at the end.
  const stride = horizon + 2;
  const deltas = Object.fromEntries(
    editionIds.map((edition) => [edition, new Int32Array(statusCodes.length * stride)]),
  ) as Record<EditionId, Int32Array>;

  // Most lives are short and alike: the relay, one outcome (delivered or a hard bounce), perhaps an
  // asynchronous bounce. Those are counted by (outcome, hour, hour of the bounce) and replayed once per
  // kind at the end; the others are replayed as they come.
  const never = horizon + 1;
  const hourKeys = horizon + 2;
  const shortLives = new Int32Array(ALPHABET_SIZE * hourKeys * hourKeys);
  const shortLifeKeys: number[] = [];
  const life = lifeBuffer();
  const waits = waitsOf(inputs);
  const progressEvery = Math.max(1, Math.ceil(inputs.messages / 50));
  let steps = DRAW_STEPS * inputs.messages;
  for (let m = 0; m < inputs.messages; m++) {
    if (options.onProgress && m % progressEvery === 0) options.onProgress(m / inputs.messages);
    drawInto(inputs, waits, draw, life, window);
    const outcome = life.events[1]!;
    const length = life.count;
    if ((outcome === EVENT.delivered || outcome === EVENT.hardBounce) && length <= 3) {
      const at = Math.min(life.hours[1]!, never);
      const bounceAt = length === 3 ? Math.min(life.hours[2]!, never) : never;
      const key = (outcome * hourKeys + at) * hourKeys + bounceAt;
      if (shortLives[key]!++ === 0) shortLifeKeys.push(key);
      continue;
    }
    steps += RETRY_DRAW_STEPS * (length - 2);
    for (const edition of editionIds) {
      steps += recordLife(tables[edition], life, horizon, deltas[edition], stride);
    }
  }
  for (const key of shortLifeKeys) {
    const weight = shortLives[key]!;
    const bounceAt = key % hourKeys;
    const at = Math.floor(key / hourKeys) % hourKeys;
    const outcome = Math.floor(key / hourKeys / hourKeys);
    life.count = 0;
    pushEvent(life, 0, EVENT.accepted);
    pushEvent(life, at, outcome);
    if (bounceAt !== never) pushEvent(life, bounceAt, EVENT.asyncBounce);
    for (const edition of editionIds) {
      steps += recordLife(tables[edition], life, horizon, deltas[edition], stride, weight);
    }
  }

  const editions = Object.fromEntries(
    editionIds.map((edition) => {
      const counts = Object.fromEntries(
        statusCodes.map((status, s) => {
          const series = new Int32Array(horizon + 1);
          let running = 0;
          for (let h = 0; h <= horizon; h++) series[h] = running += deltas[edition][s * stride + h]!;
          return [status, series];
        }),
      ) as unknown as EditionSeries['counts'];
      // Success % by Adobe's formula, with the spec's decision on C1 (src/machines/indicators.ts).
      const successSeries = new Float64Array(horizon + 1);
      for (let h = 0; h <= horizon; h++) {
        const atHour = Object.fromEntries(statusCodes.map((status) => [status, counts[status][h]!]));
        successSeries[h] = 100 * (successRate(edition, atHour) ?? 0);
      }
      return [edition, { counts, success: successSeries }];
    }),
  ) as unknown as Record<EditionId, EditionSeries>;

  return {
    inputs,
    limited,
    steps,
    validityHours: effectiveValidityHours(settingHours),
    horizonHours: horizon,
    editions,
  };
}
