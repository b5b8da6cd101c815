import { spawn, execFileSync } from 'node:child_process';
import { cp, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { chromium, type Browser, type Page } from 'playwright-core';
import { z } from 'zod/mini';
import { ACTIONS, ACTORS, type Actor } from '../src/data/ids';
import type { SanctionsEvent } from '../src/data/schema';
import { setCatalogue } from '../src/i18n/catalogue';
import { actionsOverTime } from '../src/selectors/buckets';
import { filterEvents, viewRange } from '../src/selectors/filter';
import { headlines } from '../src/selectors/headline';
import { inForceOverTime } from '../src/selectors/inForce';
import { DEFAULT_VIEW, VIEW_PARAMS } from '../src/url/view';
import { CHROMIUM_LAUNCH } from '../tests/e2e/chromium';
import { PAGES, type PageName } from '../src/url/pages';
import { catalogueOf } from './vite-messages-plugin';

// The selectors label their buckets in the page's language: English here.
setCatalogue('en', catalogueOf('en'));
import { routeBytes } from './bundle-size';

/**
 * `npm run bench` (after `npm run build`): our overview and one embed beside the bare same-stack
 * page (../shared/floor-app), built in this run: first-load JS and CSS, time to first chart in
 * Chromium, filter-to-redraw latency, and the selectors on 100 000 synthetic records. Figures and
 * ratios, not pass/fail: timings vary by machine (only the byte budgets are tests).
 */

const RUNS = 7;
const FLOOR_SOURCE = path.resolve('../shared/floor-app');
const FLOOR_COPY = path.resolve('.cache/floor-app');
/** Lighthouse, pinned in bench/lighthouse and installed on its own: the app's `npm ci` never fetches it. */
const LIGHTHOUSE_SOURCE = path.resolve('bench/lighthouse');
const LIGHTHOUSE_COPY = path.resolve('.cache/lighthouse');
/** Lighthouse runs per address: its figures are the median of these. */
const LIGHTHOUSE_RUNS = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** Copies the floor app (shared/ is read-only) and builds it with its own locked dependencies. */
async function buildFloor(): Promise<string> {
  await rm(FLOOR_COPY, { recursive: true, force: true });
  await cp(FLOOR_SOURCE, FLOOR_COPY, {
    recursive: true,
    filter: (src) => !/node_modules|\/dist(\/|$)/.test(src),
  });
  const run = (args: string[]) => execFileSync('npm', args, { cwd: FLOOR_COPY, stdio: 'ignore' });
  run(['ci', '--no-audit', '--no-fund']);
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: FLOOR_COPY, stdio: 'ignore' });
  return path.join(FLOOR_COPY, 'dist');
}

/** Installs the pinned Lighthouse into .cache/lighthouse (once per lockfile) and gives its CLI. */
async function installLighthouse(): Promise<string> {
  const lock = await readFile(path.join(LIGHTHOUSE_SOURCE, 'package-lock.json'), 'utf8');
  const installed = await readFile(path.join(LIGHTHOUSE_COPY, 'package-lock.json'), 'utf8').catch(() => '');
  const cli = path.join(LIGHTHOUSE_COPY, 'node_modules/.bin/lighthouse');
  if (lock !== installed || !(await stat(cli).catch(() => undefined))) {
    await rm(LIGHTHOUSE_COPY, { recursive: true, force: true });
    await cp(LIGHTHOUSE_SOURCE, LIGHTHOUSE_COPY, { recursive: true });
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: LIGHTHOUSE_COPY, stdio: 'ignore' });
  }
  return cli;
}

/** The parts of a Lighthouse report the bench reads. */
const metric = z.object({ numericValue: z.number() });
const LIGHTHOUSE_REPORT = z.object({
  categories: z.object({ performance: z.object({ score: z.number() }) }),
  audits: z.object({
    'first-contentful-paint': metric,
    'largest-contentful-paint': metric,
    'total-blocking-time': metric,
    'cumulative-layout-shift': metric,
    'largest-contentful-paint-element': z.unknown(),
  }),
});

type Lighthouse = { score: number; fcp: number; lcp: number; tbt: number; cls: number; lcpElement: string };

