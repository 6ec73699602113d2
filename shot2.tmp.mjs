import { chromium } from '@playwright/test';

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
await page.goto('http://127.0.0.1:4321/playgrounds/enhanced-mta-reporting/');
await page.locator('[data-testid=playground]').scrollIntoViewIfNeeded();
await page.waitForTimeout(1500);
const wide = await page.evaluate(() =>
  [...document.querySelectorAll('body *')]
    .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
    .slice(0, 12)
    .map((e) => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)),
);
console.log(wide);
const p2 = await browser.newPage();
p2.on('console', (m) => console.log('console', m.text()));
await p2.goto('http://127.0.0.1:4321/es/playgrounds/email-feedback-service/');
await p2.locator('[data-testid=playground]').scrollIntoViewIfNeeded();
await p2.waitForTimeout(1500);
await p2.locator('button[data-event="mta.accepted"]').click();
console.log(
  await p2
    .locator('button[data-event="feedback.softBounce"]')
    .evaluateAll((bs) => bs.map((b) => b.dataset.value + ' ' + b.textContent)),
);
await browser.close();
