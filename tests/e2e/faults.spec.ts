import type { Route } from '@playwright/test';
import { dataset } from '../../src/data/dataset';
import { datasetSchema } from '../../src/data/schema';
import { appUrl, expect, expectConsole, test } from './fixtures';

const valid = datasetSchema.parse(dataset);
const json = JSON.stringify(valid);

/** Each fault the data request can meet, how it is staged, and what the reader is told. */
const FAULTS: { name: string; stage: (route: Route) => Promise<void>; says: RegExp; console?: RegExp }[] = [
  {
    name: 'HTTP 500',
    stage: (r) => r.fulfill({ status: 500, body: 'down' }),
    says: /could not give the sanctions data \(it answered 500\)/,
    console: /status of 500/,
  },
  {
    name: 'HTTP 404',
    stage: (r) => r.fulfill({ status: 404, body: 'missing' }),
    says: /not found at its address/,
    console: /status of 404/,
  },
  {
    name: 'a hang',
    stage: () => new Promise<void>(() => undefined),
    says: /did not arrive within 10 seconds/,
  },
  {
    name: 'truncated JSON',
    stage: (r) => r.fulfill({ body: json.slice(0, json.length / 2), contentType: 'application/json' }),
    says: /damaged or incomplete/,
  },
  {
    name: 'an HTML body',
    stage: (r) => r.fulfill({ body: '<!doctype html><title>Home</title>', contentType: 'text/html' }),
    says: /sent a web page instead/,
  },
  {
    name: 'an empty events list',
    stage: (r) =>
      r.fulfill({
        body: JSON.stringify({ ...valid, events: [], targets: [] }),
        contentType: 'application/json',
      }),
    says: /holds no actions at all/,
  },
  {
    name: 'a 20 MB answer',
    stage: (r) => r.fulfill({ body: `[${'0,'.repeat(10_000_000)}0]`, contentType: 'application/json' }),
    says: /far larger than the dataset/,
  },
  {
    name: 'a record set that is not the dataset',
    stage: (r) =>
      r.fulfill({ body: JSON.stringify({ events: [{ id: '<b>x</b>' }] }), contentType: 'application/json' }),
    says: /unexpected shape/,
  },
];

for (const fault of FAULTS) {
  test(`${fault.name}: a plain-words message, the address kept, and Retry recovers`, async ({
    page,
    consoleProblems,
  }) => {
    test.setTimeout(45_000);
    let broken = true;
    await page.route('**/data/sanctions.json', (route) => (broken ? fault.stage(route) : route.fallback()));
    await page.goto(appUrl('/compare?from=2025-01-01&period=quarter'));
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(fault.says, { timeout: 15_000 });
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
    await expect(page).toHaveURL(/\/compare\?from=2025-01-01&period=quarter$/);
    await expect(page.locator('main b')).toHaveCount(0);
    if (fault.console) expectConsole(consoleProblems, fault.console);
    broken = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('figure', { name: 'Net direction: tightening minus easing' })).toBeVisible();
    await expect(page).toHaveURL(/\/compare\?from=2025-01-01&period=quarter$/);
  });
}

test('one bad record is left out and named; the rest is shown', async ({ page }) => {
  const linked = new Set([
    ...valid.events.flatMap((e) => e.modifies ?? []),
    ...valid.targets.flatMap((t) => t.history.map((c) => c.event)),
  ]);
  const loose = valid.events.find((e) => !linked.has(e.id));
  const events = valid.events.map((e) => (e === loose ? { ...e, actor: 'xx' } : e));
  await page.route('**/data/sanctions.json', (route) =>
    route.fulfill({ body: JSON.stringify({ ...valid, events }), contentType: 'application/json' }),
  );
  await page.goto(appUrl('/'));
  await expect(
    page
      .getByRole('figure', { name: 'Sanctions actions over time' })
      .locator('.recharts-bar-rectangle')
      .first(),
  ).toBeVisible();
  await expect(page.getByText('One record of the published data broke its contract')).toBeVisible();
  await expect(page.getByText(`(${loose?.id ?? ''}): actor`)).toBeVisible();
});
