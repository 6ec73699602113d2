import { expect, test } from './fixtures.ts';
import { islandReady, prefix, ui } from './site.ts';

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
  await expect(lastRow.locator('td[data-edition="enhancedMtaReporting"]')).toHaveText('0');
  await expect(lastRow.locator('td[data-edition="emailFeedbackService"]')).toHaveText('0');
});

for (const locale of ['fr', 'ko'] as const) {
  const t = ui(locale);
  const path = `${prefix(locale)}/reporting/success-over-time/`;

  test(`${locale}: a number out of its limits is refused with a message, the limits shown, and nothing runs`, async ({
    page,
  }) => {
    await page.goto(path);
    const sim = await islandReady(page, 'simulation');
    const messages = sim.getByRole('spinbutton', { name: t['simulation.messages'] });
    // The limits are on screen before anything goes wrong.
    await expect(sim.locator('#simulation-messages-limits')).toHaveText(
      /100.*10.000.000|100.*10,000,000|100.*10 000 000/,
    );
    const url = page.url();
    const lastRow = await page.getByTestId('simulation-table').locator('tbody tr').last().textContent();
    for (const typed of ['-5', '', '20000000', '1000.5']) {
      await messages.fill(typed);
      await expect(messages).toHaveAttribute('aria-invalid', 'true');
      await expect(messages).toHaveAccessibleDescription(new RegExp(t['simulation.invalidWhole'].slice(0, 8)));
      await expect(page.getByTestId('simulation-status')).toHaveAttribute('data-running', 'false');
      expect(page.url()).toBe(url);
      await expect(page.getByTestId('simulation-table').locator('tbody tr').last()).toHaveText(lastRow!);
    }
    const rate = sim.getByRole('spinbutton', { name: t['simulation.softBounceRate'] });
    await rate.fill('101');
    await expect(sim.getByTestId('invalid-softBounceRate')).toHaveText(new RegExp(t['simulation.invalid'].slice(0, 8)));
    // A valid value clears the message and runs.
    await messages.fill('2000');
    await expect(messages).not.toHaveAttribute('aria-invalid');
    await expect(page).toHaveURL(/messages=2000/);
  });

  test(`${locale}: a large run shows a progress bar with the share done, then the result`, async ({ page }) => {
    await page.goto(path);
    const sim = await islandReady(page, 'simulation');
    await sim.getByRole('spinbutton', { name: t['simulation.messages'] }).fill('5000000');
    const bar = page.getByTestId('simulation-progress');
    await expect(bar).toBeVisible();
    await expect(bar).toHaveRole('progressbar');
    await expect
      .poll(() => bar.evaluate((el) => (el as HTMLProgressElement).value), { timeout: 20_000 })
      .toBeGreaterThan(0);
    await expect(page.getByTestId('simulation-status')).toHaveAttribute('data-running', 'false', { timeout: 60_000 });
    await expect(bar).toHaveCount(0);
  });

  test(`${locale}: with a 2-day validity the line says the validity, not the 3.5-day cap`, async ({ page }) => {
    await page.goto(`${path}?validityDays=2`);
    await islandReady(page, 'simulation');
    const capWords = t['simulation.cap'].split('{{')[0]!.trim();
    const validityWords = t['simulation.validityEnd'].split('{{')[0]!.trim();
    const chart = page.getByTestId('success-chart');
    await expect(chart).toContainText(validityWords);
    await expect(chart).not.toContainText(capWords);
    await expect(page.getByTestId('simulation-table')).toContainText(t['simulation.validityEndRow']);
    // The default 5-day setting is cut to the MTA's 3.5 days, and says so.
    await page.goto(path);
    await islandReady(page, 'simulation');
    await expect(chart).toContainText(capWords);
    await expect(chart).toContainText(/3[.,]5/);
    // The table's row is the 3.5-day one; its note gives the setting, without repeating the time.
    const capRow = page.getByTestId('simulation-table').locator('tr[data-hour="84"] th');
    await expect(capRow).toContainText(t['simulation.capRow'].split('{{')[0]!.trim());
    await expect(capRow).toContainText(/5/);
  });
}

test('at 390 px the charts are drawn at the column’s width, with whole panel titles', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/es/reporting/success-over-time/');
  await islandReady(page, 'simulation');
  for (const chart of await page.locator('.simulation__chart svg').all()) {
    // Drawn for the space it has (text at its own size), not a 720 px drawing shrunk to fit.
    const { drawn, shown } = await chart.evaluate((svg) => ({
      drawn: Number(svg.getAttribute('width')),
      shown: svg.getBoundingClientRect().width,
    }));
    expect(drawn).toBeLessThanOrEqual(Math.ceil(shown) + 1);
  }
  for (const title of await page.locator('.simulation__panel figcaption').all()) {
    await expect(title).toBeVisible();
    expect(await title.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  }
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('the time axis gives the first hours room: one hour is not squeezed against the start', async ({ page }) => {
  await page.goto('/reporting/success-over-time/');
  await islandReady(page, 'simulation');
  const ticks = page.getByTestId('success-chart').locator('[aria-label="x-axis tick label"] text');
  const texts = await ticks.allTextContents();
  expect(texts[0]).toMatch(/^0/);
  expect(texts[1]).toMatch(/^1 h/);
  const x = async (i: number) => (await ticks.nth(i).boundingBox())!.x;
  const width = (await page.getByTestId('success-chart').boundingBox())!.width;
  // On a linear 7-day axis the first hour would be 1/168 of the width; here it gets far more.
  expect((await x(1)) - (await x(0))).toBeGreaterThan(width / 20);
});
