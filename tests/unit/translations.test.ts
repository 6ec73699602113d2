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
    patterns: { en: /five retries on the first day/, fr: /cinq reprises le premier jour/, es: /cinco reintentos el primer día/ },
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
    patterns: { en: /NmsOperation_LimitConcurrency/, fr: /NmsOperation_LimitConcurrency/, es: /NmsOperation_LimitConcurrency/ },
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
    patterns: { en: /DKIM concerns email only/, fr: /DKIM ne concerne que l[’']e-mail/, es: /DKIM solo afecta al correo electrónico/ },
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
    patterns: { en: /five cells instead of three/, fr: /cinq cellules pour trois colonnes/, es: /cinco celdas en lugar de tres/ },
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

// 3. "Final after the validity period" must not contradict "asynchronous bounces can arrive later" (facts.md §1:
// up to a week after sending). A page that speaks of final figures also says that asynchronous bounces still come.
const finalFigures: Partial<Record<Locale, { final: RegExp; async: RegExp }>> = {
  en: { final: /\bfinal (Success|figures)/, async: /asynchronous bounces?/i },
  fr: { final: /(% de Succès|chiffres?) définiti/, async: /rebonds? asynchrones?/ },
  es: { final: /(porcentaje de Éxito|cifras) definitiv/, async: /rebotes? asíncronos?/ },
};

describe('pages that speak of final figures say what can still change them', () => {
  const cases = Object.entries(finalFigures).flatMap(([locale, patterns]) =>
    pagesOf(locale as Locale)
      .filter((page) => patterns.final.test(pageText(locale as Locale, page)))
      .map((page) => ({ locale: locale as Locale, page, async: patterns.async })),
  );
  it('finds the pages it guards', () => {
    expect(cases.length).toBeGreaterThan(0);
  });
  it.each(cases)('$locale $page also says asynchronous bounces can arrive later', ({ locale, page, async }) => {
    expect(pageText(locale, page)).toMatch(async);
  });
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
    expect(text).not.toMatch(/[Ff]allid[oa]/);
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
