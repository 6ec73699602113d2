/**
 * Before the island is ready, and without JavaScript at all: the playground shows what it can (the
 * diagram, the scenario tables), its controls look inert and take no tap, and it says that stepping
 * and step links need JavaScript instead of silently opening at the start.
 */
import { buildLink } from '../../src/links/link.ts';
import { expect, test } from './fixtures.ts';
import { islandReady, labels, prefix, ui } from './site.ts';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const locale of ['fr', 'ko'] as const) {
    test(`${locale}: a step link shows the diagram and scenario tables, inert controls, and says what it would open`, async ({
      page,
    }) => {
      const link = buildLink({ machine: 'enhancedMtaReporting', events: [{ type: 'mta.accepted' }], at: 1, input: {} });
      await page.goto(`${prefix(locale)}/playgrounds/enhanced-mta-reporting/${link}`);
      const t = ui(locale);
      const note = page.locator('.playground-frame p.playground__noscript');
      await expect(note).toBeVisible();
      await expect(note).toContainText(t['playground.noscript']);
      await expect(note).toContainText(t['playground.noscriptLink']);
      // The note comes before the controls it is about.
      const noteTop = (await note.boundingBox())!.y;
      const firstButton = page.locator('[data-testid="playground"] button[data-event]').first();
      expect(noteTop).toBeLessThan((await firstButton.boundingBox())!.y);
      // The diagram is drawn at build time.
      await expect(page.locator('[data-testid="playground"] svg').first()).toBeVisible();
      // The scenario tables open with a plain <details>.
      await page.locator('.scenario-steps summary').click();
      await expect(page.locator('.scenario-steps table').first()).toBeVisible();
      await expect(page.locator('.scenario-steps table').first()).toContainText(labels(locale).logStatus.sent!);
      // Controls look inert and a tap lands nowhere.
      const style = await firstButton.evaluate((button) => {
        const computed = getComputedStyle(button);
        return { pointerEvents: computed.pointerEvents, border: computed.borderTopStyle };
      });
      expect(style).toEqual({ pointerEvents: 'none', border: 'dashed' });
    });
  }
});

test('once the island is ready its controls look and act live', async ({ page }) => {
  await page.goto('/es/playgrounds/enhanced-mta-reporting/');
  const pg = await islandReady(page, 'playground');
  const button = pg.locator('button[data-event="mta.accepted"]');
  const style = await button.evaluate((b) => ({
    pointerEvents: getComputedStyle(b).pointerEvents,
    border: getComputedStyle(b).borderTopStyle,
  }));
  expect(style.pointerEvents).toBe('auto');
  expect(style.border).not.toBe('dashed');
  await button.click();
  await expect(pg.getByTestId('log-status')).toHaveText(labels('es').logStatus.sent!);
  await expect(page.locator('noscript')).toHaveCount(1); // present, but not shown with JavaScript on
});
