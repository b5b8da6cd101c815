import { catalogueOf } from '../../scripts/vite-messages-plugin';
import { setCatalogue } from '../../src/i18n/catalogue';
import { DEFAULT_LOCALE, type Locale } from '../../src/i18n/locales';

// The tests compute what the page should show with the app's own functions, in English unless a
// test reads another language (inLocale).
const catalogues = new Map([[DEFAULT_LOCALE, catalogueOf(DEFAULT_LOCALE)]]);
const catalogue = (locale: Locale) => {
  const found = catalogues.get(locale) ?? catalogueOf(locale);
  catalogues.set(locale, found);
  return found;
};
setCatalogue(DEFAULT_LOCALE, catalogue(DEFAULT_LOCALE));

/** What `read` gives with `locale`'s messages (`t`, dates, numbers), English again after. */
export function inLocale<T>(locale: Locale, read: () => T): T {
  setCatalogue(locale, catalogue(locale));
  try {
    return read();
  } finally {
    setCatalogue(DEFAULT_LOCALE, catalogue(DEFAULT_LOCALE));
  }
}
