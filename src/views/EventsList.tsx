import { useState } from 'react';
import type { SanctionsEvent } from '../data/schema';
import { t } from '../i18n/catalogue';
import { formatDay } from '../i18n/format';
import { actionLabel, actorLabel, actorShort } from '../i18n/labels';
import { focusAfterUpdate } from '../charts/focus';
import { countText } from './eventText';
import { Summary } from './Summary';
import { useMediaQuery } from './useMediaQuery';
import { inEnglish } from '../i18n/records';

const FIRST_ROWS = 25;

/** Whom an action listed and delisted, where sources count them: `listed 3 persons; delisted 1 entity`. */
function countsText(e: SanctionsEvent): string {
  const listed = countText(e.listed);
  const delisted = countText(e.delisted);
  return [
    listed && t('events.list.listed', { counts: listed }),
    delisted && t('events.list.delisted', { counts: delisted }),
  ]
    .filter(Boolean)
    .join('; ');
}

/** An action's legal act (linked to its source), what it did, and whom it listed. */
function EventSummary({ event: e }: { event: SanctionsEvent }) {
  return (
    <>
      <a
        href={e.sources[0]?.url}
        className="font-medium text-blue-700 underline-offset-2 hover:underline dark:text-sky-300"
        rel="noreferrer"
        target="_blank"
        lang={inEnglish()}
      >
        {e.instrument}
      </a>
      <Summary event={e} />
      {countsText(e) && <p className="text-xs text-gray-600 dark:text-gray-400">{countsText(e)}</p>}
    </>
  );
}

/** The filtered events, newest first, each with its legal act and primary source. */
export function EventsList({ events }: { events: readonly SanctionsEvent[] }) {
  const [showAll, setShowAll] = useState(false);
  const narrow = useMediaQuery('(max-width: 767px)');
  const newest = [...events].reverse();
  const rows = showAll ? newest : newest.slice(0, FIRST_ROWS);
  return (
    <section
      aria-labelledby="events-title"
      className="rounded-lg border border-gray-200 bg-white p-4 dark:border-gray-700 dark:bg-gray-900"
    >
      <h2 id="events-title" className="text-lg font-semibold">
        {t('events.title')}
      </h2>
      <p className="text-sm text-gray-600 dark:text-gray-300">
        {t('events.list.matching', { count: events.length })}
      </p>
      {narrow ? (
        // Cards below 768 px, as on the events page: no sideways scrolling.
        <ol className="mt-3" aria-label={t('events.list.label')}>
          {rows.map((e) => (
            <li key={e.id} className="border-b border-gray-200 py-3 dark:border-gray-700">
              <p className="text-xs text-gray-600 dark:text-gray-300">
                {formatDay(e.date)} · {actorLabel(e.actor)} · {actionLabel(e.action)}
              </p>
              <EventSummary event={e} />
            </li>
          ))}
        </ol>
      ) : (
        <div className="mt-3 overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b border-gray-300 dark:border-gray-600">
                <th scope="col" className="py-1 pr-3">
                  {t('events.columns.date')}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t('events.columns.actor')}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t('events.columns.action')}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t('events.columns.instrument')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((e) => (
                <tr key={e.id} className="border-b border-gray-100 align-top dark:border-gray-800">
                  <td className="whitespace-nowrap py-2 pr-3 tabular-nums">{formatDay(e.date)}</td>
                  <td className="py-2 pr-3">{actorShort(e.actor)}</td>
                  <td className="py-2 pr-3">{actionLabel(e.action)}</td>
                  <td className="py-2 pr-3">
                    <EventSummary event={e} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {!showAll && events.length > FIRST_ROWS && (
        <button
          type="button"
          onClick={(event) => {
            const list = event.currentTarget.closest('section');
            setShowAll(true);
            // Focus goes to the first action the button revealed.
            focusAfterUpdate(() =>
              list?.querySelector(
                `tbody tr:nth-child(${FIRST_ROWS + 1}) a, ol > li:nth-child(${FIRST_ROWS + 1}) a`,
              ),
            );
          }}
          className="mt-3 text-sm text-blue-700 underline dark:text-sky-300 print:hidden"
        >
          {t('events.list.showAll', { count: events.length })}
        </button>
      )}
    </section>
  );
}
