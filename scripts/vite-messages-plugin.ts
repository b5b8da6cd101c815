import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import compile from 'icu-minify/compile';
import type { Plugin } from 'vite';
import { intlTable } from '../src/i18n/intlTable';
import type { Catalogue } from '../src/i18n/catalogue';
import { DEFAULT_LOCALE, INTL_TAGS, isLocale, LOCALES, type Locale } from '../src/i18n/locales';
import { MESSAGE_SETS, messageSets, shortNames, type MessageSet } from './message-keys';

const PREFIX = 'virtual:messages/';
const LOADERS = 'loaders';
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
 * - `virtual:messages/<locale>/<page>`: the messages a page of the table can show, in one
 *   language (scripts/message-keys.ts), a chunk the page loads with its code (and `frame`: the
 *   site's frame alone, for an address that is no page);
 * - `virtual:messages/loaders` and `virtual:messages/loaders/<locale>`: a loader of each of those,
 *   by language, then page;
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
  return {
    name: 'sanctions-messages',
    enforce: 'pre',
    configResolved(config) {
      building = config.command === 'build';
    },
    buildStart() {
      sets = undefined;
      languages.clear();
      names = building ? shortNames(Object.keys(readMessages(DEFAULT_LOCALE))) : undefined;
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
      if (locale === LOADERS) return loadersModule(set);
      if (!isLocale(locale)) throw new Error(`No language "${locale}" (src/i18n/locales.ts)`);
      for (const file of messageFiles(locale)) this.addWatchFile(file);
      // While serving, a file of messages or of code may have changed since: read them anew.
      if (!building) {
        languages.delete(locale);
        sets = undefined;
      }
      if (set === undefined)
        return `export default ${JSON.stringify(catalogueOf(locale, undefined, names, language(locale)))};`;
      sets ??= messageSets(Object.keys(readMessages(DEFAULT_LOCALE)));
      const name = MESSAGE_SETS.find((known) => known === set);
      const keys = name && sets.get(name);
      if (!keys) throw new Error(`No page "${set}" to take messages for (src/url/pages.ts)`);
      return `export default ${JSON.stringify(catalogueOf(locale, keys, names, language(locale)))};`;
    },
  };
}

/**
 * The loaders: `virtual:messages/loaders`, a loader of each language's loaders, and
 * `virtual:messages/loaders/<locale>`, a loader of each of that language's catalogues, each a
 * chunk of its own. A page pays for the names of its own language's chunks only.
 */
function loadersModule(locale: string | undefined): string {
  const entries =
    locale === undefined
      ? LOCALES.map((locale) => `${locale}: () => import('${PREFIX}${LOADERS}/${locale}')`)
      : MESSAGE_SETS.map((set) => `'${set}': () => import('${PREFIX}${locale}/${set}')`);
  return `export default {${entries.join(', ')}};`;
}
