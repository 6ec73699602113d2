import { expect, test } from './fixtures.ts';
import { islandReady } from './site.ts';

test('moving a control reruns the simulation off the main thread and puts the inputs in the URL', async ({ page }) => {
  await page.goto('/fr/reporting/success-over-time/');
  const sim = await islandReady(page, 'simulation');
  await expect(page.getByTestId('success-chart').locator('svg').first()).toBeVisible();
  const before = (await page.getByTestId('simulation-table').locator('tbody tr').last().textContent()) ?? '';
  await sim.locator('input[name="hardBounceRate"]').fill('20');
  await expect(page).toHaveURL(/hardBounceRate=0\.2/);
  await expect(page.getByTestId('simulation-status')).toHaveAttribute('data-running', 'false');
  await expect(page.getByTestId('simulation-table').locator('tbody tr').last()).not.toHaveText(before);
  expect(page.workers().length).toBeGreaterThan(0); // the simulation runs in a Web Worker
  // French number formatting: a decimal comma.
  await expect(page.getByTestId('simulation-table').locator('tbody')).toContainText(',');
});

test('a link with inputs reproduces the chart', async ({ page }) => {
  await page.goto('/reporting/success-over-time/?messages=1000&hardBounceRate=1&softBounceRate=0&seed=3');
  await islandReady(page, 'simulation');
  const lastRow = page.getByTestId('simulation-table').locator('tbody tr').last();
  await expect(lastRow.locator('td[data-model="enhancedMtaReporting"]')).toHaveText('0');
  await expect(lastRow.locator('td[data-model="emailFeedbackService"]')).toHaveText('0');
});
