import { useState } from 'react';
import { appHref } from '../api/links';
import { t } from '../i18n/catalogue';
import { DEFAULT_LOCALE, localePrefix, suggestedLocale } from '../i18n/locales';
import { LOCALE_OFFERS } from '../i18n/offers';

const STORAGE_KEY = 'sanctions-tracker:language-offered';

/**
 * On the first visit to the English overview, a reader whose browser prefers another of the
 * tracker's languages is offered it, in that language, once: a suggestion, never a redirect (a
 * shared link opens as it was shared).
 */
export function LanguageOffer() {
  const [offer] = useState(() => {
    const locale = suggestedLocale(navigator.languages);
    if (!locale || locale === DEFAULT_LOCALE) return undefined;
    try {
      if (window.localStorage.getItem(STORAGE_KEY)) return undefined;
      window.localStorage.setItem(STORAGE_KEY, locale);
    } catch {
      return undefined;
    }
    return locale;
  });
  const [dismissed, setDismissed] = useState(false);
  if (!offer || dismissed) return null;
  return (
    <p className="mx-auto my-2 flex max-w-6xl flex-wrap items-baseline gap-3 rounded bg-sky-50 px-3 py-1 text-sm text-sky-950 dark:bg-sky-950 dark:text-sky-50">
      <a
        href={`${appHref(localePrefix(offer))}${window.location.search}`}
        lang={offer}
        hrefLang={offer}
        className="underline"
      >
        {LOCALE_OFFERS[offer]}
      </a>
      <button type="button" onClick={() => setDismissed(true)} className="underline">
        {t('site.dismiss')}
      </button>
    </p>
  );
}
