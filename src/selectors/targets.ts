import { ACTORS, REGIMES, type Actor, type Regime, type TargetChange, type TargetKind } from '../data/ids';
import { changeDay } from '../data/changeDay';
import type { SanctionsEvent, Target } from '../data/schema';
import type { GapSearch, TARGET_STATUSES } from '../url/routes';
import { perList, regimeOf } from './filter';
import { t } from '../i18n/catalogue';
import { formatDay, yes } from '../i18n/format';
import { listLabel } from '../i18n/labels';

/**
 * Named targets on a day: each one's status under each actor, and the gaps between two actors.
 * Eased by licence counts as still listed (the target stays on the list). Pure.
 */

/** A target's status under an actor on a day. */
export type TargetStatus = 'listed' | 'eased' | 'delisted' | 'never';

/** The status, since when, the action that set it, and why it is unclear where the sources leave it so. */
export type StatusOnDate = {
  status: TargetStatus;
  /** The day of the change that set the status (for `listed`, the start of the current listing). */
  since?: string;
  event?: string;
  /** Where the change was seen in a list only (no action record made it). */
  seen?: Seen;
  unclear?: string;
};

/** Days of the actions, by id: history entries take their dates from their actions. Indexed once per list. */
export const eventDates = perList(
  (events: readonly SanctionsEvent[]): ReadonlyMap<string, string> =>
    new Map(events.map((e) => [e.id, e.date])),
);

/** One entry of a target's history. */
type HistoryEntry = Target['history'][number];
/** Where a change was seen when no action record made it: the list, its day and the listing's id. */
export type Seen = NonNullable<HistoryEntry['seen']>;

/** The day of a change (`changeDay`); a change whose action is missing never comes. */
function changeDate(change: HistoryEntry, dates: ReadonlyMap<string, string>): string {
  return changeDay(change, dates) ?? '9999-12-31';
}

/** One change of a target's status under an actor, with the action that made it or the list that shows it. */
export type DatedChange = {
  actor: Actor;
  change: TargetChange;
  date: string;
  event?: SanctionsEvent;
  seen?: Seen;
  note?: string;
};

/** What made a change: its action's instrument, or the list that shows it. */
export function causeOf(change: DatedChange): string {
  if (change.event) return change.event.instrument;
  return change.seen ? t('sentences.targets.seenInList', { list: listLabel(change.seen.list) }) : '';
}

