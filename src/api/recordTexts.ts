import { publishedTranslationsSchema } from '../data/schema';
import type { Locale } from '../i18n/locales';
import { RECORD_LOCALES, setRecordTexts } from '../i18n/records';
import { dataTranslationsUrl } from './config';

let loaded: Promise<boolean> | undefined;

/**
 * Loads the records' words in the page's language, where they are written in it, and makes them
 * the page's: once, beside the dataset (its query waits for both). Without them (another language,
 * a failed request, a file that breaks the contract) the records show in English, marked so:
 * nothing is lost, so nothing is said; a failed request is tried again with the dataset.
 */
export function loadRecordTexts(locale: Locale): Promise<boolean> {
  if (!RECORD_LOCALES.some((l) => l === locale)) return Promise.resolve(false);
  loaded ??= fetch(dataTranslationsUrl(locale))
    .then(async (response) => {
      const parsed = response.ok ? publishedTranslationsSchema.safeParse(await response.json()) : undefined;
      if (parsed?.success)
        setRecordTexts(locale, Object.fromEntries(parsed.data.map(({ id, ...text }) => [id, text])));
      return Boolean(parsed?.success);
    })
    .catch(() => false)
    .then((ok) => {
      if (!ok) loaded = undefined;
      return ok;
    });
  return loaded;
}
