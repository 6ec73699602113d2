/**
 * What a static host needs from the build, done once the pages are written:
 *   - each page's Content-Security-Policy meta tag first in <head> (after the charset): a meta policy
 *     covers only what follows it, and Astro renders it after Starlight's inline theme script and
 *     stylesheet; and with the hashes of what the page inlines (csp.ts);
 *   - under a sub-path, every root-relative link of every page under the base;
 *   - a notice that the security headers live in _headers, which only some hosts read.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlWithBase } from './base.ts';
import { withInlineHashes } from './csp.ts';

const CSP_META = /<meta http-equiv="content-security-policy" content="[^"]*">/i;
const CHARSET_META = /<meta charset="[^"]*">/i;

/**
 * The page with its CSP meta tag first in <head>, after the charset declaration (which must stay in
 * the first 1,024 bytes, so it moves up too); unchanged without a CSP meta tag.
 */
export function cspMetaFirst(html: string): string {
  const meta = html.match(CSP_META)?.[0];
  if (!meta || !html.includes('<head>')) return html;
  const charset = html.match(CHARSET_META)?.[0] ?? '';
  return html.replace(meta, '').replace(charset, '').replace('<head>', `<head>${charset}${meta}`);
}

export function hosting(options: { base: string }): AstroIntegration {
  return {
    name: 'hosting',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        for (const file of readdirSync(root, { recursive: true }).map(String)) {
          if (!file.endsWith('.html')) continue;
          const path = join(root, file);
          const html = readFileSync(path, 'utf8');
          const done = htmlWithBase(cspMetaFirst(withInlineHashes(html)), options.base);
          if (done !== html) writeFileSync(path, done);
        }
        logger.warn(
          'Security headers (frame-ancestors, X-Frame-Options, HSTS, Permissions-Policy, COOP) are in ' +
            '_headers, which Netlify and Cloudflare Pages read. On any other host, send them yourself ' +
            '(README, "Hosting"): without them, any site can frame every page.',
        );
      },
    },
  };
}
