import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { dataset } from '../src/data/dataset';
import type { Locale } from '../src/i18n/locales';
import { PAGES, staticPaths, type PageName } from '../src/url/pages';
import { WORDS_DIR } from './vite-messages-plugin';

/** Every path the build writes a page at, relative to the base: each page of the table at each of its paths. */
export function builtPaths(): string[] {
  return staticPaths({ events: dataset.events.map((e) => e.id), targets: dataset.targets.map((t) => t.id) });
}

const manifestSchema = z.record(
  z.string(),
  z.object({
    file: z.string(),
    imports: z.array(z.string()).optional(),
    css: z.array(z.string()).optional(),
  }),
);
/** The build manifest (`build.manifest` in vite.config.ts). */
export type Manifest = z.infer<typeof manifestSchema>;

export async function readManifest(dist: string): Promise<Manifest> {
  return manifestSchema.parse(JSON.parse(await readFile(path.join(dist, '.vite/manifest.json'), 'utf8')));
}

/** The module of the site's frame (header, navigation, footer), which every `site` page loads first. */
const SITE_FRAME = 'src/views/Layout.tsx';

/**
 * The files a page loads before its first chart: the entry, the page's own chunks and everything
 * they import statically (not what they load on demand, such as the exporters), and its first
 * words in its language (`words`: where the build wrote them, `readWordsDir`).
 */
export function pageFiles(manifest: Manifest, words: string, page: PageName, locale: Locale): string[] {
  const seen = new Set<string>();
  const files = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The build manifest has no ${key}: is the page table's view right?`);
    files.add(chunk.file);
    chunk.css?.forEach((css) => files.add(css));
    chunk.imports?.forEach(visit);
  };
  const { chrome, view } = PAGES[page];
  ['index.html', ...(chrome === 'site' ? [SITE_FRAME] : []), `src/views/${view}.tsx`].forEach(visit);
  return [...files, `${words}/${locale}/${page}.js`];
}

/** Where the build wrote its sets of messages (scripts/vite-messages-plugin.ts): one directory, named by their hash. */
export async function readWordsDir(dist: string): Promise<string> {
  const dirs = await readdir(path.join(dist, WORDS_DIR));
  if (dirs.length !== 1) throw new Error(`${WORDS_DIR} should hold one directory, not ${dirs.length}`);
  return `${WORDS_DIR}/${dirs[0] ?? ''}`;
}