/**
 * Lighthouse's mobile default (a mid-range phone: slow 4G, 4× CPU, simulated), performance only:
 * the median of each figure over LIGHTHOUSE_RUNS runs, and the element of the largest paint.
 */
function lighthouse(cli: string, url: string): Lighthouse {
  const runs: Lighthouse[] = [];
  for (let run = 0; run < LIGHTHOUSE_RUNS; run++) {
    const json = execFileSync(
      cli,
      [
        url,
        '--quiet',
        '--only-categories=performance',
        '--output=json',
        '--output-path=stdout',
        `--chrome-flags=${CHROMIUM_LAUNCH.args.map((flag) => (flag === '--headless' ? '--headless=new' : flag)).join(' ')}`,
      ],
      { env: { ...process.env, CHROME_PATH: CHROMIUM_LAUNCH.executablePath }, maxBuffer: 64 * 1024 * 1024 },
    );
    const { categories, audits } = LIGHTHOUSE_REPORT.parse(JSON.parse(json.toString()));
    const value = (id: Exclude<keyof typeof audits, 'largest-contentful-paint-element'>) =>
      audits[id].numericValue;
    runs.push({
      score: categories.performance.score,
      fcp: value('first-contentful-paint'),
      lcp: value('largest-contentful-paint'),
      tbt: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      lcpElement:
        JSON.stringify(audits['largest-contentful-paint-element']).match(/"selector":"([^"]*)"/)?.[1] ?? '',
    });
  }
  const middle = (key: 'score' | 'fcp' | 'lcp' | 'tbt' | 'cls') => median(runs.map((run) => run[key]));
  return {
    score: middle('score'),
    fcp: middle('fcp'),
    lcp: middle('lcp'),
    tbt: middle('tbt'),
    cls: middle('cls'),
    lcpElement: runs[0]?.lcpElement ?? '',
  };
}

