/** The playgrounds, driven as a reader drives them: clicks, keyboard, links, compare mode, bad links. */
import type { Locator, Page } from '@playwright/test';
import { buildLink } from '../../src/links/link.ts';
import { type MachineId, replay, type SpecEvent } from '../../src/machines/index.ts';
import { loadScenarios } from '../../src/scenarios/load.ts';
import { expect, test } from './fixtures.ts';
import { islandReady, type LocaleKey, labels, langOf, localeKeys, prefix, ui } from './site.ts';

const slug = (machine: string) => machine.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const clockSteps = [72, 24, 6, 1];

/** The buttons a reader clicks for one event (a clock advance may take several clicks). */
function clicksFor(event: SpecEvent): string[] {
  if (event.type === 'clock.advanced') {
    const clicks: string[] = [];
    let left = Number(event['hours']);
    for (const step of clockSteps) {
      while (left >= step) {
        clicks.push(`button[data-event="clock.advanced"][data-value="${step}"]`);
        left -= step;
      }
    }
    return clicks;
  }
  const value = event['reason'] ?? event['reply'] ?? event['rule'];
  return [
    value === undefined
      ? `button[data-event="${event.type}"]:not([data-value])`
      : `button[data-event="${event.type}"][data-value="${value}"]`,
  ];
}

/** The first playground of the page, once it responds to clicks (before hydration a click does nothing). */
const playground = (page: Page) => islandReady(page, 'playground');

for (const locale of ['root', 'fr'] as LocaleKey[]) {
  const names = labels(locale);
  for (const scenario of loadScenarios()) {
    for (const machine of scenario.machines as MachineId[]) {
      test(`${locale}: ${scenario.id} on ${machine}, clicked step by step`, async ({ page }) => {
        const input = scenario.input ?? {};
        // The scenario's input (validity, waves) travels in the link, as a support answer would carry it.
        await page.goto(
          `${prefix(locale)}/playgrounds/${slug(machine)}/${buildLink({ machine, events: [], at: 0, input })}`,
        );
        const pg = await playground(page);
        const stateText = (states: readonly string[]) =>
          states.map((path) => names.state[path as 'pending']).join(' · ');
        await expect(pg.getByTestId('state')).toHaveText(stateText(replay(machine, [], input).steps[0]!.states));
        const expected = replay(machine, scenario.events, input).steps;
        for (const [i, event] of scenario.events.entries()) {
          for (const selector of clicksFor(event as SpecEvent)) await pg.locator(selector).click();
          const step = expected[i + 1]!;
          if (step.logStatus) await expect(pg.getByTestId('log-status')).toHaveText(names.logStatus[step.logStatus]!);
          if (step.successEffect && !(event.type === 'clock.advanced' && clicksFor(event as SpecEvent).length > 1)) {
            await expect(pg.getByTestId('success-effect')).toHaveText(names.successEffect[step.successEffect]!);
          }
          await expect(pg.getByTestId('state')).toHaveText(stateText(step.states));
        }
      });
    }
  }
}

test('copy link → open → the same step, in the same language', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/es/playgrounds/email-feedback-service/');
  const pg = await playground(page);
  await pg.locator('button[data-event="mta.accepted"]').click();
  await pg.locator('button[data-event="feedback.softBounce"][data-value="invalidDomain"]').click();
  await pg.locator('button[data-event="retry.succeeded"]').click();
  await pg.getByRole('button', { name: ui('es')['playground.back'] }).click();
  await pg.getByTestId('copy-link').click();
  await expect(pg.getByTestId('copied')).toHaveText(ui('es')['playground.copied']);
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('/es/playgrounds/email-feedback-service/?link=1');

  const fresh = await context.newPage();
  await fresh.goto(link);
  const opened = await playground(fresh);
  await expect(opened.getByTestId('log-status')).toHaveText(labels('es').logStatus.takenIntoAccount!);
  await expect(opened.getByTestId('failure')).toContainText(labels('es').failureReason.invalidDomain!);
  await expect(opened.getByRole('button', { name: new RegExp(ui('es')['playground.forward']) })).toBeEnabled();
});

test('the diagram marks the current state, and the address bar follows the step so a reload keeps it', async ({
  page,
}) => {
  await page.goto('/playgrounds/enhanced-mta-reporting/');
  const pg = await playground(page);
  const active = pg.locator('[data-testid="state-diagram"] [data-active="true"]');
  await expect(active).toHaveAttribute('data-state', 'pending');
  await pg.locator('button[data-event="mta.accepted"]').click();
  await pg.locator('button[data-event="feedback.softBounce"][data-value="mailboxFull"]').click();
  await expect(active).toHaveAttribute('data-state', 'retrying');
  await expect(page).toHaveURL(/steps=mta\.accepted,feedback\.softBounce~mailboxFull/);
  await pg.getByRole('button', { name: new RegExp(ui('root')['playground.back']) }).click();
  await expect(active).toHaveAttribute('data-state', 'awaitingDelivery');
  await expect(page).toHaveURL(/&at=1/);

  await page.reload();
  await playground(page);
  await expect(active).toHaveAttribute('data-state', 'awaitingDelivery');
  await expect(pg.getByRole('button', { name: new RegExp(ui('root')['playground.forward']) })).toBeEnabled();
});

