import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../tests/builders';
import { actionsOverTime, bucketBounds, bucketKey, bucketKeys, bucketLabel } from './buckets';

describe('bucketing', () => {
  it('names the year, quarter and month a day falls in', () => {
    expect(bucketKey('2021-06-21', 'year')).toBe('2021');
    expect(bucketKey('2021-06-21', 'quarter')).toBe('2021-Q2');
    expect(bucketKey('2021-06-21', 'month')).toBe('2021-06');
    expect(bucketKey('2021-12-31', 'quarter')).toBe('2021-Q4');
    expect(bucketLabel('2021-Q2', 'quarter')).toBe('Q2 2021');
    expect(bucketLabel('2021-06', 'month')).toBe('Jun 2021');
  });

  it('gives each period its first and last day, leap years and quarter ends included', () => {
    expect(bucketBounds('2020', 'year')).toEqual({ start: '2020-01-01', end: '2020-12-31' });
    expect(bucketBounds('2020-Q1', 'quarter')).toEqual({ start: '2020-01-01', end: '2020-03-31' });
    expect(bucketBounds('2021-Q4', 'quarter')).toEqual({ start: '2021-10-01', end: '2021-12-31' });
    expect(bucketBounds('2024-02', 'month')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(bucketBounds('2023-02', 'month')).toEqual({ start: '2023-02-01', end: '2023-02-28' });
    // Every day lies in the period its key names.
    for (const period of ['year', 'quarter', 'month'] as const)
      for (const day of ['2021-03-31', '2021-04-01', '2024-02-29', '2025-12-31']) {
        const { start, end } = bucketBounds(bucketKey(day, period), period);
        expect(start <= day && day <= end, `${day} in its ${period}`).toBe(true);
      }
  });

  it('lists every bucket of a range, across year ends', () => {
    expect(bucketKeys({ start: '2020-11-15', end: '2021-02-01' }, 'month')).toEqual([
      '2020-11',
      '2020-12',
      '2021-01',
      '2021-02',
    ]);
    expect(bucketKeys({ start: '2020-11-15', end: '2021-04-01' }, 'quarter')).toEqual([
      '2020-Q4',
      '2021-Q1',
      '2021-Q2',
    ]);
    expect(bucketKeys({ start: '2004-01-01', end: '2006-12-31' }, 'year')).toEqual(['2004', '2005', '2006']);
    expect(bucketKeys({ start: '0100-11-01', end: '0101-01-31' }, 'month')).toEqual([
      '0100-11',
      '0100-12',
      '0101-01',
    ]);
  });

  it('counts actions per bucket, actor and direction, keeping empty buckets', () => {
    const events = [
      makeEvent({ actor: 'us', date: '2020-10-02', action: 'expand' }),
      makeEvent({ actor: 'eu', date: '2020-10-02', action: 'impose' }),
      makeEvent({ actor: 'eu', date: '2020-12-17', action: 'expand' }),
      makeEvent({ actor: 'us', date: '2022-06-13', action: 'renew' }),
      makeEvent({ actor: 'us', date: '2022-09-11', action: 'ease' }),
      makeEvent({ actor: 'us', date: '2022-11-04', action: 'lift' }),
    ];
    const buckets = actionsOverTime(events, ['us', 'eu'], { start: '2020-01-01', end: '2022-12-31' }, 'year');
    expect(buckets.map((b) => b.key)).toEqual(['2020', '2021', '2022']);
    expect(buckets[0]?.counts).toEqual({
      us: { tighten: 1, maintain: 0, loosen: 0 },
      eu: { tighten: 2, maintain: 0, loosen: 0 },
    });
    expect(buckets[1]?.eventIds).toEqual([]);
    expect(buckets[2]?.counts.us).toEqual({ tighten: 0, maintain: 1, loosen: 2 });
  });

  it('leaves out actors that are not shown', () => {
    const events = [makeEvent({ actor: 'eu', date: '2021-06-24' })];
    const [bucket] = actionsOverTime(events, ['us'], { start: '2021-01-01', end: '2021-12-31' }, 'year');
    expect(bucket?.counts).toEqual({ us: { tighten: 0, maintain: 0, loosen: 0 } });
    expect(bucket?.eventIds).toEqual([]);
  });
});