/** Gzip bytes of the JS and CSS a plain Vite page's index.html loads. */
async function pageBytes(dist: string): Promise<{ js: number; css: number }> {
  const html = await readFile(path.join(dist, 'index.html'), 'utf8');
  let js = 0;
  let css = 0;
  for (const [, url = ''] of html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)) {
    const bytes = gzipSync(await readFile(path.join(dist, url.replace(/^\//, ''))), { level: 9 }).length;
    if (url.endsWith('.css')) css += bytes;
    else js += bytes;
  }
  return { js, css };
}

function syntheticEvents(n: number): SanctionsEvent[] {
  const start = Date.UTC(2004, 0, 1);
  const span = Date.UTC(2026, 10, 1) - start;
  const events: SanctionsEvent[] = [];
  for (let i = 0; i < n; i++) {
    const actor: Actor = ACTORS[i % ACTORS.length] ?? 'us';
    const date = new Date(start + Math.floor((span * i) / n)).toISOString().slice(0, 10);
    events.push({
      id: `${actor}-${date}-synthetic-${i}`,
      date,
      actor,
      action: ACTIONS[(i * 7) % ACTIONS.length] ?? 'expand',
      instrument: `Synthetic instrument ${i}`,
      instrumentType: 'designation',
      measures: ['assets'],
      summary: `Synthetic record number ${i} for the selector benchmark.`,
      listed: i % 3 === 0 ? { persons: i % 5, entities: i % 2 } : undefined,
      inForce: i % 97 === 0 ? { persons: 100, entities: 20 } : undefined,
      sources: [{ url: 'https://example.org/', title: 'Synthetic', publisher: 'Bench', kind: 'act' }],
    });
  }
  return events;
}

function benchSelectors(): number {
  const events = syntheticEvents(100_000);
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const t0 = performance.now();
    const view = {
      ...DEFAULT_VIEW,
      actors: [...ACTORS],
      period: 'month' as const,
      q: run % 2 ? 'synthetic' : '',
    };
    const range = viewRange(events, view, '2026-11-22');
    const shown = filterEvents(events, view, range);
    actionsOverTime(shown, view.actors, range, view.period);
    inForceOverTime(events, view.actors, range);
    headlines(events, shown, view.actors, range);
    times.push(performance.now() - t0);
  }
  return median(times);
}

async function serve(dist: string, port: number) {
  const server = spawn(process.execPath, [
    '--import',
    'tsx',
    'scripts/static-server.ts',
    dist,
    '/',
    String(port),
  ]);
  await new Promise<void>((resolve, reject) => {
    server.stdout.once('data', () => resolve());
    server.once('exit', (code) => reject(new Error(`the static server exited (${code ?? 'signal'})`)));
  });
  return server;
}

/**
 * Median times from navigation start to the frame in which a chart mark is first visible (the
 * pre-rendered copy, if the page has one) and to the frame in which the app's own drawing is (live
 * and interactive). Timed in the page, on every animation frame.
 */
async function timeToFirstChart(
  browser: Browser,
  url: string,
  mark: string,
  /** The page starts its app on the first touch: touch it once its copy shows, and time live from the touch. */
  touch = false,
): Promise<{ visible: number; live: number; scriptsBeforeTouch: string[] }> {
  const visible: number[] = [];
  const live: number[] = [];
  let scriptsBeforeTouch: string[] = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    // tsx compiles functions given to the page with calls to its `__name` helper: give them one.
    await page.addInitScript('globalThis.__name = (fn) => fn;');
    await page.addInitScript((selector) => {
      const times = { visible: 0, live: 0 };
      Reflect.set(window, '__firstChart', times);
      const shown = (inPrerender: boolean) =>
        [...document.querySelectorAll(selector)].some(
          (element) =>
            (inPrerender || !element.closest('#prerender')) &&
            element.checkVisibility({ visibilityProperty: true }),
        );
      const check = () => {
        const now = performance.now();
        if (!times.visible && shown(true)) times.visible = now;
        if (!times.live && shown(false)) times.live = now;
        if (!times.live) requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    }, mark);
    await page.goto(url, { waitUntil: 'commit' });
    let touched = 0;
    if (touch) {
      await page.waitForFunction(() => Reflect.get(Reflect.get(window, '__firstChart') ?? {}, 'visible') > 0);
      await page.waitForLoadState('networkidle');
      scriptsBeforeTouch = [...scripts];
      touched = await page.evaluate(() => performance.now());
      await page.mouse.move(5, 5);
    }
    await page.waitForFunction(() => Reflect.get(Reflect.get(window, '__firstChart') ?? {}, 'live') > 0);
    const times = await page.evaluate(() => {
      const found: unknown = Reflect.get(window, '__firstChart');
      return {
        visible: Number(Reflect.get(Object(found), 'visible')),
        live: Number(Reflect.get(Object(found), 'live')),
      };
    });
    visible.push(times.visible);
    live.push(times.live - touched);
    await page.close();
  }
  return { visible: median(visible), live: median(live), scriptsBeforeTouch };
}

/**
 * Runs in the page: clicks the EU toggle with the actions chart in view, and times until that
 * chart is redrawn and until every chart on the page is (the charts out of view follow in a
 * deferred render). Each chart's redraw is its first DOM change after the click.
 */
const FILTER_CHANGE = `(async () => {
  const plots = [...document.querySelectorAll('figure[data-chart] .recharts-wrapper')];
  plots[0].closest('figure').scrollIntoView({ block: 'center' });
  await new Promise((r) => setTimeout(r, 300));
  const done = plots.map(() => 0);
  const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'European Union');
  const t0 = performance.now();
  const observers = plots.map((plot, i) => {
    const observer = new MutationObserver(() => { done[i] ||= performance.now() - t0; });
    observer.observe(plot, { subtree: true, childList: true, attributes: true });
    return observer;
  });
  button.click();
  while (done.some((d) => !d)) await new Promise((r) => requestAnimationFrame(r));
  observers.forEach((o) => o.disconnect());
  return [done[0], Math.max(...done)];
})()`;

/**
 * Opens a page and waits until the app has replaced the pre-rendered copy, which does not respond:
 * touched first, as a page whose copy is its first chart starts its app on the first touch.
 */
async function openLive(page: Page, url: string) {
  await page.goto(url);
  await page.mouse.move(5, 5);
  await page.waitForFunction(() => !document.getElementById('prerender'));
}

async function filterLatency(browser: Browser, url: string): Promise<{ inView: number; all: number }> {
  const inView: number[] = [];
  const all: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    await openLive(page, url);
    await page.locator('figure[data-chart="in-force"] path.recharts-line-curve').first().waitFor();
    // A string, not a function: tsx would wrap a function's inner helpers in a name shim the page lacks.
    const [first, last] = await page.evaluate<[number, number]>(FILTER_CHANGE);
    inView.push(first);
    all.push(last);
    await page.close();
  }
  return { inView: median(inView), all: median(all) };
}

/**
 * Runs in the page: a key on a slider's thumb, timed until what it changes is redrawn. The thumb
 * and the watched element are found by selectors; the key is dispatched as the browser would.
 */
const KEY_TO_REDRAW = `(async ([thumb, key, watched]) => {
  const target = document.querySelector(thumb);
  const text = () => document.querySelector(watched)?.textContent;
  const before = text();
  // Focused as a reader would be, with the thumb scrolled into view and the page settled.
  target.focus();
  await new Promise((r) => setTimeout(r, 300));
  const t0 = performance.now();
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  while (text() === before) await new Promise((r) => requestAnimationFrame(r));
  return performance.now() - t0;
})`;

async function keyLatency(browser: Browser, url: string, thumb: string, key: string, watched: string) {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    await openLive(page, url);
    await page.locator(watched).first().waitFor();
    await page.locator(thumb).first().waitFor();
    times.push(await page.evaluate<number>(`(${KEY_TO_REDRAW})(${JSON.stringify([thumb, key, watched])})`));
    await page.close();
  }
  return median(times);
}

