import { shownText } from '../url/params';
import { Link, useParams } from '@tanstack/react-router';
import { lazy, Suspense, useMemo, type ReactNode } from 'react';
import { DATA_TARGETS_CSV_URL, dataTargetUrl } from '../api/config';
import { useLoadedDataset } from '../api/dataset';
import { CHARTS } from '../charts/registry';
import { ACTORS, LIST_META, type Actor, type TargetChange } from '../data/ids';
import type { Dataset, Target } from '../data/schema';
import { eventsById } from '../selectors/filter';
import { t, tRich } from '../i18n/catalogue';
import { formatDay } from '../i18n/format';
import { actorLabel, changeLabel, kindLabel, listLabel } from '../i18n/labels';
import { eventDates, statusOn, targetChanges, type DatedChange, type Seen } from '../selectors/targets';
import type { ViewState } from '../url/view';
import { ChartOnPage } from './ChartOnPage';
import { Later } from './Later';
import { STATUS_SYMBOL, statusWords } from './targetText';
import { useDataView } from './useView';
import { inEnglish } from '../i18n/records';

const OnTheLists = lazy(() => import('./OnTheLists').then((m) => ({ default: m.OnTheLists })));

/** How the page's links look. */
const link = 'text-blue-700 underline dark:text-sky-300';

const CHANGE_SYMBOL = { listed: '●', eased: '◐', delisted: '○', relisted: '●' } as const satisfies Record<
  TargetChange,
  string
>;

/** `/targets/<id>`: one target's story, one lane per actor, every change linked to its action and source. */
export function TargetPage() {
  const { targetId } = useParams({ from: '/site/targets/$targetId' });
  const data = useLoadedDataset();
  const target = data.targets.find((candidate) => candidate.id === targetId);
  if (!target)
    return (
      <div className="mx-auto max-w-xl py-12">
        <h1 className="text-2xl font-semibold">{t('targets.notFound.title')}</h1>
        <p className="mt-2 text-gray-700 dark:text-gray-300">
          {t('targets.notFound.text', { id: shownText(targetId) })}
        </p>
        <Link
          to="/targets"
          search={{ q: targetId.replace(/-/g, ' ') }}
          className="mt-4 inline-block text-blue-700 underline dark:text-sky-300"
        >
          {t('targets.notFound.search', { words: shownText(targetId.replace(/-/g, ' ')) })}
        </Link>
      </div>
    );
  return <TargetDetails target={target} data={data} />;
}

function TargetDetails({ target, data }: { target: Target; data: Dataset }) {
  const dates = eventDates(data.events);
  const changes = useMemo(() => targetChanges(target, eventsById(data.events)), [target, data]);
  const lanes = useMemo(
    () =>
      ACTORS.filter((a) => changes.some((c) => c.actor === a) || target.unclear?.some((u) => u.actor === a)),
    [changes, target],
  );
  const [view, setView] = useDataView(data);
  // Like an actor's page, a target's page fixes the actors: every one that acted on it.
  const own: ViewState = useMemo(() => ({ ...view, actors: lanes }), [view, lanes]);
  const params = useMemo(() => ({ target: target.id }), [target.id]);
  return (
    <article className="max-w-4xl space-y-6">
      <Link to="/targets" className={`text-sm ${link}`}>
        {t('targets.page.back')}
      </Link>
      <header>
        <p className="text-sm text-gray-600 dark:text-gray-300">
          {[kindLabel(target.kind), target.sector].filter(Boolean).join(' · ')}
        </p>
        <h1 className="text-2xl font-bold tracking-tight text-gray-950 dark:text-white">{target.name}</h1>
        {target.aliases && (
          <p className="text-sm text-gray-700 dark:text-gray-300">
            {t('targets.page.aliases', { names: target.aliases.join('; ') })}
          </p>
        )}
        {target.note && (
          <p className="mt-2 text-sm" lang={inEnglish()}>
            {target.note}
          </p>
        )}
        <p className="mt-2 text-sm">
          {tRich<ReactNode>('targets.page.data', {
            file: `${target.id}.json`,
            json: (chunks) => (
              <a key="json" href={dataTargetUrl(target.id)} className={link} type="application/json">
                {chunks}
              </a>
            ),
            csv: (chunks) => (
              <a key="csv" href={DATA_TARGETS_CSV_URL} className={link} type="text/csv">
                {chunks}
              </a>
            ),
          })}
        </p>
      </header>
      <section aria-labelledby="now-title">
        <h2 id="now-title" className="text-lg font-semibold">
          {t('targets.page.on', { date: formatDay(data.asOf) })}
        </h2>
        <ul className="mt-1 grid grid-cols-[repeat(auto-fit,minmax(min(12rem,100%),1fr))] gap-2 text-sm">
          {ACTORS.map((actor) => {
            const state = statusOn(target, actor, data.asOf, dates);
            const words = statusWords(state.status, actor, data.asOf);
            return (
              <li key={actor}>
                <span className="font-semibold">{t('targets.page.actor', { actor: actorLabel(actor) })}</span>{' '}
                <span aria-hidden="true">{STATUS_SYMBOL[state.status]} </span>
                {words.word}
                {words.why && (
                  <span className="block text-xs text-gray-700 dark:text-gray-300">{words.why}</span>
                )}
                {state.since && state.status !== 'never' && ` (${formatDay(state.since)})`}
                {state.unclear && <span className="font-semibold"> — {t('targets.unclear.word')}</span>}
              </li>
            );
          })}
        </ul>
      </section>
      {lanes.length > 0 && (
        <ChartOnPage spec={CHARTS.target} data={data} view={own} setView={setView} params={params} />
      )}
      <Later>
        {() => (
          <>
            {/* The lists' entries load with this section, not before the page's first chart. */}
            <Suspense fallback={<p className="text-sm">{t('targets.page.loadingLists')}</p>}>
              <OnTheLists target={target} dates={dates} />
            </Suspense>
            {lanes.map((actor) => (
              <Lane key={actor} actor={actor} target={target} changes={changes} />
            ))}
          </>
        )}
      </Later>
    </article>
  );
}

