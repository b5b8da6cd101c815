import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../tests/builders';
import { inForceOverTime, stockHistory, stockOn, stockRows } from './inForce';

const events = [
  makeEvent({ actor: 'eu', date: '2020-10-02', listed: { persons: 40 } }),
  makeEvent({ actor: 'eu', date: '2020-11-06', listed: { persons: 15 } }),
  makeEvent({
    actor: 'eu',
    date: '2020-12-17',
    listed: { persons: 29, entities: 7 },
    inForce: { persons: 88, entities: 7 },
  }),
  makeEvent({ actor: 'eu', date: '2021-02-25', action: 'renew' }),
  makeEvent({ actor: 'eu', date: '2021-06-21', listed: { persons: 78, entities: 8 } }),
  makeEvent({ actor: 'eu', date: '2022-01-01', action: 'lift', delisted: { persons: 200 } }),
  makeEvent({ actor: 'us', date: '2021-08-09', listed: { persons: 23, entities: 21 } }),
];

describe('stockHistory', () => {
  const eu = stockHistory(events, 'eu');

  it('adds listings and subtracts delistings between reported totals', () => {
    expect(eu.map((p) => [p.date, p.persons, p.entities, p.basis])).toEqual([
      ['2020-10-02', 40, 0, 'derived'],
      ['2020-11-06', 55, 0, 'derived'],
      ['2020-12-17', 88, 7, 'reported'],
      ['2021-06-21', 166, 15, 'derived'],
      ['2022-01-01', 0, 15, 'derived'],
    ]);
  });

  it('counts the Belarus regime only: a listing under another regime is an action, not this stock', () => {
    const russia = makeEvent({ actor: 'eu', date: '2022-03-02', listed: { persons: 22 }, regime: 'russia' });
    expect(stockHistory([...events, russia], 'eu').map((p) => p.total)).toEqual(eu.map((p) => p.total));
  });

  it('keeps a total marked as an estimate apart from official ones', () => {
    const estimated = makeEvent({
      actor: 'eu',
      date: '2011-01-31',
      inForce: { persons: 156, entities: 0 },
      estimated: true,
    });
    expect(stockHistory([estimated], 'eu')[0]).toMatchObject({ total: 156, basis: 'estimated' });
  });

  it('skips records that carry no count', () => {
    expect(eu.some((p) => p.date === '2021-02-25')).toBe(false);
  });

  it('is unknown, not zero, when every record lists no one and nothing else counts', () => {
    const none = [
      makeEvent({ actor: 'by', date: '2021-03-30', listed: { persons: 0, entities: 0 } }),
      makeEvent({ actor: 'by', date: '2022-03-14', listed: { persons: 0, entities: 0 } }),
    ];
    expect(stockHistory(none, 'by')).toEqual([]);
    expect(stockOn(stockHistory(none, 'by'), '2023-01-01')).toBeUndefined();
    // One record that counts someone makes the others' zeros part of a known history.
    const some = [...none, makeEvent({ actor: 'by', date: '2022-06-01', listed: { persons: 3 } })];
    expect(stockHistory(some, 'by').map((p) => p.total)).toEqual([0, 0, 3]);
  });

  it('never counts another actor', () => {
    expect(stockHistory(events, 'us').map((p) => p.total)).toEqual([44]);
  });
});

describe('stockOn', () => {
  it('is unknown, not zero, when no record carries a count', () => {
    expect(stockOn([], '2021-01-01')).toBeUndefined();
  });

  it('is zero before the first listing and the last figure after', () => {
    const eu = stockHistory(events, 'eu');
    expect(stockOn(eu, '2019-01-01')?.total).toBe(0);
    expect(stockOn(eu, '2021-01-01')).toMatchObject({ date: '2021-01-01', total: 95, basis: 'reported' });
  });
});

describe('inForceOverTime', () => {
  it('opens and closes each line at the range ends, with the changes between', () => {
    const [eu] = inForceOverTime(events, ['eu'], { start: '2020-11-01', end: '2021-12-31' });
    expect(eu?.points.map((p) => [p.date, p.total])).toEqual([
      ['2020-11-01', 40],
      ['2020-11-06', 55],
      ['2020-12-17', 95],
      ['2021-06-21', 181],
      ['2021-12-31', 181],
    ]);
  });

  it('draws no line for an actor whose records carry no count', () => {
    const [ch] = inForceOverTime([makeEvent({ actor: 'ch', date: '2021-01-01' })], ['ch'], {
      start: '2020-01-01',
      end: '2021-12-31',
    });
    expect(ch?.points).toEqual([]);
  });

  it('draws one line per actor shown', () => {
    expect(
      inForceOverTime(events, ['us'], { start: '2021-01-01', end: '2021-12-31' }).map((s) => s.actor),
    ).toEqual(['us']);
  });
});

