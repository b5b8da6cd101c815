/**
 * Paths of the published dataset, relative to the app's base. Shared by the fetcher, the MSW
 * handlers and the build, so the three can never disagree.
 */
export const DATA_JSON_PATH = 'data/sanctions.json';
/** The CSV twin of the JSON file. */
export const DATA_CSV_PATH = 'data/sanctions.csv';
/** The named targets, one row per status change. */
export const DATA_TARGETS_CSV_PATH = 'data/targets.csv';
/** One named target as JSON: its status, changes and listings. */
export function dataTargetPath(id: string): string {
  return `data/targets/${id}.json`;
}
/** The records' summaries and titles in one language (`be`, `ru`, `uk`), keyed by record id. */
export function dataTranslationsPath(locale: string): string {
  return `data/translations/${locale}.json`;
}
/** What each version of the dataset added, corrected and removed. */
export const DATA_CHANGES_PATH = 'data/changes.json';
/** The same changes as an Atom feed. */
export const DATA_FEED_PATH = 'data/feed.xml';

/** Joins the app's base (`/` or `/sub/path/`) and a relative path. */
export function underBase(base: string, path: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}${path}`;
}
