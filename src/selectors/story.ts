import { ACTION_META, DIRECTIONS, type Actor, type Direction } from '../data/ids';
import type { SanctionsEvent } from '../data/schema';
import type { DateRange } from './filter';
import { t } from '../i18n/catalogue';
import { capitalise, formatCount, formatDay, listOfNames, yes } from '../i18n/format';
import type { StockPoint, StockSeries } from './inForce';
import { stockOn } from './inForce';

/**
 * The story in words: sentences computed from the numbers a view shows, never typed next to
 * them. Each function is pure and takes exactly what its chart draws; the words are messages of
 * the `sentences` namespace, which name each actor through its id (verbs agree with it).
 */

/**
 * Where the story the tracker exists to tell begins: from 2025 Washington eases (Belavia, potash,
 * banks) for prisoner releases while Brussels keeps tightening. The overview leads with it.
 */
export const STORY_SINCE = '2025-01-01';

/** 1 → "once", 2 → "twice", n → "n times". */
export function times(n: number): string {
  return t('sentences.times', { count: n });
}

/**
 * What one actor did in a range, largest count first: "eased or lifted them 8 times and tightened
 * sanctions once". The first verb names sanctions; each later one refers back to them and brings
 * its own joint (", " or " and ": `last` says which), since a language may spell the verb after
 * it differently (Belarusian `, узмацнілі` but `і ўзмацнілі`).
 */
function actorVerbs(actor: Actor, counts: Record<Direction, number>): string {
  const done = DIRECTIONS.filter((d) => counts[d] > 0).sort((a, b) => counts[b] - counts[a]);
  if (!done.length) return t('sentences.actions.none', { actor });
  return done
    .map((d, i) =>
      i === 0
        ? t(`sentences.actions.${d}.first`, { actor, times: times(counts[d]) })
        : t(`sentences.actions.${d}.then`, {
            actor,
            times: times(counts[d]),
            last: yes(i === done.length - 1),
          }),
    )
    .join('');
}

/**
 * One sentence on the actions in a range, per actor, e.g. "From 1 Jan 2025 to 22 Nov 2026, the
 * US eased or lifted sanctions 8 times and tightened sanctions once; the EU tightened sanctions 5
 * times and renewed them twice."
 */
export function actionsSentence(
  events: readonly SanctionsEvent[],
  actors: readonly Actor[],
  range: DateRange,
): string {
  const span = { start: formatDay(range.start), end: formatDay(range.end) };
  const counts = actors.map((actor) => {
    const c: Record<Direction, number> = { tighten: 0, maintain: 0, loosen: 0 };
    for (const e of events) if (e.actor === actor) c[ACTION_META[e.action].direction] += 1;
    return { actor, c };
  });
  if (actors.length !== 1 && counts.every(({ c }) => c.tighten + c.maintain + c.loosen === 0))
    return t('sentences.actions.nobody', span);
  const clauses = counts.map(({ actor, c }, i) =>
    t(i === 0 ? 'sentences.actions.leading' : 'sentences.actions.following', {
      actor,
      verbs: actorVerbs(actor, c),
    }),
  );
  return t('sentences.actions.sentence', { ...span, clauses: clauses.join('; ') });
}

/**
 * Each actor's figure on a day, e.g. "the EU listed 356 persons and entities and the US 29": the
 * first names what is counted, the others give their figures only.
 */
export function listedClauses(figures: readonly { actor: Actor; total: number }[]): string {
  return figures
    .map(({ actor, total }, i) =>
      i === 0
        ? t('sentences.listed.leading', { actor, count: total })
        : t('sentences.listed.following', { actor, count: total, last: yes(i === figures.length - 1) }),
    )
    .join('');
}

/**
 * One or two sentences on the persons and entities listed: each actor's figure on the last day,
 * and how it moved over the range.
 */
export function inForceSentence(series: readonly StockSeries[], range: DateRange): string {
  const counted = series.filter((s) => s.points.length > 0);
  const silent = series.filter((s) => s.points.length === 0).map(({ actor }) => actor);
  const parts: string[] = [];
  if (counted.length) {
    const ends = counted.map(({ actor, points }) => {
      const start = stockOn(points, range.start)?.total ?? 0;
      const end = stockOn(points, range.end)?.total ?? 0;
      return { actor, start, end, peak: peakIn(points, range, Math.max(start, end)) };
    });
    const moves = ends.map((e, i) => {
      const change = changeText(e.start, e.end, e.peak);
      return i === 0
        ? t('sentences.moves.leading', { actor: e.actor, change })
        : t('sentences.moves.following', { actor: e.actor, change, last: yes(i === ends.length - 1) });
    });
    parts.push(
      t('sentences.listed.on', {
        date: formatDay(range.end),
        listed: listedClauses(ends.map(({ actor, end }) => ({ actor, total: end }))),
      }),
    );
    parts.push(t('sentences.moves.since', { date: formatDay(range.start), moves: moves.join('') }));
  }
  if (silent.length)
    parts.push(
      t('sentences.moves.silent', {
        names: listOfNames(silent.map((actor) => t('sentences.names.of', { actor }))),
      }),
    );
  parts.push(...counted.flatMap(({ actor, points }) => listClause(actor, points)));
  return capitalise(parts.join(' '));
}

/** How a total moved between the range's ends: a rise and fall inside it is the story, not the difference of its ends. */
function changeText(start: number, end: number, peak: StockPoint | undefined): string {
  const delta = end - start;
  return t('sentences.moves.change', {
    change: peak ? 'peak' : delta === 0 ? 'same' : delta > 0 ? 'rise' : 'fall',
    start: formatCount(start),
    peak: formatCount(peak?.total ?? 0),
    peakDate: peak ? formatDay(peak.date) : '',
    end: formatCount(end),
    delta: formatCount(Math.abs(delta)),
  });
}

/**
 * The highest total inside the range, where it stands well above `higher`, the larger of the
 * range's two ends (half as much again, and at least 10 more): a peak the ends alone would hide.
 */
function peakIn(points: readonly StockPoint[], range: DateRange, higher: number): StockPoint | undefined {
  const top = points
    .filter((p) => p.date > range.start && p.date <= range.end)
    .reduce<StockPoint | undefined>((best, p) => (p.total > (best?.total ?? -1) ? p : best), undefined);
  return top && top.total >= higher * 1.5 && top.total - higher >= 10 ? top : undefined;
}

/**
 * The latest count of an official list in a series, against the records' running total that day:
 * "The OFAC SDN list counted 227 on 3 May 2024, 12 more than the records' running total." The
 * list's name in the data is English: other languages name the actor's list themselves.
 */
function listClause(actor: Actor, points: readonly StockPoint[]): string[] {
  const last = points.findLast((p) => p.checkpoint);
  if (!last?.checkpoint) return [];
  const { list, drift } = last.checkpoint;
  return [
    capitalise(
      t('sentences.moves.checkpoint', {
        actor,
        list: capitalise(list),
        total: last.total,
        date: formatDay(last.date),
        drift: drift === 0 ? 'same' : drift > 0 ? 'more' : 'fewer',
        difference: Math.abs(drift),
      }),
    ),
  ];
}
