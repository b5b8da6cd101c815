import { createServer } from 'node:http';
import { appUrl, expect, expectLive, test } from './fixtures';

const ROUTES = [
  '/',
  '/events?q=belavia',
  '/events/us-2025-11-04-belavia-delisting',
  '/compare',
  '/actors/eu',
  '/targets',
  '/targets/belavia',
  '/about',
  '/present?step=8',
  '/embed/actions?theme=dark',
];

test('every route runs under the Content-Security-Policy with no violation, asking only its own origin', async ({
  page,
  baseURL,
}) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Reflect.set(window, '__violations', seen);
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  const origins = new Set<string>();
  page.on('request', (request) => origins.add(new URL(request.url()).origin));
  for (const route of ROUTES) {
    await page.goto(appUrl(route));
    await expect(page.locator('main').first()).toBeVisible();
    await expect(
      page.locator('.recharts-surface, [data-target-timeline] svg, table, article').first(),
    ).toBeVisible();
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(await page.evaluate((): unknown => Reflect.get(window, '__violations')), route).toEqual([]);
  }
  // The exporters draw into an image and a canvas: allowed by the policy too.
  await page.goto(appUrl('/'));
  await expectLive(page);
  const figure = page.getByRole('figure', { name: 'Sanctions actions over time' });
  await figure.getByText('Download', { exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    figure.getByRole('button', { name: 'PNG image (1×)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.png$/);
  expect(await page.evaluate((): unknown => Reflect.get(window, '__violations'))).toEqual([]);
  expect([...origins]).toEqual([new URL(baseURL ?? '').origin]);
});

test('a site page refuses to be framed by another site; an embed is meant to be', async ({
  page,
  baseURL,
}) => {
  const base = `${baseURL ?? ''}${appUrl('/')}`;
  const host = createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(`<!doctype html><title>Host</title>
      <iframe id="site" src="${base}" title="site" width="800" height="400"></iframe>
      <iframe id="embed" src="${base}embed/actions" title="embed" width="800" height="600"></iframe>`);
  });
  await new Promise<void>((resolve) => host.listen(0, 'localhost', resolve));
  const address = host.address();
  await page.goto(`http://localhost:${typeof address === 'object' && address ? address.port : 0}/`);
  await expect(
    page.frameLocator('#site').getByRole('heading', { name: 'This page is not shown inside another site' }),
  ).toBeVisible();
  await expect(page.frameLocator('#site').getByRole('navigation')).toHaveCount(0);
  await expect(page.frameLocator('#embed').locator('.recharts-bar-rectangle').first()).toBeVisible();
  host.close();
});
