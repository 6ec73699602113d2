/**
 * "What happened to my message?": from what a reader sees to every way the specification explains it.
 *
 * The message machines' paths are enumerated with `getShortestPaths` of xstate/graph (one per distinct
 * snapshot), over a finite set
 * of events: every event of the message lifecycle, with every reason (or only the reader's reason), and
 * the clock limited to the moments that matter (the effective validity, and the time the reader gave).
 * Each path is then carried forward to "now" (the reader's elapsed time), replayed through `replay`, and
 * kept when its last step shows what the reader sees. The delivery and address machines are asked only
 * when the reader says what the delivery or the address shows, and must agree with the message's story.
 *
 * Ranking rule (stated on the page): the story whose last visible change happened closest to the time
 * the reader gave comes first; then the story with fewer events; then the order of the spec's events.
 */
import type { AnyMachineSnapshot } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import {
  type AddressStatus,
  CAMPAIGN_DEFAULT_VALIDITY_HOURS,
  candidateEvents,
  type EditionId,
  editionIds,
  effectiveValidityHours,
  eventCatalogue,
  type FailureReasonId,
  type FailureType,
  isSettingIgnored,
  type LogStatus,
  MAX_CLOCK_ADVANCE_HOURS,
  type MachineId,
  machines,
  replay,
  type SpecEvent,
  type SpecEventType,
  type StepView,
  type SuccessEffect,
} from '../machines/index.ts';
import { shortestEventPaths } from '../machines/paths.ts';
import type { DeliveryStatusChoice, DiagnosisInputs, InputField, SuccessMove } from './inputs.ts';

/** The kinds of story a message can have told; each has its own explanation and advice. */
export const storyKinds = [
  'pending',
  'excluded',
  'canceled',
  'awaitingDelivery',
  'retrying',
  'delivered',
  'hardBounce',
  'expired',
  'asyncBounce',
  'complaint',
] as const;
export type StoryKind = (typeof storyKinds)[number];

/** The facts (facts-extended IDs, facts.md sections, decisions) each kind of story rests on. */
export const storyFacts: Readonly<Record<StoryKind, readonly string[]>> = {
  pending: ['1.4'],
  excluded: ['1.2', '1.18', '1.19', '1.20', '6.5'],
  canceled: ['1.15', '1.16', '1.6'],
  awaitingDelivery: ['1.7', '1.13', '2.10', 'C2'],
  retrying: ['1.12', '5.1', '5.3', '5.4'],
  delivered: ['1.1', '2.10'],
  hardBounce: ['6.2', '4.2'],
  expired: ['5.1', '5.2', '5.3', 'C3'],
  asyncBounce: ['facts.md §1'],
  complaint: ['3.1', '3.5', '2.7', 'C5', 'C6'],
};

export interface PathLink {
  readonly machine: MachineId;
  readonly events: readonly SpecEvent[];
  readonly input: Readonly<Record<string, unknown>>;
}

export interface Answer {
  readonly edition: EditionId;
  readonly kind: StoryKind;
  /** The message's story, as events replayable through `replay` (and a playground link). */
  readonly message: PathLink;
  /** What the delivery went through, when the reader said what the delivery shows. */
  readonly delivery?: PathLink;
  /** What the address went through, when the reader said what the address shows. */
  readonly address?: PathLink;
  /** What the log shows at the end of the story. */
  readonly logStatus: LogStatus;
  readonly failure: { readonly reason: FailureReasonId; readonly type: FailureType } | null;
  /** Other reasons the same kind of story can leave on the log, given what the reader sees. */
  readonly otherReasons: readonly FailureReasonId[];
  /** The last way the story moved Success %. */
  readonly successEffect: SuccessEffect | null;
  /** Hours after sending when the log last changed. */
  readonly changedAtHours: number;
  /** What can still happen to the message (event types); empty when its story is over. */
  readonly next: readonly SpecEventType[];
  readonly facts: readonly string[];
}

export type Hint =
  /** The reader chose v7 reporting, but only the Email Feedback Service shows that status (1.8, C2). */
  | 'statusMeansEfs'
  /** The reader does not know the edition: how to tell. */
  | 'howToTell'
  /** The validity setting is longer than the Enhanced MTA's 3.5-day cap (5.1, 5.3). */
  | 'settingCapped';

