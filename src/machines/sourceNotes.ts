/**
 * Where the specification takes a side or fills a gap, by name: the conflicts between Adobe's pages
 * it decides (facts-extended "Conflicts") and its modelling choices where the sources are silent.
 * Machine comments cite these ids (`C4`, `MC-expiry-reason`); the notes-on-the-sources page lists
 * every one of them in each language (content/source-notes/<locale>.yaml), and a test names each.
 */

export interface SourceNote {
  /** The facts of facts-extended.md (or facts.md sections, or seeds) the note rests on. */
  readonly facts: readonly string[];
  /** The machines whose behaviour the note shapes. */
  readonly machines: readonly string[];
}

const message = ['enhancedMtaReporting', 'emailFeedbackService'];

export const decidedConflicts = {
  C1: { facts: ['2.1', '2.2', '2.10'], machines: ['emailFeedbackService'] },
  C2: { facts: ['1.8', '1.13'], machines: ['enhancedMtaReporting'] },
  C3: { facts: ['5.2', '1.12', '5.7'], machines: ['emailFeedbackService'] },
  C4: { facts: ['4.3', '4.4', '4.5', '4.6'], machines: ['address'] },
  C5: { facts: ['2.7', '3.1', '3.8', '3.9'], machines: message },
  C6: { facts: ['3.5', '2.7', '3.6'], machines: message },
  C11: { facts: ['5.1', '5.3', '5.8', '5.11'], machines: message },
} as const satisfies Record<string, SourceNote>;

export const modellingChoices = {
  'exclusion-step': { facts: ['1.2', '1.4', '1.18'], machines: message },
  'expiry-reason': { facts: ['5.13', '5.6'], machines: message },
  'retries-fail-at-expiry': { facts: ['5.1', '5.3', '5.4'], machines: message },
  'delivered-clears-reason': { facts: ['1.12'], machines: message },
  'async-window': { facts: ['facts.md §1'], machines: message },
  'not-defined-soft': { facts: ['6.7', 'facts.md §1'], machines: message },
  'delivery-finished': { facts: ['1.14'], machines: ['delivery'] },
  'stop-cleanup': { facts: ['1.15', '1.16'], machines: ['delivery'] },
  'address-defaults': { facts: ['4.7', '4.8', '4.9', '4.10'], machines: ['address'] },
  'rollback-resume': { facts: ['seeds: Upgrading'], machines: ['upgrade'] },
  'illustrative-bounce-mapping': { facts: ['facts.md §1', '6.13'], machines: ['bounceQualification'] },
  'simulated-time': { facts: [], machines: [...message, 'upgrade', 'address'] },
  'statuses-left-out': { facts: ['1.5', '1.10', '1.11'], machines: message },
} as const satisfies Record<string, SourceNote>;

export type ConflictNoteId = keyof typeof decidedConflicts;
export type ModellingChoiceId = keyof typeof modellingChoices;
export const conflictNoteIds = Object.keys(decidedConflicts) as ConflictNoteId[];
export const modellingChoiceIds = Object.keys(modellingChoices) as ModellingChoiceId[];
