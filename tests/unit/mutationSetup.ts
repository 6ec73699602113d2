/**
 * Mutation testing only (vitest.mutation.config.ts): fewer generated cases per property. Each of
 * ~1,500 mutants reruns the properties, so their work is bounded here; the main suite keeps its own.
 */
import fc from 'fast-check';

fc.configureGlobal({ numRuns: 40 });
