/**
 * Time until a reader's first tap on a playground is accepted, on a phone: Lighthouse's mobile
 * settings (slow 4G: 150 ms round trip, 1.6 Mbit/s down × 0.9, 750 kbit/s up × 0.9; CPU 4× slower;
 * Moto G Power viewport), applied through the Chrome DevTools Protocol. From the start of navigation,
 * the bench taps the first event button every 50 ms (as an impatient reader would) and reports the
 * moment of the first tap that changed the step. Cold cache: a new browser context per run.
 */
import type { Browser } from '@playwright/test';

export const slow4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8,
  uploadThroughput: (750 * 1024 * 0.9) / 8,
};
export const cpuSlowdown = 4;

/** Milliseconds from navigation start to the first accepted tap on `button[data-event=…]`. */
export async function timeToFirstTap(browser: Browser, url: string, event = 'mta.accepted'): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', slow4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  await page.goto(url, { waitUntil: 'commit' });
  const button = page.locator(`[data-testid="playground"] button[data-event="${event}"]`).first();
  const step = page.locator('[data-testid="playground"] [data-testid="state"]').first();
  for (;;) {
    // The page's own clock, so that the figure starts at navigation, not at the bench's call.
    const before = await page.evaluate(() => performance.now()).catch(() => null);
    if (before !== null && (await button.count()) > 0) {
      const shown = await step.textContent();
      await button.scrollIntoViewIfNeeded({ timeout: 1000 }).catch(() => undefined);
      const box = await button.boundingBox();
      if (box) await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
      // An accepted tap changes the step at once (the island answers within a frame or two).
      const changed = await step
        .evaluate(
          (element, shown) =>
            new Promise<boolean>((resolve) => {
              if (element.textContent !== shown) return resolve(true);
              const observer = new MutationObserver(() => {
                observer.disconnect();
                resolve(true);
              });
              observer.observe(element, { childList: true, characterData: true, subtree: true });
              setTimeout(() => {
                observer.disconnect();
                resolve(false);
              }, 50);
            }),
          shown,
        )
        .catch(() => false);
      if (changed) {
        await context.close();
        return before;
      }
    } else {
      await page.waitForTimeout(50);
    }
  }
}
