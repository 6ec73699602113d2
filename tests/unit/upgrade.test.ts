import { describe, expect, it } from 'vitest';
import { type AnyStateMachine, createActor } from 'xstate';
import { machines, replay } from '~/machines/index.ts';

describe('upgrading an instance to the Enhanced MTA', () => {
  it('queues transactional API calls during the downtime and retries them once the upgrade completes', () => {
    const result = replay('upgrade', [
      { type: 'upgrade.started' },
      { type: 'api.called' },
      { type: 'api.called' },
      { type: 'upgrade.completed' },
    ]);
    const [, downtime, , , monitoring] = result.steps;
    expect(downtime?.meta['transactionalApi']).toBe('queued');
    expect(monitoring?.context).toMatchObject({ queuedCalls: 0, retriedCalls: 2 });
    expect(monitoring?.meta['emailMta']).toBe('enhanced');
  });

  it('ends the monitoring after 24 hours', () => {
    const result = replay('upgrade', [
      { type: 'upgrade.started' },
      { type: 'upgrade.completed' },
      { type: 'clock.advanced', hours: 23 },
      { type: 'clock.advanced', hours: 1 },
    ]);
    expect(result.steps.map((step) => step.states[0])).toEqual([
      'nativeMta',
      'downtime',
      'monitoring',
      'monitoring',
      'enhancedMta',
    ]);
  });

  it('can roll back to the native MTA temporarily (seed), then resume with a fresh 24-hour watch (how and when is not stated: MC-rollback-resume)', () => {
    const result = replay('upgrade', [
      { type: 'upgrade.started' },
      { type: 'upgrade.completed' },
      { type: 'clock.advanced', hours: 20 },
      { type: 'issue.detected' },
      { type: 'upgrade.resumed' },
      // 20 h were watched before the rollback: a watch that went on counting would end 4 h in.
      { type: 'clock.advanced', hours: 23 },
      { type: 'clock.advanced', hours: 1 },
    ]);
    expect(result.ok).toBe(true);
    expect(result.steps[4]?.meta['emailMta']).toBe('native');
    expect(result.steps.slice(5).map((step) => [step.states[0], step.done])).toEqual([
      ['monitoring', false],
      ['monitoring', false],
      ['enhancedMta', true],
    ]);
  });

  it('lets Adobe end the monitoring early', () => {
    const result = replay('upgrade', [
      { type: 'upgrade.started' },
      { type: 'upgrade.completed' },
      { type: 'monitoring.completed' },
    ]);
    expect(result.steps.at(-1)?.done).toBe(true);
  });

  it('cannot upgrade an on-premise instance', () => {
    const result = replay('upgrade', [{ type: 'upgrade.started' }], { hosting: 'onPremise' });
    expect(!result.ok && result.error.code).toBe('eventNotAccepted');
    expect(replay('upgrade', [{ type: 'upgrade.started' }], { hosting: 'hybrid' }).ok).toBe(true);
  });

  it('says at each stage which MTA sends email and what happens to a transactional API call (seed v7, upgrade FAQ)', () => {
    const result = replay('upgrade', [
      { type: 'upgrade.started' },
      { type: 'upgrade.completed' },
      { type: 'issue.detected' },
      { type: 'upgrade.resumed' },
      { type: 'monitoring.completed' },
    ]);
    expect(result.ok).toBe(true);
    // Native MTA before; a few minutes' downtime in which API calls wait in a queue; the Enhanced MTA,
    // watched for up to 24 hours; back to the native MTA after a rollback; the Enhanced MTA for good.
    expect(result.steps.map((step) => [step.states[0], step.meta['emailMta'], step.meta['transactionalApi']])).toEqual([
      ['nativeMta', 'native', 'sending'],
      ['downtime', 'none', 'queued'],
      ['monitoring', 'enhanced', 'sending'],
      ['rolledBack', 'native', 'sending'],
      ['monitoring', 'enhanced', 'sending'],
      ['enhancedMta', 'enhanced', 'sending'],
    ]);
  });

  it('counts the watched hours up to the 24 the seed gives, never past them', () => {
    const result = replay('upgrade', [
      { type: 'upgrade.started' },
      { type: 'upgrade.completed' },
      { type: 'clock.advanced', hours: 20 },
      { type: 'clock.advanced', hours: 10 },
    ]);
    expect(result.steps.slice(2).map((step) => step.context['monitoredHours'])).toEqual([0, 20, 24]);
    expect(result.steps.at(-1)!.states).toEqual(['enhancedMta']);
  });

  it('is a hosted instance unless told otherwise, also when started without any input', () => {
    expect(replay('upgrade', []).steps[0]!.context['hosting']).toBe('hosted');
    // As a JavaScript user of the package would start it, with no input at all.
    const actor = createActor(machines.upgrade.machine as AnyStateMachine).start();
    expect(actor.getSnapshot().context.hosting).toBe('hosted');
    actor.send({ type: 'upgrade.started' });
    expect(actor.getSnapshot().value).toBe('downtime');
  });
});
