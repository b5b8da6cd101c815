import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../tests/builders';
import { DEFAULT_VIEW } from '../url/view';
import { filterEffect, filterEvents, searchableText, viewRange } from './filter';

const events = [
  makeEvent({ actor: 'us', date: '2006-06-16', action: 'impose', instrument: 'Executive Order 13405' }),
  makeEvent({
    actor: 'eu',
    date: '2021-06-24',
    action: 'expand',
    measures: ['trade'],
    targets: ['Belaruskali', 'potash'],
  }),
  makeEvent({
    actor: 'us',
    date: '2025-09-11',
    action: 'ease',
    summary: 'Authorises transactions with Belavia.',
  }),
];

describe('filterEvents', () => {
  const all = viewRange(events, DEFAULT_VIEW, '2026-01-01');

  it('defaults to the first record and the as-of day', () => {
    expect(all).toEqual({ start: '2006-06-16', end: '2026-01-01' });
  });

  it('keeps only the chosen actors', () => {
    expect(filterEvents(events, { ...DEFAULT_VIEW, actors: ['eu'] }, all).map((e) => e.actor)).toEqual([
      'eu',
    ]);
  });

  it('keeps days inside the range, both ends included', () => {
    const range = viewRange(events, { from: '2021-06-24', to: '2025-09-11' }, '2026-01-01');
    expect(filterEvents(events, DEFAULT_VIEW, range).map((e) => e.date)).toEqual([
      '2021-06-24',
      '2025-09-11',
    ]);
  });

  it('filters by action kind and measure kind', () => {
    expect(filterEvents(events, { ...DEFAULT_VIEW, actions: ['ease'] }, all)).toHaveLength(1);
    expect(filterEvents(events, { ...DEFAULT_VIEW, measures: ['trade'] }, all).map((e) => e.actor)).toEqual([
      'eu',
    ]);
  });

  it('shows every regime by default, and the Belarus regimes only when asked', () => {
    const russia = makeEvent({ actor: 'eu', date: '2022-03-02', regime: 'russia' });
    const all4 = [...events, russia];
    const view = { ...DEFAULT_VIEW, actors: ['us' as const, 'eu' as const] };
    expect(filterEvents(all4, view, all)).toContain(russia);
    const belarus = filterEvents(all4, { ...view, regimes: ['belarus'] }, all);
    expect(belarus).not.toContain(russia);
    expect(belarus).toHaveLength(events.length);
  });

  it('searches instrument, summary and targets, every word, any case', () => {
    expect(filterEvents(events, { ...DEFAULT_VIEW, q: 'POTASH' }, all)).toHaveLength(1);
    expect(filterEvents(events, { ...DEFAULT_VIEW, q: 'order 13405' }, all)).toHaveLength(1);
    expect(filterEvents(events, { ...DEFAULT_VIEW, q: 'belavia potash' }, all)).toHaveLength(0);
  });

  it('finds a word written in Cyrillic or without its diacritics', () => {
    const named = [
      makeEvent({ actor: 'us', date: '2025-08-21', summary: 'Removed Nebojša Karić and Dana Holdings.' }),
      makeEvent({
        actor: 'us',
        date: '2006-06-16',
        summary: 'Blocked the property of Alexander Lukashenko.',
      }),
    ];
    expect(filterEvents(named, { ...DEFAULT_VIEW, q: 'karic' }, all)).toEqual([named[0]]);
    expect(filterEvents(named, { ...DEFAULT_VIEW, q: 'Лукашенко' }, all)).toEqual([named[1]]);
  });

  it('finds a word in every record that holds it, once each, and never across two records', () => {
    const many = Array.from({ length: 50 }, (_, i) =>
      makeEvent({ actor: 'us', date: '2020-01-01', summary: `Record ${i} names belavia twice: belavia.` }),
    );
    expect(filterEvents(many, { ...DEFAULT_VIEW, q: 'belavia' }, all)).toHaveLength(50);
    // The same records as reading each record's text in turn, for words that hit many or few.
    for (const q of ['record 7 belavia', '49', 'twice: belavia.', 'us-2020', 'nothing'])
      expect(filterEvents(many, { ...DEFAULT_VIEW, q }, all), q).toEqual(
        many.filter((e) => q.split(' ').every((word) => searchableText(e).includes(word))),
      );
    // The end of one record's text and the start of the next do not make a word.
    const [first] = filterEvents(events, { ...DEFAULT_VIEW, q: 'eu-2021' }, all);
    expect(first?.actor).toBe('eu');
    expect(filterEvents(events, { ...DEFAULT_VIEW, q: 'ordereu' }, all)).toHaveLength(0);
  });
});

describe('filterEffect', () => {
  const all = viewRange(events, DEFAULT_VIEW, '2026-01-01');
  it('counts the events of the actors and dates, and how many the other filters keep', () => {
    expect(filterEffect(events, DEFAULT_VIEW, all)).toEqual({ total: 3, shown: 3 });
    expect(filterEffect(events, { ...DEFAULT_VIEW, q: 'belavia' }, all)).toEqual({ total: 3, shown: 1 });
    expect(filterEffect(events, { ...DEFAULT_VIEW, actors: ['us'], actions: ['impose'] }, all)).toEqual({
      total: 2,
      shown: 1,
    });
  });
});
