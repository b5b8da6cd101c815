import { dataset } from '../../src/data/dataset';
import { datasetSchema } from '../../src/data/schema';
import { actionsOverTime } from '../../src/selectors/buckets';
import { filterEvents, viewRange } from '../../src/selectors/filter';
import { formatDay } from '../../src/i18n/format';
import { inForceOverTime, stockRows } from '../../src/selectors/inForce';
import { inForceSentence, STORY_SINCE } from '../../src/selectors/story';
import { divergences, netDirection } from '../../src/selectors/compare';
import { DEFAULT_VIEW } from '../../src/url/view';
import { appUrl, expect, expectLive, test } from './fixtures';

const data = datasetSchema.parse(dataset);

// Every date of the whole span, in two halves (one press and one read per date each).
for (const [param, day] of [
  ['to', '2015-12-31'],
  ['from', '2016-01-01'],
] as const)
  test(`the in-force tooltip shows, for each date ${param} ${day}, every actor’s stock on that date`, async ({
    page,
  }) => {
    const view = { ...DEFAULT_VIEW, [param]: day };
    const range = viewRange(data.events, view, data.asOf);
    const rows = stockRows(inForceOverTime(data.events, ['us', 'eu'], range, data.checkpoints));
    await page.goto(appUrl(`/?${param}=${day}`));
    const figure = page.getByRole('figure', { name: 'Persons and entities listed' });
    await figure.locator('.recharts-surface').first().focus();
    const tooltip = figure.locator('.recharts-tooltip-wrapper');
    // Focus puts the keyboard cursor on the first date; each arrow press moves it one date on.
    for (const [i, row] of rows.entries()) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      await expect(tooltip).toContainText(formatDay(row.date));
      const text = (await tooltip.textContent()) ?? '';
      for (const [actor, label] of [
        ['us', 'United States'],
        ['eu', 'European Union'],
      ] as const) {
        const stock = row.stocks[actor];
        if (!stock) continue;
        const persons = `${stock.persons.toLocaleString('en-GB')} person${stock.persons === 1 ? '' : 's'}`;
        expect(text, `${label} on ${row.date}`).toContain(`${label}: ${persons}`);
      }
    }
  });

test('the in-force chart marks each count of an official list, and says how the records compare', async ({
  page,
}) => {
  const view = { ...DEFAULT_VIEW, actors: ['us' as const, 'uk' as const] };
  const range = viewRange(data.events, view, data.asOf);
  const series = inForceOverTime(data.events, view.actors, range, data.checkpoints);
  await page.goto(appUrl('/?actors=us,uk'));
  const figure = page.locator('figure[data-chart="in-force"]');
  const counts = (data.checkpoints ?? [])
    .filter((c) => view.actors.some((a) => a === c.actor))
    .map((c) => `${c.actor} ${c.date} ${c.persons + c.entities}`);
  await expect(figure.locator('[data-list-count]')).toHaveCount(counts.length);
  expect(
    (
      await figure
        .locator('[data-list-count]')
        .evaluateAll((marks) => marks.map((m) => m.getAttribute('data-list-count')))
    )
      .slice()
      .sort(),
  ).toEqual([...counts].sort());
  await expect(figure).toContainText(inForceSentence(series, range));
  await expect(figure).toContainText('The UK Sanctions List counted');
});

test('the actions chart draws every year’s bars to the selector’s counts', async ({ page }) => {
  const view = { ...DEFAULT_VIEW, actors: ['us' as const] };
  const range = viewRange(data.events, view, data.asOf);
  const buckets = actionsOverTime(filterEvents(data.events, view, range), view.actors, range, 'year');
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(appUrl('/?actors=us'));
  await expectLive(page);
  const figure = page.locator('figure[data-chart="actions"]');
  await expect(figure.locator('.recharts-bar-rectangle').first()).toBeVisible();
  // Measured off the drawing: the zero line and one tick give pixels per action; each bar is
  // assigned to the year label under its centre, above or below the zero line.
  const drawn = await figure.evaluate((element) => {
    const middle = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    };
    const yTicks = [
      ...element.querySelectorAll('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value'),
    ].map((tick) => ({ label: tick.textContent, y: middle(tick).y }));
    const zero = yTicks.find((tick) => tick.label === '0');
    const unit = yTicks.find((tick) => zero && tick.y < zero.y && Number(tick.label) > 0);
    if (!zero || !unit) return null;
    const perAction = (zero.y - unit.y) / Number(unit.label);
    const years = [
      ...element.querySelectorAll('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value'),
    ].map((tick) => ({ label: tick.textContent, x: middle(tick).x }));
    const counts: Record<string, { up: number; down: number }> = {};
    for (const bar of element.querySelectorAll('.recharts-bar-rectangle .recharts-rectangle')) {
      const box = bar.getBoundingClientRect();
      if (box.height === 0) continue;
      const centre = box.left + box.width / 2;
      const year = years.reduce((best, tick) =>
        Math.abs(tick.x - centre) < Math.abs(best.x - centre) ? tick : best,
      );
      const entry = (counts[year.label] ??= { up: 0, down: 0 });
      if (box.bottom <= zero.y + 1) entry.up += box.height / perAction;
      else entry.down += box.height / perAction;
    }
    return counts;
  });
  expect(drawn).not.toBeNull();
  for (const bucket of buckets) {
    const counts = bucket.counts.us ?? { tighten: 0, maintain: 0, loosen: 0 };
    const bars = drawn?.[bucket.label] ?? { up: 0, down: 0 };
    expect(bars.up, `${bucket.label}: imposed, expanded and renewed`).toBeCloseTo(
      counts.tighten + counts.maintain,
      1,
    );
    expect(bars.down, `${bucket.label}: eased, suspended and lifted`).toBeCloseTo(counts.loosen, 1);
  }
  // The story in the drawing: the US eased more than it tightened in 2025.
  expect(drawn?.['2025']?.down).toBeGreaterThan(drawn?.['2025']?.up ?? 0);
});

test('the overview’s first screen shows the story as a chart: each actor’s net direction per quarter since 2025', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(appUrl('/'));
  await expectLive(page);
  const lead = page.getByRole('region', { name: /^Since 1 Jan 2025, per quarter/ });
  const view = { ...DEFAULT_VIEW, from: STORY_SINCE, period: 'quarter' as const };
  const range = viewRange(data.events, view, data.asOf);
  const net = netDirection(
    actionsOverTime(filterEvents(data.events, view, range), ['us', 'eu'], range, 'quarter'),
    ['us', 'eu'],
  );
  // One bar per actor and quarter that moved on balance: the EU's above the line, the US's below.
  const bars = net.flatMap((b) => (['us', 'eu'] as const).filter((a) => (b.net[a] ?? 0) !== 0));
  expect(net.some((b) => (b.net.us ?? 0) < 0 && (b.net.eu ?? 0) > 0)).toBe(true);
  await expect(lead.locator('.recharts-bar-rectangle path, .recharts-bar-rectangle rect')).toHaveCount(
    bars.length,
  );
  await expect(lead.locator('.divergence-band')).toHaveCount(divergences(net, 'us', 'eu').length);
  // All of it on the first screen.
  const box = await lead.boundingBox();
  expect((box?.y ?? 800) + (box?.height ?? 800)).toBeLessThanOrEqual(800);
});
