/** Resolves every project UI string for a page's locale, for islands (which cannot call Astro.locals.t). */
import { type UiKey, uiKeys } from './uiKeys.ts';

export function uiStrings(t: (key: UiKey) => string, prefixes?: readonly string[]): Record<UiKey, string> {
  const keys = prefixes ? uiKeys.filter((key) => prefixes.some((prefix) => key.startsWith(prefix))) : uiKeys;
  return Object.fromEntries(keys.map((key) => [key, t(key)])) as Record<UiKey, string>;
}
