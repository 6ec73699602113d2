import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { file, glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { campaignLabelsSchema } from './i18n/campaignLabels.ts';
import { sourceNotesSchema } from './i18n/sourceNotes.ts';
import { uiKeys } from './i18n/uiKeys.ts';
import { prefixedLocales } from './locales.ts';
import { scenarioSchema } from './scenarios/schema.ts';
import { typesetFor } from './typography/locale.ts';

/**
 * Starlight's UI-string loader, with each language's typography applied to its strings as they are
 * loaded, so every component calling Astro.locals.t() gets French spacing without doing anything.
 */
function typesetI18nLoader(): Loader {
  const loader = i18nLoader();
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        parseData: async (entry) => typesetFor(entry.id, await context.parseData(entry)),
      }),
  };
}

/**
 * Starlight's page loader, with each language's typography applied to the frontmatter texts readers see
 * (title, description, sidebar label): the page body is typeset by the Markdown step (astro.config.mjs).
 */
function typesetDocsLoader(): Loader {
  const loader = docsLoader();
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        parseData: async (entry) => {
          const data = (await context.parseData(entry)) as Record<string, unknown>;
          const locale = entry.id.split('/')[0] ?? '';
          const sidebar = data['sidebar'] as { label?: string } | undefined;
          return {
            ...data,
            ...(typeof data['title'] === 'string' && { title: typesetFor(locale, data['title']) }),
            ...(typeof data['description'] === 'string' && { description: typesetFor(locale, data['description']) }),
            ...(sidebar?.label && { sidebar: { ...sidebar, label: typesetFor(locale, sidebar.label) } }),
          } as typeof entry.data;
        },
      }),
  };
}

export const collections = {
  docs: defineCollection({ loader: typesetDocsLoader(), schema: docsSchema() }),
  // The project's own UI strings, declared once; every locale must give every key (a test checks it).
  i18n: defineCollection({
    loader: typesetI18nLoader(),
    schema: i18nSchema({ extend: z.object(Object.fromEntries(uiKeys.map((key) => [key, z.string()]))).partial() }),
  }),
  scenarios: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './content/scenarios' }),
    schema: scenarioSchema,
  }),
  sources: defineCollection({
    loader: file('content/sources.yaml'),
    // English title and address, and the title in every other language (the address is localized in code).
    schema: z.object({
      title: z.string(),
      url: z.url(),
      titles: z.object(Object.fromEntries(prefixedLocales.map((locale) => [locale, z.string().min(1)]))).strict(),
    }),
  }),
  campaignLabels: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './content/campaign-labels' }),
    schema: campaignLabelsSchema,
  }),
  sourceNotes: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './content/source-notes' }),
    schema: sourceNotesSchema,
  }),
};
