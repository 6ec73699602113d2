/**
 * Replays events through one machine and reports what a reader would see at every step; serialises a
 * machine's definition as JSON. Nothing here throws on bad input: every problem comes back as a typed
 * `SpecError`.
 */
import { type AnyMachineSnapshot, type AnyStateMachine, initialTransition, transition } from 'xstate';
import { candidateEvents, isKnownEventType, payloadProblem, type SpecEvent, type SpecEventType } from './events.ts';
import type { FailureReasonId, FailureType } from './failureReasons.ts';
import { type InputCheck, isMachineId, type MachineId, machines } from './registry.ts';
import {
  type ConflictId,
  type LogStatus,
  type ReportingMeta,
  type SuccessCount,
  type SuccessEffect,
  successEffect,
} from './reporting.ts';
import { quoted, snapshotList, snapshotRecord } from './untrusted.ts';

export type SpecErrorCode =
  | 'unknownMachine'
  | 'invalidInput'
  | 'malformedSteps'
  | 'unknownEvent'
  | 'invalidPayload'
  | 'eventNotAccepted';

export interface SpecError {
  readonly code: SpecErrorCode;
  /** An English sentence naming the problem, for developers; pages localize from `code`. */
  readonly message: string;
  /** Index of the offending event in the list, when the problem is one event. */
  readonly index?: number;
  readonly eventType?: string;
  readonly field?: string;
}

/** What a reader sees after one step. */
export interface StepView {
  /** 0 is the initial state; step n follows the n-th event. */
  readonly index: number;
  readonly event: SpecEvent | null;
  /** Active leaf states, as dotted paths (one per region of a parallel machine). */
  readonly states: readonly string[];
  /** The meta of every active state node, merged (delivery-log status, stage, MTA queue…). */
  readonly meta: Readonly<Record<string, unknown>>;
  readonly logStatus: LogStatus | null;
  readonly success: SuccessCount | null;
  readonly successEffect: SuccessEffect | null;
  readonly failure: { readonly reason: FailureReasonId; readonly type: FailureType } | null;
  readonly context: Readonly<Record<string, unknown>>;
  /** Event types this step accepts next. */
  readonly accepts: readonly SpecEventType[];
  /** Every concrete event this step accepts next (one per accepted reason): what a playground offers. */
  readonly choices: readonly SpecEvent[];
  /** Conflicts between Adobe's pages that this step's display takes a side on (facts-extended "Conflicts"). */
  readonly decisions: readonly ConflictId[];
  readonly done: boolean;
}

export type ReplayResult =
  | { readonly ok: true; readonly machine: MachineId; readonly steps: readonly StepView[] }
  | {
      readonly ok: false;
      readonly machine: MachineId | null;
      /** The steps that did replay, so a page can stop at the last valid one. */
      readonly steps: readonly StepView[];
      readonly error: SpecError;
    };

/**
 * The most steps a history can hold: the one limit shared by replays, links and the playgrounds. It
 * guards against lists no reader could have made by hand (and against denial of service).
 */
export const MAX_REPLAY_EVENTS = 500;

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An XState state value (a state's key, or an object of regions) as dotted leaf paths. */
function leafPaths(value: unknown, prefix: string[] = []): string[] {
  if (typeof value === 'string') return [[...prefix, value].join('.')];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => leafPaths(child, [...prefix, key]));
}

function mergedMeta(snapshot: AnyMachineSnapshot): Record<string, unknown> {
  // Every state's meta in this specification is an object.
  return Object.assign({}, ...Object.values(snapshot.getMeta()));
}

function reportingOf(meta: Readonly<Record<string, unknown>>): ReportingMeta | undefined {
  return typeof meta['logStatus'] === 'string' ? (meta as unknown as ReportingMeta) : undefined;
}

function failureOf(context: Readonly<Record<string, unknown>>): StepView['failure'] {
  const candidate = context['failure'] ?? context['qualification'];
  if (!isRecord(candidate)) return null;
  return { reason: candidate['reason'] as FailureReasonId, type: candidate['type'] as FailureType };
}

// Stryker disable all: which types to try is an optimisation; `snapshot.can` below decides what is accepted.
/** Event types some active state node (a leaf or one of its ancestors) has a transition for. */
function handledTypes(machine: AnyStateMachine, snapshot: AnyMachineSnapshot): Set<string> {
  const types = new Set<string>();
  for (const path of leafPaths(snapshot.value)) {
    let node: AnyStateMachine['root'] | undefined = machine.root;
    for (const key of path.split('.')) {
      for (const type of node.transitions.keys()) types.add(type);
      node = node.states[key];
      if (!node) break;
    }
    if (node) for (const type of node.transitions.keys()) types.add(type);
  }
  return types;
}

/** The concrete events (one per accepted reason) the snapshot accepts now: what a playground offers. */
export function acceptedChoices(machine: AnyStateMachine, snapshot: AnyMachineSnapshot): SpecEvent[] {
  if (snapshot.status !== 'active') return [];
  const handled = handledTypes(machine, snapshot);
  return machine.root.events
    .filter((type) => handled.has(type))
    .filter(isKnownEventType)
    .flatMap((type) => candidateEvents(type).filter((event) => snapshot.can(event as never)));
}
// Stryker restore all

/** Event types the snapshot accepts now with at least one payload. */
export function acceptedEvents(machine: AnyStateMachine, snapshot: AnyMachineSnapshot): SpecEventType[] {
  return [...new Set(acceptedChoices(machine, snapshot).map((event) => event.type as SpecEventType))];
}