/** A valid dataset of `n` synthetic records (tightening and renewals only: no links needed). */
function syntheticDataset(n: number) {
  const events = syntheticEvents(n).map((e, i) => ({
    ...e,
    action: (['impose', 'expand', 'renew'] as const)[i % 3] ?? 'expand',
    inForce: undefined,
  }));
  return { version: '1.0.0', asOf: '2026-11-22', events, annotations: [], targets: [], checkpoints: [] };
}

/** Runs in the page: scrolls the events table to its end in steps, returns the slowest and mean frame. */
const SCROLL_TABLE = `(async () => {
  const frames = [];
  let last = performance.now();
  for (let y = 0; y < document.documentElement.scrollHeight; y += 1500) {
    window.scrollTo(0, y);
    await new Promise((r) => requestAnimationFrame(r));
    const now = performance.now();
    frames.push(now - last);
    last = now;
  }
  return { max: Math.max(...frames), mean: frames.reduce((a, b) => a + b, 0) / frames.length, frames: frames.length };
})()`;

/** The events table over 10 000 synthetic records: scrolling it, and a search from Enter to redrawn rows. */
async function benchTable(browser: Browser, url: string) {
  const body = JSON.stringify(syntheticDataset(10_000));
  const scroll: number[] = [];
  const scrollMax: number[] = [];
  const search: number[] = [];
  for (let run = 0; run < 3; run++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    await page.route('**/data/sanctions.json', (route) =>
      route.fulfill({ body, contentType: 'application/json' }),
    );
    await page.goto(url);
    await page.getByText('10,000 of 10,000 actions').waitFor();
    const frames = await page.evaluate<{ max: number; mean: number }>(SCROLL_TABLE);
    scroll.push(frames.mean);
    scrollMax.push(frames.max);
    await page.evaluate(() => window.scrollTo(0, 0));
    const box = page.getByRole('searchbox', { name: 'Search' });
    await box.pressSequentially('number 4242');
    const t0 = await page.evaluate(() => performance.now());
    await box.press('Enter');
    await page.getByText(/^1 of 10,000 actions$/).waitFor();
    search.push((await page.evaluate(() => performance.now())) - t0);
    await page.close();
  }
  return { scrollMean: median(scroll), scrollMax: median(scrollMax), search: median(search) };
}

/**
 * The longest main-thread task while the app reads hostile addresses (a 100 000-character value, a
 * value in every parameter at once, markup and control characters), each loaded after the page has
 * been loaded clean once: what a hostile value costs beyond an ordinary load.
 */
