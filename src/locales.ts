/** The site's languages. English is the root; the others mirror its pages under their own prefix. */
export const locales = {
  root: { label: 'English', lang: 'en' },
  fr: { label: 'Français', lang: 'fr' },
  es: { label: 'Español', lang: 'es' },
  'zh-cn': { label: '简体中文', lang: 'zh-CN' },
  ko: { label: '한국어', lang: 'ko' },
} as const;

export type LocaleKey = keyof typeof locales;
export const localeKeys = Object.keys(locales) as LocaleKey[];
/** The locale keys that live under a path prefix (all but the root). */
export const prefixedLocales = localeKeys.filter((key) => key !== 'root') as Exclude<LocaleKey, 'root'>[];
/** BCP 47 tag per locale, for Intl and `lang`. */
export const langOf = (locale: LocaleKey): string => locales[locale].lang;
/** The name a locale's own data goes by (label files, scenario texts, source notes): the root's is `en`. */
export const contentKey = (locale: string): string => (locale === 'root' ? 'en' : locale);
