/** Shared knowledge for end-to-end tests: pages, locales, labels, and a guard for every page visit. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, type Page } from '@playwright/test';
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
 * Watches a page for what must never happen: console errors, uncaught exceptions, dialogs (an
 * injected alert()), CSP violations, and requests that leave the site's origin. Call it before goto.
 */
export async function guard(page: Page) {
  await recordCsp(page);
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) {
      problems.push(`off-origin request: ${request.url()}`);
    }
  });
  page.on('requestfailed', (request) => problems.push(`failed request: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return {
    problems,
    /** Also collects CSP violations the page saw; call after the page has loaded. */
    async check() {
      const violations = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp);
      expect(violations, 'no CSP recorder in the page: call guard() before goto').toBeDefined();
      expect([...problems, ...(violations ?? []).map((v) => `csp: ${v}`)]).toEqual([]);
    },
  };
}

/** Records CSP violation events from the very start of every document. */
export async function recordCsp(page: Page) {
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = list;
    document.addEventListener('securitypolicyviolation', (event) =>
      list.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
}
