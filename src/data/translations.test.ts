import { describe, expect, it } from 'vitest';
import { dataset } from './dataset';
import { publishedTranslations, publishedTranslationsSchema } from './schema';
import { be } from './translations/be';
import { ru } from './translations/ru';
import { uk } from './translations/uk';
import { RECORD_TRANSLATIONS } from './translations';
import { RECORD_LOCALES } from '../i18n/records';

describe("the records' translations", () => {
  const annotations = new Set(dataset.annotations.map((a) => a.id));
  const ids = new Set([...dataset.events.map((e) => e.id), ...annotations]);
  for (const [locale, records] of Object.entries({ be, ru, uk }))
    it(`in ${locale} are of records that exist, with a title where the record has one`, () => {
      const parsed = publishedTranslationsSchema.parse(publishedTranslations(records));
      expect(parsed.filter(({ id }) => !ids.has(id)).map(({ id }) => id)).toEqual([]);
      expect(
        parsed.filter(({ id, title }) => annotations.has(id) !== Boolean(title)).map(({ id }) => id),
      ).toEqual([]);
    });

  it('are the ones the app asks for', () => {
    expect(Object.keys(RECORD_TRANSLATIONS)).toEqual([...RECORD_LOCALES]);
  });
});
