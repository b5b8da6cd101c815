import { current, numberFormat } from './catalogue';

/**
 * Dates, numbers and lists in the page's language. Dates and lists follow the build's templates
 * (src/i18n/intlTable.ts); numbers, the browser's `Intl`.
 */

const fill = (template: string, day: string, year: string) =>
  template
    .replace('{dd}', day.padStart(2, '0'))
    .replace('{d}', String(Number(day)))
    .replace('{y}', year);

/** `2026-11-22` → `22 Nov 2026` (`22 ліс 2026`, `22.11.2026`…), without time zones getting in the way. */
export function formatDay(iso: string): string {
  const [year = '', month = '', day = ''] = iso.split('-');
  return fill(current().intl.day[Number(month) - 1] ?? iso, day, year);
}

/** `2026-11-22` (or `2026-11`) → `Nov 2026`. */
export function formatMonthYear(iso: string): string {
  const [year = '', month = ''] = iso.split('-');
  return fill(current().intl.monthYear[Number(month) - 1] ?? iso, '1', year);
}

/** Month `0`–`11` → its short name: `Jan`. */
export function formatMonth(month: number): string {
  return current().intl.month[month] ?? String(month + 1);
}

/** 1234 → `1,234` (`1 234`, `1.234`). */
export function formatCount(n: number): string {
  return numberFormat().format(n);
}

/** Names in running text: "US", "US and EU", "US, EU and UK" (`US, EU і UK`). */
export function listOfNames(names: readonly string[]): string {
  const { pair, middle, last } = current().intl.list;
  if (names.length <= 1) return names.join('');
  if (names.length === 2) return names.join(pair);
  return `${names.slice(0, -2).join(middle)}${middle}${names.slice(-2).join(last)}`;
}

/** A select value for a message's yes-or-no branch. */
export function yes(flag: boolean): 'yes' | 'no' {
  return flag ? 'yes' : 'no';
}

/** The text with its first letter in upper case: a sentence that begins with a name. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
