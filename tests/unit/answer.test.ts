/**
 * The answer a support engineer pastes to a customer. Expectations are the sources' own facts, written
 * out by hand: the 3.5-day (84-hour) cap on a 5-day setting (facts-extended 5.1, 5.3), a hard error
 * quarantines at once (4.2), the editions' Success % starting points (seeds, facts-extended 2.10).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { CampaignLabels } from '~/i18n/campaignLabels.ts';
import { labelsAsShown } from '~/i18n/consoleLabels.ts';
import type { UiKey } from '~/i18n/uiKeys.ts';
import { type MachineId, replay, type SpecEvent } from '~/machines/index.ts';
import { typesetFor } from '~/typography/locale.ts';
import { composeAnswer } from '~/views/answer.ts';

const root = join(import.meta.dirname, '../..');
const labelFile = (file: string): CampaignLabels =>
  parse(readFileSync(join(root, 'content/campaign-labels', `${file}.yaml`), 'utf8'));
/** A language's labels as its pages show them (English console labels glossed where the console has no translation). */
const labelsOf = (file: string): CampaignLabels =>
  labelsAsShown(labelFile(file), labelFile('en'), (shown) => typesetFor(file, shown));
const uiOf = (lang: string): Record<UiKey, string> =>
  typesetFor(lang, JSON.parse(readFileSync(join(root, 'src/content/i18n', `${lang}.json`), 'utf8')));

const locales: Record<string, readonly [string, string]> = {
  en: ['en', 'en'],
  fr: ['fr', 'fr'],
  es: ['es', 'es'],
  'zh-cn': ['zh-cn', 'zh-CN'],
  ko: ['ko', 'ko'],
};
type Locale = 'en' | 'fr' | 'es' | 'zh-cn' | 'ko';

const url = 'https://example.test/playgrounds/x/?link=1&steps=a';

function answer(locale: Locale, machine: MachineId, events: SpecEvent[], input: Record<string, unknown> = {}) {
  const [labelFile, lang] = locales[locale]!;
  const result = replay(machine, events, input);
  expect(result.ok).toBe(true);
  return composeAnswer({
    machine,
    path: result.steps,
    input,
    labels: labelsOf(labelFile),
    ui: uiOf(lang),
    lang,
    url,
  });
}

const fiveDays = { validitySettingHours: 120 };
const timedOutAfterSoftBounce: SpecEvent[] = [
  { type: 'mta.accepted' },
  { type: 'feedback.softBounce', reason: 'mailboxFull' },
  { type: 'clock.advanced', hours: 72 },
  { type: 'clock.advanced', hours: 24 },
];

