/**
 * "What happened to my message?": symptoms readers and support articles report, answered from the
 * specification. Expectations come from the sources (fact IDs named), not from the diagnosis's tables.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type Answer, type Diagnosis, diagnose } from '~/diagnosis/diagnose.ts';
import { diagnosisText, type ExplainContext, explainAnswer } from '~/diagnosis/explain.ts';
import { buildDiagnosisQuery, type DiagnosisInputs, parseDiagnosisQuery } from '~/diagnosis/inputs.ts';
import type { CampaignLabels } from '~/i18n/campaignLabels.ts';
import { labelsAsShown } from '~/i18n/consoleLabels.ts';
import { playgroundPath } from '~/links/routes.ts';
import { type LocaleKey, langOf } from '~/locales.ts';
import { typesetFor } from '~/typography/locale.ts';
import { textFormats } from '~/views/step.ts';

const root = join(import.meta.dirname, '../..');
const labelFile = (name: string): CampaignLabels =>
  parse(readFileSync(join(root, 'content/campaign-labels', `${name}.yaml`), 'utf8'));

function contextFor(locale: LocaleKey): ExplainContext {
  const name = locale === 'root' ? 'en' : locale;
  const ui = typesetFor(
    langOf(locale),
    JSON.parse(readFileSync(join(root, 'src/content/i18n', `${langOf(locale)}.json`), 'utf8')) as Record<
      string,
      string
    >,
  );
  return {
    labels: labelsAsShown(labelFile(name), labelFile('en'), (shown) => typesetFor(name, shown)),
    ui,
    formats: textFormats(langOf(locale), ui['text.withDetail']!),
    playgroundPath: (machine) => playgroundPath(machine, locale),
  };
}

const top = (diagnosis: Diagnosis, edition?: string): Answer => {
  const group = edition ? diagnosis.byEdition.find((g) => g.edition === edition) : diagnosis.byEdition[0];
  const answer = group?.answers[0];
  if (!answer) throw new Error(`no answer for ${edition ?? 'the first edition'}`);
  return answer;
};

const kinds = (diagnosis: Diagnosis, edition: string) =>
  diagnosis.byEdition.find((g) => g.edition === edition)?.answers.map((a) => a.kind) ?? [];

describe('symptoms, answered from the specification', () => {
  it.each<[LocaleKey, string]>([
    ['root', 'Taken into account by the service provider'],
    ['fr', 'Pris en compte par le fournisseur de services'],
  ])(
    '%s: a v7 reader whose log shows "Taken into account by the service provider" is told it means the Email Feedback Service, and shown that state (facts 1.8, 1.13, C2)',
    (locale, label) => {
      const diagnosis = diagnose({ edition: 'enhancedMtaReporting', status: 'takenIntoAccount' });
      expect(diagnosis.noMatch).toBeNull();
      expect(diagnosis.hints).toContain('statusMeansEfs');
      const answer = top(diagnosis);
      expect(answer.edition).toBe('emailFeedbackService');
      expect(answer.kind).toBe('awaitingDelivery');
      const parts = explainAnswer(answer, contextFor(locale));
      expect(parts.shows).toContain(label);
      const prefix = locale === 'root' ? '' : `/${locale}`;
      expect(parts.links[0]!.href).toBe(
        `${prefix}/playgrounds/email-feedback-service/?link=1&machine=emailFeedbackService&steps=mta.accepted&validity=120`,
      );
    },
  );

  it.each<LocaleKey>(['root', 'es'])(
    '%s: EFS log stays "Taken into account" for 84 h, then Failed, with a 5-day setting: the 3.5-day cap ran out (facts 1.12, 5.3)',
    (locale) => {
      const diagnosis = diagnose({
        edition: 'emailFeedbackService',
        before: 'takenIntoAccount',
        status: 'failed',
        elapsedHours: 84,
        validityHours: 120,
      });
      expect(diagnosis.hints).toContain('settingCapped');
      const answer = top(diagnosis);
      expect(answer.kind).toBe('expired');
      expect(answer.changedAtHours).toBe(84);
      const parts = explainAnswer(answer, contextFor(locale));
      expect(parts.links[0]!.href).toMatch(
        /\/playgrounds\/email-feedback-service\/\?link=1&machine=emailFeedbackService&steps=mta\.accepted,clock\.advanced~84&validity=120$/,
      );
      expect(parts.happened).toMatch(/3[.,]5/);
    },
  );

  it.each<LocaleKey>(['root', 'ko'])(
    '%s: Failed after 48 h with a 2-day setting: the delivery’s own validity ran out, under either edition (facts 5.1, 5.3)',
    (locale) => {
      const diagnosis = diagnose({ edition: 'unknown', status: 'failed', elapsedHours: 48, validityHours: 48 });
      expect(diagnosis.hints).toContain('howToTell');
      expect(diagnosis.hints).not.toContain('settingCapped');
      for (const edition of ['enhancedMtaReporting', 'emailFeedbackService'] as const) {
        const answer = top(diagnosis, edition);
        expect(answer.kind).toBe('expired');
        const href = explainAnswer(answer, contextFor(locale)).links[0]!.href;
        expect(href).toContain(`machine=${edition}&steps=mta.accepted,clock.advanced~48&validity=48`);
      }
    },
  );

  it.each<LocaleKey>(['root', 'zh-cn'])(
    '%s: Sent, then Failed days later: a bounce email or a spam complaint (facts.md §1 asynchronous bounces, facts 3.5, 2.7)',
    (locale) => {
      // EFS: Sent only once delivered (2.10), so Failed after Sent can only come from after the delivery.
      const efs = diagnose({ edition: 'emailFeedbackService', before: 'sent', status: 'failed', elapsedHours: 96 });
      expect(top(efs).kind).toBe('asyncBounce');
      expect(new Set(kinds(efs, 'emailFeedbackService'))).toEqual(new Set(['asyncBounce', 'complaint']));
      // v7, five days after sending: a bounce email arrives within a week; the retries had stopped at 84 h.
      const v7 = diagnose({ edition: 'enhancedMtaReporting', before: 'sent', status: 'failed', elapsedHours: 120 });
      expect(top(v7).kind).toBe('asyncBounce');
      expect(kinds(v7, 'enhancedMtaReporting')).toContain('complaint');
      const complaint = efs.byEdition[0]!.answers.find((a) => a.kind === 'complaint')!;
      expect(complaint.failure?.reason).toBe('denylisted');
      const parts = explainAnswer(top(efs), contextFor(locale));
      expect(parts.links[0]!.href).toMatch(
        /steps=mta\.accepted,mta\.delivered,clock\.advanced~96,feedback\.asyncBounce~/,
      );
      expect(parts.shows).toContain(contextFor(locale).labels.logStatus.failed);
    },
  );

  it.each<LocaleKey>(['root', 'fr'])(
    '%s: Ignored with "Address in quarantine": excluded at preparation because an earlier error quarantined the address (facts 1.18, 4.2, 6.5)',
    (locale) => {
      const diagnosis = diagnose({
        edition: 'unknown',
        status: 'ignored',
        reason: 'quarantined',
        address: 'quarantine',
      });
      const answer = top(diagnosis);
      expect(answer.kind).toBe('excluded');
      expect(answer.successEffect).toBe('excluded');
      const parts = explainAnswer(answer, contextFor(locale));
      expect(parts.links[0]!.href).toMatch(/steps=preparation\.excluded~quarantined&validity=120$/);
      expect(parts.links[1]!.href).toMatch(
        /\/playgrounds\/address\/\?link=1&machine=address&steps=feedback\.hardBounce~/,
      );
      expect(parts.shows).toContain(contextFor(locale).labels.failureReason.quarantined);
    },
  );

  it.each<LocaleKey>(['root', 'es'])(
    '%s: Delivery canceled after a stop: what Campaign had not handed over stayed Pending, then the cleanup canceled it (facts 1.14, 1.16)',
    (locale) => {
      const diagnosis = diagnose({ edition: 'emailFeedbackService', status: 'deliveryCanceled', delivery: 'stopped' });
      const answer = top(diagnosis);
      expect(answer.kind).toBe('canceled');
      const parts = explainAnswer(answer, contextFor(locale));
      expect(parts.links[0]!.href).toMatch(/steps=cleanup\.canceled&validity=120$/);
      expect(parts.links[1]!.href).toMatch(/machine=delivery&steps=.*delivery\.stopped,cleanup\.canceled&waves=2$/);
    },
  );

  it.each<LocaleKey>(['root', 'ko'])(
    '%s: Success % dropped the day after sending under v7 (a bounce pulls it down) but rose under EFS (a delivery pushes it up) (seed v7, fact 2.10)',
    (locale) => {
      const v7 = diagnose({ edition: 'enhancedMtaReporting', success: 'down', elapsedHours: 24 });
      const fall = top(v7);
      expect(fall.logStatus).toBe('failed');
      expect(fall.successEffect).toBe('decreases');
      const efs = diagnose({ edition: 'emailFeedbackService', success: 'up', elapsedHours: 24 });
      const rise = top(efs);
      expect(rise.kind).toBe('delivered');
      expect(rise.successEffect).toBe('increases');
      const context = contextFor(locale);
      expect(explainAnswer(rise, context).shows).toContain(context.labels.successEffect.increases);
      expect(explainAnswer(rise, context).links[0]!.href).toMatch(
        /steps=mta\.accepted,clock\.advanced~24,mta\.delivered/,
      );
      // Under EFS, Success % falls only when a Sent (delivered) message turns Failed later.
      const efsDown = diagnose({ edition: 'emailFeedbackService', success: 'down', elapsedHours: 24 });
      expect(new Set(kinds(efsDown, 'emailFeedbackService'))).toEqual(new Set(['asyncBounce', 'complaint']));
    },
  );
});

describe('when the reader does not know the edition', () => {
  it('answers for both editions, and says how to tell them apart (facts 1.13, 2.10)', () => {
    const diagnosis = diagnose({ edition: 'unknown', status: 'failed', elapsedHours: 48, validityHours: 48 });
    expect(diagnosis.hints).toContain('howToTell');
    expect(diagnosis.byEdition.map((group) => group.edition).sort()).toEqual([
      'emailFeedbackService',
      'enhancedMtaReporting',
    ]);
  });

  it('with "Taken into account" on the log, answers only for the Email Feedback Service, and says so (facts 1.8, C2)', () => {
    const diagnosis = diagnose({ edition: 'unknown', status: 'takenIntoAccount' });
    expect(diagnosis.byEdition.map((group) => group.edition)).toEqual(['emailFeedbackService']);
    expect(diagnosis.hints).toEqual(['howToTell', 'statusMeansEfs']);
  });
});

describe('when nothing matches', () => {
  it('says no behaviour produces it and names the input to check: User unknown cannot be on a Pending log (fact 6.2)', () => {
    const diagnosis = diagnose({ edition: 'emailFeedbackService', status: 'pending', reason: 'userUnknown' });
    expect(diagnosis.byEdition.every((g) => g.answers.length === 0)).toBe(true);
    expect(diagnosis.noMatch?.culprits).toContain('reason');
    const text = diagnosisText(diagnosis, contextFor('fr'), 'https://x.example', 'https://x.example/fr/?q');
    expect(text).toContain(contextFor('fr').ui['diagnosis.noMatch']);
    expect(text).toContain(contextFor('fr').ui['diagnosis.check.reason']);
  });

  it('a message still with the MTA after the 3.5-day cap is impossible: the time is what to check (facts 5.1, 5.3)', () => {
    const diagnosis = diagnose({ edition: 'emailFeedbackService', status: 'takenIntoAccount', elapsedHours: 100 });
    expect(diagnosis.noMatch?.culprits).toContain('elapsedHours');
    expect(diagnosis.noMatch?.culprits).not.toContain('validityHours');
  });
});

describe('copy answer', () => {
  it('is plain text in the reader’s language with absolute links', () => {
    const diagnosis = diagnose({ edition: 'enhancedMtaReporting', status: 'takenIntoAccount' });
    const context = contextFor('ko');
    const text = diagnosisText(
      diagnosis,
      context,
      'https://site.example',
      'https://site.example/ko/playgrounds/diagnose/',
    );
    expect(text).toContain(context.ui['diagnosis.hint.statusMeansEfs']);
    expect(text).toContain('https://site.example/ko/playgrounds/email-feedback-service/?link=1');
    expect(text).not.toMatch(/<[a-z]/i);
  });
});

describe('diagnosis links', () => {
  it('round-trip every input', () => {
    const inputs: DiagnosisInputs = {
      edition: 'emailFeedbackService',
      status: 'failed',
      before: 'takenIntoAccount',
      failureType: 'soft',
      reason: 'mailboxFull',
      elapsedHours: 84,
      validityHours: 120,
      success: 'flat',
      delivery: 'inProgress',
      address: 'withErrors',
    };
    expect(parseDiagnosisQuery(buildDiagnosisQuery(inputs))).toEqual({ inputs, asked: true, problems: [] });
  });

  it('keep what checks out and name each bad field, never its value', () => {
    const parsed = parseDiagnosisQuery(
      '?diagnose=1&edition=emailFeedbackService&status=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&elapsed=-5&validity=1e9&reason=__proto__&address=quarantine',
    );
    expect(parsed.inputs).toEqual({ edition: 'emailFeedbackService', address: 'quarantine' });
    expect(parsed.problems).toEqual([
      { code: 'invalidValue', field: 'status' },
      { code: 'invalidValue', field: 'reason' },
      { code: 'invalidValue', field: 'elapsedHours' },
      { code: 'invalidValue', field: 'validityHours' },
    ]);
    expect(JSON.stringify(parsed)).not.toContain('img');
  });

  it('refuse an over-long query and an unknown version without reading further', () => {
    expect(parseDiagnosisQuery(`?status=sent&x=${'a'.repeat(9000)}`).problems).toEqual([{ code: 'tooLong' }]);
    expect(parseDiagnosisQuery('?diagnose=7&status=sent')).toEqual({
      inputs: { edition: 'unknown' },
      asked: true,
      problems: [{ code: 'unsupportedVersion' }],
    });
    expect(parseDiagnosisQuery({ toString: () => '?status=sent' }).asked).toBe(false);
  });

  it('an empty query asks nothing; a sub-hour validity is refused like the registry refuses it', () => {
    expect(parseDiagnosisQuery('')).toEqual({ inputs: { edition: 'unknown' }, asked: false, problems: [] });
    expect(parseDiagnosisQuery('?validity=0.5').problems).toEqual([{ code: 'invalidValue', field: 'validityHours' }]);
  });
});
