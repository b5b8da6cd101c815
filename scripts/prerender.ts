import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { access, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type ConsoleMessage, type Page } from 'playwright-core';
import { splitLocale } from '../src/i18n/locales';
import { pageAt, PAGES, prerenderedIn } from '../src/url/pages';
import { CHROMIUM_LAUNCH } from '../tests/e2e/chromium';
import { builtPaths } from './pages';

/**
 * The first screen of every static route the page table marks, in that route's HTML: `tsx
 * scripts/prerender.ts` after `vite build`, on the build in `OUT_DIR` (`dist` by default).
 * Recharts draws nothing on the server, so Chromium draws each route as a reader would see it
 * (light, then dark; a phone's width and a desktop's), and the page up to the end of its first
 * chart (`chart`) or of the first screen (`screen`) is written into the page. `public/boot.js`
 * keeps it only for the view it shows (no parameters but `theme`); the app draws beneath it unseen
 * and removes it once its own is drawn. Without Chromium the build fails and says why, unless
 * PRERENDER=off says to go without.
 */

const dist = process.env.OUT_DIR || 'dist';
const base = process.env.BASE_PATH || '/';
type Cut = 'chart' | 'screen';
/** Paths relative to the base of the pages pre-rendered (`prerender` in the page table), with where each copy ends. */
const ROUTES = builtPaths().flatMap((route): { route: string; cut: Cut }[] => {
  const page = pageAt(route);
  const cut = page && prerenderedIn(page, splitLocale(route).locale) && PAGES[page].prerender;
  return cut && cut !== 'none' ? [{ route, cut }] : [];
});

if (process.env.PRERENDER === 'off') {
  console.log('PRERENDER=off: no pre-render. Every page draws its first chart with JavaScript only.');
  process.exit(0);
}
try {
  await access(CHROMIUM_LAUNCH.executablePath);
} catch {
  console.error(
    `The pre-render draws each route's first chart in Chromium, and there is none at ${CHROMIUM_LAUNCH.executablePath}.\n` +
      'Install it (apt-get install -y chromium) or set CHROMIUM_PATH; or build without pre-rendered charts with PRERENDER=off.',
  );
  process.exit(1);
}

/** Serves the build on a free port, as a plain static host would. */
async function serve(): Promise<{ origin: string; stop: () => void }> {
  const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/static-server.ts', dist, base, '0']);
  const line = await new Promise<string>((resolve, reject) => {
    server.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString()));
    server.once('exit', (code) => reject(new Error(`the static server exited (${code ?? 'signal'})`)));
  });
  const origin = /http:\/\/127\.0\.0\.1:\d+/.exec(line)?.[0];
  if (!origin) throw new Error(`the static server did not say where it listens: ${line}`);
  return { origin, stop: () => server.kill() };
}

/**
 * Runs in the page: the first screen, up to the end of the first chart (`chart`) or to the
 * window's bottom edge (`screen`), ids prefixed so that they cannot clash with the app's while
 * both are in the document.
 */
