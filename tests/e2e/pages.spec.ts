/** Every page of every locale: it exists, speaks its language, has no errors and no serious a11y issue. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { logStatuses } from '../../src/machines/index.ts';
import { guard, langOf, localeKeys, pagePaths, prefix } from './site.ts';

for (const locale of localeKeys) {
  test.describe(`${locale} pages`, () => {
    for (const path of pagePaths) {
      test(`${prefix(locale)}${path} renders in ${langOf(locale)}, cleanly and accessibly`, async ({ page }) => {
        const watch = await guard(page);
        const response = await page.goto(`${prefix(locale)}${path}`);
        expect(response?.status()).toBe(200);
        await expect(page.locator('html')).toHaveAttribute('lang', langOf(locale));
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        // Scroll so every client:visible island hydrates before the audit.
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        await page.waitForLoadState('networkidle');
        const { violations } = await new AxeBuilder({ page }).analyze();
        const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(
          serious.map(
            (v) =>
              `${v.id}: ${v.nodes
                .map((n) => n.target.join(' '))
                .slice(0, 3)
                .join(', ')}`,
          ),
        ).toEqual([]);
        await watch.check();
      });
    }
  });
}

test('the language switcher keeps the reader on the same page', async ({ page }) => {
  await page.goto('/guides/retries-and-validity/');
  await page
    .getByRole('combobox', { name: /language|langue|idioma|语言|언어/i })
    .first()
    .selectOption({ label: 'Français' });
  await expect(page).toHaveURL(/\/fr\/guides\/retries-and-validity\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});

test('pages without a playground ship no React', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  for (const path of [
    '/guides/dkim/',
    '/fr/reference/glossary/',
    '/ko/guides/mx-rules-and-throughput/',
    '/playgrounds/status-explainer/',
  ]) {
    await page.goto(path);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    expect(await page.locator('astro-island').count()).toBe(0);
  }
  expect(scripts.filter((url) => /react|client\.|jsx-runtime/.test(url))).toEqual([]);
});

test('diagrams and tables are there without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/fr/playgrounds/email-feedback-service/');
  await expect(page.getByTestId('state-diagram').first()).toBeVisible();
  await page.locator('details.scenario-steps summary').click();
  await expect(page.locator('table[data-scenario="retry-succeeds"]')).toContainText('Envoyés');
  await page.goto('/reporting/enhanced-mta-reporting/');
  await expect(page.getByTestId('reporting-table')).toContainText('Success % starts at 100%');
  await context.close();
});

test('the generated reporting tables show each locale’s labels, row for row', async ({ page }) => {
  await page.goto('/fr/reporting/email-feedback-service/');
  const rows = page.getByTestId('reporting-table').locator('tbody tr');
  await expect(rows).toHaveCount(5);
  await expect(rows.nth(3).locator('[data-status]')).toHaveAttribute('data-status', 'sent');
  await expect(rows.nth(3).locator('td').first()).toHaveAttribute('data-effect', 'increases');
});

test('the status explainer shows exactly the card for the chosen model and status, without JavaScript', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/playgrounds/status-explainer/');
  const explainer = page.getByTestId('status-explainer');
  for (const edition of ['enhancedMtaReporting', 'emailFeedbackService']) {
    await explainer.locator(`input[name="edition"][value="${edition}"]`).check();
    for (const status of logStatuses) {
      await explainer.locator(`input[name="status"][value="${status}"]`).check();
      const visible = explainer.locator('.explainer__card:visible');
      await expect(visible, `${edition} / ${status}`).toHaveCount(1);
      await expect(visible).toHaveAttribute('data-edition', edition);
      await expect(visible).toHaveAttribute('data-status', status);
    }
  }
  await context.close();
});
