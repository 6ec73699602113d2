/**
 * Embeds inside a support tool's page on another origin: the host snippet from the embedding page
 * sizes the iframe to its content, the embed takes its language and theme from the address, fits a
 * 280 px side panel, and its links lead to the full playground page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { buildLink } from '../../src/links/link.ts';
import { expect, test } from './fixtures.ts';
import { islandReady, labels, langOf, ui } from './site.ts';

/** The host snippet exactly as the embedding page documents it (English), pointed at this server. */
function documentedSnippet(embedUrl: string): string {
  const page = readFileSync(join(import.meta.dirname, '../../src/content/docs/reference/embedding.mdx'), 'utf8');
  const snippet = /```html\n([\s\S]*?)```/.exec(page)?.[1];
  if (!snippet) throw new Error('The embedding page lost its host snippet');
  const embed = new URL(embedUrl);
  return snippet
    .replace(/src="https:\/\/enhanced-mta\.example\.org[^"]*"/, `src="${embedUrl}"`)
    .replaceAll('https://enhanced-mta.example.org', embed.origin);
}

/**
 * A support tool's ticket page on another origin than the embed: the site answers on 127.0.0.1, the
 * tool on localhost (same server, another origin), its page fulfilled by the test.
 */
async function openInTool(page: Page, baseURL: string, embedPath: string, width = 720, island = 'playground') {
  const embedUrl = `${baseURL}${embedPath}`;
  const tool = new URL('/support-tool/ticket-42', baseURL.replace('127.0.0.1', 'localhost')).href;
  // Chromium asks before a page frames another local address (a deployed site is public and needs no such permission).
  await page.context().grantPermissions(['local-network-access']);
  await page.route(tool, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>Ticket 42</title><body style="margin:0"><main style="width:${width}px">${documentedSnippet(embedUrl)}</main></body></html>`,
    }),
  );
  await page.goto(tool);
  const frame = page.frameLocator('#mta-playground');
  const pg = await islandReady(frame, island);
  return { frame, pg, iframe: page.locator('#mta-playground') };
}

/** The embed's content height, measured inside the frame. */
const contentHeight = (page: Page) =>
  page
    .frames()
    .find((f) => f.url().includes('/embed/'))!
    .evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));

/** How far the iframe's height is from its content's, both read now (the content may still settle). */
const frameGap = async (page: Page, iframe: Locator) =>
  Math.abs(((await iframe.boundingBox())?.height ?? 0) - (await contentHeight(page)));

for (const locale of ['fr', 'ko'] as const) {
  test(`${locale}: the documented host snippet sizes a foreign-origin iframe to the embed's content, step after step`, async ({
    page,
    baseURL,
  }) => {
    const { pg, iframe } = await openInTool(page, baseURL!, `/${locale}/embed/enhanced-mta-reporting/`);
    // The iframe starts at the snippet's 600 px; it takes the content's height once the embed reports it.
    await expect.poll(async () => frameGap(page, iframe)).toBeLessThanOrEqual(1);
    const before = await contentHeight(page);
    await pg.locator('button[data-event="mta.accepted"]').click();
    await pg.locator('button[data-event="feedback.softBounce"]').first().click();
    await expect(pg.getByTestId('log-status')).toHaveText(labels(locale).logStatus.sent!);
    await expect.poll(async () => frameGap(page, iframe)).toBeLessThanOrEqual(1);
    expect(await contentHeight(page)).not.toBe(before);
    // Nothing inside the frame scrolls: the whole playground shows.
    const frameScrolls = await page
      .frames()
      .find((f) => f.url().includes('/embed/'))!
      .evaluate(() => document.documentElement.scrollHeight > document.documentElement.clientHeight + 1);
    expect(frameScrolls).toBe(false);
  });
}

test('the host snippet ignores a height message that does not come from the embed', async ({ page, baseURL }) => {
  const { iframe } = await openInTool(page, baseURL!, '/embed/enhanced-mta-reporting/');
  await expect.poll(async () => frameGap(page, iframe)).toBeLessThanOrEqual(1);
  const height = (await iframe.boundingBox())!.height;
  // The tool's own page (another origin than the embed's) posts a message shaped like the embed's.
  // A second message from the same window arrives after the first: once it has, the first was handled.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        window.addEventListener('message', (event) => event.data === 'handled' && resolve());
        window.postMessage({ type: 'enhanced-mta:height', height: 5 }, '*');
        window.postMessage('handled', '*');
      }),
  );
  expect((await iframe.boundingBox())!.height).toBe(height);
});

