import { useLocation } from '@tanstack/react-router';
import { appHref } from '../api/links';
import { current, t } from '../i18n/catalogue';
import { LOCALE_NAMES, LOCALES, localePrefix } from '../i18n/locales';

/**
 * The languages of the page: each a link to the same view in that language (the address with
 * another prefix), opened as a new document, since a language's messages are loaded with the page.
 */
export function LanguageMenu() {
  const { pathname, searchStr } = useLocation();
  const here = current().locale;
  return (
    <details className="relative text-sm print:hidden">
      <summary className="cursor-pointer rounded px-2 py-1 text-gray-700 hover:bg-gray-100 dark:text-gray-200 dark:hover:bg-gray-800">
        <span className="sr-only">{t('site.language')}: </span>
        <span lang={here}>{LOCALE_NAMES[here]}</span>
      </summary>
      <ul className="absolute right-0 z-20 mt-1 min-w-40 rounded border border-gray-200 bg-white py-1 shadow-lg dark:border-gray-700 dark:bg-gray-900">
        {LOCALES.map((locale) => (
          <li key={locale}>
            <a
              href={`${appHref(`${localePrefix(locale)}${pathname.slice(1)}`)}${searchStr}`}
              hrefLang={locale}
              lang={locale}
              aria-current={locale === here ? 'true' : undefined}
              className="block px-3 py-1 hover:bg-gray-100 aria-[current]:font-semibold dark:hover:bg-gray-800"
            >
              {LOCALE_NAMES[locale]}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
