/**
 * The specification says what the sources say, and nothing they do not. Each expectation names the
 * fact of ../shared/domain/facts-extended.md (or facts.md, or a seed) it comes from, or the modelling
 * choice (MC-…) listed on the notes-on-the-sources page. Statuses and figures are written here from
 * the sources, never read from the machines' tables.
 */
import { describe, expect, it } from 'vitest';
import {
  candidateEvents,
  describeMachine,
  exclusionReasonIds,
  failureReasons,
  indicators,
  type LogLine,
  logStatuses,
  replay,
  type SpecEvent,
  successRate,
} from '~/machines/index.ts';

const fiveDays = { validitySettingHours: 120 };
const editions = ['enhancedMtaReporting', 'emailFeedbackService'] as const;
const refusedAt = (result: ReturnType<typeof replay>) =>
  result.ok ? null : { code: result.error.code, index: result.error.index };

describe('an expired message', () => {
  it.each(editions)('%s: with no bounce reported, fails with no failure reason (the sources state none)', (id) => {
    const result = replay(id, [{ type: 'mta.accepted' }, { type: 'clock.advanced', hours: 84 }], fiveDays);
    const last = result.steps.at(-1)!;
    expect(last.logStatus).toBe('failed');
    expect(last.failure).toBeNull();
    expect(last.context['expired']).toBe(true);
  });

  it('keeps the reason of its last soft bounce (MC-expiry-reason, facts-extended 5.13: classified from the last 4xx)', () => {
    const result = replay(
      'emailFeedbackService',
      [
        { type: 'mta.accepted' },
        { type: 'feedback.softBounce', reason: 'mailboxFull' },
        { type: 'feedback.softBounce', reason: 'invalidDomain' },
        { type: 'clock.advanced', hours: 84 },
      ],
      fiveDays,
    );
    expect(result.steps.at(-1)!.failure).toEqual({ reason: 'invalidDomain', type: 'soft' });
  });

  it('is counted from when it reached the MTA: the clock does not run while Pending (facts-extended 5.3)', () => {
    const refused = replay('emailFeedbackService', [{ type: 'clock.advanced', hours: 200 }], fiveDays);
    expect(refusedAt(refused)).toEqual({ code: 'eventNotAccepted', index: 0 });
    expect(replay('emailFeedbackService', [], fiveDays).steps[0]!.accepts).not.toContain('clock.advanced');
  });
});

