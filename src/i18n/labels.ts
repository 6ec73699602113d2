/** Build-time access to the labels of a page's locale (Astro components only). */
import { getCollection, getEntry } from 'astro:content';
import type { CampaignLabels } from './campaignLabels.ts';

/** Starlight's locale of the current page ('root' for English). */
export function pageLocale(locals: App.Locals): string {
  return locals.starlightRoute.locale ?? 'root';
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
