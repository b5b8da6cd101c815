import type { Actor } from '../data/ids';
import type { SanctionsEvent } from '../data/schema';
import type { DateRange } from '../selectors/filter';
import { t } from '../i18n/catalogue';
import { actorShort } from '../i18n/labels';
import type { Highlight } from './spec';

/**
 * Where a lane chart's marks would crowd (a narrow screen, many years), it counts them instead:
 * one badge per lane and span of years, never overlapping. Pure.
 */

/** Years per badge, the fewest that give a badge its room. */
const SPANS = [1, 2, 5, 10] as const;
/** The width a badge needs, in pixels. */
export const BADGE_ROOM = 22;

/** A mark as the bins see it: its day, its lane, and the action it stands for, if any. */
type Binnable = { date: string; lane: number; event?: SanctionsEvent };

/** A badge: the marks of one lane within a span of years. */
export type LaneBin<M extends Binnable> = {
  lane: number;
  /** The first and last year of the span. */
  years: [number, number];
  /** The day its badge stands on: the middle of its span, inside the range. */
  date: string;
  marks: M[];
};

/**
 * The years per badge when marks would crowd, or undefined when each mark has room: crowded is a
 * year narrower than two badges and more than a quarter of a lane's marks closer to a neighbour
 * than a mark's width (`2r`). Wider, the marks keep their shapes (what each action did), and a
 * reader zooms where they touch.
 */
export function binSpan(
  marks: readonly Binnable[],
  xOf: (day: string) => number,
  r: number,
  pxPerYear: number,
): number | undefined {
  if (pxPerYear >= 2 * BADGE_ROOM) return undefined;
  const lanes = new Map<number, number[]>();
  for (const m of marks) {
    const xs = lanes.get(m.lane) ?? [];
    xs.push(xOf(m.date));
    lanes.set(m.lane, xs);
  }
  const crowded = [...lanes.values()].some((xs) => {
    xs.sort((a, b) => a - b);
    const close = xs.filter((x, i) => i > 0 && x - (xs[i - 1] ?? x) < 2 * r).length;
    return close > xs.length / 4;
  });
  if (!crowded) return undefined;
  return SPANS.find((years) => years * pxPerYear >= BADGE_ROOM) ?? SPANS.at(-1);
}

/** The marks counted per lane and span of `years` calendar years (aligned to multiples of it). */
export function laneBins<M extends Binnable>(
  marks: readonly M[],
  years: number,
  range: DateRange,
): LaneBin<M>[] {
  const bins = new Map<string, LaneBin<M>>();
  for (const mark of marks) {
    const year = Number(mark.date.slice(0, 4));
    const first = year - (((year % years) + years) % years);
    const key = `${mark.lane} ${first}`;
    const bin = bins.get(key);
    if (bin) bin.marks.push(mark);
    else {
      const middle = first + years / 2;
      const mid = `${Math.floor(middle)}-${middle % 1 ? '07-01' : '01-01'}`;
      const date = mid < range.start ? range.start : mid > range.end ? range.end : mid;
      bins.set(key, { lane: mark.lane, years: [first, first + years - 1], date, marks: [mark] });
    }
  }
  return [...bins.values()].sort((a, b) => a.lane - b.lane || a.years[0] - b.years[0]);
}

/** A span of years in words: "2019", "2019–2020". */
export function yearsText([first, last]: [number, number]): string {
  return first === last ? String(first) : `${first}–${last}`;
}

/** What a badge reads as, and what hovering or focusing it shows: its count, by kind of action. */
export function binText(bin: LaneBin<Binnable>, actor: Actor): { label: string; highlight: Highlight } {
  const label = t('charts.lanes.badge', {
    actor: actorShort(actor),
    years: yearsText(bin.years),
    unit: bin.marks.every((m) => m.event) ? 'action' : 'change',
    count: bin.marks.length,
  });
  const kinds = new Map<string, number>();
  for (const m of bin.marks) {
    const kind = m.event ? t(`charts.actionWords.${m.event.action}`) : t('charts.lanes.seenInList');
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  return {
    label,
    highlight: {
      title: label,
      body: [...kinds].map(([kind, count]) => t('charts.lanes.kind', { count, kind })).join(', '),
      footer: t('charts.lanes.badgeFooter'),
    },
  };
}
