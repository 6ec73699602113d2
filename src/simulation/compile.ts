/**
 * A transition table compiled from a message machine, for simulating many messages quickly. The table
 * is built by asking the machine itself (xstate's `transition`) what every reachable state does with
 * every event of the simulation's alphabet: nothing about the lifecycle is restated here.
 *
 * Time is quantised to whole hours: the clock event of the alphabet is "one hour passes". A state is
 * keyed by what can change the machine's future or what a reader sees (state, hours in the MTA while
 * it still holds the message, failure, expiry); time after delivery counts only while a bounce email
 * may still come.
 */
import { type AnyMachineSnapshot, type AnyStateMachine, initialTransition, transition } from 'xstate';
import {
  ASYNC_BOUNCE_WINDOW_HOURS,
  type LogStatus,
  logStatuses,
  type ReportingMeta,
  type SpecEvent,
} from '../machines/index.ts';

/** The events a simulated message can meet, in table order. */
export const alphabet = [
  { type: 'mta.accepted' },
  { type: 'mta.delivered' },
  { type: 'feedback.hardBounce', reason: 'userUnknown' },
  { type: 'feedback.softBounce', reason: 'mailboxFull' },
  { type: 'retry.succeeded' },
  { type: 'retry.failed' },
  { type: 'feedback.asyncBounce', reason: 'userUnknown' },
  { type: 'clock.advanced', hours: 1 },
] as const satisfies readonly SpecEvent[];

export const EVENT = {
  accepted: 0,
  delivered: 1,
  hardBounce: 2,
  softBounce: 3,
  retrySucceeded: 4,
  retryFailed: 5,
  asyncBounce: 6,
  tick: 7,
} as const;
export const ALPHABET_SIZE = alphabet.length;

export const statusCodes: readonly LogStatus[] = logStatuses;

export interface CompiledMachine {
  /** next[state * ALPHABET_SIZE + event]: the next state, or -1 where the machine refuses the event. */
  readonly next: Int32Array;
  /** Index into `statusCodes` of each state's delivery-log status. */
  readonly status: Uint8Array;
  /** 1 where the state counts toward Success %. */
  readonly counted: Uint8Array;
  /**
   * 1 where time alone never changes what a reader sees from this state on (a delivered message while
   * bounce emails may still come, a final state): a life with no event left can stop there.
   */
  readonly quiet: Uint8Array;
  /** The machine's own snapshot for each compiled state (for tests and explanations). */
  readonly snapshots: readonly AnyMachineSnapshot[];
}

function keyOf(snapshot: AnyMachineSnapshot): string {
  const { elapsedHours, failure, expired, complaint } = snapshot.context;
  const queued = snapshot.matches('awaitingDelivery') || snapshot.matches('retrying');
  // After delivery the clock matters only while a bounce email may still arrive.
  const clock = queued
    ? elapsedHours
    : snapshot.matches('delivered')
      ? Math.min(elapsedHours, ASYNC_BOUNCE_WINDOW_HOURS + 1)
      : null;
  return JSON.stringify([snapshot.value, snapshot.status, clock, failure, expired, complaint]);
}

function reportingOf(snapshot: AnyMachineSnapshot): ReportingMeta {
  return Object.assign({}, ...Object.values(snapshot.getMeta())) as ReportingMeta;
}

export function compileMessageMachine(
  machine: AnyStateMachine,
  input: { validitySettingHours: number },
): CompiledMachine {
  const [initial] = initialTransition(machine, input);
  const snapshots: AnyMachineSnapshot[] = [initial];
  const ids = new Map<string, number>([[keyOf(initial), 0]]);
  const next: number[] = [];
  for (let state = 0; state < snapshots.length; state++) {
    const snapshot = snapshots[state]!;
    for (const event of alphabet) {
      if (snapshot.status !== 'active' || !snapshot.can(event)) {
        next.push(-1);
        continue;
      }
      const [after] = transition(machine, snapshot, event);
      const key = keyOf(after);
      let id = ids.get(key);
      if (id === undefined) {
        id = snapshots.length;
        ids.set(key, id);
        snapshots.push(after);
      }
      next.push(id);
    }
  }
  const reporting = snapshots.map(reportingOf);
  const table = Int32Array.from(next);
  const status = Uint8Array.from(reporting.map((r) => statusCodes.indexOf(r.logStatus)));
  const counted = Uint8Array.from(reporting.map((r) => (r.success === 'counted' ? 1 : 0)));
  return { next: table, status, counted, quiet: quietStates(table, status, counted), snapshots };
}

/** States from which the clock alone never changes the status or the count (see `quiet`). */
function quietStates(next: Int32Array, status: Uint8Array, counted: Uint8Array): Uint8Array {
  const quiet = new Uint8Array(status.length);
  const known = new Uint8Array(status.length);
  for (let start = 0; start < status.length; start++) {
    // Follow the clock from `start` until it stops, meets a visible change, or a state already settled.
    const chain: number[] = [];
    let state = start;
    let result = 1;
    while (!known[state]) {
      chain.push(state);
      const ticked = next[state * ALPHABET_SIZE + EVENT.tick]!;
      if (ticked < 0 || ticked === state) break;
      if (status[ticked] !== status[state] || counted[ticked] !== counted[state]) {
        result = 0;
        break;
      }
      state = ticked;
    }
    if (known[state] && !chain.includes(state)) result = quiet[state]!;
    for (const s of chain) {
      quiet[s] = result;
      known[s] = 1;
    }
  }
  return quiet;
}
