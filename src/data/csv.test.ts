import { describe, expect, it } from 'vitest';
import { makeDataset, makeEvent } from '../../tests/builders';
import { datasetToCsv, toCsv } from './csv';

describe('CSV', () => {
  it('quotes cells with commas, quotes and line breaks', () => {
    expect(toCsv([['a', 'b,c', 'say "hi"', 'two\nlines', 3, undefined]])).toBe(
      'a,"b,c","say ""hi""","two\nlines",3,\r\n',
    );
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(toCsv([['=HYPERLINK("x")', '-5', '+cmd']])).toBe(`"'=HYPERLINK(""x"")",-5,'+cmd\r\n`);
    expect(toCsv([['\t=1+1', '\r@SUM(A1)', '@x']])).toBe(`'\t=1+1,"'\r@SUM(A1)",'@x\r\n`);
  });

  it('writes one row per event with its primary source first', () => {
    const event = makeEvent({ listed: { persons: 16, entities: 5 }, measures: ['assets', 'travel'] });
    const [head, row] = datasetToCsv(makeDataset([event]))
      .trim()
      .split('\r\n');
    const cells = Object.fromEntries(
      (head ?? '').split(',').map((name, i) => [name, (row ?? '').split(',')[i]]),
    );
    expect(cells).toMatchObject({
      id: event.id,
      listed_persons: '16',
      listed_entities: '5',
      measures: 'assets;travel',
      source_url: 'https://example.org/act',
    });
  });
});
