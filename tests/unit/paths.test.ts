/** Shortest event paths: the status explainer's links to "the playground at this state". */
import { describe, expect, it } from 'vitest';
import { eventCatalogue, machineIds, machines, replay, type SpecEventType, sampleEvent } from '~/machines/index.ts';
import { shortestEventPaths } from '~/machines/paths.ts';

/** The key shortestEventPaths uses for a step: the leaf state, or the parallel value as JSON. */
const keyOf = (states: readonly string[]) =>
  states.length === 1 ? states[0]! : JSON.stringify(Object.fromEntries(states.map((s) => s.split('.'))));

describe('the shortest way to each state', () => {
  it.each(machineIds)('gives paths for %s that each replay to the state they are listed under', (id) => {
    const paths = shortestEventPaths(id);
    expect(paths.size).toBeGreaterThan(2);
    for (const [state, events] of paths) {
      const result = replay(id, events);
      expect(result.ok).toBe(true);
      expect(keyOf(result.steps.at(-1)!.states)).toBe(state);
    }
  });

  it.each(machineIds.filter((id) => id !== 'delivery'))('reaches every state of %s', (id) => {
    const states = Object.keys(machines[id].machine.root.states);
    expect([...shortestEventPaths(id).keys()].sort()).toEqual(states.sort());
  });

  it('reaches every leaf state of both regions of the delivery', () => {
    const { root } = machines.delivery.machine;
    const leaves = Object.entries(root.states).flatMap(([region, node]) =>
      Object.keys(node.states).map((leaf) => `${region}.${leaf}`),
    );
    const reached = new Set(
      [...shortestEventPaths('delivery').values()].flatMap((events) => replay('delivery', events).steps.at(-1)!.states),
    );
    expect([...reached].sort()).toEqual(leaves.sort());
  });

  it('reaches every combination of delivery states that a breadth-first replay of every event reaches', () => {
    // An independent search: replay() with one sample of each event of the catalogue.
    const samples = Object.keys(eventCatalogue).map((type) => sampleEvent(type as SpecEventType));
    const seen = new Map<string, unknown[]>([[keyOf(replay('delivery', []).steps[0]!.states), []]]);
    const queue = [...seen.values()];
    while (queue.length > 0) {
      const events = queue.shift()!;
      for (const event of samples) {
        const result = replay('delivery', [...events, event]);
        if (!result.ok) continue;
        const key = keyOf(result.steps.at(-1)!.states);
        if (seen.has(key)) continue;
        seen.set(key, [...events, event]);
        queue.push([...events, event]);
      }
    }
    expect([...shortestEventPaths('delivery').keys()].sort()).toEqual([...seen.keys()].sort());
    // Same length: both are shortest.
    for (const [key, events] of seen) expect(shortestEventPaths('delivery').get(key)).toHaveLength(events.length);
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
