import { dataset } from '../../src/data/dataset';
import { datasetSchema } from '../../src/data/schema';
import { actionsOverTime, bucketKey } from '../../src/selectors/buckets';
import { contextInRange } from '../../src/selectors/context';
import { filterEvents, viewRange } from '../../src/selectors/filter';
import { formatDay } from '../../src/i18n/format';
import { inForceOverTime, stockRows } from '../../src/selectors/inForce';
import { DEFAULT_VIEW } from '../../src/url/view';
import { appUrl, expect, expectLive, test, VIEWPORTS } from './fixtures';

const data = datasetSchema.parse(dataset);
const all = viewRange(data.events, DEFAULT_VIEW, data.asOf);

test('/events?q=Belavia shows only the matching actions, and says how many', async ({ page }) => {
  await page.goto(appUrl('/events?q=Belavia&actors=us,eu,uk,ca,ch,by'));
  const expected = filterEvents(
    data.events,
    { ...DEFAULT_VIEW, actors: ['us', 'eu', 'uk', 'ca', 'ch', 'by'], q: 'belavia' },
    all,
  );
  await expect(page.getByRole('status').filter({ hasText: 'actions' })).toHaveText(
    `${expected.length} of ${data.events.length} actions`,
  );
  const links = page.getByRole('table').locator('tbody a');
  await expect(links).toHaveCount(expected.length);
  expect((await links.allTextContents()).sort()).toEqual(expected.map((e) => e.instrument).sort());
});

test('a bar of the actions chart opens the actions behind it, and Enter does too', async ({ page }) => {
  await page.goto(appUrl('/?actors=us'));
  const figure = page.getByRole('figure', { name: 'Sanctions actions over time' });
  const bars = figure.locator('.recharts-bar-rectangle path');
  await expect(bars.first()).toBeVisible();
  // The first US tightening bar: the year of the first US action.
  const first = data.events.filter((e) => e.actor === 'us').sort((a, b) => a.date.localeCompare(b.date))[0];
  const year = first?.date.slice(0, 4) ?? '';
  const tightening = data.events.filter(
    (e) => e.actor === 'us' && e.date.startsWith(year) && ['impose', 'expand', 'reimpose'].includes(e.action),
  );
  await bars.first().click();
  const panel = figure.getByRole('region', { name: 'Selected actions' });
  await expect(panel.getByRole('heading')).toHaveText(
    `US, imposed or expanded, ${year}: ${tightening.length} action${tightening.length === 1 ? '' : 's'}`,
  );
  await expect(panel.getByRole('listitem')).toHaveCount(tightening.length);
  await panel.getByRole('button', { name: 'Close' }).click();

  // The keyboard cursor starts on the first year of the data (2004); two steps on is 2006.
  await figure.locator('.recharts-surface').first().focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  const year2006 = data.events.filter((e) => e.actor === 'us' && bucketKey(e.date, 'year') === '2006');
  expect(year2006.length).toBeGreaterThan(0);
  await expect(panel.getByRole('heading')).toHaveText(
    `2006: ${year2006.length} action${year2006.length === 1 ? '' : 's'}`,
  );
  await expect(panel.getByRole('heading')).toBeFocused();
  await panel.getByRole('link', { name: 'Show them in the events table' }).click();
  await expect(page).toHaveURL(/\/tracker\/events\?actors=us&from=/);
});

