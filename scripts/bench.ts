import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { ACTIONS, ACTORS, type Actor } from '../src/data/ids';
import type { SanctionsEvent } from '../src/data/schema';
import { actionsOverTime } from '../src/selectors/buckets';
import { filterEvents, viewRange } from '../src/selectors/filter';
import { headlines } from '../src/selectors/headline';
import { inForceOverTime } from '../src/selectors/inForce';
import { DEFAULT_VIEW } from '../src/url/view';
import { CHROMIUM_LAUNCH } from '../tests/e2e/chromium';
import { BUDGET, firstLoadBytes } from './bundle-size';

/**
 * `npm run bench`: bundle bytes, time to first chart and filter-change latency in Chromium, and
 * selector cost on 100 000 synthetic records. Figures, not pass/fail: timings vary by machine.
 * Expects a fresh `npm run build` in dist/.
 */

const RUNS = 7;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
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

function benchSelectors() {
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

/** Runs in the page: clicks the EU toggle and waits for the in-force chart to lose a line. */
const FILTER_CHANGE = `(async () => {
  const count = () => document.querySelectorAll('figure[aria-labelledby="in-force-title"] path.recharts-line-curve').length;
  const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'European Union');
  const before = count();
  const t0 = performance.now();
  button.click();
  while (count() === before) await new Promise((r) => requestAnimationFrame(r));
  return performance.now() - t0;
})()`;

async function benchBrowser() {
  const port = 4199;
  const server = spawn(process.execPath, [
    '--import',
    'tsx',
    'tests/e2e/static-server.ts',
    'dist',
    '/',
    String(port),
  ]);
  await new Promise<void>((resolve, reject) => {
    server.stdout.once('data', () => resolve());
    server.once('exit', (code) => reject(new Error(`the static server exited (${code ?? 'signal'})`)));
  });
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  const firstChart: number[] = [];
  const filterChange: number[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`http://127.0.0.1:${port}/`);
      await page.locator('.recharts-bar-rectangle path').first().waitFor();
      firstChart.push(await page.evaluate(() => performance.now()));
      // A string, not a function: tsx would wrap a function's inner helpers in a name shim the page lacks.
      filterChange.push(await page.evaluate<number>(FILTER_CHANGE));
      await page.close();
    }
  } finally {
    await browser.close();
    server.kill();
  }
  return { firstChart: median(firstChart), filterChange: median(filterChange) };
}

const bytes = await firstLoadBytes();
const selectors = benchSelectors();
const browser = await benchBrowser();
console.log(
  `bundle (gzip, first load): JS ${bytes.js} B of ${BUDGET.js} B budget; CSS ${bytes.css} B of ${BUDGET.css} B`,
);
console.log(
  `time to first chart (Chromium, local static host, median of ${RUNS}): ${browser.firstChart.toFixed(0)} ms`,
);
console.log(`filter change to redrawn chart (median of ${RUNS}): ${browser.filterChange.toFixed(0)} ms`);
console.log(
  `selectors on 100 000 records, month buckets, all actors (median of ${RUNS}): ${selectors.toFixed(1)} ms`,
);
