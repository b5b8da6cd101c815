import { afterAll, describe, expect, it } from 'vitest';
import english from 'virtual:messages/en';
import { setCatalogue, t } from './catalogue';
import { CATALOGUES } from './load';
import { LOCALES, type Locale } from './locales';

/**
 * Counts in each language's grammar: Slavic and Baltic languages have three or four forms, chosen
 * by the last digits (21 reads like 1, 22 like 2, 11 like 5 in Belarusian, Russian and Ukrainian).
 */
const COUNTS = [0, 1, 2, 5, 11, 21, 22, 25];
const ACTIONS = {
  en: [
    '0 actions',
    '1 action',
    '2 actions',
    '5 actions',
    '11 actions',
    '21 actions',
    '22 actions',
    '25 actions',
  ],
  be: [
    '0 дзеянняў',
    '1 дзеянне',
    '2 дзеянні',
    '5 дзеянняў',
    '11 дзеянняў',
    '21 дзеянне',
    '22 дзеянні',
    '25 дзеянняў',
  ],
  ru: [
    '0 действий',
    '1 действие',
    '2 действия',
    '5 действий',
    '11 действий',
    '21 действие',
    '22 действия',
    '25 действий',
  ],
  uk: ['0 дій', '1 дія', '2 дії', '5 дій', '11 дій', '21 дія', '22 дії', '25 дій'],
  pl: [
    '0 działań',
    '1 działanie',
    '2 działania',
    '5 działań',
    '11 działań',
    '21 działań',
    '22 działania',
    '25 działań',
  ],
  lt: [
    '0 veiksmų',
    '1 veiksmas',
    '2 veiksmai',
    '5 veiksmai',
    '11 veiksmų',
    '21 veiksmas',
    '22 veiksmai',
    '25 veiksmai',
  ],
  de: [
    '0 Maßnahmen',
    '1 Maßnahme',
    '2 Maßnahmen',
    '5 Maßnahmen',
    '11 Maßnahmen',
    '21 Maßnahmen',
    '22 Maßnahmen',
    '25 Maßnahmen',
  ],
} satisfies Record<Locale, string[]>;

afterAll(() => setCatalogue('en', english));

describe('counts of actions', () => {
  for (const locale of LOCALES)
    it(`read right in ${locale} at ${COUNTS.join(', ')}`, async () => {
      setCatalogue(locale, (await CATALOGUES[locale]()).default);
      expect(COUNTS.map((count) => t('counts.actions', { count }))).toEqual(ACTIONS[locale]);
    });
});
