/**
 * Serving the site under a sub-path (`SITE_BASE=/docs/`): Astro and Starlight prefix their own assets
 * and navigation with `base`, but not the root-relative links written in pages. `withBase` prefixes
 * one path (for components); `htmlWithBase` prefixes every root-relative `href` and `src` of a built
 * page, once the build is done (Astro 7's default Markdown processor runs no rehype plugins, and a
 * pass over the output covers Markdown, MDX and components alike).
 */

/** The base path without its trailing slash: '' at the root, '/docs' under /docs/. */
export function normalizedBase(base: string | undefined): string {
  const trimmed = (base ?? '').trim().replace(/\/+$/, '');
  return trimmed === '' ? '' : `/${trimmed.replace(/^\/+/, '')}`;
}

/** `path` (root-relative, such as /guides/dkim/) under the site's base. */
export function withBase(path: string, base: string = import.meta.env?.BASE_URL ?? '/'): string {
  const prefix = normalizedBase(base);
  return prefix && path.startsWith('/') && !path.startsWith('//') && !path.startsWith(`${prefix}/`)
    ? `${prefix}${path}`
    : path;
}

/** A root-relative `href` or `src` inside a tag (escaped text such as `&lt;a href="/x"` is no tag). */
const ROOT_RELATIVE_URL = /(<[a-zA-Z][^<>]*?\s(?:href|src)=")(\/(?!\/)[^"]*)"/g;

/** A built page with every root-relative link and asset of its tags under the base. */
export function htmlWithBase(html: string, base: string): string {
  const prefix = normalizedBase(base);
  if (!prefix) return html;
  return html.replace(ROOT_RELATIVE_URL, (_, start: string, path: string) => `${start}${withBase(path, prefix)}"`);
}
