import { useLayoutEffect, useRef } from 'react';
import { focusHeading, onMainHeading } from '../charts/focus';
import { useEndPrerender, useEndPrerenderWhenDrawn } from '../prerender';
import { DatasetError } from '../api/dataset';
import { t } from '../i18n/catalogue';

/** Shown while the dataset loads. */
export function Loading() {
  return (
    <p role="status" className="py-16 text-center text-gray-600 dark:text-gray-300">
      {t('pages.loading.data')}
    </p>
  );
}

/**
 * Ends a page's pre-rendered first screen once the page has drawn its list (`data-variant`, whose
 * rows a virtual list draws after its first layout): its first link, or its word that nothing matches.
 */
export function EndPrerender() {
  useEndPrerenderWhenDrawn(() => document.getElementById('root'), '[data-variant] a, [data-variant] p');
  return null;
}

/** Shown when the dataset could not be loaded or failed validation; the URL (the view) is untouched. */
export function DataFailure({
  error,
  onRetry,
  retrying,
}: {
  error: Error;
  onRetry: () => void;
  retrying: boolean;
}) {
  // The message replaces a pre-rendered chart at once.
  useEndPrerender();
  const alert = useRef<HTMLDivElement>(null);
  // When the page replaces the message after Retry, focus goes to the page's heading, not the body.
  // A layout effect: its cleanup runs while the message is still in the page.
  useLayoutEffect(() => {
    const box = alert.current;
    return () => {
      if (box?.contains(document.activeElement)) onMainHeading(focusHeading);
    };
  }, []);
  const details = error instanceof DatasetError ? error.details : [];
  const message = error instanceof DatasetError ? error.message : t('pages.loading.unknown');
  return (
    <div
      ref={alert}
      role="alert"
      className="mx-auto my-10 max-w-xl rounded-lg border border-red-300 bg-red-50 p-5 text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-50"
    >
      <h2 className="text-lg font-semibold">{t('pages.loading.failed')}</h2>
      <p className="mt-1">{message}</p>
      {details.length > 0 && (
        <ul className="mt-2 list-disc pl-5 font-mono text-xs">
          {details.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      <p className="mt-2 text-sm">{t('pages.loading.kept')}</p>
      <button
        type="button"
        // Not disabled while retrying: a disabled button would drop the reader's focus to the page.
        onClick={() => {
          if (!retrying) onRetry();
        }}
        aria-disabled={retrying}
        className="mt-3 rounded bg-red-800 px-4 py-1.5 font-medium text-white hover:bg-red-900 aria-disabled:opacity-60 dark:bg-red-200 dark:text-red-950"
      >
        {t(retrying ? 'pages.loading.retrying' : 'pages.loading.retry')}
      </button>
    </div>
  );
}
