/**
 * What the public entry says when it refuses something: a typed code for pages to localize, and an
 * English sentence that names the problem for developers (which event, counted from 1, which field).
 */
import { describe, expect, it } from 'vitest';
import { describeMachine, MAX_CLOCK_ADVANCE_HOURS, MAX_REPLAY_EVENTS, replay } from '~/machines/index.ts';

const errorOf = (result: ReturnType<typeof replay>) => {
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
};

describe('refusals name the problem', () => {
  it('an unknown machine, by its name', () => {
    expect(errorOf(replay('nope', [])).message).toContain('"nope"');
    const described = describeMachine('nope');
    expect(!described.ok && described.error.message).toContain('"nope"');
  });

  it('an event that is not an object, by its position', () => {
    expect(errorOf(replay('delivery', [{ type: 'analysis.started' }, 42])).message).toMatch(/^Event 2 /);
  });

  it('an unknown event, by its position', () => {
    const error = errorOf(replay('delivery', [{ type: 'delivery.exploded' }]));
    expect(error).toMatchObject({ code: 'unknownEvent', index: 0, eventType: 'delivery.exploded' });
    expect(error.message).toMatch(/^Event 1 has an unknown type/);
  });

  it('a bad payload, by its position, event and field', () => {
    const error = errorOf(
      replay('enhancedMtaReporting', [{ type: 'mta.accepted' }, { type: 'clock.advanced', hours: -1 }]),
    );
    expect(error).toMatchObject({ code: 'invalidPayload', index: 1, eventType: 'clock.advanced', field: 'hours' });
    expect(error.message).toBe('Event 2 (clock.advanced) has a missing, malformed or unexpected "hours".');
  });

  it('an event the state does not accept, by its position, event and the state', () => {
    const error = errorOf(replay('enhancedMtaReporting', [{ type: 'mta.delivered' }]));
    expect(error.message).toBe('Event 1 (mta.delivered) is not accepted in state pending.');
  });

  it('a bad input, by its field', () => {
    const error = errorOf(replay('delivery', [], { waves: 0 }));
    expect(error).toMatchObject({ code: 'invalidInput', field: 'waves' });
    expect(error.message).toContain('"waves"');
  });

  it('a list that is not a list, or one too long', () => {
    expect(errorOf(replay('delivery', 'x')).message).toBe('Events must be a list.');
    const tooLong = Array.from({ length: MAX_REPLAY_EVENTS + 1 }, () => ({ type: 'api.called' }));
    expect(errorOf(replay('upgrade', tooLong)).message).toContain(String(MAX_REPLAY_EVENTS));
  });
});

describe('input and payload limits, at their edges', () => {
  it.each([
    [1, true],
    [0.5, false],
    [24 * 365, true],
    [24 * 365 + 1, false],
  ])('a validity setting of %d h is accepted: %s (validity below an hour is refused)', (hours, ok) => {
    expect(replay('emailFeedbackService', [], { validitySettingHours: hours }).ok).toBe(ok);
  });

  it.each([
    [MAX_CLOCK_ADVANCE_HOURS, true],
    [MAX_CLOCK_ADVANCE_HOURS + 0.5, false],
    [0, false],
    ['5', false],
    [Number.NaN, false],
  ])('a clock step of %s h is accepted: %s', (hours, ok) => {
    expect(replay('emailFeedbackService', [{ type: 'mta.accepted' }, { type: 'clock.advanced', hours }]).ok).toBe(ok);
  });

  it.each([
    ['x'.repeat(512), true],
    ['x'.repeat(513), false],
    ['', false],
  ])('a bounce rule name of %#-th length is accepted: %s', (rule, ok) => {
    const events = [
      { type: 'smtp.replied', reply: '250 2.0.0 OK' },
      { type: 'bounceMail.received', rule },
    ];
    const result = replay('bounceQualification', events);
    // An unknown rule is refused by the machine (not accepted), a malformed one as an invalid payload.
    expect(result.ok || result.error.code !== 'invalidPayload').toBe(ok);
  });

  it.each([
    [1, true],
    [50, true],
    [51, false],
    [2.5, false],
  ])('a delivery in %d waves is accepted: %s', (waves, ok) => {
    expect(replay('delivery', [], { waves }).ok).toBe(ok);
  });

  it.each(['hosted', 'hybrid', 'onPremise'])('an upgrade accepts the hosting %s, and nothing else', (hosting) => {
    expect(replay('upgrade', [], { hosting }).ok).toBe(true);
    expect(replay('upgrade', [], { hosting: `${hosting}x` }).ok).toBe(false);
  });
});

describe('values that only look right, as parsed JSON can hold them', () => {
  it('refuses an event type or a reason given as a one-item list (a list reads as its item when made a string)', () => {
    expect(errorOf(replay('enhancedMtaReporting', [{ type: ['mta.accepted'] }])).code).toBe('malformedSteps');
    const bounce = { type: 'feedback.softBounce', reason: ['mailboxFull'] };
    expect(errorOf(replay('enhancedMtaReporting', [{ type: 'mta.accepted' }, bounce]))).toMatchObject({
      code: 'invalidPayload',
      field: 'reason',
    });
  });

  it('refuses a bounce without its reason, and a retry failure with a reason no retry ends on (a hard one)', () => {
    const relayed = [{ type: 'mta.accepted' }];
    expect(errorOf(replay('emailFeedbackService', [...relayed, { type: 'feedback.softBounce' }]))).toMatchObject({
      code: 'invalidPayload',
      field: 'reason',
    });
    const retrying = [...relayed, { type: 'feedback.softBounce', reason: 'mailboxFull' }];
    expect(
      errorOf(replay('emailFeedbackService', [...retrying, { type: 'retry.failed', reason: 'userUnknown' }])),
    ).toMatchObject({ code: 'invalidPayload', field: 'reason' });
  });

  it('refuses an asynchronous bounce that is neither hard nor soft: the bounce mail is qualified one or the other (facts.md §1)', () => {
    const events = [{ type: 'mta.accepted' }, { type: 'mta.delivered' }];
    expect(
      replay('enhancedMtaReporting', [...events, { type: 'feedback.asyncBounce', reason: 'mailboxFull' }]).ok,
    ).toBe(true);
    const ignored = replay('enhancedMtaReporting', [
      ...events,
      { type: 'feedback.asyncBounce', reason: 'errorIgnored' },
    ]);
    expect(!ignored.ok && ignored.error.code).toBe('invalidPayload');
  });
});