test('a click on a dot of the in-force chart opens the actions behind the date under the cursor', async ({
  page,
}) => {
  const range = viewRange(data.events, DEFAULT_VIEW, data.asOf);
  const rows = stockRows(inForceOverTime(data.events, DEFAULT_VIEW.actors, range, data.checkpoints));
  await page.setViewportSize(VIEWPORTS.wide);
  // Without context markers, whose hover areas would stand between the pointer and the plot.
  await page.goto(appUrl('/?context=0'));
  const figure = page.getByRole('figure', { name: 'Persons and entities listed' });
  // A dot of the later years, where the hover dot sits over it when the pointer does.
  await figure.scrollIntoViewIfNeeded();
  const dot = figure.locator('.recharts-reported-dot').last();
  await expect(dot).toBeVisible();
  const box = await dot.boundingBox();
  if (!box) throw new Error('no dot drawn');
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(x, y);
  const tooltip = figure.locator('.recharts-tooltip-wrapper');
  await expect(tooltip).toBeVisible();
  const day = (await tooltip.locator('p').first().textContent()) ?? '';
  const row = rows.find((r) => formatDay(r.date) === day);
  expect(row, `a row for ${day}`).toBeDefined();
  const ids = DEFAULT_VIEW.actors.flatMap((a) => row?.stocks[a]?.eventId ?? []);
  expect(ids.length).toBeGreaterThan(0);
  // The hover dot is drawn over the dot: the click lands on it, and opens the date all the same.
  await page.mouse.click(x, y);
  const panel = figure.getByRole('region', { name: 'Selected actions' });
  await expect(panel.getByRole('heading')).toHaveText(
    `${day}: ${ids.length} action${ids.length === 1 ? '' : 's'}`,
  );
  await expect(panel.getByRole('listitem')).toHaveCount(ids.length);
});

test('the chart cursor moves by Home, End and a year with PageUp and PageDown, and says its values', async ({
  page,
}) => {
  const view = { ...DEFAULT_VIEW, actors: ['us' as const], period: 'month' as const };
  const range = viewRange(data.events, view, data.asOf);
  const months = actionsOverTime(filterEvents(data.events, view, range), view.actors, range, 'month');
  await page.goto(appUrl('/?actors=us&period=month'));
  const figure = page.getByRole('figure', { name: 'Sanctions actions over time' });
  const tooltip = figure.locator('.recharts-tooltip-wrapper');
  const spoken = figure.locator('[aria-live="polite"] .sr-only');
  await figure.locator('.recharts-surface').first().focus();
  for (const [key, index] of [
    ['End', months.length - 1],
    ['PageUp', months.length - 13],
    ['Home', 0],
    ['PageDown', 12],
    ['ArrowRight', 13],
  ] as const) {
    const label = months[index]?.label ?? '';
    await page.keyboard.press(key);
    await expect(tooltip, `${key}: the cursor on ${label}`).toContainText(label);
    // What the tooltip shows reaches a screen reader.
    await expect(spoken, `${key}: ${label} spoken`).toHaveText(((await tooltip.textContent()) ?? '').trim());
  }
});

test('context events are drawn on both time charts, one tab stop each, and their details show on focus', async ({
  page,
}) => {
  await page.setViewportSize(VIEWPORTS.wide);
  await page.goto(appUrl('/'));
  await expectLive(page);
  const expected = contextInRange(data.annotations, all);
  for (const name of ['Sanctions actions over time', 'Persons and entities listed']) {
    const figure = page.getByRole('figure', { name });
    await expect(figure.locator('.context-mark')).toHaveCount(expected.length);
  }
  const figure = page.getByRole('figure', { name: 'Persons and entities listed' });
  // One tab stop for all of a chart's markers; the arrow keys, Home and End move among them.
  const marks = figure.locator('.context-mark');
  await expect(marks.and(page.locator('[tabindex="0"]'))).toHaveCount(1);
  const focused = page.locator(':focus');
  await marks.first().focus();
  const last = expected.at(-1);
  const beforeLast = expected.at(-2);
  await page.keyboard.press('End');
  await expect(focused).toHaveAttribute('data-context', last?.annotation.id ?? '');
  await expect(figure.getByText(last?.annotation.summary ?? '')).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(focused).toHaveAttribute('data-context', beforeLast?.annotation.id ?? '');
  await expect(figure.getByText(beforeLast?.annotation.summary ?? '')).toBeVisible();
  // Tab leaves the markers at once, and Shift+Tab comes back to the one last focused.
  await page.keyboard.press('Tab');
  await expect(focused).not.toHaveClass(/context-mark/);
  await page.keyboard.press('Shift+Tab');
  await expect(focused).toHaveAttribute('data-context', beforeLast?.annotation.id ?? '');
  await expect(marks.and(page.locator('[tabindex="0"]'))).toHaveCount(1);
  // The box follows the address, which the change writes: clicked, then read once it is written.
  const toggle = page.getByRole('checkbox', { name: 'Context events' });
  await toggle.click();
  await expect(page).toHaveURL(/\?context=0$/);
  await expect(toggle).not.toBeChecked();
  await expect(page.locator('.context-mark')).toHaveCount(0);
});

