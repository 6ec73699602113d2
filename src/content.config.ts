import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { campaignLabelsSchema } from './i18n/campaignLabels.ts';
import { sourceNotesSchema } from './i18n/sourceNotes.ts';
import { uiKeys } from './i18n/uiKeys.ts';
import { scenarioSchema } from './scenarios/schema.ts';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  // The project's own UI strings, declared once; every locale must give every key (a test checks it).
  i18n: defineCollection({
    loader: i18nLoader(),
    schema: i18nSchema({ extend: z.object(Object.fromEntries(uiKeys.map((key) => [key, z.string()]))).partial() }),
  }),
  scenarios: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './content/scenarios' }),
    schema: scenarioSchema,
  }),
  sources: defineCollection({
    loader: file('content/sources.yaml'),
    schema: z.object({ title: z.string(), url: z.url() }),
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
