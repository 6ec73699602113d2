/**
 * The JavaScript each built page makes a reader download, read from the page's HTML: its module
 * scripts and islands (component and renderer), then everything those import, and the workers they
 * start. A dynamic import of a named file counts, except those made by the search stand-in
 * (src/search/searchUiOnOpen.ts), which load only when a reader opens search; one of a computed address
 * (the search index, fetched when a reader searches) and inline scripts do not. Used by .size-limit.ts
 * and the bench.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { init, parse as parseModule } from 'es-module-lexer';
import { type DefaultTreeAdapterTypes, parse as parseHtml } from 'parse5';

type Node = DefaultTreeAdapterTypes.Node;

/** The page types that have a budget; a built page belongs to the first type it matches. */
export const pageTypes = ['embed', 'playground', 'successOverTime', 'plain'] as const;
export type PageType = (typeof pageTypes)[number];

export interface PageScripts {
  readonly page: string;
  readonly type: PageType;
  /** Absolute paths of the JavaScript files the page loads. */
  readonly files: readonly string[];
}

function attributesOf(node: Node): Record<string, string> {
  return 'attrs' in node ? Object.fromEntries(node.attrs.map(({ name, value }) => [name, value])) : {};
}

function* walk(node: Node): Generator<Node> {
  yield node;
  if ('childNodes' in node) for (const child of node.childNodes) yield* walk(child);
  if ('content' in node) yield* walk(node.content);
}

/** Site URLs of the scripts a page's HTML loads itself, and its islands' component URLs. */
function entries(html: string): { urls: string[]; islands: string[] } {
  const urls: string[] = [];
  const islands: string[] = [];
  for (const node of walk(parseHtml(html))) {
    if (!('tagName' in node)) continue;
    const attributes = attributesOf(node);
    if (node.tagName === 'script' && attributes['src']) urls.push(attributes['src']);
    if (node.tagName === 'astro-island') {
      for (const key of ['component-url', 'renderer-url']) if (attributes[key]) urls.push(attributes[key]);
      islands.push(attributes['component-url'] ?? '');
    }
  }
  return { urls, islands };
}

// Workers are started from a URL the bundler writes as a string literal.
const workerUrl = /new URL\(\s*["'`]([^"'`]+\.js)["'`]/g;

function typeOf(page: string, islands: readonly string[]): PageType {
  if (/(^|\/)embed\//.test(page)) return 'embed';
  if (islands.some((url) => /SuccessOverTime/.test(url))) return 'successOverTime';
  if (islands.length > 0) return 'playground';
  return 'plain';
}

/** Every built page of `dist` with the JavaScript files it loads. */
export async function pageScripts(dist: string): Promise<PageScripts[]> {
  await init;
  const toFile = (url: string, from: string) =>
    join(dist, url.startsWith('/') ? url : posix.join(posix.dirname(from), url)).split('?')[0]!;
  const importsOf = new Map<string, string[]>();
  const importsFrom = (file: string): string[] => {
    const known = importsOf.get(file);
    if (known) return known;
    const code = readFileSync(file, 'utf8');
    const [imports] = parseModule(code);
    const url = `/${relative(dist, file).split('\\').join('/')}`;
    // The search stand-in's dynamic import waits for a reader to open search.
    const onReaderAction = /searchUiOnOpen/.test(file);
    const found = [
      ...imports.filter((entry) => entry.n !== undefined && !(onReaderAction && entry.d > -1)).map((entry) => entry.n!),
      ...[...code.matchAll(workerUrl)].map((match) => match[1]!),
    ].map((specifier) => toFile(specifier, url));
    importsOf.set(file, found);
    return found;
  };

  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.html'))
    .map((path) => {
      const page = `/${path.split('\\').join('/')}`.replace(/index\.html$/, '');
      const { urls, islands } = entries(readFileSync(join(dist, path), 'utf8'));
      const files = new Set<string>();
      const visit = (file: string) => {
        if (files.has(file)) return;
        files.add(file);
        for (const next of importsFrom(file)) visit(next);
      };
      for (const url of urls) visit(toFile(url, page));
      return { page, type: typeOf(page, islands), files: [...files].sort() };
    });
}