describe('retries (only Soft and Ignored errors are retried: facts.md §1)', () => {
  it.each(['userUnknown', 'addressNotSpecified', 'quarantined'] as const)(
    'refuses a soft bounce with reason %s, which is never soft',
    (reason) => {
      const result = replay('enhancedMtaReporting', [
        { type: 'mta.accepted' },
        { type: 'feedback.softBounce', reason },
        { type: 'retry.succeeded' },
      ]);
      // The reason does not fit the event, whatever the state: an invalid payload, named as such.
      expect(refusedAt(result)).toEqual({ code: 'invalidPayload', index: 1 });
    },
  );

  it.each(['mailboxFull', 'invalidDomain', 'errorIgnored', 'notDefined'] as const)(
    'retries a soft bounce with reason %s (Not defined too: MC-not-defined-soft)',
    (reason) => {
      const result = replay('emailFeedbackService', [
        { type: 'mta.accepted' },
        { type: 'feedback.softBounce', reason },
        { type: 'retry.succeeded' },
      ]);
      expect(result.ok).toBe(true);
      expect(result.steps.at(-1)!.logStatus).toBe('sent');
    },
  );

  it.each(['addressNotSpecified', 'denylisted', 'quarantined'] as const)(
    'refuses a hard bounce with %s after the relay: such addresses are excluded before sending (facts-extended 1.18, 6.5)',
    (reason) => {
      const result = replay('emailFeedbackService', [
        { type: 'mta.accepted' },
        { type: 'feedback.hardBounce', reason },
      ]);
      expect(refusedAt(result)).toEqual({ code: 'invalidPayload', index: 1 });
    },
  );

  it('ends the retries when a retry meets a hard error (facts-extended 6.2)', () => {
    const result = replay('enhancedMtaReporting', [
      { type: 'mta.accepted' },
      { type: 'feedback.softBounce', reason: 'mailboxFull' },
      { type: 'feedback.hardBounce', reason: 'userUnknown' },
    ]);
    expect(result.steps.at(-1)).toMatchObject({
      logStatus: 'failed',
      failure: { reason: 'userUnknown', type: 'hard' },
    });
  });

  it.each([
    [120, 84],
    [48, 48],
  ])(
    '"retries fail" happens when the validity ends: with a %i h setting, at %i h after the relay (seeds; MC-retries-fail-at-expiry)',
    (setting, hours) => {
      const result = replay(
        'emailFeedbackService',
        [{ type: 'mta.accepted' }, { type: 'feedback.softBounce', reason: 'mailboxFull' }, { type: 'retry.failed' }],
        { validitySettingHours: setting },
      );
      const last = result.steps.at(-1)!;
      expect(last.logStatus).toBe('failed');
      expect(last.context['elapsedHours']).toBe(hours);
      expect(last.context['expired']).toBe(true);
    },
  );

  it('shows no failure reason once a retry delivered the message (MC-delivered-clears-reason)', () => {
    const result = replay('enhancedMtaReporting', [
      { type: 'mta.accepted' },
      { type: 'feedback.softBounce', reason: 'mailboxFull' },
      { type: 'retry.succeeded' },
    ]);
    expect(result.steps.at(-1)!.failure).toBeNull();
  });

  it('offers, in retry, only the reasons the machine accepts (the playground shows exactly these)', () => {
    const [, , retrying] = replay('emailFeedbackService', [
      { type: 'mta.accepted' },
      { type: 'feedback.softBounce', reason: 'mailboxFull' },
    ]).steps;
    const hardReasons = retrying!.choices
      .filter((event) => event.type === 'feedback.hardBounce')
      .map((event) => event['reason']);
    // facts-extended 6.2–6.4: User unknown is hard; Unreachable, Account disabled and Refused can be hard.
    expect(hardReasons.sort()).toEqual(['accountDisabled', 'refused', 'unreachable', 'userUnknown']);
    for (const choice of retrying!.choices) {
      const next = replay(
        'emailFeedbackService',
        [{ type: 'mta.accepted' }, { type: 'feedback.softBounce', reason: 'mailboxFull' }, choice],
        fiveDays,
      );
      expect(next.ok, JSON.stringify(choice)).toBe(true);
    }
  });

  it('offers, when the retries run out, the last soft reason or none at all (facts.md §1; MC-expiry-reason)', () => {
    const [, , retrying] = replay('emailFeedbackService', [
      { type: 'mta.accepted' },
      { type: 'feedback.softBounce', reason: 'mailboxFull' },
    ]).steps;
    const expiries = retrying!.choices.filter((event) => event.type === 'retry.failed');
    // facts-extended 6.3, 6.6, 6.7: the errors a retry can end on are Soft or Ignored.
    expect(expiries).toEqual([
      { type: 'retry.failed' },
      ...[
        'invalidDomain',
        'unreachable',
        'accountDisabled',
        'mailboxFull',
        'refused',
        'errorIgnored',
        'notDefined',
      ].map((reason) => ({ type: 'retry.failed', reason })),
    ]);
  });

  it('asks the machines about a bounce only with a reason, and about a retry failure with or without one', () => {
    const softBounces = candidateEvents('feedback.softBounce');
    expect(softBounces.length).toBeGreaterThan(0);
    for (const event of softBounces) expect(Object.keys(event).sort()).toEqual(['reason', 'type']);
    expect(candidateEvents('retry.failed')[0]).toEqual({ type: 'retry.failed' });
    expect(
      candidateEvents('retry.failed')
        .slice(1)
        .every((event) => typeof event['reason'] === 'string'),
    ).toBe(true);
  });

  it('lets the validity run out over several clock steps, before or after a soft bounce (facts-extended 5.1–5.3)', () => {
    const steps = (...hours: number[]) => hours.map((h) => ({ type: 'clock.advanced', hours: h }));
    const before = replay('emailFeedbackService', [{ type: 'mta.accepted' }, ...steps(40, 40, 4)], fiveDays);
    expect(before.steps.map((step) => step.logStatus).slice(-2)).toEqual(['takenIntoAccount', 'failed']);
    const after = replay(
      'emailFeedbackService',
      [{ type: 'mta.accepted' }, { type: 'feedback.softBounce', reason: 'mailboxFull' }, ...steps(40, 40, 4)],
      fiveDays,
    );
    expect(after.steps.map((step) => step.logStatus).slice(-2)).toEqual(['takenIntoAccount', 'failed']);
  });
});

