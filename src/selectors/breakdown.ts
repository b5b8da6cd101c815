import type { InstrumentType } from '../data/ids';
import type { SanctionsEvent } from '../data/schema';
import type { Period } from '../url/view';
import { bucketKey, bucketKeys, bucketLabel } from './buckets';
import type { DateRange } from './filter';

/** Families of legal instrument, coarse enough to stack: the breakdown by instrument type. */
export const INSTRUMENT_FAMILIES = [
  'law',
  'executive',
  'listing',
  'licence',
  'regulation',
  'decision',
] as const;
/** An instrument family. */
export type InstrumentFamily = (typeof INSTRUMENT_FAMILIES)[number];

const FAMILY_OF = {
  statute: 'law',
  'executive-order': 'executive',
  proclamation: 'executive',
  notice: 'executive',
  designation: 'listing',
  'implementing-act': 'listing',
  'general-license': 'licence',
  regulation: 'regulation',
  'export-control': 'regulation',
  'council-regulation': 'regulation',
  'common-position': 'decision',
  'council-decision': 'decision',
} as const satisfies Record<InstrumentType, InstrumentFamily>;

/** The instrument family of an action. */
export function instrumentFamily(event: SanctionsEvent): InstrumentFamily {
  return FAMILY_OF[event.instrumentType];
}

/** One period of a breakdown: its key and label, and the actions per category (absent: none). */
export type BreakdownRow<C extends string> = {
  key: string;
  label: string;
  counts: Partial<Record<C, number>>;
};

/** The actions of one category in one period. */
export function countIn<C extends string>(row: BreakdownRow<C>, category: C): number {
  return row.counts[category] ?? 0;
}

/** A breakdown of the shown actions per period and category, the categories used, and their totals. */
export type Breakdown<C extends string> = {
  rows: BreakdownRow<C>[];
  /** The categories with at least one action, in the order given. */
  used: C[];
  /** Each used category's total over the range, largest first. */
  totals: { category: C; count: number }[];
};

/**
 * Actions per period of `range`, counted per category; an action in two categories counts in
 * both. Pure: the measures and instruments charts draw what this returns.
 */
export function breakdownOverTime<C extends string>(
  shown: readonly SanctionsEvent[],
  range: DateRange,
  period: Period,
  categories: readonly C[],
  of: (event: SanctionsEvent) => readonly C[],
): Breakdown<C> {
  const rows = bucketKeys(range, period).map((key): BreakdownRow<C> => ({
    key,
    label: bucketLabel(key, period),
    counts: {},
  }));
  const byKey = new Map(rows.map((r) => [r.key, r]));
  for (const event of shown) {
    const row = byKey.get(bucketKey(event.date, period));
    if (row) for (const c of of(event)) row.counts[c] = countIn(row, c) + 1;
  }
  const used = categories.filter((c) => rows.some((r) => countIn(r, c) > 0));
  const totals = used
    .map((category) => ({ category, count: rows.reduce((n, r) => n + countIn(r, category), 0) }))
    .sort((a, b) => b.count - a.count);
  return { rows, used, totals };
}