/** A target's changes in date order, each with its action or list (a change whose action is missing is left out). */
export function targetChanges(target: Target, byId: ReadonlyMap<string, SanctionsEvent>): DatedChange[] {
  return target.history
    .flatMap((c): DatedChange[] => {
      const { actor, change, note, seen } = c;
      if (seen) return [{ actor, change, date: seen.date, seen, note }];
      const event = byId.get(c.event ?? '');
      return event ? [{ actor, change, date: event.date, event, note }] : [];
    })
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** The actors that changed a target's status, in `ACTORS` order. */
export function actorsOf(target: Target): Actor[] {
  return ACTORS.filter((actor) => target.history.some((c) => c.actor === actor));
}

/** The target with the most changes (the first of equals by name): what a target chart shows when none is named. */
export function busiestTarget(targets: readonly Target[]): Target | undefined {
  return [...targets].sort((a, b) => b.history.length - a.history.length || a.name.localeCompare(b.name))[0];
}

/** A target's status under `actor` on `at`. */
export function statusOn(
  target: Target,
  actor: Actor,
  at: string,
  dates: ReadonlyMap<string, string>,
): StatusOnDate {
  const unclear = target.unclear?.find((u) => u.actor === actor)?.reason;
  const changes = target.history
    .filter((c) => c.actor === actor)
    .map((c) => ({ ...c, date: changeDate(c, dates) }))
    .filter((c) => c.date <= at);
  const last = changes.at(-1);
  if (!last) return { status: 'never', unclear };
  const cause = { event: last.event, seen: last.seen };
  if (last.change === 'delisted') return { status: 'delisted', since: last.date, ...cause, unclear };
  // The current listing began at the last listing not followed by a delisting.
  const lastDelisting = changes.findLastIndex((c) => c.change === 'delisted');
  const start = changes
    .slice(lastDelisting + 1)
    .find((c) => c.change === 'listed' || c.change === 'relisted');
  return {
    status: last.change === 'eased' ? 'eased' : 'listed',
    since: last.change === 'eased' ? last.date : (start?.date ?? last.date),
    ...cause,
    unclear,
  };
}

/** True when a status keeps the target on the actor's list. */
export function isListed(status: TargetStatus): boolean {
  return status === 'listed' || status === 'eased';
}

/** A target one actor lists on the day and the other does not. */
export type Gap = {
  target: Target;
  listedBy: Actor;
  notBy: Actor;
  listed: StatusOnDate;
  other: StatusOnDate;
  /** When the listing actor's current listing began. */
  listedSince: string;
  /** The first day on which one listed it and the other did not, in the current stretch. */
  since: string;
  /** Whole days from `since` to the day asked about. */
  days: number;
};

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The targets listed by one of two actors and not the other on `at`, the latest divergence first. */
export function gapList(
  targets: readonly Target[],
  a: Actor,
  b: Actor,
  at: string,
  dates: ReadonlyMap<string, string>,
): Gap[] {
  return (
    targets
      .flatMap((target): Gap[] => {
        const sa = statusOn(target, a, at, dates);
        const sb = statusOn(target, b, at, dates);
        if (isListed(sa.status) === isListed(sb.status)) return [];
        const [listedBy, notBy, listed, other] = isListed(sa.status) ? [a, b, sa, sb] : [b, a, sb, sa];
        const listedSince = listingStart(target, listedBy, at, dates) ?? at;
        const since =
          other.status === 'delisted' && other.since && other.since > listedSince ? other.since : listedSince;
        return [{ target, listedBy, notBy, listed, other, listedSince, since, days: daysBetween(since, at) }];
      })
      // The latest divergence first: what changed most recently is what a reader comes to see.
      .sort((x, y) => x.days - y.days || x.target.name.localeCompare(y.target.name))
  );
}

/** The gaps a reader asked for: those of one listing actor, one kind, one other side, in the order asked. */
export function pickGaps(gaps: readonly Gap[], ask: Partial<GapSearch>): Gap[] {
  const picked = gaps.filter(
    (g) =>
      (!ask.gapBy || g.listedBy === ask.gapBy) &&
      (!ask.gapKind || g.target.kind === ask.gapKind) &&
      (!ask.gapOther || gapSide(g) === ask.gapOther),
  );
  const byName = (x: Gap, y: Gap) => x.target.name.localeCompare(y.target.name);
  if (ask.gapSort === 'name') return picked.sort(byName);
  if (ask.gapSort === 'longest') return picked.sort((x, y) => y.days - x.days || byName(x, y));
  return picked; // gapList's own order: the latest first
}

/** The other side of a gap: the other actor delisted the target, or no listing by it is recorded. */
export function gapSide(gap: Gap): 'delisted' | 'unrecorded' {
  return gap.other.status === 'delisted' ? 'delisted' : 'unrecorded';
}

/** When the actor's current listing of the target began (eased by licence does not end it). */
function listingStart(
  target: Target,
  actor: Actor,
  at: string,
  dates: ReadonlyMap<string, string>,
): string | undefined {
  const changes = target.history
    .filter((c) => c.actor === actor)
    .map((c) => ({ ...c, date: changeDate(c, dates) }))
    .filter((c) => c.date <= at);
  const lastDelisting = changes.findLastIndex((c) => c.change === 'delisted');
  return changes.slice(lastDelisting + 1).find((c) => c.change === 'listed' || c.change === 'relisted')?.date;
}

/** A gap in words: "listed by the EU since 2 Dec 2021; delisted by the US on 4 Nov 2025". */
export function gapText(gap: Gap): string {
  const listed = t('sentences.gaps.listed', {
    actor: gap.listedBy,
    since: formatDay(gap.listedSince),
    eased: yes(gap.listed.status === 'eased'),
  });
  const other =
    gap.other.status === 'delisted' && gap.other.since
      ? t('sentences.gaps.delisted', { actor: gap.notBy, on: formatDay(gap.other.since) })
      : t('sentences.gaps.unrecorded', { actor: gap.notBy });
  return `${listed}; ${other}`;
}

/** The time from one day to another in words, by the calendar: "4 years, 11 months", "3 months", "12 days". */
export function durationText(from: string, to: string): string {
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  const months = (ty ?? 0) * 12 + (tm ?? 0) - ((fy ?? 0) * 12 + (fm ?? 0)) - ((td ?? 0) < (fd ?? 0) ? 1 : 0);
  if (months <= 0) return t('sentences.duration.days', { count: daysBetween(from, to) });
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const monthsText = t('sentences.duration.months', { count: rest });
  if (!years) return monthsText;
  const yearsText = t('sentences.duration.years', { count: years });
  return rest ? t('sentences.duration.yearsMonths', { years: yearsText, months: monthsText }) : yearsText;
}

/** What `/targets` filters by: words, kind, a status on a day (under one actor or any) and regimes. */
export type TargetFilter = {
  matches?: (texts: readonly string[]) => boolean;
  kind?: TargetKind;
  status?: (typeof TARGET_STATUSES)[number];
  by?: Actor;
  at: string;
  regimes: readonly Regime[];
};

/** The regimes a target's changes were made under: an action's, or a Belarus regime for a list's (the lists were read for their Belarus programmes). */
function regimesOf(target: Target, byId: ReadonlyMap<string, SanctionsEvent>): Set<Regime> {
  return new Set(
    target.history.map((c) => {
      const event = byId.get(c.event ?? '');
      return event ? regimeOf(event) : 'belarus';
    }),
  );
}

/** The targets a filter keeps, in their order; `searchable` gives the texts words are looked for in. */
export function filterTargets(
  targets: readonly Target[],
  filter: TargetFilter,
  byId: ReadonlyMap<string, SanctionsEvent>,
  dates: ReadonlyMap<string, string>,
  searchable: (target: Target) => readonly string[],
): Target[] {
  const { matches, kind, status, by, at } = filter;
  const regimes = new Set(filter.regimes);
  const everyRegime = REGIMES.every((r) => regimes.has(r));
  return targets.filter((target) => {
    if (kind && target.kind !== kind) return false;
    if (!everyRegime && ![...regimesOf(target, byId)].some((r) => regimes.has(r))) return false;
    if (status) {
      const states = (by ? [by] : ACTORS).map((actor) => statusOn(target, actor, at, dates).status);
      const hit = (s: TargetStatus) => (status === 'listed' ? isListed(s) : s === status);
      // "Never listed" under any actor is never listed by anyone; the others, by at least one.
      const ok = status === 'never' && !by ? states.every(hit) : states.some(hit);
      if (!ok) return false;
    }
    return !matches || matches(searchable(target));
  });
}
