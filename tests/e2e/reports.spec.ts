import { createServer } from 'node:http';
import type { Page } from '@playwright/test';
import { dataset } from '../../src/data/dataset';
import { datasetSchema } from '../../src/data/schema';
import { contextInRange } from '../../src/selectors/context';
import { viewRange } from '../../src/selectors/filter';
import { formatDay } from '../../src/i18n/format';
import { inForceOverTime } from '../../src/selectors/inForce';
import { busiestTarget } from '../../src/selectors/targets';
import { CHART_IDS } from '../../src/url/routes';
import { DEFAULT_VIEW } from '../../src/url/view';
import {
  appUrl,
  download,
  drawEveryChart,
  expect,
  expectConsole,
  expectLive,
  test,
  VIEWPORTS,
  watchConsole,
} from './fixtures';

const data = datasetSchema.parse(dataset);

/** Pixel width of a PNG file, from its header. */
function pngWidth(bytes: Buffer): number {
  return bytes.readUInt32BE(16);
}

/**
 * A report on another origin than the app's (served from loopback, as Chromium requires) that
 * embeds one chart at `src` in a 640 px frame, with the sizing script.
 */
async function reportHost(src: string, baseURL: string | undefined) {
  const script = `${baseURL ?? ''}${appUrl('/embed.js')}`;
  const host = createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(`<!doctype html><title>Report</title><p>A report.</p>
      <iframe id="chart" src="${src}" title="chart" width="100%" height="640" style="border:0;width:100%"></iframe>
      <script async src="${script}"></script>`);
  });
  await new Promise<void>((resolve) => host.listen(0, 'localhost', resolve));
  const address = host.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://localhost:${port}/report.html`, close: () => host.close() };
}

/** Expects the report's frame to take the height of `inside`, the embed's content, and returns it. */
async function expectFrameFits(page: Page, inside: string): Promise<number> {
  const height = await page
    .frameLocator('#chart')
    .locator(inside)
    .evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  await expect.poll(() => page.locator('#chart').getAttribute('height')).toBe(String(height));
  return height;
}

