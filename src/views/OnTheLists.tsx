import { useMemo } from 'react';
import { ACTOR_META, LIST_META, LISTS } from '../data/ids';
import { listEntries } from '../data/listEntries';
import type { ListEntry, Target } from '../data/schema';
import { formatDay } from '../i18n/format';
import { checkListings, MATCH_RULE, sinceText } from '../selectors/lists';
import { JOIN_RULE } from '../selectors/listTargets';

/** The official lists' entries: part of the build, not of the dataset (src/data/lists.test.ts validates them). */
const ENTRIES: readonly ListEntry[] = listEntries;

/**
 * A target on the official lists: each listing its names match (by the stated rule), when the
 * list says it began, and where the records here disagree with the list.
 */
export function OnTheLists({ target, dates }: { target: Target; dates: ReadonlyMap<string, string> }) {
  const checks = useMemo(() => checkListings(target, ENTRIES, dates), [target, dates]);
  const link = 'text-blue-700 underline dark:text-sky-300';
  return (
    <section aria-labelledby="lists-title">
      <h2 id="lists-title" className="text-lg font-semibold">
        On the official lists
      </h2>
      <p className="text-sm text-gray-700 dark:text-gray-300">
        Read from dated copies:{' '}
        {LISTS.map((list) => `${LIST_META[list].label} (${LIST_META[list].copies})`).join('; ')}.{' '}
        {target.listings
          ? `This target is named by the lists alone: it is the listings below. ${JOIN_RULE}`
          : `A listing is this target by one rule: ${MATCH_RULE}`}
      </p>
      {checks.length === 0 ? (
        <p className="mt-1 text-sm">No listing on these copies matches its names.</p>
      ) : (
        <ul className="mt-1 space-y-1 text-sm">
          {checks.map(({ entry, day, ours, agrees }) => {
            const meta = LIST_META[entry.list];
            return (
              <li key={`${entry.list} ${entry.id}`}>
                <a href={meta.url} className={link} rel="noreferrer" target="_blank">
                  {meta.label}
                </a>
                : “{entry.names[0]}” ({entry.id}
                {entry.born && `, born ${entry.born}`}), {sinceText(entry)}.
                {!agrees && (
                  <strong className="font-semibold">
                    {' '}
                    The records here disagree: on {formatDay(day)} they have it{' '}
                    {ours.status === 'never' ? 'with no listing' : ours.status} by{' '}
                    {ACTOR_META[meta.actor].noun}.
                  </strong>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