/** One actor's lane: each change it made, linked to its action and source, or to the list it was seen on. */
function Lane({ actor, target, changes }: { actor: Actor; target: Target; changes: readonly DatedChange[] }) {
  return (
    <section aria-labelledby={`lane-${actor}`}>
      <h2 id={`lane-${actor}`} className="text-lg font-semibold">
        {actorLabel(actor)}
      </h2>
      <ol className="mt-1 space-y-1 text-sm">
        {changes
          .filter((c) => c.actor === actor)
          .map((c) => (
            <li key={`${c.date}-${c.change}-${c.event?.id ?? c.seen?.id ?? ''}`}>
              <span aria-hidden="true">{CHANGE_SYMBOL[c.change]} </span>
              <span className="font-semibold">{changeLabel(c.change)}</span>, {formatDay(c.date)}:{' '}
              {c.event ? (
                <>
                  <Link
                    to="/events/$eventId"
                    params={{ eventId: c.event.id }}
                    className={link}
                    lang={inEnglish()}
                  >
                    {c.event.instrument}
                  </Link>
                  {c.event.sources[0] && (
                    <>
                      {' '}
                      (
                      <a
                        href={c.event.sources[0].url}
                        className={link}
                        rel="noreferrer"
                        target="_blank"
                        lang={inEnglish()}
                      >
                        {c.event.sources[0].publisher}
                      </a>
                      )
                    </>
                  )}
                </>
              ) : (
                c.seen && <SeenInList seen={c.seen} className={link} />
              )}
              {c.note && (
                <span className="text-gray-700 dark:text-gray-300">
                  {' '}
                  — <span lang={inEnglish()}>{c.note}</span>
                </span>
              )}
            </li>
          ))}
      </ol>
      {target.unclear
        ?.filter((u) => u.actor === actor)
        .map((u) => (
          <p key={u.reason} className="mt-1 text-sm">
            {tRich<ReactNode>('targets.unclear.lane', {
              reason: u.reason,
              b: (chunks) => (
                <span key="b" className="font-semibold">
                  {chunks}
                </span>
              ),
            })}
          </p>
        ))}
    </section>
  );
}

/** A change seen on an official list only: the list (linked), its dated copy and the listing. */
function SeenInList({ seen, className }: { seen: Seen; className: string }) {
  return tRich<ReactNode>('targets.page.seen', {
    name: listLabel(seen.list),
    date: formatDay(seen.copy),
    id: seen.id,
    list: (chunks) => (
      <a key="list" href={LIST_META[seen.list].url} className={className} rel="noreferrer" target="_blank">
        {chunks}
      </a>
    ),
    em: (chunks) => <em key="em">{chunks}</em>,
  });
}
