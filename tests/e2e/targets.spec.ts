import { dataset } from '../../src/data/dataset';
import { ACTORS } from '../../src/data/ids';
import { datasetSchema } from '../../src/data/schema';
import { formatDay } from '../../src/i18n/format';
import { eventDates, gapList, statusOn } from '../../src/selectors/targets';
import { statusLabel, statusWords } from '../../src/views/targetText';
import { appUrl, expect, test, VIEWPORTS } from './fixtures';

const data = datasetSchema.parse(dataset);
const dates = eventDates(data.events);
const belaruskali = data.targets.find((t) => t.name === 'Belaruskali');
if (!belaruskali) throw new Error('the dataset names no Belaruskali');

test('/targets?q=belaruskali finds it, with its status under each actor on the as-of day', async ({
  page,
}) => {
  await page.setViewportSize(VIEWPORTS.wide);
  await page.goto(appUrl('/targets?q=belaruskali'));
  const row = page
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: 'Belaruskali', exact: true }) });
  await expect(row).toHaveCount(1);
  const cells = row.getByRole('cell');
  for (const [i, actor] of ACTORS.entries()) {
    await expect(cells.nth(i)).toContainText(
      statusLabel(statusOn(belaruskali, actor, data.asOf, dates).status),
    );
  }
});

test('a person is found by any spelling of the name, in Latin or Cyrillic', async ({ page }) => {
  for (const q of ['Лукашэнка', 'lukashenko', 'Lukashenka']) {
    await page.goto(appUrl(`/targets?q=${encodeURIComponent(q)}`));
    await expect(
      page.getByRole('link', { name: 'Alexander Lukashenko', exact: true }).first(),
      q,
    ).toBeVisible();
  }
});

test('before its first listing, a target shows no listing anywhere: not listed where a list was read that day, else not recorded', async ({
  page,
}) => {
  const first =
    belaruskali.history.map((c) => c.seen?.date ?? dates.get(c.event ?? '') ?? '').sort()[0] ?? '';
  const before = new Date(Date.parse(`${first}T00:00:00Z`) - 45 * 86_400_000).toISOString().slice(0, 10);
  await page.setViewportSize(VIEWPORTS.wide);
  await page.goto(appUrl(`/targets?q=belaruskali&at=${before}`));
  const row = page
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: 'Belaruskali', exact: true }) });
  // Belarus's own list is never read: the data cannot say it is not listed there.
  await expect(row.getByRole('cell')).toHaveText(
    ACTORS.map((actor) => new RegExp(`^. ${statusWords('never', actor, before).word}`)),
  );
  expect(statusWords('never', 'by', before).word).toBe('Not recorded');
});

