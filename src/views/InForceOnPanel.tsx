import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import type { Actor } from '../data/ids';
import type { Dataset } from '../data/schema';
import { dataSpan } from '../selectors/filter';
import { t, tRich } from '../i18n/catalogue';
import { formatDay } from '../i18n/format';
import { actorLabel, measureLabel } from '../i18n/labels';
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
        {t('pages.inForce.title', { date: formatDay(day) })}
      </h2>
      <AtSlider span={dataSpan(data)} at={day} onAt={(next, options) => setView({ at: next }, options)} />
      <p className="text-sm" aria-live="polite">
        {onDateSentence(states, day)}
      </p>
      <div className="grid grid-cols-[repeat(auto-fit,minmax(min(18rem,100%),1fr))] gap-4">
        {states.map(({ actor, stock, measures }) => (
          <div key={actor}>
            <h3 className="font-semibold">{actorLabel(actor)}</h3>
            <p className="text-sm text-gray-700 dark:text-gray-300">
              {stock
                ? t('pages.inForce.listed', { count: stock.total, basis: t(`pages.basis.${stock.basis}`) })
                : t('pages.inForce.noCount')}
            </p>
            {measures.length ? (
              <ul className="mt-1 space-y-1 text-sm">
                {measures.map(({ measure, since, latest }) => (
                  <li key={measure}>
                    {tRich('pages.inForce.measure', {
                      measure: measureLabel(measure),
                      since: formatDay(since),
                      date: formatDay(latest.date),
                      action: t(`pages.actionWord.${latest.action}`),
                      instrument: latest.instrument,
                      b: (chunks) => (
                        <span key="b" className="font-medium">
                          {chunks}
                        </span>
                      ),
                      link: (chunks) => (
                        <Link
                          key="link"
                          to="/events/$eventId"
                          params={{ eventId: latest.id }}
                          className="text-blue-700 underline dark:text-sky-300"
                        >
                          {chunks}
                        </Link>
                      ),
                    })}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-gray-700 dark:text-gray-300">{t('pages.inForce.noMeasures')}</p>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}
