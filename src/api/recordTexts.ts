import { recordTranslationsSchema } from '../data/schema';
import type { Locale } from '../i18n/locales';
import { RECORD_LOCALES, setRecordTexts } from '../i18n/records';
import { dataTranslationsUrl } from './config';

/**
 * Loads the records' words in the page's language, where they are written in it, and makes them
 * the page's. Without them (another language, a failed request, a file that breaks the contract)
 * the records show in English, marked so: nothing is lost, so nothing is said.
 */
export async function loadRecordTexts(locale: Locale): Promise<void> {
  if (!RECORD_LOCALES.some((l) => l === locale)) return;
  try {
    const response = await fetch(dataTranslationsUrl(locale));
    if (!response.ok) return;
    const parsed = recordTranslationsSchema.safeParse(await response.json());
    if (parsed.success) setRecordTexts(locale, parsed.data);
  } catch {
    // English it is.
  }
}
