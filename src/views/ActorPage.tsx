import { shownText } from '../url/params';
import { Link, useParams } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useLoadedDataset } from '../api/dataset';
import { CHARTS } from '../charts/registry';
import { ACTORS, type Actor } from '../data/ids';
import type { Dataset } from '../data/schema';
import { filterEvents, viewRange } from '../selectors/filter';
import { t } from '../i18n/catalogue';
import { formatDay } from '../i18n/format';
import { actorLabel } from '../i18n/labels';
import { headlines } from '../selectors/headline';
import { actionsSentence } from '../selectors/story';
import type { ViewState } from '../url/view';
import { ChartOnPage } from './ChartOnPage';
import { Filters } from './Filters';
import { Headlines } from './Headlines';
import { InForceOnPanel } from './InForceOnPanel';
import { Later } from './Later';
import { useDataView } from './useView';

/** `/actors/<actor>`: one actor's headline figures, its actions, stock, breakdowns, and what it had in force. */
export function ActorPage() {
  const { actor: raw } = useParams({ from: '/site/actors/$actor' });
  const actor = ACTORS.find((a) => a === raw);
  const data = useLoadedDataset();
  if (!actor) return <ActorNotFound name={raw} />;
  return <ActorView actor={actor} data={data} />;
}

function ActorNotFound({ name }: { name: string }) {
  return (
    <div className="mx-auto max-w-xl py-12">
      <h1 className="text-2xl font-semibold">{t('pages.actor.notFound', { name: shownText(name) })}</h1>
      <p className="mt-2 text-gray-700 dark:text-gray-300">{t('pages.actor.covers')}</p>
      <ul className="mt-2 list-disc pl-5">
        {ACTORS.map((a) => (
          <li key={a}>
            <Link
              to="/actors/$actor"
              params={{ actor: a }}
              className="text-blue-700 underline dark:text-sky-300"
            >
              {actorLabel(a)}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

function ActorView({ actor, data }: { actor: Actor; data: Dataset }) {
  const [view, setView] = useDataView(data);
  const own: ViewState = useMemo(() => ({ ...view, actors: [actor] }), [view, actor]);
  const derived = useMemo(() => {
    const range = viewRange(data.events, own, data.asOf);
    const shown = filterEvents(data.events, own, range);
    return {
      range,
      shown: shown.length,
      sentence: actionsSentence(shown, [actor], range),
      headline: headlines(data.events, shown, [actor], range, range.end, data.checkpoints),
    };
  }, [data, own, actor]);
  const title = t('pages.actor.title', { actor, name: actorLabel(actor) });
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight text-gray-950 dark:text-white">{title}</h1>
        <p className="mt-2 max-w-3xl text-lg text-gray-800 dark:text-gray-100">{derived.sentence}</p>
        <p className="mt-1 text-sm">
          <Link
            to="/compare"
            search={{ actors: actor === 'eu' ? ['us', 'eu'] : [actor, 'eu'] }}
            className="text-blue-700 underline dark:text-sky-300"
          >
            {t('pages.actor.compareWith', { other: actor === 'eu' ? 'us' : 'eu' })}
          </Link>
        </p>
      </div>
      <div className="print:hidden">
        <Filters
          view={view}
          onChange={setView}
          bounds={{ start: derived.range.start, end: data.asOf }}
          actorPicker={false}
          shown={{ actions: derived.shown, range: derived.range }}
        />
      </div>
      <Headlines items={derived.headline} endLabel={formatDay(derived.range.end)} />
      <ChartOnPage spec={CHARTS.actions} data={data} view={own} setView={setView} />
      <Later>
        {() => (
          <>
            <ChartOnPage spec={CHARTS['in-force']} data={data} view={own} setView={setView} />
            <div className="grid gap-6 lg:grid-cols-2">
              <ChartOnPage spec={CHARTS.measures} data={data} view={own} setView={setView} />
              <ChartOnPage spec={CHARTS.instruments} data={data} view={own} setView={setView} />
            </div>
            <ChartOnPage spec={CHARTS.timeline} data={data} view={own} setView={setView} />
            <InForceOnPanel data={data} actors={[actor]} at={view.at} setView={setView} />
          </>
        )}
      </Later>
    </div>
  );
}
