/**
 * An address's own lifecycle across deliveries (facts-extended §4 and §3). Statuses and figures come
 * from the facts named in each test, not from the machine's constants.
 */
import { describe, expect, it } from 'vitest';
import { replay, type SpecEvent } from '~/machines/index.ts';

const soft = (reason = 'mailboxFull'): SpecEvent => ({ type: 'feedback.softBounce', reason });
const day = (days = 1): SpecEvent => ({ type: 'clock.advanced', hours: 24 * days });
const statusAfter = (events: SpecEvent[]) => {
  const result = replay('address', events);
  expect(result.ok, result.ok ? '' : result.error.message).toBe(true);
  return result.steps.at(-1)!;
};

describe('an address (facts-extended §4)', () => {
  it('goes to Quarantine at once after a hard error (4.2), and the next delivery ignores it (1.18)', () => {
    const last = statusAfter([{ type: 'feedback.hardBounce', reason: 'userUnknown' }]);
    expect(last.meta).toMatchObject({
      addressStatus: 'quarantine',
      nextMessage: 'ignored',
      exclusionReason: 'quarantined',
    });
  });

  it('goes to Quarantine on the fifth soft error counted a day apart (decision C4, 4.4–4.6)', () => {
    const four = [soft(), day(), soft(), day(), soft(), day(), soft()];
    expect(statusAfter(four).meta['addressStatus']).toBe('withErrors');
    expect(statusAfter(four).context['errorCount']).toBe(4);
    expect(statusAfter([...four, day(), soft()]).meta['addressStatus']).toBe('quarantine');
  });

  it('does not count a soft error less than a day after the last counted one (4.7; MC-address-defaults)', () => {
    const last = statusAfter([soft(), { type: 'clock.advanced', hours: 23 }, soft(), soft()]);
    expect(last.context).toMatchObject({ errorCount: 1, uncountedErrors: 2 });
    expect(last.meta['addressStatus']).toBe('withErrors');
  });

  it('is released from With errors by a successful delivery (4.10)', () => {
    expect(statusAfter([soft(), { type: 'mta.delivered' }]).meta['addressStatus']).toBe('valid');
  });

  it('is released from With errors once the last counted error is over 10 days old (4.9), 30 for Mailbox full (4.10)', () => {
    expect(statusAfter([soft('invalidDomain'), day(10)]).meta['addressStatus']).toBe('withErrors');
    expect(
      statusAfter([soft('invalidDomain'), day(10), { type: 'clock.advanced', hours: 1 }]).meta['addressStatus'],
    ).toBe('valid');
    expect(statusAfter([soft('mailboxFull'), day(11)]).meta['addressStatus']).toBe('withErrors');
    expect(
      statusAfter([soft('mailboxFull'), day(30), { type: 'clock.advanced', hours: 1 }]).meta['addressStatus'],
    ).toBe('valid');
  });

  it('never leaves Quarantine or Denylisted by itself, however long it waits (4.1)', () => {
    const quarantined = [{ type: 'feedback.hardBounce', reason: 'userUnknown' }, day(30), day(30), day(30)];
    expect(statusAfter(quarantined).meta['addressStatus']).toBe('quarantine');
    expect(statusAfter([{ type: 'feedback.complaint' }, day(30), day(30)]).meta['addressStatus']).toBe('denylisted');
  });

  it('becomes Denylisted after a spam complaint (3.1), and the next delivery ignores it as Denylisted address (1.18)', () => {
    const last = statusAfter([soft(), { type: 'feedback.complaint' }]);
    expect(last.meta).toMatchObject({
      addressStatus: 'denylisted',
      nextMessage: 'ignored',
      exclusionReason: 'denylisted',
    });
  });

  it('is set back to Valid by an operator, with its count cleared (4.11)', () => {
    const last = statusAfter([{ type: 'feedback.hardBounce', reason: 'userUnknown' }, { type: 'operator.released' }]);
    expect(last.meta['addressStatus']).toBe('valid');
    expect(last.context['errorCount']).toBe(0);
  });

  it('refuses a bounce whose reason does not fit it (a soft bounce cannot be User unknown)', () => {
    const result = replay('address', [soft('userUnknown')]);
    expect(!result.ok && result.error.code).toBe('invalidPayload');
  });
});

