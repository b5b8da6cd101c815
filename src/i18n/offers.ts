import type { Locale } from './locales';

/**
 * An offer to read the site in a language, written in that language: shown once, on a first visit
 * to the English overview, to a reader whose browser prefers it (its catalogue is not loaded then).
 */
export const LOCALE_OFFERS = {
  en: 'Read in English',
  be: 'Чытаць па-беларуску',
  ru: 'Читать по-русски',
  uk: 'Читати українською',
  pl: 'Czytaj po polsku',
  lt: 'Skaityti lietuviškai',
  de: 'Auf Deutsch lesen',
} as const satisfies Record<Locale, string>;
