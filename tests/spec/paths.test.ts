/** Shortest event paths: the status explainer's links to "the playground at this state". */
import { describe, expect, it } from 'vitest';
import { machineIds, machines, replay } from '~/spec/index.ts';
import { shortestEventPaths } from '~/spec/paths.ts';

describe('the shortest way to each state', () => {
  it.each(machineIds)('reaches every state of %s, and each path replays to its state', (id) => {
    const paths = shortestEventPaths(id);
    const topLevel = Object.keys(machines[id].machine.root.states);
    for (const [state, events] of paths) {
      const last = replay(id, events).steps.at(-1)!;
      const value =
        last.states.length === 1
          ? last.states[0]
          : JSON.stringify(Object.fromEntries(last.states.map((s) => s.split('.'))));
      expect(value).toBe(state);
    }
    if (id !== 'delivery') expect([...paths.keys()].sort()).toEqual([...topLevel].sort());
  });

  it('with a reason chosen, reaches "Failed" through a bounce that carries that reason', () => {
    for (const reason of ['invalidDomain', 'userUnknown', 'refused'] as const) {
      const events = shortestEventPaths('emailFeedbackService', reason).get('failed')!;
      const last = replay('emailFeedbackService', events).steps.at(-1)!;
      expect(last.logStatus).toBe('failed');
      expect(last.failure?.reason).toBe(reason);
    }
  });
});
