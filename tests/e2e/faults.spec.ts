import { appUrl, expect, test, watchConsole } from './fixtures';

/**
 * The fault matrix (server errors, a web page, truncated JSON, a wrong shape, an empty list, an
 * oversized body, one bad record) is tested in jsdom (src/views/OverviewPage.test.tsx). What only a
 * real browser can show is the request that never ends: the app abandons it and says so.
 */
test('a hang: abandoned after ten seconds with a plain-words message, the address kept, and Retry recovers', async ({
  context,
  consoleProblems,
}) => {
  // A page of its own context: the fake clock is the context's.
  const page = await context.newPage();
  watchConsole(page, consoleProblems);
  // The page's clock is the test's, paused: the ten seconds pass when the test says, however slow
  // the machine (a running clock would add the real time the page takes to load).
  const start = Date.parse('2026-12-04T10:00:00Z');
  await page.clock.install({ time: start });
  await page.clock.pauseAt(start + 60_000);
  let broken = true;
  await page.route('**/data/sanctions.json', (route) =>
    broken ? new Promise<void>(() => undefined) : route.fallback(),
  );
  await page.goto(appUrl('/compare?from=2025-01-01&period=quarter'));
  // The route waits for the data and says so a second after it asked for it.
  const loading = page.getByText('Loading the sanctions data…');
  await expect
    .poll(async () => {
      await page.clock.runFor(250);
      return loading.isVisible();
    })
    .toBe(true);
  const alert = page.getByRole('alert');
  await page.clock.runFor(8_000);
  await expect(alert).toHaveCount(0);
  await page.clock.runFor(2_000);
  await expect(alert).toContainText(/did not arrive within 10 seconds/);
  await expect(page).toHaveURL(/\/compare\?from=2025-01-01&period=quarter$/);
  broken = false;
  // Time runs again for the page to draw (its charts mount one after another).
  await page.clock.resume();
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('figure', { name: 'Net direction: tightening minus easing' })).toBeVisible();
  await expect(page).toHaveURL(/\/compare\?from=2025-01-01&period=quarter$/);
  // The message and its button are gone: focus is on the page's heading, not lost to the body.
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});
