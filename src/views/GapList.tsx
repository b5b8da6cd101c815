import { Link } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { ACTOR_META, LIST_META, TARGET_KINDS, type Actor } from '../data/ids';
import type { Dataset } from '../data/schema';
import { plural } from '../selectors/format';
import { formatCount, formatDay } from '../i18n/format';
import { durationText, eventDates, gapList, gapText, pickGaps } from '../selectors/targets';
import { focusAfterUpdate } from '../charts/focus';
import { GAP_SIDES, type GapSearch } from '../url/routes';
import { Choice } from './Choice';
import { KIND_LABEL } from './targetText';

/** Gaps shown before the reader asks for all. */
const FIRST_GAPS = 20;

/**
 * The gap list: targets one of two actors lists on the day and the other does not, in both
 * directions, each with how long the gap has lasted and links to the actions behind it. The
 * latest divergence comes first; the reader filters and orders it (the address keeps the choice).
 */
export function GapList({
  data,
  a,
  b,
  at,
  ask,
  setAsk,
}: {
  data: Dataset;
  a: Actor;
  b: Actor;
  at: string;
  ask: Partial<GapSearch>;
  setAsk: (next: Partial<GapSearch>) => void;
}) {
  const gaps = useMemo(() => gapList(data.targets, a, b, at, eventDates(data.events)), [data, a, b, at]);
  const picked = useMemo(() => pickGaps(gaps, ask), [gaps, ask]);
  const [all, setAll] = useState(false);
  const shown = all ? picked : picked.slice(0, FIRST_GAPS);
  const link = 'text-blue-700 underline dark:text-sky-300';
  return (
    <section
      id="gaps"
      tabIndex={-1}
      aria-labelledby="gap-title"
      className="rounded-lg border border-gray-200 bg-white p-4 dark:border-gray-700 dark:bg-gray-900"
    >
      <h2 id="gap-title" className="text-lg font-semibold">
        Listed by one, not the other, on {formatDay(at)}
      </h2>
      <p className="text-sm text-gray-700 dark:text-gray-300">
        {gaps.length
          ? `${plural(gaps.length, 'named target')}: ${gaps.filter((g) => g.listedBy === a).length} listed by ${ACTOR_META[a].noun} only, ${gaps.filter((g) => g.listedBy === b).length} by ${ACTOR_META[b].noun} only.`
          : `${ACTOR_META[a].label} and ${ACTOR_META[b].label} list the same named targets on this day.`}
      </p>
      {gaps.length > 0 && (
        <div
          className="mt-3 flex flex-wrap items-end gap-3 print:hidden"
          role="group"
          aria-label="Filter and order the gaps"
        >
          <Choice
            label="Listed only by"
            any="Either"
            ids={[a, b]}
            word={(actor) => ACTOR_META[actor].label}
            value={ask.gapBy === a || ask.gapBy === b ? ask.gapBy : undefined}
            onChange={(gapBy) => setAsk({ gapBy })}
          />
          <Choice
            label="Target kind"
            any="Every kind"
            ids={TARGET_KINDS}
            word={(kind) => KIND_LABEL[kind]}
            value={ask.gapKind}
            onChange={(gapKind) => setAsk({ gapKind })}
          />
          <Choice
            label="The other"
            any="Delisted or not recorded"
            ids={GAP_SIDES}
            word={(side) => (side === 'delisted' ? 'Delisted it' : 'No listing recorded')}
            value={ask.gapOther}
            onChange={(gapOther) => setAsk({ gapOther })}
          />
          <Choice
            label="Order"
            any="Latest change first"
            ids={['longest', 'name'] as const}
            word={(sort) => (sort === 'longest' ? 'Longest gap first' : 'By name')}
            value={ask.gapSort === 'latest' ? undefined : ask.gapSort}
            onChange={(gapSort) => setAsk({ gapSort: gapSort ?? 'latest' })}
          />
          <p className="pb-1 text-sm text-gray-700 dark:text-gray-300" aria-live="polite">
            {picked.length < gaps.length &&
              `${formatCount(picked.length)} of ${formatCount(gaps.length)} match`}
          </p>
        </div>
      )}
      {picked.length > 0 && (
        <ul className="mt-2 space-y-2 text-sm">
          {shown.map((gap) => (
            <li key={`${gap.target.id}-${gap.listedBy}`}>
              <Link
                to="/targets/$targetId"
                params={{ targetId: gap.target.id }}
                className={`font-medium ${link}`}
              >
                {gap.target.name}
              </Link>
              : {gapText(gap)} — a gap of {durationText(gap.since, at)}.{' '}
              {gap.listed.event && (
                <Link to="/events/$eventId" params={{ eventId: gap.listed.event }} className={link}>
                  {ACTOR_META[gap.listedBy].short} action
                </Link>
              )}
              {gap.listed.seen && <>{LIST_META[gap.listed.seen.list].label}: seen in the list only</>}
              {gap.other.event && (
                <>
                  {' · '}
                  <Link to="/events/$eventId" params={{ eventId: gap.other.event }} className={link}>
                    {ACTOR_META[gap.notBy].short} action
                  </Link>
                </>
              )}
              {(gap.listed.unclear ?? gap.other.unclear) && (
                <span className="text-gray-600 dark:text-gray-400">
                  {' '}
                  (unclear: {gap.listed.unclear ?? gap.other.unclear})
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {shown.length < picked.length && (
        <button
          type="button"
          onClick={(event) => {
            const list = event.currentTarget.closest('section');
            const before = shown.length;
            setAll(true);
            focusAfterUpdate(() => list?.querySelector(`li:nth-child(${before + 1}) a`));
          }}
          className="mt-2 rounded px-2 py-1 text-sm text-blue-700 underline underline-offset-2 dark:text-sky-300"
        >
          Show all {formatCount(picked.length)}
        </button>
      )}
    </section>
  );
}
