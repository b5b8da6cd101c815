import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { PAGE_NAMES, PAGES } from '../src/url/pages';
import { CHROMIUM_LAUNCH } from '../tests/e2e/chromium';

/**
 * Screenshots for people to look at, not for tests: every kind of page of the table at its example
 * address, light and dark, narrow and wide, full page, into `.e2e/screenshots/`. Run after
 * `npm run build:e2e` (`npm run screenshots`); extra addresses may follow as arguments.
 */
const DIST = '.e2e/dist';
const BASE = '/tracker/';
const OUT = '.e2e/screenshots';
const WIDTHS = { narrow: 390, wide: 1280 } as const;

const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/static-server.ts', DIST, BASE, '0']);
const origin = await new Promise<string>((resolve, reject) => {
  server.stdout.once('data', (chunk: Buffer) => {
    const found = /http:\/\/127\.0\.0\.1:\d+/.exec(chunk.toString())?.[0];
    if (found) resolve(found);
    else reject(new Error(`the static server said: ${chunk.toString()}`));
  });
});
const extra = process.argv.slice(2).map((path, i) => ({ name: `extra-${i + 1}`, path }));
const targets = [...PAGE_NAMES.map((name) => ({ name, path: PAGES[name].example })), ...extra];
await mkdir(OUT, { recursive: true });
const browser = await chromium.launch(CHROMIUM_LAUNCH);
try {
  for (const { name, path } of targets)
    for (const [width, px] of Object.entries(WIDTHS))
      for (const scheme of ['light', 'dark'] as const) {
        const page = await browser.newPage({ viewport: { width: px, height: 900 }, colorScheme: scheme });
        await page.goto(`${origin}${BASE}${path.replace(/^\//, '')}`, { waitUntil: 'networkidle' });
        await page.locator('h1').first().waitFor();
        const file = `${OUT}/${name}-${scheme}-${width}.png`;
        await page.screenshot({ path: file, fullPage: true });
        await page.close();
        console.log(file);
      }
} finally {
  await browser.close();
  server.kill();
}
