/** The population simulation: the compiled tables agree with the machines, and the curves behave. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { editionIds, emailFeedbackServiceMachine, type LogStatus, machines, type SpecEvent } from '~/machines/index.ts';
import { alphabet, compileMessageMachine, EVENT, statusCodes } from '~/simulation/compile.ts';
import {
  compiledEditions,
  drawLife,
  HORIZON_HOURS,
  type Life,
  replayLife,
  retryWindowHours,
  sanitizeInputs,
  seededDraw,
  simulate,
} from '~/simulation/simulate.ts';

/** A life as the machine's own event list: the same events, with clock advances between them. */
function asEvents(life: Life, horizon: number): SpecEvent[] {
  const events: SpecEvent[] = [];
  let hour = 0;
  life.events.forEach((event, i) => {
    const at = life.hours[i]!;
    if (at > hour) events.push({ type: 'clock.advanced', hours: at - hour });
    hour = at;
    events.push(alphabet[event]!);
  });
  if (horizon > hour) events.push({ type: 'clock.advanced', hours: horizon - hour });
  return events;
}

/** Replays through the machine, dropping what it refuses, as the simulation does. */
/**
 * What the machine itself shows after a life: each event is offered in turn, as a reader clicking
 * through a playground would, and kept only if the machine accepts it (xstate's own transition).
 */
function machineOutcome(machine: (typeof editionIds)[number], events: SpecEvent[], validitySettingHours: number) {
  const spec = machines[machine].machine;
  let [snapshot] = initialTransition(spec, { validitySettingHours });
  for (const event of events) {
    if (snapshot.status === 'active' && snapshot.can(event as never))
      [snapshot] = transition(spec, snapshot, event as never);
  }
  const reporting = Object.assign({}, ...Object.values(snapshot.getMeta())) as { logStatus: LogStatus };
  const { failure, expired } = snapshot.context as { failure: unknown; expired: boolean };
  return { state: String(snapshot.value), logStatus: reporting.logStatus, failure, expired };
}

const lifeArb = fc
  .array(fc.record({ gap: fc.integer({ min: 0, max: 60 }), event: fc.integer({ min: 1, max: EVENT.asyncBounce }) }), {
    maxLength: 8,
  })
  .map((steps): Life => {
    const hours = [0];
    const events: number[] = [EVENT.accepted];
    let hour = 0;
    for (const { gap, event } of steps) {
      hour += gap;
      hours.push(hour);
      events.push(event);
    }
    return { hours, events };
  });

describe('the transition tables compiled from the machines', () => {
  it.each([24, 84, 120])(
    'give the same outcome as the machines on every generated life (validity %i h)',
    (validity) => {
      const tables = compiledEditions(validity);
      fc.assert(
        fc.property(lifeArb, (life) => {
          for (const edition of editionIds) {
            const table = tables[edition];
            const final = replayLife(table, life, 200, () => {});
            const snapshot = table.snapshots[final]!;
            const expected = machineOutcome(edition, asEvents(life, 200), validity);
            expect(snapshot.value).toBe(expected.state);
            expect(statusCodes[table.status[final]!]).toBe(expected.logStatus);
            expect(snapshot.context.failure).toEqual(expected.failure);
            expect(snapshot.context.expired).toBe(expected.expired);
          }
        }),
        { numRuns: 150 },
      );
    },
  );

  it('stay small: a few hundred states for a 3.5-day validity', () => {
    const table = compileMessageMachine(emailFeedbackServiceMachine, { validitySettingHours: 120 });
    expect(table.snapshots.length).toBeLessThan(1000);
  });
});

describe('small populations, computed by hand', () => {
  it('all delivered: v7 shows 100% from the relay on; EFS climbs from 0% to 100% once delivered', () => {
    const result = simulate({ messages: 50, hardBounceRate: 0, softBounceRate: 0, asyncBounceRate: 0, seed: 1 });
    expect(result.editions.enhancedMtaReporting.success[0]).toBe(100);
    expect(result.editions.emailFeedbackService.success[0]).toBe(0);
    expect(result.editions.emailFeedbackService.success[HORIZON_HOURS]).toBe(100);
  });

  it('all hard bounces: v7 starts at 100% and ends at 0%; EFS never leaves 0%', () => {
    const result = simulate({ messages: 40, hardBounceRate: 1, softBounceRate: 0, seed: 3 });
    expect(result.editions.enhancedMtaReporting.success[0]).toBe(100);
    expect(result.editions.enhancedMtaReporting.success[HORIZON_HOURS]).toBe(0);
    expect(Math.max(...Array.from(result.editions.emailFeedbackService.success))).toBe(0);
    expect(result.editions.emailFeedbackService.counts.failed[HORIZON_HOURS]).toBe(40);
  });

  it('soft bounces that never recover: everything fails at 3.5 days, not at the 5-day setting', () => {
    const result = simulate({
      messages: 30,
      hardBounceRate: 0,
      softBounceRate: 1,
      retrySuccessRate: 0,
      validityDays: 5,
      seed: 9,
    });
    const v7 = result.editions.enhancedMtaReporting;
    expect(result.validityHours).toBe(84);
    expect(v7.success[83]).toBe(100);
    expect(v7.success[84]).toBe(0);
    expect(result.editions.emailFeedbackService.counts.takenIntoAccount[83]).toBe(30);
    expect(result.editions.emailFeedbackService.counts.failed[84]).toBe(30);
  });

  it('a 1-day validity fails unrecovered soft bounces after 24 hours', () => {
    const result = simulate({
      messages: 10,
      hardBounceRate: 0,
      softBounceRate: 1,
      retrySuccessRate: 0,
      validityDays: 1,
      seed: 2,
    });
    expect(result.editions.enhancedMtaReporting.counts.failed[23]).toBe(0);
    expect(result.editions.enhancedMtaReporting.counts.failed[24]).toBe(10);
  });
});