function view(
  machine: AnyStateMachine,
  snapshot: AnyMachineSnapshot,
  index: number,
  event: SpecEvent | null,
  before: StepView | undefined,
): StepView {
  const meta = mergedMeta(snapshot);
  const reporting = reportingOf(meta);
  const previous = before ? reportingOf(before.meta) : undefined;
  // What the step accepts is asked of the machine only when read: a long replay shows one step at a time.
  let choices: SpecEvent[] | undefined;
  const choicesNow = () => {
    choices ??= acceptedChoices(machine, snapshot);
    return choices;
  };
  return {
    index,
    event,
    states: leafPaths(snapshot.value),
    meta,
    logStatus: reporting?.logStatus ?? null,
    success: reporting?.success ?? null,
    successEffect: reporting && previous ? successEffect(previous, reporting) : null,
    failure: failureOf(snapshot.context ?? {}),
    context: { ...snapshot.context },
    get accepts() {
      return [...new Set(choicesNow().map((choice) => choice.type as SpecEventType))];
    },
    get choices() {
      return choicesNow();
    },
    decisions: decisionsOf(reporting, previous, snapshot.context ?? {}),
    done: snapshot.status === 'done',
  };
}

/** The conflicts a step's display decides: its state's own, and those of how it got there. */
function decisionsOf(
  reporting: ReportingMeta | undefined,
  previous: ReportingMeta | undefined,
  context: Readonly<Record<string, unknown>>,
): ConflictId[] {
  const decisions = [...(reporting?.decisions ?? [])];
  // C3: the sources say an expired message goes "from Sent to Failed"; under EFS it was Taken into account.
  // Stryker disable next-line OptionalChaining: only step 0 has no previous step, and nothing has expired there
  if (context['expired'] === true && previous?.logStatus === 'takenIntoAccount') decisions.push('C3');
  // C5 (which reason a complaint gets) and C6 (Adobe calls the flip to Failed a bug).
  if (context['complaint'] === true) decisions.push('C5', 'C6');
  return decisions;
}

/** Checks a snapshot of an untrusted event (see `snapshotRecord`); returns the error or null. */
function eventProblem(candidate: Readonly<Record<string, unknown>> | null, index: number): SpecError | null {
  if (candidate === null || typeof candidate['type'] !== 'string') {
    return { code: 'malformedSteps', message: `Event ${index + 1} is not an object with a "type".`, index };
  }
  const type = candidate['type'];
  if (!isKnownEventType(type)) {
    return {
      code: 'unknownEvent',
      message: `Event ${index + 1} has an unknown type.`,
      index,
      eventType: type.slice(0, 64),
    };
  }
  const field = payloadProblem(type, candidate);
  if (field !== null) {
    return {
      code: 'invalidPayload',
      message: `Event ${index + 1} (${type}) has a missing, malformed or unexpected "${field.slice(0, 64)}".`,
      index,
      eventType: type,
      field: field.slice(0, 64),
    };
  }
  return null;
}

/**
 * Replays `events` through one machine and returns every step a reader would see. On the first
 * problem it stops and returns the steps that did replay with an error naming the problem.
 */
export function replay(machineId: unknown, events: unknown, input: unknown = {}): ReplayResult {
  if (!isMachineId(machineId)) {
    return {
      ok: false,
      machine: null,
      steps: [],
      error: { code: 'unknownMachine', message: `There is no machine named "${quoted(machineId)}".` },
    };
  }
  const { machine, checkInput } = machines[machineId] as { machine: AnyStateMachine; checkInput: InputCheck };
  // The input and every event are copied once, checked, and only the copies reach the machine.
  const inputCopy = snapshotRecord(input);
  const badInput = inputCopy ? checkInput(inputCopy) : 'input';
  if (badInput !== null) {
    return {
      ok: false,
      machine: machineId,
      steps: [],
      error: {
        code: 'invalidInput',
        message: `The machine's input has a bad "${badInput.slice(0, 64)}".`,
        field: badInput.slice(0, 64),
      },
    };
  }
  let [snapshot] = initialTransition(machine, { ...inputCopy });
  const steps: StepView[] = [view(machine, snapshot, 0, null, undefined)];
  const fail = (error: SpecError): ReplayResult => ({ ok: false, machine: machineId, steps, error });

  const list = snapshotList(events, MAX_REPLAY_EVENTS);
  if (list === null) {
    return fail({ code: 'malformedSteps', message: 'Events must be a list.' });
  }
  if (list === 'tooLong') {
    return fail({ code: 'malformedSteps', message: `At most ${MAX_REPLAY_EVENTS} events can be replayed.` });
  }
  for (const [index, candidate] of list.entries()) {
    const copy = snapshotRecord(candidate);
    const problem = eventProblem(copy, index);
    if (problem) return fail(problem);
    const event = { ...copy } as SpecEvent;
    // Stryker disable next-line ConditionalExpression: a finished machine accepts no event either
    if (snapshot.status !== 'active' || !snapshot.can(event)) {
      return fail({
        code: 'eventNotAccepted',
        message: `Event ${index + 1} (${event.type}) is not accepted in state ${leafPaths(snapshot.value).join(', ')}.`,
        index,
        eventType: event.type,
      });
    }
    [snapshot] = transition(machine, snapshot, event);
    steps.push(view(machine, snapshot, index + 1, event, steps.at(-1)));
  }
  return { ok: true, machine: machineId, steps };
}

/** A machine's definition as plain JSON (states, transitions, meta), for tools and diagrams. */
export function describeMachine(
  machineId: unknown,
): { ok: true; definition: unknown } | { ok: false; error: SpecError } {
  if (!isMachineId(machineId)) {
    return {
      ok: false,
      error: { code: 'unknownMachine', message: `There is no machine named "${quoted(machineId)}".` },
    };
  }
  return { ok: true, definition: JSON.parse(JSON.stringify(machines[machineId].machine.toJSON())) };
}
