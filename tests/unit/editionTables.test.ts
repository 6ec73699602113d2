/**
 * What each edition's delivery log shows, and what Success % does, at the moments a reader asks about.
 * Every expectation is written from the sources, not read from the reporting tables: Pending before the
 * relay (facts-extended 1.4), Delivery canceled after the cleanup (1.6, 1.15), Sent at the relay in v7
 * (1.13), Taken into account by the service provider in v8 with the Email Feedback Service, which a soft
 * bounce does not change (1.7, 1.12) and which does not count yet (2.10, decision C1).
 */
import { describe, expect, it } from 'vitest';
import { indicators, replay, type SpecEvent, successRate } from '~/machines/index.ts';

const lastStep = (machine: 'enhancedMtaReporting' | 'emailFeedbackService', events: SpecEvent[]) => {
  const result = replay(machine, events, { validitySettingHours: 120 });
  expect(result.ok).toBe(true);
  return result.steps.at(-1)!;
};

describe.each(['enhancedMtaReporting', 'emailFeedbackService'] as const)('%s', (machine) => {
  it('shows Pending before Campaign relays the message, and does not count it yet', () => {
    const step = lastStep(machine, []);
    expect(step.logStatus).toBe('pending');
    expect(step.success).toBe('notCounted');
  });

  it('shows Delivery canceled once the cleanup cancels what was still Pending, which never counts', () => {
    const step = lastStep(machine, [{ type: 'cleanup.canceled' }]);
    expect(step.logStatus).toBe('deliveryCanceled');
    expect(step.success).toBe('notCounted');
  });
});

describe('the relay and a soft bounce, per edition', () => {
  const relayed: SpecEvent[] = [{ type: 'mta.accepted' }];
  const softBounced: SpecEvent[] = [...relayed, { type: 'feedback.softBounce', reason: 'mailboxFull' }];

  it('v7 shows Sent from the relay on, and keeps it through a soft bounce (1.13)', () => {
    expect(lastStep('enhancedMtaReporting', relayed).logStatus).toBe('sent');
    expect(lastStep('enhancedMtaReporting', softBounced).logStatus).toBe('sent');
  });

  it('v8 with EFS shows Taken into account from the relay on, and a soft bounce leaves it there (1.7, 1.12)', () => {
    const atRelay = lastStep('emailFeedbackService', relayed);
    const afterBounce = lastStep('emailFeedbackService', softBounced);
    expect(atRelay.logStatus).toBe('takenIntoAccount');
    expect(afterBounce.logStatus).toBe('takenIntoAccount');
    // Not counted while the retry runs (2.10); the step names decision C1, which says why.
    expect(afterBounce.success).toBe('notCounted');
    expect(atRelay.decisions).toEqual(['C1']);
    expect(afterBounce.decisions).toEqual(['C1']);
  });
});

describe('the soft-bounce indicator (facts-extended 2.6)', () => {
  it.each(['unreachable', 'mailboxFull', 'invalidDomain', 'accountDisabled', 'refused'] as const)(
    'counts a Failed log with reason %s',
    (reason) => {
      const figures = indicators('enhancedMtaReporting', [{ logStatus: 'failed', reason }]);
      expect(figures.softBounces).toBe(1);
      expect(figures.hardBounces).toBe(0);
    },
  );

  it('does not count User unknown, which is the hard-bounce indicator (2.5)', () => {
    const figures = indicators('enhancedMtaReporting', [{ logStatus: 'failed', reason: 'userUnknown' }]);
    expect(figures.softBounces).toBe(0);
    expect(figures.hardBounces).toBe(1);
  });
});

describe('Success % with nothing to deliver (facts-extended 1.20)', () => {
  it('has no value when every message was Ignored, rather than 0 % or a division by zero', () => {
    expect(successRate('emailFeedbackService', { ignored: 3 })).toBeNull();
    expect(successRate('enhancedMtaReporting', {})).toBeNull();
  });

  it('divides by the messages to deliver once there is one', () => {
    expect(successRate('enhancedMtaReporting', { sent: 1, ignored: 3 })).toBe(1);
  });
});
