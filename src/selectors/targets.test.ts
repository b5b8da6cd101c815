import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../tests/builders';
import type { Target } from '../data/schema';
import { durationText, eventDates, filterTargets, gapList, gapText, pickGaps, statusOn } from './targets';

const events = [
  makeEvent({ id: 'us-2021-08-09-a', actor: 'us', date: '2021-08-09' }),
  makeEvent({ id: 'eu-2021-12-02-b', actor: 'eu', date: '2021-12-02' }),
  makeEvent({ id: 'us-2025-09-11-gl', actor: 'us', date: '2025-09-11', action: 'ease' }),
  makeEvent({ id: 'us-2025-11-04-lift', actor: 'us', date: '2025-11-04', action: 'lift' }),
  makeEvent({ id: 'us-2022-06-13-c', actor: 'us', date: '2022-06-13' }),
];
const dates = eventDates(events);
const belavia: Target = {
  id: 'belavia',
  name: 'Belavia',
  kind: 'company',
  sector: 'aviation',
  history: [
    { actor: 'us', change: 'listed', event: 'us-2021-08-09-a' },
    { actor: 'eu', change: 'listed', event: 'eu-2021-12-02-b' },
    { actor: 'us', change: 'eased', event: 'us-2025-09-11-gl' },
    { actor: 'us', change: 'delisted', event: 'us-2025-11-04-lift' },
  ],
};
const usOnly: Target = {
  id: 'us-only',
  name: 'A US-only company',
  kind: 'company',
  sector: 'trade',
  history: [{ actor: 'us', change: 'listed', event: 'us-2022-06-13-c' }],
  unclear: [{ actor: 'eu', reason: 'Reports of an EU listing conflict.' }],
};

describe('statusOn', () => {
  it('follows the changes up to the day, and is never before the first', () => {
    expect(statusOn(belavia, 'us', '2021-01-01', dates)).toEqual({ status: 'never' });
    expect(statusOn(belavia, 'us', '2021-08-09', dates)).toMatchObject({
      status: 'listed',
      since: '2021-08-09',
    });
    expect(statusOn(belavia, 'us', '2025-10-01', dates)).toMatchObject({
      status: 'eased',
      since: '2025-09-11',
    });
    expect(statusOn(belavia, 'us', '2026-01-01', dates)).toMatchObject({
      status: 'delisted',
      since: '2025-11-04',
      event: 'us-2025-11-04-lift',
    });
  });

  it('carries the reason where the sources leave a status unclear', () => {
    expect(statusOn(usOnly, 'eu', '2026-01-01', dates)).toEqual({
      status: 'never',
      unclear: 'Reports of an EU listing conflict.',
    });
  });
});

describe('gapList', () => {
  it('lists targets one actor lists and the other does not, with since when, the latest first', () => {
    const gaps = gapList([usOnly, belavia], 'us', 'eu', '2026-01-01', dates);
    expect(gaps.map((g) => [g.target.id, g.listedBy, g.notBy, g.since, g.days])).toEqual([
      ['belavia', 'eu', 'us', '2025-11-04', 58],
      ['us-only', 'us', 'eu', '2022-06-13', 1298],
    ]);
    expect(gaps.map(gapText)).toEqual([
      'listed by the EU since 2 Dec 2021; delisted by the US on 4 Nov 2025',
      'listed by the US since 13 Jun 2022; no listing by the EU recorded',
    ]);
  });

  it('counts an easing by licence as still listed: no gap while both list', () => {
    expect(gapList([belavia], 'us', 'eu', '2025-10-01', dates)).toEqual([]);
  });

  it('has no gap before either listed', () => {
    expect(gapList([belavia, usOnly], 'us', 'eu', '2020-01-01', dates)).toEqual([]);
  });
});

