import be from 'virtual:messages/be';
import de from 'virtual:messages/de';
import en from 'virtual:messages/en';
import lt from 'virtual:messages/lt';
import pl from 'virtual:messages/pl';
import ru from 'virtual:messages/ru';
import uk from 'virtual:messages/uk';
import type { Catalogue } from '../src/i18n/catalogue';
import type { Locale } from '../src/i18n/locales';

/** Every language's whole catalogue, for tests that read the app in one. */
export const CATALOGUES: Record<Locale, Catalogue> = { en, be, ru, uk, pl, lt, de };
