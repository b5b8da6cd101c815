import type { Actor } from '../data/ids';
import type { SanctionsEvent } from '../data/schema';
import type { ViewState } from '../url/view';

/** The first and last day a view covers, both inclusive, as YYYY-MM-DD. */
export type DateRange = { start: string; end: string };

/**
 * The days a view covers: its `from`/`to`, else the first record's day and the dataset's as-of day.
 * `events` should be the whole dataset so that the default range does not move with the filters.
 */
export function viewRange(
  events: readonly { date: string }[],
  view: Pick<ViewState, 'from' | 'to'>,
  asOf: string,
): DateRange {
  const first = events.reduce((min, e) => (e.date < min ? e.date : min), asOf);
  return { start: view.from ?? first, end: view.to ?? asOf };
}

/** The days the data covers: its first record to its as-of day. */
export function dataSpan(data: { events: readonly { date: string }[]; asOf: string }): DateRange {
  return viewRange(data.events, { from: undefined, to: undefined }, data.asOf);
}

/** True when `date` falls inside `range`. */
export function inRange(date: string, range: DateRange): boolean {
  return date >= range.start && date <= range.end;
}

/** The events a view shows: its actors, date range, action kinds, measure kinds and search words. */
export function filterEvents(
  events: readonly SanctionsEvent[],
  view: ViewState,
  range: DateRange,
): SanctionsEvent[] {
  const words = searchWords(view.q);
  return events.filter(
    (e) =>
      view.actors.includes(e.actor) &&
      inRange(e.date, range) &&
      view.actions.includes(e.action) &&
      e.measures.some((m) => view.measures.includes(m)) &&
      words.every((word) => searchableText(e).includes(word)),
  );
}

/**
 * How many events the view's content filters (search, action kinds, measure kinds) hide: the
 * events of its actors and dates, and how many of them the filters keep.
 */
export function filterEffect(
  events: readonly SanctionsEvent[],
  view: ViewState,
  range: DateRange,
): { total: number; shown: number } {
  const base = events.filter((e) => view.actors.includes(e.actor) && inRange(e.date, range));
  return { total: base.length, shown: filterEvents(base, view, range).length };
}

/**
 * Memoises a derivation of a list by the list itself: a dataset's records are one array for as long
 * as the dataset is loaded, so what depends only on them is computed once, not once per view.
 */
export function perList<T extends object, R>(derive: (list: T) => R): (list: T) => R {
  const cache = new WeakMap<T, R>();
  return (list) => {
    let value = cache.get(list);
    if (value === undefined) {
      value = derive(list);
      cache.set(list, value);
    }
    return value;
  };
}

const byActor = perList((events: readonly SanctionsEvent[]) => {
  const index = new Map<Actor, SanctionsEvent[]>();
  for (const e of events) {
    const own = index.get(e.actor);
    if (own) own.push(e);
    else index.set(e.actor, [e]);
  }
  return index;
});

/** Events of one actor, in date order (the dataset is already sorted); indexed once per list. */
export function eventsOf(events: readonly SanctionsEvent[], actor: Actor): readonly SanctionsEvent[] {
  return byActor(events).get(actor) ?? [];
}

function searchWords(q: string): string[] {
  return q.toLowerCase().split(/\s+/).filter(Boolean);
}

/** Everything the search looks in: id, instrument, summary, targets, note, and the sources' titles and publishers. */
export const searchableText = perList((e: SanctionsEvent): string =>
  [
    e.id,
    e.instrument,
    e.summary,
    ...(e.targets ?? []),
    e.note ?? '',
    ...e.sources.flatMap((s) => [s.title, s.publisher]),
  ]
    .join(' ')
    .toLowerCase(),
);
