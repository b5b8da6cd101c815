import { describe, expect, it } from 'vitest';
import { monthCount, monthEnd, monthIndex, monthLabel, monthStart } from './months';

const span = { start: '2004-09-24', end: '2026-11-26' };

describe('months', () => {
  it('counts the month steps of a range and finds a day’s month', () => {
    expect(monthCount(span)).toBe(266);
    expect(monthIndex(span, '2004-09-30')).toBe(0);
    expect(monthIndex(span, '2025-01-15')).toBe(244);
    expect(monthIndex(span, '1990-01-01')).toBe(0);
    expect(monthIndex(span, '2100-01-01')).toBe(266);
  });

  it('gives the first and last day of a month, cut at the range’s ends', () => {
    expect(monthStart(span, 0)).toBe('2004-09-24');
    expect(monthStart(span, 244)).toBe('2025-01-01');
    expect(monthEnd(span, 244)).toBe('2025-01-31');
    expect(monthEnd(span, 245)).toBe('2025-02-28');
    expect(monthEnd(span, 266)).toBe('2026-11-26');
    expect(monthLabel(span, 244)).toBe('Jan 2025');
  });
});
