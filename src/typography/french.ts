/**
 * French typography, applied at build time to French text (pages, UI strings, Campaign labels):
 * a narrow no-break space (U+202F) before ; ! ? : and inside « », a no-break space (U+00A0) before %,
 * and typographic apostrophes. No library found does these French rules (typograf has no French spacing
 * rules and removes the space before %), so this is a few regular expressions.
 * It only changes spacing around punctuation that is already there, and apostrophes between letters, so
 * it is safe to run twice and on text that is already typeset.
 */
export const narrowNoBreakSpace = '\u202F';
export const noBreakSpace = '\u00A0';

const anySpace = '[ \\u00A0\\u202F]';
const rules: readonly [RegExp, string][] = [
  // A space before ; ! ? becomes a narrow no-break space; a word glued to them gets one.
  [new RegExp(`${anySpace}+([;!?])`, 'gu'), `${narrowNoBreakSpace}$1`],
  [/(?<=[\p{L}\p{N})\]»’])([;!?])(?=\s|$|[)»"”])/gu, `${narrowNoBreakSpace}$1`],
  // The colon: a space before it becomes narrow and no-break; a word glued to it gets one, unless the colon
  // is inside a token (10:30, https://, mta:accepted), which the look-ahead leaves alone.
  [new RegExp(`${anySpace}+:`, 'gu'), `${narrowNoBreakSpace}:`],
  [/(?<=[\p{L})\]»’])(:)(?=\s|$)/gu, `${narrowNoBreakSpace}$1`],
  // Guillemets hold their content with narrow no-break spaces.
  [new RegExp(`«${anySpace}*`, 'gu'), `«${narrowNoBreakSpace}`],
  [new RegExp(`${anySpace}*»`, 'gu'), `${narrowNoBreakSpace}»`],
  // A no-break space before the percent sign (30 %, Succès (%)), whatever space was there.
  [/(?<=\p{N}) ?%/gu, `${noBreakSpace}%`],
  [/ %/gu, `${noBreakSpace}%`],
  // Straight apostrophes between letters become typographic ones (l’analyse).
  [/(?<=\p{L})'(?=\p{L})/gu, '’'],
];

export function frenchTypography(text: string): string {
  return rules.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), text);
}

/** The same rules over every string of a plain object or array (UI strings, label files). */
export function typesetStrings<T>(value: T, typeset: (text: string) => string): T {
  if (typeof value === 'string') return typeset(value) as T;
  if (Array.isArray(value)) return value.map((item) => typesetStrings(item, typeset)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, typesetStrings(item, typeset)])) as T;
  }
  return value;
}
