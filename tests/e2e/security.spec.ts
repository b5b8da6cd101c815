import { createServer } from 'node:http';
import { PAGE_NAMES, PAGES } from '../../src/url/pages';
import { appUrl, download, expect, expectLive, test } from './fixtures';

/** Records every Content-Security-Policy violation the page reports. */
function watchViolations() {
  const seen: string[] = [];
  Reflect.set(window, '__violations', seen);
  document.addEventListener('securitypolicyviolation', (event) =>
    seen.push(`${event.violatedDirective} ${event.blockedURI}`),
  );
}

for (const name of PAGE_NAMES)
  test(`${name} runs under the Content-Security-Policy with no violation, asking only its own origin`, async ({
    page,
    baseURL,
  }) => {
    await page.addInitScript(watchViolations);
    const origins = new Set<string>();
    page.on('request', (request) => origins.add(new URL(request.url()).origin));
    await page.goto(appUrl(PAGES[name].example));
    await expectLive(page);
    await expect(page.locator('h1').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(await page.evaluate((): unknown => Reflect.get(window, '__violations'))).toEqual([]);
    expect([...origins]).toEqual([new URL(baseURL ?? '').origin]);
  });

test('the exporters draw into an image and a canvas under the same policy', async ({ page }) => {
  await page.addInitScript(watchViolations);
  await page.goto(appUrl('/'));
  await expectLive(page);
  const file = await download(
    page.getByRole('figure', { name: 'Sanctions actions over time' }),
    'PNG image (1×)',
  );
  expect(file.name).toMatch(/\.png$/);
  expect(await page.evaluate((): unknown => Reflect.get(window, '__violations'))).toEqual([]);
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