const inputsArb = fc.record({
  messages: fc.integer({ min: 1, max: 400 }),
  hardBounceRate: fc.double({ min: 0, max: 0.5, noNaN: true }),
  softBounceRate: fc.double({ min: 0, max: 0.5, noNaN: true }),
  retrySuccessRate: fc.double({ min: 0, max: 1, noNaN: true }),
  meanDeliveryHours: fc.double({ min: 0.1, max: 12, noNaN: true }),
  meanRetryHours: fc.double({ min: 0.1, max: 24, noNaN: true }),
  validityDays: fc.constantFrom(0.5, 1, 2, 3.5, 5, 7),
  seed: fc.integer({ min: 0, max: 1_000_000 }),
});

describe('properties over random inputs', () => {
  it('without asynchronous bounces, both editions end at the same Success %', () => {
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        const result = simulate({ ...inputs, asyncBounceRate: 0 });
        const end = result.horizonHours;
        expect(result.editions.enhancedMtaReporting.success[end]).toBeCloseTo(
          result.editions.emailFeedbackService.success[end]!,
          9,
        );
      }),
      { numRuns: 60 },
    );
  });

  it('once every message is relayed, the v7 curve never rises and the EFS curve never falls', () => {
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        const result = simulate({ ...inputs, asyncBounceRate: 0 });
        const v7 = result.editions.enhancedMtaReporting.success;
        const efs = result.editions.emailFeedbackService.success;
        for (let h = 1; h <= result.horizonHours; h++) {
          expect(v7[h]!).toBeLessThanOrEqual(v7[h - 1]!);
          expect(efs[h]!).toBeGreaterThanOrEqual(efs[h - 1]!);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('gives the same result, bit for bit, for the same inputs and seed', () => {
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        expect(simulate(inputs)).toEqual(simulate(inputs));
      }),
      { numRuns: 20 },
    );
  });

  it('draws lives, for any seed, that start with the relay at hour 0, keep time strictly in order, and follow one outcome', () => {
    const letter: Record<number, string> = {
      [EVENT.accepted]: 'A',
      [EVENT.delivered]: 'D',
      [EVENT.hardBounce]: 'H',
      [EVENT.softBounce]: 'S',
      [EVENT.retrySucceeded]: 'R',
      [EVENT.asyncBounce]: 'X',
    };
    fc.assert(
      fc.property(inputsArb, fc.double({ min: 0, max: 1, noNaN: true }), (raw, asyncBounceRate) => {
        const inputs = sanitizeInputs({ ...raw, asyncBounceRate });
        const draw = seededDraw(inputs.seed);
        const life: Life = { hours: [], events: [] };
        // The same buffer is reused, as simulate() does: each draw must start afresh.
        for (let i = 0; i < 5; i++) {
          drawLife(inputs, draw, life);
          expect(life.hours).toHaveLength(life.events.length);
          expect(life.hours[0]).toBe(0);
          for (let e = 1; e < life.hours.length; e++) expect(life.hours[e]!).toBeGreaterThan(life.hours[e - 1]!);
          // Retries and late bounces stop at the horizon (the first outcome may fall past it: by then
          // the MTA has given up, so the machine refuses it).
          for (const at of life.hours.slice(2)) expect(at).toBeLessThanOrEqual(HORIZON_HOURS);
          // Relay, then a hard bounce; soft bounces, maybe a successful retry; or a delivery. A late
          // bounce only ever follows a delivery.
          expect(life.events.map((event) => letter[event]).join('')).toMatch(/^A(H|S+(RX?)?|DX?)$/);
        }
      }),
      { numRuns: 200 },
    );
  });
});

/** Each status's count at one hour, as a full record, so a message counted twice or lost shows. */
function countsAt(result: ReturnType<typeof simulate>, edition: (typeof editionIds)[number], hour: number) {
  return Object.fromEntries(statusCodes.map((status) => [status, result.editions[edition].counts[status][hour]]));
}

