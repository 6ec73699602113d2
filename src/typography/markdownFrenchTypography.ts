/**
 * A hast plugin for Sätteri (Astro 7's Markdown and MDX processor): French typography (./french.ts)
 * on the text of French pages (src/content/docs/fr/), leaving code, preformatted text, scripts and
 * styles untouched. Components' strings are typeset where they are resolved (UI strings, Campaign
 * labels), since their HTML does not pass through here.
 */
import { fileURLToPath } from 'node:url';
import { frenchTypography } from './french.ts';

interface Node {
  readonly type: string;
  readonly tagName?: string;
  readonly value?: string;
}
interface VisitorContext {
  parent(node: Node): Node | undefined;
}

const untouched = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'math', 'svg']);

function insideUntouched(node: Node, ctx: VisitorContext): boolean {
  for (let parent = ctx.parent(node); parent; parent = ctx.parent(parent)) {
    if (parent.type === 'element' && parent.tagName && untouched.has(parent.tagName)) return true;
  }
  return false;
}

/** Whether a source file is a French page: its path runs through the docs collection's fr/ folder. */
export const isFrenchPage = (path: string | undefined): boolean =>
  typeof path === 'string' && /[\\/]content[\\/]docs[\\/]fr[\\/]/.test(path);

/** The French typography pass, for the pages it applies to (a Sätteri plugin factory). */
export const frenchTypographyPlugin = ({ fileURL }: { fileURL: URL | undefined }) => {
  if (!fileURL || !isFrenchPage(fileURLToPath(fileURL))) return undefined;
  return {
    name: 'french-typography',
    text(node: Node & { value: string }, ctx: VisitorContext) {
      if (insideUntouched(node, ctx)) return undefined;
      const value = frenchTypography(node.value);
      return value === node.value ? undefined : { type: 'text', value };
    },
  };
};
