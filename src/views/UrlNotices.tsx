import { Fragment } from 'react';
import { t, tRich } from '../i18n/catalogue';
import { useUrlNotices } from './useView';

/**
 * Tells the reader which address parameters were not understood and what is shown instead. Site
 * pages show it as a bar under the header; embeds and slides, which have no header, as a compact
 * line above the chart.
 */
export function UrlNotices({ compact = false }: { compact?: boolean }) {
  const [notices, dismiss] = useUrlNotices();
  if (!notices.length) return null;
  return (
    <div
      role="status"
      className={`border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50 ${compact ? 'mb-2 rounded border px-2 py-1 text-xs' : 'border-b px-4 py-2 text-sm'}`}
    >
      <div className={`flex items-start justify-between gap-4 ${compact ? '' : 'mx-auto max-w-6xl'}`}>
        <p>
          {tRich('pages.urlNotices.lead', {
            list: () => (
              <Fragment key="list">
                {notices.map((n, i) => (
                  <span key={`${n.param}-${i}`}>
                    {i > 0 && '; '}
                    {tRich('pages.urlNotices.item', {
                      param: n.param,
                      value: n.value,
                      message: n.message,
                      code: (chunks) => (
                        <code key="code" className="font-mono">
                          {chunks}
                        </code>
                      ),
                    })}
                  </span>
                ))}
              </Fragment>
            ),
          })}
        </p>
        <button
          type="button"
          onClick={dismiss}
          className="shrink-0 rounded px-2 underline underline-offset-2"
        >
          {t('pages.urlNotices.dismiss')}
        </button>
      </div>
    </div>
  );
}
