import { readFile } from 'node:fs/promises';
import { t } from '../../src/i18n/catalogue';
import { dataset } from '../../src/data/dataset';
import { datasetSchema, type RecordTranslations } from '../../src/data/schema';
import { RECORD_TRANSLATIONS } from '../../src/data/translations';
import { formatDay, listOfNames } from '../../src/i18n/format';
import { actorLabel, actorShort } from '../../src/i18n/labels';
import { actionsSentence, STORY_SINCE } from '../../src/selectors/story';
import { oppositeDirections } from '../../src/stories/opposite-directions';
import { LOCALE_NAMES, LOCALES } from '../../src/i18n/locales';
import { LOCALE_OFFERS } from '../../src/i18n/offers';
import { inLocale } from './english';
import { appUrl, expect, expectAccessible, expectConsole, expectLive, test } from './fixtures';

const data = datasetSchema.parse(dataset);

/** The languages with a prefix: every one but English. */
const PREFIXED = LOCALES.filter((locale) => locale !== 'en');

for (const locale of PREFIXED)
  test(`/${locale}/ is the overview in ${LOCALE_NAMES[locale]}, its copy and its app`, async ({ page }) => {
    const words = inLocale(locale, () => ({
      tagline: t('site.tagline'),
      nav: [t('site.nav.overview'), t('site.nav.compare'), t('site.nav.targets'), t('site.nav.events')],
      heading: t('pages.overview.title'),
      // The lead sentence, its counts and dates as the language writes them, and the lead chart's legend.
      sentence: actionsSentence(
        data.events.filter((e) => (e.actor === 'us' || e.actor === 'eu') && e.date >= STORY_SINCE),
        ['us', 'eu'],
        { start: STORY_SINCE, end: data.asOf },
      ),
      lead: t('pages.overview.leadTitle', { date: formatDay(STORY_SINCE) }),
      legend: [actorLabel('us'), actorLabel('eu')],
    }));
    await page.goto(appUrl(`/${locale}/`));
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    // The build's copy is in the language before any script runs.
    await expect(page.locator('#prerender').getByText(words.tagline)).toBeVisible();
    // Every language's address of the same page, and the default.
    const alternates = page.locator('head link[rel="alternate"][hreflang]');
    await expect(alternates).toHaveCount(LOCALES.length + 1);
    await expect(page.locator('head link[hreflang="x-default"]')).toHaveAttribute('href', appUrl('/'));
    for (const text of [words.heading, words.sentence, words.lead, ...words.legend])
      await expect(page.locator('#prerender').getByText(text, { exact: true }).first()).toBeVisible();
    await expectLive(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.heading);
    await expect(page.getByText(words.sentence, { exact: true })).toBeVisible();
    const nav = page.getByRole('navigation').first();
    for (const word of words.nav)
      await expect(nav.getByRole('link', { name: word, exact: true })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
  });

test('the language menu opens the same view in another language', async ({ page }) => {
  await page.goto(appUrl('/compare?actors=us,uk&period=quarter'));
  await expectLive(page);
  await page.locator('summary', { hasText: LOCALE_NAMES.en }).click();
  await page.getByRole('link', { name: LOCALE_NAMES.be }).click();
  await page.waitForURL(`**${appUrl('/be/compare?actors=us,uk&period=quarter')}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'be');
  const compare = inLocale('be', () => t('site.nav.compare'));
  await expect(page.getByRole('navigation').first().getByRole('link', { name: compare })).toBeVisible();
  // Links inside the app keep the language.
  await page
    .getByRole('navigation')
    .first()
    .getByRole('link', { name: inLocale('be', () => t('site.nav.events')) })
    .click();
  await page.waitForURL(/\/tracker\/be\/events/);
  // And back to English.
  await page.locator('summary', { hasText: LOCALE_NAMES.be }).click();
  await page.getByRole('link', { name: LOCALE_NAMES.en }).click();
  await page.waitForURL(/\/tracker\/events/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('a first segment that is not a language is a page not found, never a blank page', async ({
  page,
  consoleProblems,
}) => {
  const response = await page.goto(appUrl('/fr/compare'));
  expect(response?.status()).toBe(404);
  expectConsole(consoleProblems, /status of 404/);
  await expect(
    page.getByRole('heading', { name: inLocale('en', () => t('pages.notFound.title')) }),
  ).toBeVisible();
});

test.describe('a reader whose browser prefers Belarusian', () => {
  test('is offered Belarusian once, on the English overview, never sent there', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'be-BY', serviceWorkers: 'block' });
    const page = await context.newPage();
    // A shared link opens as shared, and offers nothing.
    await page.goto(appUrl('/compare'));
    await expectLive(page);
    await expect(page.getByRole('link', { name: LOCALE_OFFERS.be })).toHaveCount(0);
    await page.goto(appUrl('/'));
    await expectLive(page);
    const offer = page.getByRole('link', { name: LOCALE_OFFERS.be });
    await expect(offer).toBeVisible();
    expect(new URL(page.url()).pathname).toBe(appUrl('/'));
    await page.reload();
    await expectLive(page);
    await expect(page.locator('#root h1').first()).toBeVisible();
    await expect(offer).toHaveCount(0);
    await context.close();
  });
});

test('/be/embed/actions, its snippet and its files are in Belarusian', async ({ page }) => {
  const be = inLocale('be', () => ({
    name: t('charts.actions.name'),
    tighten: t('charts.actions.direction.tighten'),
    source: t('charts.sourceLine'),
    embed: t('frames.embed.button'),
    code: t('frames.embed.code'),
    download: t('frames.actions.download'),
    svg: t('frames.actions.svg'),
    png: t('frames.actions.png', { scale: 2 }),
    usEu: listOfNames([actorShort('us'), actorShort('eu')]),
  }));
  await page.goto(appUrl('/be/embed/actions'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'be');
  await expectLive(page);
  const embedded = page.getByRole('figure', { name: new RegExp(`^${be.name}`) });
  await expect(embedded.getByText(be.tighten).first()).toBeVisible();
  await expect(embedded.getByText(be.source)).toBeVisible();

  // From the Belarusian overview: the snippet points at the Belarusian embed, titled in Belarusian.
  await page.goto(appUrl('/be/'));
  await expectLive(page);
  const figure = page.getByRole('figure', { name: new RegExp(`^${be.name}`) }).first();
  await figure.getByRole('button', { name: be.embed }).click();
  const code = page.getByRole('dialog').getByRole('textbox', { name: be.code });
  await expect(code).toHaveValue(/<iframe src="http:\/\/127\.0\.0\.1:\d+\/tracker\/be\/embed\/actions"/);
  await expect(code).toHaveValue(new RegExp(`title="${be.name}: ${be.usEu} — Sanctions Tracker"`));
  await page.keyboard.press('Escape');

  // The files: the SVG's words, and the PNG drawn from it.
  const open = async (button: string) => {
    await figure.getByText(be.download, { exact: true }).click();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      figure.getByRole('button', { name: button }).click(),
    ]);
    const path = `.e2e/exports/be-${file.suggestedFilename()}`;
    await file.saveAs(path);
    return readFile(path);
  };
  const svg = (await open(be.svg)).toString('utf8');
  const text = await page.evaluate(
    (source) => new DOMParser().parseFromString(source, 'image/svg+xml').documentElement.textContent,
    svg,
  );
  expect(text).toContain(`${be.name}: ${be.usEu}`);
  expect(text).toContain(be.tighten);
  expect(text).toContain(be.source);
  expect(text).toContain('/tracker/be/');
  const png = await open(be.png);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
});

test('/lt/present tells the story in Lithuanian', async ({ page }) => {
  const lt = inLocale('lt', () => ({
    title: t(oppositeDirections.title),
    headlines: oppositeDirections.steps.map((step) => t(step.headline)),
  }));
  await page.goto(appUrl('/lt/present'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'lt');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lt.headlines[0] ?? '');
  await expect(page.getByText(lt.title)).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lt.headlines[1] ?? '');
});

test('/be/events passes axe in Belarusian', async ({ page }) => {
  await page.goto(appUrl('/be/events'));
  await expectLive(page);
  await expect(page.locator('h1').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expectAccessible(page);
});

test('a record reads in Belarusian where it is written in it, and in English marked so in German', async ({
  page,
}) => {
  const id = 'us-2025-11-04-belavia-delisting';
  const english = data.events.find((e) => e.id === id)?.summary ?? '';
  const records: RecordTranslations = RECORD_TRANSLATIONS.be;
  const belarusian = records[id]?.summary ?? '';
  expect(belarusian).not.toBe('');
  await page.goto(appUrl(`/be/events/${id}`));
  const summary = page.getByText(belarusian, { exact: true });
  await expect(summary).toBeVisible();
  expect(await summary.evaluate((p) => p.closest('[lang]')?.getAttribute('lang'))).toBe('be');
  // The act's official title and its sources stay in English, marked so.
  const event = data.events.find((e) => e.id === id);
  await expect(page.getByRole('heading', { level: 1, name: event?.instrument })).toHaveAttribute(
    'lang',
    'en',
  );
  await expect(page.getByRole('link', { name: event?.sources[0]?.title })).toHaveAttribute('lang', 'en');
  await page.goto(appUrl(`/de/events/${id}`));
  await expect(page.getByText(english, { exact: true })).toHaveAttribute('lang', 'en');
  // On an English page, nothing needs marking.
  await page.goto(appUrl(`/events/${id}`));
  await expect(page.getByRole('heading', { level: 1, name: event?.instrument })).not.toHaveAttribute('lang');
});
