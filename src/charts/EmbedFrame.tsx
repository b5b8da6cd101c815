import { t } from '../i18n/catalogue';
import { formatDay } from '../i18n/format';
import type { ViewState } from '../url/view';
import { ContextKey } from './Highlight';
import { Legend } from './Legend';
import { chartViewUrl, useChartIdPrefix, useLivePlot } from './PageFrame';
import { sourceLine } from './sourceLine';
import { plotHeightCss, summaryId, type ChartModel, type MarkSelection } from './spec';
import type { ChartTheme } from './theme';

/**
 * The embed frame: one chart with minimal chrome for an iframe in another site. It keeps the title,
 * legend, summary, source line and date, and links back to the full view in a new tab.
 */
export function EmbedFrame({
  model,
  theme,
  view,
  asOf,
  onSelect,
}: {
  model: ChartModel;
  theme: ChartTheme;
  view: ViewState;
  asOf: string;
  onSelect?: (selection: MarkSelection) => void;
}) {
  const idPrefix = useChartIdPrefix(model.id);
  const { ref, plot, overlay } = useLivePlot(model, theme, idPrefix, onSelect);
  return (
    <figure aria-labelledby={`${idPrefix}-title`} data-chart={model.id} className="@container">
      <h1 id={`${idPrefix}-title`} className="text-base font-semibold sm:text-lg">
        {model.title}
      </h1>
      <p className="text-xs text-gray-600 sm:text-sm dark:text-gray-300">{model.subtitle}</p>
      <div className="mt-2">
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
      <ContextKey marks={model.context} className="mt-2 text-xs text-gray-700 dark:text-gray-300" />
      <p id={summaryId(idPrefix)} className="mt-2 text-sm">
        {model.summary}
      </p>
      <figcaption className="mt-1 flex flex-wrap justify-between gap-x-4 text-xs text-gray-600 dark:text-gray-300">
        <span>
          {sourceLine()} {t('frames.asOf', { date: formatDay(asOf) })}
        </span>
        <a
          href={chartViewUrl(model.page, view)}
          target="_blank"
          rel="noopener"
          className="font-medium text-blue-700 underline dark:text-sky-300"
        >
          {t('frames.embedFrame.open')}
        </a>
      </figcaption>
    </figure>
  );
}
