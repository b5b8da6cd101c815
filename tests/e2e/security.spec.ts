import { createServer } from 'node:http';
import { appUrl, download, expect, expectLive, test } from './fixtures';

/** Records every Content-Security-Policy violation the page reports. (Each page's own policy is checked in pages.spec.ts.) */
function watchViolations() {
  const seen: string[] = [];
  Reflect.set(window, '__violations', seen);
  document.addEventListener('securitypolicyviolation', (event) =>
    seen.push(`${event.violatedDirective} ${event.blockedURI}`),
  );
}

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
