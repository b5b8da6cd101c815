import { appUrl, drawEveryChart, expect, expectLive, test, VIEWPORTS } from './fixtures';

const actionsFigure = 'figure[data-chart="actions"]';
const inForceFigure = 'figure[data-chart="in-force"]';

test.describe('overview in Chromium', () => {
  test('draws both charts with their marks, and no id twice', async ({ page }) => {
    await page.setViewportSize(VIEWPORTS.wide);
    await page.goto(appUrl('/'));
    await expectLive(page);
    await expect(page.getByRole('heading', { name: 'Sanctions actions over time' })).toBeVisible();
    await expect(page.locator(`${actionsFigure} .recharts-bar-rectangle path`).first()).toBeVisible();
    expect(await page.locator(`${actionsFigure} .recharts-bar-rectangle`).count()).toBeGreaterThan(10);
    const line = page.locator(`${inForceFigure} path.recharts-line-curve`).first();
    await expect(line).toBeVisible();
    expect((await line.getAttribute('d'))?.length ?? 0).toBeGreaterThan(50);
    // Three charts on one page, with their own patterns: no id is used twice.
    const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((el) => el.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  test('fits every actor toggle on a narrow screen', async ({ page }) => {
    await page.setViewportSize(VIEWPORTS.narrow);
    await page.goto(appUrl('/?actors=us,eu,uk,ca,ch,by'));
    const toggles = page.getByRole('region', { name: 'Filters' }).getByRole('button', { pressed: true });
    await expect(toggles).toHaveCount(6);
    for (const box of await Promise.all((await toggles.all()).map((t) => t.boundingBox()))) {
      expect(box && box.x >= 0 && box.x + box.width <= VIEWPORTS.narrow.width).toBe(true);
    }
  });

  test('asks for the dataset once, by its preload, before its scripts run', async ({ page }) => {
    await page.goto(appUrl('/'));
    await expectLive(page);
    await expect(page.locator('#root figure[data-chart]').first()).toBeVisible();
    // The page's preload, reused by the app's fetch: one request, and the HTML made it.
    const requests = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.endsWith('/data/sanctions.json'))
        .map((entry) => (entry instanceof PerformanceResourceTiming ? entry.initiatorType : '')),
    );
    expect(requests).toEqual(['link']);
  });
});

for (const path of ['/', '/actors/us'])
  test(`${path}: every chart's drawing is named by its title and described by its summary`, async ({
    page,
  }) => {
    await page.setViewportSize(VIEWPORTS.wide);
    await page.goto(appUrl(path));
    for (const figure of await drawEveryChart(page, 2)) {
      const drawing = figure.locator('svg.recharts-surface').first();
      const title = ((await figure.getByRole('heading').first().textContent()) ?? '').trim();
      await expect(drawing).toHaveAccessibleName(title);
      // The summary is the sentence printed under the drawing.
      const summary = ((await drawing.locator('desc').textContent()) ?? '').trim();
      expect(summary.length, `${title}: a description`).toBeGreaterThan(20);
      await expect(drawing).toHaveAccessibleDescription(summary);
      await expect(figure.locator('p').getByText(summary, { exact: true })).toBeVisible();
    }
  });

test('on a phone the overview lists its actions as cards, newest first, with nothing scrolled sideways', async ({
  page,
}) => {
  await page.setViewportSize(VIEWPORTS.narrow);
  await page.goto(appUrl('/'));
  await expectLive(page);
  const section = page.getByRole('region', { name: 'Events' });
  const cards = section.getByRole('list', { name: 'Actions, newest first' }).getByRole('listitem');
  await expect(cards).toHaveCount(25);
  await expect(section.getByRole('table')).toHaveCount(0);
  // Newest first: each card's date is on or before the one above it.
  const dates = (await cards.locator('p:first-child').allTextContents()).map((t) =>
    Date.parse(`${t.split(' · ')[0] ?? ''} UTC`),
  );
  expect(dates.every((d, i) => !Number.isNaN(d) && (i === 0 || d <= (dates[i - 1] ?? d)))).toBe(true);
  const box = await section.boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= VIEWPORTS.narrow.width).toBe(true);
  expect(await section.evaluate((s) => s.scrollWidth <= s.clientWidth)).toBe(true);
});
