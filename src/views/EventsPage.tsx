import { useNavigate, useSearch } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useLoadedDataset } from '../api/dataset';
import { ACTIONS, MEASURES, type Action, type Measure } from '../data/ids';
import type { Dataset } from '../data/schema';
import { sortEvents } from '../selectors/events';
import { dataSpan, filterEffect, filterEvents, viewRange } from '../selectors/filter';
import { t } from '../i18n/catalogue';
import { formatCount } from '../i18n/format';
import { actionLabel, measureLabel } from '../i18n/labels';
import { EVENTS_PARAMS } from '../url/routes';
import type { ViewState } from '../url/view';
import { ActiveFilters } from './ActiveFilters';
import { EventCards, EventsTable } from './EventsTable';
import { Filters } from './Filters';
import { SearchField } from './SearchField';
import { useMediaQuery } from './useMediaQuery';
import { useDataView, type SetView } from './useView';

/** `/events`: every action, searchable, sortable by any column and filtered by the view. */
export function EventsPage() {
  const data = useLoadedDataset();
  return <EventsBrowser data={data} />;
}

function EventsBrowser({ data }: { data: Dataset }) {
  const [view, setView] = useDataView(data);
  const sort = useSearch({
    from: '/site/events',
    select: (search) => search.sort ?? EVENTS_PARAMS.sort.fallback,
  });
  const navigate = useNavigate({ from: '/events' });
  // Cards below 768 px: the table needs about 700 px (a 1280 px window at 200 % zoom is 640).
  const narrow = useMediaQuery('(max-width: 767px)');
  const derived = useMemo(() => {
    const range = viewRange(data.events, view, data.asOf);
    const shown = filterEvents(data.events, view, range);
    return { effect: filterEffect(data.events, view, range, shown), shown };
  }, [data, view]);
  const sorted = useMemo(() => sortEvents(derived.shown, sort), [derived.shown, sort]);
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-bold tracking-tight text-gray-950 dark:text-white">
          {t('events.title')}
        </h1>
        <p className="mt-1 max-w-3xl text-gray-700 dark:text-gray-300">{t('events.intro')}</p>
      </div>
      <div className="space-y-3">
        <Filters view={view} onChange={setView} bounds={dataSpan(data)} timeCharts={false}>
          <SearchField value={view.q} onCommit={(q, options) => setView({ q }, options)} />
          <KindFilters view={view} setView={setView} />
        </Filters>
        <ActiveFilters view={view} effect={derived.effect} onChange={setView} />
      </div>
      <p role="status" className="text-sm font-medium text-gray-800 dark:text-gray-100">
        {t('events.shown', { shown: formatCount(sorted.length), total: data.events.length })}
      </p>
      {/* A phone's cards or a desktop's table: the build pre-renders both (scripts/prerender.ts). */}
      <div data-variant>
        {sorted.length === 0 ? (
          <p className="text-gray-700 dark:text-gray-300">{t('events.noMatch')}</p>
        ) : narrow ? (
          <EventCards events={sorted} />
        ) : (
          <EventsTable
            events={sorted}
            sort={sort}
            onSort={(next) => void navigate({ search: (prev) => ({ ...prev, sort: next }) })}
          />
        )}
      </div>
    </div>
  );
}

/** Kinds of action and of measure, as checkbox groups in a disclosure. */
function KindFilters({ view, setView }: { view: ViewState; setView: SetView }) {
  const toggle = <T extends string>(
    all: readonly T[],
    chosen: readonly T[],
    id: T,
    on: boolean,
  ): T[] | undefined => {
    const next = all.filter((x) => (x === id ? on : chosen.includes(x)));
    return next.length ? next : undefined;
  };
  return (
    <details className="relative basis-full text-sm">
      <summary className="cursor-pointer text-blue-700 underline-offset-2 hover:underline dark:text-sky-300">
        {t('events.kinds.title')}
      </summary>
      <div className="mt-2 flex flex-wrap gap-x-8 gap-y-2">
        <fieldset>
          <legend className="font-semibold">{t('events.kinds.action')}</legend>
          {ACTIONS.map((action: Action) => (
            <label key={action} className="mr-3 inline-flex items-center gap-1">
              <input
                type="checkbox"
                checked={view.actions.includes(action)}
                onChange={(event) => {
                  const actions = toggle(ACTIONS, view.actions, action, event.target.checked);
                  if (actions) setView({ actions });
                }}
              />
              {actionLabel(action)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend className="font-semibold">{t('events.kinds.measure')}</legend>
          {MEASURES.map((measure: Measure) => (
            <label key={measure} className="mr-3 inline-flex items-center gap-1">
              <input
                type="checkbox"
                checked={view.measures.includes(measure)}
                onChange={(event) => {
                  const measures = toggle(MEASURES, view.measures, measure, event.target.checked);
                  if (measures) setView({ measures });
                }}
              />
              {measureLabel(measure)}
            </label>
          ))}
        </fieldset>
      </div>
    </details>
  );
}
