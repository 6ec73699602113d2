/**
 * `npm run bench`: speed and size figures, printed (never asserted). Runs on Node 22+.
 *   1. The simulation through the spec's compiled tables: messages per second, peak memory.
 *   2. The production build: time and page count.
 *   3. In Chromium against the build: bytes per page type, LCP, TBT, step click → status, control
 *      change → chart (N = 100,000), and the statechart drawn by Mermaid in the browser versus this
 *      site's build-time SVG.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { simulate } from '../src/simulation/simulate.ts';

const root = join(import.meta.dirname, '..');
const rows: [string, string][] = [];
const print = (name: string, value: string) => {
  rows.push([name, value]);
  console.log(`${name.padEnd(64)} ${value}`);
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

// 1. Simulation in Node.
simulate({ messages: 1000 }); // compile the tables once
for (const messages of [10_000, 100_000, 1_000_000]) {
  const before = process.memoryUsage().rss;
  const start = performance.now();
  simulate({ messages });
  const seconds = (performance.now() - start) / 1000;
  print(
    `simulation, ${messages.toLocaleString('en')} messages`,
    `${seconds.toFixed(3)} s, ${Math.round(messages / seconds).toLocaleString('en')} messages/s, RSS +${kb(process.memoryUsage().rss - before)}`,
  );
}
print('simulation, peak RSS of this process', kb(process.memoryUsage().rss));

// 2. Build.
const buildStart = performance.now();
const build = spawnSync('npx', ['astro', 'build'], { cwd: root, encoding: 'utf8' });
if (build.status !== 0) throw new Error(build.stderr);
const pages = readdirSync(join(root, 'dist'), { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
print('build time', `${((performance.now() - buildStart) / 1000).toFixed(1)} s for ${pages} pages`);

// 3. Browser.
const server = spawn('npx', ['astro', 'preview', '--port', '4399', '--host', '127.0.0.1'], {
  cwd: root,
  stdio: 'ignore',
});
await new Promise((resolve) => setTimeout(resolve, 4000));
const base = 'http://127.0.0.1:4399';
const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox'] });

async function measure(page: Page, url: string) {
  const bodies: { type: string; gzip: number }[] = [];
  page.on('response', async (response) => {
    try {
      const body = await response.body();
      bodies.push({ type: response.request().resourceType(), gzip: gzipSync(body).length });
    } catch {}
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __lcp: number; __tbt: number };
    w.__lcp = 0;
    w.__tbt = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__lcp = entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__tbt += Math.max(0, entry.duration - 50);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(base + url, { waitUntil: 'networkidle' });
  // Bring every client:visible island into view and wait until each has hydrated.
  for (const island of await page.locator('astro-island').all()) await island.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, null, {
    timeout: 30_000,
  });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const { lcp, tbt } = await page.evaluate(() => {
    const w = window as unknown as { __lcp: number; __tbt: number };
    return { lcp: w.__lcp, tbt: w.__tbt };
  });
  const js = bodies.filter((b) => b.type === 'script').reduce((sum, b) => sum + b.gzip, 0);
  const total = bodies.reduce((sum, b) => sum + b.gzip, 0);
  return { js, total, lcp, tbt };
}

const pageTypes = [
  ['plain page', '/guides/dkim/'],
  ['playground page', '/playgrounds/enhanced-mta-reporting/'],
  ['embed', '/embed/enhanced-mta-reporting/'],
  ['Success % page', '/reporting/success-over-time/'],
] as const;
for (const locale of ['', '/fr']) {
  for (const [name, path] of pageTypes) {
    const context = await browser.newContext({
      viewport: { width: 412, height: 823 },
      isMobile: true,
      deviceScaleFactor: 2,
    });
    const page = await context.newPage();
    const m = await measure(page, locale + path);
    print(
      `${name} ${locale}${path}`,
      `JS ${kb(m.js)} gzip, total ${kb(m.total)} gzip, LCP ${m.lcp.toFixed(0)} ms, TBT ${m.tbt.toFixed(0)} ms`,
    );
    await context.close();
  }
}

// Step click → updated status (performance marks set by the island).
{
  const page = await browser.newPage();
  await page.goto(`${base}/playgrounds/enhanced-mta-reporting/`);
  await page.locator('astro-island').first().scrollIntoViewIfNeeded();
  await page.locator('astro-island:not([ssr])').first().waitFor();
  const times: number[] = [];
  for (const selector of ['mta.accepted', 'feedback.softBounce', 'retry.succeeded']) {
    await page.locator(`button[data-event="${selector}"]`).first().click();
    await page.getByTestId('log-status').waitFor();
    times.push(
      await page.evaluate(() => performance.getEntriesByName('playground:update').at(-1)?.duration ?? Number.NaN),
    );
  }
  print('step click → updated status (median of 3)', `${times.sort((a, b) => a - b)[1]!.toFixed(1)} ms`);
  await page.close();
}

// Control change → updated chart, N = 100,000 (simulation in a Web Worker).
{
  const page = await browser.newPage();
  await page.goto(`${base}/reporting/success-over-time/?messages=100000`);
  await page.getByTestId('simulation').scrollIntoViewIfNeeded();
  await page.locator('astro-island:not([ssr])').first().waitFor();
  await page.getByTestId('simulation-status').and(page.locator('[data-running="false"]')).waitFor();
  await page.evaluate(() => performance.clearMeasures());
  await page.locator('input[name="softBounceRate"]').fill('12');
  await page.waitForFunction(() => performance.getEntriesByName('simulation:update').length > 0, null, {
    timeout: 60_000,
  });
  const duration = await page.evaluate(() => performance.getEntriesByName('simulation:update')[0]!.duration);
  print('control change → updated chart, 100,000 messages', `${duration.toFixed(0)} ms`);
  await page.close();
}

// Mermaid stateDiagram-v2 in the browser versus the build-time SVG.
{
  const mermaidJs = readFileSync(join(root, 'node_modules/mermaid/dist/mermaid.min.js'));
  const html = `<!doctype html><html><body><pre class="mermaid">stateDiagram-v2
  [*] --> pending
  pending --> awaitingDelivery: mta.accepted
  awaitingDelivery --> delivered: mta.delivered
  awaitingDelivery --> failed: feedback.hardBounce
  awaitingDelivery --> retrying: feedback.softBounce
  awaitingDelivery --> failed: clock.advanced (validity)
  retrying --> retrying: feedback.softBounce
  retrying --> delivered: retry.succeeded
  retrying --> failed: retry.failed
  retrying --> failed: clock.advanced (validity)
  delivered --> failed: feedback.asyncBounce
  failed --> [*]
</pre><script src="/mermaid.min.js"></script><script>mermaid.initialize({ startOnLoad: true });</script></body></html>`;
  const page = await browser.newPage();
  await page.route('**/mermaid-bench/', (route) => route.fulfill({ body: html, contentType: 'text/html' }));
  await page.route('**/mermaid.min.js', (route) => route.fulfill({ body: mermaidJs, contentType: 'text/javascript' }));
  const start = Date.now();
  await page.goto(`${base}/mermaid-bench/`);
  await page.locator('pre.mermaid svg').waitFor({ timeout: 60_000 });
  const mermaidMs = Date.now() - start;
  const mermaidBytes = gzipSync(mermaidJs).length;
  await page.close();

  const ours = await browser.newPage();
  const scripts: number[] = [];
  ours.on('response', async (response) => {
    if (response.request().resourceType() === 'script') scripts.push(gzipSync(await response.body()).length);
  });
  const start2 = Date.now();
  await ours.goto(`${base}/guides/sending-and-monitoring/`);
  await ours.getByTestId('state-diagram').first().waitFor();
  const oursMs = Date.now() - start2;
  await ours.waitForLoadState('networkidle');
  const oursBytes = scripts.reduce((a, b) => a + b, 0);
  print('Mermaid stateDiagram-v2: JS, time to diagram', `${kb(mermaidBytes)} gzip, ${mermaidMs} ms`);
  print('build-time SVG page: JS, time to diagram', `${kb(oursBytes)} gzip, ${oursMs} ms`);
  print(
    'ratio (Mermaid / this site)',
    `${(mermaidBytes / Math.max(1, oursBytes)).toFixed(1)}× the bytes, ${(mermaidMs / Math.max(1, oursMs)).toFixed(1)}× the time`,
  );
  await ours.close();
}

await browser.close();
server.kill();
