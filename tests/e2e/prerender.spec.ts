import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { PAGE_NAMES, PAGES } from '../../src/url/pages';
import { E2E_DIST } from '../../playwright.config';
import { appUrl, expect, expectAccessible, expectLive, test, VIEWPORTS, watchConsole } from './fixtures';

/**
 * The build writes each static route's first chart into its HTML (scripts/prerender.ts): it is
 * there with scripts off, it is the chart the app then draws, and handing over moves nothing.
 */

/** The kinds of page pre-rendered to their first chart (`prerender` in the page table), each at its example address. */
const PRERENDERED = PAGE_NAMES.filter((name) => PAGES[name].prerender === 'chart');
/** The kinds pre-rendered to their first screen (a list's first rows), each at its own path (the copy is for no other view). */
const SCREENS = PAGE_NAMES.filter((name) => PAGES[name].prerender === 'screen');
/** For each, an address of the same page in another view, which must never show the copy. */
const OTHER_VIEW: Record<string, string> = { '/': '/?actors=eu', '/actors/eu': '/actors/eu?period=month' };

/** What a reader sees of a figure: its title, its source line, and the marks of its visible drawing. */
async function seen(page: Page, root: '#prerender' | '#root') {
  return page.evaluate((root) => {
    const figure = document.querySelector(`${root} figure[data-chart]`);
    if (!figure) return null;
    const drawings = [...figure.querySelectorAll('svg.recharts-surface')].filter((svg) =>
      svg.checkVisibility(),
    );
    const marks = (selector: string) =>
      drawings.reduce((n, svg) => n + svg.querySelectorAll(selector).length, 0);
    const box = drawings[0]?.getBoundingClientRect();
    return {
      chart: figure.getAttribute('data-chart'),
      title: figure.querySelector('h2, h1')?.textContent,
      drawings: drawings.length,
      drawn: Boolean(box && box.width > 200 && box.height > 100),
      bars: marks('.recharts-bar-rectangle'),
      dots: marks('.recharts-dot, .timeline-mark'),
      lines: marks('.recharts-line-curve'),
      // Where every bar and line is drawn: the same numbers, to the pixel.
      geometry: drawings.flatMap((svg) =>
        [...svg.querySelectorAll('.recharts-rectangle, .recharts-line-curve')].map((mark) =>
          mark.getAttribute('d'),
        ),
      ),
      ticks: [...(drawings[0]?.querySelectorAll('.recharts-cartesian-axis-tick-value') ?? [])].map(
        (tick) => tick.textContent,
      ),
      source: figure.querySelector('figcaption')?.textContent,
      dark: drawings[0]?.classList.contains('pre-dark') ?? false,
    };
  }, root);
}

for (const name of PRERENDERED)
  for (const [width, viewport] of Object.entries(VIEWPORTS))
    test(`${name}: with scripts off, the first chart is there as the app draws it (${width}, light and dark)`, async ({
      browser,
      page: on,
    }) => {
      const path = PAGES[name].example;
      // One page with scripts off and one with the app, at the reader's width, shown in each scheme in
      // turn: CSS shows the copy's matching drawing, the app redraws its own.
      const off = await browser.newPage({ viewport, javaScriptEnabled: false });
      await on.setViewportSize(viewport);
      await Promise.all([off.goto(appUrl(path)), on.goto(appUrl(path))]);
      await expectLive(on);
      for (const scheme of ['light', 'dark'] as const) {
        const variant = `${scheme}, ${width}`;
        await Promise.all([
          off.emulateMedia({ colorScheme: scheme }),
          on.emulateMedia({ colorScheme: scheme }),
        ]);
        await expect(on.locator('html')).toHaveAttribute('data-theme', scheme);
        const still = await seen(off, '#prerender');
        expect(still, variant).not.toBeNull();
        expect(still?.drawings, `${variant}: one drawing shows, in the reader's scheme and width`).toBe(1);
        expect(still?.drawn, `${variant}: the drawing fills its plot`).toBe(true);
        expect(still?.source, `${variant}: the source line`).toMatch(/^Source: /);
        expect(still?.dark, `${variant}: the drawing is the ${scheme} one`).toBe(scheme === 'dark');
        expect(
          (still?.bars ?? 0) + (still?.dots ?? 0) + (still?.lines ?? 0),
          `${variant}: marks are drawn`,
        ).toBeGreaterThan(0);
        // The same chart, title, marks and axis as the app's, once the app has drawn at this size.
        await expect
          .poll(async () => ({ ...(await seen(on, '#root')), dark: undefined, drawn: undefined }), {
            message: `${variant}: the app draws what the copy shows`,
            intervals: [50, 100, 200],
          })
          .toEqual({ ...still, dark: undefined, drawn: undefined });
      }
      await off.close();
    });

/**
 * Watches a page's hand-over from its copy: the layout shifts, and where `selector` stands in the
 * copy in the first frame the page paints (its stylesheet applied, before any app runs).
 */