export interface Diagnosis {
  readonly inputs: DiagnosisInputs;
  /** Answers per edition, best first. */
  readonly byEdition: readonly { readonly edition: EditionId; readonly answers: readonly Answer[] }[];
  readonly hints: readonly Hint[];
  /** When nothing matches: the inputs that, left out, would give answers (what to check). */
  readonly noMatch: null | { readonly culprits: readonly InputField[] };
}

/** The most answers listed per edition: distinct stories, best first. */
export const MAX_ANSWERS = 6;

const messageEventTypes = [
  'mta.accepted',
  'mta.delivered',
  'preparation.excluded',
  'cleanup.canceled',
  'feedback.hardBounce',
  'feedback.softBounce',
  'retry.succeeded',
  'retry.failed',
  'feedback.asyncBounce',
  'feedback.complaint',
] as const satisfies readonly SpecEventType[];

const catalogueOrder = Object.keys(eventCatalogue);

function moveOf(effect: SuccessEffect | null): SuccessMove {
  if (effect === 'startsAt100' || effect === 'increases') return 'up';
  if (effect === 'decreases') return 'down';
  return 'flat';
}

interface Story {
  readonly events: readonly SpecEvent[];
  readonly steps: readonly StepView[];
}

/** Stories already replayed, by edition, validity, reason and time: a page asks the same again and again. */
const storyCache = new Map<string, readonly Story[]>();
const STORY_CACHE_SIZE = 64;

/**
 * Every story of one edition's message over a bounded set of events, each carried on to the reader's
 * time (when time can still pass for the message), replayed through `replay`.
 */
function messageStories(edition: EditionId, inputs: DiagnosisInputs, input: object): readonly Story[] {
  const setting = inputs.validityHours ?? CAMPAIGN_DEFAULT_VALIDITY_HOURS;
  const elapsed = inputs.elapsedHours;
  const key = JSON.stringify([edition, setting, inputs.reason ?? null, elapsed ?? null]);
  const cached = storyCache.get(key);
  if (cached) return cached;
  const validity = effectiveValidityHours(setting);
  const horizon = Math.max(validity, elapsed ?? 0);
  const clockHours = [...new Set([validity, elapsed ?? 0, (elapsed ?? 0) - validity])].filter(
    (h) => h > 0 && h <= MAX_CLOCK_ADVANCE_HOURS,
  );
  const candidates: SpecEvent[] = [
    ...messageEventTypes.flatMap((type) =>
      // Retries that run out keep the last soft bounce's reason (MC-expiry-reason): no reason of their own.
      type === 'retry.failed'
        ? [{ type }]
        : candidateEvents(type).filter(
            (event) => !inputs.reason || !event['reason'] || event['reason'] === inputs.reason,
          ),
    ),
    ...clockHours.map((hours) => ({ type: 'clock.advanced', hours })),
  ];
  const { machine } = machines[edition];
  const paths = getShortestPaths(machine, {
    input,
    events: (snapshot: AnyMachineSnapshot) =>
      candidates.filter((event) => {
        const elapsedNow = snapshot.context.elapsedHours as number;
        if (event.type === 'clock.advanced' && elapsedNow + (event['hours'] as number) > horizon) return false;
        // A second soft bounce only updates the reason (1.12): one soft bounce tells the story.
        if (event.type === 'feedback.softBounce' && snapshot.matches('retrying')) return false;
        return snapshot.can(event as never);
      }),
    // One story per snapshot and the kind of event that led to it (a hard bounce and a later bounce
    // email can leave the same snapshot, but the log showed different things on the way).
    serializeState: (snapshot: AnyMachineSnapshot, event: SpecEvent | undefined) =>
      JSON.stringify([snapshot.value, snapshot.context, event?.type]),
  } as never) as unknown as { state: AnyMachineSnapshot; steps: { event: SpecEvent }[] }[];
  const seen = new Set<string>();
  const stories: Story[] = [];
  for (const path of paths) {
    const events = path.steps.map((step) => step.event).filter((event) => event.type !== 'xstate.init');
    // Carried on to "now": time passes for the message until the reader's time, if it still can.
    const wait = (elapsed ?? 0) - ((path.state.context.elapsedHours as number) ?? 0);
    const waitEvent = { type: 'clock.advanced', hours: wait };
    if (wait > 0 && path.state.status === 'active' && path.state.can(waitEvent as never)) events.push(waitEvent);
    const id = JSON.stringify(events);
    if (seen.has(id)) continue;
    seen.add(id);
    const result = replay(edition, events, input);
    if (result.ok) stories.push({ events, steps: result.steps });
  }
  if (storyCache.size >= STORY_CACHE_SIZE) storyCache.delete(storyCache.keys().next().value as string);
  storyCache.set(key, stories);
  return stories;
}