describe('after delivery', () => {
  const delivered: SpecEvent[] = [{ type: 'mta.accepted' }, { type: 'mta.delivered' }];

  it.each(editions)('%s: a bounce email a week after sending still turns the log Failed (facts.md §1)', (id) => {
    const result = replay(id, [
      ...delivered,
      { type: 'clock.advanced', hours: 168 },
      { type: 'feedback.asyncBounce', reason: 'userUnknown' },
    ]);
    expect(result.steps.at(-1)).toMatchObject({ logStatus: 'failed', successEffect: 'decreases' });
  });

  it.each(editions)('%s: no bounce email arrives after that week (MC-async-window)', (id) => {
    const result = replay(id, [
      ...delivered,
      { type: 'clock.advanced', hours: 169 },
      { type: 'feedback.asyncBounce', reason: 'userUnknown' },
    ]);
    expect(refusedAt(result)).toEqual({ code: 'eventNotAccepted', index: 3 });
  });

  it.each(editions)(
    '%s: a spam complaint turns a Sent log Failed, reason Denylisted address, and Success % falls (facts-extended 3.5, 2.7, 3.6)',
    (id) => {
      const result = replay(id, [...delivered, { type: 'clock.advanced', hours: 400 }, { type: 'feedback.complaint' }]);
      const last = result.steps.at(-1)!;
      expect(last).toMatchObject({
        logStatus: 'failed',
        successEffect: 'decreases',
        failure: { reason: 'denylisted', type: 'hard' },
      });
      // C5 (which reason) and C6 (Adobe calls the flip a bug) are decided here, and the step says so.
      expect(last.decisions).toEqual(['C5', 'C6']);
    },
  );
});

describe('statuses before sending', () => {
  it.each([
    ['quarantined', 'hard'],
    ['denylisted', 'hard'],
    ['addressNotSpecified', 'hard'],
    ['double', 'ignored'],
    ['excludedBySqlRule', 'ignored'],
  ] as const)(
    'an address excluded at preparation (%s) shows Ignored, typed %s, outside Success % (facts-extended 1.2, 1.19, 1.20, 6.5; MC-exclusion-step)',
    (reason, type) => {
      for (const id of editions) {
        const last = replay(id, [{ type: 'preparation.excluded', reason }]).steps.at(-1)!;
        expect(last).toMatchObject({ logStatus: 'ignored', successEffect: 'excluded', failure: { reason, type } });
        expect(last.done).toBe(true);
      }
    },
  );

  it('refuses an exclusion with a reason that only arises after sending', () => {
    const result = replay('enhancedMtaReporting', [{ type: 'preparation.excluded', reason: 'mailboxFull' }]);
    expect(refusedAt(result)).toEqual({ code: 'invalidPayload', index: 0 });
  });

  it.each(editions)(
    '%s: a log still Pending becomes Delivery canceled by the cleanup workflow (facts-extended 1.15)',
    (id) => {
      const last = replay(id, [{ type: 'cleanup.canceled' }]).steps.at(-1)!;
      expect(last).toMatchObject({ logStatus: 'deliveryCanceled', done: true });
      // Once relayed, a message is no longer Pending, so the cleanup leaves it alone.
      expect(refusedAt(replay(id, [{ type: 'mta.accepted' }, { type: 'cleanup.canceled' }]))).toEqual({
        code: 'eventNotAccepted',
        index: 1,
      });
    },
  );
});