async function watchHandOver(page: Page, selector: string) {
  await page.addInitScript((selector) => {
    const shifts: number[] = [];
    Reflect.set(window, '__shifts', shifts);
    // As layout shift is scored: a shift that follows the reader's own input (a key, a tap) is not one.
    new PerformanceObserver((list) =>
      list
        .getEntries()
        .filter((entry) => !Reflect.get(entry, 'hadRecentInput'))
        .forEach((entry) => shifts.push(Number(Reflect.get(entry, 'value')))),
    ).observe({ type: 'layout-shift', buffered: true });
    document.addEventListener('DOMContentLoaded', () =>
      requestAnimationFrame(() => {
        const copied = document.querySelector(`#prerender ${selector}`);
        Reflect.set(window, '__before', copied ? JSON.stringify(copied.getBoundingClientRect()) : null);
        Reflect.set(window, '__shown', copied?.checkVisibility() ?? false);
      }),
    );
  }, selector);
}

/** After the hand-over: whether the copy showed first, where `selector` stood in it and stands in the app, the shifts. */
async function handedOver(page: Page, selector: string) {
  return page.evaluate(
    (selector) => ({
      shown: Reflect.get(window, '__shown') === true,
      before: String(Reflect.get(window, '__before')),
      after: JSON.stringify(document.querySelector(`#root ${selector}`)?.getBoundingClientRect()),
      shifts: [Reflect.get(window, '__shifts')].flat().map(Number),
      prerender: document.documentElement.dataset.prerender ?? null,
    }),
    selector,
  );
}

for (const name of PRERENDERED)
  test(`${name}: the app takes over the pre-rendered chart in place, nothing moves, the console stays clean`, async ({
    page,
  }) => {
    const path = PAGES[name].example;
    await watchHandOver(page, 'figure[data-chart]');
    await page.goto(appUrl(path));
    await expectLive(page);
    await expect(page.locator('#root figure[data-chart] svg.recharts-surface').first()).toBeVisible();
    const result = await handedOver(page, 'figure[data-chart]');
    expect(result.shown, `${path}: the pre-rendered chart shows first`).toBe(true);
    expect(result.after, `${path}: the app's chart stands where the pre-rendered one stood`).toBe(
      result.before,
    );
    expect(result.shifts, `${path}: no layout shift`).toEqual([]);
    expect(result.prerender, path).toBeNull();
  });

/** Whether the copy showed in the page's first frame (recorded by `watchHandOver`), once that frame has come. */
async function copyShown(page: Page): Promise<boolean> {
  await page.waitForFunction(() => Reflect.has(window, '__shown'));
  return page.evaluate(() => Reflect.get(window, '__shown') === true);
}

for (const name of PRERENDERED)
  test(`${name}: a view other than the pre-rendered one never shows its copy`, async ({ page }) => {
    await watchHandOver(page, 'figure');
    const path = PAGES[name].example;
    const other = OTHER_VIEW[path] ?? `${path}?from=2020-01-01`;
    await page.goto(appUrl(other));
    await expect(page.locator('#root figure[data-chart]').first()).toBeVisible();
    expect(await copyShown(page)).toBe(false);
    await expectLive(page);
  });

for (const name of SCREENS)
  for (const [width, viewport] of Object.entries(VIEWPORTS))
    test(`${name}: its first screen is in its HTML (${width}), and what the reader types into the copy is searched once the app takes over`, async ({
      browser,
      page,
    }) => {
      const path = PAGES[name].path;
      const off = await browser.newPage({ viewport, javaScriptEnabled: false });
      await off.goto(appUrl(path));
      await expect(off.locator('#prerender h1')).toBeVisible();
      // The list's first rows above the window's bottom edge, as this width shows them: a
      // phone's cards, a desktop's table.
      const list = off.locator('#prerender [data-variant]').filter({ visible: true });
      await expect(list).toHaveCount(1);
      await expect(list.locator('table')).toHaveCount(width === 'wide' ? 1 : 0);
      const names = await list.getByRole('link').allInnerTexts();
      if (width === 'wide') expect(names.length, 'the first rows of the table').toBeGreaterThan(1);
      await off.close();
      await page.setViewportSize(viewport);
      await watchHandOver(page, 'h1');
      await page.goto(appUrl(path));
      expect(await copyShown(page), 'the copy shows first').toBe(true);
      // The search field is the copy's until the app has come: reached by keyboard and typed into
      // at once, it starts the app, and the app searches what was typed.
      await page.locator('#prerender').getByRole('searchbox').focus();
      await page.keyboard.type('bank', { delay: 50 });
      await expect(page.locator('#prerender')).toHaveCount(0);
      await expect(page.getByRole('searchbox')).toHaveValue('bank');
      await expect(page.getByRole('searchbox')).toBeFocused();
      await expect(page).toHaveURL(/[?&]q=bank(&|$)/);
      // Started by a touch, the app takes over in place, and its list begins with the rows the copy showed.
      await page.goto(appUrl(path));
      expect(await copyShown(page), 'the copy shows first').toBe(true);
      await expectLive(page);
      const drawn = page.locator('#root [data-variant]').getByRole('link');
      await expect(drawn.first()).toBeVisible();
      expect((await drawn.allInnerTexts()).slice(0, names.length)).toEqual(names);
      const result = await handedOver(page, 'h1');
      expect(result.after, 'the heading stands where the copy stood').toBe(result.before);
      expect(result.shifts, 'no layout shift').toEqual([]);
    });

