import { appUrl, expect, expectLive, test } from './fixtures';

/** Records every address the app writes into the history, in order. */
async function recordHistory(page: import('@playwright/test').Page) {
  await page.evaluate(() => {
    const written: string[] = [];
    Reflect.set(window, '__written', written);
    for (const method of ['pushState', 'replaceState'] as const) {
      const original = history[method].bind(history);
      history[method] = (data: unknown, unused: string, url?: string | URL | null) => {
        written.push(`${method} ${String(url)}`);
        original(data, unused, url);
      };
    }
  });
  return async () => {
    const written: unknown = await page.evaluate((): unknown => Reflect.get(window, '__written'));
    return Array.isArray(written) ? written.map(String) : [];
  };
}

test('a date typed by keyboard applies once, with no intermediate value in the address', async ({ page }) => {
  await page.goto(appUrl('/'));
  const bars = page
    .getByRole('figure', { name: 'Sanctions actions over time' })
    .locator('.recharts-bar-rectangle');
  await expect(bars.first()).toBeVisible();
  await expectLive(page);
  const barsBefore = await bars.count();
  const lengthBefore = await page.evaluate(() => history.length);
  const written = await recordHistory(page);

  const from = page.getByLabel('From', { exact: true });
  await from.focus();
  await page.keyboard.type('03152020');
  await page.keyboard.press('Tab');

  await expect(page).toHaveURL(/\?from=2020-03-15$/);
  expect(await written()).toEqual([expect.stringMatching(/^pushState .*\?from=2020-03-15$/)]);
  expect(await page.evaluate(() => history.length)).toBe(lengthBefore + 1);
  await expect(from).toHaveValue('2020-03-15');
  await expect.poll(() => bars.count()).toBeLessThan(barsBefore);

  await page.goBack();
  await expect(page).toHaveURL(/\/tracker\/$/);
  await expect(from).toHaveValue('');
});

test('a date outside the data is not applied and the field says why', async ({ page }) => {
  await page.goto(appUrl('/?actors=eu'));
  const from = page.getByLabel('From', { exact: true });
  await from.focus();
  await page.keyboard.type('01011990');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('Choose a day from');
  await expect(page).toHaveURL(/\?actors=eu$/);
  await expect(from).toHaveValue('');
});
