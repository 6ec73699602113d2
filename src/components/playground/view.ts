/** Pure helpers of the playground island: choices offered per event, text templates, the answer. */
import type { CampaignLabels } from '~/i18n/campaignLabels.ts';
import {
  type FailureReasonId,
  HOURS_PER_DAY,
  type SpecEvent,
  type SpecEventType,
  type StepView,
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

/**
 * The concrete events a button group offers for one accepted event type. Events that carry a reason
 * offer exactly the reasons the machine accepts now (`accepted`, from the replayed step); the others
 * offer sample durations, replies or rules.
 */
export function choicesFor(
  type: SpecEventType,
  accepted: readonly SpecEvent[],
  labels: CampaignLabels,
  durations: { hours: string; days: string },
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

/** A short description of an event as taken, for the history list. */
export function eventLabel(event: SpecEvent, labels: CampaignLabels): string {
  const name = labels.event[event.type as keyof CampaignLabels['event']] ?? event.type;
  const reason =
    typeof event['reason'] === 'string' ? labels.failureReason[event['reason'] as FailureReasonId] : undefined;
  const detail = reason ?? event['hours'] ?? event['reply'] ?? event['rule'];
  return detail === undefined ? name : `${name} (${detail}${typeof event['hours'] === 'number' ? ' h' : ''})`;
}

/** The payload value of an event (reason, hours, reply or rule), for `data-value` on its button. */
export function choiceValue(event: SpecEvent): string | undefined {
  const value = event['reason'] ?? event['hours'] ?? event['reply'] ?? event['rule'];
  return value === undefined ? undefined : String(value);
}
