/** What a shared link cannot do: stall the simulation, break a playground's history, spoof the site. */
import type { Page } from '@playwright/test';
import { buildLink } from '../../src/links/link.ts';
import { MAX_REPLAY_EVENTS } from '../../src/machines/index.ts';
import { expect, test } from './fixtures.ts';
import { ui } from './site.ts';

const playground = (page: Page) => page.getByTestId('playground').and(page.locator('[data-ready="true"]')).first();

async function hydrate(page: Page) {
  await page.locator('astro-island').first().scrollIntoViewIfNeeded();
  await page.locator('[data-ready="true"]').first().waitFor();
}

test('at the step limit the playground says so, offers no further event, and its link reopens', async ({ page }) => {
  const steps = ['upgrade.started', ...Array(MAX_REPLAY_EVENTS - 1).fill('api.called')].join(',');
  await page.goto(`/playgrounds/upgrade/?link=1&machine=upgrade&steps=${steps}`);
  await hydrate(page);
  const pg = playground(page);
  await expect(pg.getByTestId('step-limit')).toContainText(String(MAX_REPLAY_EVENTS));
  await expect(pg.locator('button[data-event]')).toHaveCount(0);
  await expect(pg.getByTestId('history').locator('li')).toHaveCount(MAX_REPLAY_EVENTS + 1);
  // One step back, one more event: the reader is at the limit again, never past it.
  await pg.getByRole('button', { name: new RegExp(ui('root')['playground.back']) }).click();
  await pg.locator('button[data-event="api.called"]').click();
  await expect(pg.getByTestId('step-limit')).toBeVisible();
  await expect(pg.getByTestId('history').locator('li')).toHaveCount(MAX_REPLAY_EVENTS + 1);
  await expect(page).toHaveURL(/steps=upgrade\.started,api\.called/);
  await page.reload();
  await hydrate(page);
  await expect(playground(page).getByTestId('link-problem')).toHaveCount(0);
  await expect(playground(page).getByTestId('history').locator('li')).toHaveCount(MAX_REPLAY_EVENTS + 1);
});

test('text from a link is quoted as data: short, plain, and without direction overrides', async ({ page }) => {
  const reply = '550 5.1.1 ADOBE NOTICE: your account is suspended, call +1 555 0100 now. invoice\u202Egpj.exe';
  const link = buildLink({
    machine: 'bounceQualification',
    events: [{ type: 'smtp.replied', reply }],
    at: 1,
    input: {},
  });
  await page.goto(`/playgrounds/bounce-qualification/${link}`);
  await hydrate(page);
  const quoted = playground(page).getByTestId('history').getByTestId('free-text');
  await expect(quoted).toHaveCount(1);
  const text = (await quoted.textContent()) ?? '';
  expect([...text].length).toBeLessThanOrEqual(40);
  expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F]/);
  expect(text).not.toContain('555 0100');
  // Quoted by the browser (q), isolated (bdi), and never in the current step's bold.
  expect(await quoted.evaluate((q) => getComputedStyle(q).fontWeight)).toBe('400');
  expect(await quoted.evaluate((q) => getComputedStyle(q, '::before').content)).not.toBe('none');
  await expect(quoted.locator('bdi')).toHaveCount(1);
});

test('the clock shows hours to sensible precision', async ({ page }) => {
  await page.goto(
    '/playgrounds/enhanced-mta-reporting/?link=1&machine=enhancedMtaReporting&steps=mta.accepted,clock.advanced~0.1,clock.advanced~0.2',
  );
  await hydrate(page);
  const clock = playground(page).getByTestId('clock');
  // 0.1 + 0.2 hours, formatted by Intl in English: one decimal at most.
  await expect(clock).toContainText('0.3 hr');
  await expect(clock).not.toContainText('0.30000000000000004');
});

test('the stalling link runs on fewer messages and says so; a newer request ends the running one', async ({ page }) => {
  const workers: unknown[] = [];
  page.on('worker', (worker) => workers.push(worker));
  await page.goto(
    '/reporting/success-over-time/?messages=1000000&hardBounceRate=0&softBounceRate=1&retrySuccessRate=0&meanDeliveryHours=0.1&meanRetryHours=0.1&validityDays=30',
  );
  const sim = page.getByTestId('simulation');
  await sim.scrollIntoViewIfNeeded();
  await page.locator('[data-ready="true"]').first().waitFor();
  // The run reports its progress, then says how many of the million messages it ran, and why.
  await expect(page.getByTestId('simulation-status')).toContainText('%', { timeout: 20_000 });
  await expect(page.getByTestId('simulation-limited')).toContainText('1,000,000', { timeout: 30_000 });
  // A newer request while a run is going: the running worker is replaced, and the new inputs show.
  await sim.locator('input[name="messages"]').fill('999900');
  await expect(page.getByTestId('simulation-status')).toHaveAttribute('data-running', 'true');
  await sim.locator('input[name="messages"]').fill('100');
  await expect(page.getByTestId('simulation-status')).toHaveText(/100$/, { timeout: 10_000 });
  await expect(page.getByTestId('simulation-limited')).toHaveCount(0);
  expect(workers.length).toBeGreaterThanOrEqual(2);
});
