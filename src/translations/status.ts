/**
 * Whether each page's translations keep up with its English source, by git history (the method of Lunaria,
 * the Astro docs' tracker): a translation is outdated when its English page has a commit more recent than the
 * translation's own last commit. A commit whose message contains `[i18n skip]` (a typo fix, a reformat) does
 * not make translations outdated. Run in a full clone: a shallow one lacks the history this reads.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

export const skipKeyword = '[i18n skip]';

export type TranslationState = 'upToDate' | 'outdated' | 'missing';

export interface Change {
  readonly commit: string;
  /** Commit time, seconds since the epoch. */
  readonly time: number;
}

export interface TranslationStatus {
  /** The page's path below the docs folder, English file (e.g. "guides/dkim.mdx"). */
  readonly page: string;
  readonly locale: string;
  readonly state: TranslationState;
  readonly source: Change | undefined;
  readonly translation: Change | undefined;
}

interface Commit extends Change {
  readonly skip: boolean;
  readonly files: readonly string[];
}

/** Every commit that touched `folder`, newest first, with the files it touched (one git call). */
function commitsUnder(repo: string, folder: string): Commit[] {
  const log = execFileSync(
    'git',
    ['log', '--no-renames', '--format=%x1e%H%x1f%ct%x1f%B%x1f', '--name-only', '--', folder],
    { cwd: repo, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  return log
    .split('\x1e')
    .filter((record) => record.trim() !== '')
    .map((record) => {
      const [commit = '', time = '0', message = '', names = ''] = record.split('\x1f');
      return {
        commit,
        time: Number(time),
        skip: message.includes(skipKeyword),
        files: names.split('\n').filter((name) => name.trim() !== ''),
      };
    });
}

function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

/**
 * The status of every page in every locale. `docs` is the docs folder relative to the repository root,
 * English at its root and each locale in a sub-folder named after it.
 */
export function translationStatus(repo: string, docs: string, locales: readonly string[]): TranslationStatus[] {
  const commits = commitsUnder(repo, docs);
  const lastChange = (file: string, countSkipped: boolean): Change | undefined => {
    const found = commits.find((commit) => commit.files.includes(file) && (countSkipped || !commit.skip));
    return found && { commit: found.commit, time: found.time };
  };
  const english = filesUnder(join(repo, docs)).filter(
    (page) => !locales.some((locale) => page.startsWith(`${locale}/`)),
  );
  return english.sort().flatMap((page) => {
    const source = lastChange(`${docs}/${page}`, false);
    return locales.map((locale): TranslationStatus => {
      const path = `${docs}/${locale}/${page}`;
      if (!existsSync(join(repo, path))) return { page, locale, state: 'missing', source, translation: undefined };
      const translation = lastChange(path, true);
      // A translation not committed yet, or committed before the source's last change, is outdated.
      const outdated = !translation || (source !== undefined && source.time > translation.time);
      return { page, locale, state: outdated ? 'outdated' : 'upToDate', source, translation };
    });
  });
}

/** Whether `repo` has the whole history (a shallow clone would make every date wrong). */
export function hasFullHistory(repo: string): boolean {
  try {
    return (
      execFileSync('git', ['rev-parse', '--is-shallow-repository'], { cwd: repo, encoding: 'utf8' }).trim() === 'false'
    );
  } catch {
    return false;
  }
}
