/**
 * Vitest for mutation testing (npm run test:mutation): the tests that pin the specification's
 * behaviour. Site content, link fuzzing and the population simulation are left out: they exercise
 * the machines only indirectly and would multiply the run's length by each of ~1,500 mutants.
 */
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.ts';

const merged = mergeConfig(
  base,
  defineConfig({
    test: {
      coverage: { enabled: false },
      setupFiles: ['tests/unit/mutationSetup.ts'],
      // Instrumented code runs several times slower; this is Stryker's budget, not the suite's.
      testTimeout: 30_000,
    },
  }),
);

// mergeConfig concatenates lists: the base suite's `include` would come back, so this one replaces it.
merged.test = {
  ...merged.test,
  include: [
    'tests/unit/{address,bounceCodes,bounceQualification,definitionAgreement,delivery,editionTables,errors,messageModel,paths,properties,publicEntry,registry,replay,sourceFacts,sourceNotes,sourceTables,untrusted,upgrade}.test.ts',
  ],
};

export default merged;
