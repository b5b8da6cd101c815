import { PAGE_NAMES, PAGES } from '../../src/url/pages';
import {
  appUrl,
  expect,
  expectAccessible,
  expectConsole,
  expectLive,
  expectNoSidewaysScroll,
  test,
  VIEWPORTS,
} from './fixtures';

/** Records every Content-Security-Policy violation the page reports. */
function watchViolations() {
  const seen: string[] = [];
  Reflect.set(window, '__violations', seen);
  document.addEventListener('securitypolicyviolation', (event) =>
    seen.push(`${event.violatedDirective} ${event.blockedURI}`),
  );
}

/** Every kind of page of the table (src/url/pages.ts), at its example address: one test per case. */
for (const name of PAGE_NAMES) {
  const { example } = PAGES[name];

  test(`${name} (${example}) loads directly, under its security policy, asking only its own origin, and passes axe (light)`, async ({
    page,
    baseURL,
  }) => {
    await page.setViewportSize(VIEWPORTS.wide);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.addInitScript(watchViolations);
    const origins = new Set<string>();
    const paths: string[] = [];
    page.on('request', (request) => {
      origins.add(new URL(request.url()).origin);
      paths.push(new URL(request.url()).pathname);
    });
    const response = await page.goto(appUrl(example));
    expect(response?.status()).toBe(200);
    await expectLive(page);
    await expect(page.locator('h1').first()).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await page.waitForLoadState('networkidle');
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("script-src 'self' 'sha256-");
    // The theme is decided before the first paint by the inline script the policy allows by its
    // hash (a wrong hash is a violation, below): nothing render-blocking is fetched for it.
    expect(paths.filter((path) => path.endsWith('/boot.js'))).toEqual([]);
    expect(await page.evaluate((): unknown => Reflect.get(window, '__violations'))).toEqual([]);
    expect([...origins]).toEqual([new URL(baseURL ?? '').origin]);
    await expectAccessible(page);
  });

  test(`${name} (${example}) passes axe in the dark scheme: the rules a colour scheme can change`, async ({
    page,
  }) => {
    await page.setViewportSize(VIEWPORTS.wide);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(appUrl(example));
    await expectLive(page);
    await expect(page.locator('h1').first()).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.waitForLoadState('networkidle');
    await expectAccessible(page, 'colours');
  });

  // English, and the languages whose words run longest (German, Lithuanian) or widest (Belarusian).
  for (const prefix of ['', 'de/', 'lt/', 'be/'])
    test(`${name} (/${prefix}${example.slice(1)}) reflows at 320 px, a 1280 px window at 4× zoom: no sideways scrolling`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 320, height: 700 });
      await page.goto(appUrl(`/${prefix}${example.slice(1)}`));
      await expectLive(page);
      await expect(page.locator('h1').first()).toBeVisible();
      await page.waitForLoadState('networkidle');
      await expectNoSidewaysScroll(page);
    });
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
  expect(parsed.error).toBe(false);
  expect(parsed.entries).toBeGreaterThan(10);
  await expect(page.getByText(/This is version \d+\.\d+\.\d+ of the dataset/)).toBeVisible();
  await expect(page.locator('blockquote')).toContainText(/dataset version \d+\.\d+\.\d+, data as of/);
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    'href',
    '/tracker/data/feed.xml',
  );
  const csv = await request.get(appUrl('/data/sanctions.csv'));
  expect((await csv.text()).split('\r\n')[0]).toMatch(/^id,date,actor,action,instrument,/);
  const targets = await request.get(appUrl('/data/targets.csv'));
  expect((await targets.text()).split('\r\n')[0]).toContain(',event_id,list,list_id,list_copy,');
  // Each target as JSON, linked from its page.
  await page.goto(appUrl('/targets/peleng'));
  const own = await request.get(appUrl('/data/targets/peleng.json'));
  expect(own.headers()['content-type']).toContain('application/json');
  expect(await own.json()).toMatchObject({ id: 'peleng', name: 'Peleng', listings: expect.any(Array) });
  await expect(page.getByRole('link', { name: 'peleng.json' })).toHaveAttribute(
    'href',
    '/tracker/data/targets/peleng.json',
  );
});
