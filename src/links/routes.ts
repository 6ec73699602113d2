/** Where each machine's playground lives, per locale (pages and embeds share the slug). */
import type { LocaleKey } from '../locales.ts';
import type { MachineId } from '../machines/index.ts';

export const machineSlug = (machine: MachineId): string => machine.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

const prefix = (locale: LocaleKey) => (locale === 'root' ? '' : `/${locale}`);

export const playgroundPath = (machine: MachineId, locale: LocaleKey): string =>
  `${prefix(locale)}/playgrounds/${machineSlug(machine)}/`;

export const embedPath = (machine: MachineId, locale: LocaleKey): string =>
  `${prefix(locale)}/embed/${machineSlug(machine)}/`;

/** The notes-on-the-sources page, where every modelling choice and decided conflict is listed. */
export const sourceNotesPath = (locale: LocaleKey): string => `${prefix(locale)}/reference/source-notes/`;

/** The diagnosis page ("What happened to my message?"), optionally with a query (see src/diagnosis/inputs.ts). */
export const diagnosePath = (locale: LocaleKey, query = ''): string =>
  `${prefix(locale)}/playgrounds/diagnose/${query}`;

/** The diagnosis embed, for support tools' iframes. */
export const diagnoseEmbedPath = (locale: LocaleKey): string => `${prefix(locale)}/embed/diagnose/`;
