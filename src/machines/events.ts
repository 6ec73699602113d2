/**
 * The catalogue of every event the machines know, with the payload each carries. Replays, links and
 * scenarios are untrusted data: each event is checked here before it reaches a machine.
 */
import { isFailureReasonId } from './failureReasons.ts';

/** The longest single clock advance: 30 days covers a validity period and asynchronous bounces. */
export const MAX_CLOCK_ADVANCE_HOURS = 720;
const MAX_TEXT_LENGTH = 512;

type FieldCheck = (value: unknown) => boolean;

const checks = {
  reason: (value: unknown) => value === undefined || isFailureReasonId(value),
  hours: (value: unknown) =>
    typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= MAX_CLOCK_ADVANCE_HOURS,
  text: (value: unknown) => typeof value === 'string' && value.length > 0 && value.length <= MAX_TEXT_LENGTH,
} satisfies Record<string, FieldCheck>;

interface EventSpec {
  /** Payload fields and their checks; anything else in the object is refused. */
  readonly fields: Readonly<Record<string, FieldCheck>>;
  /** A valid instance, used to ask a snapshot whether it accepts this kind of event. */
  readonly sample: Readonly<Record<string, unknown>>;
}

const bare: EventSpec = { fields: {}, sample: {} };
const withReason: EventSpec = { fields: { reason: checks.reason }, sample: {} };

export const eventCatalogue = {
  'mta.accepted': bare,
  'mta.delivered': bare,
  'feedback.hardBounce': withReason,
  'feedback.softBounce': withReason,
  'feedback.asyncBounce': withReason,
  'retry.succeeded': bare,
  'retry.failed': withReason,
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
} as const satisfies Record<string, EventSpec>;

export type SpecEventType = keyof typeof eventCatalogue;

export interface SpecEvent {
  readonly type: string;
  readonly [field: string]: unknown;
}

export function isKnownEventType(type: unknown): type is SpecEventType {
  return typeof type === 'string' && Object.hasOwn(eventCatalogue, type);
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
