import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { DEFAULT_LOCALE, LOCALES, splitLocale, type Locale } from '../src/i18n/locales';
import { pageAt, PAGE_NAMES, PAGES, prerenderedIn, type PageName } from '../src/url/pages';
import { builtPaths, pageFiles, readManifest, readWordsDir } from './pages';

/**
 * Bytes (gzip) each kind of page downloads before its first chart, followed through the build
 * manifest (scripts/pages.ts), against the budgets of the page table (src/url/pages.ts).
 * Deterministic for a given build, so `npm test` enforces them; `npm run bench` reports them beside the bare page.
 */

/** Each built file's gzip size, read once: every page in every language shares most of its files. */
const gzipped = new Map<string, Promise<number>>();
function gzipBytes(file: string): Promise<number> {
  const found = gzipped.get(file) ?? readFile(file).then((data) => gzipSync(data, { level: 9 }).length);
  gzipped.set(file, found);
  return found;
}

/** Gzip sizes of the JS and CSS a page loads up front, file by file. */
export async function routeBytes(
  page: PageName,
  dist = 'dist',
  locale: Locale = DEFAULT_LOCALE,
): Promise<{ js: number; css: number; files: Record<string, number> }> {
  const manifest = await readManifest(dist);
  const words = await readWordsDir(dist);
  const sizes: Record<string, number> = {};
  let js = 0;
  let css = 0;
  for (const file of pageFiles(manifest, words, page, locale)) {
    const bytes = await gzipBytes(path.join(dist, file));
    sizes[path.basename(file)] = bytes;
    if (file.endsWith('.css')) css += bytes;
    else js += bytes;
  }
  return { js, css, files: sizes };
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const dist = process.env.OUT_DIR || 'dist';
  const manifest = await readManifest(dist);
  const words = await readWordsDir(dist);
  let over = false;
  const unasked: string[] = [];
  for (const page of PAGE_NAMES) {
    const { budget } = PAGES[page];
    // Every language's: each loads its own messages.
    for (const locale of LOCALES) {
      const { js, css, files } = await routeBytes(page, dist, locale);
      console.log(
        `${page} (${locale}), first load, gzip: JS ${js} B (budget ${budget.js}), CSS ${css} B (budget ${budget.css})`,
      );
      if (locale === DEFAULT_LOCALE)
        for (const [name, bytes] of Object.entries(files)) console.log(`  ${name}: ${bytes} B`);
      over ||= js > budget.js || css > budget.css;
    }
  }
  // Every page the build wrote asks for all of its kind's first-load chunks.
  for (const route of builtPaths()) {
    const page = pageAt(route);
    if (!page) continue;
    const html = await readFile(path.join(dist, route, 'index.html'), 'utf8');
    // A pre-rendered page names its scripts for boot.js (in one tag) instead of asking for them.
    const { locale } = splitLocale(route);
    const later = prerenderedIn(page, locale);
    const scripts = later ? (/<meta name="sanctions-start"[^>]*>/.exec(html)?.[0] ?? '') : html;
    for (const file of pageFiles(manifest, words, page, locale))
      if (!(file.endsWith('.css') ? html : scripts).includes(`/${file}`))
        unasked.push(`/${route} does not ask for ${file}`);
    if (later && /<script type="module"|rel="modulepreload"/.test(html))
      unasked.push(`/${route} asks for a script before its copy is touched`);
  }
  if (over)
    console.error('Over budget: a dependency or a chunk grew. Look at what changed before raising a budget.');
  if (unasked.length) console.error(`A page's HTML misses chunks it loads first:\n  ${unasked.join('\n  ')}`);
  if (over || unasked.length) process.exit(1);
}
