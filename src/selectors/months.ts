import { formatMonthYear } from '../i18n/format';
import type { DateRange } from './filter';

/**
 * Months as steps: sliders over a date range move by whole months. Index 0 is the month of the
 * range's first day; the first and last months are cut at the range's ends.
 */

const monthsOf = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** How many whole-month steps the range spans (its last index). */
export function monthCount(span: DateRange): number {
  return monthsOf(span.end) - monthsOf(span.start);
}

/** The month index a day falls in. */
export function monthIndex(span: DateRange, date: string): number {
  return Math.min(monthCount(span), Math.max(0, monthsOf(date) - monthsOf(span.start)));
}

/** The first day of month `index`, never before the range starts. */
export function monthStart(span: DateRange, index: number): string {
  const m = monthsOf(span.start) + index;
  const date = `${pad(Math.floor(m / 12), 4)}-${pad((m % 12) + 1)}-01`;
  return date < span.start ? span.start : date;
}

/** The last day of month `index`, never after the range ends. */
export function monthEnd(span: DateRange, index: number): string {
  const m = monthsOf(span.start) + index + 1;
  const next = Date.UTC(Math.floor(m / 12), m % 12, 1);
  const date = new Date(next - 86_400_000).toISOString().slice(0, 10);
  return date > span.end ? span.end : date;
}

/** `2021-06` → `Jun 2021`. */
export function monthLabel(span: DateRange, index: number): string {
  return formatMonthYear(monthStart(span, index));
}
