/**
 * The site built under a sub-path (SITE_BASE=/docs/, into dist-subpath/) and served there: a few smoke
 * tests that every kind of link and asset follows the base. `npm run test:subpath` builds, then runs it.
 */
import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

const PORT = Number(process.env['E2E_SUBPATH_PORT'] ?? 4322);

export default defineConfig({
  ...base,
  testDir: 'tests/e2e-subpath',
  use: { ...base.use, baseURL: `http://127.0.0.1:${PORT}/docs/` },
  webServer: {
    command: `npm run preview -- --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/docs/`,
    env: { SITE_BASE: '/docs/', SITE_OUT_DIR: 'dist-subpath' },
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