describe('counts per status', () => {
  it('20 hard bounces: every message is Sent (v7) or Taken into account (EFS) at the relay, and Failed by hour 4', () => {
    // With a 0.1-hour mean, an outcome comes at most ceil(-ln(2^-32) * 0.1) = 3 hours after the relay.
    const result = simulate({
      messages: 20,
      hardBounceRate: 1,
      softBounceRate: 0,
      asyncBounceRate: 0,
      meanDeliveryHours: 0.1,
      seed: 4,
    });
    const none = { pending: 0, ignored: 0, takenIntoAccount: 0, sent: 0, failed: 0, deliveryCanceled: 0 };
    expect(countsAt(result, 'enhancedMtaReporting', 0)).toEqual({ ...none, sent: 20 });
    expect(countsAt(result, 'emailFeedbackService', 0)).toEqual({ ...none, takenIntoAccount: 20 });
    for (const edition of editionIds) {
      expect(countsAt(result, edition, 4)).toEqual({ ...none, failed: 20 });
      expect(countsAt(result, edition, HORIZON_HOURS)).toEqual({ ...none, failed: 20 });
    }
  });

  it('counts each message under the status the machine itself shows for its life, at every checked hour', () => {
    const inputs = {
      messages: 30,
      hardBounceRate: 0.2,
      softBounceRate: 0.4,
      retrySuccessRate: 0.3,
      asyncBounceRate: 0.3,
      meanDeliveryHours: 3,
      meanRetryHours: 12,
      validityDays: 2,
      seed: 17,
    };
    const result = simulate(inputs);
    // The same lives, drawn again from the same seed, then replayed one by one through replay().
    const draw = seededDraw(inputs.seed);
    const window = retryWindowHours(compiledEditions(inputs.validityDays * 24));
    const lives = Array.from({ length: inputs.messages }, () => drawLife(result.inputs, draw, undefined, window));
    const statusesSeen = new Set<string>();
    for (const hour of [0, 1, 2, 5, 12, 24, 47, 48, 72, 120, HORIZON_HOURS]) {
      for (const edition of editionIds) {
        const tally = Object.fromEntries(statusCodes.map((status) => [status, 0]));
        for (const life of lives) {
          const until = life.hours.filter((at) => at <= hour).length;
          const upToHour = { hours: life.hours.slice(0, until), events: life.events.slice(0, until) };
          const { logStatus } = machineOutcome(edition, asEvents(upToHour, hour), 48);
          tally[logStatus!]!++;
          statusesSeen.add(logStatus!);
        }
        expect(countsAt(result, edition, hour), `${edition} at hour ${hour}`).toEqual(tally);
      }
    }
    expect([...statusesSeen].sort()).toEqual(['failed', 'sent', 'takenIntoAccount']);
  });
  it('draws no retry the machines would refuse: past the retry window, every retry changes nothing', () => {
    for (const validityDays of [1, 5]) {
      const settingHours = validityDays * 24;
      const window = retryWindowHours(compiledEditions(settingHours));
      // The window ends with the validity the MTA applies (at most 3.5 days), not at the 7-day horizon.
      expect(window).toBeLessThanOrEqual(Math.min(settingHours, 84) + 1);
      const inputs = sanitizeInputs({
        softBounceRate: 1,
        hardBounceRate: 0,
        retrySuccessRate: 0.05,
        meanRetryHours: 2,
      });
      const draw = seededDraw(validityDays);
      for (let i = 0; i < 2; i++) {
        const full = drawLife(inputs, draw);
        // The simulation's cut: no retry after the window, nor what would follow one.
        const firstLate = full.events.findIndex(
          (event, i) =>
            i > 1 && (event === EVENT.softBounce || event === EVENT.retrySucceeded) && full.hours[i]! > window,
        );
        const until = firstLate < 0 ? full.events.length : firstLate;
        const cut = { hours: full.hours.slice(0, until), events: full.events.slice(0, until) };
        for (const edition of editionIds) {
          expect(machineOutcome(edition, asEvents(cut, HORIZON_HOURS), settingHours)).toEqual(
            machineOutcome(edition, asEvents(full, HORIZON_HOURS), settingHours),
          );
        }
      }
    }
  });

  it('gives the first message of a population the same chances as any other, whatever the seed', () => {
    // One message, delivered after an exponential delay with a mean of 1 hour: over many seeds, the
    // hour at which it counts as delivered (EFS Success % reaches 100) averages about 1.5 hours.
    const hours = Array.from({ length: 300 }, (_, seed) => {
      const { success } = simulate({ messages: 1, hardBounceRate: 0, softBounceRate: 0, asyncBounceRate: 0, seed })
        .editions.emailFeedbackService;
      return Array.from(success).indexOf(100);
    });
    const mean = hours.reduce((sum, hour) => sum + hour, 0) / hours.length;
    expect(mean).toBeGreaterThan(1);
    expect(mean).toBeLessThan(2.5);
  });
});
