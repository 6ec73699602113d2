/**
 * What a user of the specification gets back from `replay` when a link, a scenario or a program gives
 * it something wrong: a typed error that names the problem, quotes at most a short piece of what was
 * sent, and keeps the steps that did replay. Nothing here comes from Adobe's sources: these are the
 * library's own promises (README, "The specification as a library").
 */
import { describe, expect, it } from 'vitest';
import { describeMachine, isEditionId, replay } from '~/machines/index.ts';
import { quoted, snapshotList, snapshotRecord } from '~/machines/untrusted.ts';

const errorOf = (result: ReturnType<typeof replay>) => {
  if (result.ok) throw new Error('expected an error');
  return result.error;
};

describe('an unknown machine', () => {
  it.each([
    [42, '42'],
    [true, 'true'],
    [10n, '10'],
    [null, 'null'],
    [undefined, '(undefined)'],
    [{}, '(object)'],
    [Symbol('x'), '(symbol)'],
    ['toString', 'toString'],
  ])('%s is named in the message, as "%s"', (machine, shown) => {
    const error = errorOf(replay(machine, []));
    expect(error.code).toBe('unknownMachine');
    expect(error.message).toBe(`There is no machine named "${shown}".`);
    expect(describeMachine(machine)).toMatchObject({ ok: false, error: { code: 'unknownMachine' } });
  });

  it('is not found through an object that names a machine when turned into a string', () => {
    expect(errorOf(replay({ toString: () => 'delivery' }, [])).code).toBe('unknownMachine');
  });

  it('is quoted at most 64 characters long', () => {
    expect(errorOf(replay('m'.repeat(100), [])).message).toBe(`There is no machine named "${'m'.repeat(64)}".`);
  });
});

describe('the input of a message machine: a validity setting from one hour to a year', () => {
  it.each([{}, { validitySettingHours: 1 }, { validitySettingHours: 120 }, { validitySettingHours: 24 * 365 }])(
    'accepts %o',
    (input) => {
      expect(replay('emailFeedbackService', [], input).ok).toBe(true);
    },
  );

  it.each([0.5, 24 * 365 + 1, '120', Number.NaN, Number.POSITIVE_INFINITY, null])(
    'refuses validitySettingHours %s, naming the field and replaying nothing',
    (value) => {
      const result = replay('enhancedMtaReporting', [], { validitySettingHours: value });
      expect(result.steps).toEqual([]);
      expect(errorOf(result)).toEqual({
        code: 'invalidInput',
        field: 'validitySettingHours',
        message: 'The machine\'s input has a bad "validitySettingHours".',
      });
    },
  );

  it('refuses an input it does not know, naming it (cut to 64 characters), and an input that is not an object', () => {
    expect(errorOf(replay('enhancedMtaReporting', [], { validity: 120 }))).toMatchObject({ field: 'validity' });
    const long = 'k'.repeat(100);
    const error = errorOf(replay('emailFeedbackService', [], { [long]: 1 }));
    expect(error.field).toBe('k'.repeat(64));
    expect(error.message).toBe(`The machine's input has a bad "${'k'.repeat(64)}".`);
    expect(errorOf(replay('emailFeedbackService', [], 'validity=120'))).toMatchObject({ field: 'input' });
    expect(errorOf(replay('emailFeedbackService', [], [120]))).toMatchObject({ field: 'input' });
  });
});

describe('the inputs of the other machines', () => {
  it('delivery: waves, and nothing else', () => {
    expect(replay('delivery', [], { waves: 3 }).ok).toBe(true);
    expect(errorOf(replay('delivery', [], { waves: 3, hosting: 'hosted' }))).toMatchObject({ field: 'hosting' });
  });

  it('upgrade: hosted, hybrid or on-premise, and nothing else', () => {
    for (const hosting of ['hosted', 'hybrid', 'onPremise']) expect(replay('upgrade', [], { hosting }).ok).toBe(true);
    expect(errorOf(replay('upgrade', [], { hosting: 'cloud' }))).toMatchObject({ field: 'hosting' });
    expect(errorOf(replay('upgrade', [], { hosting: 'hosted', waves: 1 }))).toMatchObject({ field: 'waves' });
  });

  it('bounce qualification and address: none', () => {
    expect(errorOf(replay('address', [], { waves: 1 }))).toMatchObject({ field: 'waves' });
    expect(replay('bounceQualification', [], {}).ok).toBe(true);
  });
});

