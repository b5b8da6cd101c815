import { ACTORS, LIST_META } from '../data/ids';
import type { Dataset, ListEntry, Target } from '../data/schema';
import { eventsById } from './filter';
import { listingsOf } from './lists';
import { eventDates, statusOn, targetChanges } from './targets';

/**
 * One target as published (`data/targets/<id>.json`): its names, its status under every actor on
 * the dataset's day, each change with the action that made it or the list copy it was seen on, and
 * its listings on the official lists' copies. Pure.
 */
export function targetDocument(target: Target, data: Dataset, entries: readonly ListEntry[]) {
  const dates = eventDates(data.events);
  return {
    dataset: { version: data.version, asOf: data.asOf },
    id: target.id,
    name: target.name,
    aliases: target.aliases ?? [],
    kind: target.kind,
    ...(target.sector && { sector: target.sector }),
    status: Object.fromEntries(
      ACTORS.map((actor) => {
        const { status, since } = statusOn(target, actor, data.asOf, dates);
        return [actor, since ? { status, since } : { status }];
      }),
    ),
    changes: targetChanges(target, eventsById(data.events)).map((c) => ({
      date: c.date,
      actor: c.actor,
      change: c.change,
      ...(c.event && {
        action: { id: c.event.id, instrument: c.event.instrument, source: c.event.sources[0]?.url },
      }),
      // Seen in the list only: which list, the listing's id, and the dated copy it was read from.
      ...(c.seen && {
        list: { list: c.seen.list, name: LIST_META[c.seen.list].label, id: c.seen.id, copy: c.seen.copy },
      }),
      ...(c.note && { note: c.note }),
    })),
    listings: listingsOf(target, entries).map((entry) => ({
      list: entry.list,
      name: LIST_META[entry.list].label,
      id: entry.id,
      names: entry.names,
      ...(entry.born && { born: entry.born }),
      since: entry.since,
      sinceIs: entry.sinceIs,
      ...(entry.until && { until: entry.until }),
    })),
    unclear: target.unclear ?? [],
  };
}
