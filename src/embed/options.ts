/**
 * What an embed reads from its address besides the playground link: `lang` (which language's embed
 * to show) and `theme` (light or dark, else the reader's system setting), and the message it sends
 * its host with its height. Values come from a URL a host wrote: only known values are used, and
 * nothing of the URL ever reaches the page as HTML or as a path.
 */
import { type LocaleKey, langOf, localeKeys } from '../locales.ts';

/** The `type` of the message an embed posts to its host window whenever its height changes. */
export const EMBED_HEIGHT_MESSAGE = 'enhanced-mta:height';

export interface EmbedHeightMessage {
  readonly type: typeof EMBED_HEIGHT_MESSAGE;
  /** The embed's content height in CSS pixels (a whole number). */
  readonly height: number;
}

export const heightMessage = (height: number): EmbedHeightMessage => ({
  type: EMBED_HEIGHT_MESSAGE,
  height: Math.ceil(height),
});

export type EmbedTheme = 'light' | 'dark';

/** The locale a `lang` value names: a locale key or its language tag, in any case ("zh-CN", "zh-cn", "en"). */
export function localeOfLang(value: string | null): LocaleKey | null {
  if (!value) return null;
  const wanted = value.trim().toLowerCase();
  return localeKeys.find((key) => key === wanted || langOf(key).toLowerCase() === wanted) ?? null;
}

export function themeOf(value: string | null): EmbedTheme | null {
  return value === 'light' || value === 'dark' ? value : null;
}

/**
 * Where an embed opened with `?lang=` should go: the same machine's embed in that language, with the
 * rest of the query kept (the step link), or null to stay. `paths` are this machine's embed pages,
 * built by the site, so a hostile `lang` can only pick one of them.
 */
export function embedRedirect(
  search: string,
  hash: string,
  current: LocaleKey,
  paths: Readonly<Record<LocaleKey, string>>,
): string | null {
  const params = new URLSearchParams(search);
  const locale = localeOfLang(params.get('lang'));
  if (!locale || locale === current) return null;
  params.delete('lang');
  const query = params.toString();
  return `${paths[locale]}${query ? `?${query}` : ''}${hash}`;
}
