import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useLoadedDataset } from '../api/dataset';
import { ACTORS, TARGET_KINDS, type Actor } from '../data/ids';
import type { Dataset, Target } from '../data/schema';
import { dataSpan, eventsById } from '../selectors/filter';
import { t } from '../i18n/catalogue';
import { formatCount, formatDay } from '../i18n/format';
import { actorLabel, actorShort, kindLabel } from '../i18n/labels';
import { nameSearch } from '../selectors/names';
import { eventDates, filterTargets, statusOn, type StatusOnDate } from '../selectors/targets';
import { TARGET_STATUSES, type TargetsSearch } from '../url/routes';
import { AtSlider } from './AtSlider';
import { comparedPair } from './compareView';
import { RegimesToggle } from './Filters';
import { Choice } from './Choice';
import { GapList } from './GapList';
import { SearchField } from './SearchField';
import { STATUS_SYMBOL, statusWords } from './targetText';
import { useMediaQuery } from './useMediaQuery';
import { useDataView } from './useView';
import { focusAfterUpdate } from '../charts/focus';

/** What a target is found by: its names in every script and spelling, its sector and kind. */
function searchable(target: Target): string[] {
  return [target.name, ...(target.aliases ?? []), target.sector ?? '', kindLabel(target.kind)];
}

/** `/targets`: named targets, each one's status under every actor on the chosen day, and the gap list. */
export function TargetsPage() {
  const data = useLoadedDataset();
  return <Targets data={data} />;
}

function StatusCell({ state, actor, day }: { state: StatusOnDate; actor: Actor; day: string }) {
  const words = statusWords(state.status, actor, day);
  return (
    <span title={state.unclear ? t('targets.unclear.why', { reason: state.unclear }) : words.why}>
      <span aria-hidden="true">{STATUS_SYMBOL[state.status]} </span>
      {words.word}
      {state.since && state.status !== 'never' && (
        <span className="text-gray-600 dark:text-gray-400"> {formatDay(state.since)}</span>
      )}
      {state.unclear && <span className="font-semibold"> ({t('targets.unclear.word')})</span>}
    </span>
  );
}

/** Rows drawn at first: the rest come on asking, so a long list never holds up the page. */
const FIRST_ROWS = 100;

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
        {[kindLabel(target.kind), target.sector].filter(Boolean).join(' · ')}
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
          {t('targets.title')}
        </h1>
        <p className="mt-1 max-w-3xl text-gray-700 dark:text-gray-300">{t('targets.intro')}</p>
      </div>
      <div className="space-y-3 rounded-lg bg-gray-100 p-3 dark:bg-gray-800">
        <SearchField
          value={view.q}
          onCommit={(q, options) => setView({ q }, options)}
          label={t('targets.search.label')}
          placeholder={t('targets.search.placeholder')}
        />
        <div className="flex flex-wrap items-end gap-3">
          <Choice
            label={t('targets.filter.kind')}
            any={t('targets.filter.anyKind')}
            ids={TARGET_KINDS}
            word={kindLabel}
            value={own.kind}
            onChange={(kind) => setOwn({ kind })}
          />
          <Choice
            label={t('targets.filter.status')}
            any={t('targets.filter.anyStatus')}
            ids={TARGET_STATUSES}
            word={(status) => t(`targets.filter.statuses.${status}`)}
            value={own.status}
            onChange={(status) => setOwn({ status })}
          />
          <Choice
            label={t('targets.filter.by')}
            any={own.status === 'never' ? t('targets.filter.anyone') : t('targets.filter.anyActor')}
            ids={ACTORS}
            word={actorLabel}
            value={own.by}
            onChange={(by) => setOwn({ by })}
          />
          <RegimesToggle view={view} onChange={setView} />
        </div>
        <div>
          <p className="mb-1 text-xs font-semibold uppercase tracking-wide text-gray-600 dark:text-gray-300">
            {t('targets.filter.statusOn')}
          </p>
          <AtSlider span={dataSpan(data)} at={at} onAt={(next, options) => setView({ at: next }, options)} />
        </div>
      </div>
      <p role="status" className="text-sm font-medium">
        {t('targets.shown', {
          shown: formatCount(shown.length),
          total: data.targets.length,
          day: formatDay(at),
          more: rows.length < shown.length ? 'yes' : 'no',
          first: formatCount(rows.length),
        })}
      </p>
      {/* A phone's cards or a desktop's table: the build pre-renders both (scripts/prerender.ts). */}
      <div data-variant>
        {narrow ? (
          <ol className="divide-y divide-gray-200 dark:divide-gray-700" aria-label={t('targets.cardsLabel')}>
            {rows.map((target) => (
              // A card off screen is not laid out until it comes near (its height kept once seen):
              // a phone opens the page without laying out a hundred cards.
              <li
                key={target.id}
                className="py-3 [contain-intrinsic-size:auto_11rem] [content-visibility:auto]"
              >
                <TargetName target={target} />
                <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-3 text-sm">
                  {ACTORS.map((actor) => (
                    <div key={actor} className="contents">
                      <dt className="font-semibold">{actorShort(actor)}</dt>
                      <dd>
                        <StatusCell state={statusOn(target, actor, at, dates)} actor={actor} day={at} />
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
              <caption className="sr-only">{t('targets.table.caption', { day: formatDay(at) })}</caption>
              <thead>
                <tr className="border-b border-gray-300 dark:border-gray-600">
                  <th scope="col" className="py-1 pr-3">
                    {t('targets.table.target')}
                  </th>
                  {ACTORS.map((actor) => (
                    <th key={actor} scope="col" className="py-1 pr-3">
                      <abbr title={actorLabel(actor)} className="no-underline">
                        {actorShort(actor)}
                      </abbr>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((target) => (
                  <tr key={target.id} className="border-b border-gray-100 align-top dark:border-gray-800">
                    <th scope="row" className="py-2 pr-3 font-normal">
                      <TargetName target={target} />
                    </th>
                    {ACTORS.map((actor) => (
                      <td key={actor} className="py-2 pr-3 text-xs">
                        <StatusCell state={statusOn(target, actor, at, dates)} actor={actor} day={at} />
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
          {t('targets.showAll', { count: shown.length })}
        </button>
      )}
      <p className="max-w-3xl text-xs text-gray-700 dark:text-gray-300">
        {t('targets.statusNote', {
          notListed: t('data.statuses.notListed'),
          notRecorded: t('data.statuses.never'),
        })}
      </p>
      <GapList data={data} a={a} b={b} at={at} ask={own} setAsk={setOwn} />
    </div>
  );
}
