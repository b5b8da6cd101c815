import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useLoadedDataset } from '../api/dataset';
import { CHARTS } from '../charts/registry';
import { ACTION_META, ACTOR_META, ACTORS, type Actor } from '../data/ids';
import type { Dataset } from '../data/schema';
import { actionsOverTime } from '../selectors/buckets';
import { divergences, netDirection } from '../selectors/compare';
import { eventsById, filterEvents, viewRange } from '../selectors/filter';
import { plural } from '../selectors/format';
import { formatDay } from '../i18n/format';
import { actionsSentence } from '../selectors/story';
import type { CompareSearch } from '../url/routes';
import type { ViewState } from '../url/view';
import { ChartOnPage } from './ChartOnPage';
import { comparedPair, PRESETS } from './compareView';
import { GapList } from './GapList';
import { InForceOnPanel } from './InForceOnPanel';
import { useDataView, type SetView } from './useView';

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
          {ACTOR_META[a].label} and {ACTOR_META[b].label}, compared
        </h1>
        <p className="mt-2 max-w-3xl text-lg text-gray-800 dark:text-gray-100">{derived.sentence}</p>
        <nav aria-label="On this page" className="mt-2 text-sm print:hidden">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {SECTIONS.map(([id, label]) => (
              <li key={id}>
                <a
                  href={`#${id}`}
                  className="inline-flex min-h-6 items-center text-blue-700 underline dark:text-sky-300"
                >
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <section
        id="compare-controls"
        tabIndex={-1}
        aria-label="Comparison"
        className="flex flex-wrap items-end gap-x-6 gap-y-3 rounded-lg bg-gray-100 p-3 dark:bg-gray-800 print:hidden"
      >
        {([0, 1] as const).map((index) => (
          <label
            key={index}
            className="flex flex-col text-xs font-semibold uppercase tracking-wide text-gray-600 dark:text-gray-300"
          >
            {index === 0 ? 'First actor' : 'Second actor'}
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
                  {ACTOR_META[x].label}
                </option>
              ))}
            </select>
          </label>
        ))}
        <fieldset>
          <legend className="mb-1 text-xs font-semibold uppercase tracking-wide text-gray-600 dark:text-gray-300">
            Range
          </legend>
          <div className="flex flex-wrap gap-2">
            {PRESETS.map((preset) => {
              const on = view.from === preset.from && view.to === preset.to;
              return (
                <button
                  key={preset.label}
                  type="button"
                  aria-pressed={on}
                  onClick={() => setView({ from: preset.from, to: preset.to })}
                  className={`rounded-full border px-3 py-1 text-sm ${on ? 'border-gray-900 bg-gray-900 text-white dark:border-gray-100 dark:bg-gray-100 dark:text-gray-900' : 'border-gray-400 bg-white dark:border-gray-500 dark:bg-gray-900'}`}
                >
                  {preset.label}
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
          Swap: {ACTOR_META[b].short} first
        </button>
        <PeriodPicker view={view} setView={setView} />
      </section>
      <ChartOnPage spec={CHARTS.net} data={data} view={pairView} setView={setView} />
      <DivergenceList found={derived.found} byId={byId} />
      <ChartOnPage spec={CHARTS.actions} data={data} view={pairView} setView={setView} />
      <div className="grid gap-6 lg:grid-cols-2">
        {/* One scale for both: equal heights stand for equal counts. */}
        <ChartOnPage spec={CHARTS.actions} data={data} view={aView} setView={setView} params={pairScale} />
        <ChartOnPage spec={CHARTS.actions} data={data} view={bView} setView={setView} params={pairScale} />
      </div>
      <ChartOnPage spec={CHARTS['in-force']} data={data} view={pairView} setView={setView} />
      <InForceOnPanel data={data} actors={[a, b]} at={view.at} setView={setView} />
      <GapList data={data} a={a} b={b} at={view.at ?? data.asOf} ask={own} setAsk={setOwn} />
    </div>
  );
}

/** The page's sections a reader can jump to, past the charts' many controls. */
const SECTIONS = [
  ['compare-controls', 'Actors and range'],
  ['divergence', 'Opposite directions'],
  ['in-force-on', 'In force on a day'],
  ['gaps', 'Listed by one, not the other'],
] as const;

function PeriodPicker({ view, setView }: { view: ViewState; setView: SetView }) {
  return (
    <label className="flex flex-col text-xs font-semibold uppercase tracking-wide text-gray-600 dark:text-gray-300">
      Count per
      <select
        className={`${select} mt-1 normal-case tracking-normal`}
        value={view.period}
        onChange={(event) => {
          const period = (['month', 'quarter', 'year'] as const).find((p) => p === event.target.value);
          if (period) setView({ period });
        }}
      >
        <option value="year">Year</option>
        <option value="quarter">Quarter</option>
        <option value="month">Month</option>
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
        Opposite directions
      </h2>
      {found.length === 0 ? (
        <p className="text-sm text-gray-700 dark:text-gray-300">
          In no period shown did one tighten while the other loosened.
        </p>
      ) : (
        <ol className="mt-2 space-y-3 text-sm">
          {found.map((d) => (
            <li key={d.key}>
              <p className="font-semibold">
                {d.label}: {ACTOR_META[d.tightener].noun} tightened on balance (+{d.net.tightener}),{' '}
                {ACTOR_META[d.loosener].noun} loosened ({d.net.loosener})
              </p>
              <ul className="mt-1 list-disc pl-5">
                {d.eventIds
                  .flatMap((id) => byId.get(id) ?? [])
                  .map((e) => (
                    <li key={e.id}>
                      {formatDay(e.date)} · {ACTOR_META[e.actor].short} · {ACTION_META[e.action].label} ·{' '}
                      <Link
                        to="/events/$eventId"
                        params={{ eventId: e.id }}
                        className="text-blue-700 underline dark:text-sky-300"
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
      <p className="sr-only">{plural(found.length, 'period')} listed.</p>
    </section>
  );
}
