/** Build-time access to the labels of a page's locale (Astro components only). */
import { getCollection, getEntry } from 'astro:content';
import { contentKey, type LocaleKey, prefixedLocales } from '../locales.ts';
import { typesetFor } from '../typography/locale.ts';
import type { CampaignLabels } from './campaignLabels.ts';
import { labelsAsShown } from './consoleLabels.ts';

/** The locale of a page from its URL ('root' for English): works on Starlight pages and embeds alike. */
export function pageLocale(url: URL): LocaleKey {
  const first = url.pathname.split('/')[1] ?? '';
  return (prefixedLocales as readonly string[]).includes(first) ? (first as LocaleKey) : 'root';
}

async function labelFile(file: string): Promise<CampaignLabels> {
  const entry = await getEntry('campaignLabels', file);
  if (!entry) throw new Error(`No labels for ${file}`);
  return entry.data;
}

/** A locale's labels as its readers see them on screen (console labels glossed where needed, typeset). */
export async function campaignLabels(locale: string): Promise<CampaignLabels> {
  const file = contentKey(locale);
  return labelsAsShown(await labelFile(file), await labelFile('en'), (labels) => typesetFor(file, labels));
}

/** Every locale's labels as shown, for pages that show all languages at once (the glossary). */
export async function allCampaignLabels(): Promise<Map<string, CampaignLabels>> {
  const english = await labelFile('en');
  return new Map(
    (await getCollection('campaignLabels')).map((entry) => [
      entry.id,
      labelsAsShown(entry.data, english, (labels) => typesetFor(entry.id, labels)),
    ]),
  );
}
