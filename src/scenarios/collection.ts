/** The scenarios collection, as plain Scenario objects (Astro components only). */
import { getCollection } from 'astro:content';
import type { Scenario } from './schema.ts';

export async function scenarios(): Promise<Scenario[]> {
  return (await getCollection('scenarios')).map((entry) => ({ id: entry.id, ...entry.data }));
}
