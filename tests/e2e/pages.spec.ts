import {
  appUrl,
  expect,
  expectAccessible,
  expectConsole,
  expectLive,
  screenshot,
  test,
  VIEWPORTS,
} from './fixtures';

for (const scheme of ['light', 'dark'] as const) {
  for (const [size, viewport] of Object.entries(VIEWPORTS)) {
    test(`the about page loads directly and passes axe (${scheme}, ${size})`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: scheme });
      const response = await page.goto(appUrl('/about'));
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { name: 'About the data', level: 1 })).toBeVisible();
      await expect(page.getByText(/last checked against their sources on \d+ \w+ \d{4}/)).toBeVisible();
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
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Go to the overview' }).click();
  await expect(page.getByRole('heading', { name: 'Sanctions actions over time' })).toBeVisible();
});

test('publishes the dataset, its changes and a feed next to the app', async ({ request, page }) => {
  const json = await request.get(appUrl('/data/sanctions.json'));
  expect(json.ok()).toBe(true);
  const body: unknown = await json.json();
  expect(body).toMatchObject({
    version: expect.stringMatching(/^\d+\.\d+\.\d+$/),
    asOf: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    events: expect.any(Array),
  });
  const changes: unknown = await (await request.get(appUrl('/data/changes.json'))).json();
  expect(changes).toMatchObject({ version: expect.any(String), versions: expect.any(Array) });
  const feed = await request.get(appUrl('/data/feed.xml'));
  expect(feed.headers()['content-type']).toContain('application/atom+xml');
  const xml = await feed.text();
  await page.goto(appUrl('/about'));
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    return {
      error: doc.querySelector('parsererror') !== null,
      entries: doc.getElementsByTagName('entry').length,
    };
  }, xml);
  expect(parsed).toEqual({ error: false, entries: expect.any(Number) });
  expect(parsed.entries).toBeGreaterThan(10);
  await expect(page.getByText(/This is version \d+\.\d+\.\d+ of the dataset/)).toBeVisible();
  await expect(page.locator('blockquote')).toContainText(/dataset version \d+\.\d+\.\d+, data as of/);
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    'href',
    '/tracker/data/feed.xml',
  );
  const csv = await request.get(appUrl('/data/sanctions.csv'));
  expect((await csv.text()).split('\r\n')[0]).toMatch(/^id,date,actor,action,instrument,/);
});

for (const width of [320, 640])
  test(`every route reflows at ${width} px wide (a 1280 px window at ${1280 / width}× zoom): no sideways scrolling`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 700 });
    for (const path of [
      '/',
      '/compare',
      '/events',
      '/events/us-2025-11-04-belavia-delisting',
      '/actors/eu',
      '/targets',
      '/targets/belavia',
      '/about',
      '/present',
      '/embed/actions',
      '/embed/timeline',
    ]) {
      await page.goto(appUrl(path));
      await expectLive(page);
      await page.waitForLoadState('networkidle');
      await expect(page.locator('h1').first()).toBeVisible();
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(scroll, path).toBeLessThanOrEqual(client);
    }
  });