function snapshot({ prefix, cut }: { prefix: string; cut: Cut }): string {
  const root = document.getElementById('root');
  if (!root) throw new Error('no #root');
  const last = cut === 'chart' ? root.querySelector('figure[data-chart]') : undefined;
  if (cut === 'chart' && !last) throw new Error('no chart drawn');
  last?.setAttribute('data-prerender-cut', '');
  // Left out: what the screen does not show (the print-only line, which names this machine's
  // address), and for `screen` what starts below the window's bottom edge.
  const below = (element: Element) => cut === 'screen' && element.getBoundingClientRect().top >= innerHeight;
  const out = (element: Element) => getComputedStyle(element).display === 'none' || below(element);
  const left = [...root.querySelectorAll('*')].filter(
    (element) => out(element) && !(element.parentElement && out(element.parentElement)),
  );
  for (const element of left) element.setAttribute('data-prerender-out', '');
  const clone = root.cloneNode(true);
  if (!(clone instanceof HTMLElement)) throw new Error('#root did not copy');
  last?.removeAttribute('data-prerender-cut');
  for (const element of left) element.removeAttribute('data-prerender-out');
  for (const element of clone.querySelectorAll('[data-prerender-out]')) element.remove();
  const end = clone.querySelector('[data-prerender-cut]');
  end?.removeAttribute('data-prerender-cut');
  // Everything after the first chart is left for the app: cut what follows it at every level.
  for (let node: Element | null | undefined = end; node && node !== clone; node = node.parentElement)
    while (node.nextSibling) node.nextSibling.remove();
  // A copy is not a control: the chart's keyboard cursor and its marks' links are the app's (an
  // image's parts are not read one by one).
  for (const svg of clone.querySelectorAll('svg')) {
    for (const element of [svg, ...svg.querySelectorAll('[tabindex], [role]')]) {
      element.removeAttribute('tabindex');
      if (element === svg) {
        if (!svg.classList.contains('recharts-surface')) continue;
        // One image, named by its figure's title (the figure's text says what it shows).
        svg.setAttribute('role', 'img');
        const figure = svg.closest('figure');
        const title = figure?.querySelector(`[id="${figure.getAttribute('aria-labelledby')}"]`);
        if (title?.textContent && !svg.hasAttribute('aria-label'))
          svg.setAttribute('aria-label', title.textContent);
      } else if (['link', 'button'].includes(element.getAttribute('role') ?? ''))
        element.removeAttribute('role');
    }
  }
  // Recharts sizes its wrapper in pixels of this width: the copy fills the plot box of any width.
  for (const wrapper of clone.querySelectorAll<HTMLElement>('.recharts-wrapper')) {
    wrapper.style.width = '100%';
    wrapper.style.height = '100%';
  }
  const ids = new Set([...clone.querySelectorAll('[id]')].map((e) => e.id));
  const renamed = (id: string) => (ids.has(id) ? `${prefix}${id}` : id);
  for (const element of clone.querySelectorAll('*')) {
    for (const attribute of [...element.attributes]) {
      const { name, value } = attribute;
      if (name === 'id') element.setAttribute(name, renamed(value));
      else if (['for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns'].includes(name))
        element.setAttribute(name, value.split(/\s+/).map(renamed).join(' '));
      else if ((name === 'href' || name === 'xlink:href') && value.startsWith('#'))
        element.setAttribute(name, `#${renamed(value.slice(1))}`);
      // A link to this site (an embed's "open in the app") names the build machine's address:
      // written from the root, it leads to the site that serves the page.
      else if (name === 'href' && value.startsWith(`${location.origin}/`))
        element.setAttribute(name, value.slice(location.origin.length));
      else if (value.includes('url(#'))
        element.setAttribute(
          name,
          value.replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${renamed(id)})`),
        );
    }
  }
  return clone.innerHTML;
}

/**
 * Runs in the page: the wide light snapshot, each drawing (and each part the app draws per width,
 * marked `data-variant`) followed by its variants (dark; narrow, light and dark) where they
 * differ. CSS shows one per theme and frame width.
 */
function merge(variants: { html: string; scheme: string; width: string }[]): string {
  const parse = (html: string) => {
    const template = document.createElement('template');
    template.innerHTML = html;
    return template.content;
  };
  const VARIED = 'svg, [data-variant]';
  const drawings = (root: ParentNode) =>
    [...root.querySelectorAll(VARIED)].filter((element) => !element.parentElement?.closest(VARIED));
  const [first] = variants;
  if (!first) throw new Error('nothing to merge');
  const page = parse(first.html);
  const all = variants.map((variant, i) => drawings(i === 0 ? page : parse(variant.html)));
  const count = all[0]?.length ?? 0;
  if (all.some((found) => found.length !== count))
    throw new Error(`the variants draw different drawings (${all.map((found) => found.length).join(', ')})`);
  const bare = (drawing: Element) => drawing.outerHTML.replace(/ id="[^"]*"|url\(#[^)]*\)/g, '');
  for (let i = 0; i < count; i++) {
    // Each distinct drawing once, marked with the themes and widths it stands for when not all.
    const kept: { drawing: Element; schemes: Set<string>; widths: Set<string> }[] = [];
    variants.forEach((variant, v) => {
      const drawing = all[v]?.[i];
      if (!drawing) return;
      const same = kept.find((k) => bare(k.drawing) === bare(drawing));
      if (same) {
        same.schemes.add(variant.scheme);
        same.widths.add(variant.width);
      } else kept.push({ drawing, schemes: new Set([variant.scheme]), widths: new Set([variant.width]) });
    });
    let last: Element | undefined;
    for (const { drawing, schemes, widths } of kept) {
      for (const set of [schemes, widths])
        if (set.size === 1) drawing.classList.add(`pre-${[...set].join('')}`);
      // A drawing's other variants follow it, marked as such (src/prerender.ts counts them as one).
      if (last) {
        drawing.setAttribute('data-also', '');
        last.after(drawing);
      }
      last = drawing;
    }
  }
  const holder = document.createElement('div');
  holder.append(page);
  return holder.innerHTML;
}

/** tsx compiles the functions given to the page with calls to its `__name` helper: give them one. */
const KEEP_NAMES = 'globalThis.__name = (fn) => fn;';

/** The two widths drawn: a phone's, and a desktop's (between them the wider copy is scaled down). */
const WIDTHS = { narrow: 390, wide: 1280 } as const;
/** The variants of each route, in the order one page goes through them without reloading. */
const VARIANTS = [
  { width: 'wide', scheme: 'light' },
  { width: 'wide', scheme: 'dark' },
  { width: 'narrow', scheme: 'dark' },
  { width: 'narrow', scheme: 'light' },
] as const;

/**
 * Runs in the page: true once the first chart is drawn in `scheme` at its box's width, with its
 * axes (or the page's heading is drawn in `scheme`), and the markup has not changed for two frames
 * (Recharts draws in passes; a list follows the window's width).
 */
function settled({ scheme, cut }: { scheme: string; cut: Cut }): boolean {
  const themed = document.documentElement.dataset.theme === scheme;
  let ready: boolean;
  let figure: Element | null | undefined;
  if (cut === 'screen') {
    figure = document.querySelector('#root h1') ? document.getElementById('root') : undefined;
    ready = themed && Boolean(figure);
  } else {
    figure = document.querySelector('#root figure[data-chart]');
    const svg = figure?.querySelector('svg.recharts-surface');
    const box = svg?.closest('.recharts-wrapper')?.parentElement;
    ready = Boolean(
      themed &&
      figure?.querySelector('.recharts-cartesian-axis-tick') &&
      svg &&
      box &&
      Number(svg.getAttribute('width')) === Math.floor(box.clientWidth),
    );
  }
  const markup = ready ? (figure?.innerHTML ?? '') : '';
  const stable = ready && Reflect.get(window, '__prerenderMarkup') === markup;
  Reflect.set(window, '__prerenderMarkup', markup);
  const frames = stable ? Number(Reflect.get(window, '__prerenderFrames') ?? 0) + 1 : 0;
  Reflect.set(window, '__prerenderFrames', frames);
  return frames >= 2;
}

/**
 * Draws one route in every variant in one page: loaded once, then switched between colour schemes
 * and widths as a reader's system and window would, each copy taken once the chart has settled.
 */
async function captureRoute(page: Page, url: string, cut: Cut) {
  const problems: string[] = [];
  const onConsole = (m: ConsoleMessage) => {
    // The offline worker is blocked on purpose: a pre-render is drawn from the network.
    if (/Service Worker registration blocked/.test(m.text())) return;
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  };
  const onError = (e: Error) => problems.push(e.message);
  page.on('console', onConsole);
  page.on('pageerror', onError);
  try {
    const [first] = VARIANTS;
    await page.setViewportSize({ width: WIDTHS[first.width], height: 900 });
    await page.emulateMedia({ colorScheme: first.scheme });
    // The first chart's lazy parts (the time brush) and the fonts arrive before the first copy.
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const variants = [];
    for (const { width, scheme } of VARIANTS) {
      await page.setViewportSize({ width: WIDTHS[width], height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.waitForFunction(settled, { scheme, cut }, { polling: 'raf', timeout: 20_000 });
      const html = await page.evaluate(snapshot, { prefix: `p${width[0]}${scheme[0]}-`, cut });
      variants.push({ html, scheme, width });
    }
    if (problems.length) throw new Error(`the page logged: ${problems.join(' | ')}`);
    return variants;
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onError);
  }
}

/** Writes the snapshot into a route's HTML: the marker `boot.js` reads, and the markup before #root. */
function inject(html: string, route: string, markup: string): string {
  if (html.includes('id="prerender"')) throw new Error(`${route || '/'} is pre-rendered already`);
  // The marker goes before boot.js, which reads it; with scripts off, the file's own path is the
  // only one it can be served at, so it shows.
  // boot.js is written inline into the page (scripts/vite-csp-plugin.ts), marked so.
  const boot = '<script data-boot>';
  const withMeta = html.replace(
    boot,
    `<meta name="sanctions-prerender" content="${base}${route}" />\n` +
      '    <noscript><style>#prerender { display: block !important; }</style></noscript>\n' +
      `    ${boot}`,
  );
  if (withMeta === html) throw new Error(`${route || '/'}: no boot.js script to write the marker before`);
  const out = withMeta.replace(
    '<div id="root"></div>',
    `<div id="prerender">${markup}</div><div id="root"></div>`,
  );
  if (out === withMeta) throw new Error(`${route || '/'}: no empty #root to write before`);
  return out;
}

/**
 * The offline worker precaches index.html by a hash of its content taken before the pre-render:
 * the hash must follow the content, or a worker would keep an old page (and its old numbers).
 */
async function updatePrecacheRevision(html: string) {
  const worker = path.join(dist, 'sw.js');
  const source = await readFile(worker, 'utf8').catch(() => undefined);
  if (source === undefined) return;
  const revision = createHash('md5').update(html).digest('hex');
  const next = source.replace(/(\{url:"index\.html",revision:")[0-9a-f]+("\})/, `$1${revision}$2`);
  if (next === source) throw new Error('sw.js has no precache entry for index.html to update');
  await writeFile(worker, next);
}

const started = Date.now();
const server = await serve();
const browser = await chromium.launch(CHROMIUM_LAUNCH);
/** Pages drawing at once: two keep both cores of a small machine busy while one waits on the other. */
const PAGES_AT_ONCE = 2;
try {
  const queue = [...ROUTES];
  const work = async () => {
    const page = await browser.newPage({ serviceWorkers: 'block' });
    await page.addInitScript(KEEP_NAMES);
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      const { route, cut } = next;
      const variants = await captureRoute(page, `${server.origin}${base}${route}`, cut);
      const markup = await page.evaluate(merge, variants).catch((error: unknown) => {
        throw new Error(`${base}${route}: ${error instanceof Error ? error.message : String(error)}`);
      });
      const file = path.join(dist, route, 'index.html');
      const html = inject(await readFile(file, 'utf8'), route, markup);
      await writeFile(file, html);
      if (route === '') await updatePrecacheRevision(html);
      console.log(
        `pre-rendered ${base}${route} (${(Buffer.byteLength(markup) / 1000).toFixed(1)} KB of markup)`,
      );
    }
  };
  await Promise.all(Array.from({ length: PAGES_AT_ONCE }, work));
} finally {
  await browser.close();
  server.stop();
}
console.log(`pre-render: ${ROUTES.length} routes in ${((Date.now() - started) / 1000).toFixed(1)} s`);
