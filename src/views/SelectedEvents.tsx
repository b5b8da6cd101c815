import { Link } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import type { MarkSelection } from '../charts/spec';
import type { SanctionsEvent } from '../data/schema';
import { t } from '../i18n/catalogue';
import { formatDay } from '../i18n/format';
import { actionLabel, actorShort } from '../i18n/labels';
import { selectedEvents, tableViewOf } from './eventText';
import { inEnglish } from '../i18n/records';

/**
 * Under a chart: the actions behind the mark the reader clicked or chose with Enter, each linked
 * to its page, and a link to the events table narrowed to them. Focus moves here so that keyboard
 * readers land on what they asked for.
 */
export function SelectedEvents({
  selection,
  byId,
  onClose,
}: {
  selection: MarkSelection;
  byId: ReadonlyMap<string, SanctionsEvent>;
  onClose: () => void;
}) {
  const events = selectedEvents(selection, byId);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [selection]);
  return (
    <section
      aria-label={t('pages.selected.label')}
      className="mt-3 rounded border border-blue-200 bg-blue-50 p-3 text-sm dark:border-sky-900 dark:bg-sky-950"
    >
      <div className="flex items-start justify-between gap-3">
        <h3 ref={heading} tabIndex={-1} className="font-semibold outline-none">
          {t('pages.selected.title', { label: selection.label, count: events.length })}
        </h3>
        <button type="button" onClick={onClose} className="rounded px-2 underline">
          {t('pages.selected.close')}
        </button>
      </div>
      {events.length > 0 && (
        <>
          <ul className="mt-2 space-y-1">
            {events.map((e) => (
              <li key={e.id}>
                <span className="tabular-nums">{formatDay(e.date)}</span> · {actorShort(e.actor)} ·{' '}
                {actionLabel(e.action)} ·{' '}
                <Link
                  to="/events/$eventId"
                  params={{ eventId: e.id }}
                  className="text-blue-700 underline dark:text-sky-300"
                  lang={inEnglish()}
                >
                  {e.instrument}
                </Link>
              </li>
            ))}
          </ul>
          <Link
            to="/events"
            search={{ ...tableViewOf(events), q: '' }}
            className="mt-2 inline-block text-blue-700 underline dark:text-sky-300"
          >
            {t('pages.selected.inTable')}
          </Link>
        </>
      )}
    </section>
  );
}
