/**
 * Hashes of the inline scripts Starlight's own components render (`<script is:inline>`: theme, search
 * shortcut, sidebar state). Astro's CSP hashes only the scripts it bundles, so these are read from
 * Starlight's installed sources at build time and added to `script-src`: the policy follows Starlight
 * upgrades without a hand-kept list, and never needs 'unsafe-inline'. A Playwright test fails on any
 * CSP violation, so a script this misses cannot go unnoticed.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const components = ['ThemeProvider.astro', 'ThemeSelect.astro', 'Search.astro', 'SidebarPersister.astro'];
const INLINE_SCRIPT = /<script is:inline[^>]*>([\s\S]*?)<\/script>/g;

export function starlightInlineScriptHashes(): `sha256-${string}`[] {
  const dist = dirname(fileURLToPath(import.meta.resolve('@astrojs/starlight')));
  return components.flatMap((file) =>
    [...readFileSync(join(dist, 'components', file), 'utf8').matchAll(INLINE_SCRIPT)].map(
      ([, body]) =>
        `sha256-${createHash('sha256')
          .update(body ?? '')
          .digest('base64')}` as const,
    ),
  );
}
