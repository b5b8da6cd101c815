import { useEndPrerender } from '../prerender';
import { Link, type ErrorComponentProps } from '@tanstack/react-router';
import { t } from '../i18n/catalogue';

/** The last line of defence: a render error anywhere below the root shows this, never a blank page. */
export function ErrorPage({ error, reset }: ErrorComponentProps) {
  useEndPrerender();
  return (
    <main className="mx-auto max-w-xl p-8">
      <div
        role="alert"
        className="rounded-lg border border-red-300 bg-red-50 p-5 text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-50"
      >
        <h1 className="text-xl font-semibold">{t('pages.error.title')}</h1>
        <p className="mt-1">
          {error instanceof Error && error.message
            ? t('pages.error.unexpectedWith', { message: error.message })
            : t('pages.error.unexpected')}
        </p>
        <div className="mt-3 flex gap-3">
          <button
            type="button"
            className="rounded bg-red-800 px-4 py-1.5 text-white dark:bg-red-200 dark:text-red-950"
            onClick={reset}
          >
            {t('pages.error.tryAgain')}
          </button>
          <Link to="/" className="px-2 py-1.5 underline">
            {t('pages.goHome')}
          </Link>
        </div>
      </div>
    </main>
  );
}