function kindOf(steps: readonly StepView[]): StoryKind {
  const last = steps.at(-1)!;
  const state = last.states[0] as string;
  if (state === 'failed') {
    if (last.context['complaint'] === true) return 'complaint';
    if (last.context['expired'] === true) return 'expired';
    return last.event?.type === 'feedback.asyncBounce' ? 'asyncBounce' : 'hardBounce';
  }
  return state as StoryKind;
}

/** Index of the step where the log last changed (status or reason). */
function lastChange(steps: readonly StepView[]): number {
  const shown = (step: StepView) => `${step.logStatus}/${step.failure?.reason ?? ''}`;
  let index = steps.length - 1;
  while (index > 0 && shown(steps[index - 1]!) === shown(steps[index]!)) index--;
  return index;
}

/** The visible outcome of the message's last step agrees with what the reader sees. */
function messageMatches(steps: readonly StepView[], inputs: DiagnosisInputs): boolean {
  const last = steps.at(-1)!;
  if (inputs.status && last.logStatus !== inputs.status) return false;
  if (inputs.reason && last.failure?.reason !== inputs.reason) return false;
  if (inputs.failureType && last.failure?.type !== inputs.failureType) return false;
  if (inputs.elapsedHours !== undefined && ((last.context['elapsedHours'] as number) ?? 0) > inputs.elapsedHours) {
    return false;
  }
  if (inputs.before && !steps.slice(0, lastChange(steps)).some((step) => step.logStatus === inputs.before)) {
    return false;
  }
  if (inputs.success) {
    const moved = steps.map((step) => step.successEffect).filter((effect) => effect && effect !== 'unchanged');
    if (moveOf(moved.at(-1) ?? null) !== inputs.success) return false;
  }
  return true;
}

// ——— The delivery: what Campaign shows for the delivery, beside the message. ———

const DELIVERY_INPUT = { waves: 2 } as const;
let deliveryStoriesCache: readonly Story[] | undefined;

/** The shortest event list to each distinct delivery snapshot (both regions and what was left behind). */
function deliveryStories(): readonly Story[] {
  deliveryStoriesCache ??= (
    getShortestPaths(machines.delivery.machine, {
      input: DELIVERY_INPUT,
      events: (snapshot: AnyMachineSnapshot) =>
        (Object.keys(eventCatalogue) as SpecEventType[])
          .flatMap((type) => candidateEvents(type))
          .filter((event) => snapshot.can(event as never)),
      serializeState: (snapshot: AnyMachineSnapshot) => JSON.stringify([snapshot.value, snapshot.context]),
    } as never) as unknown as { steps: { event: SpecEvent }[] }[]
  )
    .map((path) => path.steps.map((step) => step.event).filter((event) => event.type !== 'xstate.init'))
    .sort((a, b) => a.length - b.length)
    .map((events) => ({ events, steps: replay('delivery', events, DELIVERY_INPUT).steps }));
  return deliveryStoriesCache;
}

/**
 * Whether a delivery snapshot can stand beside the message's story: a relayed message needs the MTA to
 * have received messages; a canceled one needs the cleanup to have canceled what was left (1.15, 1.16);
 * a pending one needs Campaign not to have handed everything over; an excluded one, the analysis done.
 */
