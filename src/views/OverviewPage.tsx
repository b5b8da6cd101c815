import type { ReactNode } from 'react';
import { Link } from '@tanstack/react-router';
import { useDeferredValue, useMemo } from 'react';
import { useLoadedDataset } from '../api/dataset';
import { CHARTS } from '../charts/registry';
import type { LegendItem } from '../charts/spec';
import { sourceLine } from '../charts/sourceLine';
import { ThumbFrame } from '../charts/ThumbFrame';
import type { Dataset } from '../data/schema';
import { dataSpan, filterEffect, filterEvents, viewRange } from '../selectors/filter';
import { t, tRich } from '../i18n/catalogue';
import { formatDay } from '../i18n/format';
import { actorLabel } from '../i18n/labels';
import { headlines } from '../selectors/headline';
import { actionsSentence, STORY_SINCE } from '../selectors/story';
import { ActiveFilters } from './ActiveFilters';
import { ChartOnPage } from './ChartOnPage';
import { EventsList } from './EventsList';
import { Filters } from './Filters';
import { Headlines } from './Headlines';
import { Later } from './Later';
import { DEFAULT_VIEW } from '../url/view';
import { useChartTheme } from './useChartModel';
import { useDataView } from './useView';

/** `/`: headline figures, both charts and the events behind them, for the actors in the URL. */
export function OverviewPage() {
  const data = useLoadedDataset();
  return <Overview data={data} />;
}

/** The lead: what the US and the EU did since the turning point, computed from the data. */
function storySince(data: Dataset): string {
  const range = { start: STORY_SINCE, end: data.asOf };
  const since = data.events.filter((e) => (e.actor === 'us' || e.actor === 'eu') && e.date >= STORY_SINCE);
  return actionsSentence(since, ['us', 'eu'], range);
}

/** The lead chart's legend: its actors; the caption says what up and down mean. */
const leadLegend = (): LegendItem[] =>
  (['us', 'eu'] as const).map((actor) => ({
    label: actorLabel(actor),
    swatch: { shape: 'bar', actor, direction: 'tighten' },
  }));

/**
 * The lead's chart: the US's and the EU's net direction per quarter since the turning point, the
 * registry's net chart drawn small, so that the first screen shows the story, not only says it.
 */
function LeadFigure({ data }: { data: Dataset }) {
  const theme = useChartTheme();
  const legend = useMemo(() => leadLegend(), []);
  const model = useMemo(
    () =>
      CHARTS.net.build({
        data,
        view: { ...DEFAULT_VIEW, actors: ['us', 'eu'], from: STORY_SINCE, period: 'quarter', context: false },
      }),
    [data],
  );
  return (
    <section
      aria-labelledby="lead-figure"
      // On paper the page is one column: the figure keeps the width it was drawn at.
      className="rounded-lg border border-gray-200 bg-white p-3 dark:border-gray-700 dark:bg-gray-900 print:max-w-[25rem] print:break-inside-avoid"
    >
      <h2 id="lead-figure" className="text-sm font-semibold text-gray-900 dark:text-gray-50">
        {t('pages.overview.leadTitle', { date: formatDay(STORY_SINCE) })}
      </h2>
      <ThumbFrame
        model={model}
        theme={theme}
        label={model.summary}
        aspect={0.5}
        legend={legend}
        caption={
          <span className="mt-1 block text-xs text-gray-700 dark:text-gray-300">
            {tRich('pages.overview.leadCaption', {
              source: sourceLine(),
              date: formatDay(data.asOf),
              link: compareSince,
            })}
          </span>
        }
      />
    </section>
  );
}

/** A sentence's link to the comparison of the US and the EU since the turning point. */
function compareSince(chunks: ReactNode[]) {
  return (
    <Link
      key="link"
      to="/compare"
      search={{ actors: ['us', 'eu'], from: STORY_SINCE, to: undefined }}
      className="text-blue-700 underline dark:text-sky-300"
    >
      {chunks}
    </Link>
  );
}

function Overview({ data }: { data: Dataset }) {
  const [view, setView] = useDataView(data);
  const derived = useMemo(() => {
    const range = viewRange(data.events, view, data.asOf);
    const shown = filterEvents(data.events, view, range);
    return {
      range,
      shown,
      effect: filterEffect(data.events, view, range, shown),
      bounds: dataSpan(data),
      headlines: headlines(data.events, shown, view.actors, range, data.asOf, data.checkpoints),
    };
  }, [data, view]);
  // The lead depends on the data alone, not on the view.
  const story = useMemo(() => storySince(data), [data]);
  // The list below the charts follows a change after them.
  const listed = useDeferredValue(derived.shown);
  return (
    <div className="space-y-6">
      <div className="grid items-start gap-4 lg:grid-cols-[minmax(0,1fr)_25rem]">
        <div>
          <h1 className="text-2xl font-bold tracking-tight text-gray-950 dark:text-white">
            {t('pages.overview.title')}
          </h1>
          <p className="mt-2 max-w-3xl text-lg font-medium text-gray-900 dark:text-gray-50">{story}</p>
          <p className="mt-1 max-w-3xl text-gray-700 dark:text-gray-300">
            {tRich('pages.overview.intro', {
              link: compareSince,
            })}
          </p>
        </div>
        <LeadFigure data={data} />
      </div>
      <div className="space-y-3 print:hidden">
        <Filters
          view={view}
          onChange={setView}
          bounds={derived.bounds}
          shown={{ actions: derived.shown.length, range: derived.range }}
        />
        <ActiveFilters view={view} effect={derived.effect} onChange={setView} />
      </div>
      <Headlines items={derived.headlines} endLabel={formatDay(derived.range.end)} />
      <ChartOnPage spec={CHARTS.actions} data={data} view={view} setView={setView} />
      <Later>
        {() => (
          <>
            <ChartOnPage spec={CHARTS['in-force']} data={data} view={view} setView={setView} />
            <ChartOnPage spec={CHARTS.timeline} data={data} view={view} setView={setView} />
            <div className="grid gap-6 lg:grid-cols-2">
              <ChartOnPage spec={CHARTS.measures} data={data} view={view} setView={setView} />
              <ChartOnPage spec={CHARTS.instruments} data={data} view={view} setView={setView} />
            </div>
            <EventsList events={listed} />
          </>
        )}
      </Later>
    </div>
  );
}
