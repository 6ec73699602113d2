/**
 * The shortest list of events that brings a machine to each of its states, found with xstate's graph
 * utilities. Used to link to "the playground at this state" and by the status explainer.
 */
import type { AnyMachineSnapshot } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { candidateEvents, eventCatalogue, type SpecEvent, type SpecEventType } from './events.ts';
import type { FailureReasonId } from './failureReasons.ts';
import { type MachineId, machines } from './registry.ts';

/** Clock steps worth trying: an hour, the 3.5-day cap, the asynchronous-bounce week, the 10- and 30-day resets. */
const clockSteps = [1, 84, 168, 241, 721];

/** Server replies and bounce-email rules tried: accepted, hard, soft, and an auto-reply. */
const sampleFreeText: readonly SpecEvent[] = [
  { type: 'smtp.replied', reply: '250 2.0.0 OK' },
  { type: 'smtp.replied', reply: '550 5.1.1 user unknown' },
  { type: 'smtp.replied', reply: '452 4.2.2 mailbox full' },
  { type: 'bounceMail.received', rule: 'Momen_Code60_AutoReply' },
];

/**
 * Events tried when searching paths: every event of the catalogue, with every reason for events that
 * carry one. With a reason chosen, only events that carry that reason (or none) are tried, and the
 * clock is left out, so every path to a failure shows that reason.
 */
function searchEvents(reason: FailureReasonId | undefined): SpecEvent[] {
  return (Object.keys(eventCatalogue) as SpecEventType[]).flatMap((type): SpecEvent[] => {
    if (type === 'clock.advanced') return reason ? [] : clockSteps.map((hours) => ({ type, hours }));
    if (type === 'smtp.replied' || type === 'bounceMail.received') {
      return sampleFreeText.filter((event) => event.type === type);
    }
    const candidates = candidateEvents(type);
    return reason
      ? candidates.filter((event) => event['reason'] === undefined || event['reason'] === reason)
      : candidates;
  });
}

const leaf = (snapshot: AnyMachineSnapshot): string =>
  typeof snapshot.value === 'string' ? snapshot.value : JSON.stringify(snapshot.value);

/**
 * For each state (its value, as a string) the shortest event list reaching it. With a reason, bounce
 * events carry it, so the path shows that reason where the lifecycle allows it.
 */
export function shortestEventPaths(machineId: MachineId, reason?: FailureReasonId): Map<string, SpecEvent[]> {
  const { machine } = machines[machineId];
  const all = searchEvents(reason);
  const paths = getShortestPaths(machine, {
    events: (snapshot: AnyMachineSnapshot) => all.filter((event) => snapshot.can(event as never)),
    serializeState: (snapshot: AnyMachineSnapshot) => leaf(snapshot),
  } as never) as unknown as { state: AnyMachineSnapshot; steps: { event: SpecEvent }[] }[];
  const result = new Map<string, SpecEvent[]>();
  for (const path of paths) {
    result.set(
      leaf(path.state),
      path.steps.map((step) => step.event).filter((event) => event.type !== 'xstate.init'),
    );
  }
  return result;
}
