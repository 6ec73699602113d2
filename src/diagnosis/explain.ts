/**
 * A diagnosis in a reader's language: each answer as the parts the page shows (what happened, what the
 * log and Success % show, what can happen next, what to do, the facts, links to the playgrounds), and
 * the whole diagnosis as plain text for "copy answer". Pure: labels, strings and routes come in.
 */

import type { CampaignLabels } from '../i18n/campaignLabels.ts';
import { fill } from '../i18n/fill.ts';
import { buildLink } from '../links/link.ts';
import type { MachineId } from '../machines/index.ts';
import { eventLabel, type TextFormats } from '../views/step.ts';
import type { Answer, Diagnosis, PathLink } from './diagnose.ts';
import type { InputField } from './inputs.ts';

/** The project's UI strings the diagnosis uses (every `diagnosis.*` key and a few shared ones). */
export type DiagnosisStrings = Readonly<Record<string, string>>;

export interface ExplainContext {
  readonly labels: CampaignLabels;
  readonly ui: DiagnosisStrings;
  readonly formats: TextFormats;
  /** The playground page of a machine in the reader's locale (with the site's base). */
  readonly playgroundPath: (machine: MachineId) => string;
}

export interface AnswerLink {
  readonly label: string;
  readonly href: string;
}

export interface ExplainedAnswer {
  readonly title: string;
  readonly happened: string;
  /** The events of the story, in order, as the playground names them. */
  readonly steps: readonly string[];
  readonly shows: string;
  /** Other failure reasons the same story can show ("" when none). */
  readonly otherReasons: string;
  readonly next: string;
  readonly todo: string;
  readonly facts: string;
  readonly links: readonly AnswerLink[];
}

const t = (ui: DiagnosisStrings, key: string) => ui[key] ?? key;

/** The playground at the last step of a path: the same links the playgrounds share. */
export function pathHref(path: PathLink, context: ExplainContext): string {
  return `${context.playgroundPath(path.machine)}${buildLink({ ...path, at: path.events.length })}`;
}

export function explainAnswer(answer: Answer, context: ExplainContext): ExplainedAnswer {
  const { labels, ui, formats } = context;
  const reason = answer.failure
    ? formats
        .withDetail('', `${labels.failureReason[answer.failure.reason]}, ${labels.failureType[answer.failure.type]}`)
        .trimStart()
    : '';
  const effect = answer.successEffect ? labels.successEffect[answer.successEffect] : labels.successEffect.unchanged;
  const shows = [
    fill(t(ui, 'diagnosis.showsLine'), {
      status: labels.logStatus[answer.logStatus],
      reason: reason ? ` ${reason}` : '',
      effect,
    }),
    fill(t(ui, 'diagnosis.changedAt'), { time: formats.hours(answer.changedAtHours) }),
  ].join(' ');
  const next =
    answer.next.length === 0
      ? t(ui, 'diagnosis.nothingNext')
      : formats.list(answer.next.map((type) => labels.event[type as keyof CampaignLabels['event']] ?? type));
  const links: AnswerLink[] = [{ label: t(ui, 'diagnosis.open'), href: pathHref(answer.message, context) }];
  if (answer.delivery) links.push({ label: t(ui, 'diagnosis.openDelivery'), href: pathHref(answer.delivery, context) });
  if (answer.address) links.push({ label: t(ui, 'diagnosis.openAddress'), href: pathHref(answer.address, context) });
  return {
    title: t(ui, `diagnosis.kindTitle.${answer.kind}`),
    happened: t(ui, `diagnosis.kind.${answer.kind}`),
    steps: answer.message.events.map((event) => eventLabel(event, labels, formats)),
    shows,
    otherReasons:
      answer.otherReasons.length === 0
        ? ''
        : fill(t(ui, 'diagnosis.otherReasons'), {
            reasons: formats.list(answer.otherReasons.map((id) => labels.failureReason[id] ?? id)),
          }),
    next,
    todo: t(ui, `diagnosis.todo.${answer.kind}`),
    facts: formats.list(answer.facts),
    links,
  };
}

/** The sentences that say what to check when nothing matches. */
export function checks(culprits: readonly InputField[], ui: DiagnosisStrings): string[] {
  return culprits.length === 0
    ? [t(ui, 'diagnosis.checkNone')]
    : culprits.map((field) => t(ui, `diagnosis.check.${field}`));
}

/**
 * The whole diagnosis as plain text, in the reader's language, for a support answer: hints, then each
 * answer with its parts and absolute links; or, when nothing matches, what to check. `origin` turns the
 * site's paths into absolute links.
 */
export function diagnosisText(diagnosis: Diagnosis, context: ExplainContext, origin: string, shareUrl: string): string {
  const { ui, labels } = context;
  const lines: string[] = [t(ui, 'diagnosis.title'), shareUrl, ''];
  for (const hint of diagnosis.hints) lines.push(t(ui, `diagnosis.hint.${hint}`), '');
  if (diagnosis.noMatch) {
    lines.push(t(ui, 'diagnosis.noMatch'), t(ui, 'diagnosis.check'));
    for (const check of checks(diagnosis.noMatch.culprits, ui)) lines.push(`- ${check}`);
    return lines.join('\n');
  }
  for (const group of diagnosis.byEdition) {
    lines.push(fill(t(ui, 'diagnosis.answersFor'), { edition: labels.machine[group.edition] }));
    group.answers.forEach((answer, index) => {
      const parts = explainAnswer(answer, context);
      lines.push(
        `${index + 1}. ${parts.title}`,
        `   ${t(ui, 'diagnosis.happened')}: ${parts.happened} (${parts.steps.join(' → ')})`,
        `   ${t(ui, 'diagnosis.shows')}: ${parts.shows}${parts.otherReasons ? ` ${parts.otherReasons}` : ''}`,
        `   ${t(ui, 'diagnosis.next')}: ${parts.next}`,
        `   ${t(ui, 'diagnosis.todo')}: ${parts.todo}`,
        `   ${t(ui, 'diagnosis.facts')}: ${parts.facts}`,
        ...parts.links.map((link) => `   ${link.label}: ${origin}${link.href}`),
      );
    });
    lines.push('');
  }
  return lines.join('\n').trimEnd();
}