test('a target page draws its listings by actor, each change a link to its action', async ({ page }) => {
  const belavia = data.targets.find((t) => t.id === 'belavia');
  await page.goto(appUrl('/targets/belavia'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Belavia');
  const chart = page.locator('figure[data-chart="target"]');
  await expect(chart.locator('.timeline-mark')).toHaveCount(belavia?.history.length ?? 0);
  // Listed by the US from the denial order, eased by licence from September 2025, delisted in November.
  const stretches = (actor: string) =>
    chart
      .locator(`[data-stretch^="${actor} "]`)
      .evaluateAll((lines) => lines.map((l) => l.getAttribute('data-stretch')));
  expect(await stretches('us')).toEqual([
    'us 2022-06-16 2023-08-09',
    'us 2023-08-09 2025-09-11',
    'us 2025-09-11 2025-09-12',
    'us 2025-09-12 2025-11-04',
  ]);
  expect(await stretches('eu')).toEqual([`eu 2021-12-02 ${data.asOf}`]);
  await expect(chart).toContainText(
    `On ${formatDay(data.asOf)}, Belavia is listed by the EU (since 2 Dec 2021)`,
  );
  // The delisting mark, reached by keyboard, opens its action.
  await chart.locator('.timeline-mark[tabindex="0"]').focus();
  await expect(page.locator(':focus')).toHaveAttribute('data-event', 'us-2022-06-16-bis-tdo-belavia');
  await page.keyboard.press('End');
  await expect(page.locator(':focus')).toHaveAttribute('data-event', 'us-2025-11-04-belavia-delisting');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/tracker\/events\/us-2025-11-04-belavia-delisting/);
  await expect(
    page.getByRole('region', { name: 'Named targets it concerned' }).getByRole('link', { name: 'Belavia' }),
  ).toBeVisible();
  await page.goBack();
  const usLane = page.getByRole('region', { name: 'United States' });
  await usLane.getByRole('link', { name: /OFAC removal of Belavia/ }).click();
  await expect(page).toHaveURL(/\/tracker\/events\/us-2025-11-04-belavia-delisting/);
});

test('a target page shows its listings on the official lists, and where the records disagree with them', async ({
  page,
}) => {
  await page.goto(appUrl('/targets/belaruskali'));
  const lists = page.getByRole('region', { name: 'On the official lists' });
  await expect(lists.getByRole('listitem')).toHaveText([
    /^OFAC SDN list: “BELARUSKALI OAO” \(32746\), on it by 18 Aug 2021, the first copy read\.$/,
    /^EU consolidated list: .*latest act dated 3 Jun 2022\.$/,
    /^UK Sanctions List: .*designated 2 Dec 2021\.$/,
  ]);
  // The UK list names Peleng (designated 8 Aug 2023) and no UK action record here does: the change
  // is the list's, and says so.
  await page.goto(appUrl('/targets/peleng'));
  await expect(page.getByRole('region', { name: 'United Kingdom' })).toContainText(
    'Listed, 8 Aug 2023: UK Sanctions List (its copy of 29 Apr 2026, listing BEL0137), seen in the list only',
  );
  // Where the records have an actor's history and the list says otherwise, the page says so.
  await page.goto(appUrl('/targets/dana-astra'));
  await expect(page.getByRole('region', { name: 'On the official lists' })).toContainText(
    'The records here disagree: on 13 Sept 2022 they have it with no listing by the EU.',
  );
});

test('the gap list on /compare for the as-of day is not empty, and each row links to its actions or its list', async ({
  page,
}) => {
  const gaps = gapList(data.targets, 'us', 'eu', data.asOf, dates);
  expect(gaps.length).toBeGreaterThan(0);
  await page.goto(appUrl('/compare'));
  const list = page.getByRole('region', { name: /Listed by one, not the other/ });
  const rows = list.getByRole('listitem');
  await list.getByRole('button', { name: `Show all ${gaps.length}` }).click();
  await expect(rows).toHaveCount(gaps.length);
  const seenOnly = gaps.filter((gap) => gap.listed.seen).length;
  expect(seenOnly).toBeGreaterThan(0);
  await expect(rows.filter({ has: page.getByRole('link', { name: /action$/ }) })).toHaveCount(
    gaps.length - seenOnly,
  );
  await expect(rows.filter({ hasText: /seen in the list only/ })).toHaveCount(seenOnly);
  await expect(list).toContainText(
    'Belavia: listed by the EU since 2 Dec 2021; delisted by the US on 4 Nov 2025',
  );
});

test('the targets filter by kind and by status under one actor, chosen by keyboard, and the address keeps them', async ({
  page,
}) => {
  await page.setViewportSize(VIEWPORTS.wide);
  await page.goto(appUrl('/targets'));
  const status = page.getByRole('status').filter({ hasText: /targets, status on/ });
  await expect(status).toContainText(`${data.targets.length} of ${data.targets.length} targets`);
  // Persons listed by the US on the as-of day: more than the first hundred rows drawn.
  const kind = page.getByRole('combobox', { name: /^Kind/ });
  await kind.focus();
  // Its first letter selects it (a word typed key by key meets the select's typeahead timeout on a busy machine).
  await page.keyboard.press('p');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: /^Status on the day/ })).toBeFocused();
  await page.keyboard.press('ArrowDown'); // listed
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: /^By/ })).toBeFocused();
  await page.keyboard.press('ArrowDown'); // the United States
  await expect(page).toHaveURL(/kind=person/);
  await expect(page).toHaveURL(/status=listed/);
  await expect(page).toHaveURL(/by=us/);
  const expected = data.targets.filter(
    (t) => t.kind === 'person' && ['listed', 'eased'].includes(statusOn(t, 'us', data.asOf, dates).status),
  );
  expect(expected.length).toBeGreaterThan(100);
  await expect(status).toContainText(`${expected.length} of ${data.targets.length} targets`);
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(100 + 1);
  await expect(rows.nth(1).getByRole('cell').first()).toContainText(/Listed|Eased/);
  await page.getByRole('button', { name: `Show all ${expected.length} targets` }).click();
  await expect(rows).toHaveCount(expected.length + 1);
  // The address alone gives the same list.
  await page.reload();
  await expect(status).toContainText(`${expected.length} of ${data.targets.length} targets`);
});
