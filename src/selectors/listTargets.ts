import { LIST_META, LISTS, type ListId, type TargetKind } from '../data/ids';
import { changeDay } from '../data/changeDay';
import type { ListEntry, SanctionsEvent, Target, TargetInput } from '../data/schema';
import { formatDay } from '../i18n/format';
import { LEGAL_FORMS, listingsOf, nameKeys, namesAgree } from './lists';
import { foldText } from './names';
import { eventDates } from './targets';

/**
 * Every listing on the official lists' copies as a named target (`scripts/list-targets.ts` writes
 * the result to `src/data/listTargets.ts`). A listing that is a target of the records adds the
 * changes the records lack; the others are joined across lists by `JOIN_RULE` and become targets
 * of their own. Each change links to the action record of its actor and day where one exists, and
 * is otherwise marked as seen in the list only. Pure.
 */

/** How listings on different lists are joined into one target, as the reader is told. */
export const JOIN_RULE =
  'Listings on different lists are one target when they are of one kind and one of their names has the same words, whatever the spelling or script, legal forms aside; where one name leaves out a word the other has (a patronymic), the years of birth both lists give must also agree. Two listings on one list are never joined.';

/** What the lists add: targets of their own, and changes for targets of the records. */
export type ListDerived = {
  targets: TargetInput[];
  /** By target id: the changes of actors whose lists name the target and whose records do not. */
  changes: Record<string, TargetInput['history']>;
};

/** The listing kinds as target kinds: a list does not say which kind of body an entity is. */
const KIND: Record<ListEntry['kind'], TargetKind> = {
  person: 'person',
  entity: 'entity',
  aircraft: 'aircraft',
  vessel: 'vessel',
};

/** Which list's spelling names a target first: the ones that write names in their natural order. */
const NAME_ORDER: readonly ListId[] = ['uk-list', 'us-sdn', 'eu-fsf'];

function years(born: string | undefined): Set<string> {
  return new Set(born?.match(/\b(1[89]|20)\d\d\b/g) ?? []);
}

/** True when both listings give a year of birth and none is the same. */
function birthsDiffer(a: ListEntry, b: ListEntry): boolean {
  const [x, y] = [years(a.born), years(b.born)];
  return x.size > 0 && y.size > 0 && ![...x].some((year) => y.has(year));
}

/** True when one of each listing's names has exactly the same words (`nameKeys`). */
function sameWords(a: readonly Set<string>[], b: readonly Set<string>[]): boolean {
  return a.some((x) => b.some((y) => x.size > 0 && x.size === y.size && [...x].every((key) => y.has(key))));
}

/** The listings joined by `JOIN_RULE`: each group holds at most one listing per list. */
function join(entries: readonly ListEntry[]): ListEntry[][] {
  const keys = entries.map((entry) => entry.names.map(nameKeys));
  const group = entries.map((_, i) => i);
  const root = (i: number): number => (group[i] === i ? i : root(group[i] ?? i));
  const members = (r: number) => entries.filter((_, i) => root(i) === r);
  entries.forEach((a, i) => {
    entries.forEach((b, j) => {
      if (j <= i || a.kind !== b.kind || a.list === b.list) return;
      const [ri, rj] = [root(i), root(j)];
      if (ri === rj || !namesAgree(a.kind === 'person', keys[i] ?? [], keys[j] ?? [])) return;
      const [left, right] = [members(ri), members(rj)];
      const exact = sameWords(keys[i] ?? [], keys[j] ?? []);
      const clash = left.some((x) => right.some((y) => x.list === y.list || (!exact && birthsDiffer(x, y))));
      if (!clash) group[rj] = ri;
    });
  });
  const groups = new Map<number, ListEntry[]>();
  entries.forEach((entry, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), entry]));
  return [...groups.values()];
}

const CYRILLIC = /[\u0400-\u04ff]/;

