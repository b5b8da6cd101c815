import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useLoadedDataset } from '../api/dataset';
import { CHARTS } from '../charts/registry';
import { ACTORS, type Actor } from '../data/ids';
import type { Dataset } from '../data/schema';
import { actionsOverTime } from '../selectors/buckets';
import { divergences, netDirection } from '../selectors/compare';
import { eventsById, filterEvents, viewRange } from '../selectors/filter';
import { t } from '../i18n/catalogue';
import { formatCount, formatDay } from '../i18n/format';
import { actionLabel, actorLabel, actorShort } from '../i18n/labels';
import { actionsSentence } from '../selectors/story';
import type { CompareSearch } from '../url/routes';
import type { ViewState } from '../url/view';
import { ChartOnPage } from './ChartOnPage';
import { comparedPair, PRESETS } from './compareView';
import { GapList } from './GapList';
import { InForceOnPanel } from './InForceOnPanel';
import { Later } from './Later';
import { useDataView, type SetView } from './useView';
import { inEnglish } from '../i18n/records';

/** `/compare`: two actors side by side and overlaid, their net direction, and where they diverged. */
export function ComparePage() {
  const data = useLoadedDataset();
  return <Compare data={data} />;
}

const select =
  'rounded border border-gray-400 bg-white px-2 py-1 text-sm dark:border-gray-500 dark:bg-gray-900';

