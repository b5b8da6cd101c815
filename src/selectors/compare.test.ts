import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../tests/builders';
import { actionsOverTime } from './buckets';
import { divergences, divergenceSentence, netDirection } from './compare';
import { inForceOn, onDateSentence } from './inForceOn';

const range = { start: '2024-01-01', end: '2026-11-22' };
const events = [
  makeEvent({ actor: 'eu', date: '2024-02-26', action: 'renew' }),
  makeEvent({ actor: 'us', date: '2024-08-09', action: 'expand' }),
  makeEvent({ actor: 'eu', date: '2024-12-16', action: 'expand' }),
  makeEvent({ actor: 'us', date: '2025-09-11', action: 'ease' }),
  makeEvent({ actor: 'us', date: '2025-11-04', action: 'lift' }),
  makeEvent({ actor: 'us', date: '2025-06-01', action: 'expand' }),
  makeEvent({ actor: 'eu', date: '2025-03-27', action: 'expand' }),
  makeEvent({ actor: 'eu', date: '2026-02-26', action: 'expand' }),
  makeEvent({ actor: 'us', date: '2026-03-19', action: 'lift' }),
];
const net = netDirection(actionsOverTime(events, ['us', 'eu'], range, 'year'), ['us', 'eu']);

describe('netDirection', () => {
  it('is tightening minus easing per period, renewals counting nothing', () => {
    expect(net.map((b) => [b.label, b.net.us, b.net.eu])).toEqual([
      ['2024', 1, 1],
      ['2025', -1, 1],
      ['2026', -1, 1],
    ]);
  });
});

describe('divergences', () => {
  it('lists the periods where one tightened and the other loosened, with both actors’ actions', () => {
    const found = divergences(net, 'us', 'eu');
    expect(found.map((d) => [d.label, d.tightener, d.loosener])).toEqual([
      ['2025', 'eu', 'us'],
      ['2026', 'eu', 'us'],
    ]);
    expect(found[0]?.eventIds).toHaveLength(4);
  });

  it('ignores ties and periods where one actor did nothing', () => {
    const flat = netDirection(
      actionsOverTime(
        [makeEvent({ actor: 'us', date: '2025-01-01', action: 'ease' })],
        ['us', 'eu'],
        range,
        'year',
      ),
      ['us', 'eu'],
    );
    expect(divergences(flat, 'us', 'eu')).toEqual([]);
  });

  it('says it in words, counting the periods in which both acted', () => {
    expect(divergenceSentence(net, divergences(net, 'us', 'eu'), 'us', 'eu', 'year')).toBe(
      'The US and the EU moved in opposite directions in 2 of the 3 years in which both acted: 2025 and 2026, each time with the EU tightening and the US easing.',
    );
    expect(divergenceSentence(net, [], 'us', 'eu', 'year')).toBe(
      'The US and the EU never moved in opposite directions in a year shown.',
    );
  });
});

describe('inForceOn', () => {
  const history = [
    makeEvent({
      actor: 'eu',
      date: '2004-12-13',
      action: 'impose',
      measures: ['travel'],
      listed: { persons: 4 },
    }),
    makeEvent({
      actor: 'eu',
      date: '2006-05-18',
      action: 'expand',
      measures: ['assets', 'travel'],
      listed: { persons: 31 },
    }),
    makeEvent({ actor: 'eu', date: '2008-11-10', action: 'suspend', measures: ['travel'], modifies: [] }),
    makeEvent({
      actor: 'us',
      date: '2006-06-16',
      action: 'impose',
      measures: ['assets'],
      listed: { persons: 10 },
    }),
  ];

  it('gives the listings and each measure imposed by the day, with its latest change', () => {
    const [eu, us] = inForceOn(history, ['eu', 'us'], '2009-01-01');
    expect(eu?.stock?.total).toBe(35);
    expect(eu?.measures.map((m) => [m.measure, m.since, m.latest.action])).toEqual([
      ['assets', '2006-05-18', 'expand'],
      ['travel', '2004-12-13', 'suspend'],
    ]);
    expect(us?.measures.map((m) => m.measure)).toEqual(['assets']);
  });

  it('knows nothing of what came after the day', () => {
    const [eu, us] = inForceOn(history, ['eu', 'us'], '2005-01-01');
    expect(eu?.measures.map((m) => m.measure)).toEqual(['travel']);
    expect(us?.measures).toEqual([]);
    expect(onDateSentence(inForceOn(history, ['eu', 'us'], '2005-01-01'), '2005-01-01')).toBe(
      'On 1 Jan 2005, the EU listed 4 persons and entities and the US 0. The US had imposed no measures yet.',
    );
  });
});
