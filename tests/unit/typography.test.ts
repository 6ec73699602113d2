/** French typography at build time: the rules an editor applies (Imprimerie nationale's Lexique). */
import { describe, expect, it } from 'vitest';
import { frenchTypography } from '~/typography/french.ts';
import { typesetFor } from '~/typography/locale.ts';
import { frenchTypographyPlugin, isFrenchPage } from '~/typography/markdownFrenchTypography.ts';

const narrow = '\u202F';
const noBreak = '\u00A0';

describe('French typography', () => {
  it.each([
    ['Remarque : le statut change', `Remarque${narrow}: le statut change`],
    ['Remarque: le statut change', `Remarque${narrow}: le statut change`],
    ['Pourquoi ? Parce que !', `Pourquoi${narrow}? Parce que${narrow}!`],
    ['Pourquoi? Parce que!', `Pourquoi${narrow}? Parce que${narrow}!`],
    ['un rebond ; puis un autre', `un rebond${narrow}; puis un autre`],
    ['le statut « Envoyés »', `le statut «${narrow}Envoyés${narrow}»`],
    ['le statut «Envoyés»', `le statut «${narrow}Envoyés${narrow}»`],
    ['30 % de soft bounces', `30${noBreak}% de soft bounces`],
    ['30% de soft bounces', `30${noBreak}% de soft bounces`],
    ['Succès (%)', 'Succès (%)'],
    ["Lancer l'analyse", 'Lancer l’analyse'],
  ])('typesets %j as %j', (input, expected) => {
    expect(frenchTypography(input)).toBe(expected);
  });

  it.each([
    ['a time', 'à 10:30'],
    ['an address', 'https://experienceleague.adobe.com/fr/docs'],
    ['an SMTP reply', '451 4.3.0'],
    ['a query string', 'page?lang=fr'],
  ])('leaves %s alone', (_, text) => {
    expect(frenchTypography(text)).toBe(text);
  });

  it('gives the same result when run twice', () => {
    const once = frenchTypography('Remarque : « Envoyés » ? 30 %');
    expect(frenchTypography(once)).toBe(once);
  });

  it('typesets French strings only', () => {
    expect(typesetFor('fr', { a: 'Statut :', b: ['Pourquoi ?'] })).toEqual({
      a: `Statut${narrow}:`,
      b: [`Pourquoi${narrow}?`],
    });
    expect(typesetFor('en', { a: 'Status :' })).toEqual({ a: 'Status :' });
    expect(typesetFor('es', { a: '¿Por qué ?' })).toEqual({ a: '¿Por qué ?' });
  });
});

describe('the Markdown step', () => {
  // A text node inside a paragraph, one inside <code> and one inside <pre>, as Sätteri hands them over.
  const paragraph = { type: 'element', tagName: 'p' };
  const code = { type: 'element', tagName: 'code' };
  const pre = { type: 'element', tagName: 'pre' };
  const parents = new Map<object, object>();
  const text = (value: string, parent: object) => {
    const node = { type: 'text', value };
    parents.set(node, parent);
    return node;
  };
  const ctx = { parent: (node: object) => parents.get(node) as { type: string } | undefined };
  const page = (path: string) => frenchTypographyPlugin({ fileURL: new URL(`file://${path}`) });

  it('typesets the text of French pages but not their code', () => {
    const plugin = page('/site/src/content/docs/fr/guides/dkim.mdx')!;
    expect(plugin.text(text('Attention : 30 %', paragraph), ctx)).toEqual({
      type: 'text',
      value: `Attention${narrow}: 30${noBreak}%`,
    });
    expect(plugin.text(text('a : b', code), ctx)).toBeUndefined();
    expect(plugin.text(text('x ? y', pre), ctx)).toBeUndefined();
  });

  it('leaves pages in other languages as they are', () => {
    expect(page('/site/src/content/docs/guides/dkim.mdx')).toBeUndefined();
    expect(page('/site/src/content/docs/es/guides/dkim.mdx')).toBeUndefined();
    expect(isFrenchPage('/site/src/content/docs/es/fr.mdx')).toBe(false);
  });
});
