/**
 * Adobe's address for a source in the reader's language, where Adobe publishes one: Experience League
 * takes the language in its path (/fr/docs/…) or, for older addresses, as ?lang=; Adobe's documentation
 * repositories have one localized copy per language (campaign.fr-FR, campaign-classic.zh-Hans…; facts-extended
 * §8). Other sources (SparkPost, RFCs) exist in English only and keep their address.
 */
import type { LocaleKey } from '../locales.ts';

type Translated = Exclude<LocaleKey, 'root'>;

/** Experience League's language codes (as Adobe's own localized pages link to each other). */
const experienceLeague: Record<Translated, string> = { fr: 'fr', es: 'es', 'zh-cn': 'zh-Hans', ko: 'ko' };
/** Suffixes of Adobe's localized documentation repositories. */
const repository: Record<Translated, string> = { fr: 'fr-FR', es: 'es-ES', 'zh-cn': 'zh-Hans', ko: 'ko-KR' };

export interface LocalizedSource {
  readonly url: string;
  /** False when the reader is sent to an English-only document. */
  readonly inReaderLanguage: boolean;
}

export function localizedSourceUrl(address: string, locale: LocaleKey): LocalizedSource {
  if (locale === 'root') return { url: address, inReaderLanguage: true };
  const url = new URL(address);
  if (url.hostname === 'experienceleague.adobe.com') {
    if (url.pathname.startsWith('/en/'))
      url.pathname = `/${experienceLeague[locale].toLowerCase()}/${url.pathname.slice(4)}`;
    else url.searchParams.set('lang', experienceLeague[locale]);
    return { url: url.href, inReaderLanguage: true };
  }
  const github = url.pathname.match(/^\/AdobeDocs\/(campaign|campaign-classic)\.en\//);
  if (url.hostname === 'github.com' && github) {
    url.pathname = url.pathname.replace(`${github[1]}.en/`, `${github[1]}.${repository[locale]}/`);
    return { url: url.href, inReaderLanguage: true };
  }
  return { url: address, inReaderLanguage: false };
}
