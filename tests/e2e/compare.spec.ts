import { dataset } from '../../src/data/dataset';
import { datasetSchema } from '../../src/data/schema';
import { formatCount, formatDay } from '../../src/i18n/format';
import { inForceOn } from '../../src/selectors/inForceOn';
import { actionsOverTime } from '../../src/selectors/buckets';
import { divergences, netDirection } from '../../src/selectors/compare';
import { filterEvents, viewRange } from '../../src/selectors/filter';
import { DEFAULT_VIEW } from '../../src/url/view';
import { appUrl, expect, expectLive, test, VIEWPORTS } from './fixtures';

const data = datasetSchema.parse(dataset);

test('/compare draws its charts and lists every year of opposite directions since 2025 with its actions', async ({
  page,
}) => {
  const view = { ...DEFAULT_VIEW, from: '2025-01-01' };
  const range = viewRange(data.events, view, data.asOf);
  const shown = filterEvents(data.events, view, range);
  const found = divergences(
    netDirection(actionsOverTime(shown, ['us', 'eu'], range, 'year'), ['us', 'eu']),
    'us',
    'eu',
  );
  // The story: since 2025 the US eases while the EU tightens.
  expect(found.map((d) => d.label)).toContain('2025');
  await page.goto(appUrl('/compare?from=2025-01-01'));
  const net = page.getByRole('figure', { name: 'Net direction: tightening minus easing' });
  await expect(net.locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expect(net.locator('.divergence-band')).toHaveCount(found.length);
  const list = page.getByRole('region', { name: 'Opposite directions' });
  await expect(list.getByText(/^2025: the EU tightened on balance/)).toBeVisible();
  const inYears = shown.filter((e) => found.some((d) => e.date.startsWith(d.label)));
  await expect(list.getByRole('link')).toHaveCount(inYears.length);
  await expect(
    page.getByRole('figure', { name: 'Persons and entities listed' }).locator('.recharts-line-curve'),
  ).toHaveCount(2);
});

test('/actors/eu draws its charts, breakdowns included', async ({ page }) => {
  await page.goto(appUrl('/actors/eu'));
  await expectLive(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('European Union: sanctions on Belarus');
  for (const name of [
    'Sanctions actions over time',
    'Actions by kind of measure',
    'Actions by kind of legal instrument',
  ]) {
    await expect(page.getByRole('figure', { name }).locator('.recharts-bar-rectangle').first()).toBeVisible();
  }
  await expect(
    page.getByRole('figure', { name: 'Persons and entities listed' }).locator('.recharts-line-curve'),
  ).toHaveCount(1);
});

test('the time brush zooms a chart by keyboard, writes from and to, and Back steps out', async ({ page }) => {
  await page.goto(appUrl('/'));
  await expectLive(page);
  const figure = page.getByRole('figure', { name: 'Sanctions actions over time' });
  await figure.getByRole('slider', { name: 'Start of the range shown' }).focus();
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp');
  await expect(page).toHaveURL(/\/tracker\/\?from=2006-09-01$/);
  await figure.getByRole('slider', { name: 'End of the range shown' }).focus();
  await page.keyboard.press('PageDown');
  // A year before the last month of the data, to that month's end.
  const [year = 0, month = 0] = data.asOf.split('-').map(Number);
  const end = new Date(Date.UTC(year - 1, month, 0)).toISOString().slice(0, 10);
  await expect(page).toHaveURL(new RegExp(`/tracker/\\?from=2006-09-01&to=${end}$`));
  await expect(figure.locator('.recharts-xAxis-tick-labels text').first()).toHaveText('2006');
  await page.goBack();
  await expect(page).toHaveURL(/\/tracker\/\?from=2006-09-01$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/tracker\/$/);
});

test('an "at" deep link shows each actor’s state on that day, and the slider moves by keyboard', async ({
  page,
}) => {
  await page.goto(appUrl('/compare?at=2010-06-30'));
  const panel = page.getByRole('region', { name: 'In force on 30 Jun 2010' });
  for (const state of inForceOn(data.events, ['us', 'eu'], '2010-06-30', data.checkpoints)) {
    if (state.stock)
      await expect(panel).toContainText(`${formatCount(state.stock.total)} persons and entities listed`);
  }
  await panel.getByRole('slider', { name: 'In force on' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/\?at=2010-07-31$/);
  await expect(page.getByRole('heading', { name: 'In force on 31 Jul 2010' })).toBeVisible();
});

test('play walks forward to the as-of day and stops', async ({ page }) => {
  await page.goto(appUrl('/compare?at=2026-06-30'));
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(page.getByRole('heading', { name: `In force on ${formatDay(data.asOf)}` })).toBeVisible({
    timeout: 10_000,
  });
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await expect(page).toHaveURL(/\/tracker\/compare$/);
});

test('side by side, the two actors’ charts say whose they are and share one scale', async ({ page }) => {
  await page.setViewportSize(VIEWPORTS.wide);
  await page.goto(appUrl('/compare?from=2020-01-01'));
  const us = page.getByRole('figure', { name: 'Sanctions actions over time: US', exact: true });
  const eu = page.getByRole('figure', { name: 'Sanctions actions over time: EU', exact: true });
  await expect(page.getByRole('figure', { name: 'Sanctions actions over time: US and EU' })).toHaveCount(1);
  const ticks = (figure: typeof us) =>
    figure.locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value').allTextContents();
  for (const figure of [us, eu]) {
    await figure.scrollIntoViewIfNeeded();
    await expect(figure.locator('.recharts-bar-rectangle').first()).toBeVisible();
  }
  // The same counts at the same heights: one axis for both, reaching the larger actor's busiest period.
  const [usTicks, euTicks] = await Promise.all([ticks(us), ticks(eu)]);
  expect(usTicks.length).toBeGreaterThan(1);
  expect(usTicks).toEqual(euTicks);
  const range = viewRange(data.events, { ...DEFAULT_VIEW, from: '2020-01-01' }, data.asOf);
  const busiest = Math.max(
    ...actionsOverTime(
      filterEvents(data.events, { ...DEFAULT_VIEW, from: '2020-01-01' }, range),
      ['us', 'eu'],
      range,
      'year',
    ).flatMap((b) =>
      (['us', 'eu'] as const).map((a) => (b.counts[a]?.tighten ?? 0) + (b.counts[a]?.maintain ?? 0)),
    ),
  );
  expect(Math.max(...usTicks.map(Number))).toBeGreaterThanOrEqual(busiest);
});

test('/compare reaches its "In force on" slider in a handful of Tab presses, by its link to the section', async ({
  page,
}) => {
  await page.setViewportSize(VIEWPORTS.wide);
  await page.goto(appUrl('/compare'));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const jump = page
    .getByRole('navigation', { name: 'On this page' })
    .getByRole('link', { name: 'In force on a day' });
  let presses = 0;
  do {
    await page.keyboard.press('Tab');
    presses += 1;
  } while (presses < 30 && !(await jump.evaluate((a) => a === document.activeElement)));
  expect(presses).toBeLessThanOrEqual(15);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: /^In force on/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Play' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('slider', { name: 'In force on' })).toBeFocused();
});
