import { afterAll, describe, expect, it } from 'vitest';
import english from 'virtual:messages/en';
import { setCatalogue } from './catalogue';
import { formatCount, formatDay, formatMonthYear, listOfNames } from './format';
import { CATALOGUES } from '../../tests/catalogues';
import { INTL_TAGS, LOCALES } from './locales';

/**
 * Dates, numbers and lists as each language writes them: what the page shows (the build's
 * templates, the browser's numbers) against Node's `Intl`, which has every language whole.
 */
const DAYS = ['2004-09-24', '2020-08-09', '2025-03-01', '2026-11-22'];
const NUMBERS = [0, 7, 1234, 56789, 1234567];

afterAll(() => setCatalogue('en', english));

describe('dates, numbers and lists', () => {
  for (const locale of LOCALES)
    it(`are written in ${locale} as Intl writes them`, () => {
      setCatalogue(locale, CATALOGUES[locale]);
      const tag = INTL_TAGS[locale];
      // The kind of space (narrow, no-break) is left to each runtime's data.
      const spaced = (texts: string[]) => texts.map((text) => text.replace(/\s/g, ' '));
      const at = (day: string) => new Date(`${day}T00:00:00Z`);
      const intl = (options: Intl.DateTimeFormatOptions) =>
        new Intl.DateTimeFormat(tag, { ...options, timeZone: 'UTC' });
      expect(spaced(DAYS.map(formatDay))).toEqual(
        spaced(DAYS.map((day) => intl({ day: 'numeric', month: 'short', year: 'numeric' }).format(at(day)))),
      );
      expect(spaced(DAYS.map(formatMonthYear))).toEqual(
        spaced(DAYS.map((day) => intl({ month: 'short', year: 'numeric' }).format(at(day)))),
      );
      expect(NUMBERS.map(formatCount)).toEqual(NUMBERS.map((n) => new Intl.NumberFormat(tag).format(n)));
      const names = ['US', 'EU', 'UK', 'Canada'];
      expect([1, 2, 3, 4].map((n) => listOfNames(names.slice(0, n)))).toEqual(
        [1, 2, 3, 4].map((n) => new Intl.ListFormat(tag, { type: 'conjunction' }).format(names.slice(0, n))),
      );
    });
});
