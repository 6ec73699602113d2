import { describe, expect, it } from 'vitest';
import { describeMachine, MAX_REPLAY_EVENTS, machineIds, replay } from '~/machines/index.ts';

describe('the public entry', () => {
  it.each(machineIds)('replays %s from an empty event list, and describes it under the same id', (id) => {
    const result = replay(id, []);
    expect(result).toMatchObject({ ok: true, machine: id });
    expect(result.steps).toHaveLength(1);
    expect(result.steps[0]).toMatchObject({ index: 0, event: null, done: false });
    expect(result.steps[0]!.states.length).toBeGreaterThan(0);
    expect(result.steps[0]!.accepts.length).toBeGreaterThan(0);
    const description = describeMachine(id);
    expect(description.ok).toBe(true);
    expect(description.ok && (description.definition as { id: unknown }).id).toBe(id);
  });

  it.each(['nope', 'EmailFeedbackService', '', 'toString', '__proto__', 42, null])(
    'answers unknownMachine for %o, from both replay and describeMachine',
    (id) => {
      const result = replay(id, []);
      expect(result).toMatchObject({ ok: false, machine: null, steps: [] });
      expect(!result.ok && result.error.code).toBe('unknownMachine');
      const description = describeMachine(id);
      expect(!description.ok && description.error.code).toBe('unknownMachine');
    },
  );

  it('reports status, Success % effect and failure reason at every step', () => {
    const result = replay('emailFeedbackService', [
      { type: 'mta.accepted' },
      { type: 'feedback.softBounce', reason: 'invalidDomain' },
      { type: 'retry.succeeded' },
    ]);
    expect(result.ok).toBe(true);
    expect(result.steps.map((step) => [step.logStatus, step.successEffect, step.failure?.reason ?? null])).toEqual([
      ['pending', null, null],
      ['takenIntoAccount', 'startsAt0', null],
      ['takenIntoAccount', 'unchanged', 'invalidDomain'],
      // MC-delivered-clears-reason: a delivered message shows no failure reason.
      ['sent', 'increases', null],
    ]);
  });

  it.each([
    ['an unknown machine', () => replay('nope', []), 'unknownMachine'],
    ['a list that is not a list', () => replay('delivery', 'analysis.started'), 'malformedSteps'],
    ['an event without a type', () => replay('delivery', [{}]), 'malformedSteps'],
    ['an unknown event', () => replay('delivery', [{ type: 'delivery.exploded' }]), 'unknownEvent'],
    [
      'an unknown reason',
      () =>
        replay('enhancedMtaReporting', [{ type: 'mta.accepted' }, { type: 'feedback.hardBounce', reason: '<b>x</b>' }]),
      'invalidPayload',
    ],
    [
      'an unexpected field',
      () => replay('enhancedMtaReporting', [{ type: 'mta.accepted', html: '<script>' }]),
      'invalidPayload',
    ],
    [
      'a negative clock advance',
      () => replay('enhancedMtaReporting', [{ type: 'clock.advanced', hours: -3 }]),
      'invalidPayload',
    ],
    [
      'an event not accepted now',
      () => replay('enhancedMtaReporting', [{ type: 'retry.succeeded' }]),
      'eventNotAccepted',
    ],
    ['a bad input', () => replay('enhancedMtaReporting', [], { validitySettingHours: 'five days' }), 'invalidInput'],
    ['an input that is not an object', () => replay('upgrade', [], 7), 'invalidInput'],
    [
      'an oversized list',
      () =>
        replay(
          'delivery',
          Array.from({ length: MAX_REPLAY_EVENTS + 1 }, () => ({ type: 'analysis.started' })),
        ),
      'malformedSteps',
    ],
  ])('returns a typed error for %s', (_, run, code) => {
    const result = run();
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe(code);
    expect(!result.ok && result.error.message.length).toBeGreaterThan(10);
  });

  it('keeps the steps replayed before the problem', () => {
    const result = replay('enhancedMtaReporting', [
      { type: 'mta.accepted' },
      { type: 'mta.delivered' },
      { type: 'retry.succeeded' },
    ]);
    expect(!result.ok && result.error.index).toBe(2);
    expect(result.steps.map((step) => step.states[0])).toEqual(['pending', 'awaitingDelivery', 'delivered']);
  });

  it('serialises a machine definition as JSON, with the meta of its states', () => {
    const description = describeMachine('emailFeedbackService');
    expect(description.ok).toBe(true);
    const text = JSON.stringify(description.ok && description.definition);
    expect(text).toContain('"takenIntoAccount"');
    expect(describeMachine('nope').ok).toBe(false);
  });

  it('lets a delivered message fail later when an asynchronous bounce arrives', () => {
    const result = replay('enhancedMtaReporting', [
      { type: 'mta.accepted' },
      { type: 'mta.delivered' },
      { type: 'clock.advanced', hours: 100 },
      { type: 'feedback.asyncBounce', reason: 'userUnknown' },
    ]);
    expect(result.steps.at(-1)).toMatchObject({
      logStatus: 'failed',
      successEffect: 'decreases',
      failure: { reason: 'userUnknown', type: 'hard' },
    });
  });
});
