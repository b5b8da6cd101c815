import { ACTION_META, ACTOR_META, DIRECTIONS, type Actor, type Direction } from '../data/ids';
import type { SanctionsEvent } from '../data/schema';
import type { DateRange } from './filter';
import { formatCount, formatDay } from '../i18n/format';
import type { StockPoint, StockSeries } from './inForce';
import { stockOn } from './inForce';

/**
 * The story in words: sentences computed from the numbers a view shows, never typed next to
 * them. Each function is pure and takes exactly what its chart draws.
 */

/**
 * Where the story the tracker exists to tell begins: from 2025 Washington eases (Belavia, potash,
 * banks) for prisoner releases while Brussels keeps tightening. The overview leads with it.
 */
export const STORY_SINCE = '2025-01-01';

const VERB = {
  tighten: 'tightened sanctions',
  maintain: 'renewed them',
  loosen: 'eased or lifted them',
} as const satisfies Record<Direction, string>;

/** 1 → "once", 2 → "twice", n → "n times". */
export function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${formatCount(n)} times`;
}

/** Joins clauses as "a", "a and b", "a, b and c". */
export function joinClauses(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}

/** What one actor did in a range, largest count first: "eased or lifted them 8 times and tightened sanctions once". */
function actorClause(actor: Actor, counts: Record<Direction, number>): string {
  const done = DIRECTIONS.filter((d) => counts[d] > 0).sort((a, b) => counts[b] - counts[a]);
  if (!done.length) return `${ACTOR_META[actor].noun} took no sanctions action`;
  const verbs = done.map(
    (d, i) => `${i === 0 && d !== 'tighten' ? verbFirst(d) : VERB[d]} ${times(counts[d])}`,
  );
  return `${ACTOR_META[actor].noun} ${joinClauses(verbs)}`;
}

/** The first verb of a clause names sanctions explicitly: "renewed sanctions", not "renewed them". */
function verbFirst(direction: Direction): string {
  return VERB[direction].replace(/them$/, 'sanctions');
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
  const span = `From ${formatDay(range.start)} to ${formatDay(range.end)}`;
  const counts = actors.map((actor) => {
    const c: Record<Direction, number> = { tighten: 0, maintain: 0, loosen: 0 };
    for (const e of events) if (e.actor === actor) c[ACTION_META[e.action].direction] += 1;
    return { actor, c };
  });
  if (counts.every(({ c }) => c.tighten + c.maintain + c.loosen === 0))
    return actors.length === 1
      ? `${span}, ${ACTOR_META[actors[0] ?? 'us'].noun} took no sanctions action.`
      : `${span}, no actor shown took any sanctions action.`;
  return `${span}, ${counts.map(({ actor, c }) => actorClause(actor, c)).join('; ')}.`;
}

/**
 * One or two sentences on the persons and entities listed: each actor's figure on the last day,
 * and how it moved over the range.
 */
export function inForceSentence(series: readonly StockSeries[], range: DateRange): string {
  const counted = series.filter((s) => s.points.length > 0);
  const silent = series.filter((s) => s.points.length === 0).map((s) => ACTOR_META[s.actor].noun);
  const parts: string[] = [];
  if (counted.length) {
    const ends = counted.map(({ actor, points }) => {
      const start = stockOn(points, range.start)?.total ?? 0;
      const end = stockOn(points, range.end)?.total ?? 0;
      return { actor, start, end, peak: peakIn(points, range, Math.max(start, end)) };
    });
    const listed = ends.map(
      (e, i) =>
        `${ACTOR_META[e.actor].noun}${i === 0 ? ' listed' : ''} ${formatCount(e.end)}${i === 0 ? ' persons and entities' : ''}`,
    );
    const moves = ends.map((e, i) => {
      const delta = e.end - e.start;
      const noun = ACTOR_META[e.actor].noun;
      // A rise and fall inside the range is the story, not the difference of its ends.
      const change = e.peak
        ? `rose from ${formatCount(e.start)} to ${formatCount(e.peak.total)} by ${formatDay(e.peak.date)}, then fell to ${formatCount(e.end)}`
        : delta === 0
          ? 'was unchanged'
          : `${delta > 0 ? 'rose' : 'fell'} by ${formatCount(Math.abs(delta))}`;
      return `${noun}'s${i === 0 ? ' total' : ''} ${change}`;
    });
    parts.push(`On ${formatDay(range.end)}, ${joinClauses(listed)}.`);
    parts.push(`Since ${formatDay(range.start)}, ${joinClauses(moves)}.`);
  }
  if (silent.length) parts.push(`No source in the data counts the listings of ${joinClauses(silent)}.`);
  parts.push(...counted.flatMap(({ points }) => listClause(points)));
  return capitalise(parts.join(' '));
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
 * "The OFAC SDN list counted 227 on 3 May 2024, 12 more than the records' running total."
 */
function listClause(points: readonly StockPoint[]): string[] {
  const last = points.findLast((p) => p.checkpoint);
  if (!last?.checkpoint) return [];
  const { list, drift } = last.checkpoint;
  const against =
    drift === 0
      ? 'as the records do'
      : `${formatCount(Math.abs(drift))} ${drift > 0 ? 'more' : 'fewer'} than the records' running total`;
  return [`${capitalise(list)} counted ${formatCount(last.total)} on ${formatDay(last.date)}, ${against}.`];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
