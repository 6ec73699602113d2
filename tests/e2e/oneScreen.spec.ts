/**
 * A support engineer answers a ticket from one screen (issue 15): after every step the diagram's
 * highlighted state and the status stay in view, the arrow just followed is marked, arrows can be taken
 * from the diagram with the keyboard, past steps are links, the copied answer names the edition, the
 * 84-hour cap and the 5-day setting, and compare mode shows every column at desktop and phone widths.
 *
 * Expectations come from the sources, written out here: a soft-bounced message stays in the retry
 * queue and times out after 3.5 days (84 hours) even when the delivery says 5 days (facts-extended
 * 5.1, 5.3); with the Email Feedback Service its log shows Taken into account until then (seeds v8).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { buildLink } from '../../src/links/link.ts';
import type { SpecEvent } from '../../src/machines/index.ts';
import { expect, test } from './fixtures.ts';
import { islandReady, type LocaleKey, labels, prefix, ui } from './site.ts';

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');

/** A Korean support ticket's path: relayed, a soft bounce (mailbox full), then 3 + 1 days pass. */
const ticketPath: { click: string; state: string; status: 'takenIntoAccount' | 'failed'; event: string }[] = [
  {
    click: 'button[data-event="mta.accepted"]',
    state: 'awaitingDelivery',
    status: 'takenIntoAccount',
    event: 'mta.accepted',
  },
  {
    click: 'button[data-event="feedback.softBounce"][data-value="mailboxFull"]',
    state: 'retrying',
    status: 'takenIntoAccount',
    event: 'feedback.softBounce',
  },
  {
    click: 'button[data-event="clock.advanced"][data-value="72"]',
    state: 'retrying',
    status: 'takenIntoAccount',
    event: 'clock.advanced',
  },
  {
    click: 'button[data-event="clock.advanced"][data-value="24"]',
    state: 'failed',
    status: 'failed',
    event: 'clock.advanced',
  },
];

const viewports = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];

