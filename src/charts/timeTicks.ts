import { formatMonthYear } from '../i18n/format';
import type { DateRange } from '../selectors/filter';
import { dayToTime } from '../selectors/format';

/**
 * Ticks for a continuous time axis: January firsts, thinned so that labels do not crowd, or, for a
 * range under three years, the first day of each quarter. With a formatter for their labels.
 */
export function timeTicks(range: DateRange): { ticks: number[]; format: (time: number) => string } {
  const firstYear = Number(range.start.slice(0, 4));
  const lastYear = Number(range.end.slice(0, 4));
  if (lastYear - firstYear < 3) {
    const ticks: number[] = [];
    for (let year = firstYear; year <= lastYear; year++)
      for (const month of ['01', '04', '07', '10']) {
        const day = `${year}-${month}-01`;
        if (day > range.start && day <= range.end) ticks.push(dayToTime(day));
      }
    return {
      ticks,
      format: (time) => formatMonthYear(new Date(time).toISOString()),
    };
  }
  const span = lastYear - firstYear;
  const step = span > 16 ? 4 : span > 8 ? 2 : 1;
  const ticks: number[] = [];
  for (let year = firstYear + 1; year <= lastYear; year += step) ticks.push(dayToTime(`${year}-01-01`));
  return { ticks, format: (t) => String(new Date(t).getUTCFullYear()) };
}
