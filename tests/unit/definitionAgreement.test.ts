/**
 * The published definition (describeMachine's JSON) and the replay agree: in every reachable state,
 * every event the replay accepts is listed in the JSON for that state, and every event the JSON lists
 * for a state is accepted by the replay in at least one reachable situation of that state (guards may
 * refuse it in others: the validity not yet over, a week not yet passed).
 */
import { describe, expect, it } from 'vitest';
import { type AnyMachineSnapshot, initialTransition, transition } from 'xstate';
import {
  acceptedEvents,
  candidateEvents,
  describeMachine,
  eventCatalogue,
  failureReasonIds,
  machineIds,
  machines,
  reasonsFor,
  replay,
  type SpecEvent,
  type SpecEventType,
} from '~/machines/index.ts';

interface JsonNode {
  readonly states: Readonly<Record<string, JsonNode>>;
  readonly on: Readonly<Record<string, unknown>>;
}

/** Event types the JSON lists for the active leaf and its ancestors. */
function listedTypes(root: JsonNode, leafPath: string): Set<string> {
  const types = new Set(Object.keys(root.on));
  let node: JsonNode | undefined = root;
  for (const key of leafPath.split('.')) {
    node = node?.states[key];
    for (const type of Object.keys(node?.on ?? {})) types.add(type);
  }
  return types;
}

function leafPaths(value: unknown, prefix: string[] = []): string[] {
  if (typeof value === 'string') return [[...prefix, value].join('.')];
  return Object.entries(value as object).flatMap(([key, child]) => leafPaths(child, [...prefix, key]));
}

/** A few payloads per event type: two reasons where an event carries one, and telling clock steps. */
const tries: SpecEvent[] = (Object.keys(eventCatalogue) as SpecEventType[]).flatMap((type) => {
  if (type === 'clock.advanced') return [24, 84, 169, 241, 720].map((hours) => ({ type, hours }));
  const candidates = candidateEvents(type);
  return [candidates[0]!, candidates.at(-1)!, ...candidates.filter((event) => event['reason'] === 'mailboxFull')];
});

const inputs: Record<string, unknown> = { enhancedMtaReporting: { validitySettingHours: 120 } };

describe.each(machineIds)('the %s definition and its replay', (id) => {
  const { machine } = machines[id];
  const described = describeMachine(id);
  const root = (described.ok ? described.definition : null) as JsonNode;
  const input = inputs[id] ?? (id === 'emailFeedbackService' ? { validitySettingHours: 120 } : {});

  // Breadth-first over reachable situations (state and context), bounded in count, not in time.
  const [initial] = initialTransition(machine, input);
  const seen = new Map<string, { snapshot: AnyMachineSnapshot; events: SpecEvent[] }>();
  const queue = [{ snapshot: initial, events: [] as SpecEvent[] }];
  seen.set(JSON.stringify([initial.value, initial.context]), queue[0]!);
  while (queue.length > 0 && seen.size < 4000) {
    const { snapshot, events } = queue.shift()!;
    if (snapshot.status !== 'active' || events.length >= 12) continue;
    for (const event of tries) {
      if (!snapshot.can(event as never)) continue;
      const [next] = transition(machine, snapshot, event as never);
      const key = JSON.stringify([next.value, next.context]);
      if (seen.has(key)) continue;
      const entry = { snapshot: next, events: [...events, event] };
      seen.set(key, entry);
      queue.push(entry);
    }
  }

  it('refuses by itself, in every reachable situation, a reason its event does not carry (no replay in between)', () => {
    const misfits = (Object.keys(eventCatalogue) as SpecEventType[]).flatMap((type) => {
      const fitting = reasonsFor(type);
      if (fitting.length === 0) return [];
      return failureReasonIds.filter((reason) => !fitting.includes(reason)).map((reason) => ({ type, reason }));
    });
    // One situation per state is enough: the reason guards read the event, not the context.
    const perState = new Map([...seen.values()].map(({ snapshot }) => [JSON.stringify(snapshot.value), snapshot]));
    for (const snapshot of perState.values())
      for (const event of misfits) expect(snapshot.can(event as never), `${event.type} ${event.reason}`).toBe(false);
  });

  it('accepts, in every reachable situation, only events the JSON lists for that state', () => {
    for (const { snapshot } of seen.values()) {
      const listed = new Set(leafPaths(snapshot.value).flatMap((leaf) => [...listedTypes(root, leaf)]));
      const accepted = acceptedEvents(machine, snapshot);
      for (const type of accepted) expect(listed, `${JSON.stringify(snapshot.value)}`).toContain(type);
      // And it is exactly what XState's own `can` accepts among every event the catalogue can form.
      const canTake = new Set(tries.filter((event) => snapshot.can(event as never)).map((event) => event.type));
      expect(new Set(accepted), `${JSON.stringify(snapshot.value)}`).toEqual(canTake);
    }
  });

  it('accepts every event the JSON lists for a state in at least one reachable situation of it, and replays it', () => {
    const acceptedSomewhere = new Map<string, Set<string>>();
    const witness = new Map<string, SpecEvent[]>();
    for (const { snapshot, events } of seen.values()) {
      for (const leaf of leafPaths(snapshot.value)) {
        const set = acceptedSomewhere.get(leaf) ?? new Set<string>();
        for (const choice of tries.filter((event) => snapshot.can(event as never))) {
          if (!listedTypes(root, leaf).has(choice.type)) continue;
          set.add(choice.type);
          witness.set(`${leaf} ${choice.type}`, [...events, choice]);
        }
        acceptedSomewhere.set(leaf, set);
      }
    }
    for (const [leaf, accepted] of acceptedSomewhere) {
      const listed = [...listedTypes(root, leaf)].filter((type) => type in eventCatalogue);
      expect(accepted, leaf).toEqual(new Set(listed));
      for (const type of listed) expect(replay(id, witness.get(`${leaf} ${type}`)!, input).ok).toBe(true);
    }
  });
});
