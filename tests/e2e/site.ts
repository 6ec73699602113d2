/** Shared knowledge for end-to-end tests: pages, locales, labels, and when an island is ready. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';
import type { CampaignLabels } from '../../src/i18n/campaignLabels.ts';
import { labelsAsShown } from '../../src/i18n/consoleLabels.ts';
import type { UiKey } from '../../src/i18n/uiKeys.ts';
import { type LocaleKey, langOf, localeKeys, prefixedLocales } from '../../src/locales.ts';
import { typesetFor } from '../../src/typography/locale.ts';

const root = join(import.meta.dirname, '../..');

export type { LocaleKey };
export { langOf, localeKeys };

export const prefix = (locale: LocaleKey) => (locale === 'root' ? '' : `/${locale}`);

/** Every page's path in the root locale, from the content tree (e.g. "/guides/dkim/"). */
export const pagePaths: string[] = readdirSync(join(root, 'src/content/docs'), { withFileTypes: true, recursive: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
  .map((entry) => relative(join(root, 'src/content/docs'), join(entry.parentPath, entry.name)))
  .filter((path) => !prefixedLocales.some((locale) => path.startsWith(`${locale}/`)))
  .map((path) => `/${path.replace(/(index)?\.mdx$/, '')}`.replace(/([^/])$/, '$1/'))
  .sort();

const labelFile = (name: string): CampaignLabels =>
  parse(readFileSync(join(root, 'content/campaign-labels', `${name}.yaml`), 'utf8'));

/** A locale's Campaign labels as its pages show them (console labels glossed where needed, typeset). */
export function labels(locale: LocaleKey): CampaignLabels {
  const name = locale === 'root' ? 'en' : locale;
  return labelsAsShown(labelFile(name), labelFile('en'), (shown) => typesetFor(name, shown));
}

export function ui(locale: LocaleKey): Record<UiKey, string> {
  // As the pages show them: UI strings are typeset as they are loaded.
  return typesetFor(
    langOf(locale),
    JSON.parse(readFileSync(join(root, 'src/content/i18n', `${langOf(locale)}.json`), 'utf8')),
  );
}

/**
 * The root of an island once a reader can use it: scrolled into view (islands hydrate when visible)
 * and marked `data-ready="true"` by the island itself.
 */
export async function islandReady(scope: Page | FrameLocator, testId: string): Promise<Locator> {
  const root = scope.getByTestId(testId).first();
  await root.scrollIntoViewIfNeeded();
  await expect(root).toHaveAttribute('data-ready', 'true');
  return root;
}
