import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../tests/builders';
import { headlines } from './headline';

describe('headlines', () => {
  const events = [
    makeEvent({ actor: 'eu', date: '2020-10-02', action: 'expand', listed: { persons: 40 } }),
    makeEvent({ actor: 'eu', date: '2021-02-25', action: 'renew' }),
    makeEvent({ actor: 'eu', date: '2022-01-10', action: 'lift', delisted: { persons: 2 } }),
    makeEvent({ actor: 'by', date: '2021-06-28', action: 'impose', measures: ['travel'] }),
  ];
  const range = { start: '2021-01-01', end: '2021-12-31' };

  it('counts actions in the range by direction, and stock and last change up to its end', () => {
    const [eu] = headlines(events, events, ['eu'], range);
    expect(eu).toMatchObject({ tightened: 0, renewed: 1, loosened: 0, inForce: { total: 40 } });
    expect(eu?.lastChange?.date).toBe('2021-02-25');
  });

  it('counts only the shown events in the range but the whole history for the stock', () => {
    const shown = events.filter((e) => e.action !== 'renew');
    const [eu] = headlines(events, shown, ['eu'], range);
    expect(eu?.renewed).toBe(0);
    expect(eu?.lastChange?.action).toBe('renew');
  });

  it('reports no stock, rather than zero, for an actor whose records carry no count', () => {
    const [by] = headlines(events, events, ['by'], range);
    expect(by?.inForce).toBeUndefined();
    expect(by?.tightened).toBe(1);
  });
});

describe('the balance since 2025', () => {
  it('counts each actor’s actions since the turning point up to the as-of day, whatever the range', () => {
    const events = [
      makeEvent({ actor: 'us', date: '2024-12-31', action: 'expand' }),
      makeEvent({ actor: 'us', date: '2025-09-11', action: 'ease' }),
      makeEvent({ actor: 'us', date: '2025-11-04', action: 'lift' }),
      makeEvent({ actor: 'us', date: '2025-12-01', action: 'expand' }),
      makeEvent({ actor: 'eu', date: '2025-02-24', action: 'renew' }),
      makeEvent({ actor: 'eu', date: '2025-12-15', action: 'expand' }),
      makeEvent({ actor: 'eu', date: '2026-06-01', action: 'expand' }),
    ];
    const [us, eu] = headlines(
      events,
      events,
      ['us', 'eu'],
      { start: '2004-01-01', end: '2010-01-01' },
      '2026-01-01',
    );
    expect(us?.recent).toEqual({
      since: '2025-01-01',
      tightened: 1,
      renewed: 0,
      loosened: 2,
      direction: 'loosening',
    });
    expect(eu?.recent).toMatchObject({ tightened: 1, renewed: 1, loosened: 0, direction: 'tightening' });
  });
});
