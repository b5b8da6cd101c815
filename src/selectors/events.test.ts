import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../tests/builders';
import { DEFAULT_VIEW } from '../url/view';
import { relatedEvents, sameDay, sortEvents } from './events';
import { filterEvents, viewRange } from './filter';

const imposed = makeEvent({
  id: 'us-2021-08-09-eo',
  actor: 'us',
  date: '2021-08-09',
  action: 'impose',
  instrument: 'Executive Order 14038',
  listed: { persons: 23, entities: 21 },
});
const eased = makeEvent({
  id: 'us-2025-09-11-gl',
  actor: 'us',
  date: '2025-09-11',
  action: 'ease',
  instrument: 'General License 11',
  modifies: ['us-2021-08-09-eo'],
  delisted: { persons: 0, entities: 0 },
});
const lifted = makeEvent({
  id: 'us-2025-11-04-lift',
  actor: 'us',
  date: '2025-11-04',
  action: 'lift',
  instrument: 'Delisting of Belavia',
  modifies: ['us-2025-09-11-gl'],
  delisted: { entities: 1 },
});
const euSameDay = makeEvent({
  id: 'eu-2021-08-09-x',
  actor: 'eu',
  date: '2021-08-09',
  action: 'expand',
  instrument: 'Council Implementing Regulation (EU) 2021/1300',
  sources: [
    {
      url: 'https://eur-lex.europa.eu/x',
      title: 'Regulation on Belaruskali',
      publisher: 'EUR-Lex',
      kind: 'act',
    },
  ],
});
const unrelated = makeEvent({
  id: 'eu-2022-02-24-renew',
  actor: 'eu',
  date: '2022-02-24',
  action: 'renew',
  instrument: 'Council Decision (CFSP) 2022/307',
});
const events = [imposed, euSameDay, unrelated, eased, lifted];

describe('sortEvents', () => {
  it('sorts newest first by default, and by any column either way', () => {
    expect(sortEvents(events, '-date').map((e) => e.date)).toEqual([
      '2025-11-04',
      '2025-09-11',
      '2022-02-24',
      '2021-08-09',
      '2021-08-09',
    ]);
    expect(sortEvents(events, 'actor').map((e) => e.actor)).toEqual(['us', 'us', 'us', 'eu', 'eu']);
    expect(sortEvents(events, 'instrument').map((e) => e.instrument)[0]).toBe(
      'Council Decision (CFSP) 2022/307',
    );
    expect(sortEvents(events, '-listed')[0]?.id).toBe('us-2021-08-09-eo');
  });

  it('puts records without a count after those with one when sorting by count', () => {
    expect(
      sortEvents(events, '-delisted')
        .map((e) => e.id)
        .slice(0, 2),
    ).toEqual(['us-2025-11-04-lift', 'us-2025-09-11-gl']);
  });

  it('breaks ties by date, so a sort is stable and deterministic', () => {
    const twice = sortEvents(sortEvents(events, 'action'), 'action');
    expect(twice).toEqual(sortEvents(events, 'action'));
  });
});

describe('search', () => {
  const all = viewRange(events, DEFAULT_VIEW, '2026-01-01');
  it('finds words in source titles, not only in the summary', () => {
    expect(filterEvents(events, { ...DEFAULT_VIEW, q: 'belaruskali' }, all).map((e) => e.id)).toEqual([
      'eu-2021-08-09-x',
    ]);
  });
});

describe('relatedEvents', () => {
  it('gives the chain from the first action to the last, whichever link is asked about', () => {
    for (const id of ['us-2021-08-09-eo', 'us-2025-09-11-gl', 'us-2025-11-04-lift']) {
      expect(relatedEvents(events, id).chain.map((e) => e.action)).toEqual(['impose', 'ease', 'lift']);
    }
  });

  it('tells what an action modifies and what later modified it', () => {
    const middle = relatedEvents(events, 'us-2025-09-11-gl');
    expect(middle.modifies.map((e) => e.id)).toEqual(['us-2021-08-09-eo']);
    expect(middle.modifiedBy.map((e) => e.id)).toEqual(['us-2025-11-04-lift']);
  });

  it('leaves siblings out: two renewals of one order are not in each other’s chain', () => {
    const renewA = makeEvent({
      id: 'us-2022-06-13-renew',
      actor: 'us',
      date: '2022-06-13',
      action: 'renew',
      modifies: ['us-2021-08-09-eo'],
    });
    const renewB = makeEvent({
      id: 'us-2023-06-12-renew',
      actor: 'us',
      date: '2023-06-12',
      action: 'renew',
      modifies: ['us-2021-08-09-eo'],
    });
    const all = [imposed, renewA, renewB, eased, lifted];
    expect(relatedEvents(all, 'us-2022-06-13-renew').chain.map((e) => e.id)).toEqual([
      'us-2021-08-09-eo',
      'us-2022-06-13-renew',
    ]);
    expect(relatedEvents(all, 'us-2025-11-04-lift').chain.map((e) => e.id)).toEqual([
      'us-2021-08-09-eo',
      'us-2025-09-11-gl',
      'us-2025-11-04-lift',
    ]);
    expect(relatedEvents(all, 'us-2021-08-09-eo').chain).toHaveLength(5);
  });

  it('has no chain for an action nothing links to, or an unknown id', () => {
    expect(relatedEvents(events, 'eu-2022-02-24-renew')).toEqual({ modifies: [], modifiedBy: [], chain: [] });
    expect(relatedEvents(events, 'nope').chain).toEqual([]);
  });
});

describe('sameDay', () => {
  it('lists other actors’ actions of that day', () => {
    expect(sameDay(events, imposed).map((e) => e.id)).toEqual(['eu-2021-08-09-x']);
  });
});
