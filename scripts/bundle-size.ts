import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';

/**
 * Bytes (gzip) each route downloads before its first chart, followed through the build manifest:
 * the entry, the route's own chunks and everything they import statically (not what they load on
 * demand, such as the exporters). Deterministic for a given build, so `npm test` enforces the
 * budgets; `npm run bench` reports them beside the bare page.
 */

/** The modules that make up each route, as the manifest names them. */
export const ROUTES = {
  overview: ['src/views/Layout.tsx', 'src/views/OverviewPage.tsx'],
  embed: ['src/views/EmbedPage.tsx'],
} as const;
/** A measured route. */
export type RouteName = keyof typeof ROUTES;

/** Budgets per route, in gzip bytes. Raise one only after looking at what grew. */
export const BUDGETS = {
  overview: { js: 263_000, css: 8_200 },
  embed: { js: 256_500, css: 8_200 },
} as const satisfies Record<RouteName, { js: number; css: number }>;

const manifestSchema = z.record(
  z.string(),
  z.object({
    file: z.string(),
    imports: z.array(z.string()).optional(),
    css: z.array(z.string()).optional(),
  }),
);

/** Gzip sizes of the JS and CSS a route loads up front, file by file. */
export async function routeBytes(
  route: RouteName,
  dist = 'dist',
): Promise<{ js: number; css: number; files: Record<string, number> }> {
  const manifest = manifestSchema.parse(
    JSON.parse(await readFile(path.join(dist, '.vite/manifest.json'), 'utf8')),
  );
  const seen = new Set<string>();
  const files = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The build manifest has no ${key}: update ROUTES in scripts/bundle-size.ts.`);
    files.add(chunk.file);
    chunk.css?.forEach((css) => files.add(css));
    chunk.imports?.forEach(visit);
  };
  ['index.html', ...ROUTES[route]].forEach(visit);
  const sizes: Record<string, number> = {};
  let js = 0;
  let css = 0;
  for (const file of files) {
    const bytes = gzipSync(await readFile(path.join(dist, file)), { level: 9 }).length;
    sizes[path.basename(file)] = bytes;
    if (file.endsWith('.css')) css += bytes;
    else js += bytes;
  }
  return { js, css, files: sizes };
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  let over = false;
  for (const route of Object.keys(ROUTES).filter((r): r is RouteName => r in ROUTES)) {
    const { js, css, files } = await routeBytes(route);
    const budget = BUDGETS[route];
    console.log(
      `${route}, first load, gzip: JS ${js} B (budget ${budget.js}), CSS ${css} B (budget ${budget.css})`,
    );
    for (const [name, bytes] of Object.entries(files)) console.log(`  ${name}: ${bytes} B`);
    over ||= js > budget.js || css > budget.css;
  }
  if (over) {
    console.error('Over budget: a dependency or a chunk grew. Look at what changed before raising a budget.');
    process.exit(1);
  }
}
