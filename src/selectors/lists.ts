import { LIST_META } from '../data/ids';
import type { ListEntry, Target } from '../data/schema';
import { t } from '../i18n/catalogue';
import { formatDay } from '../i18n/format';
import { isListed, statusOn, type StatusOnDate } from './targets';
import { foldText, nameKey } from './names';

/**
 * Which listings on the official lists are a named target: a stated rule on names, shown with its
 * result, never a guess the reader cannot see. Pure.
 */

/** Words that name a legal form, not the body: left out when names are compared. */
export const LEGAL_FORMS = new Set([
  'oao',
  'ojsc',
  'jsc',
  'pjsc',
  'cjsc',
  'zao',
  'ooo',
  'odo',
  'llc',
  'ltd',
  'limited',
  'co',
  'inc',
  'plc',
  'ao',
  'pao',
  // Belarusian forms, as the lists transliterate them: AAT (OJSC), ZAT (CJSC), TAA (LLC), (R)UP (unitary enterprise).
  'aat',
  'zat',
  'taa',
  'up',
  'rup',
  'open',
  'closed',
  'joint',
  'stock',
  'company',
  'the',
  'of',
  'and',
]);

/** A name as the rule compares it: the keys of its words (`nameKey`), legal forms left out. */
export function nameKeys(name: string): Set<string> {
  return new Set(
    foldText(name)
      .split(/[^a-z0-9]+/)
      .filter((word) => word && !LEGAL_FORMS.has(word))
      .map((word) => (/\d/.test(word) ? word : nameKey(word)))
      .filter(Boolean),
  );
}

function within(small: Set<string>, large: Set<string>): boolean {
  return [...small].every((key) => large.has(key));
}

/** The kinds of listing a kind of target can be. */
function sameKind(target: Target, entry: ListEntry): boolean {
  if (target.kind === 'person') return entry.kind === 'person';
  if (target.kind === 'aircraft' || target.kind === 'vessel') return entry.kind === target.kind;
  return entry.kind === 'entity';
}

/**
 * The rule: a listing is the target when they are of one kind and one of the target's names and
 * one of the listing's names agree word for word, spellings and scripts aside (`nameKey`), legal
 * forms left out. A person's name may leave out words the list gives (a patronymic, a second
 * name), but not the given name or the surname; a body's name may be the shorter of the two only
 * with two words or more.
 */
export function matchRule(): string {
  return t('sentences.lists.matchRule');
}

/**
 * Whether two sets of names (`nameKeys` of each) name the same one by the rule above; `person`
 * allows the longer name its patronymic or second name.
 */
export function namesAgree(
  person: boolean,
  own: readonly Set<string>[],
  theirs: readonly Set<string>[],
): boolean {
  return own.some((a) =>
    theirs.some((b) => {
      const [small, large] = a.size <= b.size ? [a, b] : [b, a];
      if (person) return small.size >= 2 && within(small, large);
      return small.size === large.size
        ? small.size > 0 && within(small, large)
        : small.size >= 2 && within(small, large);
    }),
  );
}

/** The listings that are this target: those it was made from, or, for a target of the records, by the rule above. */
export function listingsOf(target: Target, entries: readonly ListEntry[]): ListEntry[] {
  const own = target.listings;
  if (own) return entries.filter((entry) => own.some((l) => l.list === entry.list && l.id === entry.id));
  const names = [target.name, ...(target.aliases ?? [])].map(nameKeys).filter((keys) => keys.size > 0);
  return entries.filter(
    (entry) =>
      sameKind(target, entry) && namesAgree(target.kind === 'person', names, entry.names.map(nameKeys)),
  );
}

/** When a listing began, in the words its list allows. */
export function sinceText(entry: ListEntry): string {
  const since = t(`sentences.lists.since.${entry.sinceIs}`, { day: formatDay(entry.since) });
  return entry.until ? t('sentences.lists.gone', { since, until: formatDay(entry.until) }) : since;
}

/** A listing against the records: the target's status under the list's actor on the last day the list shows it. */
export type ListCheck = { entry: ListEntry; day: string; ours: StatusOnDate; agrees: boolean };

/** Each listing of the target, checked against the records' status on the last copy that holds it. */
export function checkListings(
  target: Target,
  entries: readonly ListEntry[],
  dates: ReadonlyMap<string, string>,
): ListCheck[] {
  return listingsOf(target, entries).map((entry) => {
    const day = entry.until ?? LIST_META[entry.list].lastCopy;
    const ours = statusOn(target, LIST_META[entry.list].actor, day, dates);
    // A listing that left the list agrees with records that end it by then.
    const agrees = entry.until ? !isListed(ours.status) : isListed(ours.status);
    return { entry, day, ours, agrees };
  });
}
