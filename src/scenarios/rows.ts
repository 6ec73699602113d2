/**
 * Scenario rows for tables: each scenario replayed through a machine, reduced to its last step.
 * Pure, so tests can check pages' tables against the sources without a build.
 */
import { replay, type StepView } from '../machines/index.ts';
import type { Scenario } from './schema.ts';

export interface ScenarioRow {
  readonly scenario: Scenario;
  readonly last: StepView;
}

/** The rows of a source table ("reporting") for one machine, in the sources' order. */
export function tableRows(scenarios: readonly Scenario[], machine: string, table = 'reporting'): ScenarioRow[] {
  return scenarios
    .filter((scenario) => scenario.table === table && scenario.machines.includes(machine))
    .sort((a, b) => a.order - b.order)
    .map((scenario) => {
      const result = replay(machine, scenario.events, scenario.input);
      if (!result.ok) throw new Error(`Scenario ${scenario.id} does not replay on ${machine}: ${result.error.message}`);
      return { scenario, last: result.steps.at(-1)! };
    });
}
