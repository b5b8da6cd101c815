import { Link } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { TARGET_KINDS, type Actor } from '../data/ids';
import type { Dataset } from '../data/schema';
import { t } from '../i18n/catalogue';
import { formatCount, formatDay } from '../i18n/format';
import { actorLabel, actorShort, kindLabel, listLabel } from '../i18n/labels';
import { durationText, eventDates, gapList, gapText, pickGaps } from '../selectors/targets';
import { focusAfterUpdate } from '../charts/focus';
import { GAP_SIDES, type GapSearch } from '../url/routes';
import { Choice } from './Choice';

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
        {t('pages.gaps.title', { date: formatDay(at) })}
      </h2>
      <p className="text-sm text-gray-700 dark:text-gray-300">
        {gaps.length
          ? t('pages.gaps.summary', {
              total: gaps.length,
              a,
              aCount: formatCount(gaps.filter((g) => g.listedBy === a).length),
              b,
              bCount: formatCount(gaps.filter((g) => g.listedBy === b).length),
            })
          : t('pages.gaps.same', { a: actorLabel(a), b: actorLabel(b) })}
      </p>
      {gaps.length > 0 && (
        <div
          className="mt-3 flex flex-wrap items-end gap-3 print:hidden"
          role="group"
          aria-label={t('pages.gaps.controls')}
        >
          <Choice
            label={t('pages.gaps.by')}
            any={t('pages.gaps.either')}
            ids={[a, b]}
            word={actorLabel}
            value={ask.gapBy === a || ask.gapBy === b ? ask.gapBy : undefined}
            onChange={(gapBy) => setAsk({ gapBy })}
          />
          <Choice
            label={t('pages.gaps.kind')}
            any={t('pages.gaps.anyKind')}
            ids={TARGET_KINDS}
            word={kindLabel}
            value={ask.gapKind}
            onChange={(gapKind) => setAsk({ gapKind })}
          />
          <Choice
            label={t('pages.gaps.other')}
            any={t('pages.gaps.anyOther')}
            ids={GAP_SIDES}
            word={(side) => t(side === 'delisted' ? 'pages.gaps.delisted' : 'pages.gaps.never')}
            value={ask.gapOther}
            onChange={(gapOther) => setAsk({ gapOther })}
          />
          <Choice
            label={t('pages.gaps.order')}
            any={t('pages.gaps.latest')}
            ids={['longest', 'name'] as const}
            word={(sort) => t(sort === 'longest' ? 'pages.gaps.longest' : 'pages.gaps.byName')}
            value={ask.gapSort === 'latest' ? undefined : ask.gapSort}
            onChange={(gapSort) => setAsk({ gapSort: gapSort ?? 'latest' })}
          />
          <p className="pb-1 text-sm text-gray-700 dark:text-gray-300" aria-live="polite">
            {picked.length < gaps.length &&
              t('pages.gaps.match', { picked: formatCount(picked.length), total: formatCount(gaps.length) })}
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
              : {t('pages.gaps.gap', { text: gapText(gap), duration: durationText(gap.since, at) })}{' '}
              {gap.listed.event && (
                <Link to="/events/$eventId" params={{ eventId: gap.listed.event }} className={link}>
                  {t('pages.gaps.action', { actor: actorShort(gap.listedBy) })}
                </Link>
              )}
              {gap.listed.seen && t('pages.gaps.seen', { list: listLabel(gap.listed.seen.list) })}
              {gap.other.event && (
                <>
                  {' · '}
                  <Link to="/events/$eventId" params={{ eventId: gap.other.event }} className={link}>
                    {t('pages.gaps.action', { actor: actorShort(gap.notBy) })}
                  </Link>
                </>
              )}
              {(gap.listed.unclear ?? gap.other.unclear) && (
                <span className="text-gray-600 dark:text-gray-400">
                  {' '}
                  {t('pages.gaps.unclear', { reason: gap.listed.unclear ?? gap.other.unclear ?? '' })}
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
          {t('pages.gaps.showAll', { count: formatCount(picked.length) })}
        </button>
      )}
    </section>
  );
}
