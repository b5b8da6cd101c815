import { describe, expect, it } from 'vitest';
import { timeTicks } from './timeTicks';

describe('timeTicks', () => {
  it('labels long ranges by year, thinned', () => {
    const { ticks, format } = timeTicks({ start: '2004-09-24', end: '2026-11-26' });
    expect(ticks.map(format)).toEqual(['2005', '2009', '2013', '2017', '2021', '2025']);
  });

  it('labels short ranges by quarter', () => {
    const { ticks, format } = timeTicks({ start: '2025-01-01', end: '2026-11-26' });
    expect(ticks.map(format)).toEqual([
      'Apr 2025',
      'Jul 2025',
      'Oct 2025',
      'Jan 2026',
      'Apr 2026',
      'Jul 2026',
      'Oct 2026',
    ]);
  });
});
