import { useParams, useSearch } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useLoadedDataset } from '../api/dataset';
import { absoluteUrl, localHref } from '../api/links';
import { EmbedFrame } from '../charts/EmbedFrame';
import { chartSpec } from '../charts/registry';
import type { ChartSpec } from '../charts/spec';
import { shownText } from '../url/params';
import type { ChartParams } from '../url/routes';
import { CHART_IDS } from '../url/routes';
import { ACTORS } from '../data/ids';
import type { Dataset } from '../data/schema';
import { t } from '../i18n/catalogue';
import { actorShort } from '../i18n/labels';
import { encodeView, PERIODS } from '../url/view';
import { tableViewOf } from './eventText';
import { SkippedRecords } from './SkippedRecords';
import { ThemeScope } from './theme';
import { UrlNotices } from './UrlNotices';
import { useChartModel, useChartTheme } from './useChartModel';
import { useDataView, type SetView } from './useView';

/** The message an embed posts to its host page whenever its height changes. */
export const EMBED_HEIGHT_MESSAGE = 'sanctions-tracker:embed-height';

/**
 * `/embed/<chart>`: one chart from the registry, minimal chrome, for an iframe. Honours every view
 * parameter plus `theme`, `controls` and `transparent`; posts its height to the host page.
 */
export function EmbedPage() {
  const { chart } = useParams({ from: '/embed/$chart' });
  const flags = useSearch({ from: '/embed/$chart' });
  const root = useRef<HTMLElement>(null);
  useReportHeight(root, chart);
  const spec = chartSpec(chart);
  return (
    <ThemeScope preference={flags.theme} transparent={flags.transparent}>
      <main
        ref={root}
        className={`p-3 text-gray-900 dark:text-gray-100 ${flags.transparent ? '' : 'bg-white dark:bg-gray-950'}`}
      >
        <UrlNotices compact />
        {spec ? (
          <EmbedData
            spec={spec}
            controls={flags.controls}
            params={{ target: flags.target || undefined, scale: flags.scale }}
          />
        ) : (
          <p role="alert" className="text-sm">
            {t('pages.embed.unknown', { name: shownText(chart), charts: CHART_IDS.join(', ') })}
          </p>
        )}
      </main>
    </ThemeScope>
  );
}

/** The chart's own parameters from the address (the target chart's target, a shared scale). */
type EmbedParams = Partial<ChartParams>;

function EmbedData({ spec, controls, params }: { spec: ChartSpec; controls: boolean; params: EmbedParams }) {
  const data = useLoadedDataset();
  return <EmbedChart spec={spec} data={data} controls={controls} params={params} />;
}

function EmbedChart({
  spec,
  data,
  controls,
  params,
}: {
  spec: ChartSpec;
  data: Dataset;
  controls: boolean;
  params: EmbedParams;
}) {
  const [view, setView] = useDataView(data);
  const theme = useChartTheme();
  const model = useChartModel(spec, data, view, params);
  return (
    <>
      <SkippedRecords className="mb-2" />
      {controls && (
        <EmbedControls actors={view.actors} period={view.period} context={view.context} setView={setView} />
      )}
      <EmbedFrame
        model={model}
        theme={theme}
        view={view}
        asOf={data.asOf}
        onSelect={(selection) => {
          // An embed has no room for the list: the full site opens on the events behind the mark, in
          // the embed's language.
          const events = selection.eventIds.flatMap((id) => data.events.find((e) => e.id === id) ?? []);
          const only = events.length === 1 ? events[0] : undefined;
          const href = only
            ? localHref(`/events/${only.id}`)
            : localHref('/events', encodeView({ ...view, ...tableViewOf(events), q: '' }));
          window.open(absoluteUrl(href), '_blank', 'noopener');
        }}
      />
    </>
  );
}

/** The few controls an embed may show: actors and period. */
function EmbedControls({
  actors,
  period,
  context,
  setView,
}: {
  actors: readonly string[];
  period: string;
  context: boolean;
  setView: SetView;
}) {
  return (
    <form
      aria-label={t('pages.embed.controls')}
      className="mb-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-xs"
    >
      <fieldset className="flex flex-wrap gap-x-3">
        <legend className="sr-only">{t('pages.filters.actors')}</legend>
        {ACTORS.map((actor) => (
          <label key={actor} className="flex items-center gap-1">
            <input
              type="checkbox"
              checked={actors.includes(actor)}
              disabled={actors.length === 1 && actors.includes(actor)}
              onChange={(event) => {
                const next = ACTORS.filter((a) => (a === actor ? event.target.checked : actors.includes(a)));
                if (next.length) setView({ actors: next });
              }}
            />
            {actorShort(actor)}
          </label>
        ))}
      </fieldset>
      <label className="flex items-center gap-1">
        {t('pages.filters.countPer')}
        <select
          value={period}
          onChange={(event) => setView({ period: PERIODS.find((p) => p === event.target.value) ?? 'year' })}
          className="rounded border border-gray-300 bg-white px-1 dark:border-gray-600 dark:bg-gray-900"
        >
          {PERIODS.map((p) => (
            <option key={p} value={p}>
              {t(`pages.embed.periods.${p}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex items-center gap-1">
        <input
          type="checkbox"
          checked={context}
          onChange={(event) => setView({ context: event.target.checked })}
        />
        {t('pages.filters.context')}
      </label>
    </form>
  );
}

/** Posts the embed's height to the host page on load and whenever it changes. */
function useReportHeight(root: React.RefObject<HTMLElement | null>, chart: string) {
  useEffect(() => {
    const element = root.current;
    if (!element || window.parent === window) return;
    let last = 0;
    const post = () => {
      const height = Math.ceil(element.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, chart, height }, '*');
    };
    post();
    const observer = new ResizeObserver(post);
    observer.observe(element);
    return () => observer.disconnect();
  }, [root, chart]);
}
