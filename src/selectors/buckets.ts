import { t } from '../i18n/catalogue';
import { formatMonthYear } from '../i18n/format';
import { ACTION_META, type Actor, type Direction } from '../data/ids';
import type { SanctionsEvent } from '../data/schema';
import type { Period } from '../url/view';
import type { DateRange } from './filter';

/** One period of the actions-over-time chart: how many actions of each direction each actor took. */
export type ActionBucket = {
  /** `2021`, `2021-Q2` or `2021-06`. */
  key: string;
  /** Human label: `2021`, `Q2 2021`, `Jun 2021`. */
  label: string;
  /** Per actor shown; actors outside the view are absent. */
  counts: Partial<Record<Actor, Record<Direction, number>>>;
  /** Ids of the events counted, in date order. */
  eventIds: string[];
  /** The same ids per actor. */
  idsByActor: Partial<Record<Actor, string[]>>;
};

/** The bucket key a day falls in. */
export function bucketKey(date: string, period: Period): string {
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  if (period === 'year') return year;
  if (period === 'quarter') return `${year}-Q${Math.ceil(month / 3)}`;
  return date.slice(0, 7);
}

/** The label a bucket key is shown with. */
export function bucketLabel(key: string, period: Period): string {
  if (period === 'year') return key;
  if (period === 'quarter') return t('data.quarter', { quarter: key.slice(6), year: key.slice(0, 4) });
  return formatMonthYear(key);
}

/** The first and last day of a bucket, as ISO dates: a period an analysis tool can read. */
export function bucketBounds(key: string, period: Period): { start: string; end: string } {
  const year = Number(key.slice(0, 4));
  const first =
    period === 'year' ? 1 : period === 'quarter' ? Number(key.slice(6)) * 3 - 2 : Number(key.slice(5, 7));
  const months = period === 'year' ? 12 : period === 'quarter' ? 3 : 1;
  const last = first + months - 1;
  const days = new Date(Date.UTC(year, last, 0)).getUTCDate();
  const iso = (month: number, day: number) =>
    `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { start: iso(first, 1), end: iso(last, days) };
}

/** Every bucket key from the one holding `range.start` to the one holding `range.end`, in order. */
export function bucketKeys(range: DateRange, period: Period): string[] {
  const step = period === 'year' ? 12 : period === 'quarter' ? 3 : 1;
  const startYear = Number(range.start.slice(0, 4));
  const startMonth = Number(range.start.slice(5, 7));
  const first = startYear * 12 + Math.floor((startMonth - 1) / step) * step;
  const endKey = bucketKey(range.end, period);
  const keys: string[] = [];
  for (let m = first; ; m += step) {
    const date = `${String(Math.floor(m / 12)).padStart(4, '0')}-${String((m % 12) + 1).padStart(2, '0')}-01`;
    const key = bucketKey(date, period);
    keys.push(key);
    if (key >= endKey || keys.length > 5000) break;
  }
  return keys;
}

/**
 * Counts actions per bucket, actor and direction (tighten, maintain, loosen). Every bucket of the
 * range is present, empty ones included, so the time axis has no gaps.
 */
export function actionsOverTime(
  events: readonly SanctionsEvent[],
  actors: readonly Actor[],
  range: DateRange,
  period: Period,
): ActionBucket[] {
  const buckets = new Map<string, ActionBucket>();
  for (const key of bucketKeys(range, period)) {
    const counts: ActionBucket['counts'] = {};
    for (const actor of actors) counts[actor] = zeroCounts();
    buckets.set(key, { key, label: bucketLabel(key, period), counts, eventIds: [], idsByActor: {} });
  }
  for (const e of events) {
    const bucket = buckets.get(bucketKey(e.date, period));
    const counts = bucket?.counts[e.actor];
    if (!bucket || !counts) continue;
    counts[ACTION_META[e.action].direction] += 1;
    bucket.eventIds.push(e.id);
    (bucket.idsByActor[e.actor] ??= []).push(e.id);
  }
  return [...buckets.values()];
}

function zeroCounts(): Record<Direction, number> {
  return { tighten: 0, maintain: 0, loosen: 0 };
}
