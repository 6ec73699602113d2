/**
 * Every language says what the English says, and none repeats a wrong statement found by the native review of
 * issue #14. A support engineer repeats what a page says to a customer, so each check below names one kind of
 * mistake and the fact it protects (IDs from domain/facts-extended.md). The patterns are narrow on purpose: they
 * match the sentences the pages actually use, so a failure points at one claim, not at style.
 *
 * Adding a language or a case: add a pattern for the locale to an existing entry (the entry's other locales show
 * what the sentence has to say), or add an entry. Locales without a pattern for an entry are not checked by it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

type Locale = 'en' | 'fr' | 'es' | 'zh-cn' | 'ko';

const docs = join(import.meta.dirname, '../../src/content/docs');
const dirOf = (locale: Locale) => (locale === 'en' ? docs : join(docs, locale));

/** A page's text as a reader meets it: front matter and prose, without the import lines. */
function pageText(locale: Locale, page: string): string {
  return readFileSync(join(dirOf(locale), page), 'utf8')
    .split('\n')
    .filter((line) => !line.startsWith('import '))
    .join('\n');
}

/** Every page of a locale (paths relative to the locale's folder), English without the other locales' folders. */
function pagesOf(locale: Locale): string[] {
  const others = ['fr/', 'es/', 'zh-cn/', 'ko/'];
  return readdirSync(dirOf(locale), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
    .map((entry) => relative(dirOf(locale), join(entry.parentPath, entry.name)))
    .filter((page) => locale !== 'en' || !others.some((prefix) => page.startsWith(prefix)))
    .sort();
}

/** source-notes.mdx belongs to another owner and quotes Adobe's wordings on purpose; the label checks skip it. */
const OWN_PAGES = (locale: Locale) => pagesOf(locale).filter((page) => page !== 'reference/source-notes.mdx');

// 1. Statements found wrong. Each would have been caught by its pattern.
const wrongClaims: { locale: Locale; page: string; claim: RegExp; why: string }[] = [
  {
    locale: 'en',
    page: 'guides/retries-and-validity.mdx',
    claim: /retried for 3\.5 days after it arrived there/,
    why: '"there" is the retry queue: the 3.5 days count from when the message reached the MTA (facts-extended 5.3)',
  },
  {
    locale: 'fr',
    page: 'index.mdx',
    claim: /décide seul[^.]*qualification des rebonds/,
    why: 'the MTA qualifies synchronous bounces only; inMail still qualifies asynchronous ones (facts.md §1)',
  },
  {
    locale: 'es',
    page: 'index.mdx',
    claim: /descuenta los rebotes a medida que se comunican/,
    why: 'in v7 a soft bounce does not change Success %; only hard bounces and failed or expired retries lower it (facts.md §5)',
  },
  {
    locale: 'fr',
    page: 'guides/upgrading.mdx',
    claim: /Pendant les 24 heures qui suivent/,
    why: 'Adobe monitors for up to 24 hours, not for 24 hours in every case',
  },
  {
    locale: 'fr',
    page: 'reporting/enhanced-mta-reporting.mdx',
    claim: /cellule de trop/,
    why: 'the malformed v7 row has five cells for three columns, two too many (facts.md §7.1)',
  },
  {
    locale: 'fr',
    page: 'guides/stopping-a-delivery.mdx',
    claim: /souvent trop tard/,
    why: 'no source says how fast the relay is, so none says a stop usually comes too late',
  },
  {
    locale: 'es',
    page: 'guides/bounce-qualification.mdx',
    claim: /al llegar al umbral \(5 por defecto\), la dirección pasa a cuarentena/,
    why: 'the sources disagree between the fifth and the sixth error (conflict C4)',
  },
];

describe('no translation repeats a statement found wrong', () => {
  it.each(wrongClaims)('$locale $page: $why', ({ locale, page, claim }) => {
    expect(pageText(locale, page)).not.toMatch(claim);
  });
});

// 2. Facts the English pages give, which every language must give on the same page.
const mustSay: { page: string; fact: string; patterns: Partial<Record<Locale, RegExp>> }[] = [
  {
    page: 'guides/retries-and-validity.mdx',
    fact: 'the 3.5 days count from when the message reached the MTA (facts-extended 5.3)',
    patterns: {
      en: /3\.5 days have passed since it reached the Enhanced MTA/,
      fr: /3,5 jours[^.]*à compter de son arrivée dans le MTA/,
      es: /3,5 días[^.]*contados desde la llegada del mensaje al MTA/,
    },
  },
  {
    page: 'index.mdx',
    fact: 'the home page says when the 3.5 days start counting',
    patterns: {
      en: /3\.5 days at most, counted from the moment the message reached it/,
      fr: /3,5 jours au plus, comptés à partir de son arrivée dans le MTA/,
      es: /3,5 días como máximo, contados desde que el mensaje llega al MTA/,
    },
  },
  {
    page: 'reference/glossary.mdx',
    fact: 'the glossary says when the 3.5 days start counting',
    patterns: {
      en: /3\.5 days, counted from the moment each message reaches it/,
      fr: /3,5 jours à compter de l[’']arrivée du message dans le MTA/,
      es: /3,5 días contados desde la llegada del mensaje al MTA/,
    },
  },
  {
    page: 'index.mdx',
    fact: 'with the Email Feedback Service Success % starts at 0 % and climbs (facts-extended 2.10)',
    patterns: { en: /starts at 0% and climbs/, fr: /part de 0 % et monte/, es: /parte del 0 % y sube/ },
  },
  {
    page: 'guides/retries-and-validity.mdx',
    fact: 'the native MTA made five retries on the first day (facts.md §2)',
    patterns: {
      en: /five retries on the first day/,
      fr: /cinq reprises le premier jour/,
      es: /cinco reintentos el primer día/,
    },
  },
  {
    page: 'guides/retries-and-validity.mdx',
    fact: 'SparkPost reports a timeout as 554 5.4.7 (facts-extended 5.13)',
    patterns: { en: /554 5\.4\.7/, fr: /554 5\.4\.7/, es: /554 5\.4\.7/ },
  },
  {
    page: 'guides/mx-rules-and-throughput.mdx',
    fact: '451 4.3.0 is adaptive back-off, and deferred messages are not lost (facts-extended 5.14)',
    patterns: {
      en: /451 4\.3\.0[\s\S]*not lost/,
      fr: /451 4\.3\.0[\s\S]*ne sont pas perdus/,
      es: /451 4\.3\.0[\s\S]*no se pierden/,
    },
  },
  {
    page: 'guides/mx-rules-and-throughput.mdx',
    fact: 'raise a concern above 30 % soft bounces at one ISP for 24 hours (facts-extended 7.3)',
    patterns: { en: /30%[^.]*24 hours/, fr: /30 %[^.]*24 heures/, es: /30 %[^.]*24 horas/ },
  },
  {
    page: 'guides/sending-and-monitoring.mdx',
    fact: 'a delivery stuck Pending can be the concurrency limit (facts.md §3)',
    patterns: {
      en: /NmsOperation_LimitConcurrency/,
      fr: /NmsOperation_LimitConcurrency/,
      es: /NmsOperation_LimitConcurrency/,
    },
  },
  {
    page: 'guides/bounce-qualification.mdx',
    fact: 'on v7 without EFS the Inbound email rules also process synchronous bounce mails (facts.md §1)',
    patterns: {
      en: /without the Email Feedback Service[^.]*Inbound email rules process them too/,
      fr: /sans Email Feedback Service[^.]*règles Mail entrant les traitent/,
      es: /sin Email Feedback Service[^.]*reglas de Inbound email/,
    },
  },
  {
    page: 'guides/bounce-qualification.mdx',
    fact: 'Hard reasons for addresses skipped before sending (facts-extended 6.5)',
    patterns: { en: /Address not specified/, fr: /Adresse non renseignée/, es: /Address not specified/ },
  },
  {
    page: 'guides/stopping-a-delivery.mdx',
    fact: 'stopping a scheduled delivery before its start keeps every message',
    patterns: { en: /\*\*scheduled\*\* delivery/, fr: /diffusion \*\*planifiée\*\*/, es: /entrega \*\*programada\*\*/ },
  },
  {
    page: 'guides/dkim.mdx',
    fact: 'DKIM concerns email only, the only channel that moves to the Enhanced MTA',
    patterns: {
      en: /DKIM concerns email only/,
      fr: /DKIM ne concerne que l[’']e-mail/,
      es: /DKIM solo afecta al correo electrónico/,
    },
  },
  {
    page: 'guides/enhanced-mta.mdx',
    fact: 'the overview says DKIM signing moves to the MTA',
    patterns: { en: /DKIM signing moves to the MTA/, fr: /signature DKIM passe au MTA/, es: /firma DKIM pasa al MTA/ },
  },
  {
    page: 'guides/upgrading.mdx',
    fact: 'the upgrade page says DKIM signing moves to the Enhanced MTA',
    patterns: { en: /moves DKIM signing/, fr: /signature DKIM/, es: /firma DKIM/ },
  },
  {
    page: 'guides/upgrading.mdx',
    fact: 'monitoring lasts up to 24 hours',
    patterns: { en: /up to 24 hours/, fr: /24 heures au plus/, es: /un máximo de 24 horas/ },
  },
  {
    page: 'guides/upgrading.mdx',
    fact: 'an IP ramp-up is typically at least eight weeks (facts.md §6)',
    patterns: { en: /at least eight/, fr: /au moins huit/, es: /al menos ocho/ },
  },
  {
    page: 'reporting/enhanced-mta-reporting.mdx',
    fact: 'the malformed v7 row has five cells for three columns (facts.md §7.1)',
    patterns: {
      en: /five cells instead of three/,
      fr: /cinq cellules pour trois colonnes/,
      es: /cinco celdas en lugar de tres/,
    },
  },
];

describe('every language says what the English says', () => {
  const cases = mustSay.flatMap(({ page, fact, patterns }) =>
    Object.entries(patterns).map(([locale, pattern]) => ({ locale: locale as Locale, page, fact, pattern })),
  );
  it.each(cases)('$locale $page: $fact', ({ locale, page, pattern }) => {
    expect(pageText(locale, page)).toMatch(pattern);
  });
});

// 3. The end of the validity period ends retries and time-outs, not asynchronous bounces, which can arrive up to a
// week after sending (facts.md §1) and still turn a Sent message Failed. The pages that explain what happens at the
// end of the validity period say so; and a page that still speaks of "final" figures must say it too.
const afterValidityPages = [
  'guides/retries-and-validity.mdx',
  'reporting/enhanced-mta-reporting.mdx',
  'reporting/email-feedback-service.mdx',
  'reporting/success-over-time.mdx',
];
const asyncAfterValidity: Partial<Record<Locale, RegExp>> = {
  en: /asynchronous bounces?[^.]*up to a week/i,
  fr: /rebonds? asynchrones?[^.]*jusqu[’']à une semaine/i,
  es: /rebotes? asíncronos?[^.]*hasta una semana/i,
};
const finalFigures: Partial<Record<Locale, RegExp>> = {
  en: /\bfinal (Success|figures)/,
  fr: /(% de Succès|chiffres?) définiti/,
  es: /(porcentaje de éxito|cifras) definitiv/i,
};

describe('pages say what can still change the figures after the validity period', () => {
  const cases = Object.entries(asyncAfterValidity).flatMap(([locale, pattern]) =>
    afterValidityPages.map((page) => ({ locale: locale as Locale, page, pattern })),
  );
  it.each(cases)(
    '$locale $page: asynchronous bounces can still arrive up to a week after sending',
    ({ locale, page, pattern }) => {
      expect(pageText(locale, page)).toMatch(pattern);
    },
  );

  const finalCases = Object.entries(finalFigures).flatMap(([locale, final]) =>
    pagesOf(locale as Locale)
      .filter((page) => final.test(pageText(locale as Locale, page)))
      .map((page) => ({ locale: locale as Locale, page })),
  );
  it.each(finalCases)(
    '$locale $page speaks of final figures and says asynchronous bounces come later',
    ({ locale, page }) => {
      expect(pageText(locale, page)).toMatch(asyncAfterValidity[locale] as RegExp);
    },
  );
});

// 4. The quarantine threshold: Adobe's pages disagree between the fifth and the sixth error (conflict C4). A page
// that gives the default of 5 also names both readings, instead of stating one as fact.
const quarantineLimit: Partial<Record<Locale, { limit: RegExp; fifth: RegExp; sixth: RegExp }>> = {
  en: { limit: /\b5 by default\b/, fifth: /fifth/, sixth: /sixth/ },
  fr: { limit: /\b5 par défaut\b/, fifth: /cinquième/, sixth: /sixième/ },
  es: { limit: /(?<!\d)5 por defecto\b/, fifth: /quint[oa]/, sixth: /sext[oa]/ },
};

describe('no page states one quarantine threshold as fact', () => {
  const cases = Object.entries(quarantineLimit).flatMap(([locale, patterns]) =>
    OWN_PAGES(locale as Locale)
      .filter((page) => patterns.limit.test(pageText(locale as Locale, page)))
      .map((page) => ({ locale: locale as Locale, page, ...patterns })),
  );
  it('finds the pages it guards', () => {
    expect(cases.length).toBeGreaterThan(0);
  });
  it.each(cases)('$locale $page names both the fifth and the sixth error', ({ locale, page, fifth, sixth }) => {
    const text = pageText(locale, page);
    expect(text).toMatch(fifth);
    expect(text).toMatch(sixth);
  });
});

// 5. Labels as readers see them on screen (facts-extended §8). French pages use the French console's labels, one
// term per state; the glossary alone lists Adobe's other spellings so that a search finds the page by any of them.
// Spanish pages show the English label the console shows (there is no Spanish console, 8.1) with the Spanish
// term beside it, never a Spanish label alone in bold, and never two Spanish words for Failed.
describe('labels on the French and Spanish pages', () => {
  const frProse = OWN_PAGES('fr').filter((page) => page !== 'reference/glossary.mdx');
  it.each(frProse)('fr %s names the relay status as the statuses page does', (page) => {
    expect(pageText('fr', page)).not.toMatch(/Pris en compte par le prestataire/);
  });
  it.each(frProse)('fr %s uses Adobe’s failure-reason and rule labels', (page) => {
    const text = pageText('fr', page);
    expect(text).not.toMatch(/Injoignable|Mails entrants|\*\*Envoyé\*\*/);
  });
  it('the French glossary lists Adobe’s variants of the relay status', () => {
    const text = pageText('fr', 'reference/glossary.mdx');
    expect(text).toMatch(/Pris en compte par le fournisseur de services/);
    expect(text).toMatch(/Pris en compte par le prestataire/);
  });

  it.each(OWN_PAGES('es'))('es %s shows status labels in English, with the Spanish term beside them', (page) => {
    const text = pageText('es', page);
    expect(text).not.toMatch(/\*\*(Enviado|Error|Pendiente|Tenido en cuenta por el proveedor de servicios)\*\*/);
    // "Fallido" was a second Spanish word for Failed beside Adobe's "Error"; "reintentos fallidos" is plain prose.
    expect(text).not.toMatch(/\bFallid[oa]\b/);
  });
  it('the Spanish glossary says the v8 Web UI may show translated labels and lists Adobe’s variants', () => {
    const text = pageText('es', 'reference/glossary.mdx');
    expect(text).toMatch(/Web UI/);
    expect(text).toMatch(/El proveedor de servicios lo tiene en cuenta/);
  });
});

// 6. French typography done by hand: one apostrophe (’) throughout. Narrow no-break spaces are added at build time.
describe('French apostrophes', () => {
  it.each(OWN_PAGES('fr'))('fr %s uses ’ between letters, never a straight quote', (page) => {
    expect(pageText('fr', page)).not.toMatch(/\p{L}'\p{L}/u);
  });
});

// 7. Simplified Chinese and Korean. The same kinds of check as above, in their own block so that each locale's
// patterns sit next to each other. Chinese and Korean docs from Adobe keep the console's status labels in English
// (facts-extended 8.6, 8.14–8.17): the pages write the English label with Adobe's local term beside it.
describe('Simplified Chinese and Korean pages', () => {
  // Each pattern is a statement the native review found wrong, or one that would say it again.
  const wrongCjk: { locale: Locale; page: string; claim: RegExp; why: string }[] = [
    {
      locale: 'zh-cn',
      page: 'guides/retries-and-validity.mdx',
      claim: /到达队列时|从进入(重试)?队列/,
      why: 'the 3.5 days count from when the message reached the MTA, not the retry queue (facts-extended 5.3)',
    },
    {
      locale: 'zh-cn',
      page: 'reference/glossary.mdx',
      claim: /截图可能是[^。]*韩语/,
      why: 'there is no Korean console; the console exists in English, French, German and Japanese only (8.1)',
    },
    {
      locale: 'ko',
      page: 'reporting/success-over-time.mdx',
      claim: /잠깐/,
      why: 'an asynchronous bounce turns a log Failed for good: the drop it causes does not recover',
    },
  ];
  it.each(wrongCjk)('$locale $page: $why', ({ locale, page, claim }) => {
    expect(pageText(locale, page)).not.toMatch(claim);
  });

  // Facts the English pages give, which the Chinese and Korean pages give on the same page.
  const mustSayCjk: { page: string; fact: string; zh: RegExp; ko: RegExp }[] = [
    {
      page: 'guides/retries-and-validity.mdx',
      fact: 'the 3.5 days count from when each message reached the MTA (5.3)',
      zh: /3\.5 天从每条消息\*\*到达增强型 MTA\*\* 的那一刻起算/,
      ko: /3\.5일은 메시지 하나하나가 \*\*Enhanced MTA에 도착한 시점부터\*\* 셉니다/,
    },
    {
      page: 'index.mdx',
      fact: 'the home page says when the 3.5 days start counting',
      zh: /3\.5 天，从消息到达 MTA 的那一刻算起/,
      ko: /3\.5일까지만 재시도하며, 이 기간은 메시지가 \*\*MTA에 도착한 시점부터\*\*/,
    },
    {
      page: 'reference/glossary.mdx',
      fact: 'the glossary says when the 3.5 days start counting',
      zh: /3\.5 天，从每条消息到达 MTA 的那一刻起算/,
      ko: /3\.5일까지 따르며, 이 기간은 메시지 하나하나가 MTA에 도착한 시점부터/,
    },
    {
      page: 'guides/retries-and-validity.mdx',
      fact: 'at expiry Success % falls in v7 and does not change with EFS (facts.md §5)',
      zh: /\*\*Success\*\*（成功）百分比随之下降[\s\S]*成功率不变，因为这条消息从未被计为成功/,
      ko: /\*\*Success\*\*\(성공\) 비율이 내려갑니다[\s\S]*성공 비율은 변하지 않습니다/,
    },
    {
      page: 'guides/retries-and-validity.mdx',
      fact: 'the native MTA made five retries on the first day (facts.md §2)',
      zh: /第一天重试五次/,
      ko: /첫날 최소 한 시간 간격으로 다섯 번/,
    },
    {
      page: 'guides/retries-and-validity.mdx',
      fact: 'SparkPost reports a timeout as 554 5.4.7 (facts-extended 5.13)',
      zh: /554 5\.4\.7/,
      ko: /554 5\.4\.7/,
    },
    {
      page: 'guides/mx-rules-and-throughput.mdx',
      fact: '451 4.3.0 is adaptive back-off, and deferred messages are not lost (5.14)',
      zh: /451 4\.3\.0[\s\S]*并不会丢失/,
      ko: /451 4\.3\.0[\s\S]*사라지지 않습니다/,
    },
    {
      page: 'guides/mx-rules-and-throughput.mdx',
      fact: 'raise a concern above 30 % soft bounces at one ISP for 24 hours (7.3)',
      zh: /30%[^。]*24 小时/,
      ko: /30%[^.]*24시간/,
    },
    {
      page: 'guides/sending-and-monitoring.mdx',
      fact: 'a delivery stuck Pending can be the concurrency limit (facts.md §3)',
      zh: /NmsOperation_LimitConcurrency/,
      ko: /NmsOperation_LimitConcurrency/,
    },
    {
      page: 'guides/bounce-qualification.mdx',
      fact: 'on v7 without EFS the Inbound email rules also process synchronous bounce mails (facts.md §1)',
      zh: /未启用电子邮件反馈服务的 Campaign Classic v7 实例上[^。]*入站电子邮件规则同样会处理/,
      ko: /이메일 피드백 서비스가 없는 Campaign Classic v7 인스턴스에서는[^.]*Inbound email 규칙이 이것까지 처리/,
    },
    {
      page: 'guides/bounce-qualification.mdx',
      fact: 'Hard reasons for addresses skipped before sending (facts-extended 6.5)',
      zh: /\*\*Address not specified\*\*[\s\S]*\*\*Address in quarantine\*\*/,
      ko: /\*\*Address not specified\*\*[\s\S]*\*\*Address in quarantine\*\*/,
    },
    {
      page: 'guides/stopping-a-delivery.mdx',
      fact: 'stopping a scheduled delivery before its start keeps every message',
      zh: /\*\*定时发送\*\*的投放如果还没到开始时间/,
      ko: /예약 시각이 아직 오지 않은 게재/,
    },
    {
      page: 'guides/dkim.mdx',
      fact: 'DKIM concerns email only, the only channel that moves to the Enhanced MTA',
      zh: /DKIM 只涉及电子邮件/,
      ko: /DKIM은 이메일에만 해당하며/,
    },
    {
      page: 'guides/enhanced-mta.mdx',
      fact: 'the overview says DKIM signing moves to the MTA',
      zh: /DKIM 签名改由 MTA 完成/,
      ko: /DKIM 서명은 MTA가 담당/,
    },
    {
      page: 'guides/upgrading.mdx',
      fact: 'monitoring lasts up to 24 hours',
      zh: /最长 24 小时/,
      ko: /최대 24시간/,
    },
    {
      page: 'guides/upgrading.mdx',
      fact: 'an IP ramp-up is typically at least eight weeks (facts.md §6)',
      zh: /至少八周/,
      ko: /최소 8주/,
    },
    {
      page: 'reporting/enhanced-mta-reporting.mdx',
      fact: 'the malformed v7 row has five cells for three columns (facts.md §7.1)',
      zh: /五个单元格，而表格只有三列/,
      ko: /열은 세 개인데 칸이 다섯 개/,
    },
    {
      page: 'reporting/enhanced-mta-reporting.mdx',
      fact: 'the v7 reporting page links to the comparison playground, as the English page does',
      zh: /\]\(\/zh-cn\/playgrounds\/compare\/\)/,
      ko: /\]\(\/ko\/playgrounds\/compare\/\)/,
    },
    {
      page: 'reference/glossary.mdx',
      fact: 'at least one day between two counted errors, and the counter resets after 10 days (4.7, 4.9)',
      zh: /至少相隔一天[\s\S]*超过 10 天/,
      ko: /최소 하루의 간격[\s\S]*10일보다 오래되면/,
    },
    {
      page: 'reference/glossary.mdx',
      fact: 'the console exists in English, French, German and Japanese only; the v8 Web UI labels are not documented (8.1, 8.5)',
      zh: /只有英语、法语、德语和日语界面[\s\S]*Web 用户界面[\s\S]*没有公布/,
      ko: /영어, 프랑스어, 독일어, 일본어로만 제공[\s\S]*웹 UI[\s\S]*공개하지 않았/,
    },
    {
      page: 'reference/glossary.mdx',
      fact: 'Adobe’s own spellings of “Taken into account by the service provider”, so that search finds them (C8)',
      zh: /服务提供商已考虑[\s\S]*由服务提供商考虑/,
      ko: /서비스 공급자가 고려함[\s\S]*서비스 제공자의 고려/,
    },
  ];
  const mustCases = mustSayCjk.flatMap(({ page, fact, zh, ko }) => [
    { locale: 'zh-cn' as Locale, page, fact, pattern: zh },
    { locale: 'ko' as Locale, page, fact, pattern: ko },
  ]);
  it.each(mustCases)('$locale $page: $fact', ({ locale, page, pattern }) => {
    expect(pageText(locale, page)).toMatch(pattern);
  });

  // "Final" figures: retries end with the validity period, asynchronous bounces do not (facts.md §1).
  const finalCjk = {
    'zh-cn': { final: /最终(的)?成功率|由重试决定|有效期结束后的数字/, async: /异步退回/ },
    ko: { final: /최종 성공 비율|최종 결과|유효 기간이 끝난 뒤의 숫자/, async: /비동기 바운스/ },
  } as const;
  const finalCases = (['zh-cn', 'ko'] as const).flatMap((locale) =>
    pagesOf(locale)
      .filter((page) => finalCjk[locale].final.test(pageText(locale, page)))
      .map((page) => ({ locale, page })),
  );
  it('finds the Chinese and Korean pages that speak of final figures', () => {
    expect(finalCases.map(({ locale }) => locale).sort()).toEqual(expect.arrayContaining(['ko', 'zh-cn']));
  });
  it.each(finalCases)('$locale $page also says asynchronous bounces can arrive later', ({ locale, page }) => {
    expect(pageText(locale, page)).toMatch(finalCjk[locale].async);
  });

  // The quarantine threshold: the sources disagree between the fifth and the sixth error (conflict C4).
  it.each([
    { locale: 'zh-cn' as Locale, limit: /默认为 5/, fifth: /第五次/, sixth: /第六次/ },
    { locale: 'ko' as Locale, limit: /기본값 5/, fifth: /다섯 번째/, sixth: /여섯 번째/ },
  ])('$locale: the glossary gives the default of 5 and names both readings', ({ locale, limit, fifth, sixth }) => {
    const text = pageText(locale, 'reference/glossary.mdx');
    expect(text).toMatch(limit);
    expect(text).toMatch(fifth);
    expect(text).toMatch(sixth);
  });

  // Labels: the console shows English labels (8.1), so a Chinese or Korean status term never stands alone in bold,
  // and the pages use Adobe's own terms, not ones of our making (服务提供商已受理, 서비스 공급자에게 접수됨).
  it.each(OWN_PAGES('zh-cn'))('zh-cn %s shows English labels, Adobe’s Chinese term beside them', (page) => {
    const text = pageText('zh-cn', page);
    expect(text).not.toMatch(/\*\*(已发送|失败|挂起|待处理|服务提供商已考虑|已停止|已完成)\*\*/);
    expect(text).not.toMatch(/服务提供商已受理/);
  });
  it.each(OWN_PAGES('ko'))('ko %s shows English labels, Adobe’s Korean term beside them', (page) => {
    const text = pageText('ko', page);
    expect(text).not.toMatch(/\*\*(보냄|전송됨|실패|보류 중|서비스 공급자가 고려함|중지됨|완료됨)\*\*/);
    expect(text).not.toMatch(/서비스 공급자에게 접수됨/);
  });

  // Typography. Chinese prose takes full-width punctuation: an ASCII comma, semicolon, colon, question or
  // exclamation mark, or parenthesis between Chinese characters is a half-width slip.
  it.each(OWN_PAGES('zh-cn'))('zh-cn %s uses full-width punctuation between Chinese characters', (page) => {
    expect(pageText('zh-cn', page)).not.toMatch(/\p{Script=Han}\s?[,;:?!(]\s?\p{Script=Han}/u);
  });

  // Korean in one register, 합니다체: no 해요체 sentence ending (…요. …요?), no -세요 request, and headings as noun
  // phrases, not sentences ending in -다, -나 or -까.
  it.each(OWN_PAGES('ko'))('ko %s is written in 합니다체 throughout', (page) => {
    const text = pageText('ko', page);
    expect(text).not.toMatch(/\p{Script=Hangul}요[.?!]/u);
    expect(text).not.toMatch(/세요/);
  });
  it.each(OWN_PAGES('ko'))('ko %s has noun-phrase headings', (page) => {
    const headings = pageText('ko', page).match(/^#{2,4} .*$/gm) ?? [];
    for (const heading of headings) expect(heading).not.toMatch(/(다|나|까)[?.]?$/);
  });
});
