import './english';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { E2E_BASE, E2E_ORIGIN } from '../../playwright.config';

/** Where the browser tests keep the files the exports download. */
const EXPORT_DIR = '.e2e/exports';

/** Viewports the views are checked at. */
export const VIEWPORTS = { narrow: { width: 390, height: 844 }, wide: { width: 1280, height: 900 } } as const;

/** An app path under the sub-path the build is served from. */
export function appUrl(path = ''): string {
  return `${E2E_BASE}${path.replace(/^\//, '')}`;
}

/** Collects a page's console errors and warnings, and what it throws, into `problems`. */
export function watchConsole(page: Page, problems: string[]) {
  page.on('console', (message) => {
    // Playwright's own note when the config blocks the offline worker: the harness, not the app.
    if (message.text() === 'Service Worker registration blocked by Playwright') return;
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
}

/** The worker's one tab, once opened (none after a test that failed on it). */
type Reused = { page: Page | undefined };

/**
 * `page` is one tab per worker, in one browser context per worker, as a reader's own tab would be:
 * a new tab costs Chromium a new renderer process (more CPU than most tests' own work), and the
 * app's scripts come from the browser's cache, compiled once. Each test gets that tab as if new:
 * its own viewport, no emulated media, no listeners, routes or init scripts of the test before,
 * storage cleared, the pointer outside the page, and a blank document; a test that fails leaves
 * its tab closed, and the next gets a new one. A test that changes the context itself (offline,
 * permissions, a fake clock, a second window, the offline worker) opens its page from `context`,
 * its own, and watches it with `watchConsole`. Every test fails if its pages log an error or
 * warning, or throw.
 */
export const test = base.extend<
  { consoleProblems: string[] },
  { sharedContext: BrowserContext; reused: Reused }
>({
  sharedContext: [
    async ({ browser }, provide) => {
      const context = await browser.newContext({ baseURL: E2E_ORIGIN, serviceWorkers: 'block' });
      await provide(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
  reused: [
    // eslint-disable-next-line no-empty-pattern -- a worker fixture that needs no other
    async ({}, provide) => {
      await provide({ page: undefined });
    },
    { scope: 'worker' },
  ],
  page: async ({ sharedContext, reused, viewport }, provide, testInfo) => {
    const page = reused.page ?? (await sharedContext.newPage());
    reused.page = page;
    await page.setViewportSize(viewport ?? VIEWPORTS.wide);
    await page.emulateMedia({ media: null, colorScheme: null, reducedMotion: null, forcedColors: null });
    // The test's init scripts, undone before the tab serves the next test.
    const scripts: { dispose(): Promise<void> }[] = [];
    const addInitScript = page.addInitScript.bind(page);
    page.addInitScript = async (...args: Parameters<Page['addInitScript']>) => {
      const script = await addInitScript(...args);
      scripts.push(script);
      return script;
    };
    await provide(page);
    page.addInitScript = addInitScript;
    const kept =
      testInfo.status === testInfo.expectedStatus &&
      (await page
        .evaluate(() => {
          localStorage.clear();
          sessionStorage.clear();
        })
        .then(async () => {
          page.removeAllListeners();
          await page.unrouteAll({ behavior: 'ignoreErrors' });
          for (const script of scripts) await script.dispose();
          await page.goto('about:blank');
          await page.mouse.move(-1, -1);
          return true;
        })
        .catch(() => false));
    if (!kept) {
      reused.page = undefined;
      await page.close();
    }
  },
  consoleProblems: [
    async ({ page }, provide) => {
      const problems: string[] = [];
      watchConsole(page, problems);
      await provide(problems);
      expect(problems, 'the console stays clean').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Takes the console messages a test provokes on purpose (a failed request it stages) out of the
 * list the fixture checks, and expects at least one of them.
 */
export function expectConsole(problems: string[], pattern: RegExp) {
  const expected = problems.filter((p) => pattern.test(p));
  expect(expected.length, `a console message matching ${pattern}`).toBeGreaterThan(0);
  problems.splice(0, problems.length, ...problems.filter((p) => !pattern.test(p)));
}

/** The axe rules run: WCAG 2.0 to 2.2, A and AA (2.2 adds target sizes), and axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/** The axe rules that depend on the colour scheme: the rest read structure, the same in light and dark. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Runs axe-core on the page (`colours`: only the rules a colour scheme can change) and expects no violations, listing them by rule and target if any.
 * Legacy mode runs axe in the page itself, without the blank page and frame messaging the default
 * mode adds (five times slower here); the app's pages hold no iframe of their own to audit.
 */
export async function expectAccessible(page: Page, only: 'all' | 'colours' = 'all') {
  const builder = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
  const { violations } = await (
    only === 'all' ? builder.withTags(AXE_TAGS) : builder.withRules(COLOUR_RULES)
  ).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/**
 * Waits until the app has taken over the build's pre-rendered first chart: until then the page
 * holds two copies of its first screen (the copy, whose controls do nothing, and the app's, unseen).
 */
export async function expectLive(page: Page) {
  // A page that starts on the reader's first touch (an embed) is touched first.
  if (await page.locator('meta[name="sanctions-start"]').count()) await page.mouse.move(3, 3);
  await expect(page.locator('#prerender')).toHaveCount(0);
}

/**
 * Every chart of the app's page, each drawn: a chart below the fold draws as it comes into view,
 * so each is scrolled to until its drawing shows. Expects more than `atLeast` charts.
 */
export async function drawEveryChart(page: Page, atLeast: number): Promise<Locator[]> {
  await expectLive(page);
  // A page that is not pre-rendered has no copy to wait on: wait for its first chart instead.
  await expect(page.locator('#root figure[data-chart]').first()).toBeVisible();
  const figures = await page.locator('#root figure[data-chart]').all();
  expect(figures.length).toBeGreaterThan(atLeast);
  for (const figure of figures) {
    await figure.scrollIntoViewIfNeeded();
    await expect(figure.locator('svg.recharts-surface').first()).toBeVisible();
  }
  return figures;
}

/** Expects the page to fit its window's width: no sideways scrolling. */
export async function expectNoSidewaysScroll(page: Page) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll, 'the page is no wider than the window').toBeLessThanOrEqual(client);
}

/**
 * Downloads one of a chart's files through its Download menu (the `button` named there, e.g.
 * "SVG image"), keeps it in the export folder, and gives its name, path and content.
 */
export async function download(figure: Locator, button: string) {
  await figure.getByText('Download', { exact: true }).click();
  const [file] = await Promise.all([
    figure.page().waitForEvent('download'),
    figure.getByRole('button', { name: button }).click(),
  ]);
  const name = file.suggestedFilename();
  const path = `${EXPORT_DIR}/${name}`;
  await file.saveAs(path);
  return { name, path, bytes: await readFile(path) };
}
