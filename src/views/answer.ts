/**
 * The answer a support engineer pastes to a customer: for one step of a playground, the edition, the
 * one cause on the path that led there, what the delivery log and Success % show, what happens next,
 * then the link. Every sentence is a whole sentence written per language (UI keys `answer.*`); only
 * values (a status, a reason, a duration) are filled in. Plain text and HTML (for rich paste).
 */
import type { CampaignLabels } from '~/i18n/campaignLabels.ts';
import type { UiKey } from '~/i18n/uiKeys.ts';
import { type MachineId, MTA_VALIDITY_CAP_HOURS, type StepView } from '~/machines/index.ts';
import { fill, stateLabel } from './step.ts';

export interface AnswerInput {
  readonly machine: MachineId;
  /** The steps from the start up to and including the step answered about. */
  readonly path: readonly StepView[];
  /** The machine's input (the delivery's validity setting, in hours). */
  readonly input: Readonly<Record<string, unknown>>;
  readonly labels: CampaignLabels;
  readonly ui: Readonly<Record<UiKey, string>>;
  /** BCP 47 tag, for the units of durations. */
  readonly lang: string;
  /** The absolute link to this step; without it the answer has no link paragraph (compare mode adds one). */
  readonly url?: string;
}

export interface Answer {
  readonly text: string;
  readonly html: string;
}

/** What happened to the message on this path, at most one cause. */
export type Cause =
  | { kind: 'notRelayed' | 'canceled' | 'inMta' | 'delivered' }
  | { kind: 'excluded' | 'hardBounce' | 'asyncBounce' | 'complaint' | 'deliveredAfterRetry'; reason: string }
  | { kind: 'retrying'; reason: string }
  | { kind: 'expired'; reason: string | null };

const reasonOf = (step: StepView | undefined) => step?.failure?.reason ?? null;

/** The one cause of the last step of a message machine's path (null for the other machines). */
export function causeOf(path: readonly StepView[]): Cause | null {
  const last = path.at(-1);
  if (!last) return null;
  const state = last.states[0];
  const lastSoftBounce = path.findLast((step) => step.event?.type === 'feedback.softBounce');
  switch (state) {
    case 'pending':
      return { kind: 'notRelayed' };
    case 'canceled':
      return { kind: 'canceled' };
    case 'excluded':
      return { kind: 'excluded', reason: reasonOf(last) ?? '' };
    case 'awaitingDelivery':
      return { kind: 'inMta' };
    case 'retrying':
      return { kind: 'retrying', reason: reasonOf(last) ?? '' };
    case 'delivered':
      return lastSoftBounce
        ? { kind: 'deliveredAfterRetry', reason: reasonOf(lastSoftBounce) ?? '' }
        : { kind: 'delivered' };
    case 'failed': {
      if (last.context['expired'] === true) return { kind: 'expired', reason: reasonOf(last) };
      if (last.context['complaint'] === true) return { kind: 'complaint', reason: reasonOf(last) ?? '' };
      const kind = last.event?.type === 'feedback.asyncBounce' ? 'asyncBounce' : 'hardBounce';
      return { kind, reason: reasonOf(last) ?? '' };
    }
    default:
      return null;
  }
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

export function composeAnswer({ machine, path, input, labels, ui, lang, url }: AnswerInput): Answer {
  const last = path.at(-1)!;
  const hours = (n: number) =>
    new Intl.NumberFormat(lang, { style: 'unit', unit: 'hour', unitDisplay: 'long' }).format(n);
  const days = (n: number) =>
    new Intl.NumberFormat(lang, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(n);
  // A setting in whole days is read in days, as Campaign's "Delivery duration" shows it (5 days).
  const duration = (n: number) => (n % 24 === 0 ? days(n / 24) : hours(n));
  const t = (key: string, values: Readonly<Record<string, string | undefined>> = {}) =>
    fill(ui[key as UiKey] ?? key, values);
  const status = (last.logStatus ? labels.logStatus[last.logStatus] : '') ?? '';
  const statusNames = {
    sent: labels.logStatus.sent,
    failed: labels.logStatus.failed,
    taken: labels.logStatus.takenIntoAccount,
    denylisted: labels.state.denylisted,
  };
  const reasonLabel = (reason: string | null) =>
    reason ? (labels.failureReason[reason as keyof CampaignLabels['failureReason']] ?? reason) : '';

  const paragraphs: string[][] = [];
  const cause = machine === 'enhancedMtaReporting' || machine === 'emailFeedbackService' ? causeOf(path) : null;

  if (!cause) {
    // Machines other than a message's: the state and, where there is one, the status.
    const lines = [t('answer.generic', { machine: labels.machine[machine], state: stateLabel(last, labels) })];
    if (status) lines.push(t('answer.log.plain', { status }));
    paragraphs.push(lines);
  } else {
    const validity = Number(last.context['validityHours']);
    const elapsed = Number(last.context['elapsedHours']);
    const setting = Number(input['validitySettingHours'] ?? validity);
    const values = {
      reason: reasonLabel('reason' in cause ? cause.reason : null),
      validity: hours(validity),
      elapsed: hours(elapsed),
      left: hours(Math.max(0, validity - elapsed)),
      setting: duration(setting),
      cap: hours(MTA_VALIDITY_CAP_HOURS),
      ...statusNames,
    };
    const causeKey = cause.kind === 'expired' && cause.reason ? 'expiredAfterBounce' : cause.kind;
    const first = [t(`answer.edition.${machine}`), t(`answer.cause.${causeKey}`, values)];
    if (cause.kind === 'expired' || cause.kind === 'retrying') {
      first.push(t(setting > validity ? 'answer.validity.capped' : 'answer.validity.own', values));
    }
    paragraphs.push(first);

    const counted = last.success === 'counted' ? 'counted' : last.success === 'excluded' ? 'excluded' : 'notCounted';
    const second = [t(`answer.log.${counted}`, { status })];
    if (cause.kind !== 'notRelayed' && cause.kind !== 'excluded' && cause.kind !== 'canceled') {
      second.push(t(`answer.successWhy.${machine}`));
    }
    paragraphs.push(second);

    const nextKey = {
      notRelayed: `notRelayed.${machine}`,
      inMta: `inMta.${machine}`,
      retrying: `retrying.${machine}`,
      delivered: 'delivered',
      deliveredAfterRetry: 'delivered',
      hardBounce: last.failure?.type === 'hard' ? 'quarantine' : 'final',
      asyncBounce: last.failure?.type === 'hard' ? 'quarantine' : 'final',
      complaint: 'denylisted',
      expired: 'final',
      excluded: 'final',
      canceled: 'final',
    }[cause.kind];
    paragraphs.push([t(`answer.next.${nextKey}`, values)]);
  }

  // Chinese writes sentences one after the other, without a space.
  const space = lang.startsWith('zh') ? '' : ' ';
  const text = paragraphs.map((lines) => lines.join(space));
  const html = paragraphs.map((lines) => `<p>${escapeHtml(lines.join(space))}</p>`);
  if (url !== undefined) {
    const link = linkParagraph(ui, url);
    text.push(link.text);
    html.push(link.html);
  }
  return { text: text.join('\n\n'), html: html.join('\n') };
}

/** "This step in the playground: <link>", as text and as HTML with the address as a link. */
export function linkParagraph(ui: Readonly<Record<UiKey, string>>, url: string): Answer {
  const [before = '', after = ''] = ui['answer.link'].split('{{url}}');
  return {
    text: fill(ui['answer.link'], { url }),
    html: `<p>${escapeHtml(before)}<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>${escapeHtml(after)}</p>`,
  };
}