test('the events page shows cards on a narrow screen and a table on a wide one', async ({ page }) => {
  await page.setViewportSize(VIEWPORTS.narrow);
  await page.goto(appUrl('/events?actors=us,eu,uk'));
  await expect(page.getByRole('list', { name: 'Sanctions actions' })).toBeVisible();
  await expect(page.getByRole('table')).toBeHidden();
  await page.setViewportSize(VIEWPORTS.wide);
  await expect(page.getByRole('table')).toBeVisible();
});

test('the timeline draws every action, moves by arrow keys, and opens an action’s page with Enter', async ({
  page,
}) => {
  await page.goto(appUrl('/?actors=us,eu'));
  const figure = page.getByRole('figure', { name: 'Every action on a timeline' });
  const expected = filterEvents(data.events, DEFAULT_VIEW, all);
  await expect(figure.locator('.timeline-mark')).toHaveCount(expected.length);
  const us = expected.filter((e) => e.actor === 'us').sort((a, b) => a.date.localeCompare(b.date));
  const marks = figure.getByRole('group', { name: 'Actions, one lane per actor' }).getByRole('link');
  await expect(marks.and(page.locator('[tabindex="0"]'))).toHaveCount(1);
  await marks.first().focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator(':focus')).toHaveAttribute('data-event', us[1]?.id ?? '');
  await expect(figure.getByText(us[1]?.summary ?? '')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/tracker/events/${us[1]?.id ?? ''}`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(us[1]?.instrument ?? '');
});

test('on a phone the all-years timeline counts each actor’s actions per span of years: no badge overlaps, every action is counted once, and a badge lists its actions', async ({
  page,
}) => {
  await page.setViewportSize(VIEWPORTS.narrow);
  await page.goto(appUrl('/?actors=us,eu'));
  const figure = page.getByRole('figure', { name: 'Every action on a timeline' });
  await figure.scrollIntoViewIfNeeded();
  const expected = filterEvents(data.events, DEFAULT_VIEW, all);
  const badges = figure.locator('.timeline-bin');
  await expect(badges.first()).toBeVisible();
  await expect(figure.locator('.timeline-mark')).toHaveCount(0);
  const read = await badges.evaluateAll((nodes) =>
    nodes.map((node) => {
      const box = node.querySelector('circle:not([fill="transparent"])')?.getBoundingClientRect();
      return {
        lane: node.getAttribute('aria-label')?.split(',')[0] ?? '',
        count: Number(node.getAttribute('data-count')),
        left: box?.left ?? 0,
        right: box?.right ?? 0,
      };
    }),
  );
  for (const actor of ['US', 'EU']) {
    const lane = read.filter((b) => b.lane === actor).sort((a, b) => a.left - b.left);
    expect(lane.reduce((sum, b) => sum + b.count, 0)).toBe(
      expected.filter((e) => e.actor === actor.toLowerCase()).length,
    );
    for (const [i, badge] of lane.entries())
      if (i > 0) expect(badge.left, `${actor} badge ${i}`).toBeGreaterThanOrEqual(lane[i - 1]?.right ?? 0);
  }
  // The keyboard reaches the counts like the marks, and Enter lists the actions behind one.
  await badges.and(page.locator('[tabindex="0"]')).focus();
  await page.keyboard.press('End');
  const last = page.locator(':focus');
  const count = Number(await last.getAttribute('data-count'));
  const label = (await last.getAttribute('aria-label')) ?? '';
  await page.keyboard.press('Enter');
  expect(label).toMatch(new RegExp(`^US, \\d{4}(–\\d{4})?: ${count} actions?$`));
  const panel = page.getByRole('region', { name: 'Selected actions' });
  await expect(panel.getByRole('heading')).toContainText(label);
  await expect(panel.getByRole('listitem')).toHaveCount(count);
});