test('a pre-rendered page runs no script until it is used, and what the reader did on the copy carries over', async ({
  page,
}) => {
  await page.setViewportSize(VIEWPORTS.wide);
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto(appUrl('/'));
  await page.waitForLoadState('networkidle');
  expect(scripts, 'no script before the first touch').toEqual([]);
  // A click on a control of the copy starts the app, and the app then clicks its own.
  const copyToggle = page.locator('#prerender').getByRole('button', { name: 'European Union' });
  await expect(copyToggle).toHaveAttribute('aria-pressed', 'true');
  const box = await copyToggle.boundingBox();
  expect(box).not.toBeNull();
  await page.mouse.click((box?.x ?? 0) + (box?.width ?? 0) / 2, (box?.y ?? 0) + (box?.height ?? 0) / 2);
  await expect(page.locator('#prerender')).toHaveCount(0);
  const toggle = page
    .getByRole('region', { name: 'Filters' })
    .getByRole('button', { name: 'European Union' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(toggle).toBeFocused();
  await expect(page).toHaveURL(/[?&]actors=us(&|$)/);
  // The first key lands on the copy's first control; the app's own has the focus once it is there.
  await page.goto(appUrl('/actors/eu'));
  await page.keyboard.press('Tab');
  await expect(page.locator('#prerender')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
});

test("on a phone, a tap on a row of a list's copy opens that row once the app has come", async ({
  browser,
}) => {
  // A tall phone: the first card of /events is above its bottom edge.
  const context = await browser.newContext({
    viewport: { width: 390, height: 950 },
    hasTouch: true,
    isMobile: true,
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const problems: string[] = [];
  watchConsole(page, problems);
  await page.goto(appUrl('/events'));
  const card = page.locator('#prerender [data-variant]').filter({ visible: true }).getByRole('link').first();
  const name = await card.innerText();
  const box = await card.boundingBox();
  expect(box, 'a card in the copy').not.toBeNull();
  await page.touchscreen.tap((box?.x ?? 0) + 10, (box?.y ?? 0) + 5);
  await expect(page).toHaveURL(/\/events\/[a-z0-9-]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  expect(problems).toEqual([]);
  await context.close();
});

test('the theme alone does not change the drawing: a dark embed keeps its pre-rendered chart', async ({
  page,
}) => {
  await watchHandOver(page, 'figure');
  await page.goto(appUrl('/embed/actions?theme=dark'));
  expect(await copyShown(page)).toBe(true);
  await expectLive(page);
  await expect(page.locator('#root figure[data-chart]').first()).toBeVisible();
});

for (const name of PRERENDERED)
  for (const scheme of ['light', 'dark'] as const)
    test(`${name}: the pre-rendered first screen passes axe while the app's scripts have not come (${scheme})`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: scheme });
      // Untouched, the page is its copy: no script of the app's has come (axe reads it by script,
      // which is not a touch).
      await page.goto(appUrl(PAGES[name].example));
      await expect(page.locator('#prerender figure[data-chart]')).toBeVisible();
      await expect(page.locator('script[type="module"]')).toHaveCount(0);
      await expectAccessible(page);
    });

test.describe('with the offline worker installed', () => {
  test.use({ serviceWorkers: 'allow' });

  test('each page still comes with its own pre-rendered chart, and offline the shell draws it', async ({
    context,
    consoleProblems,
  }) => {
    const page = await context.newPage();
    watchConsole(page, consoleProblems);
    await page.goto(appUrl('/'));
    await expectLive(page);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    const prerendered = page.locator('meta[name="sanctions-prerender"]');
    const response = await page.goto(appUrl('/actors/eu'));
    expect(response?.fromServiceWorker()).toBe(true);
    await expect(prerendered).toHaveAttribute('content', /\/actors\/eu$/);
    await expectLive(page);
    // Offline, the worker answers with the shell it keeps, which draws the page (without a copy).
    await context.setOffline(true);
    await page.goto(appUrl('/actors/uk'));
    await expect(prerendered).toHaveAttribute('content', /\/$/);
    await expect(page.locator('figure[data-chart] .recharts-line-curve').first()).toBeVisible();
    await context.setOffline(false);
  });
});

test('no built page or file names the address of the machine that built it', () => {
  const files = readdirSync(E2E_DIST, { recursive: true, encoding: 'utf8' }).filter((file) =>
    /\.(html|js|json|xml|csv|css)$/.test(file),
  );
  expect(files.length).toBeGreaterThan(100);
  const naming = files.filter((file) =>
    /127\.0\.0\.1|localhost:\d/.test(readFileSync(join(E2E_DIST, file), 'utf8')),
  );
  expect(naming).toEqual([]);
});