describe('pickGaps', () => {
  const person: Target = {
    id: 'a-person',
    name: 'A person',
    kind: 'person',
    history: [{ actor: 'us', change: 'listed', event: 'us-2021-08-09-a' }],
  };
  const gaps = gapList([usOnly, belavia, person], 'us', 'eu', '2026-01-01', dates);
  const ids = (ask: Parameters<typeof pickGaps>[1]) => pickGaps(gaps, ask).map((g) => g.target.id);

  it('keeps the latest first unless asked, and sorts by length or name when asked', () => {
    expect(ids({})).toEqual(['belavia', 'us-only', 'a-person']);
    expect(ids({ gapSort: 'longest' })).toEqual(['a-person', 'us-only', 'belavia']);
    expect(ids({ gapSort: 'name' })).toEqual(['a-person', 'us-only', 'belavia']);
    expect(ids({ gapSort: 'latest' })).toEqual(['belavia', 'us-only', 'a-person']);
  });

  it('filters by the listing actor, the kind and the other side, together', () => {
    expect(ids({ gapBy: 'us' })).toEqual(['us-only', 'a-person']);
    expect(ids({ gapBy: 'eu' })).toEqual(['belavia']);
    expect(ids({ gapKind: 'person' })).toEqual(['a-person']);
    expect(ids({ gapOther: 'delisted' })).toEqual(['belavia']);
    expect(ids({ gapOther: 'unrecorded', gapKind: 'company' })).toEqual(['us-only']);
    expect(ids({ gapBy: 'eu', gapKind: 'person' })).toEqual([]);
  });
});

describe('durationText', () => {
  it('says a gap’s length in words, by the calendar', () => {
    expect(durationText('2025-11-04', '2025-11-16')).toBe('12 days');
    expect(durationText('2025-08-20', '2025-11-23')).toBe('3 months');
    expect(durationText('2025-01-01', '2026-01-01')).toBe('1 year');
    expect(durationText('2022-06-13', '2026-01-01')).toBe('3 years, 6 months');
    expect(durationText('2021-12-02', '2026-11-26')).toBe('4 years, 11 months');
  });
});

describe('filterTargets', () => {
  const byId = new Map(events.map((e) => [e.id, e]));
  const seenOnly: Target = {
    id: 'seen-only',
    name: 'Seen Only',
    kind: 'entity',
    history: [
      {
        actor: 'uk',
        change: 'listed',
        seen: { list: 'uk-list', date: '2023-08-08', id: 'BEL0001', copy: '2026-04-29' },
      },
    ],
  };
  const all = [belavia, usOnly, seenOnly];
  const ids = (filter: Partial<Parameters<typeof filterTargets>[1]>) =>
    filterTargets(
      all,
      { at: '2026-01-01', regimes: ['belarus', 'russia', 'human-rights'], ...filter },
      byId,
      dates,
      (t) => [t.name],
    ).map((t) => t.id);

  it('keeps a status under one actor, or under any', () => {
    expect(ids({ status: 'listed', by: 'us' })).toEqual(['us-only']);
    expect(ids({ status: 'delisted' })).toEqual(['belavia']);
    expect(ids({ status: 'listed' })).toEqual(['belavia', 'us-only', 'seen-only']);
    // A change seen in a list only counts from the day the list gives.
    expect(ids({ status: 'listed', by: 'uk', at: '2023-08-07' })).toEqual([]);
    expect(ids({ status: 'never', by: 'uk' })).toEqual(['belavia', 'us-only']);
    // Never listed by anyone: before every listing.
    expect(ids({ status: 'never', at: '2020-01-01' })).toEqual(['belavia', 'us-only', 'seen-only']);
  });

  it('keeps a kind, words and regimes', () => {
    expect(ids({ kind: 'entity' })).toEqual(['seen-only']);
    expect(ids({ matches: (texts) => texts.some((t) => t.includes('Belavia')) })).toEqual(['belavia']);
    // The lists were read for their Belarus programmes: a change seen on one is a Belarus-regime change.
    expect(ids({ regimes: ['russia'] })).toEqual([]);
    expect(ids({ regimes: ['belarus'] })).toEqual(['belavia', 'us-only', 'seen-only']);
  });
});
