import type { Actor } from '../data/ids';
import type { SanctionsEvent } from '../data/schema';
import { eventsOf, perList, regimeOf, type DateRange } from './filter';

/**
 * How a stock figure was obtained: an official total, a total the record marks as an estimate, or
 * a running sum of sourced listings and delistings.
 */
export type StockBasis = 'reported' | 'estimated' | 'derived';

/** Persons and entities listed by one actor from `date` until the next point. */
export type StockPoint = {
  date: string;
  persons: number;
  entities: number;
  total: number;
  basis: StockBasis;
  /** The record that set this figure; absent on the points that open and close a range. */
  eventId?: string;
};

/** The stepped in-force line of one actor. */
export type StockSeries = { actor: Actor; points: StockPoint[] };

/**
 * The persons and entities listed under `actor`'s Belarus regime after each of its records that
 * carries a count. A
 * reported total (`inForce`) replaces the running figure; otherwise listings add and delistings
 * subtract. Pass the whole dataset: the stock on any day depends on everything before it.
 */
export function stockHistory(events: readonly SanctionsEvent[], actor: Actor): readonly StockPoint[] {
  return histories(events).get(actor) ?? [];
}

/** Every actor's history, computed once per list of records. */
const histories = perList((events: readonly SanctionsEvent[]) => {
  const index = new Map<Actor, StockPoint[]>();
  for (const actor of new Set(events.map((e) => e.actor))) index.set(actor, computeHistory(events, actor));
  return index;
});

function computeHistory(events: readonly SanctionsEvent[], actor: Actor): StockPoint[] {
  const points: StockPoint[] = [];
  let persons = 0;
  let entities = 0;
  for (const e of eventsOf(events, actor)) {
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
  return points;
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

/** How each basis is named in tables, tooltips and headlines. */
export const STOCK_BASIS_LABEL = {
  reported: 'Official total',
  estimated: 'Estimated total',
  derived: 'Running sum of sourced counts',
} as const satisfies Record<StockBasis, string>;

/**
 * The stepped line of each actor over `range`: the stock on the first day, every change inside,
 * and the stock on the last day, so that lines span the whole axis. An actor none of whose
 * records carries a count gets no points.
 */
export function inForceOverTime(
  events: readonly SanctionsEvent[],
  actors: readonly Actor[],
  range: DateRange,
): StockSeries[] {
  return actors.map((actor) => {
    const history = stockHistory(events, actor);
    const opening = stockOn(history, range.start);
    const closing = stockOn(history, range.end);
    if (!opening || !closing) return { actor, points: [] };
    const inside = history.filter((p) => p.date > range.start && p.date < range.end);
    return { actor, points: [stripEvent(opening), ...inside, stripEvent(closing)] };
  });
}

function stripEvent({ eventId: _eventId, ...point }: StockPoint): StockPoint {
  return point;
}

/** One date of the in-force chart: each actor's stock on that day (absent for actors without counts). */
export type StockRow = { date: string; stocks: Partial<Record<Actor, StockPoint>> };

/**
 * The in-force series as one row per date on which any actor's stock changes, each row holding
 * every actor's stock on that date. Drawing and reading from these rows keeps the values shown
 * for a date that date's values, whichever actor changed on it. A point keeps its `eventId` only
 * on the date its actor changed.
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
