import { dataset } from '../../src/data/dataset';
import { datasetSchema } from '../../src/data/schema';
import { oppositeDirections } from '../../src/stories/opposite-directions';
import { formatDay } from '../../src/i18n/format';
import { storySchema } from '../../src/stories/schema';
import { buildStep, shownStep } from '../../src/stories/steps';
import { appUrl, expect, test, watchConsole } from './fixtures';

const steps = oppositeDirections.steps.map(shownStep);
const story = storySchema.parse(oppositeDirections);
const data = datasetSchema.parse(dataset);
const count = steps.length;
const headline = (step: number) => steps[step - 1]?.headline ?? '';

test('/present draws a chart, and every key moves as it says, writing the step to the address', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(appUrl('/present'));
  const title = page.getByRole('heading', { level: 1 });
  await expect(title).toHaveText(headline(1));
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
  const expectStep = async (step: number) => {
    await expect(title).toHaveText(headline(step));
    await expect(page).toHaveURL(
      step === 1 ? /\/tracker\/present$/ : new RegExp(`/tracker/present\\?step=${step}$`),
    );
    await expect(page.getByRole('progressbar', { name: 'Step' })).toHaveAttribute(
      'aria-valuenow',
      String(step),
    );
  };
  for (const key of ['ArrowRight', 'Space', 'PageDown', 'Enter']) {
    const before = Number(await page.getByRole('progressbar').getAttribute('aria-valuenow'));
    await page.keyboard.press(key);
    await expectStep(before + 1);
  }
  for (const key of ['ArrowLeft', 'PageUp', 'Backspace']) {
    const before = Number(await page.getByRole('progressbar').getAttribute('aria-valuenow'));
    await page.keyboard.press(key);
    await expectStep(before - 1);
  }
  await page.keyboard.press('End');
  await expectStep(count);
  await page.keyboard.press('Home');
  await expectStep(1);
  await page.keyboard.press('3');
  await expectStep(3);
  await page.mouse.click(1000, 400);
  await expectStep(4);
  await page.mouse.click(20, 400);
  await expectStep(3);
  await page.goBack();
  await expectStep(4);
});

test('a deep link opens the last step, which shows both directions at once', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(appUrl(`/present?step=${count}`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline(count));
  await expect(page.locator('.divergence-band').first()).toBeVisible();
  await expect(
    page.locator('p', {
      hasText: /moved in opposite directions in \d+ of the \d+ years in which both acted: .*2025/,
    }),
  ).toBeVisible();
});

test('a step past the end shows the last, and a one-step presentation shows the view it was given', async ({
  page,
}) => {
  await page.goto(appUrl('/present?step=40'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline(count));
  await page.goto(appUrl('/present?chart=in-force&actors=eu&from=2020-01-01'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Persons and entities listed');
  await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuemax', '1');
  await expect(page.locator('.recharts-line-curve')).toHaveCount(1);
});

test('the speaker window follows the screen, and the screen follows it', async ({
  context,
  consoleProblems,
}) => {
  const page = await context.newPage();
  watchConsole(page, consoleProblems);
  await page.goto(appUrl('/present'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline(1));
  const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  await expect(speaker.getByRole('heading', { level: 1 })).toHaveText(headline(1));
  await expect(speaker.getByText(steps[0]?.notes ?? '')).toBeVisible();
  await expect(speaker.getByRole('complementary')).toContainText(headline(2));
  await page.keyboard.press('ArrowRight');
  await expect(speaker.getByRole('heading', { level: 1 })).toHaveText(headline(2));
  await speaker.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline(3));
  await speaker.close();
});

for (const size of [
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 },
])
  test(`a step fits a ${size.width}×${size.height} screen with nothing to scroll`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.goto(appUrl('/present?step=7'));
    await expect(page.locator('.timeline-mark').first()).toBeVisible();
    const overflow = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.scrollHeight,
    ]);
    expect(overflow[0]).toBeLessThanOrEqual(size.width);
    expect(overflow[1]).toBeLessThanOrEqual(size.height);
  });

test.describe('the speaker window’s clock', () => {
  test.use({ locale: 'en-GB', timezoneId: 'Europe/Vilnius' });

  test('shows the time of day, the time elapsed, and previews of the step on screen and the next', async ({
    context,
  }) => {
    await context.clock.install({ time: new Date('2026-12-05T10:00:00Z') });
    const speaker = await context.newPage();
    await speaker.goto(appUrl('/present?step=6&notes=1'));
    await expect(speaker.getByRole('heading', { level: 1 })).toHaveText(headline(6));
    const time = speaker.getByLabel('Time of day');
    const elapsed = speaker.getByLabel('Elapsed');
    // The clock held still at a known moment; Reset starts the elapsed time there.
    await context.clock.pauseAt(new Date('2026-12-05T10:00:30Z'));
    await speaker.getByRole('button', { name: 'Reset' }).click();
    await expect(time).toHaveText('12:00'); // 10:00 UTC in Vilnius, as the speaker's computer reads it
    await expect(elapsed).toHaveText('0:00');
    await context.clock.fastForward('01:05');
    await expect(elapsed).toHaveText('1:05');
    await expect(time).toHaveText('12:01');
    // Each preview is that step's chart, drawn: the one on screen and the one after it.
    for (const [name, step] of [
      ['On screen now', 6],
      ['Next on screen', 7],
    ] as const) {
      const preview = speaker.getByRole('figure', { name: `${name}: ${headline(step)}` });
      const shown = story.steps[step - 1];
      expect(shown).toBeDefined();
      if (shown)
        await expect(preview.locator('svg.recharts-surface > title')).toHaveText(
          buildStep(shownStep(shown), data).model.title,
        );
      await expect(preview.locator('.recharts-bar-rectangle, .timeline-mark').first()).toBeVisible();
    }
  });
});

test('a step marks on its chart the actions it points out, lettered in date order, and keys the letters', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(appUrl('/present?step=7'));
  const pointed = (story.steps[6]?.highlight ?? [])
    .flatMap((id) => data.events.filter((e) => e.id === id))
    .sort((a, b) => a.date.localeCompare(b.date));
  expect(pointed.length).toBeGreaterThan(1);
  const letters = pointed.map((_, i) => String.fromCharCode(65 + i));
  for (const [i, event] of pointed.entries()) {
    const mark = page.locator(`svg .context-mark[data-context="${event.id}"]`);
    await expect(mark).toHaveCount(1);
    await expect(mark.locator('text')).toHaveText(letters[i] ?? '');
  }
  await expect(page.getByText(/^Pointed out: /)).toHaveText(
    `Pointed out: ${pointed.map((e, i) => `${letters[i] ?? ''} ${e.actor.toUpperCase()}: ${e.instrument} (${formatDay(e.date)})`).join('; ')}.`,
  );
});
