import { dataset } from '../../src/data/dataset';
import { datasetSchema } from '../../src/data/schema';
import { viewRange } from '../../src/selectors/filter';
import { formatDay } from '../../src/selectors/format';
import { inForceOverTime, stockRows } from '../../src/selectors/inForce';
import { DEFAULT_VIEW } from '../../src/url/view';
import { appUrl, expect, test } from './fixtures';

const data = datasetSchema.parse(dataset);

test('the in-force tooltip shows, for each date, every actor’s stock on that date', async ({ page }) => {
  const range = viewRange(data.events, DEFAULT_VIEW, data.asOf);
  const rows = stockRows(inForceOverTime(data.events, ['us', 'eu'], range));
  await page.goto(appUrl('/'));
  const figure = page.getByRole('figure', { name: 'Persons and entities listed' });
  await figure.locator('.recharts-surface').first().focus();
  const tooltip = figure.locator('.recharts-tooltip-wrapper');
  // Focus puts the keyboard cursor on the first date; each arrow press moves it one date on.
  for (const [i, row] of rows.entries()) {
    if (i > 0) await page.keyboard.press('ArrowRight');
    await expect(tooltip).toContainText(formatDay(row.date));
    for (const [actor, label] of [
      ['us', 'United States'],
      ['eu', 'European Union'],
    ] as const) {
      const stock = row.stocks[actor];
      if (!stock) continue;
      const persons = `${stock.persons.toLocaleString('en-GB')} person${stock.persons === 1 ? '' : 's'}`;
      await expect(tooltip, `${label} on ${row.date}`).toContainText(`${label}: ${persons}`);
    }
  }
});
