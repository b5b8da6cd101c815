import { recordText } from '../i18n/records';
import type { Actor, Regime } from '../data/ids';
import type { SanctionsEvent } from '../data/schema';
import type { ViewState } from '../url/view';
import { foldText } from './names';

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
  return rangeIn(dataSpan({ events, asOf }), view);
}

/** The days a view covers within the data's span (`dataSpan`): its `from`/`to`, else the span's ends. */
export function rangeIn(span: DateRange, view: Pick<ViewState, 'from' | 'to'>): DateRange {
  return { start: view.from ?? span.start, end: view.to ?? span.end };
}

const firstDate = perList((events: readonly { date: string }[]) =>
  events.reduce<string | undefined>(
    (min, e) => (min === undefined || e.date < min ? e.date : min),
    undefined,
  ),
);

/** The days the data covers: its first record to its as-of day. */
export function dataSpan(data: { events: readonly { date: string }[]; asOf: string }): DateRange {
  const first = firstDate(data.events);
  return { start: first !== undefined && first < data.asOf ? first : data.asOf, end: data.asOf };
}

/** True when `date` falls inside `range`. */
export function inRange(date: string, range: DateRange): boolean {
  return date >= range.start && date <= range.end;
}

/** The events a view shows: its actors, date range, action kinds, measure kinds, regimes and search words. */
export function filterEvents(
  events: readonly SanctionsEvent[],
  view: ViewState,
  range: DateRange,
): SanctionsEvent[] {
  const found = matching(events, searchWords(view.q));
  const actors = new Set(view.actors);
  const actions = new Set(view.actions);
  const measures = new Set(view.measures);
  const regimes = new Set(view.regimes);
  return events.filter(
    (e, i) =>
      actors.has(e.actor) &&
      inRange(e.date, range) &&
      actions.has(e.action) &&
      e.measures.some((m) => measures.has(m)) &&
      regimes.has(regimeOf(e)) &&
      (found === undefined || found[i] === 1),
  );
}

/** The regime an action was taken under: the actor's Belarus regime unless the record says otherwise. */
export function regimeOf(event: SanctionsEvent): Regime {
  return event.regime ?? 'belarus';
}

/**
 * How many events the view's content filters (search, action kinds, measure kinds, regimes) hide: the
 * events of its actors and dates, and how many of them the filters keep. A page that has already
 * filtered the events passes its result as `shown`, so that they are not filtered twice.
 */
export function filterEffect(
  events: readonly SanctionsEvent[],
  view: ViewState,
  range: DateRange,
  shown: readonly SanctionsEvent[] = filterEvents(events, view, range),
): { total: number; shown: number } {
  const actors = new Set(view.actors);
  const total = events.reduce((n, e) => (actors.has(e.actor) && inRange(e.date, range) ? n + 1 : n), 0);
  return { total, shown: shown.length };
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

/** Every record by its id, indexed once per list. */
export const eventsById = perList(
  (events: readonly SanctionsEvent[]): ReadonlyMap<string, SanctionsEvent> =>
    new Map(events.map((e) => [e.id, e])),
);

/** Events of one actor, in date order (the dataset is already sorted); indexed once per list. */
export function eventsOf(events: readonly SanctionsEvent[], actor: Actor): readonly SanctionsEvent[] {
  return byActor(events).get(actor) ?? [];
}

/**
 * Every record's searchable text in one string, a line each, with where each line starts: a word
 * is then found by the engine's string search over the whole list at once, not record by record.
 */
const searchLines = perList((events: readonly SanctionsEvent[]) => {
  const starts: number[] = [];
  let at = 0;
  const lines = events.map((e) => {
    const line = searchableText(e);
    starts.push(at);
    at += line.length + 1;
    return line;
  });
  starts.push(at);
  return { text: lines.join('\n'), starts };
});

/** 1 for each record whose text holds every word, else 0; undefined when there is no word. */
function matching(events: readonly SanctionsEvent[], words: readonly string[]): Uint8Array | undefined {
  if (!words.length) return undefined;
  const { text, starts } = searchLines(events);
  const hits = new Uint8Array(events.length);
  for (const word of words) {
    let record = 0;
    for (let at = text.indexOf(word); at !== -1;) {
      while ((starts[record + 1] ?? Infinity) <= at) record++;
      hits[record] = (hits[record] ?? 0) + 1;
      at = text.indexOf(word, starts[record + 1] ?? text.length);
    }
  }
  return hits.map((n) => (n === words.length ? 1 : 0));
}

function searchWords(q: string): string[] {
  return foldText(q).split(/\s+/).filter(Boolean);
}

/**
 * Everything the search looks in: id, instrument, summary, targets, note, and the sources' titles
 * and publishers, folded (`foldText`: a search in Cyrillic or without diacritics finds them).
 */
export const searchableText = perList((e: SanctionsEvent): string =>
  foldText(
    [
      e.id,
      e.instrument,
      e.summary,
      // And in the page's language, where it is written in it.
      recordText(e).summary,
      ...(e.targets ?? []),
      e.note ?? '',
      ...e.sources.flatMap((s) => [s.title, s.publisher]),
    ].join(' '),
  ),
);
