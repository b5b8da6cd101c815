import type { ContextMark } from '../selectors/context';
import type { Highlight } from './spec';
import { t } from '../i18n/catalogue';
import { formatDay } from '../i18n/format';
import { inEnglish } from '../i18n/records';
import { contextKey } from './contextLegend';

/**
 * The details of the mark that is hovered or focused (a context event, an action), over the top
 * of the plot (no layout shift), announced politely to screen readers; with them, for screen
 * readers only, the values under the chart's keyboard cursor (which the tooltip shows).
 */
export function HighlightBox({ highlight, cursor }: { highlight: Highlight | undefined; cursor?: string }) {
  return (
    <div
      aria-live="polite"
      className={`pointer-events-none absolute inset-x-2 z-10 ${highlight?.place === 'bottom' ? 'bottom-12' : 'top-1'}`}
    >
      {cursor && <p className="sr-only">{cursor}</p>}
      {highlight && (
        <div className="rounded border border-gray-300 bg-white/95 px-3 py-2 text-xs text-gray-900 shadow dark:border-gray-600 dark:bg-gray-900/95 dark:text-gray-100">
          <p className="font-semibold">{highlight.title}</p>
          <p className="mt-0.5" lang={highlight.lang}>
            {highlight.body}
          </p>
          {highlight.footer && <p className="mt-0.5 text-gray-600 dark:text-gray-300">{highlight.footer}</p>}
        </div>
      )}
    </div>
  );
}

/** The key to a chart's numbered context events, each in full (none when it has none). */
export function ContextKey({ marks, className }: { marks: readonly ContextMark[]; className: string }) {
  const key = contextKey(marks);
  return key ? <p className={className}>{key}</p> : null;
}

/** The context events of a chart as a table, with their sources: part of the table alternative. */
export function ContextTable({ marks }: { marks: readonly ContextMark[] }) {
  if (!marks.length) return null;
  return (
    <table className="mt-3 w-full border-collapse text-left text-xs">
      <caption className="py-1 text-left font-semibold">{t('charts.context.tableCaption')}</caption>
      <thead>
        <tr>
          {[
            t('charts.context.columns.number'),
            t('charts.columns.date'),
            t('charts.context.columns.event'),
            t('charts.context.columns.source'),
          ].map((cell) => (
            <th key={cell} scope="col" className="border-b border-gray-300 px-2 py-1 dark:border-gray-600">
              {cell}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {marks.map(({ annotation, number, lang }) => (
          <tr key={annotation.id} className="align-top odd:bg-gray-50 dark:odd:bg-gray-800/50">
            <td className="px-2 py-0.5">{number}</td>
            <td className="whitespace-nowrap px-2 py-0.5">{formatDay(annotation.date)}</td>
            <th scope="row" className="px-2 py-0.5 font-normal" lang={lang}>
              {annotation.title}
            </th>
            <td className="px-2 py-0.5">
              {annotation.sources[0] && (
                <a
                  href={annotation.sources[0].url}
                  className="inline-flex min-h-6 min-w-6 items-center text-blue-700 underline dark:text-sky-300"
                  rel="noreferrer"
                  target="_blank"
                  lang={inEnglish()}
                >
                  {annotation.sources[0].publisher}
                </a>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
