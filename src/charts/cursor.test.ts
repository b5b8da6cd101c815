import { describe, expect, it } from 'vitest';
import { bucketKeys } from '../selectors/buckets';
import { cursorTarget, periodCursor } from './CursorSelect';

describe('the chart cursor’s keys', () => {
  const months = periodCursor(
    bucketKeys({ start: '2004-09-10', end: '2026-12-04' }, 'month').map((key) => ({ key, label: key })),
    'month',
  );

  it('goes to the first and the last row with Home and End', () => {
    expect(cursorTarget('Home', 40, months.days)).toBe(0);
    expect(cursorTarget('End', 3, months.days)).toBe(months.days.length - 1);
  });

  it('moves a year with PageDown and PageUp, across leap years, and stops at the ends', () => {
    // September 2004 to September 2005: twelve months on, though 2004 was a leap year.
    expect(months.days[cursorTarget('PageDown', 0, months.days) ?? -1]).toBe('2005-09-01');
    expect(months.days[cursorTarget('PageUp', 24, months.days) ?? -1]).toBe('2005-09-01');
    expect(cursorTarget('PageUp', 5, months.days)).toBe(0);
    expect(cursorTarget('PageDown', months.days.length - 3, months.days)).toBe(months.days.length - 1);
  });

  it('on rows at irregular dates, lands on the first row a year or more on', () => {
    const days = ['2020-01-15', '2020-06-01', '2021-01-14', '2021-01-20', '2022-03-01'];
    expect(cursorTarget('PageDown', 0, days)).toBe(3);
    expect(cursorTarget('PageUp', 4, days)).toBe(3);
    expect(cursorTarget('ArrowRight', 0, days)).toBeUndefined();
  });
});
