/** Pure helpers of the playground island: choices offered per event, text templates, the answer. */
import type { CampaignLabels } from '~/i18n/campaignLabels.ts';
import { fill } from '~/i18n/fill.ts';
import {
  type FailureReasonId,
  HOURS_PER_DAY,
  type SpecEvent,
  type SpecEventType,
  type StepView,
} from '~/machines/index.ts';

export { fill };

/**
 * How a language writes durations and the small joins between texts: units from Intl (so "47 h",
 * "47小时", "47시간"), brackets from the UI string `text.withDetail` (full-width in Chinese).
 */
export interface TextFormats {
  readonly hours: (hours: number) => string;
  /** A step forward in time: "+6 h", "+1 j", "+3天". */
  readonly advance: (hours: number) => string;
  readonly withDetail: (text: string, detail: string) => string;
  /** States held at once: "A and B", "A和B", "A 및 B". */
  readonly list: (items: readonly string[]) => string;
}

export function textFormats(lang: string, withDetail: string): TextFormats {
  // Intl formatters cost far more to build than to use: build each once, for all the step's texts.
  const unit = (unit: 'hour' | 'day', signDisplay?: 'exceptZero') =>
    new Intl.NumberFormat(lang, { style: 'unit', unit, maximumFractionDigits: 1, signDisplay });
  const hours = unit('hour');
  const hoursAhead = unit('hour', 'exceptZero');
  const daysAhead = unit('day', 'exceptZero');
  const list = new Intl.ListFormat(lang);
  return {
    hours: (n) => hours.format(n),
    advance: (n) => (n % HOURS_PER_DAY ? hoursAhead.format(n) : daysAhead.format(n / HOURS_PER_DAY)),
    withDetail: (text, detail) => fill(withDetail, { text, detail }),
    list: (items) => list.format(items),
  };
}

export interface Choice {
  readonly event: SpecEvent;
  /** Short text for the choice (a reason, a duration, a server reply); empty for a plain event. */
  readonly detail: string;
}

/** Replies and rules a reader can try (from RFC 5321/3463 and the Momentum classes). */
export const sampleReplies = [
  '250 2.0.0 OK',
  '550 5.1.1 user unknown',
  '452 4.2.2 mailbox full',
  '421 4.7.0 try again later',
  '554 5.7.1 message refused',
  '550 5.1.2 bad destination system',
];
export const sampleRules = [
  'Momen_Code10_InvalidRecipient',
  'Momen_Code22_MailboxFull',
  'Momen_Code60_AutoReply',
  'Momen_Code52_SpamContent',
];
export const clockSteps = [1, 6, HOURS_PER_DAY, 3 * HOURS_PER_DAY];

/**
 * The concrete events a button group offers for one accepted event type. Events that carry a reason
 * offer exactly the reasons the machine accepts now (`accepted`, from the replayed step); the others
 * offer sample durations, replies or rules.
 */
export function choicesFor(
  type: SpecEventType,
  accepted: readonly SpecEvent[],
  labels: CampaignLabels,
  formats: TextFormats,
): Choice[] {
  const ofType = accepted.filter((event) => event.type === type);
  if (ofType.some((event) => typeof event['reason'] === 'string')) {
    return ofType.map((event) => {
      const reason = event['reason'] as FailureReasonId | undefined;
      return { event, detail: reason ? (labels.failureReason[reason] ?? reason) : '' };
    });
  }
  switch (type) {
    case 'clock.advanced':
      return clockSteps.map((hours) => ({ event: { type, hours }, detail: formats.advance(hours) }));
    case 'smtp.replied':
      return sampleReplies.map((reply) => ({ event: { type, reply }, detail: reply }));
    case 'bounceMail.received':
      return sampleRules.map((rule) => ({ event: { type, rule }, detail: rule }));
    default:
      return [{ event: { type }, detail: '' }];
  }
}

