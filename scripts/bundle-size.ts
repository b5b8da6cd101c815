import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Bytes (gzip) the overview downloads before its first chart, against budgets. Deterministic for
 * a given build, so `npm test` enforces it; `npm run bench` reports it with the timings.
 */
export const BUDGET = { js: 270_000, css: 8_000 } as const;

/** Gzip sizes of the JS and CSS that `dist/index.html` loads up front. */
export async function firstLoadBytes(
  dist = 'dist',
): Promise<{ js: number; css: number; files: Record<string, number> }> {
  const html = await readFile(path.join(dist, 'index.html'), 'utf8');
  const urls = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? '');
  const files: Record<string, number> = {};
  let js = 0;
  let css = 0;
  for (const url of urls) {
    const file = path.join(dist, url.replace(/^\/([^/]+\/)*?(?=assets\/)/, ''));
    const bytes = gzipSync(await readFile(file), { level: 9 }).length;
    files[path.basename(file)] = bytes;
    if (file.endsWith('.js')) js += bytes;
    else css += bytes;
  }
  return { js, css, files };
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const { js, css, files } = await firstLoadBytes();
  console.log(`first load, gzip: JS ${js} B (budget ${BUDGET.js}), CSS ${css} B (budget ${BUDGET.css})`);
  for (const [name, bytes] of Object.entries(files)) console.log(`  ${name}: ${bytes} B`);
  if (js > BUDGET.js || css > BUDGET.css) {
    console.error(
      'Over budget: a dependency or a chunk grew. Look at what changed before raising the budget.',
    );
    process.exit(1);
  }
}
