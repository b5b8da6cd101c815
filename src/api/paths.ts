import { ACTORS } from '../data/ids';
import { CHART_IDS } from '../url/routes';

/**
 * Paths of the published dataset, relative to the app's base. Shared by the fetcher, the MSW
 * handlers and the build, so the three can never disagree.
 */
export const DATA_JSON_PATH = 'data/sanctions.json';
/** The CSV twin of the JSON file. */
export const DATA_CSV_PATH = 'data/sanctions.csv';
/** The named targets, one row per status change. */
export const DATA_TARGETS_CSV_PATH = 'data/targets.csv';
/** What each version of the dataset added, corrected and removed. */
export const DATA_CHANGES_PATH = 'data/changes.json';
/** The same changes as an Atom feed. */
export const DATA_FEED_PATH = 'data/feed.xml';

/** Joins the app's base (`/` or `/sub/path/`) and a relative path. */
export function underBase(base: string, path: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}${path}`;
}

/**
 * Every app path a static host must answer with the app (relative, no leading slash). The build
 * writes a copy of index.html at each, so deep links load on hosts with no rewrite rules.
 */
export function appRoutePaths(): string[] {
  return [
    '',
    'about',
    'events',
    'compare',
    'targets',
    'present',
    ...ACTORS.map((actor) => `actors/${actor}`),
    ...CHART_IDS.map((id) => `embed/${id}`),
  ];
}
