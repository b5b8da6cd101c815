import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import compile from 'icu-minify/compile';
import type { Plugin } from 'vite';
import { intlTable } from '../src/i18n/intlTable';
import type { Catalogue } from '../src/i18n/catalogue';
import { DEFAULT_LOCALE, INTL_TAGS, isLocale, LOCALES, type Locale } from '../src/i18n/locales';
import {
  FIRST_WORDS_FILE,
  MESSAGE_SETS,
  messageSets,
  readFirstWords,
  shortNames,
  type MessageSet,
} from './message-keys';

const PREFIX = 'virtual:messages/';
const LOADERS = 'loaders';
/** Where a build writes the message sets, in a directory named by their hash (scripts/pages.ts reads it). */
export const WORDS_DIR = 'assets/words';
/**
 * Where each language's messages are written, as ICU message trees, one file per namespace:
 * `src/i18n/messages/<locale>/<namespace>.json` (the keys `<namespace>.…`).
 */
export const MESSAGES_DIR = path.resolve(import.meta.dirname, '../src/i18n/messages');
const SRC_DIR = path.resolve(import.meta.dirname, '../src');

/** A message tree's leaves under dotted keys: `{ nav: { compare: "…" } }` → `{ "nav.compare": "…" }`. */
export function flatten(tree: unknown, prefix = ''): Record<string, string> {
  if (typeof tree === 'string') return { [prefix]: tree };
  if (typeof tree !== 'object' || tree === null)
    throw new Error(`"${prefix}" is neither a message nor a group`);
  const leaves: Record<string, string> = {};
  for (const [name, value] of Object.entries(tree))
    Object.assign(leaves, flatten(value, prefix ? `${prefix}.${name}` : name));
  return leaves;
}

/** The files of a language's messages. */
function messageFiles(locale: string): string[] {
  return readdirSync(path.join(MESSAGES_DIR, locale))
    .filter((name) => name.endsWith('.json'))
    .map((name) => path.join(MESSAGES_DIR, locale, name));
}

/** A language's messages, read from its files: the dotted key of each, and its ICU text. */
export function readMessages(locale: string): Record<string, string> {
  const leaves: Record<string, string> = {};
  for (const file of messageFiles(locale))
    Object.assign(leaves, flatten(JSON.parse(readFileSync(file, 'utf8')), path.basename(file, '.json')));
  return leaves;
}

/**
 * A language's catalogue: its messages compiled (only `keys`, when given), its templates from
 * Node's `Intl`.
 */
export function catalogueOf(
  locale: Locale,
  keys?: readonly string[],
  names?: ReadonlyMap<string, string>,
  whole: Catalogue = compiled(locale),
): Catalogue {
  if (!keys && !names) return whole;
  const messages = Object.fromEntries(
    (keys ?? Object.keys(whole.messages)).flatMap((key) => {
      const message = whole.messages[key];
      return message === undefined ? [] : [[names?.get(key) ?? key, message]];
    }),
  );
  return { messages, intl: whole.intl };
}

/** A language's every message compiled, and its templates. */
function compiled(locale: Locale): Catalogue {
  const messages = Object.fromEntries(
    Object.entries(readMessages(locale)).map(([key, text]) => [key, compile(text)]),
  );
  return { messages, intl: intlTable(INTL_TAGS[locale]) };
}

/**
 * The catalogues of the app (src/i18n/catalogue.ts), messages compiled ahead of time (icu-minify:
 * the page runs a formatter of under a kilobyte, no parser), with the date and list templates
 * taken from Node's `Intl`, which is whole where browsers' are not:
 * - the sets of messages each page of the table can show, in each language (scripts/message-keys.ts):
 *   its first words and its later ones, and `frame`, the site's frame alone, for an address that is
 *   no page. A build writes each as a file of its own (`assets/words/<hash>/<locale>/<set>.js`),
 *   which the page's HTML asks for beside its code; while serving and testing each is a module,
 *   `virtual:messages/<locale>/<set>`;
 * - `virtual:messages/loaders`: the loader of a set, by language and name (src/i18n/load.ts);
 * - `virtual:messages/<locale>`: a whole language, for the tests.
 */
