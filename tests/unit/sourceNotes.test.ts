/**
 * Every conflict the specification decides and every modelling choice it makes is named: cited in
 * the machines' code, listed on the notes-on-the-sources page in all five languages, and pinned by a
 * test whose name names it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { sourceNotesSchema } from '~/i18n/sourceNotes.ts';
import { conflictNoteIds, modellingChoiceIds } from '~/machines/index.ts';

const read = (dir: string, filter: (name: string) => boolean) =>
  readdirSync(dir)
    .filter(filter)
    .map((name) => readFileSync(`${dir}/${name}`, 'utf8'))
    .join('\n');
const machineCode = read('src/machines', (name) => name.endsWith('.ts'));
const testCode = read('tests/unit', (name) => name.endsWith('.test.ts') && name !== 'sourceNotes.test.ts');

describe('notes on the sources', () => {
  it('lists every modelling choice the machines cite, and cites every one it lists', () => {
    const cited = new Set([...machineCode.matchAll(/MC-([a-z-]+[a-z])/g)].map((match) => match[1]));
    expect([...cited].sort()).toEqual([...modellingChoiceIds].sort());
  });

  it.each(modellingChoiceIds)('has a test that names the modelling choice MC-%s', (id) => {
    expect(testCode).toContain(`MC-${id}`);
  });

  it.each(conflictNoteIds)('has a test that names the decision on conflict %s', (id) => {
    expect(testCode).toMatch(new RegExp(`\\b${id}\\b`));
  });

  it.each(['en', 'fr', 'es', 'zh-cn', 'ko'])('gives every note in %s', (locale) => {
    const text = parse(readFileSync(`content/source-notes/${locale}.yaml`, 'utf8'));
    const parsed = sourceNotesSchema.safeParse(text);
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
  });
});