/** A name as a reader writes it: "SURNAME, Given" turned round, capitals kept for legal forms only. */
function readable(name: string, person: boolean): string {
  const turned = person && /^[^,]+, [^,]+$/.test(name) ? name.split(', ').reverse().join(' ') : name;
  const words = turned.replace(/\s+/g, ' ').trim().split(' ');
  return words
    .map((word) => {
      const upper = word === word.toUpperCase() && /\p{Lu}{2}/u.test(word);
      const form = word.toLowerCase().replace(/\W/g, '');
      if (!upper || (form.length <= 4 && LEGAL_FORMS.has(form))) return word;
      return word
        .toLowerCase()
        .replace(
          /(^|[-'"«(])(\p{L})/gu,
          (_, before: string, letter: string) => before + letter.toUpperCase(),
        );
    })
    .join(' ');
}

/** Its main name (Latin, from the first list of `NAME_ORDER` that has one) and every other name. */
function namesOf(group: readonly ListEntry[]): { name: string; aliases: string[] } {
  const ordered = [...group].sort((a, b) => NAME_ORDER.indexOf(a.list) - NAME_ORDER.indexOf(b.list));
  const all = ordered.flatMap((entry) => entry.names.map((name) => name.replace(/\s+/g, ' ').trim()));
  const main = all.find((name) => !CYRILLIC.test(name)) ?? all[0] ?? '';
  const name = readable(main, group[0]?.kind === 'person');
  const seen = new Set([foldText(name)]);
  const aliases = all.filter((alias) => {
    const key = foldText(alias);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { name, aliases };
}

function slug(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

const LISTING_ACTIONS = new Set(['impose', 'expand', 'reimpose']);
const DELISTING_ACTIONS = new Set(['lift', 'suspend']);

/** What a listing's date means, in the words of its list. */
function listedNote(entry: ListEntry): string {
  const { label, lastCopy } = LIST_META[entry.list];
  const day = formatDay(entry.since);
  return {
    designated: `On the ${label}, designated ${day} as the list gives it.`,
    'first-seen': `First on the ${label} in its copy of ${day}.`,
    'on-first-copy': `On the ${label} by ${day}, the first of its copies read: when it was first listed is not in the copies.`,
    'latest-act': `On the ${label} in its file of ${formatDay(lastCopy)}; ${day} is the date of the latest act naming it, not of its first listing.`,
  }[entry.sinceIs];
}

/** The dated copy a listing's date was read from: the first that holds it, or the one copy read. */
function listedCopy(entry: ListEntry): string {
  return entry.sinceIs === 'first-seen' || entry.sinceIs === 'on-first-copy'
    ? entry.since
    : LIST_META[entry.list].lastCopy;
}

function dayBefore(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** How many more persons or entities each action's stated counts leave to be named, by action id and kind. */
type Room = Map<string, number>;

const roomKey = (event: SanctionsEvent, change: 'listed' | 'delisted', person: boolean) =>
  `${event.id} ${change} ${person ? 'persons' : 'entities'}`;

/** What the stated counts leave once the records' own targets are named (aircraft are in neither). */
function roomLeft(events: readonly SanctionsEvent[], targets: readonly Target[]): Room {
  const room: Room = new Map();
  for (const event of events)
    for (const change of ['listed', 'delisted'] as const)
      for (const person of [true, false]) {
        const stated = event[change]?.[person ? 'persons' : 'entities'];
        if (stated === undefined) continue;
        const named = targets.filter(
          (t) =>
            t.kind !== 'aircraft' &&
            (t.kind === 'person') === person &&
            t.history.some(
              (c) =>
                c.event === event.id &&
                (c.change === change || (change === 'listed' && c.change === 'relisted')),
            ),
        ).length;
        room.set(roomKey(event, change, person), stated - named);
      }
  return room;
}

/**
 * The action a list's change belongs to: one of the list's actor, of the day the list gives (or
 * the day before, for the first or last copy of a list copied several times a day), of the kind of
 * change, whose stated count (where it states one) still leaves the listing unnamed.
 */
function actionOf(
  entry: ListEntry,
  change: 'listed' | 'delisted',
  day: string,
  events: readonly SanctionsEvent[],
  room: Room,
): SanctionsEvent | undefined {
  const actor = LIST_META[entry.list].actor;
  const kinds = change === 'listed' ? LISTING_ACTIONS : DELISTING_ACTIONS;
  // A copy taken a few times a day first holds a listing on its day or the next (copies are dated in UTC).
  const days = entry.sinceIs === 'first-seen' || change === 'delisted' ? [day, dayBefore(day)] : [day];
  const event = days
    .map((d) => events.find((e) => e.actor === actor && e.date === d && kinds.has(e.action)))
    .find(Boolean);
  if (!event) return undefined;
  if (entry.kind === 'aircraft' || entry.kind === 'vessel') return event;
  const key = roomKey(event, change, entry.kind === 'person');
  const left = room.get(key);
  if (left === undefined) return event;
  if (left <= 0) return undefined;
  room.set(key, left - 1);
  return event;
}

/** A listing's changes: listed on the day its list gives, delisted on the first copy without it. */
function changesOf(entry: ListEntry, events: readonly SanctionsEvent[], room: Room): TargetInput['history'] {
  const actor = LIST_META[entry.list].actor;
  // Only a day the list gives for the listing itself can name the action of that day.
  const dated = entry.sinceIs === 'designated' || entry.sinceIs === 'first-seen';
  const listing = dated ? actionOf(entry, 'listed', entry.since, events, room) : undefined;
  const changes: TargetInput['history'] = [
    listing
      ? { actor, change: 'listed', event: listing.id, note: listedNote(entry) }
      : {
          actor,
          change: 'listed',
          seen: { list: entry.list, date: entry.since, id: entry.id, copy: listedCopy(entry) },
          note: listedNote(entry),
        },
  ];
  const { until } = entry;
  if (until) {
    const lifting = actionOf(entry, 'delisted', until, events, room);
    const note = `Gone from the ${LIST_META[entry.list].label} in its copy of ${formatDay(until)}.`;
    changes.push(
      lifting
        ? { actor, change: 'delisted', event: lifting.id, note }
        : {
            actor,
            change: 'delisted',
            seen: { list: entry.list, date: until, id: entry.id, copy: until },
            note,
          },
    );
  }
  return changes;
}

/** The changes of several listings, in date order (the history's order per actor). */
function historyOf(
  entries: readonly ListEntry[],
  events: readonly SanctionsEvent[],
  room: Room,
): TargetInput['history'] {
  const dates = eventDates(events);
  const day = (change: TargetInput['history'][number]) => changeDay(change, dates) ?? '';
  return entries
    .flatMap((entry) => changesOf(entry, events, room))
    .sort(
      (a, b) =>
        day(a).localeCompare(day(b)) ||
        LISTS.indexOf(a.seen?.list ?? 'us-sdn') - LISTS.indexOf(b.seen?.list ?? 'us-sdn'),
    );
}

/** What the lists add to the records' targets (see `ListDerived`). */
export function deriveListTargets(
  entries: readonly ListEntry[],
  targets: readonly Target[],
  events: readonly SanctionsEvent[],
): ListDerived {
  const matched = new Set<ListEntry>();
  const room = roomLeft(events, targets);
  const changes: ListDerived['changes'] = {};
  for (const target of targets) {
    const listings = listingsOf(target, entries);
    listings.forEach((entry) => matched.add(entry));
    const recorded = new Set(target.history.map((c) => c.actor));
    const missing = listings.filter((entry) => !recorded.has(LIST_META[entry.list].actor));
    if (missing.length > 0) changes[target.id] = historyOf(missing, events, room);
  }
  const ids = new Set(targets.map((t) => t.id));
  const derived = join(entries.filter((entry) => !matched.has(entry))).map((group): TargetInput => {
    const { name, aliases } = namesOf(group);
    const first = group[0];
    let id = slug(name) || slug(`${first?.list ?? ''} ${first?.id ?? ''}`);
    if (ids.has(id)) id = slug(`${id} ${first?.list ?? ''} ${first?.id ?? ''}`);
    ids.add(id);
    return {
      id,
      name,
      ...(aliases.length > 0 && { aliases }),
      kind: KIND[first?.kind ?? 'entity'],
      history: historyOf(group, events, room),
      listings: group.map((entry) => ({ list: entry.list, id: entry.id })),
    };
  });
  return { targets: derived.sort((a, b) => a.id.localeCompare(b.id)), changes };
}
