import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    coverage: {
      provider: 'v8',
      include: ['src/machines/**/*.ts', 'src/simulation/**/*.ts', 'src/diagram/**/*.ts', 'src/links/**/*.ts'],
      exclude: ['**/*.worker.ts'],
      reporter: ['text-summary', 'text'],
      // The specification is the product: nearly every line of it must run under test.
      thresholds: { 'src/machines/**': { lines: 95 } },
    },
  },
});
