/** Pure helpers of the playground island: choices offered per event, text templates, the answer. */
import type { CampaignLabels } from '~/i18n/campaignLabels.ts';
import {
  type FailureReasonId,
  HOURS_PER_DAY,
  hardReasonIds,
  type SpecEvent,
  type SpecEventType,
  type StepView,
  softReasonIds,
} from '~/machines/index.ts';

/** Fills `{{name}}` placeholders. Values are plain text; React escapes them when rendering. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
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

const reasonChoices = (type: SpecEventType, reasons: readonly FailureReasonId[], labels: CampaignLabels): Choice[] =>
  reasons.map((reason) => ({ event: { type, reason }, detail: labels.failureReason[reason] ?? reason }));

/** The concrete events a button group offers for one accepted event type. */
export function choicesFor(
  type: SpecEventType,
  labels: CampaignLabels,
  durations: { hours: string; days: string },
): Choice[] {
  switch (type) {
    case 'feedback.hardBounce':
    case 'feedback.asyncBounce':
      return reasonChoices(type, hardReasonIds, labels);
    case 'feedback.softBounce':
      return reasonChoices(type, softReasonIds, labels);
    case 'retry.failed':
      return [{ event: { type }, detail: '' }, ...reasonChoices(type, hardReasonIds, labels)];
    case 'clock.advanced':
      return clockSteps.map((hours) => ({
        event: { type, hours },
        detail:
          hours % HOURS_PER_DAY === 0
            ? fill(durations.days, { n: hours / HOURS_PER_DAY })
            : fill(durations.hours, { n: hours }),
      }));
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

/** Hours as readers read them: at most two decimals (0.1 + 0.2 h shows as 0.3), in the page's language. */
export function hoursFormat(lang: string): Intl.NumberFormat {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
}
const englishHours = hoursFormat('en');

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

export function eventText(event: SpecEvent, labels: CampaignLabels, hours = englishHours): EventText {
  const name = labels.event[event.type as keyof CampaignLabels['event']] ?? event.type;
  if (typeof event['reason'] === 'string') {
    const reason = labels.failureReason[event['reason'] as FailureReasonId];
    if (reason) return { name, detail: reason };
  }
  if (typeof event['hours'] === 'number') return { name, detail: `${hours.format(event['hours'])} h` };
  const free = event['reply'] ?? event['rule'];
  if (typeof free === 'string') return { name, quote: shownText(free) };
  return { name };
}

/** A short description of an event as taken, as plain text (tables, announcements). */
export function eventLabel(event: SpecEvent, labels: CampaignLabels, hours = englishHours): string {
  const { name, detail, quote } = eventText(event, labels, hours);
  if (quote !== undefined) return `${name} “${quote}”`;
  return detail === undefined ? name : `${name} (${detail})`;
}

/** The payload value of an event (reason, hours, reply or rule), for `data-value` on its button. */
export function choiceValue(event: SpecEvent): string | undefined {
  const value = event['reason'] ?? event['hours'] ?? event['reply'] ?? event['rule'];
  return value === undefined ? undefined : String(value);
}
