import { appUrl, expect, expectAccessible, expectConsole, screenshot, test, VIEWPORTS } from './fixtures';

const actionsFigure = 'figure[data-chart="actions"]';
const inForceFigure = 'figure[data-chart="in-force"]';

test.describe('overview in Chromium', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const [size, viewport] of Object.entries(VIEWPORTS)) {
      test(`draws both charts, passes axe (${scheme}, ${size})`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(appUrl('/'));
        await expect(page.getByRole('heading', { name: 'Sanctions actions over time' })).toBeVisible();
        await expect(page.locator(`${actionsFigure} .recharts-bar-rectangle path`).first()).toBeVisible();
        expect(await page.locator(`${actionsFigure} .recharts-bar-rectangle`).count()).toBeGreaterThan(10);
        const line = page.locator(`${inForceFigure} path.recharts-line-curve`).first();
        await expect(line).toBeVisible();
        expect((await line.getAttribute('d'))?.length ?? 0).toBeGreaterThan(50);
        // Three charts on one page, with their own patterns: no id is used twice.
        const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((el) => el.id));
        expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
        await expectAccessible(page);
        await screenshot(page, `overview-${scheme}-${size}`);
      });
    }
  }

  test('fits every actor toggle on a narrow screen', async ({ page }) => {
    await page.setViewportSize(VIEWPORTS.narrow);
    await page.goto(appUrl('/?actors=us,eu,uk,ca,ch,by'));
    const toggles = page.getByRole('region', { name: 'Filters' }).getByRole('button', { pressed: true });
    await expect(toggles).toHaveCount(6);
    for (const box of await Promise.all((await toggles.all()).map((t) => t.boundingBox()))) {
      expect(box && box.x >= 0 && box.x + box.width <= VIEWPORTS.narrow.width).toBe(true);
    }
    await screenshot(page, 'overview-all-actors-narrow');
  });

  test('filters by actor through the URL, and Back restores', async ({ page }) => {
    await page.goto(appUrl('/'));
    await page.getByRole('button', { name: 'European Union', pressed: true }).click();
    await expect(page).toHaveURL(/\/tracker\/\?actors=us$/);
    await expect(page.getByRole('heading', { name: 'European Union' })).toHaveCount(0);
    await expect(page.locator(`${inForceFigure} path.recharts-line-curve`)).toHaveCount(1);
    await page.goBack();
    await expect(page).toHaveURL(/\/tracker\/$/);
    await expect(page.getByRole('heading', { name: 'European Union' })).toBeVisible();
    await expect(page.locator(`${inForceFigure} path.recharts-line-curve`)).toHaveCount(2);
  });

  test('asks for the dataset once, from the HTML, before its scripts run', async ({ page }) => {
    for (const path of ['/', '/embed/actions', '/events']) {
      await page.goto(appUrl(path));
      await expect(page.locator('figure[data-chart], table').first()).toBeVisible();
      // The page's preload, reused by the app's fetch: one request, and the HTML made it.
      const requests = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => entry.name.endsWith('/data/sanctions.json'))
          .map((entry) => (entry instanceof PerformanceResourceTiming ? entry.initiatorType : '')),
      );
      expect(requests, path).toEqual(['link']);
    }
  });

  test('loads a deep link directly from the static host', async ({ page }) => {
    const response = await page.goto(appUrl('/?actors=eu&period=quarter&from=2020-01-01'));
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('radio', { name: 'Quarter' })).toBeChecked();
    await expect(page.getByRole('button', { name: 'United States', pressed: false })).toBeVisible();
    await expect(page.getByLabel('From', { exact: true })).toHaveValue('2020-01-01');
    await expect(page.locator(`${actionsFigure} .recharts-bar-rectangle path`).first()).toBeVisible();
    await screenshot(page, 'overview-deep-link');
  });

  test('shows a notice for an address it cannot read, rendering it as text', async ({ page }) => {
    await page.goto(appUrl('/?period=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&actors=us'));
    await expect(page.getByText('could not be used as written')).toContainText(
      '<img src=x onerror=alert(1)>',
    );
    await expect(page.locator('main img')).toHaveCount(0);
    await expect(page.getByRole('radio', { name: 'Year' })).toBeChecked();
    await screenshot(page, 'overview-url-notice');
  });

  test('recovers from a failed data request with Retry, keeping the view', async ({
    page,
    consoleProblems,
  }) => {
    let fail = true;
    await page.route('**/data/sanctions.json', (route) =>
      fail ? route.fulfill({ status: 503, body: 'unavailable' }) : route.continue(),
    );
    await page.goto(appUrl('/?actors=eu'));
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('it answered 503');
    expectConsole(consoleProblems, /status of 503/);
    await screenshot(page, 'overview-data-error');
    fail = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('heading', { name: 'Sanctions actions over time' })).toBeVisible();
    await expect(page).toHaveURL(/\?actors=eu$/);
  });
});