describe('decided conflicts, shown where they matter', () => {
  it('EFS: "Taken into account" is not a success (C1, facts-extended 2.10 over 2.1)', () => {
    const relayed = replay('emailFeedbackService', [{ type: 'mta.accepted' }]).steps.at(-1)!;
    expect(relayed).toMatchObject({ logStatus: 'takenIntoAccount', success: 'notCounted', decisions: ['C1'] });
  });

  it('v7: the relay shows Sent, not "Taken into account" (C2, facts-extended 1.13 over 1.8)', () => {
    const relayed = replay('enhancedMtaReporting', [{ type: 'mta.accepted' }]).steps.at(-1)!;
    expect(relayed).toMatchObject({ logStatus: 'sent', decisions: ['C2'] });
  });

  it('EFS: an expired message goes from "Taken into account" to Failed, and the step names C3', () => {
    const expired = replay('emailFeedbackService', [{ type: 'mta.accepted' }, { type: 'clock.advanced', hours: 84 }]);
    expect(expired.steps.at(-1)!.decisions).toEqual(['C3']);
    const v7 = replay('enhancedMtaReporting', [{ type: 'mta.accepted' }, { type: 'clock.advanced', hours: 84 }]);
    expect(v7.steps.at(-1)!.decisions).toEqual([]);
  });
});

describe('statuses an email log shows here (MC-statuses-left-out)', () => {
  it('are the email statuses of facts-extended 1.1–1.7, without Not applicable, Prepared or the SMS statuses', () => {
    expect([...logStatuses].sort()).toEqual(
      ['deliveryCanceled', 'failed', 'ignored', 'pending', 'sent', 'takenIntoAccount'].sort(),
    );
  });
});

describe('the published definition and the replay agree', () => {
  it('the Pending state lists no clock in the JSON, as the replay refuses it', () => {
    const described = describeMachine('emailFeedbackService');
    if (!described.ok) throw new Error(described.error.message);
    const pending = (described.definition as { states: Record<string, { on: object }> }).states['pending']!;
    expect(Object.keys(pending.on).sort()).toEqual(['cleanup.canceled', 'mta.accepted', 'preparation.excluded']);
  });
});

describe('indicators from a population of logs (facts-extended §2)', () => {
  const logs: LogLine[] = [
    { logStatus: 'sent' },
    { logStatus: 'sent' },
    { logStatus: 'sent' },
    { logStatus: 'takenIntoAccount' },
    { logStatus: 'failed', reason: 'userUnknown' },
    { logStatus: 'failed', reason: 'mailboxFull' },
    { logStatus: 'failed', reason: 'denylisted' },
    { logStatus: 'failed', reason: 'unreachable' },
    { logStatus: 'ignored', reason: 'quarantined' },
    { logStatus: 'ignored', reason: 'double' },
  ];

  it('counts hard bounces as Failed + User unknown (2.5), soft bounces by reason (2.6), complaints as Failed + Denylisted (2.7)', () => {
    const figures = indicators('emailFeedbackService', logs);
    expect(figures).toMatchObject({ hardBounces: 1, softBounces: 2, complaints: 1, errors: 4, delivered: 3 });
  });

  it('leaves Ignored out of the messages to deliver (1.20), and counts only Sent as a success under EFS (C1)', () => {
    const figures = indicators('emailFeedbackService', logs);
    expect(figures.toDeliver).toBe(8);
    expect(figures.success).toBe(3);
    expect(figures.successRate).toBeCloseTo(3 / 8);
  });

  it('gives the same Success % from counts per status as from the logs themselves', () => {
    expect(successRate('emailFeedbackService', { sent: 3, takenIntoAccount: 1, failed: 4, ignored: 2 })).toBeCloseTo(
      3 / 8,
    );
    // v7 counts Sent as a success from the relay on; Taken into account never appears there.
    expect(successRate('enhancedMtaReporting', { sent: 6, failed: 2, pending: 2 })).toBeCloseTo(6 / 10);
  });

  it('has no rate when nothing is to be delivered', () => {
    expect(indicators('enhancedMtaReporting', [{ logStatus: 'ignored', reason: 'double' }]).successRate).toBeNull();
  });
});

