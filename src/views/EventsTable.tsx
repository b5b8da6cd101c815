import { Link } from '@tanstack/react-router';
import { createColumnHelper, flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useState, type ReactNode } from 'react';
import type { SanctionsEvent } from '../data/schema';
import { parseSort } from '../selectors/events';
import { countText, nextSort } from './eventText';
import { Summary } from './Summary';
import { t } from '../i18n/catalogue';
import { formatDay } from '../i18n/format';
import { actionLabel, actorLabel, actorShort } from '../i18n/labels';
import { EVENT_SORT_COLUMNS, type EventSort } from '../url/routes';
import { inEnglish } from '../i18n/records';

function EventLink({ event }: { event: SanctionsEvent }) {
  return (
    <Link
      to="/events/$eventId"
      params={{ eventId: event.id }}
      className="font-medium text-blue-700 underline-offset-2 hover:underline dark:text-sky-300"
      lang={inEnglish()}
    >
      {event.instrument}
    </Link>
  );
}

const column = createColumnHelper<SanctionsEvent>();
// Headers are functions: each is written in the page's language when the table draws.
const COLUMNS = [
  column.accessor('date', { header: () => t('events.columns.date'), cell: (c) => formatDay(c.getValue()) }),
  column.accessor('actor', {
    header: () => t('events.columns.actor'),
    cell: (c) => actorShort(c.getValue()),
  }),
  column.accessor('action', {
    header: () => t('events.columns.action'),
    cell: (c) => actionLabel(c.getValue()),
  }),
  column.accessor('instrument', {
    header: () => t('events.columns.instrument'),
    cell: (c) => (
      <>
        <EventLink event={c.row.original} />
        <Summary event={c.row.original} />
      </>
    ),
  }),
  column.accessor('listed', {
    header: () => t('events.columns.listed'),
    cell: (c) => countText(c.getValue()),
  }),
  column.accessor('delisted', {
    header: () => t('events.columns.delisted'),
    cell: (c) => countText(c.getValue()),
  }),
];

const ROW_ESTIMATE = 88;

/** Rows of a long list drawn near the viewport only; the page keeps its one scroll bar. */
function useRows(count: number) {
  const [offset, setOffset] = useState(0);
  // Where the list starts on the page, read when it mounts: the window scrolls, the list is part of the page.
  const setList = useCallback((list: HTMLElement | null) => {
    if (list) setOffset(list.getBoundingClientRect().top + window.scrollY);
  }, []);
  const virtualizer = useWindowVirtualizer({
    count,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 10,
    scrollMargin: offset,
    // A drawn row is never 0 px tall; where nothing is laid out (jsdom) the estimate stands in.
    measureElement: (element) => element.getBoundingClientRect().height || ROW_ESTIMATE,
  });
  const items = virtualizer.getVirtualItems();
  const before = (items[0]?.start ?? offset) - offset;
  const after = virtualizer.getTotalSize() - ((items.at(-1)?.end ?? offset) - offset);
  return { setList, virtualizer, items, before, after };
}

