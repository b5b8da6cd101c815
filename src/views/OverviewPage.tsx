import { useMemo } from 'react';
import { useDataset } from '../api/dataset';
import { CHARTS } from '../charts/registry';
import type { Dataset } from '../data/schema';
import { dataSpan, filterEffect, filterEvents, viewRange } from '../selectors/filter';
import { formatDay } from '../selectors/format';
import { headlines } from '../selectors/headline';
import { ActiveFilters } from './ActiveFilters';
import { ChartOnPage } from './ChartOnPage';
import { DataFailure, Loading } from './DataState';
import { EventsList } from './EventsList';
import { Filters } from './Filters';
import { Headlines } from './Headlines';
import { useDataView } from './useView';

/** `/`: headline figures, both charts and the events behind them, for the actors in the URL. */
export function OverviewPage() {
  const query = useDataset();
  if (query.isPending) return <Loading />;
  if (query.isError)
    return (
      <DataFailure error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
    );
  return <Overview data={query.data} />;
}

function Overview({ data }: { data: Dataset }) {
  const [view, setView] = useDataView(data);
  const derived = useMemo(() => {
    const range = viewRange(data.events, view, data.asOf);
    const shown = filterEvents(data.events, view, range);
    return {
      range,
      shown,
      effect: filterEffect(data.events, view, range),
      bounds: dataSpan(data),
      headlines: headlines(data.events, shown, view.actors, range),
    };
  }, [data, view]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight text-gray-950 dark:text-white">
          Sanctions on Belarus, imposed and lifted
        </h1>
        <p className="mt-1 max-w-3xl text-gray-700 dark:text-gray-300">
          Every US and EU sanctions action on Belarus since 2004, each sourced to its legal act. Choose who
          imposes them, the period and the dates; the address keeps your choice, so a link restores this view.
        </p>
      </div>
      <div className="space-y-3 print:hidden">
        <Filters view={view} onChange={setView} bounds={derived.bounds} />
        <ActiveFilters view={view} effect={derived.effect} onChange={setView} />
      </div>
      <Headlines items={derived.headlines} endLabel={formatDay(derived.range.end)} />
      <ChartOnPage spec={CHARTS.actions} data={data} view={view} />
      <ChartOnPage spec={CHARTS['in-force']} data={data} view={view} />
      <ChartOnPage spec={CHARTS.timeline} data={data} view={view} />
      <EventsList events={derived.shown} />
    </div>
  );
}
