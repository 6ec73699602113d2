/**
 * A scenario is a named list of events, written by documentation authors in content/scenarios/*.yaml.
 * Pages replay them through the specification to build tables; playgrounds offer them as presets.
 */
import { z } from 'astro/zod';
import { localeKeys } from '../locales.ts';
import { machineIds } from '../machines/index.ts';

const perLocale = z.object(
  Object.fromEntries(localeKeys.map((key) => [key === 'root' ? 'en' : key, z.string().min(1)])),
);

export const scenarioSchema = z.object({
  machines: z.array(z.enum(machineIds as [string, ...string[]])).min(1),
  /** Scenarios that are rows of a source table name it; `order` is their row. */
  table: z.enum(['reporting']).optional(),
  order: z.number().int().positive(),
  input: z.record(z.string(), z.unknown()).optional(),
  title: perLocale,
  events: z.array(z.looseObject({ type: z.string() })).min(1),
});

export type Scenario = z.infer<typeof scenarioSchema> & { readonly id: string };
