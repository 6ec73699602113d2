/**
 * Nothing a caller or a link sends can break or spoof the library: every public function takes any
 * JSON value, any object (getters, proxies, null prototypes, `toString` keys) or primitive, answers
 * with a result or a typed problem, and checks exactly the values it then uses.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasLink, openLink } from '~/links/link.ts';
import { describeMachine, machineIds, replay } from '~/machines/index.ts';
import { simulate } from '~/simulation/simulate.ts';

/**
 * A proxy that throws whenever its data is read. (Symbol keys answer normally: fast-check looks for
 * its own symbols on every generated value.)
 */
const throwingProxy = () => {
  const fail = (key: string | symbol) => {
    if (typeof key === 'string') throw new Error(`read ${key}`);
  };
  return new Proxy(
    {},
    {
      get: (target, key) => {
        fail(key);
        return Reflect.get(target, key);
      },
      has: (target, key) => {
        fail(key);
        return Reflect.has(target, key);
      },
      getOwnPropertyDescriptor: (target, key) => {
        fail(key);
        return Reflect.getOwnPropertyDescriptor(target, key);
      },
      ownKeys: () => {
        throw new Error('ownKeys');
      },
    },
  );
};

/** An object whose property answers `first` when read the first time and `then` every time after. */
function shifty(key: string, first: unknown, then: unknown, base: Record<string, unknown> = {}) {
  let reads = 0;
  return Object.defineProperty({ ...base }, key, {
    enumerable: true,
    get: () => (reads++ === 0 ? first : then),
  });
}

const hostile = fc.oneof(
  fc.anything(),
  fc.constantFrom(
    Object.create(null),
    JSON.parse('{"toString":0,"valueOf":0}'),
    JSON.parse('{"__proto__":{"type":"mta.accepted"}}'),
    Symbol('x'),
    10n,
    () => 1,
    [],
    [[]],
  ),
  fc.constant(null).map(throwingProxy),
  fc.constant(null).map(() => shifty('type', 'mta.accepted', { toString: 0 })),
);

const neverThrows = (call: () => unknown) => {
  expect(call).not.toThrow();
};

describe('the public functions, given anything', () => {
  it('never throw on the values the issue reproduced', () => {
    const toStringZero = JSON.parse('{"toString":0}');
    expect(replay(toStringZero, [], {})).toMatchObject({ ok: false, error: { code: 'unknownMachine' } });
    expect(describeMachine(toStringZero)).toMatchObject({ ok: false, error: { code: 'unknownMachine' } });
    expect(replay(Object.create(null), [])).toMatchObject({ ok: false, error: { code: 'unknownMachine' } });
    expect(simulate({ messages: Symbol(), seed: 1 }).inputs.messages).toBe(10_000);
    expect(simulate({ messages: 100, seed: Object.create(null) }).inputs.seed).toBe(42);
    expect(hasLink(undefined)).toBe(false);
  });

  it('replay answers a result or a typed problem for any machine id, event list and input', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(...machineIds), hostile),
        fc.oneof(fc.array(hostile, { maxLength: 4 }), hostile),
        hostile,
        (machine, events, input) => {
          const result = replay(machine, events, input);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) expect(typeof result.error.code).toBe('string');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('replay of a known machine takes hostile events and inputs without throwing', () => {
    fc.assert(
      fc.property(fc.constantFrom(...machineIds), fc.array(hostile, { maxLength: 4 }), hostile, (id, events, input) =>
        neverThrows(() => replay(id, events, input)),
      ),
      { numRuns: 300 },
    );
  });

  it('describeMachine answers for any id', () => {
    fc.assert(
      fc.property(hostile, (id) => neverThrows(() => describeMachine(id))),
      { numRuns: 200 },
    );
  });

  it('the link parser answers for any value', () => {
    fc.assert(
      fc.property(hostile, (search) => {
        neverThrows(() => hasLink(search));
        neverThrows(() => openLink(search));
      }),
      { numRuns: 200 },
    );
  });

  it('simulate runs on defaults for whatever it cannot read, and never throws', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          hostile,
          // Not `messages`: a hostile number there is a valid large population, slow rather than wrong.
          fc.dictionary(fc.constantFrom('seed', 'validityDays', 'softBounceRate', 'meanRetryHours'), hostile),
        ),
        (inputs) => {
          const result = simulate(inputs);
          expect(result.inputs.messages).toBeGreaterThan(0);
          expect(Number.isFinite(result.editions.enhancedMtaReporting.success[0])).toBe(true);
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('checks that hold for the values then used', () => {
  it('an event whose hours come from its prototype is refused, not replayed with NaN hours', () => {
    const event = Object.create({ hours: 5 });
    event.type = 'clock.advanced';
    const result = replay('enhancedMtaReporting', [{ type: 'mta.accepted' }, event]);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalidPayload', field: 'hours' } });
    expect(result.steps.map((step) => step.context['elapsedHours'])).toEqual([0, 0]);
  });

  it('a getter that answers 1 hour to the check and -1e9 afterwards moves the clock by 1 hour', () => {
    const event = shifty('hours', 1, -1e9, { type: 'clock.advanced' });
    const result = replay('enhancedMtaReporting', [{ type: 'mta.accepted' }, event]);
    expect(result.ok).toBe(true);
    expect(result.steps.at(-1)!.context['elapsedHours']).toBe(1);
  });

  it('a hosting getter cannot put markup into the upgrade machine', () => {
    const input = shifty('hosting', 'hosted', '<img src=x>');
    const result = replay('upgrade', [], input);
    expect(result.ok).toBe(true);
    expect(result.steps[0]!.context['hosting']).toBe('hosted');
  });

  it('an event list whose length changes while it is read replays what was checked', () => {
    let reads = 0;
    const list = new Proxy([{ type: 'mta.accepted' }], {
      get: (target, key, receiver) =>
        key === 'length' ? (reads++ === 0 ? 1 : 1e9) : Reflect.get(target, key, receiver),
    });
    const result = replay('enhancedMtaReporting', list);
    expect(result.ok).toBe(true);
    expect(result.steps).toHaveLength(2);
  });

  it('refuses a validity setting below one hour (1e-9 was accepted)', () => {
    expect(replay('enhancedMtaReporting', [], { validitySettingHours: 1e-9 })).toMatchObject({
      ok: false,
      error: { code: 'invalidInput', field: 'validitySettingHours' },
    });
    expect(openLink('?link=1&machine=enhancedMtaReporting&validity=1e-9').problem).toMatchObject({
      code: 'invalidInput',
    });
    expect(replay('enhancedMtaReporting', [], { validitySettingHours: 1 }).ok).toBe(true);
  });
});
