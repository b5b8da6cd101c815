import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../tests/builders';
import { binSpan, binText, laneBins } from './laneBins';

const range = { start: '2004-09-24', end: '2026-12-04' };
const mark = (date: string, lane = 0, action: 'expand' | 'ease' = 'expand') => ({
  date,
  lane,
  event: makeEvent({ date, action }),
});

describe('lane bins', () => {
  it('counts only where marks would crowd, in the fewest years that give a badge room', () => {
    const xOf = (day: string) => Number(day.slice(0, 4)) * 10 + Number(day.slice(5, 7)) / 2;
    const sparse = ['2005-01-01', '2010-01-01', '2015-01-01'].map((d) => mark(d));
    expect(binSpan(sparse, xOf, 6, 10)).toBeUndefined();
    const dense = ['2020-01-01', '2020-02-01', '2020-03-01', '2021-01-01', '2021-02-01'].map((d) => mark(d));
    expect(binSpan(dense, xOf, 6, 10)).toBe(5); // 10 px a year: 5 years give 50 ≥ 22
    expect(binSpan(dense, xOf, 6, 12)).toBe(2);
    expect(binSpan(dense, xOf, 6, 30)).toBe(1);
    // A year wide enough for two badges keeps each mark, crowded or not.
    expect(binSpan(dense, xOf, 6, 44)).toBeUndefined();
  });

  it('keeps every mark in exactly one badge of its lane, spans aligned to calendar years', () => {
    const marks = [
      mark('2004-10-01'),
      mark('2005-06-01', 0, 'ease'),
      mark('2006-01-01'),
      mark('2005-03-01', 1),
      mark('2026-11-30', 1),
    ];
    const bins = laneBins(marks, 2, range);
    expect(bins.map((b) => [b.lane, b.years, b.marks.length, b.date])).toEqual([
      [0, [2004, 2005], 2, '2005-01-01'],
      [0, [2006, 2007], 1, '2007-01-01'],
      [1, [2004, 2005], 1, '2005-01-01'],
      [1, [2026, 2027], 1, '2026-12-04'], // the middle of its span is past the range: its end
    ]);
    expect(bins.flatMap((b) => b.marks)).toHaveLength(marks.length);
    const [first] = bins;
    expect(first && binText(first, 'us')).toMatchObject({
      label: 'US, 2004–2005: 2 actions',
      highlight: { body: '1 expanded, 1 eased' },
    });
  });
});
