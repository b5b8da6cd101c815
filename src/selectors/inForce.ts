import type { Actor } from '../data/ids';
import type { Checkpoint, SanctionsEvent } from '../data/schema';
import { eventsOf, perList, regimeOf, type DateRange } from './filter';

/**
 * How a stock figure was obtained: an official total, a total the record marks as an estimate, a
 * running sum of sourced listings and delistings, or the official list's own count on the day of a
 * dated copy of it.
 */
export type StockBasis = 'reported' | 'estimated' | 'derived' | 'list';

/** Persons and entities listed by one actor from `date` until the next point. */
export type StockPoint = {
  date: string;
  persons: number;
  entities: number;
  total: number;
  basis: StockBasis;
  /** The record that set this figure; absent on the points that open and close a range. */
  eventId?: string;
  /** On a list's count: the list, and by how much it exceeds the records' running total that day (negative: falls short). */
  checkpoint?: { list: string; drift: number };
};

/** The stepped in-force line of one actor. */
export type StockSeries = { actor: Actor; points: StockPoint[] };

const NO_CHECKPOINTS: readonly Checkpoint[] = [];

/**
 * The persons and entities listed under `actor`'s Belarus regime after each of its records that
 * carries a count and at each count of its official list. A reported total (`inForce`) or a list's
 * count replaces the running figure; otherwise listings add and delistings subtract. A list's count
 * says how far the running figure had drifted from it. Pass the whole dataset: the stock on any
 * day depends on everything before it.
 */
export function stockHistory(
  events: readonly SanctionsEvent[],
  actor: Actor,
  checkpoints: readonly Checkpoint[] = NO_CHECKPOINTS,
): readonly StockPoint[] {
  return histories(events)(checkpoints).get(actor) ?? [];
}

/** Every actor's history, computed once per list of records and of checkpoints. */
const histories = perList((events: readonly SanctionsEvent[]) =>
  perList((checkpoints: readonly Checkpoint[]) => {
    const index = new Map<Actor, StockPoint[]>();
    for (const actor of new Set([...events, ...checkpoints].map((e) => e.actor)))
      index.set(actor, computeHistory(events, checkpoints, actor));
    return index;
  }),
);

function computeHistory(
  events: readonly SanctionsEvent[],
  checkpoints: readonly Checkpoint[],
  actor: Actor,
): StockPoint[] {
  const points: StockPoint[] = [];
  let persons = 0;
  let entities = 0;
  // A list's count closes its day: the day's records come first.
  const counts = checkpoints.filter((c) => c.actor === actor).sort((a, b) => a.date.localeCompare(b.date));
  let next = 0;
  const countsUntil = (date: string) => {
    for (; next < counts.length && (counts[next]?.date ?? '') < date; next++) {
      const count = counts[next];
      if (!count) continue;
      const drift = count.persons + count.entities - (persons + entities);
      persons = count.persons;
      entities = count.entities;
      // A record of the same day keeps its link: the count is what the list held after it.
      const sameDay = points.at(-1)?.date === count.date ? points.pop() : undefined;
      points.push({
        date: count.date,
        persons,
        entities,
        total: persons + entities,
        basis: 'list',
        ...(sameDay?.eventId && { eventId: sameDay.eventId }),
        checkpoint: { list: count.list, drift },
      });
    }
  };
  for (const e of eventsOf(events, actor)) {
    countsUntil(e.date);
    // The stock is of the actor's Belarus regime, which official totals count: listings of
    // Belarusians under another regime (Russia/Ukraine, human rights) are actions, not this stock.
    if (regimeOf(e) !== 'belarus' || (!e.inForce && !e.listed && !e.delisted)) continue;
    const reported = e.inForce;
    persons =
      reported?.persons ?? Math.max(0, persons + (e.listed?.persons ?? 0) - (e.delisted?.persons ?? 0));
    entities =
      reported?.entities ?? Math.max(0, entities + (e.listed?.entities ?? 0) - (e.delisted?.entities ?? 0));
    const point: StockPoint = {
      date: e.date,
      persons,
      entities,
      total: persons + entities,
      basis: reported ? (e.estimated ? 'estimated' : 'reported') : 'derived',
      eventId: e.id,
    };
    if (points.at(-1)?.date === e.date) points.pop();
    points.push(point);
  }
  countsUntil('9999-12-31');
  // Records that each list no one, and no total or list count: nothing was ever counted, so the
  // stock is unknown (undefined in stockOn), not a known zero.
  return points.some((p) => p.total > 0 || p.basis !== 'derived') ? points : [];
}

/**
 * The stock in force on `date`: the last point on or before it, or zero before the first. When
 * the history is empty (no record carries a count) it is unknown, not zero: undefined.
 */
export function stockOn(points: readonly StockPoint[], date: string): StockPoint | undefined {
  if (points.length === 0) return undefined;
  const last = points.findLast((p) => p.date <= date);
  return last ? { ...last, date } : { date, persons: 0, entities: 0, total: 0, basis: 'derived' };
}

/**
 * The stepped line of each actor over `range`: the stock on the first day, every change inside,
 * and the stock on the last day, so that lines span the whole axis. An actor none of whose
 * records carries a count gets no points.
 */
export function inForceOverTime(
  events: readonly SanctionsEvent[],
  actors: readonly Actor[],
  range: DateRange,
  checkpoints: readonly Checkpoint[] = NO_CHECKPOINTS,
): StockSeries[] {
  return actors.map((actor) => {
    const history = stockHistory(events, actor, checkpoints);
    const opening = stockOn(history, range.start);
    const closing = stockOn(history, range.end);
    if (!opening || !closing) return { actor, points: [] };
    const inside = history.filter((p) => p.date > range.start && p.date < range.end);
    return { actor, points: [stripEvent(opening), ...inside, stripEvent(closing)] };
  });
}

/** A point carried to another day: not the record or the list count that set it. */
function stripEvent({ eventId: _eventId, checkpoint: _checkpoint, ...point }: StockPoint): StockPoint {
  return point;
}

/** One date of the in-force chart: each actor's stock on that day (absent for actors without counts). */
export type StockRow = { date: string; stocks: Partial<Record<Actor, StockPoint>> };

/**
 * The in-force series as one row per date on which any actor's stock changes, each row holding
 * every actor's stock on that date. Drawing and reading from these rows keeps the values shown
 * for a date that date's values, whichever actor changed on it. A point keeps its `eventId` and
 * `checkpoint` only on the date its actor changed.
 */
export function stockRows(series: readonly StockSeries[]): StockRow[] {
  const dates = [...new Set(series.flatMap((s) => s.points.map((p) => p.date)))].sort();
  return dates.map((date) => {
    const stocks: StockRow['stocks'] = {};
    for (const { actor, points } of series) {
      const own = points.find((p) => p.date === date);
      const carried = stockOn(points, date);
      const point = own ?? (carried && stripEvent(carried));
      if (point) stocks[actor] = point;
    }
    return { date, stocks };
  });
}
