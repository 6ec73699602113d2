/**
 * The catalogue of every event the machines know, with the payload each carries. Replays, links and
 * scenarios are untrusted data: each event is checked here before it reaches a machine.
 */
import {
  asyncReasonIds,
  exclusionReasonIds,
  type FailureReasonId,
  hardReasonIds,
  softReasonIds,
} from './failureReasons.ts';

/** The longest single clock advance: 30 days covers a validity period and asynchronous bounces. */
export const MAX_CLOCK_ADVANCE_HOURS = 720;
const MAX_TEXT_LENGTH = 512;

type FieldCheck = (value: unknown) => boolean;

const checks = {
  // NaN and Infinity fail the bounds.
  hours: (value: unknown) => typeof value === 'number' && value > 0 && value <= MAX_CLOCK_ADVANCE_HOURS,
  text: (value: unknown) => typeof value === 'string' && value.length > 0 && value.length <= MAX_TEXT_LENGTH,
} satisfies Record<string, FieldCheck>;

/** A reason of the event's own kind (a hard reason cannot ride on a soft bounce, and so on). */
const reasonAmong =
  (reasons: readonly FailureReasonId[], optional: boolean): FieldCheck =>
  (value) =>
    // `includes` matches strings only by identity: a list or an object never passes for a reason id.
    (optional && value === undefined) || reasons.includes(value as FailureReasonId);

interface EventSpec {
  /** Payload fields and their checks; anything else in the object is refused. */
  readonly fields: Readonly<Record<string, FieldCheck>>;
  /** A valid instance, used to ask a snapshot whether it accepts this kind of event. */
  readonly sample: Readonly<Record<string, unknown>>;
  /**
   * For events that carry a failure reason: the reasons this kind of event may carry. Replay refuses
   * another reason as an invalid payload, the machines' guards refuse it too (for direct users of the
   * machines), and playgrounds offer exactly these.
   */
  readonly reasons?: readonly FailureReasonId[];
}

const bare: EventSpec = { fields: {}, sample: {} };
const withReasons = (reasons: readonly FailureReasonId[], optional = false): EventSpec => ({
  fields: { reason: reasonAmong(reasons, optional) },
  sample: optional ? {} : { reason: reasons[0] },
  reasons,
});

export const eventCatalogue = {
  // facts-extended 1.2, 1.18, 1.19: exclusions at preparation.
  'preparation.excluded': withReasons(exclusionReasonIds),
  'cleanup.canceled': bare,
  'mta.accepted': bare,
  'mta.delivered': bare,
  'feedback.hardBounce': withReasons(hardReasonIds),
  // Only Soft and Ignored errors are retried (facts.md §1).
  'feedback.softBounce': withReasons(softReasonIds),
  'feedback.asyncBounce': withReasons(asyncReasonIds),
  'feedback.complaint': bare,
  'retry.succeeded': bare,
  // The last soft error before the retries ran out, when the reader names one.
  'retry.failed': withReasons(softReasonIds, true),
  'clock.advanced': { fields: { hours: checks.hours }, sample: { hours: 1 } },
  'smtp.replied': { fields: { reply: checks.text }, sample: { reply: '550 5.1.1 user unknown' } },
  'bounceMail.received': { fields: { rule: checks.text }, sample: { rule: 'Momen_Code10_InvalidRecipient' } },
  'analysis.started': bare,
  'analysis.succeeded': bare,
  'analysis.failed': bare,
  'delivery.confirmed': bare,
  'delivery.scheduled': bare,
  'schedule.reached': bare,
  'wave.handedOver': bare,
  'delivery.stopped': bare,
  'mta.queueDrained': bare,
  'upgrade.started': bare,
  'api.called': bare,
  'upgrade.completed': bare,
  'issue.detected': bare,
  'upgrade.resumed': bare,
  'monitoring.completed': bare,
  'operator.released': bare,
} as const satisfies Record<string, EventSpec>;

export type SpecEventType = keyof typeof eventCatalogue;

export interface SpecEvent {
  readonly type: string;
  readonly [field: string]: unknown;
}

export function isKnownEventType(type: string): type is SpecEventType {
  return Object.hasOwn(eventCatalogue, type);
}

/** The first payload field that is missing, malformed or unexpected; null when the event is sound. */
export function payloadProblem(type: SpecEventType, event: Readonly<Record<string, unknown>>): string | null {
  const { fields } = eventCatalogue[type] as EventSpec;
  for (const key of Object.keys(event)) {
    if (key !== 'type' && !Object.hasOwn(fields, key)) return key;
  }
  for (const [key, check] of Object.entries(fields)) {
    if (!check(event[key])) return key;
  }
  return null;
}

export function sampleEvent(type: SpecEventType): SpecEvent {
  return { type, ...(eventCatalogue[type] as EventSpec).sample };
}

/**
 * The events of one type a snapshot may be asked about: one per reason for events that carry a reason
 * (the machines decide which reasons fit), otherwise the catalogue's sample.
 */
export function candidateEvents(type: SpecEventType): SpecEvent[] {
  const { fields, sample, reasons } = eventCatalogue[type] as EventSpec;
  if (!reasons) return [{ type, ...sample }];
  // Stryker disable next-line OptionalChaining: equivalent, an event with reasons always has a reason field.
  const optional = fields['reason']?.(undefined) === true;
  return [...(optional ? [{ type }] : []), ...reasons.map((reason) => ({ type, reason }))];
}

/** The reasons an event type may carry (empty for events without a reason). */
export function reasonsFor(type: SpecEventType): readonly FailureReasonId[] {
  return (eventCatalogue[type] as EventSpec).reasons ?? [];
}