describe('stockRows', () => {
  const range = { start: '2020-01-01', end: '2022-12-31' };
  const rows = stockRows(inForceOverTime(events, ['us', 'eu'], range));

  it('has one row per date on which any actor changes, in order', () => {
    expect(rows.map((r) => r.date)).toEqual([
      '2020-01-01',
      '2020-10-02',
      '2020-11-06',
      '2020-12-17',
      '2021-06-21',
      '2021-08-09',
      '2022-01-01',
      '2022-12-31',
    ]);
  });

  it("gives every actor its own stock on the row's date, never another date's", () => {
    for (const actor of ['us', 'eu'] as const) {
      const history = stockHistory(events, actor);
      for (const row of rows)
        expect(row.stocks[actor]?.total, `${actor} ${row.date}`).toBe(stockOn(history, row.date)?.total);
    }
    const aug2021 = rows.find((r) => r.date === '2021-08-09');
    expect(aug2021?.stocks.eu).toMatchObject({ total: 181, basis: 'derived' });
    expect(aug2021?.stocks.us).toMatchObject({ total: 44 });
  });

  it('marks the event only on the date its actor changed', () => {
    const aug2021 = rows.find((r) => r.date === '2021-08-09');
    expect(aug2021?.stocks.us?.eventId).toBeDefined();
    expect(aug2021?.stocks.eu?.eventId).toBeUndefined();
  });

  it('leaves out an actor whose records carry no count', () => {
    const only = stockRows(inForceOverTime([makeEvent({ actor: 'ch', date: '2021-01-01' })], ['ch'], range));
    expect(only).toEqual([]);
  });
});

describe('the official lists’ counts', () => {
  const sources = [
    { url: 'https://ofac.treasury.gov/sdn', title: 'SDN', publisher: 'OFAC', kind: 'official' as const },
    { url: 'https://github.com/x/y', title: 'copy', publisher: 'GitHub', kind: 'official' as const },
  ];
  const us = [
    makeEvent({
      id: 'us-2021-08-09-a',
      actor: 'us',
      date: '2021-08-09',
      listed: { persons: 23, entities: 21 },
    }),
    makeEvent({
      id: 'us-2021-12-02-b',
      actor: 'us',
      date: '2021-12-02',
      listed: { persons: 20, entities: 10 },
    }),
    makeEvent({ id: 'us-2022-03-01-c', actor: 'us', date: '2022-03-01', listed: { persons: 1 } }),
  ];
  const counts = [
    {
      actor: 'us' as const,
      list: 'the OFAC SDN list',
      date: '2021-08-18',
      persons: 64,
      entities: 39,
      sources,
    },
    {
      actor: 'us' as const,
      list: 'the OFAC SDN list',
      date: '2021-12-02',
      persons: 84,
      entities: 51,
      sources,
    },
  ];

  it('replaces the running figure with the list’s count, after the day’s records, and says by how much they differed', () => {
    const history = stockHistory(us, 'us', counts);
    expect(history.map((p) => [p.date, p.total, p.basis, p.checkpoint?.drift])).toEqual([
      ['2021-08-09', 44, 'derived', undefined],
      ['2021-08-18', 103, 'list', 59],
      // 103 + 30 from the day's record = 133; the list held 135.
      ['2021-12-02', 135, 'list', 2],
      ['2022-03-01', 136, 'derived', undefined],
    ]);
    // The day's record stays the link behind the count.
    expect(history[2]?.eventId).toBe('us-2021-12-02-b');
  });

  it('keeps the count only on its own day when carried across a range', () => {
    const [series] = inForceOverTime(us, ['us'], { start: '2021-09-01', end: '2022-12-31' }, counts);
    expect(series?.points.map((p) => [p.date, p.total, p.checkpoint?.list])).toEqual([
      ['2021-09-01', 103, undefined],
      ['2021-12-02', 135, 'the OFAC SDN list'],
      ['2022-03-01', 136, undefined],
      ['2022-12-31', 136, undefined],
    ]);
  });
});
