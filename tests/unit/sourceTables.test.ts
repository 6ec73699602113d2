import { describe, expect, it } from 'vitest';
import { replay, type StepView } from '~/machines/index.ts';
import { loadScenarios } from '~/scenarios/load.ts';
import { sourceTables } from './fixtures/sourceTables.ts';

const scenarios = new Map(loadScenarios().map((scenario) => [scenario.id, scenario]));

function lastStep(machine: string, scenarioId: string): StepView {
  const scenario = scenarios.get(scenarioId);
  if (!scenario) throw new Error(`missing scenario ${scenarioId}`);
  const result = replay(machine, scenario.events, scenario.input);
  if (!result.ok) throw new Error(result.error.message);
  return result.steps.at(-1)!;
}

describe.each(Object.entries(sourceTables))('the %s status/KPI table of the sources', (machine, rows) => {
  it.each(rows)('row "$row": log $logStatus, Success % $successEffect', ({ scenario, logStatus, successEffect }) => {
    const step = lastStep(machine, scenario);
    expect(step.logStatus).toBe(logStatus);
    expect(step.successEffect).toBe(successEffect);
  });

  it('has a scenario, marked as a table row, for every row and no other', () => {
    const tableScenarios = [...scenarios.values()]
      .filter((scenario) => scenario.table === 'reporting' && scenario.machines.includes(machine))
      .sort((a, b) => a.order - b.order)
      .map((scenario) => scenario.id);
    expect(tableScenarios).toEqual(rows.map((row) => row.scenario));
  });
});

describe('decisions where the sources disagree', () => {
  it('keeps Success % unchanged and the log at "Sent" when a retry succeeds without EFS (the malformed v7 row)', () => {
    // The v7 row carries the EFS cells "Success increases | Sent" as well; its prose says "remains the same".
    const steps = replay('enhancedMtaReporting', [
      { type: 'mta.accepted' },
      { type: 'feedback.softBounce', reason: 'mailboxFull' },
      { type: 'retry.succeeded' },
    ]);
    expect(steps.ok && steps.steps.map((step) => [step.logStatus, step.successEffect])).toEqual([
      ['pending', null],
      ['sent', 'startsAt100'],
      ['sent', 'unchanged'],
      ['sent', 'unchanged'],
    ]);
  });

  it('moves an expired message from "Taken into account by the service provider" to "Failed" under EFS, not from "Sent"', () => {
    const result = replay('emailFeedbackService', [
      { type: 'mta.accepted' },
      { type: 'feedback.softBounce', reason: 'mailboxFull' },
      { type: 'clock.advanced', hours: 84 },
    ]);
    expect(result.ok).toBe(true);
    const [, , beforeExpiry, expired] = result.steps;
    expect(beforeExpiry?.logStatus).toBe('takenIntoAccount');
    expect(expired?.logStatus).toBe('failed');
    expect(expired?.context['expired']).toBe(true);
  });

  it('moves an expired message from "Sent" to "Failed" with Enhanced MTA reporting, as the v7 page says', () => {
    const result = replay('enhancedMtaReporting', [
      { type: 'mta.accepted' },
      { type: 'feedback.softBounce', reason: 'mailboxFull' },
      { type: 'clock.advanced', hours: 84 },
    ]);
    expect(result.steps.slice(-2).map((step) => step.logStatus)).toEqual(['sent', 'failed']);
    expect(result.steps.at(-1)?.successEffect).toBe('decreases');
  });
});