function deliveryAgrees(message: readonly StepView[], delivery: StepView): boolean {
  const relayed = message.some((step) => step.event?.type === 'mta.accepted');
  const end = message.at(-1)!;
  const campaign = delivery.states.find((s) => s.startsWith('campaign.'));
  const leftBehind = delivery.context['leftBehind'];
  if (relayed && delivery.states.includes('mta.empty')) return false;
  if (end.logStatus === 'deliveryCanceled') return leftBehind === 'canceled';
  if (end.logStatus === 'pending') {
    return leftBehind === 'pending' || (campaign !== 'campaign.finished' && campaign !== 'campaign.stopped');
  }
  if (end.logStatus === 'ignored') return campaign !== 'campaign.beingEdited' && campaign !== 'campaign.analysing';
  return true;
}

function deliveryPart(message: readonly StepView[], wanted: DeliveryStatusChoice): PathLink | null {
  for (const { events, steps } of deliveryStories()) {
    const last = steps.at(-1)!;
    if (last.meta['deliveryStatus'] === wanted && deliveryAgrees(message, last)) {
      return { machine: 'delivery', events, input: DELIVERY_INPUT };
    }
  }
  return null;
}

// ——— The address: its status across deliveries. ———

let addressStarts: SpecEvent[][] | undefined;

/** The events this message's story fed the address's own lifecycle (4.2, 4.10, 3.1). */
function addressEvents(message: readonly StepView[]): SpecEvent[] {
  return message.flatMap((step): SpecEvent[] => {
    const event = step.event;
    if (!event) return [];
    if (event.type === 'feedback.hardBounce' || event.type === 'feedback.softBounce') return [event];
    if (event.type === 'feedback.asyncBounce') {
      const type = step.failure?.type === 'soft' ? 'feedback.softBounce' : 'feedback.hardBounce';
      return [{ type, reason: event['reason'] }];
    }
    if (event.type === 'feedback.complaint') return [event];
    if (event.type === 'mta.delivered' || event.type === 'retry.succeeded') return [{ type: 'mta.delivered' }];
    return [];
  });
}

/**
 * The address's story: from one of its statuses (reached by its shortest path), the events of this
 * message. An excluded message needs the address status that excludes it with that very reason (1.18).
 */
function addressPart(message: readonly StepView[], wanted: AddressStatus): PathLink | null {
  const end = message.at(-1)!;
  const fed = addressEvents(message);
  addressStarts ??= [[], ...shortestEventPaths('address').values()];
  for (const prefix of addressStarts) {
    const events = [...prefix, ...fed];
    const result = replay('address', events);
    if (!result.ok) continue;
    const last = result.steps.at(-1)!;
    if (last.meta['addressStatus'] !== wanted) continue;
    const excludes = last.meta['exclusionReason'];
    if (end.logStatus === 'ignored' && excludes !== undefined && excludes !== end.failure?.reason) continue;
    if (end.logStatus === 'ignored' && ['quarantined', 'denylisted'].includes(end.failure?.reason ?? '')) {
      if (excludes !== end.failure?.reason) continue;
    }
    return { machine: 'address', events, input: {} };
  }
  return null;
}

// ——— Putting it together ———

interface Ranked {
  readonly answer: Answer;
  readonly distance: number;
  readonly order: string;
}

const orderKey = (events: readonly SpecEvent[]) =>
  events.map((event) => String(catalogueOrder.indexOf(event.type)).padStart(3, '0')).join('.');