/** The events as a table, sortable by any column (the sort lives in the address), rows virtualised. */
export function EventsTable({
  events,
  sort,
  onSort,
}: {
  /** Already filtered and sorted, and stable between renders: the table does not copy it. */
  events: SanctionsEvent[];
  sort: EventSort;
  onSort: (sort: EventSort) => void;
}) {
  const { column: sorted, descending } = parseSort(sort);
  // TanStack Table keeps its own state outside React; the compiler leaves this component as written.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: events,
    columns: COLUMNS,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    state: { sorting: [{ id: sorted, desc: descending }] },
  });
  const rows = table.getRowModel().rows;
  const { setList, virtualizer, items, before, after } = useRows(rows.length);
  return (
    <table ref={setList} aria-rowcount={rows.length + 1} className="w-full border-collapse text-left text-sm">
      <caption className="sr-only">{t('events.table.caption', { column: sorted })}</caption>
      <thead className="sticky top-0 z-10 bg-white dark:bg-gray-900">
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id} aria-rowindex={1} className="border-b border-gray-300 dark:border-gray-600">
            {group.headers.map((header) => {
              const id = header.column.id;
              const key = EVENT_SORT_COLUMNS.find((c) => c === id);
              const active = key === sorted;
              return (
                <th
                  key={header.id}
                  scope="col"
                  aria-sort={active ? (descending ? 'descending' : 'ascending') : 'none'}
                  className="py-1 pr-3 align-bottom"
                >
                  {key ? (
                    <button
                      type="button"
                      onClick={() => onSort(nextSort(sort, key))}
                      className="inline-flex items-center gap-1 font-semibold hover:underline"
                    >
                      {flexRender(header.column.columnDef.header, header.getContext())}
                      <span aria-hidden="true">{active ? (descending ? '▼' : '▲') : '↕'}</span>
                    </button>
                  ) : (
                    flexRender(header.column.columnDef.header, header.getContext())
                  )}
                </th>
              );
            })}
          </tr>
        ))}
      </thead>
      <tbody>
        {before > 0 && (
          <tr aria-hidden="true">
            <td colSpan={COLUMNS.length} style={{ height: before }} />
          </tr>
        )}
        {items.map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <tr
              key={row.id}
              ref={virtualizer.measureElement}
              data-index={item.index}
              aria-rowindex={item.index + 2}
              className="border-b border-gray-100 align-top dark:border-gray-800"
            >
              {row.getVisibleCells().map((cell, i) => {
                const content: ReactNode = flexRender(cell.column.columnDef.cell, cell.getContext());
                return i === 0 ? (
                  <th
                    key={cell.id}
                    scope="row"
                    className="whitespace-nowrap py-2 pr-3 font-normal tabular-nums"
                  >
                    {content}
                  </th>
                ) : (
                  <td key={cell.id} className={`py-2 pr-3 ${i >= 4 ? 'whitespace-nowrap text-xs' : ''}`}>
                    {content}
                  </td>
                );
              })}
            </tr>
          );
        })}
        {after > 0 && (
          <tr aria-hidden="true">
            <td colSpan={COLUMNS.length} style={{ height: after }} />
          </tr>
        )}
      </tbody>
    </table>
  );
}

/** The same events as cards, for narrow screens: no sideways scrolling. */
export function EventCards({ events }: { events: readonly SanctionsEvent[] }) {
  const { setList, virtualizer, items, before, after } = useRows(events.length);
  return (
    <ol ref={setList} className="space-y-0" aria-label={t('events.table.label')}>
      {before > 0 && <li aria-hidden="true" style={{ height: before }} />}
      {items.map((item) => {
        const e = events[item.index];
        if (!e) return null;
        const listed = countText(e.listed);
        const delisted = countText(e.delisted);
        return (
          <li
            key={e.id}
            ref={virtualizer.measureElement}
            data-index={item.index}
            aria-setsize={events.length}
            aria-posinset={item.index + 1}
            className="border-b border-gray-200 py-3 dark:border-gray-700"
          >
            <p className="text-xs text-gray-600 dark:text-gray-300">
              {formatDay(e.date)} · {actorLabel(e.actor)} · {actionLabel(e.action)}
            </p>
            <EventLink event={e} />
            <Summary event={e} className="text-sm text-gray-700 dark:text-gray-300" />
            {(listed || delisted) && (
              <p className="text-xs text-gray-600 dark:text-gray-400">
                {[
                  listed && t('events.cards.listed', { counts: listed }),
                  delisted && t('events.cards.delisted', { counts: delisted }),
                ]
                  .filter(Boolean)
                  .join('; ')}
              </p>
            )}
          </li>
        );
      })}
      {after > 0 && <li aria-hidden="true" style={{ height: after }} />}
    </ol>
  );
}
