import { ACTION_META, ACTOR_META } from '../data/ids';
import { formatCount, formatDay, plural } from '../selectors/format';
import type { Headline } from '../selectors/headline';
import { STOCK_BASIS_LABEL } from '../selectors/inForce';

/** One card per actor: listed in force, actions in range, last change. */
export function Headlines({ items, endLabel }: { items: readonly Headline[]; endLabel: string }) {
  return (
    <section
      aria-label="Headline figures"
      className="grid grid-cols-[repeat(auto-fit,minmax(17rem,1fr))] gap-3"
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
            {ACTOR_META[h.actor].label}
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
              No source in the data counts the persons and entities this actor lists.
            </p>
          )}
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