test('copy answer names the edition, the one cause on the path, the status, in the page’s language, then the link', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const events: SpecEvent[] = [{ type: 'mta.accepted' }, { type: 'feedback.softBounce', reason: 'mailboxFull' }];
  await page.goto(
    `/fr/playgrounds/enhanced-mta-reporting/${buildLink({ machine: 'enhancedMtaReporting', events, at: 2, input: {} })}`,
  );
  const pg = await playground(page);
  await pg.getByTestId('copy-answer').click();
  // Read the clipboard only once the page says the text is in it.
  await expect(pg.getByTestId('copied')).toHaveText(ui('fr')['playground.copied']);
  const answer = await page.evaluate(() => navigator.clipboard.readText());
  const names = labels('fr');
  // v7 without the Email Feedback Service: a soft bounce leaves the log at Sent while the MTA retries.
  expect(answer).toContain('Campaign Classic v7');
  expect(answer).toContain(names.failureReason.mailboxFull!);
  expect(answer).toContain(names.logStatus.sent!);
  expect(answer).not.toContain(names.statusMeaning.enhancedMtaReporting.failed!);
  expect(answer).toMatch(/ https?:\/\/[^ ]+\/fr\/playgrounds\/enhanced-mta-reporting\/\?link=1[^ ]*$/);
});

/** Presses Tab until `target` has the focus; fails after `most` presses. Returns how many it took. */
async function tabTo(page: Page, target: Locator, most: number): Promise<number> {
  for (let presses = 1; presses <= most; presses++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return presses;
  }
  throw new Error(`Tab did not reach ${target} in ${most} presses`);
}

test('a whole scenario can be played with the keyboard alone, a few Tabs per step', async ({ page }) => {
  await page.goto('/playgrounds/email-feedback-service/');
  const pg = await playground(page);
  const names = labels('root');
  await pg.getByTestId('state').click(); // start from inside the playground, as a reader who has scrolled to it
  for (const selector of [
    'button[data-event="mta.accepted"]',
    'button[data-event="feedback.softBounce"][data-value="mailboxFull"]',
    'button[data-event="retry.succeeded"]',
  ]) {
    // After each step the next event is a few Tabs away, not back at the top of the page.
    await tabTo(page, pg.locator(selector), 12);
    await page.keyboard.press('Enter');
  }
  await expect(pg.getByTestId('log-status')).toHaveText(names.logStatus.sent!);
  await expect(pg.getByTestId('announcer')).toContainText(names.logStatus.sent!);
  await tabTo(page, pg.getByRole('button', { name: new RegExp(ui('root')['playground.back']) }), 12);
  await page.keyboard.press('Enter');
  await expect(pg.getByTestId('log-status')).toHaveText(names.logStatus.takenIntoAccount!);
});

test('compare mode marks where the two reporting models differ', async ({ page }) => {
  await page.goto('/ko/playgrounds/compare/');
  const compare = await islandReady(page, 'compare');
  await compare.locator('button[data-event="mta.accepted"]').click();
  await compare.locator('button[data-event="feedback.softBounce"][data-value="mailboxFull"]').click();
  await compare.locator('button[data-event="retry.succeeded"]').click();
  const rows = compare.getByTestId('compare-table').locator('tbody tr');
  await expect(rows).toHaveCount(4);
  // Relay: Sent vs Taken into account differ; the successful retry: Success unchanged vs increases.
  await expect(rows.nth(1).locator('[data-differs]')).toHaveCount(4);
  await expect(rows.nth(3).locator('[data-differs]')).toHaveCount(2);
});

const hostile = [
  ['a script tag', '?link=1&machine=enhancedMtaReporting&steps=<script>alert(1)</script>'],
  [
    'an img onerror',
    '?link=1&machine=enhancedMtaReporting&steps=mta.accepted,feedback.hardBounce~<img src=x onerror=alert(1)>',
  ],
  ['an unknown event', '?link=1&machine=enhancedMtaReporting&steps=mta.accepted,mta.exploded'],
  ['an event not accepted there', '?link=1&machine=enhancedMtaReporting&steps=retry.succeeded'],
  ['an unknown machine', '?link=1&machine=<svg/onload=alert(1)>'],
  ['10,000 events', `?link=1&machine=enhancedMtaReporting&steps=${Array(10_000).fill('mta.accepted').join(',')}`],
  ['a bad validity', '?link=1&machine=enhancedMtaReporting&validity=javascript:alert(1)'],
  ['a validity under an hour', '?link=1&machine=enhancedMtaReporting&validity=1e-9'],
  ['a future version', '?link=7&machine=enhancedMtaReporting'],
] as const;