async function axeSerious(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const locale of ['root', 'ko'] as LocaleKey[]) {
  for (const viewport of viewports) {
    test(`${locale} ${viewport.width}×${viewport.height}: after each step the highlighted state and the status are in view, and the arrow just taken is marked`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await page.goto(`${prefix(locale)}/playgrounds/email-feedback-service/`);
      const pg = await islandReady(page, 'playground');
      const card = pg.getByTestId('playground-card');
      const names = labels(locale);
      for (const step of ticketPath) {
        await pg.locator(step.click).click();
        const active = card.locator('[data-testid="state-diagram"] [data-active="true"]');
        await expect(active).toHaveAttribute('data-state', step.state);
        await expect(active).toBeInViewport();
        await expect(pg.getByTestId('log-status')).toHaveText(names.logStatus[step.status]!);
        await expect(pg.getByTestId('log-status')).toBeInViewport();
        const taken = card.locator('[data-taken="true"]');
        await expect(taken.first()).toHaveAttribute('data-event', step.event);
      }
      // The timeout arrow was the one followed, and it reads as a rule with the 84-hour cap.
      await expect(card.locator('[data-taken="true"]')).toHaveAttribute('data-edge', /->failed:clock\.advanced$/);
      await expect(card.locator('[data-taken="true"]')).toContainText('84');
      expect(await axeSerious(page)).toEqual([]);
    });
  }

  test(`${locale}: an arrow is taken from the diagram with the keyboard, and focus stays on a control`, async ({
    page,
  }) => {
    await page.goto(`${prefix(locale)}/playgrounds/email-feedback-service/`);
    const pg = await islandReady(page, 'playground');
    const strings = ui(locale);
    const names = labels(locale);
    const relay = pg
      .getByTestId('playground-card')
      .getByRole('button', { name: fill(strings['diagram.take'], { event: names.event['mta.accepted']! }) });
    await relay.focus();
    await page.keyboard.press('Enter');
    await expect(pg.getByTestId('log-status')).toHaveText(names.logStatus.takenIntoAccount!);
    // The relay arrow is no longer open: focus moved to an arrow that is (not to the page).
    const focused = page.locator(':focus');
    await expect(focused).toHaveAttribute('data-take', /.+/);
    await page.keyboard.press('Space');
    await expect(pg.getByTestId('state')).not.toHaveText(names.state.awaitingDelivery!);
  });

  test(`${locale}: an event button that vanishes, and Back once it is disabled, leave focus on a control`, async ({
    page,
  }) => {
    await page.goto(`${prefix(locale)}/playgrounds/enhanced-mta-reporting/`);
    const pg = await islandReady(page, 'playground');
    await pg.locator('button[data-event="mta.accepted"]').focus();
    await page.keyboard.press('Enter');
    await expect(pg.getByTestId('log-status')).toHaveText(labels(locale).logStatus.sent!);
    await expect(page.locator(':focus')).toHaveAttribute('data-event', /.+/);
    const back = pg.getByRole('button', { name: new RegExp(ui(locale)['playground.back']) });
    await back.focus();
    await page.keyboard.press('Enter');
    await expect(back).toBeDisabled();
    await expect(page.locator(':focus')).toHaveText(new RegExp(ui(locale)['playground.forward']));
  });

  test(`${locale}: each past step is a link to that step`, async ({ page, context }) => {
    await page.goto(`${prefix(locale)}/playgrounds/email-feedback-service/`);
    const pg = await islandReady(page, 'playground');
    for (const step of ticketPath.slice(0, 2)) await pg.locator(step.click).click();
    const history = pg.getByTestId('history').getByRole('link');
    await expect(history).toHaveCount(3);
    const first = history.nth(1);
    await expect(first).toHaveAttribute('href', /[?&]at=1(&|$)/);
    await first.click();
    await expect(first).toHaveAttribute('aria-current', 'step');
    await expect(pg.getByTestId('state')).toHaveText(labels(locale).state.awaitingDelivery!);
    // The same link opens that step on a fresh page.
    const href = await history.nth(2).getAttribute('href');
    const fresh = await context.newPage();
    await fresh.goto(`${prefix(locale)}/playgrounds/email-feedback-service/${href}`);
    const opened = await islandReady(fresh, 'playground');
    await expect(opened.getByTestId('state')).toHaveText(labels(locale).state.retrying!);
  });
}

const answerFacts: Record<string, { edition: RegExp; cap: RegExp; setting: RegExp }> = {
  root: { edition: /Campaign v8 with the Email Feedback Service/, cap: /84\shours/, setting: /5\sdays/ },
  ko: { edition: /이메일 피드백 서비스를 쓰는 Campaign v8/, cap: /84시간/, setting: /5일/ },
};

for (const [locale, facts] of Object.entries(answerFacts) as [LocaleKey, (typeof answerFacts)[string]][]) {
  test(`${locale}: copy answer for the EFS timeout names the edition, 84 hours and the 5-day setting, in text and HTML`, async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const events: SpecEvent[] = [
      { type: 'mta.accepted' },
      { type: 'feedback.softBounce', reason: 'mailboxFull' },
      { type: 'clock.advanced', hours: 96 },
    ];
    const link = buildLink({ machine: 'emailFeedbackService', events, at: 3, input: { validitySettingHours: 120 } });
    await page.goto(`${prefix(locale)}/playgrounds/email-feedback-service/${link}`);
    const pg = await islandReady(page, 'playground');
    await expect(pg.getByTestId('log-status')).toHaveText(labels(locale).logStatus.failed!);
    await pg.getByTestId('copy-answer').click();
    // Read the clipboard once the page says the write resolved.
    await expect(pg.getByTestId('copied')).toHaveText(ui(locale)['playground.copied']);
    const { text, html } = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const read = async (type: string) => (item!.types.includes(type) ? (await item!.getType(type)).text() : '');
      return { text: await read('text/plain'), html: await read('text/html') };
    });
    for (const flavour of [text, html]) {
      expect(flavour).toMatch(facts.edition);
      expect(flavour).toMatch(facts.cap);
      expect(flavour).toMatch(facts.setting);
      expect(flavour).toContain(labels(locale).failureReason.mailboxFull!);
    }
    expect(text).toMatch(/\/playgrounds\/email-feedback-service\/\?link=1\S*$/);
    expect(html).toMatch(/<a href="https?:\/\/[^"]+\/playgrounds\/email-feedback-service\/\?link=1/);
  });
}

