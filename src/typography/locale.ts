/** The typesetting each language gets at build time (only French has rules of its own so far). */
import { frenchTypography, typesetStrings } from './french.ts';

/** Typesets every string of `value` for a locale key, label file name or BCP 47 tag. */
export function typesetFor<T>(locale: string, value: T): T {
  return locale.toLowerCase().startsWith('fr') ? typesetStrings(value, frenchTypography) : value;
}