for (const locale of localeKeys) {
  for (const [name, query] of hostile) {
    test(`${locale}: a link with ${name} gets a localized message and a working playground`, async ({ page }) => {
      // A 10,000-event URL is longer than the preview server accepts: serve the built page for it directly.
      const path = `${prefix(locale)}/playgrounds/enhanced-mta-reporting/`;
      await page.route(`**${path}?**`, (route) =>
        route.fulfill({ path: `dist${path}index.html`, contentType: 'text/html' }),
      );
      await page.goto(`${path}${query}`);
      const pg = await playground(page);
      const alert = pg.getByTestId('link-problem');
      await expect(alert).toBeVisible();
      await expect(alert).toContainText(ui(locale)['link.error']);
      expect(await page.locator('img[src="x"], script:text("alert(1)"), svg[onload]').count()).toBe(0);
      // Still usable: the reader can go on from the last step that held.
      await pg.locator('button[data-event]').first().click();
      await expect(alert).toBeHidden();
    });
  }
}

for (const locale of localeKeys) {
  test(`${locale}: the embed shows one playground with minimal chrome, linked to its full page`, async ({ page }) => {
    const path = `${prefix(locale)}/embed/email-feedback-service/`;
    await page.goto(`${path}?link=1&machine=emailFeedbackService&steps=mta.accepted,mta.delivered`);
    const pg = await playground(page);
    await expect(page.locator('html')).toHaveAttribute('lang', langOf(locale));
    await expect(page.locator('header, nav')).toHaveCount(0);
    await expect(pg.getByTestId('log-status')).toHaveText(labels(locale).logStatus.sent!);
    const fullPage = `${prefix(locale)}/playgrounds/email-feedback-service/`;
    await expect(pg.getByRole('link', { name: ui(locale)['embed.openFull'] })).toHaveAttribute(
      'href',
      `${fullPage}?link=1&machine=emailFeedbackService&steps=mta.accepted,mta.delivered`,
    );
    // Search engines are sent to the full page, which the embed duplicates, with that page's description.
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      new RegExp(`^https://[^/]+${fullPage}$`),
    );
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\S{3}/);
  });
}

test.describe('inside a support tool', () => {
  // The tool's page is fulfilled by the test itself.
  test.use({ allowedHosts: ['support.test'] });

  test('an embed works inside a support tool’s iframe on another origin', async ({ page, context, baseURL }) => {
    const events: SpecEvent[] = [{ type: 'mta.accepted' }];
    const embed = `${baseURL}/fr/embed/enhanced-mta-reporting/${buildLink({ machine: 'enhancedMtaReporting', events, at: 1, input: {} })}`;
    // The tool is a public site framing this one; here the site is on 127.0.0.1, which Chromium guards
    // against public pages unless allowed (a deployed site is public too and needs no such permission).
    await context.grantPermissions(['local-network-access']);
    const tool = 'https://support.test/ticket/42';
    await page.route(tool, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>Ticket</title><iframe title="Playground" src="${embed}" width="800" height="900"></iframe>`,
      }),
    );
    await page.goto(tool);
    const frame = page.frameLocator('iframe');
    const pg = await islandReady(frame, 'playground');
    const expected = (steps: SpecEvent[]) => {
      const result = replay('enhancedMtaReporting', steps);
      return labels('fr').logStatus[result.steps.at(-1)!.logStatus!]!;
    };
    await expect(pg.getByTestId('log-status')).toHaveText(expected(events));
    await pg.locator('button[data-event="mta.delivered"]').click();
    await expect(pg.getByTestId('log-status')).toHaveText(expected([...events, { type: 'mta.delivered' }]));
    // The iframe has no clipboard permission: the link is shown to copy by hand, to the full page.
    await pg.getByTestId('copy-link').click();
    await expect(pg.getByTestId('copied')).toContainText('/fr/playgrounds/enhanced-mta-reporting/?link=1');
    await expect(pg.getByRole('link', { name: ui('fr')['embed.openFull'] })).toHaveAttribute('target', '_top');
  });
});

test('works at 320 px wide', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/playgrounds/enhanced-mta-reporting/');
  const pg = await playground(page);
  await pg.locator('button[data-event="mta.accepted"]').click();
  await expect(pg.getByTestId('log-status')).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
