import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import compile from 'icu-minify/compile';
import type { Plugin } from 'vite';
import { intlTable } from '../src/i18n/intlTable';
import type { Catalogue } from '../src/i18n/catalogue';
import { INTL_TAGS, isLocale, type Locale } from '../src/i18n/locales';

const PREFIX = 'virtual:messages/';
/**
 * Where each language's messages are written, as ICU message trees, one file per namespace:
 * `src/i18n/messages/<locale>/<namespace>.json` (the keys `<namespace>.…`).
 */
export const MESSAGES_DIR = path.resolve(import.meta.dirname, '../src/i18n/messages');

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

/** A language's catalogue as the page gets it: its messages compiled, its templates from Node's `Intl`. */
export function catalogueOf(locale: Locale): Catalogue {
  const messages = Object.fromEntries(
    Object.entries(readMessages(locale)).map(([key, text]) => [key, compile(text)]),
  );
  return { messages, intl: intlTable(INTL_TAGS[locale]) };
}

/**
 * `virtual:messages/<locale>`: that language's catalogue (src/i18n/catalogue.ts), its messages
 * compiled ahead of time (icu-minify: the page runs a formatter of under a kilobyte, no parser)
 * and its date and list templates taken from Node's `Intl`, which is whole where browsers' are not.
 */
export function messagesPlugin(): Plugin {
  return {
    name: 'sanctions-messages',
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const locale = id.slice(PREFIX.length + 1);
      if (!isLocale(locale)) throw new Error(`No language "${locale}" (src/i18n/locales.ts)`);
      for (const file of messageFiles(locale)) this.addWatchFile(file);
      return `export default ${JSON.stringify(catalogueOf(locale))};`;
    },
  };
}
