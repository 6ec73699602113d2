/** Deploying on any host: under a sub-path, and with the CSP meta tag covering the whole page. */
import { describe, expect, it } from 'vitest';
import { htmlWithBase, normalizedBase, withBase } from '~/hosting/base.ts';
import { withInlineHashes } from '~/hosting/csp.ts';
import { cspMetaFirst } from '~/hosting/integration.ts';

describe('a site under a sub-path', () => {
  it('prefixes root-relative paths with the base, whichever way the base is written', () => {
    for (const base of ['/docs/', '/docs', 'docs', 'docs/']) {
      expect(normalizedBase(base)).toBe('/docs');
      expect(withBase('/guides/dkim/', base)).toBe('/docs/guides/dkim/');
    }
  });

  it('leaves paths alone at the root, and never touches other sites, anchors or paths already under the base', () => {
    expect(withBase('/guides/dkim/', '/')).toBe('/guides/dkim/');
    expect(withBase('//cdn.example.com/x.js', '/docs/')).toBe('//cdn.example.com/x.js');
    expect(withBase('https://example.com/', '/docs/')).toBe('https://example.com/');
    expect(withBase('#top', '/docs/')).toBe('#top');
    expect(withBase('/docs/guides/', '/docs/')).toBe('/docs/guides/');
  });

  it('rewrites the links and assets of built pages, and nothing in their text', () => {
    const page =
      '<a href="/guides/dkim/">DKIM</a><img alt="" src="/favicon.svg"><a class="x" href="/docs/fr/">fr</a>' +
      '<code>&lt;a href="/raw/"&gt;</code><a href="https://example.com/">out</a><a href="#top">top</a>';
    expect(htmlWithBase(page, '/docs/')).toBe(
      '<a href="/docs/guides/dkim/">DKIM</a><img alt="" src="/docs/favicon.svg"><a class="x" href="/docs/fr/">fr</a>' +
        '<code>&lt;a href="/raw/"&gt;</code><a href="https://example.com/">out</a><a href="#top">top</a>',
    );
    expect(htmlWithBase(page, '')).toBe(page);
  });
});

describe('the Content-Security-Policy meta tag', () => {
  it('comes first in <head>, right after the charset, so that it covers every script and stylesheet', () => {
    const page =
      '<!DOCTYPE html><html><head><meta charset="utf-8"><script>theme()</script><link rel="stylesheet" href="/a.css">' +
      '<meta http-equiv="content-security-policy" content="script-src \'self\'"></head><body></body></html>';
    const moved = cspMetaFirst(page);
    expect(moved.indexOf('content-security-policy')).toBeLessThan(moved.indexOf('<script>'));
    expect(moved.indexOf('<meta charset')).toBeLessThan(moved.indexOf('content-security-policy'));
    expect(moved.match(/content-security-policy/g)).toHaveLength(1);
    expect(cspMetaFirst('<html><head></head></html>')).toBe('<html><head></head></html>');
    // Starlight writes its charset after a script: it moves up, to stay in the first 1,024 bytes.
    const late =
      '<html><head><script>x()</script><meta charset="utf-8"><meta http-equiv="content-security-policy" content="a"></head>';
    expect(cspMetaFirst(late)).toBe(
      '<html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="a"><script>x()</script></head>',
    );
  });
});

describe('hashes of what a page inlines', () => {
  // SHA-256 digests computed outside this code base (printf '%s' … | openssl dgst -sha256 -binary | base64).
  const themeScript = "'sha256-Rfr3GgHZFiXm+TmNr+li+0sZ4J9FGllo8jsXcJF5XZ8='";
  const islandRule = "'sha256-vv9IoKo7BSLbWcUHr3tNmfNVmm5L/9Cfn2H6LMk7/ow='";
  const page = (body: string) =>
    `<html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; style-src-attr 'unsafe-inline';"></head><body>${body}</body></html>`;
  const policyOf = (html: string) => html.match(/content="([^"]*)"/)?.[1] ?? '';

  it('adds each inline script and style element to its directive, once', () => {
    const html = withInlineHashes(
      page(
        '<script is:inline>theme()</script><script type="module" src="/_astro/a.js"></script><script>theme()</script>' +
          '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>',
      ),
    );
    expect(policyOf(html)).toBe(
      `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${themeScript}; style-src 'self' ${islandRule}; style-src-attr 'unsafe-inline';`,
    );
  });

  it('leaves a page without a policy, or without inline code, as it was', () => {
    expect(withInlineHashes('<html><script>x()</script></html>')).toBe('<html><script>x()</script></html>');
    expect(withInlineHashes(page('<p>text</p>'))).toBe(page('<p>text</p>'));
  });
});
