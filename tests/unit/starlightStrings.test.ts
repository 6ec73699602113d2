/**
 * Starlight's own interface strings (skip link, search, heading anchors…) exist in every language of the
 * site: each key Starlight has in English is given by Starlight's translation for that language or by
 * the site's src/content/i18n/<lang>.json. Starlight's Simplified Chinese lacks heading.anchorLabel, so
 * screen readers heard English on every heading link of the Chinese pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { langOf, localeKeys } from '~/locales.ts';
// Starlight does not export its translations; the test reads the installed package's file.
import builtin from '../../node_modules/@astrojs/starlight/dist/translations/index.js';

const root = join(import.meta.dirname, '../..');
const translations = builtin as Record<string, Record<string, string>>;
const english = translations['en']!;

describe('Starlight strings', () => {
  it.each(localeKeys.filter((locale) => locale !== 'root'))(
    '%s has every string Starlight has in English',
    (locale) => {
      const lang = langOf(locale);
      const own = JSON.parse(readFileSync(join(root, 'src/content/i18n', `${lang}.json`), 'utf8')) as Record<
        string,
        string
      >;
      // Starlight matches a language tag exactly, then by its base language (zh-CN → zh).
      const starlight = translations[lang] ?? translations[lang.split('-')[0]!] ?? {};
      const missing = Object.keys(english).filter((key) => !(own[key] || starlight[key]));
      expect(missing).toEqual([]);
    },
  );

  it('names heading links in Chinese on Chinese pages', () => {
    const zh = JSON.parse(readFileSync(join(root, 'src/content/i18n/zh-CN.json'), 'utf8')) as Record<string, string>;
    expect(zh['heading.anchorLabel']).toMatch(/\{\{title\}\}/);
    expect(zh['heading.anchorLabel']).not.toMatch(/Section/);
  });
});