describe('failure reasons as Campaign codes them (facts-extended 6.2–6.8, 1.19; facts.md §1)', () => {
  it.each([
    ['notDefined', 0, ['soft']],
    ['userUnknown', 1, ['hard']],
    ['invalidDomain', 2, ['soft']],
    ['unreachable', 3, ['soft', 'hard']],
    ['accountDisabled', 4, ['soft', 'hard']],
    ['mailboxFull', 5, ['soft']],
    ['addressNotSpecified', 7, ['hard']],
    ['denylisted', 8, ['hard']],
    ['quarantined', 9, ['hard']],
    ['double', 10, ['ignored']],
    ['excludedBySqlRule', 11, ['ignored']],
    ['excludedAfterArbitration', 12, ['ignored']],
    ['refused', 20, ['soft', 'hard']],
    ['errorIgnored', 25, ['ignored']],
    ['controlAddress', 127, ['ignored']],
  ] as const)('%s has the technical value %i and the types %j', (id, code, types) => {
    expect(failureReasons[id].code).toBe(code);
    expect(failureReasons[id].types).toEqual(types);
  });

  it('excludes at preparation exactly the reasons Adobe ties to exclusion (1.2, 1.18, 1.19, 6.5, 6.8)', () => {
    expect([...exclusionReasonIds].sort()).toEqual(
      [
        'addressNotSpecified',
        'controlAddress',
        'denylisted',
        'double',
        'excludedAfterArbitration',
        'excludedBySqlRule',
        'quarantined',
      ].sort(),
    );
  });
});

describe('reasons and types as the log shows them', () => {
  it('types Unreachable hard on a hard bounce and soft on a soft bounce (facts-extended 6.3)', () => {
    const hard = replay('enhancedMtaReporting', [
      { type: 'mta.accepted' },
      { type: 'feedback.hardBounce', reason: 'unreachable' },
    ]);
    expect(hard.steps.at(-1)!.failure).toEqual({ reason: 'unreachable', type: 'hard' });
    expect(hard.steps.at(-1)!.context['expired']).toBe(false);
    const soft = replay('enhancedMtaReporting', [
      { type: 'mta.accepted' },
      { type: 'feedback.softBounce', reason: 'unreachable' },
    ]);
    expect(soft.steps.at(-1)!.failure).toEqual({ reason: 'unreachable', type: 'soft' });
  });

  it('keeps the reason a reader names when the retries run out (MC-expiry-reason)', () => {
    const result = replay('emailFeedbackService', [
      { type: 'mta.accepted' },
      { type: 'feedback.softBounce', reason: 'mailboxFull' },
      { type: 'retry.failed', reason: 'invalidDomain' },
    ]);
    expect(result.steps.at(-1)!.failure).toEqual({ reason: 'invalidDomain', type: 'soft' });
  });

  it('starts every message as not expired and not complained about', () => {
    const first = replay('emailFeedbackService', []).steps[0]!;
    expect(first.context).toMatchObject({ expired: false, complaint: false, failure: null, elapsedHours: 0 });
  });
});
