/**
 * Reads the scenarios from disk, outside Astro (tests, bench, build-time helpers). Astro pages read the
 * same files through the `scenarios` content collection, with the same schema.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { type Scenario, scenarioSchema } from './schema.ts';

export const SCENARIO_DIR = join(import.meta.dirname, '../../content/scenarios');

export function loadScenarios(dir: string = SCENARIO_DIR): Scenario[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => ({
      id: basename(file, '.yaml'),
      ...scenarioSchema.parse(parse(readFileSync(join(dir, file), 'utf8'))),
    }));
}