async function hostileLongTasks(browser: Browser, origin: string): Promise<number> {
  const script = encodeURIComponent('<img src=x onerror=alert(1)>');
  const addresses = [
    `/?q=${'a'.repeat(100_000)}`,
    `/?${Object.keys(VIEW_PARAMS)
      .map((p) => `${p}=${script}`)
      .join('&')}`,
    `/events?sort=${script}&actors=${'eu,'.repeat(5000)}`,
    `/embed/actions?theme=%00%07%1B&period=${encodeURIComponent('\u202Egnp.pwn')}`,
    `/present?step=${'9'.repeat(5000)}&chart=${script}`,
  ];
  const page = await browser.newPage();
  await page.addInitScript(() => {
    const durations: number[] = [];
    Reflect.set(window, '__longTasks', durations);
    new PerformanceObserver((list) => list.getEntries().forEach((e) => durations.push(e.duration))).observe({
      type: 'longtask',
      buffered: true,
    });
  });
  let longest = 0;
  for (const address of addresses) {
    await page.goto(`${origin}${address.split('?')[0] ?? '/'}`);
    await page.locator('h1').first().waitFor();
    await page.goto(`${origin}${address}`);
    await page.locator('h1, [role="alert"]').first().waitFor();
    await page.waitForLoadState('networkidle');
    const tasks = await page.evaluate(() => [Reflect.get(window, '__longTasks')].flat().map(Number));
    longest = Math.max(longest, ...tasks);
  }
  await page.close();
  return longest;
}

if (!(await stat('dist/.vite/manifest.json').catch(() => undefined))) {
  console.error('Run `npm run build` first: the bench measures dist/.');
  process.exit(1);
}
console.log('Building the bare same-stack page (shared/floor-app)…');
const floorDist = await buildFloor();
const [overview, embed, floor] = await Promise.all([
  routeBytes('overview'),
  routeBytes('embed'),
  pageBytes(floorDist),
]);
const selectors = benchSelectors();
const ours = await serve('dist', 4199);
const bare = await serve(floorDist, 4198);
const browser = await chromium.launch(CHROMIUM_LAUNCH);
type FirstChart = { visible: number; live: number; scriptsBeforeTouch: string[] };
/** Whether a kind of page starts its app on the reader's first touch: one whose copy is its first chart does. */
const startsOnTouch = (page: PageName): boolean => PAGES[page].prerender === 'chart';
let times: {
  overview: FirstChart;
  embed: FirstChart;
  floor: FirstChart;
  filter: { inView: number; all: number };
};
let table: { scrollMean: number; scrollMax: number; search: number };
let sliders: { at: number; brush: number };
let hostile: number;
/** The addresses Lighthouse measures: the bare page, then ours. */
const PHONE_PAGES = [
  ['bare page', 'http://127.0.0.1:4198/'],
  ['overview', 'http://127.0.0.1:4199/'],
  ['/actors/eu', 'http://127.0.0.1:4199/actors/eu'],
  ['/embed/actions', 'http://127.0.0.1:4199/embed/actions'],
  ['/events', 'http://127.0.0.1:4199/events'],
  ['/targets', 'http://127.0.0.1:4199/targets'],
] as const;
const phone = new Map<string, Lighthouse>();
try {
  times = {
    floor: await timeToFirstChart(browser, 'http://127.0.0.1:4198/', '.recharts-line-curve'),
    overview: await timeToFirstChart(
      browser,
      'http://127.0.0.1:4199/',
      '.recharts-bar-rectangle path',
      startsOnTouch('overview'),
    ),
    embed: await timeToFirstChart(
      browser,
      'http://127.0.0.1:4199/embed/actions',
      '.recharts-bar-rectangle path',
      startsOnTouch('embed'),
    ),
    filter: await filterLatency(browser, 'http://127.0.0.1:4199/'),
  };
  table = await benchTable(browser, 'http://127.0.0.1:4199/events?actors=us,eu,uk,ca,ch,by');
  sliders = {
    at: await keyLatency(
      browser,
      'http://127.0.0.1:4199/compare',
      '[role="slider"][aria-label="In force on"]',
      'ArrowLeft',
      '#in-force-on-title',
    ),
    brush: await keyLatency(
      browser,
      'http://127.0.0.1:4199/',
      'figure[data-chart="actions"] [role="slider"][aria-label="Start of the range shown"]',
      'PageUp',
      'figure[data-chart="actions"] .recharts-xAxis-tick-labels',
    ),
  };
  hostile = await hostileLongTasks(browser, 'http://127.0.0.1:4199');
  console.log('Lighthouse, mobile…');
  const cli = await installLighthouse();
  for (const [name, url] of PHONE_PAGES) phone.set(name, lighthouse(cli, url));
} finally {
  await browser.close();
  ours.kill();
  bare.kill();
}

