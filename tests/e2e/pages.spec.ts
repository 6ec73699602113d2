/** Every page of every locale: it exists, speaks its language, has no errors and no serious a11y issue. */
import AxeBuilder from '@axe-core/playwright';
import { logStatuses } from '../../src/machines/index.ts';
import { expect, test } from './fixtures.ts';
import { labels, langOf, localeKeys, pagePaths, prefix } from './site.ts';

for (const locale of localeKeys) {
  test.describe(`${locale} pages`, () => {
    for (const path of pagePaths) {
      test(`${prefix(locale)}${path} renders in ${langOf(locale)}, cleanly and accessibly`, async ({ page }) => {
        const response = await page.goto(`${prefix(locale)}${path}`);
        expect(response?.status()).toBe(200);
        await expect(page.locator('html')).toHaveAttribute('lang', langOf(locale));
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        // Bring every island into view (they hydrate when visible) and audit once all are ready.
        for (const island of await page.locator('[data-ready]').all()) await island.scrollIntoViewIfNeeded();
        await expect(page.locator('[data-ready="false"]')).toHaveCount(0);
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
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect(page.locator('astro-island')).toHaveCount(0);
    await expect(page.locator('[data-ready]')).toHaveCount(0);
  }
  expect(scripts.filter((url) => /react|client\.|jsx-runtime/.test(url))).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('diagrams and tables are there without JavaScript', async ({ page }) => {
    await page.goto('/fr/playgrounds/email-feedback-service/');
    await expect(page.getByTestId('state-diagram').first()).toBeVisible();
    await page.locator('details.scenario-steps summary').click();
    await expect(page.locator('table[data-scenario="retry-succeeds"]')).toContainText('Envoyés');
    await page.goto('/reporting/enhanced-mta-reporting/');
    await expect(page.getByTestId('reporting-table')).toContainText('Success % starts at 100%');
  });

  test('the generated Email Feedback Service table gives, row for row, the status and Success % effect of the sources, in French', async ({
    page,
  }) => {
    await page.goto('/fr/reporting/email-feedback-service/');
    const names = labels('fr');
    // The v8 "with EFS" columns of Adobe's table: relay, hard bounce, soft bounce, retry succeeds, retries fail.
    const expected = [
      ['startsAt0', 'takenIntoAccount'],
      ['unchanged', 'failed'],
      ['unchanged', 'takenIntoAccount'],
      ['increases', 'sent'],
      ['unchanged', 'failed'],
    ] as const;
    const rows = page.getByTestId('reporting-table').locator('tbody tr');
    await expect(rows).toHaveCount(expected.length);
    for (const [i, [effect, status]] of expected.entries()) {
      const row = rows.nth(i);
      await expect(row.locator('[data-effect]')).toHaveAttribute('data-effect', effect);
      await expect(row.locator('[data-effect]')).toHaveText(names.successEffect[effect]!);
      await expect(row.locator('[data-status]')).toHaveAttribute('data-status', status);
      await expect(row.locator('[data-status]')).toHaveText(names.logStatus[status]!);
    }
  });

  test('the status explainer shows exactly the card for the chosen model and status, without JavaScript', async ({
    page,
  }) => {
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
  });
});
