/**
 * The site served under /docs/: styles, islands, the playground's links, the simulation's worker,
 * embeds and search all follow the base, and no page requests anything from the root.
 * (Paths here are relative: they resolve under the base URL, /docs/.)
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../e2e/fixtures.ts';
import { ui } from '../e2e/site.ts';

async function hydrate(page: Page) {
  await page.locator('astro-island').first().scrollIntoViewIfNeeded();
  await page.locator('[data-ready="true"]').first().waitFor();
}

/** Every link of the page that points into the site stays under /docs/. */
async function expectLinksUnderBase(page: Page) {
  const outside = await page
    .locator('a[href^="/"], link[href^="/"], script[src^="/"], img[src^="/"]')
    .evaluateAll((elements) =>
      elements
        .map((element) => element.getAttribute('href') ?? element.getAttribute('src') ?? '')
        .filter((url) => !url.startsWith('/docs/')),
    );
  expect(outside).toEqual([]);
}

test('a guide page is styled, and every link and asset is under the base', async ({ page }) => {
  await page.goto('guides/dkim/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Starlight's stylesheet applied: the sidebar is laid out beside the content, not a bare list.
  expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toBe('"Times New Roman"');
  await expectLinksUnderBase(page);
  await page
    .getByRole('link', { name: /Bounce qualification/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/docs\/guides\/bounce-qualification\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('a playground hydrates, steps, and writes a link that reopens under the base', async ({ page }) => {
  await page.goto('playgrounds/enhanced-mta-reporting/');
  await hydrate(page);
  const pg = page.getByTestId('playground').and(page.locator('[data-ready="true"]')).first();
  await pg.locator('button[data-event="mta.accepted"]').click();
  await pg.locator('button[data-event="mta.delivered"]').click();
  await expect(pg.getByTestId('log-status')).toHaveAttribute('data-status', 'sent');
  await expect(page).toHaveURL(/\/docs\/playgrounds\/enhanced-mta-reporting\/\?link=1&machine=enhancedMtaReporting/);
  await page.reload();
  await hydrate(page);
  await expect(
    page.getByTestId('playground').and(page.locator('[data-ready="true"]')).first().getByTestId('log-status'),
  ).toHaveAttribute('data-status', 'sent');
  await expectLinksUnderBase(page);
});

test('the status explainer links to playgrounds under the base', async ({ page }) => {
  await page.goto('playgrounds/status-explainer/');
  const links = await page
    .locator('main a[href*="?link=1"]')
    .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
  expect(links.length).toBeGreaterThan(0);
  expect(links.filter((href) => !href.startsWith('/docs/'))).toEqual([]);
});

test('an embed links to its full page under the base', async ({ page }) => {
  await page.goto('fr/embed/email-feedback-service/');
  await hydrate(page);
  await expect(page.getByRole('link', { name: ui('fr')['embed.openFull'] })).toHaveAttribute(
    'href',
    /^\/docs\/fr\/playgrounds\/email-feedback-service\//,
  );
  await expectLinksUnderBase(page);
});

test('the simulation runs in its worker under the base', async ({ page }) => {
  await page.goto('reporting/success-over-time/');
  const sim = page.getByTestId('simulation');
  await sim.scrollIntoViewIfNeeded();
  await page.locator('[data-ready="true"]').first().waitFor();
  await sim.locator('input[name="messages"]').fill('3000');
  await expect(page.getByTestId('simulation-status')).toHaveText(/3,000$/);
  expect(page.workers().length).toBeGreaterThan(0);
});

test('search finds pages and links to them under the base', async ({ page }) => {
  await page.goto('');
  await page.locator('site-search button[data-open-modal]').click();
  await page.locator('dialog[aria-label] input[type="search"], #starlight__search input').first().fill('DKIM');
  const results = page.locator('.pagefind-ui__result-link');
  await expect(results.first()).toBeVisible({ timeout: 15_000 });
  const hrefs = await results.evaluateAll((links) =>
    links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
  );
  expect(hrefs).toContain('/docs/guides/dkim/');
});
