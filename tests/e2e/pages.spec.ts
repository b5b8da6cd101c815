import { appUrl, expect, expectAccessible, expectConsole, screenshot, test, VIEWPORTS } from './fixtures';

for (const scheme of ['light', 'dark'] as const) {
  for (const [size, viewport] of Object.entries(VIEWPORTS)) {
    test(`the about page loads directly and passes axe (${scheme}, ${size})`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: scheme });
      const response = await page.goto(appUrl('/about'));
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { name: 'About the data', level: 1 })).toBeVisible();
      await expect(page.getByText(/last checked on \d+ \w+ \d{4}/)).toBeVisible();
      await expectAccessible(page);
      await screenshot(page, `about-${scheme}-${size}`);
    });
  }
}

test('an unknown path says so and links home', async ({ page, consoleProblems }) => {
  const response = await page.goto(appUrl('/no/such/view'));
  expect(response?.status()).toBe(404);
  expectConsole(consoleProblems, /status of 404/);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the overview' }).click();
  await expect(page.getByRole('heading', { name: 'Sanctions actions over time' })).toBeVisible();
});

test('publishes the dataset as JSON and CSV next to the app', async ({ request }) => {
  const json = await request.get(appUrl('/data/sanctions.json'));
  expect(json.ok()).toBe(true);
  const body: unknown = await json.json();
  expect(body).toMatchObject({
    asOf: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    events: expect.any(Array),
  });
  const csv = await request.get(appUrl('/data/sanctions.csv'));
  expect((await csv.text()).split('\r\n')[0]).toMatch(/^id,date,actor,action,instrument,/);
});