test.describe('embeds', () => {
  for (const chart of CHART_IDS)
    test(`/embed/${chart} draws its chart with no site chrome, its legend, source and a link to its page`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 720, height: 600 });
      await page.goto(appUrl(`/embed/${chart}?actors=us,eu`));
      const figure = page.locator(`figure[data-chart="${chart}"]`);
      await expect(
        figure
          .locator('.recharts-bar-rectangle, .recharts-line-curve, .timeline-mark, .timeline-bin')
          .first(),
      ).toBeVisible();
      await expect(page.getByRole('navigation')).toHaveCount(0);
      await expect(page.getByRole('contentinfo')).toHaveCount(0);
      await expect(figure.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(figure.getByRole('list', { name: 'Legend' })).toBeVisible();
      await expect(figure).toContainText('Source: Sanctions Tracker');
      await expect(figure).toContainText('Data as of');
      // The page that shows this chart for this view: the comparison shows the net direction, a
      // target's page its listings (the target with the most changes when none is named), the
      // overview every other chart for any actors.
      const shownOn =
        chart === 'net'
          ? 'compare'
          : chart === 'target'
            ? `targets/${busiestTarget(data.targets)?.id ?? ''}`
            : '';
      await expect(figure.getByRole('link', { name: 'Open in Sanctions Tracker ↗' })).toHaveAttribute(
        'href',
        new RegExp(`/tracker/${shownOn}$`),
      );
    });

  test('theme=dark is dark under a light system, and theme=light light under a dark one', async ({
    page,
  }) => {
    /** Relative luminance (0 black … 1 white) of the embed's background, as the browser paints it. */
    const luminance = () =>
      page.evaluate(() => {
        const element = document.querySelector('#root main');
        const canvas = document.createElement('canvas').getContext('2d');
        if (!element || !canvas) return NaN;
        canvas.fillStyle = getComputedStyle(element).backgroundColor;
        canvas.fillRect(0, 0, 1, 1);
        const [r = 0, g = 0, b = 0] = canvas.getImageData(0, 0, 1, 1).data;
        return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
      });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(appUrl('/embed/actions?theme=dark'));
    await expectLive(page);
    await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
    expect(await luminance()).toBeLessThan(0.1);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(appUrl('/embed/actions?theme=light'));
    await expectLive(page);
    await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
    expect(await luminance()).toBeGreaterThan(0.95);
  });

  test('transparent=1 paints no background', async ({ page }) => {
    await page.goto(appUrl('/embed/in-force?transparent=1&theme=dark'));
    await expect(page.locator('.recharts-line-curve').first()).toBeVisible();
    const colours = await page.evaluate(() =>
      [document.documentElement, document.body, document.querySelector('#root main')].map((el) =>
        el ? getComputedStyle(el).backgroundColor : 'missing',
      ),
    );
    expect(colours).toEqual(['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)']);
  });

  test('controls=0 (the default) shows no form controls; controls=1 shows actors and period', async ({
    page,
  }) => {
    await page.goto(appUrl('/embed/actions'));
    await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
    await expect(page.locator('input, select, button, textarea')).toHaveCount(0);
    await page.goto(appUrl('/embed/actions?controls=1'));
    const form = page.getByRole('form', { name: 'Chart controls' });
    await form.getByRole('checkbox', { name: 'EU' }).click();
    await expect(form.getByRole('checkbox', { name: 'EU' })).not.toBeChecked();
    await expect(page).toHaveURL(/\/embed\/actions\?actors=us&controls=1$/);
    await expect(page.getByText('European Union')).toHaveCount(0);
  });

  test('an unknown chart id says so inside the frame', async ({ page, consoleProblems }) => {
    // A static host answers an unknown path with its 404 page, which is the app.
    await page.goto(appUrl('/embed/%3Cb%3Enope%3C%2Fb%3E'));
    expectConsole(consoleProblems, /404/);
    await expect(page.getByRole('alert')).toContainText('There is no chart called “<b>nope</b>”');
    await expect(page.getByRole('navigation')).toHaveCount(0);
    await expect(page.locator('b')).toHaveCount(0);
  });

  test('a host page on another origin sizes the iframe from the height message', async ({
    page,
    baseURL,
  }) => {
    const host = await reportHost(`${baseURL ?? ''}${appUrl('/embed/actions?actors=eu')}`, baseURL);
    await page.setViewportSize({ width: 900, height: 900 });
    await page.goto(host.url);
    const frame = page.frameLocator('#chart');
    await expect(frame.locator('.recharts-bar-rectangle').first()).toBeVisible();
    expect(await expectFrameFits(page, '#root main')).not.toBe(640);
    host.close();
  });
});

test('a report pays for no script until its reader touches the chart, and the chart then works', async ({
  page,
  baseURL,
}) => {
  const host = await reportHost(`${baseURL ?? ''}${appUrl('/embed/actions')}`, baseURL);
  const scripts: string[] = [];
  const data: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script' && request.url().includes('/assets/'))
      scripts.push(request.url());
    if (request.url().includes('/data/')) data.push(request.url());
  });
  try {
    await page.setViewportSize({ width: 900, height: 900 });
    await page.goto(host.url);
    const frame = page.frameLocator('#chart');
    // The pre-rendered chart, sized to the frame by its height message, and no app script or data fetched.
    await expect(frame.locator('#prerender .recharts-bar-rectangle').first()).toBeVisible();
    await expectFrameFits(page, '#prerender');
    await page.waitForLoadState('networkidle');
    // Nor the dataset: it too waits for the first touch.
    expect(scripts).toEqual([]);
    expect(data).toEqual([]);
    // The first pointer over the chart starts the app, which takes the copy's place.
    await page.locator('#chart').hover();
    await expect(frame.locator('#prerender')).toHaveCount(0);
    expect(scripts.length).toBeGreaterThan(0);
    const bars = frame.locator('#root figure[data-chart] .recharts-bar-rectangle');
    await bars.last().hover();
    await expect(frame.locator('.recharts-tooltip-wrapper')).toContainText(/20\d\d/);
    await expect(frame.getByRole('link', { name: 'Open in Sanctions Tracker ↗' })).toHaveAttribute(
      'href',
      /\/tracker\/$/,
    );
  } finally {
    host.close();
  }
});

