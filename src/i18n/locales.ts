/**
 * The languages the tracker speaks. English is the default and has no prefix in the address; every
 * other locale is the first segment of the path (`/be/compare?…`), so that a link, an embed and a
 * slide carry it, and each language's pages can be pre-rendered on a static host.
 */
export const LOCALES = ['en', 'be', 'ru', 'uk', 'pl', 'lt', 'de'] as const;

/** A language of the tracker. */
export type Locale = (typeof LOCALES)[number];

/** The language of an address without a prefix. */
export const DEFAULT_LOCALE: Locale = 'en';

/** Each language's name in itself, as the language menu lists it. */
export const LOCALE_NAMES = {
  en: 'English',
  be: 'Беларуская',
  ru: 'Русский',
  uk: 'Українська',
  pl: 'Polski',
  lt: 'Lietuvių',
  de: 'Deutsch',
} as const satisfies Record<Locale, string>;

/**
 * The first language of `preferred` (the browser's, best first) that the tracker speaks, matched
 * by its primary subtag (`be-BY` is `be`); undefined when none is.
 */
export function suggestedLocale(preferred: readonly string[]): Locale | undefined {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0] ?? '';
    if (isLocale(primary)) return primary;
  }
  return undefined;
}

/**
 * The tag `Intl` formats with: English as written in Europe (22 Nov 2026, day before month), the
 * others as themselves.
 */
export const INTL_TAGS = {
  en: 'en-GB',
  be: 'be',
  ru: 'ru',
  uk: 'uk',
  pl: 'pl',
  lt: 'lt',
  de: 'de',
} as const satisfies Record<Locale, string>;

/** Whether a string names a language of the tracker. */
export function isLocale(value: string): value is Locale {
  return LOCALES.some((locale) => locale === value);
}

/**
 * Splits a path relative to the app's base (no leading slash) into its locale and the rest:
 * `be/compare` → `be`, `compare`; `compare` → `en`, `compare`. A first segment that merely looks
 * like a language (`fr/…`) is not one: it stays in the path, and the router calls it not found.
 */
export function splitLocale(route: string): { locale: Locale; rest: string } {
  const [first = '', ...others] = route.split('/');
  if (first !== DEFAULT_LOCALE && isLocale(first)) return { locale: first, rest: others.join('/') };
  return { locale: DEFAULT_LOCALE, rest: route };
}

/** The path prefix of a locale, relative to the base: `be/` for Belarusian, nothing for English. */
export function localePrefix(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? '' : `${locale}/`;
}

/**
 * How numbers are formatted in each language. Chromium's `Intl` has no Belarusian numbers (it
 * writes them as English); Russian separates groups and decimals as Belarusian does, and like
 * Belarusian leaves four digits whole (src/i18n/format.test.ts holds it to Node's Belarusian).
 */
export const NUMBER_FORMATS = {
  en: { tag: 'en-GB' },
  be: { tag: 'ru', useGrouping: 'min2' },
  ru: { tag: 'ru' },
  uk: { tag: 'uk' },
  pl: { tag: 'pl' },
  lt: { tag: 'lt' },
  de: { tag: 'de' },
} as const satisfies Record<Locale, { tag: string; useGrouping?: 'min2' }>;
