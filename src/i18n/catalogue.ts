import format, { type CompiledMessage, type FormatOptions } from 'icu-minify/format';
import type { IntlTable } from './intlTable';
import { DEFAULT_LOCALE, INTL_TAGS, NUMBER_FORMATS, type Locale } from './locales';
import type { English } from './english';

/**
 * The page's language and its messages: one per document (another language is another address,
 * src/i18n/locales.ts), set before the app first draws (src/i18n/load.ts) and read by every
 * string the reader sees through `t`.
 */

/** Every key of a message tree, dotted: `nav.compare`. */
type Keys<Tree, Prefix extends string = ''> = {
  [Name in keyof Tree & string]: Tree[Name] extends string
    ? `${Prefix}${Name}`
    : Keys<Tree[Name], `${Prefix}${Name}.`>;
}[keyof Tree & string];

/** A message of the catalogue: English's keys are every language's (src/i18n/messages.test.ts). */
export type MessageKey = Keys<English>;

/** A language's messages, compiled by the build (scripts/vite-messages-plugin.ts), and its templates. */
export type Catalogue = {
  messages: Readonly<Record<string, CompiledMessage>>;
  intl: IntlTable;
};

/** What a message's arguments may be. */
export type MessageValues = Readonly<Record<string, string | number>>;

/** A message's arguments where some are its tags (`<link>…</link>`), each made from its text. */
export type RichValues<Part> = Readonly<
  Record<string, string | number | ((chunks: Array<string | Part>) => Part)>
>;

let page: Catalogue & { locale: Locale } = {
  locale: DEFAULT_LOCALE,
  messages: {},
  intl: { day: [], monthYear: [], month: [], list: { pair: ' and ', middle: ', ', last: ' and ' } },
};

let later: Promise<void> | undefined;

/**
 * The page's later words, on their way (src/i18n/load.ts), after any still on their way: a page
 * left and come back to before its own came waits for them too.
 */
export function setLaterWords(loading: Promise<void>): void {
  const mine = Promise.all([later, loading]).then(() => {
    if (later === mine) later = undefined;
  });
  later = mine;
}

/**
 * The page's later words while they are on their way, else undefined: what shows them waits for
 * them (src/views/Later.tsx), and a view that asks for one of them before waits too (`t`).
 */
export function laterWords(): Promise<void> | undefined {
  return later;
}

/** Makes `catalogue` the page's language. */
export function setCatalogue(locale: Locale, catalogue: Catalogue): void {
  page = { locale, ...catalogue };
}

/** The page's language and its catalogue. */
export function current(): Readonly<Catalogue & { locale: Locale }> {
  return page;
}

function memo<T>(map: Map<string, T>, key: string, make: () => T): T {
  const found = map.get(key);
  if (found !== undefined) return found;
  const made = make();
  map.set(key, made);
  return made;
}
const numbers = new Map<string, Intl.NumberFormat>();
const plurals = new Map<string, Intl.PluralRules>();

/** The page's number format with `options` (one of each: building one per call is slow). */
export function numberFormat(options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  const { tag, ...grouping } = NUMBER_FORMATS[page.locale];
  return memo(
    numbers,
    // The plain format is asked for most (every count): its key costs no serialising.
    options ? `${page.locale} ${JSON.stringify(options)}` : page.locale,
    () => new Intl.NumberFormat(tag, { ...grouping, ...options }),
  );
}

const OPTIONS: FormatOptions = {
  formatters: {
    // `#` in a plural, and `{n, number}`: the number as the page's language writes it.
    getNumberFormat: (_tag, options) => numberFormat(options),
    getPluralRules: (tag, options) =>
      memo(
        plurals,
        `${String(tag)} ${JSON.stringify(options ?? {})}`,
        () => new Intl.PluralRules(tag, options),
      ),
    // Dates reach messages written already (src/i18n/format.ts).
    getDateTimeFormat: (tag, options) => new Intl.DateTimeFormat(tag, options),
  },
};

/**
 * The message `key` in the page's language, its arguments filled in (`{count, plural, one {# action}
 * other {# actions}}` reads right in every language's plural rules). A key missing from the loaded
 * catalogue is a defect the checks catch (src/i18n/messages.test.ts); here it throws, naming it.
 */
export function t(key: MessageKey, values?: MessageValues): string {
  const text = format(message(key), INTL_TAGS[page.locale], values, OPTIONS);
  return Array.isArray(text) ? text.join('') : text;
}

/** The message `key` as parts, each of its tags made by the function of that name (a link, a term). */
export function tRich<Part>(key: MessageKey, values: RichValues<Part>): Array<string | Part> {
  const parts = format<Part>(message(key), INTL_TAGS[page.locale], values, OPTIONS);
  return Array.isArray(parts) ? parts : [parts];
}

// Which words a page's first screen asks for, while they are written down (scripts/first-words.ts).
const asked = new Set<string>();
// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- undefined where Node imports this module (the build's scripts)
if (import.meta.env?.VITE_RECORD_WORDS) Reflect.set(globalThis, 'sanctionsWords', asked);

function message(key: MessageKey) {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- as above
  if (import.meta.env?.VITE_RECORD_WORDS) asked.add(key);
  const found = page.messages[key];
  if (found !== undefined) return found;
  // One of the page's later words, still on their way: the view asking for it waits for them
  // (React shows the nearest Suspense boundary's fallback meanwhile). A reader's input, and so
  // every handler, waits for them too (src/i18n/heldInput.ts).
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- React's Suspense: a thrown promise waits
  if (later) throw later;
  throw new Error(`No message "${key}" in the ${page.locale} catalogue`);
}
