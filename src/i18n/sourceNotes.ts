/**
 * The notes-on-the-sources page's text, per locale (content/source-notes/<locale>.yaml). The schema
 * is built from the specification's own lists of decided conflicts and modelling choices, so a note
 * missing in any language fails the build.
 */
import { z } from 'astro/zod';
import { conflictNoteIds, modellingChoiceIds } from '../machines/index.ts';

const text = z.string().min(1);
const exactly = <T extends z.ZodType>(keys: readonly string[], value: T) =>
  z.object(Object.fromEntries(keys.map((key) => [key, value]))).strict();

export const sourceNotesSchema = z.object({
  heading: z
    .object({
      conflicts: text,
      conflictsIntro: text,
      choices: text,
      choicesIntro: text,
      readings: text,
      decision: text,
      /** Not shown: fact ids are for the code and tests. */
      facts: text.optional(),
    })
    .strict(),
  conflicts: exactly(conflictNoteIds, z.object({ title: text, readings: text, decision: text }).strict()),
  choices: exactly(modellingChoiceIds, z.object({ title: text, text }).strict()),
});

export type SourceNotesText = z.infer<typeof sourceNotesSchema>;

/** The anchor of a note on the page: `c4`, `mc-expiry-reason` (links from playgrounds use them). */
export const noteAnchor = (id: string): string => (/^C\d+$/.test(id) ? id.toLowerCase() : `mc-${id}`);
