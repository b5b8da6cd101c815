import { lazy, Suspense, useId, useMemo, useState, type ReactNode } from 'react';
import { absoluteUrl, localHref } from '../api/links';
import { rangeIn } from '../selectors/filter';
import { t } from '../i18n/catalogue';
import { formatDay } from '../i18n/format';
import { encodeParams } from '../url/params';
import { CHART_PARAMS, EMBED_PARAMS } from '../url/routes';
import { encodeView, type ViewState } from '../url/view';
import { ChartActions } from './ChartActions';
import { DataTable } from './DataTable';
import { sourceLine } from './sourceLine';
import { ContextKey, ContextTable, HighlightBox } from './Highlight';
import { Legend } from './Legend';
import {
  drawModel,
  plotHeightCss,
  summaryId,
  type ChartModel,
  type Highlight,
  type MarkSelection,
} from './spec';
import type { ChartTheme } from './theme';
import { useStaggeredMount } from './stagger';
import { useSize } from './useWidth';
import { useEndPrerenderWhenDrawn } from '../prerender';

const RangeStrip = lazy(() => import('./RangeStrip').then((m) => ({ default: m.RangeStrip })));

/** An id prefix safe in SVG `url(#…)` references, unique per chart instance. */
export function useChartIdPrefix(id: string): string {
  return `${id}-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
}

/** The absolute address of a chart's full view, for exports, copy link and embeds' back links. */
export function chartViewUrl(page: string, view: ViewState): string {
  return absoluteUrl(localHref(page, encodeView(view)));
}

type PageFrameProps = {
  model: ChartModel;
  theme: ChartTheme;
  view: ViewState;
  asOf: string;
  onSelect?: (selection: MarkSelection) => void;
  /** Given, the time brush under the plot zooms the view's range. */
  onRange?: (
    range: { from: string | undefined; to: string | undefined },
    options: { replace: boolean },
  ) => void;
  /** Shown under the plot, e.g. the events behind a selected mark. */
  children?: ReactNode;
};

/**
 * A chart's interactive drawing at its box's size (drawn again only when the model, the size or the
 * colours change: Recharts is the costly part), and over it what its marks and cursor say.
 */
export function useLivePlot(
  model: ChartModel,
  theme: ChartTheme,
  idPrefix: string,
  onSelect: ((selection: MarkSelection) => void) | undefined,
  turn = true,
) {
  const [ref, { width, height }] = useSize<HTMLDivElement>();
  useEndPrerenderWhenDrawn(() => ref.current, '.recharts-cartesian-axis-tick');
  const [highlight, setHighlight] = useState<Highlight | undefined>(undefined);
  const [cursor, setCursor] = useState<string | undefined>(undefined);
  const plot = useMemo(
    () =>
      turn &&
      width > 0 &&
      height > 0 &&
      drawModel(model, {
        width,
        height,
        theme,
        idPrefix,
        interactive: true,
        onSelect,
        onHighlight: setHighlight,
        onCursor: setCursor,
      }),
    [turn, model, width, height, theme, idPrefix, onSelect],
  );
  return { ref, plot, overlay: <HighlightBox highlight={highlight} cursor={cursor} /> };
}

/**
 * The page frame: a chart with everything a reader needs around it — title, subtitle, legend,
 * plot at the container's width, the summary in words, source and date, the numbers as a table,
 * downloads and the embed dialog.
 */
export function PageFrame({ model, theme, view, asOf, onSelect, onRange, children }: PageFrameProps) {
  const idPrefix = useChartIdPrefix(model.id);
  // The table is built when opened, not on every change of view while it is closed.
  const [tableOpen, setTableOpen] = useState(false);
  const viewUrl = chartViewUrl(model.page, view);
  const turn = useStaggeredMount();
  const { ref, plot, overlay } = useLivePlot(model, theme, idPrefix, onSelect, turn);
  return (
    <figure
      aria-labelledby={`${idPrefix}-title`}
      data-chart={model.id}
      className="@container break-inside-avoid rounded-lg border border-gray-200 bg-white p-4 shadow-sm dark:border-gray-700 dark:bg-gray-900 print:border-gray-300 print:shadow-none"
    >
      <h2 id={`${idPrefix}-title`} className="text-lg font-semibold text-gray-900 dark:text-gray-50">
        {model.title}
      </h2>
      <p className="text-sm text-gray-600 dark:text-gray-300">{model.subtitle}</p>
      <div className="mt-3">
        <Legend items={model.legend} theme={theme} idPrefix={`${idPrefix}-legend`} />
      </div>
      <div
        ref={ref}
        data-plot=""
        className="relative mt-2 overflow-hidden"
        style={{ height: plotHeightCss(model.plotHeight) }}
      >
        {plot}
        {overlay}
      </div>
      {onRange && (
        // The brush's slider library loads after the chart: a strip of the same height holds its place.
        <Suspense fallback={<div className="mt-2 h-6 print:hidden" />}>
          {/* The view's range, not the model's: a chart out of view may draw an earlier view for a moment. */}
          <RangeStrip span={model.span} range={rangeIn(model.span, view)} onRange={onRange} />
        </Suspense>
      )}
      {children}
      <ContextKey marks={model.context} className="mt-2 text-xs text-gray-700 dark:text-gray-300" />
      <p id={summaryId(idPrefix)} className="mt-2 text-sm text-gray-800 dark:text-gray-100">
        {model.summary}
      </p>
      <figcaption className="mt-1 text-xs text-gray-600 dark:text-gray-300">
        {sourceLine()} {t('frames.asOf', { date: formatDay(asOf) })}
      </figcaption>
      <ChartActions
        model={model}
        theme={theme}
        actors={view.actors}
        asOf={asOf}
        viewUrl={viewUrl}
        presentHref={localHref('/present', {
          ...encodeView(view),
          chart: model.id,
          ...encodeParams(CHART_PARAMS, model.params),
        })}
        embedSrc={(flags) =>
          absoluteUrl(
            localHref(`/embed/${model.id}`, {
              ...encodeView(view),
              ...encodeParams(EMBED_PARAMS, { ...model.params, ...flags }),
            }),
          )
        }
      />
      <details
        className="mt-2 text-sm print:hidden"
        onToggle={(event) => setTableOpen(event.currentTarget.open)}
      >
        <summary className="cursor-pointer text-blue-700 underline-offset-2 hover:underline dark:text-sky-300">
          {t('frames.page.table')}
        </summary>
        {tableOpen && (
          <div className="mt-2 max-h-96 overflow-auto">
            <DataTable table={model.table()} />
            <ContextTable marks={model.context} />
          </div>
        )}
      </details>
    </figure>
  );
}
