import { z } from 'zod/mini';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';
import {
  underBase,
  DATA_CHANGES_PATH,
  DATA_CSV_PATH,
  DATA_FEED_PATH,
  DATA_JSON_PATH,
  DATA_TARGETS_CSV_PATH,
  dataTargetPath,
  dataTranslationsPath,
} from '../src/api/paths';
import { changelog } from '../src/data/changelog';
import { atomFeed, changesDocument } from '../src/data/feed';
import { datasetToCsv, targetsToCsv } from '../src/data/csv';
import { dataset } from '../src/data/dataset';
import { listEntries } from '../src/data/listEntries';
import {
  changeSchema,
  datasetSchema,
  describeDatasetIssues,
  listEntrySchema,
  publishedTranslations,
  publishedTranslationsSchema,
} from '../src/data/schema';
import { RECORD_TRANSLATIONS } from '../src/data/translations';
import { targetDocument } from '../src/selectors/targetDocument';
import { LOCALES, localePrefix, splitLocale, type Locale } from '../src/i18n/locales';
import { pageAt, prerenderedIn } from '../src/url/pages';
import { builtPaths, pageFiles, readManifest, readWordsDir } from './pages';
import { readMessages } from './vite-messages-plugin';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The shell in a language: its `lang`, its title and description in it, and the same page's
 * address in every language (`path`: relative to the base, without a language's prefix).
 */
function inLanguage(
  html: string,
  base: string,
  locale: Locale,
  path: string,
  messages: Readonly<Record<string, string>>,
): string {
  const alternates = [
    ...LOCALES.map(
      (other) => `<link rel="alternate" hreflang="${other}" href="${base}${localePrefix(other)}${path}">`,
    ),
    `<link rel="alternate" hreflang="x-default" href="${base}${path}">`,
  ];
  return html
    .replace(/<html lang="[^"]*">/, `<html lang="${locale}">`)
    .replace(
      /<title>[^<]*<\/title>/,
      `<title>${escapeHtml(`${messages['site.name'] ?? ''} — ${messages['site.tagline'] ?? ''}`)}</title>`,
    )
    .replace(
      /(<meta\s+name="description"\s+content=")[^"]*"/,
      `$1${escapeHtml(messages['site.description'] ?? '')}"`,
    )
    .replace('</head>', `  ${alternates.join('\n    ')}\n  </head>`);
}

/**
 * Publishes the data module with the build: validates it (a bad record fails the build, naming the
 * record and field), emits `data/sanctions.json`, `.csv`, `targets.csv`, a JSON file per target (`data/targets/<id>.json`), `changes.json` and the Atom `feed.xml`, copies index.html to every app route
 * (and 404.html) so deep links load from any static host, and drops MSW's dev-only worker. Every
 * page preloads the dataset the app will fetch (`dataUrl`, or the published copy), so that the
 * request starts with the HTML rather than after the scripts have run.
 */
export function datasetPlugin(options: { dataUrl: string | undefined }): Plugin {
  let base = '/';
  return {
    name: 'sanctions-dataset',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: () => [
      {
        tag: 'link',
        // Matches the app's fetch (CORS, credentials for the same origin only, no extra headers).
        attrs: {
          rel: 'preload',
          href: options.dataUrl ?? underBase(base, DATA_JSON_PATH),
          as: 'fetch',
          crossorigin: 'anonymous',
        },
        injectTo: 'head',
      },
    ],
    generateBundle() {
      const result = datasetSchema.safeParse(dataset);
      if (!result.success) {
        this.error(`The dataset is invalid:\n  ${describeDatasetIssues(result.error, dataset).join('\n  ')}`);
      }
      this.emitFile({ type: 'asset', fileName: DATA_JSON_PATH, source: JSON.stringify(result.data) });
      this.emitFile({ type: 'asset', fileName: DATA_CSV_PATH, source: datasetToCsv(result.data) });
      this.emitFile({ type: 'asset', fileName: DATA_TARGETS_CSV_PATH, source: targetsToCsv(result.data) });
      const entries = z.array(listEntrySchema).parse(listEntries);
      for (const target of result.data.targets)
        this.emitFile({
          type: 'asset',
          fileName: dataTargetPath(target.id),
          source: JSON.stringify(targetDocument(target, result.data, entries)),
        });
      const changes = z.array(changeSchema).safeParse(changelog);
      if (!changes.success) this.error(`The changelog is invalid: ${changes.error.message}`);
      this.emitFile({
        type: 'asset',
        fileName: DATA_CHANGES_PATH,
        source: JSON.stringify(changesDocument(changes.data, result.data)),
      });
      this.emitFile({ type: 'asset', fileName: DATA_FEED_PATH, source: atomFeed(changes.data, result.data) });
      // The records' words in the languages they are written in beside English.
      for (const [locale, records] of Object.entries(RECORD_TRANSLATIONS)) {
        const parsed = publishedTranslationsSchema.safeParse(publishedTranslations(records));
        if (!parsed.success) this.error(`The ${locale} translations are invalid: ${parsed.error.message}`);
        this.emitFile({
          type: 'asset',
          fileName: dataTranslationsPath(locale),
          source: JSON.stringify(parsed.data),
        });
      }
    },
    async writeBundle(options) {
      const dir = options.dir ?? 'dist';
      const index = path.join(dir, 'index.html');
      const html = await readFile(index, 'utf8');
      const manifest = await readManifest(dir);
      const words = await readWordsDir(dir);
      // Each language's words, read once for all of its pages.
      const messagesOf = new Map(LOCALES.map((locale) => [locale, readMessages(locale)]));
      // Each page's HTML asks for its page's chunks at once, beside the entry, rather than after
      // the entry has run and the router has matched the address.
      const withPreloads = (route: string) => {
        const page = pageAt(route);
        if (!page) return html;
        const { locale, rest } = splitLocale(route);
        const shell = inLanguage(html, base, locale, rest, messagesOf.get(locale) ?? {});
        const files = pageFiles(manifest, words, page, locale);
        if (prerenderedIn(page, locale)) return startingLater(shell, files);
        const links = files
          .filter((file) => file.endsWith('.js') && !shell.includes(`/${file}"`))
          .map((file) => `<link rel="modulepreload" crossorigin href="${base}${file}">`);
        return shell.replace('</head>', `  ${links.join('\n    ')}\n  </head>`);
      };
      // A pre-rendered page asks for no script: its entry and chunks are named for boot.js, which
      // loads them on the reader's first pointer, touch, focus or key, and at once for another view.
      const startingLater = (page: string, files: string[]) => {
        const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>\n?/.exec(page);
        if (!entry?.[1]) throw new Error('index.html has no entry script');
        const chunks = files.filter((file) => file.endsWith('.js')).map((file) => `${base}${file}`);
        // The dataset too waits.
        const data = /<link rel="preload" href="([^"]+)" as="fetch" crossorigin="anonymous">\n?/.exec(page);
        const start =
          `<meta name="sanctions-start" content="${entry[1]}" data-worker="${base}sw.js" data-preload="${chunks.join(' ')}"` +
          `${data?.[1] ? ` data-fetch="${data[1]}"` : ''} />`;
        return page
          .replace(data?.[0] ?? '', '')
          .replace(entry[0], '')
          .replace(/ *<link rel="modulepreload" crossorigin href="[^"]+">\n?/g, '')
          .replace('<script data-boot>', `${start}\n    <script data-boot>`);
      };
      for (const route of builtPaths()) {
        await mkdir(path.join(dir, route), { recursive: true });
        await writeFile(path.join(dir, route, 'index.html'), withPreloads(route));
      }
      await writeFile(path.join(dir, '404.html'), html);
      await rm(path.join(dir, 'mockServiceWorker.js'), { force: true });
    },
  };
}
