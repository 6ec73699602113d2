/**
 * `npm run bench`: speed and size figures, printed (never asserted). Runs on Node 22+.
 *   1. The simulation through the spec's compiled tables: messages per second, peak memory, the
 *      worst-case input beside the default.
 *   2. The production build: time and page count.
 *   3. In Chromium against the build, per page type in two locales: JavaScript bytes (the same script
 *      graph the size budgets check), and Lighthouse's LCP, TBT, bytes and scores; step click → status;
 *      control change → chart in the worker (100,000 and 10,000,000 messages, the worst case); the statechart drawn by
 *      Mermaid in the browser versus this site's build-time SVG.
 *      Time until the first accepted tap on slow 4G with a 4× slower CPU (Lighthouse's mobile settings).
 *   4. The issue's targets, each marked met or missed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import waitOn from 'wait-on';
import { type GraphNode, machineGraph } from '../src/diagram/graph.ts';
import { machines } from '../src/machines/index.ts';
import { simulate } from '../src/simulation/simulate.ts';
import { pageScripts } from '../tests/size/pageScripts.ts';
import { timeToFirstTap } from './firstTap.ts';
import type { LighthouseScores } from './lighthouse.ts';
import { mermaidVariant, toMermaid } from './mermaid.ts';

const root = join(import.meta.dirname, '..');
const print = (name: string, value: string) => {
  console.log(`${name.padEnd(64)} ${value}`);
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

// 1. Simulation in Node: the default rates at growing sizes, then the costliest inputs a link can
// carry (every message soft-bounces, retries every 0.1 h and never recovers, 30-day setting), which
// the step budget cuts to fewer messages.
simulate({ messages: 1000 }); // compile the tables once
const worstCase = {
  hardBounceRate: 0,
  softBounceRate: 1,
  retrySuccessRate: 0,
  meanDeliveryHours: 0.1,
  meanRetryHours: 0.1,
  validityDays: 30,
};
const simulationRuns: [string, Record<string, number>][] = [
  ['default rates, 10,000 messages', { messages: 10_000 }],
  ['default rates, 100,000 messages', { messages: 100_000 }],
  ['default rates, 1,000,000 messages', { messages: 1_000_000 }],
  ['default rates, 10,000,000 messages', { messages: 10_000_000 }],
  ['worst case, 1,000,000 messages asked', { ...worstCase, messages: 1_000_000 }],
];
for (const [name, inputs] of simulationRuns) {
  const before = process.memoryUsage().rss;
  const start = performance.now();
  const result = simulate(inputs);
  const seconds = (performance.now() - start) / 1000;
  const ran = result.inputs.messages;
  print(
    `simulation, ${name}`,
    `${seconds.toFixed(3)} s, ${Math.round(ran / seconds).toLocaleString('en')} messages/s, ${(result.steps / 1e6).toFixed(1)} M steps${result.limited ? ` (cut to ${ran.toLocaleString('en')} messages by the step budget)` : ''}, RSS +${mb(process.memoryUsage().rss - before)}`,
  );
}
print('simulation, peak RSS of this process', mb(process.resourceUsage().maxRSS * 1024));

// 2. Build.
const buildStart = performance.now();
const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const build = spawnSync(process.execPath, [astro, 'build'], { cwd: root, encoding: 'utf8' });
if (build.status !== 0) throw new Error(build.stderr);
const pages = readdirSync(join(root, 'dist'), { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
print('build time', `${((performance.now() - buildStart) / 1000).toFixed(1)} s for ${pages} pages`);

// 3. Browser. (Lighthouse is imported here so that its weight stays out of the simulation's RSS.)
const { lighthouseReport } = await import('./lighthouse.ts');
// Astro runs one preview server at a time: start it directly (not through npx, whose child would
// outlive a kill) and stop it however the bench ends.
const server = spawn(process.execPath, [astro, 'preview', '--port', '4399', '--host', '127.0.0.1'], {
  cwd: root,
  stdio: 'ignore',
});
server.unref();
process.on('exit', () => server.kill());
const base = 'http://127.0.0.1:4399';
await waitOn({ resources: [`http-get://127.0.0.1:4399/`], timeout: 30_000 });
const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
// Lighthouse drives the same browser through its DevTools port.
const debuggingPort = await new Promise<number>((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address() as { port: number };
    probe.close(() => resolve(port));
  });
});
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: ['--no-sandbox', `--remote-debugging-port=${debuggingPort}`],
});
const median = (values: number[]) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)]!;

// JavaScript per page, gzip: the files its HTML loads and what they import (as the size budgets count).
const scriptsOf = new Map((await pageScripts(join(root, 'dist'))).map((page) => [page.page, page.files]));
function javaScript(url: string) {
  const files = scriptsOf.get(url) ?? [];
  return {
    js: files.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0),
    react: files.some((file) => /react|jsx-runtime/.test(file)),
  };
}

const pageTypes = [
  ['plain page', '/guides/dkim/'],
  ['playground page', '/playgrounds/enhanced-mta-reporting/'],
  ['embed', '/embed/enhanced-mta-reporting/'],
  ['Success % page', '/reporting/success-over-time/'],
] as const;
const measured: {
  name: string;
  url: string;
  js: number;
  react: boolean;
  scores: LighthouseScores;
}[] = [];
for (const locale of ['', '/fr']) {
  for (const [name, path] of pageTypes) {
    const url = locale + path;
    const { js, react } = javaScript(url);
    const { scores, lcp, tbt, totalBytes } = await lighthouseReport(base + url, debuggingPort);
    measured.push({ name, url, js, react, scores });
    print(
      `${name} ${url}`,
      `JS ${kb(js)} gzip${react ? ' (React)' : ''}, total ${kb(totalBytes)} transferred, LCP ${lcp.toFixed(0)} ms, TBT ${tbt.toFixed(0)} ms (Lighthouse)`,
    );
    print('  Lighthouse (mobile): performance, accessibility, best practices, SEO', Object.values(scores).join(' / '));
  }
}

// Step click → updated status, on the playground and the embed in both locales: 30 clicks on Back and
// Forward after two steps. Two figures: the island's performance marks (click handler → status in the
// DOM), and the browser's Event Timing (input → next paint, in 8 ms steps; a click is reported only
// when it takes 16 ms or more, so an unreported click counts as 16). For scale, the same Event Timing
// for a bare text change on the same page (a probe button added by the bench).
type PaintFigures = { median: number; withinFrame: number };
type ClickFigures = { dom: number; paint: PaintFigures; probe: PaintFigures };
const clickFigures: ClickFigures[] = [];
for (const url of measured.filter((m) => m.name === 'playground page' || m.name === 'embed').map((m) => m.url)) {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __clicks: number[] };
    w.__clicks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'click') w.__clicks.push(entry.duration);
    }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
  });
  await page.goto(base + url);
  const playground = page.getByTestId('playground').first();
  await playground.scrollIntoViewIfNeeded();
  await page.locator('[data-testid="playground"][data-ready="true"]').first().waitFor();
  for (const event of ['mta.accepted', 'feedback.softBounce']) {
    await playground.locator(`button[data-event="${event}"]`).first().click();
  }
  const clicks = 30;
  const paintTimes = async (click: () => Promise<void>): Promise<PaintFigures> => {
    await page.evaluate(() => {
      (window as unknown as { __clicks: number[] }).__clicks = [];
      performance.clearMeasures();
    });
    for (let i = 0; i < clicks; i++) {
      await click();
      await page.waitForTimeout(50);
    }
    await page.waitForTimeout(200); // let Event Timing deliver its entries
    const reported = await page.evaluate(() => (window as unknown as { __clicks: number[] }).__clicks);
    const all = [...reported, ...Array(Math.max(0, clicks - reported.length)).fill(16)];
    return { median: median(all), withinFrame: all.filter((ms) => ms <= 16).length / all.length };
  };
  const toolbar = playground.locator('.playground__toolbar button');
  let forward = false; // Back, Forward, Back…: the status changes at every click
  const paint = await paintTimes(async () => {
    await toolbar.nth(forward ? 1 : 0).click();
    forward = !forward;
  });
  const dom = median(
    await page.evaluate(() => performance.getEntriesByName('playground:update').map((entry) => entry.duration)),
  );
  await page.evaluate(() => {
    const probe = Object.assign(document.createElement('button'), { id: 'bench-probe', textContent: 'probe' });
    const text = document.createElement('span');
    probe.addEventListener('click', () => {
      text.textContent = String(Math.random());
    });
    document.querySelector('astro-island')?.before(probe, text); // beside the island, outside React
  });
  const probe = await paintTimes(() => page.locator('#bench-probe').click());
  clickFigures.push({ dom, paint, probe });
  const painted = ({ median, withinFrame }: PaintFigures) =>
    `median ${median} ms, ${Math.round(withinFrame * 100)}% within 16 ms`;
  print(
    `step click → updated status, ${url}`,
    `${dom.toFixed(1)} ms to the DOM (median); to the next paint ${painted(paint)} (a bare text change: ${painted(probe)})`,
  );
  await page.close();
}

// Time until a reader's first tap is accepted on a phone (slow 4G, 4× CPU; bench/firstTap.ts), median of 3.
const firstTaps: Record<string, number> = {};
for (const url of measured.filter((m) => m.name === 'playground page' || m.name === 'embed').map((m) => m.url)) {
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) runs.push(await timeToFirstTap(browser, base + url));
  firstTaps[url] = median(runs);
  print(`first accepted tap, slow 4G + 4× CPU, ${url}`, `${firstTaps[url]!.toFixed(0)} ms (median of 3)`);
}

// Control change → updated chart in the Web Worker: 100,000 messages, 10,000,000 messages (a large
// newsletter), and the worst-case link (cut by the step budget).
const workerFigures: Record<string, number> = {};
for (const [name, query] of [
  ['100,000 messages', '?messages=100000'],
  ['10,000,000 messages', '?messages=10000000'],
  ['worst case', `?messages=1000000&${new URLSearchParams(Object.entries(worstCase).map(([k, v]) => [k, String(v)]))}`],
] as const) {
  const page = await browser.newPage();
  await page.goto(`${base}/reporting/success-over-time/${query}`);
  await page.getByTestId('simulation').scrollIntoViewIfNeeded();
  await page.getByTestId('simulation').and(page.locator('[data-ready="true"]')).waitFor();
  await page.getByTestId('simulation-status').and(page.locator('[data-running="false"]')).waitFor({ timeout: 120_000 });
  await page.evaluate(() => performance.clearMeasures());
  await page.locator('input[name="softBounceRate"]').fill(query.includes('softBounceRate') ? '99' : '12');
  await page.waitForFunction(() => performance.getEntriesByName('simulation:update').length > 0, null, {
    timeout: 120_000,
  });
  const duration = await page.evaluate(() => performance.getEntriesByName('simulation:update')[0]!.duration);
  workerFigures[name] = duration;
  print(`control change → updated chart (worker), ${name}`, `${duration.toFixed(0)} ms`);
  await page.close();
}

// The delivery statechart on its guide page: this site's build-time SVG against the same page with
// the same machine drawn by Mermaid in the browser. Time until the diagram is laid out on screen,
// taken the same way on both (first animation frame where the figure holds an SVG with a size),
// cold HTTP cache, median of 7.
let mermaidRatio = { bytes: 0, time: 0 };
{
  const guide = '/guides/sending-and-monitoring/';
  const mermaidJs = readFileSync(join(root, 'node_modules/mermaid/dist/mermaid.min.js'));
  const graph = machineGraph(machines.delivery.machine);
  const stateKeys = (node: GraphNode): string[] => [node.key, ...node.children.flatMap(stateKeys)];
  const mermaidHtml = mermaidVariant(
    readFileSync(join(root, 'dist', guide, 'index.html'), 'utf8'),
    toMermaid(graph, 'delivery'),
  );
  async function timeToDiagram(url: string, mermaid: boolean) {
    const context = await browser.newContext();
    const page = await context.newPage();
    if (mermaid) {
      await page.route(`${base}/mermaid${guide}`, (route) =>
        route.fulfill({ body: mermaidHtml, contentType: 'text/html' }),
      );
      await page.route(`${base}/mermaid.min.js`, (route) =>
        route.fulfill({ body: mermaidJs, contentType: 'text/javascript' }),
      );
    }
    let js = 0;
    const bodies: Promise<void>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      bodies.push(
        response.body().then(
          (body) => {
            js += gzipSync(body).length;
          },
          () => undefined, // the page closed first: a script requested after the page went idle
        ),
      );
    });
    await page.addInitScript(() => {
      const check = () => {
        const svg = document.querySelector('.diagram-figure svg');
        if (svg && svg.getBoundingClientRect().height > 0)
          (window as unknown as { __diagram: number }).__diagram = performance.now();
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
    // Start the tab's renderer on this origin first, so that neither side pays for a process start.
    await page.goto(`${base}/favicon.svg`);
    await page.goto(base + url);
    await page.waitForFunction(() => (window as unknown as { __diagram?: number }).__diagram, null, {
      timeout: 60_000,
    });
    const ms = await page.evaluate(() => (window as unknown as { __diagram: number }).__diagram);
    if (mermaid) {
      // Mermaid draws a syntax-error picture when it cannot read its source: check that it drew the machine.
      const drawn = (await page.locator('.diagram-figure svg').textContent()) ?? '';
      const missing = stateKeys(graph.root).filter((key) => key && !drawn.includes(key));
      if (missing.length > 0) throw new Error(`Mermaid did not draw the states ${missing.join(', ')}`);
    }
    await page.waitForLoadState('load');
    await Promise.all(bodies);
    await context.close();
    return { ms, js };
  }
  const runs = async (url: string, mermaid: boolean) => {
    const results = [];
    for (let i = 0; i < 7; i++) results.push(await timeToDiagram(url, mermaid));
    return { ms: median(results.map((r) => r.ms)), js: median(results.map((r) => r.js)) };
  };
  const viaMermaid = await runs(`/mermaid${guide}`, true);
  const ours = await runs(guide, false);
  print(
    `Mermaid stateDiagram-v2 in ${guide}: JS, time to diagram`,
    `${kb(viaMermaid.js)} gzip, ${viaMermaid.ms.toFixed(0)} ms`,
  );
  print(`build-time SVG in ${guide}: JS, time to diagram`, `${kb(ours.js)} gzip, ${ours.ms.toFixed(0)} ms`);
  mermaidRatio = { bytes: viaMermaid.js / Math.max(1, ours.js), time: viaMermaid.ms / Math.max(1, ours.ms) };
  print(
    'ratio (Mermaid / this site)',
    `${mermaidRatio.bytes.toFixed(1)}× the bytes, ${mermaidRatio.time.toFixed(1)}× the time`,
  );
}

await browser.close();

// 4. Targets from the issue.
const target = (name: string, met: boolean, figure: string) =>
  print(`target: ${name}`, `${met ? 'met' : 'MISSED'} (${figure})`);
const plainPages = measured.filter((m) => m.name === 'plain page');
const playgrounds = measured.filter((m) => m.name === 'playground page');
target(
  'pages without a playground ship no React',
  plainPages.every((m) => !m.react),
  plainPages.map((m) => `${m.url}: ${m.react ? 'React' : 'no React'}`).join(', '),
);
target(
  'playground page ≤ 120 KB of JS (gzip)',
  playgrounds.every((m) => m.js <= 120 * 1024),
  playgrounds.map((m) => kb(m.js)).join(', '),
);
target(
  'Lighthouse performance ≥ 98 on every page type',
  measured.every((m) => m.scores.performance >= 98),
  `lowest ${Math.min(...measured.map((m) => m.scores.performance))}`,
);
target(
  'Lighthouse accessibility 100 on every page type',
  measured.every((m) => m.scores.accessibility === 100),
  `lowest ${Math.min(...measured.map((m) => m.scores.accessibility))}`,
);
const slowestDom = Math.max(...clickFigures.map((figures) => figures.dom));
const slowestPaint = Math.max(...clickFigures.map((figures) => figures.paint.median));
const leastWithinFrame = Math.min(...clickFigures.map((figures) => figures.paint.withinFrame));
target(
  'step click → status in the DOM within one frame (16 ms)',
  slowestDom <= 16,
  `slowest page ${slowestDom.toFixed(1)} ms`,
);
target(
  'step click → status painted within one frame (16 ms)',
  slowestPaint <= 16,
  `slowest page: median ${slowestPaint} ms; fewest clicks within 16 ms: ${Math.round(leastWithinFrame * 100)}%`,
);
target(
  '10,000,000 messages in the worker in under 3 s',
  (workerFigures['10,000,000 messages'] ?? Infinity) < 3000,
  `${workerFigures['10,000,000 messages']?.toFixed(0)} ms; worst case ${workerFigures['worst case']?.toFixed(0)} ms`,
);
target('diagram ≥ 5× sooner than Mermaid', mermaidRatio.time >= 5, `${mermaidRatio.time.toFixed(1)}×`);
target('diagram with ≥ 10× fewer JS bytes than Mermaid', mermaidRatio.bytes >= 10, `${mermaidRatio.bytes.toFixed(1)}×`);
