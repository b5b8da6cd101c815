import { useState } from 'react';
import { ACTION_META, ACTOR_META } from '../data/ids';
import type { SanctionsEvent } from '../data/schema';
import { plural } from '../selectors/format';
import { formatDay } from '../i18n/format';
import { focusAfterUpdate } from '../charts/focus';
import { useMediaQuery } from './useMediaQuery';

const FIRST_ROWS = 25;

function countsText(e: SanctionsEvent): string {
  const part = (verb: string, c: SanctionsEvent['listed']) =>
    c && (c.persons !== undefined || c.entities !== undefined)
      ? `${verb} ${[c.persons !== undefined && plural(c.persons, 'person'), c.entities !== undefined && plural(c.entities, 'entity', 'entities')].filter(Boolean).join(', ')}`
      : '';
  return [part('listed', e.listed), part('delisted', e.delisted)].filter(Boolean).join('; ');
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
      >
        {e.instrument}
      </a>
      <p className="text-gray-700 dark:text-gray-300">{e.summary}</p>
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
        Events
      </h2>
      <p className="text-sm text-gray-600 dark:text-gray-300">
        {plural(events.length, 'action')} match the filters, newest first.
      </p>
      {narrow ? (
        // Cards below 768 px, as on the events page: no sideways scrolling.
        <ol className="mt-3" aria-label="Actions, newest first">
          {rows.map((e) => (
            <li key={e.id} className="border-b border-gray-200 py-3 dark:border-gray-700">
              <p className="text-xs text-gray-600 dark:text-gray-300">
                {formatDay(e.date)} · {ACTOR_META[e.actor].label} · {ACTION_META[e.action].label}
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
                  Date
                </th>
                <th scope="col" className="py-1 pr-3">
                  Actor
                </th>
                <th scope="col" className="py-1 pr-3">
                  Action
                </th>
                <th scope="col" className="py-1 pr-3">
                  Instrument and summary
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((e) => (
                <tr key={e.id} className="border-b border-gray-100 align-top dark:border-gray-800">
                  <td className="whitespace-nowrap py-2 pr-3 tabular-nums">{formatDay(e.date)}</td>
                  <td className="py-2 pr-3">{ACTOR_META[e.actor].short}</td>
                  <td className="py-2 pr-3">{ACTION_META[e.action].label}</td>
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
          Show all {events.length} actions
        </button>
      )}
    </section>
  );
}