describe('the answer for an EFS message that timed out after a soft bounce, with the default 5-day validity', () => {
  const byLocale: Record<Locale, { edition: RegExp; cap: RegExp; setting: RegExp }> = {
    en: { edition: /Campaign v8 with the Email Feedback Service/, cap: /84\shours/, setting: /5\sdays/ },
    fr: { edition: /Campaign v8 avec l[’']Email Feedback Service/, cap: /84\sheures/, setting: /5\sjours/ },
    es: { edition: /Campaign v8 y Email Feedback Service/, cap: /84\shoras/, setting: /5\sdías/ },
    'zh-cn': { edition: /Campaign v8 和电子邮件反馈服务/, cap: /84\s?小时/, setting: /5\s?天/ },
    ko: { edition: /이메일 피드백 서비스를 쓰는 Campaign v8/, cap: /84시간/, setting: /5일/ },
  };
  for (const locale of Object.keys(byLocale) as Locale[]) {
    it(`${locale}: names the edition, the 84-hour cap, the 5-day setting and the one reason, then the link`, () => {
      const { text } = answer(locale, 'emailFeedbackService', timedOutAfterSoftBounce, fiveDays);
      const expected = byLocale[locale];
      expect(text).toMatch(expected.edition);
      expect(text).toMatch(expected.cap);
      expect(text).toMatch(expected.setting);
      // The cause that happened (the soft bounce's reason), not the list of every possible cause.
      const labels = labelsOf(locales[locale]![0]);
      expect(text).toContain(labels.failureReason.mailboxFull);
      expect(text).toContain(labels.logStatus.failed);
      expect(text).not.toContain(labels.statusMeaning.emailFeedbackService.failed);
      expect(text.trimEnd().endsWith(url)).toBe(true);
      // No nested brackets, no placeholder left unfilled.
      expect(text).not.toMatch(/\([^)]*\(/);
      expect(text).not.toMatch(/\{\{/);
    });
  }

  it('says in English that Success % starts at 0% with the Email Feedback Service', () => {
    expect(answer('en', 'emailFeedbackService', timedOutAfterSoftBounce, fiveDays).text).toMatch(/starts at 0%/);
  });
});

describe('the answer follows the path taken', () => {
  it('a hard bounce on v7: the edition, the reason, the quarantine, and nothing about validity', () => {
    const { text } = answer('en', 'enhancedMtaReporting', [
      { type: 'mta.accepted' },
      { type: 'feedback.hardBounce', reason: 'userUnknown' },
    ]);
    expect(text).toMatch(/Campaign Classic v7/);
    expect(text).toMatch(/hard bounce, with the reason User unknown/);
    expect(text).toMatch(/quarantine/);
    expect(text).not.toMatch(/validity/);
  });

  it('a 2-day setting is not capped: the answer gives the setting and no 3.5-day cut', () => {
    const { text } = answer(
      'en',
      'emailFeedbackService',
      [
        { type: 'mta.accepted' },
        { type: 'feedback.softBounce', reason: 'mailboxFull' },
        { type: 'clock.advanced', hours: 48 },
      ],
      { validitySettingHours: 48 },
    );
    expect(text).toMatch(/own setting, 2 days/);
    expect(text).not.toMatch(/3\.5 days/);
  });

  it('a message still retrying says how long is left and what each outcome would show', () => {
    const { text } = answer(
      'en',
      'emailFeedbackService',
      [
        { type: 'mta.accepted' },
        { type: 'feedback.softBounce', reason: 'mailboxFull' },
        { type: 'clock.advanced', hours: 24 },
      ],
      fiveDays,
    );
    expect(text).toMatch(/60 hours are left/);
    expect(text).toMatch(/“Taken into account by the service provider”/);
    expect(text).toMatch(/turns “Sent”/);
  });

  it('a timeout with no bounce says the sources do not name the reason', () => {
    const { text } = answer(
      'en',
      'enhancedMtaReporting',
      [{ type: 'mta.accepted' }, { type: 'clock.advanced', hours: 96 }],
      fiveDays,
    );
    expect(text).toMatch(/do not say which failure reason/);
  });

  it('a spam complaint after delivery names the denylist', () => {
    const { text } = answer('ko', 'emailFeedbackService', [
      { type: 'mta.accepted' },
      { type: 'mta.delivered' },
      { type: 'feedback.complaint' },
    ]);
    expect(text).toMatch(/스팸으로 신고/);
    expect(text).toContain(labelsOf('ko').state.denylisted);
  });

  it('machines other than a message say where it is', () => {
    const { text } = answer('en', 'bounceQualification', []);
    expect(text).toContain(labelsOf('en').machine.bounceQualification);
  });
});

describe('the rich (HTML) flavour', () => {
  it('is the same paragraphs, escaped, with the link as a link', () => {
    const { html, text } = answer('fr', 'emailFeedbackService', timedOutAfterSoftBounce, fiveDays);
    expect(html.match(/<p>/g)).toHaveLength(text.split('\n\n').length);
    expect(html).toContain(`<a href="${url.replace(/&/g, '&#38;')}">`);
    expect(html).not.toMatch(/<(?!\/?(p|a)\b)/);
  });
});
