import { describe, expect, it } from 'vitest';
import { describeMachine, replay, type SpecEvent } from '~/machines/index.ts';

const toInProgress = [{ type: 'analysis.started' }, { type: 'analysis.succeeded' }, { type: 'delivery.confirmed' }];

describe('a delivery, seen by Campaign and by the Enhanced MTA', () => {
  it('goes through analysis and confirmation, hands its wave to the MTA, and finishes once the MTA is done (MC-delivery-finished)', () => {
    const result = replay('delivery', [...toInProgress, { type: 'wave.handedOver' }, { type: 'mta.queueDrained' }]);
    expect(result.steps.map((step) => step.meta['deliveryStatus'])).toEqual([
      'beingEdited',
      'analysing',
      'awaitingConfirmation',
      'inProgress',
      'inProgress',
      'finished',
    ]);
    expect(result.steps.map((step) => step.meta['mtaQueue'])).toEqual([
      'empty',
      'empty',
      'empty',
      'delivering',
      'delivering',
      'drained',
    ]);
  });

  it('shows "Stopped" in Campaign while the MTA keeps delivering what it was handed (facts-extended 1.14)', () => {
    const result = replay('delivery', [...toInProgress, { type: 'wave.handedOver' }, { type: 'delivery.stopped' }], {
      waves: 3,
    });
    const last = result.steps.at(-1)!;
    expect(last.states).toEqual(['campaign.stopped', 'mta.delivering']);
    // Two waves were never handed over: their messages stay Pending, for the cleanup workflow (1.16).
    expect(last.context['leftBehind']).toBe('pending');
    expect([...last.accepts].sort()).toEqual(['cleanup.canceled', 'mta.queueDrained']);
  });

  it('can be stopped once its only wave is with the MTA, which still delivers all of it (the commonest stop, 1.14)', () => {
    const result = replay('delivery', [...toInProgress, { type: 'wave.handedOver' }, { type: 'delivery.stopped' }]);
    expect(result.ok).toBe(true);
    const last = result.steps.at(-1)!;
    expect(last.meta['deliveryStatus']).toBe('stopped');
    expect(last.meta['mtaQueue']).toBe('delivering');
    expect(last.context['leftBehind']).toBe('none');
    expect(last.accepts).toEqual(['mta.queueDrained']);
  });

  it('stopped while its only wave is still being handed over: what the MTA has is delivered, the rest stays Pending until the cleanup cancels it (1.15, 1.16; MC-stop-cleanup)', () => {
    const stopped = replay('delivery', [...toInProgress, { type: 'delivery.stopped' }]);
    const last = stopped.steps.at(-1)!;
    expect(last.states).toEqual(['campaign.stopped', 'mta.delivering']);
    expect(last.context['leftBehind']).toBe('pending');
    const cleaned = replay('delivery', [...toInProgress, { type: 'delivery.stopped' }, { type: 'cleanup.canceled' }]);
    expect(cleaned.steps.at(-1)!.context['leftBehind']).toBe('canceled');
    // Nothing is left to cancel a second time, or after a stop that left nothing behind.
    expect(cleaned.steps.at(-1)!.accepts).not.toContain('cleanup.canceled');
  });

  it('refuses a new wave once stopped', () => {
    const result = replay(
      'delivery',
      [...toInProgress, { type: 'wave.handedOver' }, { type: 'delivery.stopped' }, { type: 'wave.handedOver' }],
      { waves: 3 },
    );
    expect(!result.ok && result.error.code).toBe('eventNotAccepted');
  });

  it('hands waves to the MTA only while In progress: not before, not after a stop or the end, even once drained', () => {
    const refusedAt = (events: SpecEvent[], waves = 3) => {
      const result = replay('delivery', events, { waves });
      return !result.ok && result.error.code === 'eventNotAccepted' ? result.error.index : null;
    };
    const wave = { type: 'wave.handedOver' };
    const drained = { type: 'mta.queueDrained' };
    expect(refusedAt([wave])).toBe(0);
    expect(refusedAt([...toInProgress.slice(0, 2), wave])).toBe(2);
    const stopped = [...toInProgress, wave, { type: 'delivery.stopped' }, drained];
    expect(refusedAt([...stopped, wave])).toBe(stopped.length);
    const finished = [...toInProgress, wave, drained];
    expect(refusedAt([...finished, wave], 1)).toBe(finished.length);
    // While In progress, a drained queue takes the next wave.
    expect(refusedAt([...toInProgress, wave, drained, wave])).toBeNull();
  });

  it('stays in progress until the last of several waves is handed over', () => {
    const waves = Array.from({ length: 3 }, () => ({ type: 'wave.handedOver' }));
    const result = replay('delivery', [...toInProgress, ...waves], { waves: 3 });
    expect(result.steps.slice(-3).map((step) => step.meta['deliveryStatus'])).toEqual([
      'inProgress',
      'inProgress',
      'inProgress',
    ]);
    expect(result.steps.at(-1)!.states).toEqual(['campaign.handedOver', 'mta.delivering']);
  });

  it('waits in "Start pending" when scheduled, and can be stopped before it starts', () => {
    const scheduled = replay('delivery', [
      { type: 'analysis.started' },
      { type: 'analysis.succeeded' },
      { type: 'delivery.scheduled' },
    ]);
    expect(scheduled.steps.at(-1)?.meta['deliveryStatus']).toBe('startPending');
    const stopped = replay('delivery', [
      { type: 'analysis.started' },
      { type: 'analysis.succeeded' },
      { type: 'delivery.scheduled' },
      { type: 'delivery.stopped' },
    ]);
    expect(stopped.steps.at(-1)?.states).toEqual(['campaign.stopped', 'mta.empty']);
    expect(stopped.steps.at(-1)?.context['leftBehind']).toBe('pending');
  });

  it('returns to editing when the analysis fails', () => {
    const result = replay('delivery', [{ type: 'analysis.started' }, { type: 'analysis.failed' }]);
    expect(result.steps.at(-1)?.meta['deliveryStatus']).toBe('beingEdited');
  });

  it('refuses a wave count outside 1 to 50', () => {
    expect(replay('delivery', [], { waves: 0 }).ok).toBe(false);
    expect(replay('delivery', [], { waves: 51 }).ok).toBe(false);
    expect(replay('delivery', [], { waves: 2.5 }).ok).toBe(false);
  });

  it('starts an empty MTA queue when the delivery is confirmed, and not before (Campaign hands over once In progress)', () => {
    const awaiting = replay('delivery', toInProgress.slice(0, 2) as SpecEvent[]).steps.at(-1)!;
    expect(awaiting.meta['mtaQueue']).toBe('empty');
    // Confirmed now or scheduled for later; the schedule's start is not offered before a schedule exists.
    expect([...awaiting.accepts].sort()).toEqual(['delivery.confirmed', 'delivery.scheduled']);
    const confirmed = replay('delivery', toInProgress as SpecEvent[]).steps.at(-1)!;
    expect(confirmed.states).toEqual(['campaign.inProgress', 'mta.delivering']);
  });

  it('starts at the scheduled time: In progress for Campaign, delivering in the MTA; it cannot be confirmed again', () => {
    const toScheduled: SpecEvent[] = [
      { type: 'analysis.started' },
      { type: 'analysis.succeeded' },
      { type: 'delivery.scheduled' },
    ];
    const scheduled = replay('delivery', toScheduled).steps.at(-1)!;
    expect([...scheduled.accepts].sort()).toEqual(['delivery.stopped', 'schedule.reached']);
    const started = replay('delivery', [...toScheduled, { type: 'schedule.reached' }]).steps.at(-1)!;
    expect(started.states).toEqual(['campaign.inProgress', 'mta.delivering']);
    expect(started.meta['deliveryStatus']).toBe('inProgress');
  });

  it('refills a drained MTA queue with the next wave while Campaign is still handing waves over', () => {
    const result = replay(
      'delivery',
      [
        ...toInProgress,
        { type: 'wave.handedOver' },
        { type: 'mta.queueDrained' },
        { type: 'wave.handedOver' },
      ] as SpecEvent[],
      { waves: 2 },
    );
    expect(result.ok).toBe(true);
    expect(result.steps.at(-2)!.states).toEqual(['campaign.inProgress', 'mta.drained']);
    expect(result.steps.at(-1)!.states).toEqual(['campaign.handedOver', 'mta.delivering']);
  });

  it('counts every wave handed over, the last one included', () => {
    const result = replay(
      'delivery',
      [...toInProgress, { type: 'wave.handedOver' }, { type: 'wave.handedOver' }] as SpecEvent[],
      {
        waves: 2,
      },
    );
    expect(result.steps.slice(-2).map((step) => step.context['wavesHandedOver'])).toEqual([1, 2]);
  });

  it('leaves nothing behind until a stop or the cleanup says otherwise', () => {
    expect(replay('delivery', []).steps[0]!.context['leftBehind']).toBe('none');
  });

  it('draws Finished as a final state in its published definition (the diagram marks it so)', () => {
    const described = describeMachine('delivery');
    expect(described.ok).toBe(true);
    const campaign = (
      described as { definition: { states: Record<string, { states: Record<string, { type: string }> }> } }
    ).definition.states['campaign']!;
    expect(campaign.states['finished']!.type).toBe('final');
    expect(campaign.states['inProgress']!.type).not.toBe('final');
  });
});
