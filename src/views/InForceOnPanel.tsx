import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { ACTION_META, ACTOR_META, MEASURE_META, type Actor } from '../data/ids';
import type { Dataset } from '../data/schema';
import { dataSpan } from '../selectors/filter';
import { formatCount, formatDay } from '../i18n/format';
import { STOCK_BASIS_LABEL } from '../selectors/inForce';
import { inForceOn, onDateSentence } from '../selectors/inForceOn';
import { AtSlider } from './AtSlider';
import { type SetView } from './useView';

/**
 * What each actor had in force on the chosen day (`at`, the as-of day by default): persons and
 * entities listed, and each kind of measure imposed by then with its latest change, linked to the
 * action. The slider moves the day.
 */
export function InForceOnPanel({
  data,
  actors,
  at,
  setView,
}: {
  data: Dataset;
  actors: readonly Actor[];
  at: string | undefined;
  setView: SetView;
}) {
  const day = at ?? data.asOf;
  const states = useMemo(() => inForceOn(data.events, actors, day, data.checkpoints), [data, actors, day]);
  return (
    <section
      id="in-force-on"
      tabIndex={-1}
      aria-labelledby="in-force-on-title"
      className="space-y-3 rounded-lg border border-gray-200 bg-white p-4 dark:border-gray-700 dark:bg-gray-900"
    >
      <h2 id="in-force-on-title" className="text-lg font-semibold">
        In force on {formatDay(day)}
      </h2>
      <AtSlider span={dataSpan(data)} at={day} onAt={(next, options) => setView({ at: next }, options)} />
      <p className="text-sm" aria-live="polite">
        {onDateSentence(states, day)}
      </p>
      <div className="grid grid-cols-[repeat(auto-fit,minmax(min(18rem,100%),1fr))] gap-4">
        {states.map(({ actor, stock, measures }) => (
          <div key={actor}>
            <h3 className="font-semibold">{ACTOR_META[actor].label}</h3>
            <p className="text-sm text-gray-700 dark:text-gray-300">
              {stock
                ? `${formatCount(stock.total)} persons and entities listed (${STOCK_BASIS_LABEL[stock.basis].toLowerCase()})`
                : 'No source in the data counts its listings.'}
            </p>
            {measures.length ? (
              <ul className="mt-1 space-y-1 text-sm">
                {measures.map(({ measure, since, latest }) => (
                  <li key={measure}>
                    <span className="font-medium">{MEASURE_META[measure].label}</span> since{' '}
                    {formatDay(since)}; last change {formatDay(latest.date)},{' '}
                    <Link
                      to="/events/$eventId"
                      params={{ eventId: latest.id }}
                      className="text-blue-700 underline dark:text-sky-300"
                    >
                      {ACTION_META[latest.action].label.toLowerCase()}: {latest.instrument}
                    </Link>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-gray-700 dark:text-gray-300">No measures imposed by this day.</p>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}
