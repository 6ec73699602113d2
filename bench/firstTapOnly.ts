/** `node bench/firstTapOnly.ts <base URL>`: the first-tap figures alone, against a running preview. */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { timeToFirstTap } from './firstTap.ts';

const base = process.argv[2] ?? 'http://127.0.0.1:4321';
const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox'] });
for (const path of [
  '/playgrounds/enhanced-mta-reporting/',
  '/embed/enhanced-mta-reporting/',
  '/fr/embed/enhanced-mta-reporting/',
]) {
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) runs.push(await timeToFirstTap(browser, base + path));
  const sorted = runs.toSorted((a, b) => a - b);
  console.log(
    `first accepted tap, slow 4G + 4× CPU, ${path}`.padEnd(64),
    `median ${sorted[1]!.toFixed(0)} ms (runs: ${runs.map((r) => r.toFixed(0)).join(', ')})`,
  );
}
await browser.close();