describe('an address, counted more closely', () => {
  it('is targeted as usual while Valid or With errors (1.18 applies only to Quarantine and Denylisted)', () => {
    expect(statusAfter([]).meta['nextMessage']).toBe('targeted');
    expect(statusAfter([soft()]).meta['nextMessage']).toBe('targeted');
  });

  it('does not reach the threshold with an error less than a day after the fourth counted one (4.7, C4)', () => {
    const four = [soft(), day(), soft(), day(), soft(), day(), soft()];
    const last = statusAfter([...four, { type: 'clock.advanced', hours: 1 }, soft()]);
    expect(last.meta['addressStatus']).toBe('withErrors');
    expect(last.context).toMatchObject({ errorCount: 4, uncountedErrors: 1 });
  });

  it.each([
    ['a successful delivery', [soft(), soft(), { type: 'mta.delivered' }]],
    ['an operator', [soft(), { type: 'operator.released' }]],
    ['ten days without a counted error', [soft('invalidDomain'), day(10), { type: 'clock.advanced', hours: 1 }]],
  ] as const)('starts counting afresh once released by %s (4.9–4.11)', (_, events) => {
    const released = statusAfter([...events]);
    expect(released.context).toMatchObject({ errorCount: 0, uncountedErrors: 0, hoursSinceLastError: null });
    expect(statusAfter([...events, soft()]).context['errorCount']).toBe(1);
  });
});

describe('an address, as time passes in several steps', () => {
  it('counts the ten days since the last counted error across several clock steps (4.9)', () => {
    const split = [soft('invalidDomain'), day(5), day(5)];
    expect(statusAfter(split).meta['addressStatus']).toBe('withErrors');
    expect(statusAfter([...split, { type: 'clock.advanced', hours: 1 }]).meta['addressStatus']).toBe('valid');
  });

  it('counts the day between errors across several clock steps (4.7)', () => {
    const halves = [soft(), { type: 'clock.advanced', hours: 12 }, { type: 'clock.advanced', hours: 12 }, soft()];
    expect(statusAfter(halves).context).toMatchObject({ errorCount: 2, uncountedErrors: 0 });
  });

  it('is released by an operator from Quarantine or Denylisted, and counts afresh (4.11)', () => {
    const five = [soft(), day(), soft(), day(), soft(), day(), soft(), day(), soft()];
    expect(statusAfter(five).meta['addressStatus']).toBe('quarantine');
    // Decision C4: the count reaches 5 on the error that quarantines the address.
    expect(statusAfter(five).context['errorCount']).toBe(5);
    const released = [...five, { type: 'operator.released' }];
    expect(statusAfter(released).meta['addressStatus']).toBe('valid');
    expect(statusAfter([...released, soft()]).context['errorCount']).toBe(1);
    const complaint = [soft(), { type: 'feedback.complaint' }, { type: 'operator.released' }];
    expect(statusAfter(complaint).meta['addressStatus']).toBe('valid');
    expect(statusAfter(complaint).context).toMatchObject({ errorCount: 0, hoursSinceLastError: null });
  });

  it('stays in Quarantine or Denylisted whatever time passes (4.1)', () => {
    const hard = { type: 'feedback.hardBounce', reason: 'userUnknown' };
    expect(statusAfter([hard, day(30), day(30), day(30)]).meta['addressStatus']).toBe('quarantine');
    expect(statusAfter([{ type: 'feedback.complaint' }, day(30)]).meta['addressStatus']).toBe('denylisted');
  });
});

describe('the machines themselves, used without replay', () => {
  it('refuse a bounce whose reason does not fit it, as replay does', async () => {
    const { initialTransition, transition } = await import('xstate');
    const { addressMachine, emailFeedbackServiceMachine } = await import('~/machines/index.ts');
    const [valid] = initialTransition(addressMachine);
    expect(valid.can({ type: 'feedback.softBounce', reason: 'userUnknown' })).toBe(false);
    expect(valid.can({ type: 'feedback.hardBounce', reason: 'mailboxFull' })).toBe(false);
    const [pending] = initialTransition(emailFeedbackServiceMachine, { validitySettingHours: 120 });
    const [relayed] = transition(emailFeedbackServiceMachine, pending, { type: 'mta.accepted' });
    expect(relayed.can({ type: 'feedback.softBounce', reason: 'userUnknown' })).toBe(false);
    expect(relayed.can({ type: 'feedback.softBounce' } as never)).toBe(false);
    expect(relayed.can({ type: 'feedback.hardBounce', reason: 'quarantined' })).toBe(false);
  });
});
