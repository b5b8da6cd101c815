import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageAt, pageFiles, PAGES, readManifest, staticPaths, type PageName } from './pages';

/**
 * Bytes (gzip) each kind of page downloads before its first chart, followed through the build
 * manifest (scripts/pages.ts). Deterministic for a given build, so `npm test` enforces the
 * budgets; `npm run bench` reports them beside the bare page.
 */

/** Budgets per kind of page, in gzip bytes. Raise one only after looking at what grew. */
export const BUDGETS = {
  overview: { js: 263_000, css: 8_200 },
  about: { js: 133_500, css: 8_200 },
  events: { js: 159_500, css: 8_200 },
  event: { js: 135_000, css: 8_200 },
  compare: { js: 273_500, css: 8_200 },
  actor: { js: 274_000, css: 8_200 },
  targets: { js: 146_500, css: 8_200 },
  target: { js: 135_500, css: 8_200 },
  embed: { js: 256_500, css: 8_200 },
  present: { js: 257_500, css: 8_200 },
} as const satisfies Record<PageName, { js: number; css: number }>;

/** Gzip sizes of the JS and CSS a page loads up front, file by file. */
export async function routeBytes(
  page: PageName,
  dist = 'dist',
): Promise<{ js: number; css: number; files: Record<string, number> }> {
  const manifest = await readManifest(dist);
  const sizes: Record<string, number> = {};
  let js = 0;
  let css = 0;
  for (const file of pageFiles(manifest, page)) {
    const bytes = gzipSync(await readFile(path.join(dist, file)), { level: 9 }).length;
    sizes[path.basename(file)] = bytes;
    if (file.endsWith('.css')) css += bytes;
    else js += bytes;
  }
  return { js, css, files: sizes };
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const dist = 'dist';
  const manifest = await readManifest(dist);
  let over = false;
  const unasked: string[] = [];
  for (const page of Object.keys(PAGES).filter((r): r is PageName => r in PAGES)) {
    const { js, css, files } = await routeBytes(page, dist);
    const budget = BUDGETS[page];
    console.log(
      `${page}, first load, gzip: JS ${js} B (budget ${budget.js}), CSS ${css} B (budget ${budget.css})`,
    );
    for (const [name, bytes] of Object.entries(files)) console.log(`  ${name}: ${bytes} B`);
    over ||= js > budget.js || css > budget.css;
  }
  // Every page the build wrote asks for all of its kind's first-load chunks.
  for (const route of staticPaths()) {
    const page = pageAt(route);
    if (!page) continue;
    const html = await readFile(path.join(dist, route, 'index.html'), 'utf8');
    for (const file of pageFiles(manifest, page))
      if (!html.includes(`/${file}"`)) unasked.push(`/${route} does not ask for ${file}`);
  }
  if (over)
    console.error('Over budget: a dependency or a chunk grew. Look at what changed before raising a budget.');
  if (unasked.length) console.error(`A page's HTML misses chunks it loads first:\n  ${unasked.join('\n  ')}`);
  if (over || unasked.length) process.exit(1);
}
