import { describe, expect, it } from 'vitest';
import { localePrefix, splitLocale, suggestedLocale } from './locales';

describe('the language of an address', () => {
  it('is its first segment when that names a language, else English', () => {
    expect(splitLocale('be/compare')).toEqual({ locale: 'be', rest: 'compare' });
    expect(splitLocale('de/')).toEqual({ locale: 'de', rest: '' });
    expect(splitLocale('lt')).toEqual({ locale: 'lt', rest: '' });
    expect(splitLocale('compare')).toEqual({ locale: 'en', rest: 'compare' });
    expect(splitLocale('')).toEqual({ locale: 'en', rest: '' });
    // Not a language of the tracker, or English's own code, which has no prefix: the path as it is.
    expect(splitLocale('fr/compare')).toEqual({ locale: 'en', rest: 'fr/compare' });
    expect(splitLocale('en/compare')).toEqual({ locale: 'en', rest: 'en/compare' });
  });

  it('is written back as a prefix, none for English', () => {
    expect(localePrefix('uk')).toBe('uk/');
    expect(localePrefix('en')).toBe('');
  });
});

describe("the browser's language", () => {
  it('suggests the first language it prefers that the tracker speaks', () => {
    expect(suggestedLocale(['be-BY', 'ru', 'en'])).toBe('be');
    expect(suggestedLocale(['fr-FR', 'ru-RU'])).toBe('ru');
    expect(suggestedLocale(['PL'])).toBe('pl');
    expect(suggestedLocale(['en-US', 'de'])).toBe('en');
    expect(suggestedLocale(['fr', 'es'])).toBeUndefined();
  });
});
