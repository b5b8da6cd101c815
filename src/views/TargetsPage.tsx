import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useLoadedDataset } from '../api/dataset';
import { ACTORS, ACTOR_META, TARGET_KINDS, type Actor } from '../data/ids';
import type { Dataset, Target } from '../data/schema';
import { dataSpan, eventsById } from '../selectors/filter';
import { formatCount, formatDay } from '../i18n/format';
import { nameSearch } from '../selectors/names';
import { eventDates, filterTargets, statusOn, type StatusOnDate } from '../selectors/targets';
import { TARGET_STATUSES, type TargetsSearch } from '../url/routes';
import { AtSlider } from './AtSlider';
import { comparedPair } from './compareView';
import { RegimesToggle } from './Filters';
import { Choice } from './Choice';
import { GapList } from './GapList';
import { SearchField } from './SearchField';
import { KIND_LABEL, STATUS_LABEL, statusWords } from './targetText';
import { useMediaQuery } from './useMediaQuery';
import { useDataView } from './useView';
import { focusAfterUpdate } from '../charts/focus';

/** What a target is found by: its names in every script and spelling, its sector and kind. */
function searchable(target: Target): string[] {
  return [target.name, ...(target.aliases ?? []), target.sector ?? '', KIND_LABEL[target.kind]];
}

/** `/targets`: named targets, each one's status under every actor on the chosen day, and the gap list. */
export function TargetsPage() {
  const data = useLoadedDataset();
  return <Targets data={data} />;
}

function StatusCell({ state, actor, day }: { state: StatusOnDate; actor: Actor; day: string }) {
  const label = STATUS_LABEL[state.status];
  const words = statusWords(state.status, actor, day);
  return (
    <span title={state.unclear ? `Unclear: ${state.unclear}` : words.why}>
      <span aria-hidden="true">{label.symbol} </span>
      {words.word}
      {state.since && state.status !== 'never' && (
        <span className="text-gray-600 dark:text-gray-400"> {formatDay(state.since)}</span>
      )}
      {state.unclear && <span className="font-semibold"> (unclear)</span>}
    </span>
  );
}

/** Rows drawn at first: the rest come on asking, so a long list never holds up the page. */
const FIRST_ROWS = 100;

const STATUS_WORD = {
  listed: 'Listed (or eased by licence)',
  delisted: 'Delisted',
  never: 'Not listed or not recorded',
} as const;

/** A target's name, linked to its page, over its kind and sector. */
function TargetName({ target }: { target: Target }) {
  return (
    <>
      <Link
        to="/targets/$targetId"
        params={{ targetId: target.id }}
        className="font-medium text-blue-700 underline dark:text-sky-300"
      >
        {target.name}
      </Link>
      <p className="text-xs text-gray-600 dark:text-gray-300">
        {[KIND_LABEL[target.kind], target.sector].filter(Boolean).join(' · ')}
      </p>
    </>
  );
}

