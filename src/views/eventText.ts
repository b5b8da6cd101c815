import type { MarkSelection } from '../charts/spec';
import { ACTORS } from '../data/ids';
import type { SanctionsEvent } from '../data/schema';
import { current, t } from '../i18n/catalogue';
import { INTL_TAGS } from '../i18n/locales';
import { parseSort } from '../selectors/events';
import type { EventSort, EventSortColumn } from '../url/routes';

/** Small helpers the events table, the event page and the chart selections share. */

/** Persons and entities in a count, as words; empty where no source counts them. */
export function countText(count: SanctionsEvent['listed']): string {
  if (!count) return '';
  const persons = count.persons !== undefined && t('events.counts.persons', { count: count.persons });
  const entities = count.entities !== undefined && t('events.counts.entities', { count: count.entities });
  if (persons && entities) return t('events.counts.both', { persons, entities });
  return persons || entities || '';
}

/**
 * A label (`Lifted`, `Executive order`) inside a sentence, in brackets: its first letter in lower
 * case, as the languages write a word there. A `noun` (a kind of instrument) keeps its capital
 * where the language's capitals carry meaning: German nouns, Lithuanian institutions (`Tarybos
 * sprendimas`). An abbreviation (`OFAC …`) stays as it is.
 */
export function inSentence(label: string, noun = false): string {
  const { locale } = current();
  const [first = '', second = ''] = label;
  const keep = noun && (locale === 'de' || locale === 'lt');
  if (keep || second !== second.toLocaleLowerCase(INTL_TAGS[locale])) return label;
  return first.toLocaleLowerCase(INTL_TAGS[locale]) + label.slice(first.length);
}

/** The direction a column sorts in first: counts and dates largest first, text A to Z. */
const FIRST_DESCENDING: Record<EventSortColumn, boolean> = {
  date: true,
  actor: false,
  action: false,
  instrument: false,
  listed: true,
  delisted: true,
};

/** The next sort when a column's header is pressed: reverse the current one, or start a new one. */
export function nextSort(current: EventSort, column: EventSortColumn): EventSort {
  const { column: now, descending } = parseSort(current);
  const desc = now === column ? !descending : FIRST_DESCENDING[column];
  return desc ? `-${column}` : column;
}

/** The events in a selection, in date order (ids of records that no longer exist are skipped). */
export function selectedEvents(
  selection: MarkSelection,
  byId: ReadonlyMap<string, SanctionsEvent>,
): SanctionsEvent[] {
  return selection.eventIds.flatMap((id) => byId.get(id) ?? []).sort((a, b) => a.date.localeCompare(b.date));
}

/** The view of the events table that shows exactly these events' actors and days. */
export function tableViewOf(events: readonly SanctionsEvent[]) {
  const dates = events.map((e) => e.date).sort();
  return {
    actors: ACTORS.filter((a) => events.some((e) => e.actor === a)),
    from: dates[0],
    to: dates.at(-1),
  };
}