export function messagesPlugin(): Plugin {
  let sets: Map<MessageSet, string[]> | undefined;
  // In a build, keys named whole in the code get short names there and in the catalogues.
  let names: Map<string, string> | undefined;
  // Each language compiled once a build: a page's set, and every page's, is a part of it.
  const languages = new Map<Locale, Catalogue>();
  const language = (locale: Locale) => {
    const found = languages.get(locale) ?? compiled(locale);
    languages.set(locale, found);
    return found;
  };
  let building = false;
  let base = '/';
  const setsOf = () =>
    (sets ??= messageSets(
      Object.keys(readMessages(DEFAULT_LOCALE)),
      // While the first words are written down (scripts/first-words.ts), every page takes all of its first.
      process.env.WORDS_FIRST === 'all' ? {} : readFirstWords(),
    ));
  // In a build, every set in every language, as the files the page loads, under one hash.
  let files: { dir: string; sources: Map<string, string> } | undefined;
  const wordFiles = () => {
    if (files) return files;
    const sources = new Map<string, string>();
    for (const locale of LOCALES)
      for (const [set, keys] of setsOf())
        sources.set(`${locale}/${set}.js`, moduleOf(catalogueOf(locale, keys, names, language(locale))));
    const hash = createHash('sha256');
    for (const [file, source] of sources) hash.update(`${file}\0${source}\0`);
    files = { dir: `${WORDS_DIR}/${hash.digest('hex').slice(0, 10)}`, sources };
    return files;
  };
  return {
    name: 'sanctions-messages',
    enforce: 'pre',
    configResolved(config) {
      building = config.command === 'build';
      base = config.base;
    },
    buildStart() {
      sets = undefined;
      files = undefined;
      languages.clear();
      names = building ? shortNames(Object.keys(readMessages(DEFAULT_LOCALE))) : undefined;
    },
    generateBundle() {
      if (!building) return;
      const { dir, sources } = wordFiles();
      for (const [file, source] of sources)
        this.emitFile({ type: 'asset', fileName: `${dir}/${file}`, source });
    },
    transform(code, id) {
      if (!names || !id.startsWith(SRC_DIR) || !/\.tsx?$/.test(id)) return undefined;
      const short = names;
      const out = code.replace(/'([a-z][\w-]*(?:\.[\w-]+)+)'/g, (whole, key: string) => {
        const name = short.get(key);
        return name ? `'${name}'` : whole;
      });
      return out === code ? undefined : { code: out, map: null };
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const [locale = '', set] = id.slice(PREFIX.length + 1).split('/');
      if (locale === LOADERS)
        return building ? `export default ${loadFromFiles(base, wordFiles().dir)};` : loadersModule();
      if (!isLocale(locale)) throw new Error(`No language "${locale}" (src/i18n/locales.ts)`);
      for (const file of [...messageFiles(locale), FIRST_WORDS_FILE]) this.addWatchFile(file);
      // While serving, a file of messages or of code may have changed since: read them anew.
      if (!building) {
        languages.delete(locale);
        sets = undefined;
      }
      if (set === undefined) return moduleOf(catalogueOf(locale, undefined, names, language(locale)));
      const name = MESSAGE_SETS.find((known) => known === set);
      const keys = name && setsOf().get(name);
      if (!keys) throw new Error(`No page "${set}" to take messages for (src/url/pages.ts)`);
      return moduleOf(catalogueOf(locale, keys, names, language(locale)));
    },
  };
}

/** A catalogue as the module the page imports. */
const moduleOf = (catalogue: Catalogue) => `export default ${JSON.stringify(catalogue)};`;

/**
 * The loader while serving and testing: each set a module, `virtual:messages/<locale>/<set>`, read
 * anew as its files change.
 */
function loadersModule(): string {
  const entries = LOCALES.map(
    (locale) =>
      `${locale}: {${MESSAGE_SETS.map((set) => `'${set}': () => import('${PREFIX}${locale}/${set}')`).join(', ')}}`,
  );
  return `const sets = {${entries.join(',\n')}};\nexport default (locale, set) => sets[locale][set]();`;
}

/**
 * The loader of a build: each set a file the build writes, `<dir>/<locale>/<set>.js`, found by its
 * name alone (no table of chunk names for a page to load first), its directory named by a hash of
 * every set, so that a browser's copy of a file is never a stale one.
 */
function loadFromFiles(base: string, dir: string): string {
  return `(locale, set) => import(/* @vite-ignore */ \`${base}${dir}/\${locale}/\${set}.js\`)`;
}