function answersFor(edition: EditionId, inputs: DiagnosisInputs): Answer[] {
  const input = { validitySettingHours: inputs.validityHours ?? CAMPAIGN_DEFAULT_VALIDITY_HOURS };
  const ranked: Ranked[] = [];
  for (const { events, steps } of messageStories(edition, inputs, input)) {
    if (!messageMatches(steps, inputs)) continue;
    const delivery = inputs.delivery ? deliveryPart(steps, inputs.delivery) : undefined;
    if (delivery === null) continue;
    const address = inputs.address ? addressPart(steps, inputs.address) : undefined;
    if (address === null) continue;
    const last = steps.at(-1)!;
    const changedAtHours = (steps[lastChange(steps)]!.context['elapsedHours'] as number) ?? 0;
    const moved = steps.map((step) => step.successEffect).filter((effect) => effect && effect !== 'unchanged');
    const kind = kindOf(steps);
    ranked.push({
      answer: {
        edition,
        kind,
        message: { machine: edition, events, input },
        ...(delivery ? { delivery } : {}),
        ...(address ? { address } : {}),
        logStatus: last.logStatus as LogStatus,
        failure: last.failure,
        otherReasons: [],
        successEffect: moved.at(-1) ?? null,
        changedAtHours,
        // Read only for the answers kept (asking a step what it accepts is the costly part).
        get next() {
          return last.accepts.filter((type) => type !== 'clock.advanced');
        },
        facts: storyFacts[kind],
      },
      distance: inputs.elapsedHours === undefined ? 0 : Math.abs(changedAtHours - inputs.elapsedHours),
      order: orderKey(events),
    });
  }
  ranked.sort(
    (a, b) =>
      a.distance - b.distance ||
      a.answer.message.events.length - b.answer.message.events.length ||
      a.order.localeCompare(b.order),
  );
  // Distinct stories: the best of each kind; the other reasons the same story can show are listed on it.
  const distinct = new Map<StoryKind, Answer>();
  for (const { answer } of ranked) {
    const best = distinct.get(answer.kind);
    const reason = answer.failure?.reason;
    if (!best) distinct.set(answer.kind, { ...answer, otherReasons: [] });
    else if (reason && reason !== best.failure?.reason && !best.otherReasons.includes(reason)) {
      distinct.set(answer.kind, { ...best, otherReasons: [...best.otherReasons, reason] });
    }
  }
  return [...distinct.values()].slice(0, MAX_ANSWERS);
}

const relaxable: readonly InputField[] = [
  'before',
  'reason',
  'failureType',
  'success',
  'delivery',
  'address',
  'elapsedHours',
  'validityHours',
  'status',
];

function withoutField(inputs: DiagnosisInputs, field: InputField): DiagnosisInputs {
  const { [field]: _dropped, ...rest } = inputs;
  return rest as DiagnosisInputs;
}

/** Diagnoses what the reader sees; never throws, never returns an empty answer without saying why. */
export function diagnose(inputs: DiagnosisInputs): Diagnosis {
  const asked: EditionId[] = inputs.edition === 'unknown' ? [...editionIds] : [inputs.edition];
  let byEdition = asked.map((edition) => ({ edition, answers: answersFor(edition, inputs) }));
  const hints: Hint[] = [];
  if (inputs.edition === 'unknown') hints.push('howToTell');
  if (inputs.validityHours !== undefined && isSettingIgnored(inputs.validityHours)) hints.push('settingCapped');
  // A status the chosen edition never shows, but the other one does: the reader's instance reports
  // the other way (1.8, C2: "Taken into account" on an email log means the Email Feedback Service).
  if (byEdition.every((group) => group.answers.length === 0) && inputs.edition !== 'unknown') {
    const others = editionIds.filter((edition) => edition !== inputs.edition);
    const elsewhere = others.map((edition) => ({ edition, answers: answersFor(edition, inputs) }));
    if (elsewhere.some((group) => group.answers.length > 0) && inputs.status === 'takenIntoAccount') {
      hints.push('statusMeansEfs');
      byEdition = elsewhere.filter((group) => group.answers.length > 0);
    }
  }
  // Edition unknown and only one edition explains it: that tells the reader which edition it is.
  if (inputs.edition === 'unknown' && byEdition.some((group) => group.answers.length > 0)) {
    const shown = byEdition.filter((group) => group.answers.length > 0);
    if (shown.length < byEdition.length && inputs.status === 'takenIntoAccount') hints.push('statusMeansEfs');
    byEdition = shown;
  }
  if (byEdition.some((group) => group.answers.length > 0)) return { inputs, byEdition, hints, noMatch: null };
  const culprits = relaxable.filter(
    (field) =>
      inputs[field] !== undefined &&
      asked.some((edition) => answersFor(edition, withoutField(inputs, field)).length > 0),
  );
  return { inputs, byEdition, hints, noMatch: { culprits } };
}
