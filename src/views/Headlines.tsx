import { Link } from '@tanstack/react-router';
import { t, tRich } from '../i18n/catalogue';
import { formatCount, formatDay } from '../i18n/format';
import { actorLabel } from '../i18n/labels';
import type { Headline } from '../selectors/headline';

const RECENT_ARROW = { tightening: '▲', loosening: '▼', steady: '■' } as const;
const RECENT_STYLE = {
  tightening: 'bg-orange-100 text-orange-950 dark:bg-orange-950 dark:text-orange-100',
  loosening: 'bg-sky-100 text-sky-950 dark:bg-sky-950 dark:text-sky-100',
  steady: 'bg-gray-100 text-gray-900 dark:bg-gray-800 dark:text-gray-100',
} as const;

/** One card per actor: listed in force, its direction since 2025, actions in range, last change. */
export function Headlines({ items, endLabel }: { items: readonly Headline[]; endLabel: string }) {
  return (
    <section
      aria-label={t('pages.headlines.label')}
      className="grid grid-cols-[repeat(auto-fit,minmax(min(17rem,100%),1fr))] gap-3"
    >
      {items.map((h) => (
        <article
          key={h.actor}
          aria-labelledby={`headline-${h.actor}`}
          className="rounded-lg border border-gray-200 bg-white p-4 dark:border-gray-700 dark:bg-gray-900"
        >
          <h2
            id={`headline-${h.actor}`}
            className="text-sm font-semibold uppercase tracking-wide text-gray-600 dark:text-gray-300"
          >
            <Link
              to="/actors/$actor"
              params={{ actor: h.actor }}
              className="underline-offset-2 hover:underline"
            >
              {actorLabel(h.actor)}
            </Link>
          </h2>
          {h.inForce ? (
            <>
              <p className="mt-1 text-3xl font-bold tabular-nums text-gray-900 dark:text-gray-50">
                {formatCount(h.inForce.total)}
              </p>
              <p className="text-sm text-gray-700 dark:text-gray-200">
                {t('pages.headlines.listed', {
                  total: h.inForce.total,
                  date: endLabel,
                  persons: h.inForce.persons,
                  entities: h.inForce.entities,
                  basis: t(`pages.basis.${h.inForce.basis}`),
                })}
              </p>
            </>
          ) : (
            <p className="mt-1 text-sm text-gray-700 dark:text-gray-200">
              {tRich('pages.headlines.notRecorded', {
                b: (chunks) => (
                  <span key="b" className="font-semibold">
                    {chunks}
                  </span>
                ),
              })}
            </p>
          )}
          <p
            className={`mt-2 inline-flex items-center gap-1 rounded px-2 py-0.5 text-sm font-semibold ${RECENT_STYLE[h.recent.direction]}`}
          >
            <span aria-hidden="true">{RECENT_ARROW[h.recent.direction]}</span>
            {t('pages.headlines.recent', { date: formatDay(h.recent.since), direction: h.recent.direction })}
          </p>
          <p className="text-xs text-gray-700 dark:text-gray-300">
            {t('pages.headlines.recentCounts', {
              tightened: h.recent.tightened,
              loosened: h.recent.loosened,
              renewed: h.recent.renewed,
            })}
          </p>
          <p className="mt-2 text-sm text-gray-700 dark:text-gray-200">
            {t('pages.headlines.inRange', {
              tightened: h.tightened,
              renewed: h.renewed,
              loosened: h.loosened,
            })}
          </p>
          {h.lastChange && (
            <p className="mt-2 text-sm text-gray-700 dark:text-gray-200">
              {t('pages.headlines.lastChange', {
                date: formatDay(h.lastChange.date),
                action: t(`pages.actionWord.${h.lastChange.action}`),
                instrument: h.lastChange.instrument,
              })}
            </p>
          )}
        </article>
      ))}
    </section>
  );
}