for (const locale of ['root', 'ko'] as LocaleKey[]) {
  for (const viewport of viewports) {
    test(`${locale} ${viewport.width} px: compare shows every column, and says why each differing row differs`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await page.goto(`${prefix(locale)}/playgrounds/compare/`);
      const compare = await islandReady(page, 'compare');
      await compare.locator('button[data-event="mta.accepted"]').click();
      await compare.locator('button[data-event="mta.delivered"]').click();
      const rows = compare.getByTestId('compare-table').locator('tbody tr');
      await expect(rows).toHaveCount(3);
      const strings = ui(locale);
      // Every cell of every row lies inside the page's width: no column is cut or scrolled away.
      const outside = await compare.getByTestId('compare-table').evaluate((table) => {
        const width = document.documentElement.clientWidth;
        return [...table.querySelectorAll('td, th')]
          .map((cell) => cell.getBoundingClientRect())
          .filter((box) => box.width > 0 && (box.left < 0 || box.right > width + 0.5)).length;
      });
      expect(outside).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
      for (const column of ['efsSuccess', 'why']) {
        await rows.nth(1).locator(`[data-column="${column}"]`).scrollIntoViewIfNeeded();
        await expect(rows.nth(1).locator(`[data-column="${column}"]`)).toBeVisible();
      }
      // The relay differs in status, the delivery only in Success %; each says why, in the page's language.
      await expect(rows.nth(0).locator('[data-column="why"]')).toHaveText(strings['compare.same']);
      await expect(rows.nth(1).locator('[data-column="why"]')).toContainText(
        fill(strings['compare.why.status'], {
          sent: labels(locale).logStatus.sent!,
          taken: labels(locale).logStatus.takenIntoAccount!,
        }).slice(0, 20),
      );
      await expect(rows.nth(1).locator('[data-column="why"]').getByRole('link')).toHaveCount(2);
      await expect(rows.nth(2).locator('[data-column="why"]')).toContainText(
        strings['compare.why.countsOnDelivery'].slice(0, 20),
      );
      // Step links and history controls, as in a playground.
      await rows
        .nth(1)
        .getByRole('link', { name: fill(strings['text.labelled'], { label: strings['compare.step'], value: '1' }) })
        .click();
      await expect(compare.getByRole('button', { name: new RegExp(strings['playground.forward']) })).toBeEnabled();
      expect(await axeSerious(page)).toEqual([]);
    });
  }
}

test('the full-screen diagram opens at readable size on a 320 px phone, pans, and closes with Escape', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/ko/playgrounds/delivery/');
  const pg = await islandReady(page, 'playground');
  await pg.getByRole('button', { name: ui('ko')['diagram.open'] }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  // Region names are in the page's language, not the machine's keys.
  await expect(dialog.locator('.state-diagram__region-label').first()).not.toHaveText(/^(campaign|mta)$/);
  const smallest = await dialog.evaluate((element) => {
    const canvas = element.querySelector<HTMLElement>('.diagram-zoom__canvas')!;
    const scale = Number(canvas.dataset['scale']);
    return Math.min(
      ...[...element.querySelectorAll('text')].map(
        (text) => Number.parseFloat(getComputedStyle(text).fontSize) * scale,
      ),
    );
  });
  expect(smallest).toBeGreaterThanOrEqual(12);
  const canvas = dialog.locator('.diagram-zoom__canvas');
  const before = await canvas.evaluate((element) => element.style.transform);
  const box = (await dialog.locator('.diagram-zoom__viewport').boundingBox())!;
  await page.mouse.move(box.x + 150, box.y + 200);
  await page.mouse.down();
  await page.mouse.move(box.x + 60, box.y + 120, { steps: 5 });
  await page.mouse.up();
  expect(await canvas.evaluate((element) => element.style.transform)).not.toBe(before);
  expect(await axeSerious(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
