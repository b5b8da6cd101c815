import type { RecordTranslations } from '../data/schema';
import { current } from './catalogue';
import { DEFAULT_LOCALE, type Locale } from './locales';

/**
 * The records' own words (an action's summary, a context event's title and summary) in the page's
 * language where they are written in it (src/data/translations/), else in English: each with the
 * language it is in, for `lang` attributes. Set with the page, as the catalogue is.
 */
/** The languages the records are written in beside English (src/data/translations/index.ts). */
export const RECORD_LOCALES = ['be', 'ru', 'uk'] as const satisfies readonly Locale[];

let texts: { locale: Locale; records: RecordTranslations } = { locale: DEFAULT_LOCALE, records: {} };

/** Makes `records` the page's words for the records, in `locale`. */
export function setRecordTexts(locale: Locale, records: RecordTranslations): void {
  texts = { locale, records };
}

/** A record's summary, and title if it has one, as the page shows them, and their language. */
export function recordText<Record extends { id: string; summary: string; title?: string }>(
  record: Record,
): { summary: string; title: Record['title']; lang: Locale } {
  const translated = texts.locale === current().locale ? texts.records[record.id] : undefined;
  if (!translated) return { summary: record.summary, title: record.title, lang: DEFAULT_LOCALE };
  return { summary: translated.summary, title: translated.title ?? record.title, lang: texts.locale };
}

/** The `lang` a record's words need on the page: their language where it is not the page's. */
export function langOf(lang: Locale): Locale | undefined {
  return lang === current().locale ? undefined : lang;
}

/**
 * The `lang` of what the records keep in English in every language: acts' official titles,
 * sources' titles and publishers, the records' notes. Undefined on an English page.
 */
export function inEnglish(): Locale | undefined {
  return langOf(DEFAULT_LOCALE);
}
