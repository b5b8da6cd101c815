import { setCatalogue, type Catalogue } from './catalogue';
import type { Locale } from './locales';

/** Each language's catalogue, a chunk of its own: a page loads its language's only. */
export const CATALOGUES = {
  en: () => import('virtual:messages/en'),
  be: () => import('virtual:messages/be'),
  ru: () => import('virtual:messages/ru'),
  uk: () => import('virtual:messages/uk'),
  pl: () => import('virtual:messages/pl'),
  lt: () => import('virtual:messages/lt'),
  de: () => import('virtual:messages/de'),
} satisfies Record<Locale, () => Promise<{ default: Catalogue }>>;

/** Loads `locale`'s catalogue and makes it the page's language. */
export async function loadCatalogue(locale: Locale): Promise<void> {
  setCatalogue(locale, (await CATALOGUES[locale]()).default);
}
