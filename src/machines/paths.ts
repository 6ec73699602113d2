/**
 * The shortest list of events that brings a machine to each of its states, found with xstate's graph
 * utilities. Used to link to "the playground at this state" and by the status explainer.
 */
import type { AnyMachineSnapshot } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import type { SpecEvent } from './events.ts';
import type { FailureReasonId, FailureType } from './failureReasons.ts';
import { failureReasons } from './failureReasons.ts';
import { type MachineId, machines } from './registry.ts';

/** Events tried when searching paths: one sample of each kind, plus the clock's big step. */
function candidateEvents(reason: FailureReasonId | undefined): SpecEvent[] {
  const types: readonly FailureType[] = reason ? failureReasons[reason].types : ['hard', 'soft'];
  // With a reason chosen, only bounces that can carry it are tried, so every path shows that reason.
  const hard: SpecEvent[] = types.includes('hard')
    ? [
        { type: 'feedback.hardBounce', reason: reason ?? 'userUnknown' },
        { type: 'feedback.asyncBounce', reason: reason ?? 'userUnknown' },
      ]
    : [];
  const soft: SpecEvent[] = types.includes('soft')
    ? [{ type: 'feedback.softBounce', reason: reason ?? 'mailboxFull' }]
    : [];
  return [
    { type: 'mta.accepted' },
    { type: 'mta.delivered' },
    ...hard,
    ...soft,
    { type: 'retry.succeeded' },
    { type: 'retry.failed' },
    // Expiry keeps the last soft reason; with a reason chosen, paths reach Failed through bounces.
    ...(reason ? [] : [{ type: 'clock.advanced', hours: 84 }]),
    { type: 'smtp.replied', reply: '250 2.0.0 OK' },
    { type: 'smtp.replied', reply: '550 5.1.1 user unknown' },
    { type: 'smtp.replied', reply: '452 4.2.2 mailbox full' },
    { type: 'bounceMail.received', rule: 'Momen_Code60_AutoReply' },
    ...[
      'analysis.started',
      'analysis.succeeded',
      'analysis.failed',
      'delivery.confirmed',
      'delivery.scheduled',
      'schedule.reached',
      'wave.handedOver',
      'delivery.stopped',
      'mta.queueDrained',
      'upgrade.started',
      'api.called',
      'upgrade.completed',
      'issue.detected',
      'upgrade.resumed',
      'monitoring.completed',
    ].map((type) => ({ type })),
  ];
}

const leaf = (snapshot: AnyMachineSnapshot): string =>
  typeof snapshot.value === 'string' ? snapshot.value : JSON.stringify(snapshot.value);

/**
 * For each state (its value, as a string) the shortest event list reaching it. With a reason, bounce
 * events carry it, so the path shows that reason where the lifecycle allows it.
 */
export function shortestEventPaths(machineId: MachineId, reason?: FailureReasonId): Map<string, SpecEvent[]> {
  const { machine } = machines[machineId];
  const all = candidateEvents(reason);
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
