import { Link, Outlet, useLocation } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { DATA_CSV_URL, DATA_URL } from '../api/config';
import { useDataset } from '../api/dataset';
import { current, t, tRich } from '../i18n/catalogue';
import { formatDay } from '../i18n/format';
import { THEMES } from '../url/routes';
import { NotFoundPage } from './NotFoundPage';
import { OfflineNotice } from './OfflineNotice';
import { SkippedRecords } from './SkippedRecords';
import { UpdatePrompt } from './UpdatePrompt';
import { LanguageMenu } from './LanguageMenu';
import { LanguageOffer } from './LanguageOffer';
import { ThemeScope, useStoredTheme } from './theme';
import { UrlNotices } from './UrlNotices';

const navLink =
  'rounded px-2 py-1 text-gray-700 hover:bg-gray-100 dark:text-gray-200 dark:hover:bg-gray-800 [&.active]:font-semibold [&.active]:text-gray-950 dark:[&.active]:text-white';

/** The site's pages: the frame with the page below it. */
export function SiteLayout() {
  return (
    <SiteFrame>
      <Outlet />
    </SiteFrame>
  );
}

/** Any path outside the URL contract, inside the site's frame. */
export function SiteNotFound() {
  return (
    <SiteFrame>
      <NotFoundPage />
    </SiteFrame>
  );
}

/** The frame around every site page: skip link, header with navigation and theme, notices, footer. */
function SiteFrame({ children }: { children: ReactNode }) {
  const [theme, setTheme] = useStoredTheme();
  const asOf = useDataset().data?.asOf;
  const { pathname } = useLocation();
  return (
    <ThemeScope preference={theme}>
      <div className="min-h-screen bg-gray-50 text-gray-900 dark:bg-gray-950 dark:text-gray-100 print:bg-white">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:p-2 focus:text-black"
        >
          {t('site.skip')}
        </a>
        <header className="border-b border-gray-200 bg-white dark:border-gray-800 dark:bg-gray-900 print:border-0">
          <div className="mx-auto flex max-w-6xl flex-wrap items-baseline justify-between gap-2 px-4 py-3">
            <div className="grow">
              <div className="flex items-baseline justify-between gap-2">
                <Link to="/" className="text-xl font-bold tracking-tight">
                  {t('site.name')}
                </Link>
                <LanguageMenu />
              </div>
              <p className="text-sm text-gray-600 dark:text-gray-300">{t('site.tagline')}</p>
            </div>
            <div className="flex flex-wrap items-center gap-3 print:hidden">
              <nav aria-label={t('site.navLabel')}>
                <ul className="flex flex-wrap gap-1 text-sm">
                  <li>
                    <Link to="/" className={navLink} activeOptions={{ exact: true, includeSearch: false }}>
                      {t('site.nav.overview')}
                    </Link>
                  </li>
                  <li>
                    <Link to="/compare" className={navLink} activeOptions={{ includeSearch: false }}>
                      {t('site.nav.compare')}
                    </Link>
                  </li>
                  <li>
                    <Link to="/targets" className={navLink} activeOptions={{ includeSearch: false }}>
                      {t('site.nav.targets')}
                    </Link>
                  </li>
                  <li>
                    <Link to="/events" className={navLink} activeOptions={{ includeSearch: false }}>
                      {t('site.nav.events')}
                    </Link>
                  </li>
                  <li>
                    <Link to="/about" className={navLink} activeOptions={{ includeSearch: false }}>
                      {t('site.nav.about')}
                    </Link>
                  </li>
                  <li>
                    <Link to="/present" className={navLink}>
                      {t('site.nav.present')}
                    </Link>
                  </li>
                </ul>
              </nav>
              <label className="flex items-center gap-1 text-sm text-gray-700 dark:text-gray-200">
                {t('site.theme')}
                <select
                  value={theme}
                  onChange={(event) =>
                    setTheme(THEMES.find((option) => option === event.target.value) ?? 'auto')
                  }
                  className="rounded border border-gray-300 bg-white px-1 py-0.5 dark:border-gray-600 dark:bg-gray-900"
                >
                  {THEMES.map((option) => (
                    <option key={option} value={option}>
                      {t(`site.themes.${option}`)}
                    </option>
                  ))}
                </select>
              </label>
            </div>
          </div>
        </header>
        <div className="print:hidden">
          {current().locale === 'en' && pathname === '/' && <LanguageOffer />}
          <UrlNotices />
          <OfflineNotice asOf={asOf} className="mx-auto my-2 max-w-6xl" />
          <SkippedRecords className="mx-auto my-2 max-w-6xl" />
          <UpdatePrompt className="mx-auto my-2 max-w-6xl" />
        </div>
        <main id="main" className="mx-auto max-w-6xl px-4 py-6">
          {children}
        </main>
        <footer className="border-t border-gray-200 py-4 text-sm text-gray-600 dark:border-gray-800 dark:text-gray-300 print:hidden">
          <p className="mx-auto max-w-6xl px-4">
            {tRich('site.download', {
              json: (chunks) => (
                <a key="json" className="underline" href={DATA_URL}>
                  {chunks}
                </a>
              ),
              csv: (chunks) => (
                <a key="csv" className="underline" href={DATA_CSV_URL}>
                  {chunks}
                </a>
              ),
            })}
          </p>
        </footer>
        <PrintFooter />
      </div>
    </ThemeScope>
  );
}

/** On paper only: where the page came from, and how current its data is. */
function PrintFooter() {
  const asOf = useDataset().data?.asOf;
  return (
    <p className="hidden px-4 pt-4 text-xs text-gray-700 print:block">
      {asOf
        ? t('site.printedAsOf', { address: window.location.href, date: formatDay(asOf) })
        : t('site.printed', { address: window.location.href })}
    </p>
  );
}
