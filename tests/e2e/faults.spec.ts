import { appUrl, expect, test } from './fixtures';

/**
 * The fault matrix (server errors, a web page, truncated JSON, a wrong shape, an empty list, an
 * oversized body, one bad record) is tested in jsdom (src/views/OverviewPage.test.tsx). What only a
 * real browser can show is the request that never ends: the app abandons it and says so.
 */
test('a hang: abandoned after ten seconds with a plain-words message, the address kept, and Retry recovers', async ({
  page,
}) => {
  test.setTimeout(45_000);
  let broken = true;
  await page.route('**/data/sanctions.json', (route) =>
    broken ? new Promise<void>(() => undefined) : route.fallback(),
  );
  await page.goto(appUrl('/compare?from=2025-01-01&period=quarter'));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(/did not arrive within 10 seconds/, { timeout: 20_000 });
  await expect(page).toHaveURL(/\/compare\?from=2025-01-01&period=quarter$/);
  broken = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('figure', { name: 'Net direction: tightening minus easing' })).toBeVisible();
  await expect(page).toHaveURL(/\/compare\?from=2025-01-01&period=quarter$/);
});
