/**
 * The site's Content-Security-Policy sent as an HTTP header on every path, as a careful host would:
 * pages, scripts, workers and the search index. Search still finds results, the simulation still runs
 * in its worker, and no page reports a violation.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { pagePaths } from './site.ts';

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)">/i;

/** Serves every response with the CSP its page declares (or, for other files, the home page's). */
async function sendCspAsHeader(page: Page, baseURL: string) {
  const home = await (await fetch(`${baseURL}/`)).text();
  const sitePolicy = home.match(CSP_META)?.[1]?.replaceAll('&#39;', "'");
  expect(sitePolicy).toContain("'wasm-unsafe-eval'");
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    const body = await response.body();
    const isHtml = (response.headers()['content-type'] ?? '').includes('text/html');
    const own = isHtml ? body.toString('utf8').match(CSP_META)?.[1]?.replaceAll('&#39;', "'") : undefined;
    await route.fulfill({
      response,
      body,
      headers: { ...response.headers(), 'content-security-policy': own ?? sitePolicy! },
    });
  });
}

test('search finds results with the CSP sent as a header', async ({ page, baseURL }) => {
  await sendCspAsHeader(page, baseURL!);
  await page.goto('/');
  await page.locator('site-search button[data-open-modal]').click();
  await page.locator('dialog[aria-label] input[type="search"], #starlight__search input').first().fill('DKIM');
  await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 15_000 });
});

test('the simulation runs in its worker with the CSP sent as a header', async ({ page, baseURL }) => {
  await sendCspAsHeader(page, baseURL!);
  await page.goto('/reporting/success-over-time/');
  const sim = page.getByTestId('simulation');
  await sim.scrollIntoViewIfNeeded();
  await page.locator('[data-ready="true"]').first().waitFor();
  await sim.locator('input[name="messages"]').fill('2000');
  await expect(page.getByTestId('simulation-status')).toHaveText(/2,000$/);
});

test('no page reports a CSP violation with the CSP sent as a header', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  await sendCspAsHeader(page, baseURL!);
  for (const path of [...pagePaths, '/embed/email-feedback-service/']) {
    await page.goto(path);
    // Every client:visible island hydrates (and loads its scripts) once seen.
    for (const island of await page.locator('astro-island').all()) await island.scrollIntoViewIfNeeded();
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  }
});
