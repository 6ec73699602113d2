/**
 * Byte budgets for the JavaScript of every built page type (`npm run size`, after `npm run build`).
 * For each type the page that loads the most is checked; gzip, as served; 1 KiB = 1,024 bytes.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type PageType, pageScripts } from './tests/size/pageScripts.ts';

const root = import.meta.dirname;

const budgets: Record<PageType, { name: string; limit: string }> = {
  // Plain pages ship no React: only Starlight's own scripts (table of contents, the search dialog;
  // its UI loads when a reader opens it).
  plain: { name: 'a plain page (no React)', limit: '8 KiB' },
  playground: { name: 'a playground', limit: '120 KiB' },
  embed: { name: 'an embedded playground', limit: '100 KiB' },
  // A playground's share plus the chart library and the simulation's worker.
  successOverTime: { name: 'the Success % over time page', limit: '205 KiB' },
};

const pages = await pageScripts(join(root, 'dist'));
const gzipped = (files: readonly string[]) => files.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);

const react = pages
  .filter((page) => page.type === 'plain')
  .flatMap((page) =>
    page.files.filter((file) => /react|jsx-runtime|client\./.test(file)).map((f) => `${page.page} ${f}`),
  );
if (react.length > 0) throw new Error(`Plain pages load React:\n${react.join('\n')}`);

export default Object.entries(budgets).map(([type, { name, limit }]) => {
  const ofType = pages.filter((page) => page.type === type);
  if (ofType.length === 0) throw new Error(`No built page of type ${type}: run npm run build first.`);
  const heaviest = ofType.reduce((a, b) => (gzipped(b.files) > gzipped(a.files) ? b : a));
  return {
    name: `${name}: ${heaviest.page} (heaviest of ${ofType.length})`,
    path: heaviest.files.map((file) => relative(root, file)),
    limit,
    gzip: true,
  };
});
