import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { appRoutePaths } from '../src/api/paths';
import { dataset } from '../src/data/dataset';

/**
 * The kinds of page, each with the view modules the router loads for it (its lazy imports in
 * src/router.tsx), as the build manifest names them. The build preloads each page's chunks from
 * its HTML, and the byte budgets follow the same chunks.
 */
const SITE = 'src/views/Layout.tsx';
export const PAGES = {
  overview: [SITE, 'src/views/OverviewPage.tsx'],
  about: [SITE, 'src/views/AboutPage.tsx'],
  events: [SITE, 'src/views/EventsPage.tsx'],
  event: [SITE, 'src/views/EventPage.tsx'],
  compare: [SITE, 'src/views/ComparePage.tsx'],
  actor: [SITE, 'src/views/ActorPage.tsx'],
  targets: [SITE, 'src/views/TargetsPage.tsx'],
  target: [SITE, 'src/views/TargetPage.tsx'],
  embed: ['src/views/EmbedPage.tsx'],
  present: ['src/views/PresentPage.tsx'],
} as const;
/** A kind of page. */
export type PageName = keyof typeof PAGES;

/** The kind of page at a path relative to the base (no leading slash), as the router matches it. */
export function pageAt(route: string): PageName | undefined {
  const [first = '', second] = route.split('/');
  if (first === '') return 'overview';
  if (first === 'events') return second ? 'event' : 'events';
  if (first === 'targets') return second ? 'target' : 'targets';
  if (first === 'actors' && second) return 'actor';
  if (first === 'embed' && second) return 'embed';
  if (first === 'about' || first === 'compare' || first === 'present') return first;
  return undefined;
}

/** The pages whose first screen is a chart: the build pre-renders them (scripts/prerender.ts). */
export const PRERENDERED: readonly PageName[] = ['overview', 'embed', 'actor'];

/**
 * Every path the build writes a page at, relative to the base: the app's routes and each action's
 * and target's page, so that any link loads directly from a static host.
 */
export function staticPaths(): string[] {
  return [
    ...appRoutePaths(),
    ...dataset.events.map((e) => `events/${e.id}`),
    ...dataset.targets.map((t) => `targets/${t.id}`),
  ];
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

/**
 * The files a page loads before its first chart: the entry, the page's own chunks and everything
 * they import statically (not what they load on demand, such as the exporters).
 */
export function pageFiles(manifest: Manifest, page: PageName): string[] {
  const seen = new Set<string>();
  const files = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The build manifest has no ${key}: update PAGES in scripts/pages.ts.`);
    files.add(chunk.file);
    chunk.css?.forEach((css) => files.add(css));
    chunk.imports?.forEach(visit);
  };
  ['index.html', ...PAGES[page]].forEach(visit);
  return [...files];
}
