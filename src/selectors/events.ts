import { ACTORS } from '../data/ids';
import type { SanctionsEvent } from '../data/schema';
import { current } from '../i18n/catalogue';
import { actionLabel } from '../i18n/labels';
import { INTL_TAGS } from '../i18n/locales';
import { EVENT_SORT_COLUMNS, type EventSort, type EventSortColumn } from '../url/routes';

/**
 * The events table and the event page: sorting, the chain of related actions, and what else
 * happened on the same day. Pure; the dataset is passed in.
 */

const total = (c: SanctionsEvent['listed']) => (c ? (c.persons ?? 0) + (c.entities ?? 0) : -1);

const COMPARE = {
  date: (a, b) => a.date.localeCompare(b.date),
  actor: (a, b) => ACTORS.indexOf(a.actor) - ACTORS.indexOf(b.actor),
  // By the kind's name as the reader sees it, in the page's language.
  action: (a, b) => actionLabel(a.action).localeCompare(actionLabel(b.action), INTL_TAGS[current().locale]),
  instrument: (a, b) =>
    a.instrument.localeCompare(b.instrument, 'en', { numeric: true, sensitivity: 'base' }),
  listed: (a, b) => total(a.listed) - total(b.listed),
  delisted: (a, b) => total(a.delisted) - total(b.delisted),
} as const satisfies Record<EventSortColumn, (a: SanctionsEvent, b: SanctionsEvent) => number>;

/** Splits a sort as written (`-date`) into its column and direction. */
export function parseSort(sort: EventSort): { column: EventSortColumn; descending: boolean } {
  const descending = sort.startsWith('-');
  const column = descending ? sort.slice(1) : sort;
  return { column: EVENT_SORT_COLUMNS.find((c) => c === column) ?? 'date', descending };
}

/** Events sorted by a column; ties fall back to date then id, newest first when descending. */
export function sortEvents(events: readonly SanctionsEvent[], sort: EventSort): SanctionsEvent[] {
  const { column, descending } = parseSort(sort);
  const sign = descending ? -1 : 1;
  return [...events].sort(
    (a, b) => sign * COMPARE[column](a, b) || sign * COMPARE.date(a, b) || sign * a.id.localeCompare(b.id),
  );
}

/** The actions linked to one through `modifies`, in both directions. */
export type RelatedEvents = {
  /** What this action renews, eases, suspends, lifts or re-imposes. */
  modifies: SanctionsEvent[];
  /** Later actions that modified this one. */
  modifiedBy: SanctionsEvent[];
  /**
   * The action's lineage, in date order: what it modifies and what those modify, itself, and what
   * later modified it and those in turn. Sibling actions (two renewals of one order) are not in each
   * other's chain. Empty when nothing is linked.
   */
  chain: SanctionsEvent[];
};

/** The actions related to `id` through `modifies` links. */
export function relatedEvents(events: readonly SanctionsEvent[], id: string): RelatedEvents {
  const byId = new Map(events.map((e) => [e.id, e]));
  const children = new Map<string, SanctionsEvent[]>();
  for (const e of events)
    for (const parent of e.modifies ?? []) children.set(parent, [...(children.get(parent) ?? []), e]);
  const parents = (e: SanctionsEvent) => (e.modifies ?? []).flatMap((m) => byId.get(m) ?? []);
  const self = byId.get(id);
  if (!self) return { modifies: [], modifiedBy: [], chain: [] };
  const lineage = new Set<string>([id]);
  const walk = (start: SanctionsEvent, next: (e: SanctionsEvent) => SanctionsEvent[]) => {
    const queue = [...next(start)];
    for (let e = queue.shift(); e; e = queue.shift()) {
      if (lineage.has(e.id)) continue;
      lineage.add(e.id);
      queue.push(...next(e));
    }
  };
  walk(self, parents);
  walk(self, (e) => children.get(e.id) ?? []);
  const chain = events.filter((e) => lineage.has(e.id));
  return {
    modifies: parents(self),
    modifiedBy: children.get(id) ?? [],
    chain: chain.length > 1 ? chain : [],
  };
}

/** Other actors' actions on the same day as `event`. */
export function sameDay(events: readonly SanctionsEvent[], event: SanctionsEvent): SanctionsEvent[] {
  return events.filter((e) => e.date === event.date && e.actor !== event.actor);
}