test('in a 280 px side panel the embed fits its width, and a link to copy by hand wraps', async ({ page, baseURL }) => {
  const link = buildLink({ machine: 'enhancedMtaReporting', events: [{ type: 'mta.accepted' }], at: 1, input: {} });
  const { pg, frame } = await openInTool(page, baseURL!, `/fr/embed/enhanced-mta-reporting/${link}`, 280);
  await expect(pg.getByTestId('log-status')).toBeVisible();
  const embed = page.frames().find((f) => f.url().includes('/embed/'))!;
  const overflow = () =>
    embed.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await overflow()).toBeLessThanOrEqual(0);
  // Buttons keep a readable size.
  const fontSize = await pg
    .locator('button[data-event]')
    .first()
    .evaluate((button) => Number.parseFloat(getComputedStyle(button).fontSize));
  expect(fontSize).toBeGreaterThanOrEqual(12);
  // The iframe has no clipboard permission here (the tool's page is on another origin, no allow):
  // the link is shown, and it is the full playground page's address, not the embed's.
  await pg.getByTestId('copy-link').click();
  const copied = pg.getByTestId('copied');
  await expect(copied).toContainText(`/fr/playgrounds/enhanced-mta-reporting/${link}`);
  await expect(copied).not.toContainText('/embed/');
  expect(await overflow()).toBeLessThanOrEqual(0);
  const box = await copied.boundingBox();
  expect(box!.width).toBeLessThanOrEqual(280);
  await expect(frame.getByRole('link', { name: ui('fr')['embed.openFull'] })).toHaveAttribute('target', '_top');
});

test('lang= opens the same step in the language asked for; an unknown or hostile lang is ignored', async ({ page }) => {
  const link = buildLink({ machine: 'enhancedMtaReporting', events: [{ type: 'mta.accepted' }], at: 1, input: {} });
  await page.goto(`/embed/enhanced-mta-reporting/${link}&lang=ko`);
  await expect(page).toHaveURL(new RegExp(`/ko/embed/enhanced-mta-reporting/\\${link.replaceAll('.', '\\.')}$`));
  const pg = await islandReady(page, 'playground');
  await expect(page.locator('html')).toHaveAttribute('lang', langOf('ko'));
  await expect(pg.getByTestId('log-status')).toHaveText(labels('ko').logStatus.sent!);

  for (const hostile of ['%2F%2Fevil.example', '%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', 'de']) {
    await page.goto(`/fr/embed/enhanced-mta-reporting/?lang=${hostile}&theme=${hostile}`);
    await islandReady(page, 'playground');
    await expect(page).toHaveURL(/\/fr\/embed\/enhanced-mta-reporting\//);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
  }
});

for (const theme of ['light', 'dark'] as const) {
  test(`theme=${theme} sets the embed's colours whatever the reader's system prefers, and stays accessible`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: theme === 'dark' ? 'light' : 'dark' });
    await page.goto(`/es/embed/email-feedback-service/?theme=${theme}`);
    await islandReady(page, 'playground');
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe(theme === 'dark' ? 'rgb(23, 24, 28)' : 'rgb(255, 255, 255)');
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });
}

test('the diagnosis embed takes lang= and theme= as the playgrounds do, and the host snippet sizes its frame', async ({
  page,
  baseURL,
}) => {
  const query = '?diagnose=1&edition=unknown&status=ignored&reason=quarantined&address=quarantine';
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`/embed/diagnose/${query}&lang=zh-CN&theme=dark`);
  await expect(page).toHaveURL(new RegExp(`/zh-cn/embed/diagnose/\\${query}&theme=dark$`));
  await islandReady(page, 'diagnosis');
  await expect(page.locator('html')).toHaveAttribute('lang', langOf('zh-cn'));
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(23, 24, 28)');

  const { iframe } = await openInTool(page, baseURL!, `/ko/embed/diagnose/${query}`, 720, 'diagnosis');
  await expect.poll(async () => frameGap(page, iframe)).toBeLessThanOrEqual(1);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, colorScheme: 'dark' });

  test("a reader whose system is dark gets the embed's dark colours, statuses included", async ({ page }) => {
    await page.goto('/embed/enhanced-mta-reporting/');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(23, 24, 28)');
    // The scenario table is static; its Sent badge takes the dark palette's green (site.css), not the light one.
    const sent = page.locator('.status--sent').first();
    await expect(sent).toHaveCSS('color', 'rgb(95, 208, 122)');
  });
});