describe('events', () => {
  it('numbers the steps from 0, the initial state, one per event', () => {
    const result = replay('enhancedMtaReporting', [{ type: 'mta.accepted' }, { type: 'mta.delivered' }]);
    expect(result.steps.map((step) => step.index)).toEqual([0, 1, 2]);
  });

  it('stops at an event the current state does not accept, naming every state of a parallel machine', () => {
    const result = replay('delivery', [{ type: 'analysis.started' }, { type: 'mta.queueDrained' }]);
    expect(result.steps).toHaveLength(2);
    expect(errorOf(result)).toEqual({
      code: 'eventNotAccepted',
      message: 'Event 2 (mta.queueDrained) is not accepted in state campaign.analysing, mta.empty.',
      index: 1,
      eventType: 'mta.queueDrained',
    });
  });

  it('quotes at most 64 characters of an unknown event type or of a bad field', () => {
    const unknown = errorOf(replay('enhancedMtaReporting', [{ type: 'x'.repeat(100) }]));
    expect(unknown).toMatchObject({ code: 'unknownEvent', eventType: 'x'.repeat(64) });
    const badField = errorOf(replay('enhancedMtaReporting', [{ type: 'mta.accepted', ['f'.repeat(100)]: 1 }]));
    expect(badField).toMatchObject({ code: 'invalidPayload', field: 'f'.repeat(64) });
    expect(badField.message).toBe(`Event 1 (mta.accepted) has a missing, malformed or unexpected "${'f'.repeat(64)}".`);
  });
});

describe('machines without a delivery log', () => {
  it('show no log status and no Success % effect at any step (a delivery, an upgrade)', () => {
    const delivery = replay('delivery', [{ type: 'analysis.started' }, { type: 'analysis.succeeded' }]);
    const upgrade = replay('upgrade', [{ type: 'upgrade.started' }]);
    for (const step of [...delivery.steps, ...upgrade.steps]) {
      expect([step.logStatus, step.success, step.successEffect]).toEqual([null, null, null]);
    }
  });
});

describe('decision C3: an expired message goes to Failed from Taken into account, not from Sent, under EFS', () => {
  const expired = [{ type: 'mta.accepted' }, { type: 'clock.advanced', hours: 84 }];
  it('is named on the EFS step where the validity runs out, and not in v7, where the log was Sent (1.13)', () => {
    const efs = replay('emailFeedbackService', expired, { validitySettingHours: 120 }).steps.at(-1)!;
    const v7 = replay('enhancedMtaReporting', expired, { validitySettingHours: 120 }).steps.at(-1)!;
    expect(efs.logStatus).toBe('failed');
    expect(efs.decisions).toContain('C3');
    expect(v7.logStatus).toBe('failed');
    expect(v7.decisions).not.toContain('C3');
  });
});

describe('untrusted values are copied once, and never throw', () => {
  it('copies a plain object of at most 32 keys; refuses lists, primitives, bigger objects and objects that throw', () => {
    const keys = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i]));
    expect(snapshotRecord(keys(32))).toEqual(keys(32));
    expect(snapshotRecord(keys(33))).toBeNull();
    expect(snapshotRecord([1])).toBeNull();
    expect(snapshotRecord('x')).toBeNull();
    expect(snapshotRecord(null)).toBeNull();
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('no');
        },
      },
    );
    expect(snapshotRecord(hostile)).toBeNull();
    let reads = 0;
    const getter = {
      get type() {
        reads += 1;
        return reads === 1 ? 'mta.accepted' : 'clock.advanced';
      },
    };
    expect(snapshotRecord(getter)).toEqual({ type: 'mta.accepted' });
    expect(reads).toBe(1);
  });

  it('copies a list up to its limit, says when it is longer, and refuses what is not a list or throws', () => {
    expect(snapshotList([1, 2], 2)).toEqual([1, 2]);
    expect(snapshotList([1, 2, 3], 2)).toBe('tooLong');
    expect(snapshotList({ length: 1, 0: 'x' }, 2)).toBeNull();
    const hostile = new Proxy([], {
      get: () => {
        throw new Error('no');
      },
    });
    expect(snapshotList(hostile, 2)).toBeNull();
  });

  it('describes any value shortly for a message, without calling it', () => {
    expect(quoted('a'.repeat(70))).toBe('a'.repeat(64));
    expect([quoted(1.5), quoted(false), quoted(7n), quoted(null), quoted(undefined)]).toEqual([
      '1.5',
      'false',
      '7',
      'null',
      '(undefined)',
    ]);
    expect(quoted({ toString: () => 'called' })).toBe('(object)');
    expect(quoted(() => 'called')).toBe('(function)');
  });
});

describe('edition ids', () => {
  it('are the two reporting editions, and nothing inherited', () => {
    expect(isEditionId('enhancedMtaReporting')).toBe(true);
    expect(isEditionId('emailFeedbackService')).toBe(true);
    expect(isEditionId('toString')).toBe(false);
    expect(isEditionId('delivery')).toBe(false);
    expect(isEditionId(1)).toBe(false);
    // An object that names an edition when turned into a string is still not one.
    expect(isEditionId({ toString: () => 'enhancedMtaReporting' })).toBe(false);
  });
});
