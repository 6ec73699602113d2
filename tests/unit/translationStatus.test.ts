/**
 * Translations keep in step with their English pages, by git history, as Lunaria reads it (the same
 * configuration builds /translation-status/): a missing translation fails, an outdated one is listed.
 * Run in a full clone; Lunaria reads each file's last commit.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lunaria } from '@lunariajs/core';
import { validateConfig } from '@lunariajs/core/config';
import { describe, expect, it } from 'vitest';
import { prefixedLocales } from '~/locales.ts';
import renderer from '../../lunaria.renderer.mjs';

const root = join(import.meta.dirname, '../..');
const config = JSON.parse(readFileSync(join(root, 'lunaria.config.json'), 'utf8'));

describe('translation status', () => {
  it('tracks every language of the site', () => {
    expect(config.locales.map((locale: { lang: string }) => locale.lang).sort()).toEqual([...prefixedLocales].sort());
  });

  it('has the full git history it is read from', () => {
    const shallow = execFileSync('git', ['rev-parse', '--is-shallow-repository'], { cwd: root, encoding: 'utf8' });
    expect(shallow.trim(), 'run in a full clone (git fetch --unshallow)').toBe('false');
  });

  it('has every page in every language, and lists the outdated ones', { timeout: 60_000 }, async () => {
    const status = await lunaria(config);
    const entries = status.flatMap((file) =>
      Object.entries(file.localizations).map(([lang, localization]) => ({ page: file.sharedPath, lang, localization })),
    );
    const outdated = entries.filter(({ localization }) => !localization.isMissing && localization.isOutdated);
    if (outdated.length > 0) {
      console.info(
        `Outdated translations (listed, not failing; see /translation-status/):\n${outdated
          .map(({ page, lang }) => `  ${lang}: ${page}`)
          .join('\n')}`,
      );
    }
    expect(
      entries.filter(({ localization }) => localization.isMissing).map(({ page, lang }) => `${lang}/${page}`),
    ).toEqual([]);
    expect(status.length).toBeGreaterThan(0);
    expect(entries.length).toBe(status.length * prefixedLocales.length);
  });

  it('renders its table by file as well-formed rows: each cell opened once and closed once', {
    timeout: 60_000,
  }, async () => {
    const status = await lunaria(config);
    const statusByFile = renderer.overrides?.statusByFile;
    if (!statusByFile) throw new Error('lunaria.renderer.mjs overrides the table by file');
    const html = statusByFile(validateConfig(config), status);
    const count = (pattern: RegExp) => html.match(pattern)?.length ?? 0;
    expect(count(/<td>/g)).toBe(status.length * (1 + prefixedLocales.length));
    expect(count(/<\/td>/g)).toBe(count(/<td>/g));
    expect(html).not.toContain('git');
  });
});
