/**
 * public/_headers, read the way hosts read it: every rule whose pattern matches a path applies. Embeds
 * can be framed by a support tool on another https origin; every other page only by the site itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { embedPath } from '~/links/routes.ts';
import { localeKeys } from '~/locales.ts';
import { machineIds } from '~/machines/index.ts';

const root = join(import.meta.dirname, '../..');
const site = 'https://enhanced-mta.example.org';
const supportTool = 'https://support.example.com';

interface Rule {
  readonly pattern: RegExp;
  readonly headers: readonly [string, string][];
}

function parseHeaders(text: string): Rule[] {
  const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      // ":name" matches one path segment, "*" anything.
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/:\w+/g, '[^/]+')
        .replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
      continue;
    }
    const [name = '', ...value] = line.trim().split(':');
    rules.at(-1)?.headers.push([name.toLowerCase(), value.join(':').trim()]);
  }
  return rules;
}

const rules = parseHeaders(readFileSync(join(root, 'public/_headers'), 'utf8'));
const headersFor = (path: string) => rules.filter((rule) => rule.pattern.test(path)).flatMap((rule) => rule.headers);

/** Whether a page at `path` may be framed by a page on `ancestor`, as browsers decide it. */
function mayFrame(path: string, ancestor: string): boolean {
  const headers = headersFor(path);
  const policies = headers
    .filter(([name]) => name === 'content-security-policy')
    .flatMap(([, value]) => value.split(','))
    .map((policy) => policy.split(';').find((directive) => directive.trim().startsWith('frame-ancestors')))
    .filter((directive): directive is string => directive !== undefined);
  if (policies.length > 0) {
    // frame-ancestors makes X-Frame-Options void; every policy must allow the ancestor.
    return policies.every((directive) =>
      directive
        .trim()
        .split(/\s+/)
        .slice(1)
        .some(
          (source) =>
            (source === "'self'" && ancestor === site) ||
            (source === 'https:' && ancestor.startsWith('https:')) ||
            source === ancestor,
        ),
    );
  }
  const frameOptions = headers.find(([name]) => name === 'x-frame-options')?.[1].toUpperCase();
  if (frameOptions === 'DENY') return false;
  if (frameOptions === 'SAMEORIGIN') return ancestor === site;
  return true;
}

const docsDir = join(root, 'src/content/docs');
const pagePaths = readdirSync(docsDir, { recursive: true })
  .map(String)
  .filter((file) => /\.mdx?$/.test(file))
  .map((file) => `/${file.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '')}/`.replace(/\/+/g, '/'));
const embedPaths = localeKeys.flatMap((locale) => machineIds.map((machine) => embedPath(machine, locale)));

describe('headers a host sends (public/_headers)', () => {
  it('let a support tool frame every embed, in every locale', () => {
    expect(embedPaths).toHaveLength(localeKeys.length * machineIds.length);
    for (const path of embedPaths) {
      expect(mayFrame(path, supportTool), path).toBe(true);
      expect(mayFrame(path, 'http://insecure.example.com'), path).toBe(false);
    }
  });

  it('keep every other page out of other sites’ frames', () => {
    expect(pagePaths.length).toBeGreaterThan(100);
    for (const path of pagePaths) {
      expect(mayFrame(path, supportTool), path).toBe(false);
      expect(mayFrame(path, site), path).toBe(true);
    }
  });

  it('make browsers use https only, refuse device features, and keep pages apart from their openers', () => {
    for (const path of [...pagePaths, ...embedPaths]) {
      const headers = new Map(headersFor(path));
      expect(
        Number(headers.get('strict-transport-security')?.match(/max-age=(\d+)/)?.[1]),
        path,
      ).toBeGreaterThanOrEqual(
        15_552_000, // six months, the least browsers' preload lists accept
      );
      expect(headers.get('permissions-policy'), path).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
      expect(headers.get('cross-origin-opener-policy'), path).toBe('same-origin');
    }
    expect(new Map(headersFor('/_astro/x.js')).get('cross-origin-resource-policy')).toBe('same-origin');
  });

  it('never set one header twice for a path, since hosts combine overlapping rules differently', () => {
    for (const path of [...pagePaths, ...embedPaths]) {
      const names = headersFor(path).map(([name]) => name);
      expect(new Set(names).size, path).toBe(names.length);
    }
  });
});
