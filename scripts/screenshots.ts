import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { isLocale, localePrefix } from '../src/i18n/locales';
import { PAGE_NAMES, PAGES } from '../src/url/pages';
import { CHROMIUM_LAUNCH } from '../tests/e2e/chromium';

/**
 * Screenshots for people to look at, not for tests: every kind of page of the table at its example
 * address, light and dark, narrow and wide, full page, into `.e2e/screenshots/`. Run after
 * `npm run build:e2e` (`npm run screenshots`); extra addresses may follow as arguments, and
 * `--locale be` takes every page in that language (files named `be-…`).
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
const args = process.argv.slice(2);
const at = args.indexOf('--locale');
const locale = at >= 0 ? args.splice(at, 2)[1] : undefined;
if (locale !== undefined && !isLocale(locale))
  throw new Error(`No language "${locale}" (src/i18n/locales.ts)`);
const prefix = locale ? localePrefix(locale) : '';
const extra = args.map((path, i) => ({ name: `extra-${i + 1}`, path }));
const targets = [
  ...PAGE_NAMES.map((name) => ({
    name: locale ? `${locale}-${name}` : name,
    path: `/${prefix}${PAGES[name].example.slice(1)}`,
  })),
  ...extra,
];
await mkdir(OUT, { recursive: true });
const browser = await chromium.launch(CHROMIUM_LAUNCH);
try {
  for (const { name, path } of targets)
    for (const [width, px] of Object.entries(WIDTHS))
      for (const scheme of ['light', 'dark'] as const) {
        const page = await browser.newPage({ viewport: { width: px, height: 900 }, colorScheme: scheme });
        await page.goto(`${origin}${BASE}${path.replace(/^\//, '')}`, { waitUntil: 'networkidle' });
        await page.locator('h1').first().waitFor();
        // A pre-rendered page starts its app on the first touch; then every chart is drawn as it
        // comes into view.
        await page.mouse.move(2, 2);
        await page.locator('#prerender').waitFor({ state: 'detached' });
        for (const figure of await page.locator('#root figure[data-chart]').all()) {
          await figure.scrollIntoViewIfNeeded();
          await figure.locator('svg.recharts-surface').first().waitFor();
        }
        const file = `${OUT}/${name}-${scheme}-${width}.png`;
        await page.screenshot({ path: file, fullPage: true });
        await page.close();
        console.log(file);
      }
} finally {
  await browser.close();
  server.kill();
}