/** The label of the step's states, joined for parallel machines. */
export function stateLabel(step: StepView, labels: CampaignLabels): string {
  return step.states.map((path) => labels.state[path as keyof CampaignLabels['state']] ?? path).join(' · ');
}

/** Free text from a link (an SMTP reply, a rule name) is shown at most this long. */
export const MAX_SHOWN_TEXT = 40;

/**
 * Free text from a link, made safe to show as data: control and formatting characters (bidirectional
 * overrides and isolates, zero-width characters) removed, whitespace collapsed, cut to a short phrase.
 */
export function shownText(text: string): string {
  const clean = text
    .replace(/[\p{Cc}\p{Zl}\p{Zp}]/gu, ' ')
    .replace(/\p{Cf}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = [...clean];
  return chars.length > MAX_SHOWN_TEXT ? `${chars.slice(0, MAX_SHOWN_TEXT - 1).join('')}…` : clean;
}

/** An event as taken, in parts: its label, a detail in the site's words, or free text to quote. */
export interface EventText {
  readonly name: string;
  /** A reason or a duration, in the site's own words. */
  readonly detail?: string;
  /** Text that came with the event (an SMTP reply, a rule name): shown quoted, as data. */
  readonly quote?: string;
}

export function eventText(event: SpecEvent, labels: CampaignLabels, formats: TextFormats): EventText {
  const name = labels.event[event.type as keyof CampaignLabels['event']] ?? event.type;
  if (typeof event['reason'] === 'string') {
    const reason = labels.failureReason[event['reason'] as FailureReasonId];
    if (reason) return { name, detail: reason };
  }
  if (typeof event['hours'] === 'number') return { name, detail: formats.hours(event['hours']) };
  const free = event['reply'] ?? event['rule'];
  if (typeof free === 'string') return { name, quote: shownText(free) };
  return { name };
}

/** A short description of an event as taken, as plain text (tables, announcements). */
export function eventLabel(event: SpecEvent, labels: CampaignLabels, formats: TextFormats): string {
  const { name, detail, quote } = eventText(event, labels, formats);
  if (quote !== undefined) return formats.withDetail(name, `“${quote}”`);
  return detail === undefined ? name : formats.withDetail(name, detail);
}

/** The payload value of an event (reason, hours, reply or rule), for `data-value` on its button. */
export function choiceValue(event: SpecEvent): string | undefined {
  const value = event['reason'] ?? event['hours'] ?? event['reply'] ?? event['rule'];
  return value === undefined ? undefined : String(value);
}

/** A step as a reader sees it labelled: where the message is, its status, the Success % effect, the reason. */
export interface LabelledStep {
  readonly here: string;
  readonly status: string | null;
  readonly effect: string | null;
  /** What the status means in this edition ('' where the machine has no such table). */
  readonly meaning: string;
  /** The failure reason with its type, or `reasonNotStated` when the validity ran out with no bounce. */
  readonly reason: string | null;
}

export function labelStep(
  step: StepView,
  machine: string,
  labels: CampaignLabels,
  formats: TextFormats,
  reasonNotStated: string,
): LabelledStep {
  const meanings = labels.statusMeaning[machine as keyof CampaignLabels['statusMeaning']] as
    | Readonly<Record<string, string>>
    | undefined;
  let reason: string | null = null;
  if (step.failure) {
    reason = formats.withDetail(
      labels.failureReason[step.failure.reason] ?? step.failure.reason,
      labels.failureType[step.failure.type] ?? step.failure.type,
    );
  } else if (step.context['expired'] === true) reason = reasonNotStated;
  return {
    here: stateLabel(step, labels),
    status: (step.logStatus ? labels.logStatus[step.logStatus] : null) ?? null,
    effect: (step.successEffect ? labels.successEffect[step.successEffect] : null) ?? null,
    meaning: step.logStatus ? (meanings?.[step.logStatus] ?? '') : '',
    reason,
  };
}
