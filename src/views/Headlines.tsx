import { Link } from '@tanstack/react-router';
import { ACTION_META, ACTOR_META } from '../data/ids';
import { plural } from '../selectors/format';
import { formatCount, formatDay } from '../i18n/format';
import type { Headline } from '../selectors/headline';
import { STOCK_BASIS_LABEL } from '../selectors/inForce';

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
      aria-label="Headline figures"
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
              {ACTOR_META[h.actor].label}
            </Link>
          </h2>
          {h.inForce ? (
            <>
              <p className="mt-1 text-3xl font-bold tabular-nums text-gray-900 dark:text-gray-50">
                {formatCount(h.inForce.total)}
              </p>
              <p className="text-sm text-gray-700 dark:text-gray-200">
                persons and entities listed on {endLabel} ({plural(h.inForce.persons, 'person')},{' '}
                {plural(h.inForce.entities, 'entity', 'entities')};{' '}
                {STOCK_BASIS_LABEL[h.inForce.basis].toLowerCase()})
              </p>
            </>
          ) : (
            <p className="mt-1 text-sm text-gray-700 dark:text-gray-200">
              <span className="font-semibold">Not recorded:</span> no source in the data counts the persons
              and entities this actor lists, so none is shown (not zero).
            </p>
          )}
          <p
            className={`mt-2 inline-flex items-center gap-1 rounded px-2 py-0.5 text-sm font-semibold ${RECENT_STYLE[h.recent.direction]}`}
          >
            <span aria-hidden="true">{RECENT_ARROW[h.recent.direction]}</span>
            Since {formatDay(h.recent.since)}: {h.recent.direction}
          </p>
          <p className="text-xs text-gray-700 dark:text-gray-300">
            {plural(h.recent.tightened, 'tightening action')},{' '}
            {plural(h.recent.loosened, 'easing or lifting action')}, {plural(h.recent.renewed, 'renewal')}
          </p>
          <p className="mt-2 text-sm text-gray-700 dark:text-gray-200">
            In this range: {plural(h.tightened, 'tightening action')}, {plural(h.renewed, 'renewal')},{' '}
            {plural(h.loosened, 'easing or lifting action')}.
          </p>
          {h.lastChange && (
            <p className="mt-2 text-sm text-gray-700 dark:text-gray-200">
              Last change: {formatDay(h.lastChange.date)},{' '}
              {ACTION_META[h.lastChange.action].label.toLowerCase()} — {h.lastChange.instrument}
            </p>
          )}
        </article>
      ))}
    </section>
  );
}
