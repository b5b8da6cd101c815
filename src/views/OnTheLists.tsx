import { useMemo } from 'react';
import { LIST_META, LISTS } from '../data/ids';
import { listEntries } from '../data/listEntries';
import type { ListEntry, Target } from '../data/schema';
import { t, tRich } from '../i18n/catalogue';
import { formatDay } from '../i18n/format';
import { listLabel } from '../i18n/labels';
import { checkListings, matchRule, sinceText } from '../selectors/lists';
import { JOIN_RULE } from '../selectors/listTargets';
import { listCopies } from './targetText';

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
        {t('pages.lists.title')}
      </h2>
      <p className="text-sm text-gray-700 dark:text-gray-300">
        {t('pages.lists.readFrom', {
          lists: LISTS.map((list) => `${listLabel(list)} (${listCopies(list)})`).join('; '),
        })}{' '}
        {target.listings
          ? t('pages.lists.byLists', { rule: JOIN_RULE })
          : t('pages.lists.byRule', { rule: matchRule() })}
      </p>
      {checks.length === 0 ? (
        <p className="mt-1 text-sm">{t('pages.lists.none')}</p>
      ) : (
        <ul className="mt-1 space-y-1 text-sm">
          {checks.map(({ entry, day, ours, agrees }) => {
            const meta = LIST_META[entry.list];
            return (
              <li key={`${entry.list} ${entry.id}`}>
                {tRich(entry.born ? 'pages.lists.entryBorn' : 'pages.lists.entry', {
                  list: listLabel(entry.list),
                  name: entry.names[0] ?? '',
                  id: entry.id,
                  born: entry.born ?? '',
                  since: sinceText(entry),
                  link: (chunks) => (
                    <a key="link" href={meta.url} className={link} rel="noreferrer" target="_blank">
                      {chunks}
                    </a>
                  ),
                })}
                {!agrees && (
                  <strong className="font-semibold">
                    {' '}
                    {t('pages.lists.disagree', {
                      date: formatDay(day),
                      status: ours.status,
                      actor: meta.actor,
                    })}
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