function Targets({ data }: { data: Dataset }) {
  const [view, setView] = useDataView(data);
  const own = useSearch({ from: '/site/targets' });
  const navigate = useNavigate({ from: '/targets' });
  const setOwn = (next: Partial<TargetsSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...next }), replace: true });
  const at = view.at ?? data.asOf;
  const narrow = useMediaQuery('(max-width: 767px)');
  const dates = eventDates(data.events);
  const matches = useMemo(() => nameSearch(view.q), [view.q]);
  const shown = useMemo(
    () =>
      filterTargets(
        data.targets,
        { matches, kind: own.kind, status: own.status, by: own.by, at, regimes: view.regimes },
        eventsById(data.events),
        dates,
        searchable,
      ),
    [data, matches, own.kind, own.status, own.by, at, view.regimes, dates],
  );
  const [all, setAll] = useState(false);
  const rows = all ? shown : shown.slice(0, FIRST_ROWS);
  const [a, b] = comparedPair(view.actors);
  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-2xl font-bold tracking-tight text-gray-950 dark:text-white">
          Who is sanctioned by whom
        </h1>
        <p className="mt-1 max-w-3xl text-gray-700 dark:text-gray-300">
          Companies, banks, state bodies, persons and aircraft named in the actions or on the official lists,
          with their status under each actor on the day chosen below. Every change links to the action that
          made it, or says it was seen in a list only.
        </p>
      </div>
      <div className="space-y-3 rounded-lg bg-gray-100 p-3 dark:bg-gray-800">
        <SearchField
          value={view.q}
          onCommit={(q, options) => setView({ q }, options)}
          label="Search targets"
          placeholder="A name in any spelling or script, a sector…"
        />
        <div className="flex flex-wrap items-end gap-3">
          <Choice
            label="Kind"
            any="Every kind"
            ids={TARGET_KINDS}
            word={(kind) => KIND_LABEL[kind]}
            value={own.kind}
            onChange={(kind) => setOwn({ kind })}
          />
          <Choice
            label="Status on the day"
            any="Any status"
            ids={TARGET_STATUSES}
            word={(status) => STATUS_WORD[status]}
            value={own.status}
            onChange={(status) => setOwn({ status })}
          />
          <Choice
            label="By"
            any={own.status === 'never' ? 'Anyone' : 'Any actor'}
            ids={ACTORS}
            word={(actor) => ACTOR_META[actor].label}
            value={own.by}
            onChange={(by) => setOwn({ by })}
          />
          <RegimesToggle view={view} onChange={setView} />
        </div>
        <div>
          <p className="mb-1 text-xs font-semibold uppercase tracking-wide text-gray-600 dark:text-gray-300">
            Status on
          </p>
          <AtSlider span={dataSpan(data)} at={at} onAt={(next, options) => setView({ at: next }, options)} />
        </div>
      </div>
      <p role="status" className="text-sm font-medium">
        {formatCount(shown.length)} of {formatCount(data.targets.length)} targets, status on {formatDay(at)}
        {rows.length < shown.length && `; the first ${formatCount(rows.length)} below`}
      </p>
      {/* A phone's cards or a desktop's table: the build pre-renders both (scripts/prerender.ts). */}
      <div data-variant>
        {narrow ? (
          <ol className="divide-y divide-gray-200 dark:divide-gray-700" aria-label="Targets">
            {rows.map((t) => (
              // A card off screen is not laid out until it comes near (its height kept once seen):
              // a phone opens the page without laying out a hundred cards.
              <li key={t.id} className="py-3 [contain-intrinsic-size:auto_11rem] [content-visibility:auto]">
                <TargetName target={t} />
                <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-3 text-sm">
                  {ACTORS.map((actor) => (
                    <div key={actor} className="contents">
                      <dt className="font-semibold">{ACTOR_META[actor].short}</dt>
                      <dd>
                        <StatusCell state={statusOn(t, actor, at, dates)} actor={actor} day={at} />
                      </dd>
                    </div>
                  ))}
                </dl>
              </li>
            ))}
          </ol>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left text-sm">
              <caption className="sr-only">
                Named targets and their status under each actor on {formatDay(at)}
              </caption>
              <thead>
                <tr className="border-b border-gray-300 dark:border-gray-600">
                  <th scope="col" className="py-1 pr-3">
                    Target
                  </th>
                  {ACTORS.map((actor) => (
                    <th key={actor} scope="col" className="py-1 pr-3">
                      <abbr title={ACTOR_META[actor].label} className="no-underline">
                        {ACTOR_META[actor].short}
                      </abbr>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((t) => (
                  <tr key={t.id} className="border-b border-gray-100 align-top dark:border-gray-800">
                    <th scope="row" className="py-2 pr-3 font-normal">
                      <TargetName target={t} />
                    </th>
                    {ACTORS.map((actor) => (
                      <td key={actor} className="py-2 pr-3 text-xs">
                        <StatusCell state={statusOn(t, actor, at, dates)} actor={actor} day={at} />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
      {rows.length < shown.length && (
        <button
          type="button"
          onClick={(event) => {
            const page = event.currentTarget.parentElement;
            const before = rows.length;
            setAll(true);
            focusAfterUpdate(() =>
              page?.querySelector(
                `ol > li:nth-child(${before + 1}) a, tbody > tr:nth-child(${before + 1}) a`,
              ),
            );
          }}
          className="rounded border border-gray-400 px-3 py-1 text-sm font-medium dark:border-gray-500"
        >
          Show all {formatCount(shown.length)} targets
        </button>
      )}
      <p className="max-w-3xl text-xs text-gray-700 dark:text-gray-300">
        “Not listed”: not on that actor’s official list on a day a copy of it was read here. “Not recorded”:
        the records hold no listing by that actor and no copy of its list was read for the day, so the data
        does not know.
      </p>
      <GapList data={data} a={a} b={b} at={at} ask={own} setAsk={setOwn} />
    </div>
  );
}
