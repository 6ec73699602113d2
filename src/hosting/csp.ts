/**
 * Hashes of what a built page really inlines. Astro's CSP hashes the scripts and styles it bundles;
 * the inline scripts of Starlight's components (theme, search shortcut, sidebar state) and Astro's own
 * island rule it does not. Hashing the written page instead of anyone's sources keeps the policy right
 * through upgrades of either, and never needs 'unsafe-inline' for scripts.
 */
import { createHash } from 'node:crypto';

const CSP_CONTENT = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
// A script with a src attribute runs from a file 'self' covers; only inline bodies need a hash.
const INLINE_SCRIPT = /<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;
const STYLE_ELEMENT = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;

const hashOf = (body: string) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`;

/** `directive`'s sources with `hashes` added once each; the directive is left alone when absent. */
function withSources(policy: string, directive: string, hashes: readonly string[]): string {
  return policy
    .split(';')
    .map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (name !== directive) return part;
      return ` ${[name, ...new Set([...sources, ...hashes])].join(' ')}`;
    })
    .join(';');
}

/** The page with every inline script's and style element's hash in its CSP meta tag. */
export function withInlineHashes(html: string): string {
  const policy = html.match(CSP_CONTENT)?.[2];
  if (policy === undefined) return html;
  const scripts = [...html.matchAll(INLINE_SCRIPT)].map(([, body]) => hashOf(body ?? ''));
  const styles = [...html.matchAll(STYLE_ELEMENT)].map(([, body]) => hashOf(body ?? ''));
  const hashed = withSources(withSources(policy, 'script-src', scripts), 'style-src', styles);
  return html.replace(CSP_CONTENT, (_, open: string, _policy: string, close: string) => `${open}${hashed}${close}`);
}
