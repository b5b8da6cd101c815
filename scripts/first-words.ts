import { writeFile } from 'node:fs/promises';
import { chromium } from 'playwright';
import { createServer } from 'vite';
import { dataset } from '../src/data/dataset';
import { PAGE_NAMES, PAGES, type PageName } from '../src/url/pages';
import { CHROMIUM_LAUNCH } from '../tests/e2e/chromium';
import { FIRST_WORDS_FILE, type FirstWords } from './message-keys';

/**
 * Writes down each page's first words (src/i18n/first-words.json): the keys of the messages its
 * first screen asks for, in the state it opens in, with what lies below its first chart held back
 * (src/views/Later.tsx). The page loads them before its first chart, and the rest of its words
 * beside them, awaited only by what shows them (src/i18n/load.ts). Run `npm run i18n:first` after
 * changing what a page's first screen says; the browser tests fail until it is (tests/e2e/words.spec.ts).
 *
 * Each page is opened in the dev server, every page of its kind where there are few, and its
 * example (the state the browser tests open it in), on a wide and on a narrow window, by a reader whose browser prefers Belarusian (so that
 * the English overview offers it).
 */

/** Paths of a page to open: all of its kind where there are at most this many, and its example. */
const FEW = 12;
const WIDTHS = [1280, 390];

process.env.VITE_RECORD_WORDS = '1';
process.env.WORDS_FIRST = 'all';
const server = await createServer({ logLevel: 'error', server: { port: 0, strictPort: false } });
await server.listen();
const origin = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
if (!origin) throw new Error('the dev server did not say where it listens');
const browser = await chromium.launch(CHROMIUM_LAUNCH);

const records = { events: dataset.events.map((e) => e.id), targets: dataset.targets.map((t) => t.id) };
const pathsOf = (page: PageName): string[] => {
  const all = PAGES[page].staticPaths(records).map((path) => `/${path}`);
  return [...new Set([...(all.length <= FEW ? all : []), PAGES[page].example])];
};

const first: FirstWords = {};
try {
  for (const page of PAGE_NAMES) {
    const words = new Set<string>();
    for (const path of pathsOf(page))
      for (const width of WIDTHS) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'be-BY' });
        const tab = await context.newPage();
        // The later words never come: what waits for them stays out of the record.
        await tab.route(
          (url) => url.href.includes('.later'),
          () => undefined,
        );
        await tab.goto(`${origin}${path}`);
        await tab.locator('#root h1, #root figure[data-chart] svg').first().waitFor({ timeout: 60_000 });
        // What the first screen draws once its data and lazy parts are in.
        await tab.waitForTimeout(1_500);
        const asked = await tab.evaluate(() => {
          const recorded: unknown = Reflect.get(globalThis, 'sanctionsWords');
          if (!(recorded instanceof Set))
            throw new Error('the page kept no words: is VITE_RECORD_WORDS set?');
          return [...recorded].map(String);
        });
        asked.forEach((key) => words.add(key));
        await context.close();
      }
    first[page] = [...words].sort();
    console.log(`${page}: ${words.size} keys`);
  }
} finally {
  await browser.close();
  await server.close();
}
await writeFile(FIRST_WORDS_FILE, `${JSON.stringify(first, null, 2)}\n`);
