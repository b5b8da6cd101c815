import { keepView } from './useView';
import { Link, Outlet } from '@tanstack/react-router';
import { DATA_CSV_URL, DATA_URL } from '../api/config';
import { UrlNotices } from './UrlNotices';

const navLink =
  'rounded px-2 py-1 text-gray-700 hover:bg-gray-100 dark:text-gray-200 dark:hover:bg-gray-800 [&.active]:font-semibold [&.active]:text-gray-950 dark:[&.active]:text-white';

/** The frame around every view: skip link, header with navigation, URL notices, footer with downloads. */
export function Layout() {
  return (
    <div className="min-h-screen bg-gray-50 text-gray-900 dark:bg-gray-950 dark:text-gray-100">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:p-2 focus:text-black"
      >
        Skip to content
      </a>
      <header className="border-b border-gray-200 bg-white dark:border-gray-800 dark:bg-gray-900">
        <div className="mx-auto flex max-w-6xl flex-wrap items-baseline justify-between gap-2 px-4 py-3">
          <div>
            <Link to="/" search={keepView} className="text-xl font-bold tracking-tight">
              Sanctions Tracker
            </Link>
            <p className="text-sm text-gray-600 dark:text-gray-300">
              US and EU sanctions on Belarus, imposed and lifted, over time
            </p>
          </div>
          <nav aria-label="Main">
            <ul className="flex gap-1 text-sm">
              <li>
                <Link
                  to="/"
                  search={keepView}
                  className={navLink}
                  activeOptions={{ exact: true, includeSearch: false }}
                >
                  Overview
                </Link>
              </li>
              <li>
                <Link
                  to="/about"
                  search={keepView}
                  className={navLink}
                  activeOptions={{ includeSearch: false }}
                >
                  About the data
                </Link>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <UrlNotices />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        <Outlet />
      </main>
      <footer className="border-t border-gray-200 py-4 text-sm text-gray-600 dark:border-gray-800 dark:text-gray-300">
        <p className="mx-auto max-w-6xl px-4">
          Download the dataset:{' '}
          <a className="underline" href={DATA_URL}>
            JSON
          </a>{' '}
          ·{' '}
          <a className="underline" href={DATA_CSV_URL}>
            CSV
          </a>
          . Every action links to its legal act or official release.
        </p>
      </footer>
    </div>
  );
}
