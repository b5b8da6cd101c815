import { describe, expect, it } from 'vitest';
import { foldText, nameKey, nameSearch } from './names';

describe('foldText', () => {
  it('writes Cyrillic in Latin letters and drops diacritics', () => {
    expect(foldText('Аляксандр Лукашэнка')).toBe('alyaksandr lukashenka');
    expect(foldText('Nebojša Karić')).toBe('nebojsa karic');
    expect(foldText('ЎЗБЕКІСТАН Ґ')).toBe('uzbekistan g');
  });
});

describe('nameKey', () => {
  it('gives one key to one name in the lists’ transliterations', () => {
    expect(
      new Set(['Lukashenka', 'Lukashenko', 'Лукашэнка', 'Лукашенко', 'LUKASHENKA'].map(nameKey)),
    ).toEqual(new Set(['lksnk']));
    expect(new Set(['Alyaksandr', 'Aliaksandr', 'Alexander', 'Aleksandr', 'Александр'].map(nameKey))).toEqual(
      new Set(['lksndr']),
    );
    expect(nameKey('Hryhoryavich')).toBe(nameKey('Grigoryevich'));
    expect(nameKey('Шейман')).toBe(nameKey('Sheiman'));
  });

  it('keeps different names apart', () => {
    expect(nameKey('Lukashenka')).not.toBe(nameKey('Lukoshkin'));
    expect(nameKey('Belavia')).not.toBe(nameKey('Belaruskali'));
  });
});

describe('nameSearch', () => {
  const sdn = ['LUKASHENKA, Alyaksandr Ryhorovich'];
  it('finds a person by any spelling of the name, in either script', () => {
    for (const q of ['Лукашэнка', 'lukashenko', 'Lukashenka', 'Александр Лукашенко', 'alexander lukashenko'])
      expect(nameSearch(q)?.(sdn), q).toBe(true);
  });

  it('needs every word, and a key long enough to mean something', () => {
    expect(nameSearch('lukashenko viktor')?.(sdn)).toBe(false);
    expect(nameSearch('lk')?.(sdn)).toBe(false);
    expect(nameSearch('')).toBeUndefined();
  });

  it('still finds plain substrings, numbers included', () => {
    expect(nameSearch('EW-301')?.(['EW-301PJ'])).toBe(true);
    expect(nameSearch('kali')?.(['Belaruskali OAO'])).toBe(true);
  });
});
