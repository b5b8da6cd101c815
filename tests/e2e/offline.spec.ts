import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { E2E_BASE, E2E_DIST } from '../../playwright.config';
import { t } from '../../src/i18n/catalogue';
import { oppositeDirections } from '../../src/stories/opposite-directions';
import { PAGE_NAMES, PAGES } from '../../src/url/pages';
import type { BrowserContext, Page } from '@playwright/test';
import { appUrl, expect, expectLive, test, watchConsole } from './fixtures';

const headline = (step: number) => {
  const key = oppositeDirections.steps[step - 1]?.headline;
  return key ? t(key) : '';
};

test.use({ serviceWorkers: 'allow' });

/**
 * Opens a page, untouched, and waits until the worker has installed: the app and the dataset are
 * then kept. (A pre-rendered page registers the worker once loaded; its app would on the first touch.)
 */
async function installed(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(appUrl(path));
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  return page;
}

test('once the presentation has been opened, it runs from any step with the network gone', async ({
  context,
  consoleProblems,
}) => {
  const page = await installed(context, '/present');
  watchConsole(page, consoleProblems);
  // Installed is enough: the worker keeps the app and the dataset as it installs, whatever the page fetched.
  await context.setOffline(true);
  await page.goto(appUrl('/present?step=2'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline(2));
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expect(page.getByText('Offline: running from the copy saved on this device')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline(3));
  await context.setOffline(false);
});

// Every other kind of page, three at a time (a page load each, offline).
const others = PAGE_NAMES.filter((name) => name !== 'present');
for (const half of [others.slice(0, 3), others.slice(3, 6), others.slice(6)])
  test(`once any page has been opened, ${half.join(', ')} draw with the network gone`, async ({
    context,
  }) => {
    // The overview, opened and never touched.
    const page = await installed(context, '/');
    await expect(page.locator('#prerender')).toHaveCount(1);
    await context.setOffline(true);
    for (const name of half) {
      await page.goto(appUrl(PAGES[name].example));
      await expectLive(page);
      await expect(
        page.locator('#root figure[data-chart] svg.recharts-surface, #root main h1').first(),
        name,
      ).toBeVisible();
      await expect(page.getByRole('alert'), name).toHaveCount(0);
    }
    await context.setOffline(false);
  });

test('an answer that is not the dataset never replaces the copy the worker keeps', async ({ context }) => {
  const page = await installed(context, '/');
  // The host now answers the data's address with an error page.
  await context.route('**/data/sanctions.json', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<html>maintenance</html>' }),
  );
  await page.goto(appUrl('/actors/eu'));
  await expectLive(page);
  await expect(page.locator('figure[data-chart] .recharts-line-curve').first()).toBeVisible();
  await context.setOffline(true);
  await page.goto(appUrl('/compare'));
  await expect(page.locator('figure[data-chart] .recharts-bar-rectangle').first()).toBeVisible();
  await context.setOffline(false);
});

/**
 * A host of its own for a test that deploys anew: a copy of the build's shell, assets and dataset (what
 * the worker keeps; not the pre-rendered pages of every route), with the overview opened and its
 * worker in control. Gives that page, the copy's folder and the host's origin.
 */
async function deployed(
  context: BrowserContext,
  then: (host: { page: Page; root: string; origin: string }) => Promise<void>,
): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'deploy-'));
  const kept = /^(assets(\/.*)?|data|data\/sanctions\.json|data\/translations(\/.*)?|[^/]+\.[a-z]+)$/;
  cpSync(E2E_DIST, root, {
    recursive: true,
    filter: (from) => from === E2E_DIST || kept.test(relative(E2E_DIST, from)),
  });
  const server = spawn('node_modules/.bin/tsx', ['scripts/static-server.ts', root, E2E_BASE, '0']);
  try {
    const origin = await new Promise<string>((resolve, reject) => {
      server.stdout.on('data', (chunk: Buffer) => {
        const found = /http:\/\/127\.0\.0\.1:\d+/.exec(chunk.toString());
        if (found) resolve(found[0]);
      });
      server.on('exit', () => reject(new Error('the static server stopped')));
    });
    const page = await context.newPage();
    await page.goto(`${origin}${E2E_BASE}`);
    await expectLive(page);
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    await then({ page, root, origin });
  } finally {
    server.kill();
    rmSync(root, { recursive: true, force: true });
  }
}

test('a new deploy is offered, never forced: the page says so and reloads only when asked', async ({
  context,
}) => {
  await deployed(context, async ({ page, root }) => {
    await page.evaluate(() => Reflect.set(window, '__sameDocument', true));
    // The next deploy: another worker (its precache names other revisions).
    const worker = join(root, 'sw.js');
    writeFileSync(worker, `${readFileSync(worker, 'utf8')}\n// the next deploy\n`);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    const prompt = page
      .getByRole('status')
      .filter({ hasText: 'A newer version of Sanctions Tracker is available.' });
    await expect(prompt).toBeVisible();
    // Nothing reloaded by itself: the page is the one that was open.
    expect(await page.evaluate(() => Reflect.get(window, '__sameDocument') === true)).toBe(true);
    // Asked, it reloads: a new document, under the new worker.
    await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload' }).click()]);
    expect(await page.evaluate(() => Reflect.get(window, '__sameDocument') === true)).toBe(false);
    // The new worker is the one in control, and none waits behind it.
    expect(
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return [registration?.waiting === null, navigator.serviceWorker.controller?.state];
      }),
    ).toEqual([true, 'activated']);
  });
});

test('with the worker in control, a page comes from the network while it answers, `/` included', async ({
  context,
}) => {
  await deployed(context, async ({ root, origin }) => {
    // The next deploy's overview: not the precached shell of the one the worker keeps.
    const index = join(root, 'index.html');
    writeFileSync(
      index,
      readFileSync(index, 'utf8').replace('<head>', '<head><meta name="deploy" content="next">'),
    );
    const other = await context.newPage();
    await other.goto(`${origin}${E2E_BASE}`);
    await expect(other.locator('meta[name="deploy"]')).toHaveAttribute('content', 'next');
    await other.close();
  });
});