const ratio = (value: number, base: number) => `${(value / base).toFixed(2)}×`;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;
const rows = [
  ['', 'bare page', 'overview', 'ratio', '/embed/actions', 'ratio'],
  [
    'first-load JS (gzip)',
    kb(floor.js),
    kb(overview.js),
    ratio(overview.js, floor.js),
    kb(embed.js),
    ratio(embed.js, floor.js),
  ],
  [
    'first-load CSS (gzip)',
    kb(floor.css),
    kb(overview.css),
    ratio(overview.css, floor.css),
    kb(embed.css),
    ratio(embed.css, floor.css),
  ],
  ...(['visible', 'live'] as const).map((moment) => [
    `first chart ${moment} (median of ${RUNS})`,
    ms(times.floor[moment]),
    ms(times.overview[moment]),
    ratio(times.overview[moment], times.floor[moment]),
    ms(times.embed[moment]),
    ratio(times.embed[moment], times.floor[moment]),
  ]),
];
// What a page costs its reader (or a report's host) before the first touch: the scripts it fetched by then, gzip.
const gzipOf = async (scripts: string[]) => {
  let bytes = 0;
  for (const script of scripts)
    bytes += gzipSync(await readFile(path.join('dist', script)), { level: 9 }).length;
  return bytes;
};
const [overviewBefore, embedBefore] = [
  await gzipOf(times.overview.scriptsBeforeTouch),
  await gzipOf(times.embed.scriptsBeforeTouch),
];
rows.push([
  'JS fetched before the first touch (gzip)',
  kb(floor.js),
  kb(overviewBefore),
  ratio(overviewBefore, floor.js),
  kb(embedBefore),
  ratio(embedBefore, floor.js),
]);
const liveRow = rows.find((row) => row[0]?.startsWith('first chart live'));
if (liveRow && startsOnTouch('overview')) liveRow[0] = `${liveRow[0]}, from the first touch`;
const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  '));
console.log(`\nbyte budgets: overview JS ${PAGES.overview.budget.js} B, embed JS ${PAGES.embed.budget.js} B`);
console.log(
  `filter change, overview (median of ${RUNS}): the chart in view redrawn ${ms(times.filter.inView)}, all three charts ${ms(times.filter.all)}`,
);
console.log(`hostile addresses (five, each after a clean load): longest main-thread task ${ms(hostile)}`);
console.log(
  `selectors on 100 000 records, month buckets, all actors (median of ${RUNS}): ${selectors.toFixed(1)} ms`,
);
console.log(
  `events table, 10 000 synthetic records (median of 3): scrolling to the end, mean frame ${ms(table.scrollMean)}, slowest ${ms(table.scrollMax)}; a search, Enter to redrawn rows, ${ms(table.search)}`,
);
console.log(
  `slider to redrawn view (median of ${RUNS}): "in force on" a month back ${ms(sliders.at)}; time brush a year in ${ms(sliders.brush)}`,
);

// A mid-range phone (Lighthouse's mobile default), each page beside the bare one.
const bareLh = phone.get('bare page');
if (bareLh) {
  const lhRows = [
    [
      'Lighthouse mobile (median of ' + String(LIGHTHOUSE_RUNS) + ')',
      'score',
      'FCP',
      'LCP',
      'LCP ratio',
      'TBT',
      'CLS',
      'largest paint',
    ],
  ];
  for (const [name, result] of phone)
    lhRows.push([
      name,
      result.score.toFixed(2),
      ms(result.fcp),
      ms(result.lcp),
      ratio(result.lcp, bareLh.lcp),
      ms(result.tbt),
      result.cls.toFixed(3),
      result.lcpElement,
    ]);
  const lhWidths = lhRows[0]?.map((_, i) => Math.max(...lhRows.map((r) => (r[i] ?? '').length))) ?? [];
  console.log('');
  for (const row of lhRows) console.log(row.map((cell, i) => cell.padEnd(lhWidths[i] ?? 0)).join('  '));
}
