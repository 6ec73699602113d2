/** The site's content: every page in every language, every string in every language, no hand-typed tables. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { campaignLabelsSchema } from '~/i18n/campaignLabels.ts';
import { langOf, localeKeys, prefixedLocales } from '~/locales.ts';
import { machineIds } from '~/machines/index.ts';
import { loadScenarios } from '~/scenarios/load.ts';
import { tableRows } from '~/scenarios/rows.ts';
import { sourceTables } from './fixtures/sourceTables.ts';

const root = join(import.meta.dirname, '../..');
const docs = join(root, 'src/content/docs');

function pagesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}
const rootPages = pagesUnder(docs)
  .filter((page) => !prefixedLocales.some((locale) => page.startsWith(`${locale}/`)))
  .sort();

/** The site's pages, one per topic of the sidebar's four groups: adding or dropping one is a decision. */
const topicPages = [
  'index.mdx',
  'guides/bounce-qualification.mdx',
  'guides/dkim.mdx',
  'guides/enhanced-mta.mdx',
  'guides/mx-rules-and-throughput.mdx',
  'guides/retries-and-validity.mdx',
  'guides/sending-and-monitoring.mdx',
  'guides/stopping-a-delivery.mdx',
  'guides/upgrading.mdx',
  'playgrounds/address.mdx',
  'playgrounds/bounce-qualification.mdx',
  'playgrounds/compare.mdx',
  'playgrounds/delivery.mdx',
  'playgrounds/diagnose.mdx',
  'playgrounds/email-feedback-service.mdx',
  'playgrounds/enhanced-mta-reporting.mdx',
  'playgrounds/status-explainer.mdx',
  'playgrounds/upgrade.mdx',
  'reference/embedding.mdx',
  'reference/glossary.mdx',
  'reference/source-notes.mdx',
  'reporting/email-feedback-service.mdx',
  'reporting/enhanced-mta-reporting.mdx',
  'reporting/success-over-time.mdx',
].sort();

describe('pages', () => {
  it('the English site has exactly the topic pages', () => {
    expect(rootPages).toEqual(topicPages);
  });

  it.each(prefixedLocales)('%s has exactly the topic pages, at the same paths as English', (locale) => {
    expect(pagesUnder(join(docs, locale)).sort()).toEqual(topicPages);
  });

  it.each(localeKeys)('%s gives every machine of the specification a playground page that shows it', (locale) => {
    const kebab = (id: string) => id.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    for (const id of machineIds) {
      const page = `playgrounds/${kebab(id)}.mdx`;
      const text = readFileSync(join(docs, locale === 'root' ? '' : locale, page), 'utf8');
      expect(text, page).toContain(`<Playground machine="${id}"`);
    }
  });

  it.each(localeKeys)('every %s page ends with its sources', (locale) => {
    for (const page of rootPages) {
      const text = readFileSync(join(docs, locale === 'root' ? '' : locale, page), 'utf8');
      expect(text.trimEnd(), page).toMatch(/<Sources refs=\{\[[^\]]+\]\} \/>$/);
    }
  });
});

const labelsOf = (locale: string) =>
  campaignLabelsSchema.parse(
    parse(readFileSync(join(root, 'content/campaign-labels', `${locale === 'root' ? 'en' : locale}.yaml`), 'utf8')),
  );

describe('strings', () => {
  const en = JSON.parse(readFileSync(join(root, 'src/content/i18n/en.json'), 'utf8')) as Record<string, string>;
  // Starlight names UI string files by language tag (zh-CN), not by locale key.
  it.each(localeKeys)('%s gives every UI key, with the same placeholders', (locale) => {
    const strings = JSON.parse(
      readFileSync(join(root, 'src/content/i18n', `${langOf(locale)}.json`), 'utf8'),
    ) as Record<string, string>;
    expect(Object.keys(strings).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(en)) {
      const placeholders = (text: string) => [...text.matchAll(/\{\{\w+\}\}/g)].map((m) => m[0]).sort();
      expect(placeholders(strings[key]!), key).toEqual(placeholders(value));
    }
  });

  it.each(localeKeys)('%s gives every Campaign label and every name of the specification', (locale) => {
    expect(() => labelsOf(locale)).not.toThrow();
  });

  it('gives every scenario a title in every language', () => {
    for (const scenario of loadScenarios())
      expect(Object.keys(scenario.title).sort()).toEqual(['en', 'es', 'fr', 'ko', 'zh-cn']);
  });
});

describe('tables come from the specification', () => {
  it.each(localeKeys)('no %s page types a status table by hand', (locale) => {
    const labels = labelsOf(locale);
    const statuses = new Set(Object.values(labels.logStatus).map((label) => label.toLowerCase()));
    for (const page of rootPages) {
      const text = readFileSync(join(docs, locale === 'root' ? '' : locale, page), 'utf8');
      const cells = text
        .split('\n')
        .filter((line) => /^\s*\|.*\|\s*$/.test(line))
        .flatMap((line) => line.split('|').map((cell) => cell.replace(/[*_`]/g, '').trim().toLowerCase()));
      expect(
        cells.filter((cell) => statuses.has(cell)),
        `${locale}/${page}`,
      ).toEqual([]);
    }
  });

  it.each(Object.entries(sourceTables))('the generated %s table matches the sources row for row', (machine, rows) => {
    const generated = tableRows(loadScenarios(), machine);
    expect(generated.map((row) => [row.scenario.id, row.last.logStatus, row.last.successEffect])).toEqual(
      rows.map((row) => [row.scenario, row.logStatus, row.successEffect]),
    );
  });
});
