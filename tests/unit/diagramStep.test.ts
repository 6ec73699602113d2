/**
 * The playground's diagram at a step: the arrow just followed, the arrows a reader may take, and the
 * event behind an arrow. Expected arrows are named by hand from the sources: a relayed message waits
 * in the MTA, a soft bounce puts it in the retry queue, and it fails when its validity runs out
 * (84 hours for the default 5-day setting, facts-extended 5.1, 5.3).
 */
import { describe, expect, it } from 'vitest';
import { machineGraph } from '~/diagram/graph.ts';
import { ruleLabel } from '~/diagram/rules.ts';
import { machines, replay, type SpecEvent } from '~/machines/index.ts';
import { eventForArrow, eventOnArrow, openArrows, takenArrows } from '~/views/diagramStep.ts';

const arrows = machineGraph(machines.emailFeedbackService.machine).edges;
const stepsOf = (events: SpecEvent[]) => replay('emailFeedbackService', events, { validitySettingHours: 120 }).steps;

describe('the arrow just followed', () => {
  it('is the relay after mta.accepted, then the soft bounce into the retry queue', () => {
    const steps = stepsOf([{ type: 'mta.accepted' }, { type: 'feedback.softBounce', reason: 'mailboxFull' }]);
    expect(takenArrows(arrows, steps[0], steps[1]!)).toEqual(['pending->awaitingDelivery:mta.accepted']);
    expect(takenArrows(arrows, steps[1], steps[2]!)).toEqual(['awaitingDelivery->retrying:feedback.softBounce']);
    expect(takenArrows(arrows, undefined, steps[0]!)).toEqual([]);
  });

  it('is the self-loop while time passes within the validity, and the timeout arrow once it runs out', () => {
    const steps = stepsOf([
      { type: 'mta.accepted' },
      { type: 'feedback.softBounce', reason: 'mailboxFull' },
      { type: 'clock.advanced', hours: 72 },
      { type: 'clock.advanced', hours: 24 },
    ]);
    expect(takenArrows(arrows, steps[2], steps[3]!)).toEqual(['retrying->retrying:clock.advanced']);
    const timeout = takenArrows(arrows, steps[3], steps[4]!);
    expect(timeout).toEqual(['retrying->failed:clock.advanced']);
    expect(arrows.find((arrow) => arrow.id === timeout[0])?.guard).toBe('validityRunsOut');
  });
});

describe('arrows a reader may take', () => {
  it('leave the current state only, for events it accepts', () => {
    const [start] = stepsOf([]);
    expect(openArrows(arrows, start!).sort()).toEqual([
      'pending->awaitingDelivery:mta.accepted',
      'pending->canceled:cleanup.canceled',
      'pending->excluded:preparation.excluded',
    ]);
  });

  it('the timeout arrow stands for the hours left before the validity runs out', () => {
    const steps = stepsOf([{ type: 'mta.accepted' }, { type: 'clock.advanced', hours: 24 }]);
    const step = steps.at(-1)!;
    const arrow = arrows.find((a) => a.id === 'awaitingDelivery->failed:clock.advanced')!;
    const candidates: SpecEvent[] = [1, 6, 60].map((hours) => ({ type: 'clock.advanced', hours }));
    const next = (event: SpecEvent) =>
      stepsOf([{ type: 'mta.accepted' }, { type: 'clock.advanced', hours: 24 }, event]).at(-1) ?? null;
    // 84 hours in all, 24 gone: 60 are left.
    expect(eventForArrow(arrow, step, candidates, next)).toEqual({ type: 'clock.advanced', hours: 60 });
    expect(eventForArrow(arrow, step, candidates.slice(0, 2), next)).toBeNull();
  });

  it('taking an arrow on the diagram: the timeout is the time left, a soft bounce is a reason the machine accepts', () => {
    const before: SpecEvent[] = [{ type: 'mta.accepted' }, { type: 'clock.advanced', hours: 24 }];
    const at = {
      machine: 'emailFeedbackService' as const,
      before,
      input: { validitySettingHours: 120 },
      step: stepsOf(before).at(-1)!,
    };
    const arrow = (id: string) => arrows.find((a) => a.id === id)!;
    const offered = (type: string) =>
      type === 'feedback.softBounce' ? [{ type, reason: 'mailboxFull' } as SpecEvent] : [{ type } as SpecEvent];
    // 84 hours in all for a 5-day setting (facts-extended 5.1, 5.3), 24 gone.
    expect(eventOnArrow(arrow('awaitingDelivery->failed:clock.advanced'), at, offered)).toEqual({
      type: 'clock.advanced',
      hours: 60,
    });
    expect(eventOnArrow(arrow('awaitingDelivery->retrying:feedback.softBounce'), at, offered)).toEqual({
      type: 'feedback.softBounce',
      reason: 'mailboxFull',
    });
    // An arrow from a state the message has left cannot be taken.
    expect(eventOnArrow(arrow('pending->awaitingDelivery:mta.accepted'), at, offered)).toBeNull();
  });
});

describe('rules on guarded arrows', () => {
  const context = {
    text: (key: string) => ({ 'diagram.rule.validityRunsOut': 'Validity runs out: {{validity}}' })[key],
    event: (type: string) => type,
    hours: (n: number) => `${n} h`,
    days: (n: number) => `${n} d`,
  };
  it('read the validity as the cap, 84 h, unless the message has its own', () => {
    expect(ruleLabel('validityRunsOut', 'clock.advanced', context)).toBe('Validity runs out: 84 h');
    expect(ruleLabel('validityRunsOut', 'clock.advanced', { ...context, validityHours: 48 })).toBe(
      'Validity runs out: 48 h',
    );
    expect(ruleLabel('reasonFits', 'feedback.softBounce', context)).toBeUndefined();
  });
});
