import { describe, expect, it } from 'vitest';
import type { ListEntry, Target } from '../data/schema';
import { listingsOf, sinceText } from './lists';

const target = (fields: Partial<Target>): Target => ({
  id: 'x',
  name: 'X',
  kind: 'company',
  sector: 'trade',
  history: [{ actor: 'us', change: 'listed', event: 'us-2021-08-09-a' }],
  ...fields,
});
const entry = (names: string[], kind: ListEntry['kind'] = 'entity'): ListEntry => ({
  list: 'us-sdn',
  id: names[0] ?? '',
  kind,
  names,
  since: '2022-02-25',
  sinceIs: 'first-seen',
});

describe('listingsOf', () => {
  it('matches a person by given name and surname in any transliteration, the patronymic aside', () => {
    const person = target({ name: 'Alexander Lukashenko', kind: 'person' });
    const listed = [
      entry(['LUKASHENKA, Alyaksandr Ryhorovich'], 'person'),
      entry(['LUKASHENKA, Viktar Aliaksandravich'], 'person'),
      entry(['Alexander Lukashenko Foundation']),
    ];
    expect(listingsOf(person, listed).map((e) => e.names[0])).toEqual(['LUKASHENKA, Alyaksandr Ryhorovich']);
  });

  it('matches a body by its name or an alias, legal forms aside, never a shorter one-word name inside a longer', () => {
    const belavia = target({ name: 'Belavia', aliases: ['Belavia Belarusian Airlines'] });
    const listed = [
      entry(['OPEN JOINT STOCK COMPANY BELAVIA BELARUSIAN AIRLINES']),
      entry(['BELAVIA TRAINING CENTRE LLC']),
      entry(['ОАО «Белавиа»']),
    ];
    expect(listingsOf(belavia, listed).map((e) => e.names[0])).toEqual([
      'OPEN JOINT STOCK COMPANY BELAVIA BELARUSIAN AIRLINES',
      'ОАО «Белавиа»',
    ]);
  });

  it('says how each list dates a listing', () => {
    expect(sinceText({ ...entry(['A']), sinceIs: 'on-first-copy', since: '2021-08-18' })).toBe(
      'on it by 18 Aug 2021, the first copy read',
    );
    expect(sinceText({ ...entry(['A']), until: '2026-03-26' })).toBe(
      'first in its copy of 25 Feb 2022; gone from its copy of 26 Mar 2026',
    );
  });
});