test.describe('exports', () => {
  test('the SVG carries title, legend, source, date and address, and the same bars as the page', async ({
    page,
  }) => {
    await page.setViewportSize(VIEWPORTS.wide);
    await page.goto(appUrl('/?actors=eu&from=2020-01-01'));
    const figure = page.getByRole('figure', { name: 'Sanctions actions over time' });
    await expect(figure.locator('.recharts-bar-rectangle path').first()).toBeVisible();
    const pageBars = await figure.locator('.recharts-bar-rectangle path').count();
    expect(pageBars).toBeGreaterThan(5);
    const file = await download(figure, 'SVG image');
    expect(file.name).toMatch(/^sanctions-actions-eu-2020-2026\.svg$/);
    const svg = file.bytes.toString('utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? '',
        root: doc.documentElement.nodeName,
        text: doc.documentElement.textContent,
        // Wrapped lines are separate text elements: read as running text, a space between lines.
        lines: [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' '),
        bars: doc.querySelectorAll('.recharts-bar-rectangle path').length,
        usesVariables: /var\(--/.test(text),
      };
    }, svg);
    expect(parsed.error).toBe('');
    expect(parsed.root).toBe('svg');
    expect(parsed.text).toContain('Sanctions actions over time');
    expect(parsed.text).toContain('European Union');
    expect(parsed.text).toContain('Imposed or expanded');
    expect(parsed.text).toContain('Source: Sanctions Tracker');
    expect(parsed.text).toContain('Data as of');
    expect(parsed.text).toContain('/tracker/?actors=eu&from=2020-01-01');
    expect(parsed.bars).toBe(pageBars);
    expect(parsed.usesVariables).toBe(false);
    // Every context event drawn is keyed in full inside the file, not left a bare number.
    const marks = contextInRange(
      data.annotations,
      viewRange(data.events, { ...DEFAULT_VIEW, from: '2020-01-01' }, data.asOf),
    );
    expect(marks.length).toBeGreaterThan(2);
    const flat = parsed.lines.replace(/\s+/g, ' ');
    for (const { number, annotation } of marks) {
      expect(flat, `context event ${number}`).toContain(
        `${number} ${annotation.title} (${formatDay(annotation.date)})`,
      );
      await expect(figure).toContainText(`${number} ${annotation.title} (${formatDay(annotation.date)})`);
    }
  });

  test('the in-force SVG draws a dot at every official total, as the page does', async ({ page }) => {
    const range = viewRange(data.events, DEFAULT_VIEW, data.asOf);
    const [eu] = inForceOverTime(data.events, ['eu'], range, data.checkpoints);
    const totals = eu?.points.filter((p) => p.basis === 'reported' && p.eventId).length ?? 0;
    expect(totals).toBeGreaterThan(5);
    await page.setViewportSize(VIEWPORTS.wide);
    await page.goto(appUrl('/?actors=eu'));
    const figure = page.getByRole('figure', { name: 'Persons and entities listed' });
    await expect(figure.locator('.recharts-reported-dot')).toHaveCount(totals);
    const svg = (await download(figure, 'SVG image')).bytes.toString('utf8');
    const dots = await page.evaluate(
      (text) =>
        new DOMParser().parseFromString(text, 'image/svg+xml').querySelectorAll('.recharts-reported-dot')
          .length,
      svg,
    );
    expect(dots).toBe(totals);
  });

  test('the PNG at 2× is twice the export frame wide', async ({ page }) => {
    await page.goto(appUrl('/?actors=eu'));
    const figure = page.getByRole('figure', { name: 'Persons and entities listed' });
    const file = await download(figure, 'PNG image (2×)');
    expect(file.name).toBe('sanctions-in-force-eu-2004-2026@2x.png');
    expect(pngWidth(file.bytes)).toBe(2 * 960);
  });

  test('a CSV holds exactly the rows of the table', async ({ page }) => {
    await page.goto(appUrl('/?actors=us&period=year'));
    const figure = page.getByRole('figure', { name: 'Sanctions actions over time' });
    const csv = (await download(figure, 'CSV of the numbers')).bytes.toString('utf8');
    await figure.getByText('Show the numbers as a table').click();
    const table = figure.getByRole('table', { name: /^Sanctions actions per year/ });
    await expect(table).toBeVisible();
    const rows = await table.locator('tbody tr').count();
    expect(csv.trim().split('\r\n')).toHaveLength(rows + 1);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'Period start,Period end,Period,US: Imposed or expanded,US: Renewed,"US: Eased, suspended or lifted"',
    );
    // Each period as ISO days an analysis tool reads, then the table's own row as shown.
    const first = await table.locator('tbody tr').first().locator('th, td').allTextContents();
    const year = first[0] ?? '';
    expect(lines[1]).toBe([`${year}-01-01`, `${year}-12-31`, ...first].join(','));
  });

  test('the embed dialog gives the snippet for this exact view, and copies it', async ({
    context,
    consoleProblems,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    watchConsole(page, consoleProblems);
    await page.goto(appUrl('/?actors=eu&period=quarter'));
    const figure = page.getByRole('figure', { name: 'Sanctions actions over time' });
    await figure.getByRole('button', { name: 'Embed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed “Sanctions actions over time: EU”' });
    const code = dialog.getByRole('textbox', { name: 'Code to paste' });
    await expect(code).toHaveValue(
      /<iframe src="http:\/\/127\.0\.0\.1:\d+\/tracker\/embed\/actions\?actors=eu&amp;period=quarter"/,
    );
    await expect(code).toHaveValue(
      /<script async src="http:\/\/127\.0\.0\.1:\d+\/tracker\/embed\.js"><\/script>/,
    );
    await dialog.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    await dialog.getByRole('checkbox', { name: 'Size automatically (adds a script)' }).uncheck();
    await expect(code).toHaveValue(/period=quarter&amp;theme=dark"/);
    await expect(code).not.toHaveValue(/<script/);
    await dialog.getByRole('button', { name: 'Copy code' }).click();
    await expect(dialog.getByRole('status')).toHaveText('Copied to the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('theme=dark');
    await expect(dialog.frameLocator('iframe').locator('.recharts-bar-rectangle').first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
  });

  test('a printed page is light, with no controls or navigation, and says where and when it is from', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(appUrl('/?actors=us'));
    await expect(page.locator('figure[data-chart="actions"] .recharts-bar-rectangle').first()).toBeVisible();
    const usLine = page.locator('figure[data-chart="in-force"] path.recharts-line-curve').first();
    await expect(usLine).toHaveAttribute('stroke', '#56B4E9');
    // What a browser does when it prints: the event, then the print media.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await expect(usLine).toHaveAttribute('stroke', '#0072B2');
    const background = await page.evaluate(
      () => getComputedStyle(document.querySelector('#main') ?? document.body).color,
    );
    expect(background).not.toBe('rgb(243, 244, 246)');
    // No form controls on paper (the context markers inside the charts stay: they are part of the figure).
    await expect(page.locator('button, select, input, summary').filter({ visible: true })).toHaveCount(0);
    await expect(page.getByRole('navigation')).toBeHidden();
    await expect(page.getByText('Printed from')).toContainText(
      /\/tracker\/\?actors=us — Sanctions Tracker, data as of \d+ \w+ \d{4}\./,
    );
  });

  for (const path of ['/', '/compare'])
    test(`${path} printed from a wide window to A4: every chart whole, to its last year`, async ({
      page,
    }) => {
      await page.setViewportSize(VIEWPORTS.wide);
      await page.goto(appUrl(path));
      // Every chart drawn before printing.
      const figures = await drawEveryChart(page, 1);
      const lastYear = viewRange(data.events, DEFAULT_VIEW, data.asOf).end.slice(0, 4);
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      await page.emulateMedia({ media: 'print' });
      // An A4 page's printable width at the browser's default margins, in CSS pixels.
      const paper = 718;
      for (const figure of figures) {
        const name = (await figure.getAttribute('data-chart')) ?? '';
        const svg = figure.locator('svg.recharts-surface').first();
        // Drawn for the paper, not for the window: at most its printable width less the page's padding.
        const drawn = Number(await svg.getAttribute('width'));
        expect(drawn, `${name}: drawn for the page`).toBeLessThanOrEqual(paper - 64);
        // The drawing lies inside its figure, whatever box the paper gives the figure.
        const [box, frame] = await Promise.all([svg.boundingBox(), figure.boundingBox()]);
        expect(
          box && frame && box.x >= frame.x && box.x + box.width <= frame.x + frame.width + 0.5,
          name,
        ).toBe(true);
        // A time chart's axis reaches the last year of the data.
        const ticks = await svg.locator('.recharts-cartesian-axis-tick-value').allTextContents();
        if (ticks.some((t) => /\b(19|20)\d\d\b/.test(t)))
          expect(ticks.join(' '), `${name}: the axis reaches ${lastYear}`).toMatch(
            new RegExp(`${lastYear}|${Number(lastYear) - 1}`),
          );
      }
    });
});
