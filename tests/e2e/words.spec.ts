import type { Route } from '@playwright/test';
import { PAGE_NAMES, PAGES, type PageName } from '../../src/url/pages';
import { appUrl, expect, expectLive, test } from './fixtures';

/**
 * A page loads its first words before its first chart, and the rest of its words beside them
 * (src/i18n/load.ts): its first screen must draw whole from the first alone, in the state it opens
 * in, and what lies below it once the rest come. A first screen that asks for a later word waits
 * for them all: `npm run i18n:first` writes down what each first screen asks for.
 */
/** The pages whose first screen has a chart that answers the pointer (a slide does not). */
const TOUCHED: PageName[] = ['overview', 'compare', 'actor', 'target', 'embed'];

for (const page of PAGE_NAMES)
  test(`${page}: the first screen draws from its first words, the rest of the page once the others come`, async ({
    page: tab,
  }) => {
    const held: Route[] = [];
    await tab.route('**/assets/words/*/be/*.later.js', (route) => {
      held.push(route);
    });
    await tab.goto(appUrl(`/be${PAGES[page].example}`));
    await expectLive(tab);
    const why = `the first screen of ${page} asks for words it does not load first: run npm run i18n:first`;
    await expect(tab.locator('#root h1').first(), why).toBeVisible();
    // The page's first chart, where its first screen has one, is drawn.
    const chart = tab.locator('#root figure[data-chart] svg.recharts-surface').first();
    if (PAGES[page].prerender === 'chart') await expect(chart, why).toBeVisible();
    // The rest of the page was asked for beside the first, and waits for it.
    await expect.poll(() => held.length).toBe(1);
    // A chart's table is among the rest: opened meanwhile, it opens once they come, and the page
    // stays whole.
    const table = tab.locator('#root figure[data-chart]').first().locator('details').last();
    const tabled = TOUCHED.includes(page) && page !== 'embed';
    if (tabled) {
      await table.locator('summary').click();
      await expect(tab.locator('#root h1').first()).toBeVisible();
    }
    // So is what its chart says when touched: a pointer over a mark waits for it.
    const plot = tab.locator('#root figure[data-chart] [data-plot]').first();
    const says = plot.locator('.recharts-tooltip-wrapper, [aria-live]');
    const said = () =>
      says.evaluateAll((boxes) =>
        boxes
          .map((box) => box.textContent)
          .join('')
          .trim(),
      );
    if (TOUCHED.includes(page)) {
      await plot.locator('.recharts-bar-rectangle, .timeline-mark, .timeline-bin').last().hover();
      await expect(tab.locator('#root h1').first()).toBeVisible();
      expect(await said()).toBe('');
    }
    const waiting = tab.locator('#root [aria-busy="true"]');
    const sections = tab.locator('#root h2, #root figure');
    const [waited, before] = [await waiting.count(), await sections.count()];
    for (const route of held) await route.continue();
    await expect(waiting).toHaveCount(0);
    // Then the chart answers the pointer that waited.
    if (TOUCHED.includes(page)) await expect.poll(said).not.toBe('');
    if (tabled) await expect(table.getByRole('table').first()).toBeVisible();
    if (waited) await expect.poll(() => sections.count()).toBeGreaterThan(before);
  });

test('what a reader types and clicks before the later words come is handled, in order, once they do', async ({
  page,
}) => {
  const held: Route[] = [];
  await page.route('**/assets/words/*/be/*.later.js', (route) => {
    held.push(route);
  });
  await page.goto(appUrl('/be/events'));
  await expectLive(page);
  await expect.poll(() => held.length).toBe(1);
  const field = page.getByRole('searchbox').first();
  await field.click();
  await page.keyboard.type('belavia');
  await page.getByRole('button', { name: 'Злучаныя Штаты Амерыкі' }).first().click();
  // Meanwhile the page stays whole, the letters in their field.
  await expect(page.locator('#root h1').first()).toBeVisible();
  await expect(field).toHaveValue('belavia');
  for (const route of held) await route.continue();
  await expect(page).toHaveURL(/[?&]q=belavia/);
  await expect(page).toHaveURL(/[?&]actors=eu\b/);
  await expect(page.locator('#root main li').first()).toContainText(/Belavia|Белавія/i);
});