function Compare({ data }: { data: Dataset }) {
  const [view, setView] = useDataView(data);
  const own = useSearch({ from: '/site/compare' });
  const navigate = useNavigate({ from: '/compare' });
  const setOwn = (next: Partial<CompareSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...next }), replace: true });
  const [a, b] = comparedPair(view.actors, own.first);
  const pairView: ViewState = useMemo(() => ({ ...view, actors: [a, b] }), [view, a, b]);
  const aView: ViewState = useMemo(() => ({ ...pairView, actors: [a] }), [pairView, a]);
  const bView: ViewState = useMemo(() => ({ ...pairView, actors: [b] }), [pairView, b]);
  const pairScale = useMemo(() => ({ scale: [a, b] }), [a, b]);
  const derived = useMemo(() => {
    const range = viewRange(data.events, pairView, data.asOf);
    const shown = filterEvents(data.events, pairView, range);
    const net = netDirection(actionsOverTime(shown, [a, b], range, pairView.period), [a, b]);
    return { range, sentence: actionsSentence(shown, [a, b], range), found: divergences(net, a, b) };
  }, [data, pairView, a, b]);
  const byId = eventsById(data.events);
  const pick = (index: 0 | 1, actor: Actor) => (index === 0 ? compare(actor, b) : compare(a, actor));
  const compare = (first: Actor, second: Actor) => {
    // The view's actors keep their canonical order; `first` says which of the two leads.
    const actors = ACTORS.filter((x) => x === first || x === second);
    void navigate({
      search: (prev) => ({ ...prev, actors, first: actors[0] === first ? undefined : first }),
    });
  };
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight text-gray-950 dark:text-white">
          {t('pages.compare.title', { a: actorLabel(a), b: actorLabel(b) })}
        </h1>
        <p className="mt-2 max-w-3xl text-lg text-gray-800 dark:text-gray-100">{derived.sentence}</p>
        <nav aria-label={t('pages.compare.onThisPage')} className="mt-2 text-sm print:hidden">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {SECTIONS.map(([id, section]) => (
              <li key={id}>
                <a
                  href={`#${id}`}
                  className="inline-flex min-h-6 items-center text-blue-700 underline dark:text-sky-300"
                >
                  {t(`pages.compare.sections.${section}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <section
        id="compare-controls"
        tabIndex={-1}
        aria-label={t('pages.compare.controls')}
        className="flex flex-wrap items-end gap-x-6 gap-y-3 rounded-lg bg-gray-100 p-3 dark:bg-gray-800 print:hidden"
      >
        {([0, 1] as const).map((index) => (
          <label
            key={index}
            className="flex flex-col text-xs font-semibold uppercase tracking-wide text-gray-600 dark:text-gray-300"
          >
            {t(index === 0 ? 'pages.compare.first' : 'pages.compare.second')}
            <select
              className={`${select} mt-1 normal-case tracking-normal`}
              value={index === 0 ? a : b}
              onChange={(event) => {
                const actor = ACTORS.find((x) => x === event.target.value);
                if (actor) pick(index, actor);
              }}
            >
              {ACTORS.filter((x) => x !== (index === 0 ? b : a)).map((x) => (
                <option key={x} value={x}>
                  {actorLabel(x)}
                </option>
              ))}
            </select>
          </label>
        ))}
        <fieldset>
          <legend className="mb-1 text-xs font-semibold uppercase tracking-wide text-gray-600 dark:text-gray-300">
            {t('pages.compare.range')}
          </legend>
          <div className="flex flex-wrap gap-2">
            {PRESETS.map((preset) => {
              const on = view.from === preset.from && view.to === preset.to;
              return (
                <button
                  key={preset.id}
                  type="button"
                  aria-pressed={on}
                  onClick={() => setView({ from: preset.from, to: preset.to })}
                  className={`rounded-full border px-3 py-1 text-sm ${on ? 'border-gray-900 bg-gray-900 text-white dark:border-gray-100 dark:bg-gray-100 dark:text-gray-900' : 'border-gray-400 bg-white dark:border-gray-500 dark:bg-gray-900'}`}
                >
                  {t(`pages.compare.presets.${preset.id}`)}
                </button>
              );
            })}
          </div>
        </fieldset>
        <button
          type="button"
          onClick={() => compare(b, a)}
          className="rounded border border-gray-400 bg-white px-3 py-1 text-sm dark:border-gray-500 dark:bg-gray-900"
        >
          {t('pages.compare.swap', { actor: actorShort(b) })}
        </button>
        <PeriodPicker view={view} setView={setView} />
      </section>
      <ChartOnPage spec={CHARTS.net} data={data} view={pairView} setView={setView} />
      <Later>
        {() => (
          <>
            <DivergenceList found={derived.found} byId={byId} />
            <ChartOnPage spec={CHARTS.actions} data={data} view={pairView} setView={setView} />
            <div className="grid gap-6 lg:grid-cols-2">
              {/* One scale for both: equal heights stand for equal counts. */}
              {[aView, bView].map((own) => (
                <ChartOnPage
                  key={own.actors.join()}
                  spec={CHARTS.actions}
                  data={data}
                  view={own}
                  setView={setView}
                  params={pairScale}
                />
              ))}
            </div>
            <ChartOnPage spec={CHARTS['in-force']} data={data} view={pairView} setView={setView} />
            <InForceOnPanel data={data} actors={[a, b]} at={view.at} setView={setView} />
            <GapList data={data} a={a} b={b} at={view.at ?? data.asOf} ask={own} setAsk={setOwn} />
          </>
        )}
      </Later>
    </div>
  );
}

/** The page's sections a reader can jump to, past the charts' many controls. */
const SECTIONS = [
  ['compare-controls', 'controls'],
  ['divergence', 'divergence'],
  ['in-force-on', 'inForce'],
  ['gaps', 'gaps'],
] as const;

function PeriodPicker({ view, setView }: { view: ViewState; setView: SetView }) {
  return (
    <label className="flex flex-col text-xs font-semibold uppercase tracking-wide text-gray-600 dark:text-gray-300">
      {t('pages.filters.countPer')}
      <select
        className={`${select} mt-1 normal-case tracking-normal`}
        value={view.period}
        onChange={(event) => {
          const period = (['month', 'quarter', 'year'] as const).find((p) => p === event.target.value);
          if (period) setView({ period });
        }}
      >
        {(['year', 'quarter', 'month'] as const).map((period) => (
          <option key={period} value={period}>
            {t(`pages.filters.periods.${period}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The periods in which the two moved in opposite directions, each with its actions. */
function DivergenceList({
  found,
  byId,
}: {
  found: ReturnType<typeof divergences>;
  byId: ReadonlyMap<string, Dataset['events'][number]>;
}) {
  return (
    <section
      id="divergence"
      tabIndex={-1}
      aria-labelledby="divergence-title"
      className="rounded-lg border border-gray-200 bg-white p-4 dark:border-gray-700 dark:bg-gray-900"
    >
      <h2 id="divergence-title" className="text-lg font-semibold">
        {t('pages.compare.divergence.title')}
      </h2>
      {found.length === 0 ? (
        <p className="text-sm text-gray-700 dark:text-gray-300">{t('pages.compare.divergence.none')}</p>
      ) : (
        <ol className="mt-2 space-y-3 text-sm">
          {found.map((d) => (
            <li key={d.key}>
              <p className="font-semibold">
                {t('pages.compare.divergence.period', {
                  period: d.label,
                  tightener: d.tightener,
                  up: formatCount(d.net.tightener),
                  loosener: d.loosener,
                  down: formatCount(d.net.loosener),
                })}
              </p>
              <ul className="mt-1 list-disc pl-5">
                {d.eventIds
                  .flatMap((id) => byId.get(id) ?? [])
                  .map((e) => (
                    <li key={e.id}>
                      {formatDay(e.date)} · {actorShort(e.actor)} · {actionLabel(e.action)} ·{' '}
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
            </li>
          ))}
        </ol>
      )}
      <p className="sr-only">{t('pages.compare.divergence.count', { count: found.length })}</p>
    </section>
  );
}
