/** Build-time access to the labels of a page's locale (Astro components only). */
import { getCollection, getEntry } from 'astro:content';
import { type LocaleKey, prefixedLocales } from '../locales.ts';
import type { CampaignLabels } from './campaignLabels.ts';

/** The locale of a page from its URL ('root' for English): works on Starlight pages and embeds alike. */
export function pageLocale(url: URL): LocaleKey {
  const first = url.pathname.split('/')[1] ?? '';
  return (prefixedLocales as readonly string[]).includes(first) ? (first as LocaleKey) : 'root';
}

export const labelFileOf = (locale: string): string => (locale === 'root' ? 'en' : locale);

export async function campaignLabels(locale: string): Promise<CampaignLabels> {
  const entry = await getEntry('campaignLabels', labelFileOf(locale));
  if (!entry) throw new Error(`No labels for locale ${locale}`);
  return entry.data;
}

/** Every locale's labels, for pages that show all languages at once (the glossary). */
export async function allCampaignLabels(): Promise<Map<string, CampaignLabels>> {
  return new Map((await getCollection('campaignLabels')).map((entry) => [entry.id, entry.data]));
}
