/**
 * Translations keep in step with their English pages, by git history. First the rule on a small history
 * made here (dates set explicitly), then the check on this repository: a missing translation fails, an
 * outdated one is listed.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prefixedLocales } from '~/locales.ts';
import { hasFullHistory, translationStatus } from '~/translations/status.ts';

describe('the status rule', () => {
  const repo = mkdtempSync(join(tmpdir(), 'translation-status-'));
  afterAll(() => rmSync(repo, { recursive: true, force: true }));
  const git = (args: string[], date?: string) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
      cwd: repo,
      env: { ...process.env, ...(date && { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }) },
    });
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), text);
  };
  const commit = (message: string, date: string) => {
    git(['add', '-A']);
    git(['commit', '-q', '-m', message], date);
  };
  const stateOf = (locale: string) =>
    translationStatus(repo, 'docs', ['fr', 'es']).find((s) => s.page === 'guide.mdx' && s.locale === locale)?.state;

  git(['init', '-q']);
  write('docs/guide.mdx', 'English');
  write('docs/fr/guide.mdx', 'Français');
  commit('Guide in English and French', '2026-01-01T10:00:00Z');

  it('marks a translation missing when its file does not exist', () => {
    expect(stateOf('es')).toBe('missing');
  });

  it('marks a translation up to date when it changed with or after its source', () => {
    expect(stateOf('fr')).toBe('upToDate');
  });

  it('marks it outdated once the English page changes, and up to date again once it is updated', () => {
    write('docs/guide.mdx', 'English, with a new section');
    commit('A new section', '2026-01-02T10:00:00Z');
    expect(stateOf('fr')).toBe('outdated');
    write('docs/fr/guide.mdx', 'Français, avec une nouvelle section');
    commit('La nouvelle section', '2026-01-03T10:00:00Z');
    expect(stateOf('fr')).toBe('upToDate');
  });

  it('does not count an English change whose commit says [i18n skip]', () => {
    write('docs/guide.mdx', 'English, with a new section (typo fixed)');
    commit('Fix a typo [i18n skip]', '2026-01-04T10:00:00Z');
    expect(stateOf('fr')).toBe('upToDate');
  });
});

describe('this repository', () => {
  const root = join(import.meta.dirname, '../..');

  it('has its full history, which the status is read from', () => {
    expect(hasFullHistory(root), 'run in a full clone (git fetch --unshallow)').toBe(true);
  });

  it('has every page in every language, and lists the outdated ones', () => {
    const statuses = translationStatus(root, 'src/content/docs', prefixedLocales);
    const outdated = statuses.filter((s) => s.state === 'outdated');
    if (outdated.length > 0) {
      console.info(
        `Outdated translations (not a failure; see /translation-status/):\n${outdated.map((s) => `  ${s.locale}/${s.page}`).join('\n')}`,
      );
    }
    expect(statuses.filter((s) => s.state === 'missing').map((s) => `${s.locale}/${s.page}`)).toEqual([]);
    expect(statuses.length).toBe(statuses.filter((s) => s.locale === 'fr').length * prefixedLocales.length);
  });
});
