import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIONS, ACTORS, MEASURES, REGIMES } from '../data/ids';
import { parseSearchString, nameNotices, toSearchString, visibleText } from './params';
import { ALL_PARAMS, canonicalSearch, type RouteKind } from './routes';
import { decodeView, encodeView, PERIODS, type ViewState } from './view';

// eslint-disable-next-line no-control-regex -- exactly the characters that must not get through
const HIDDEN = /[\u0000-\u001f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/;

const day = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const nonEmpty = <T>(ids: readonly T[]) => fc.subarray([...ids], { minLength: 1 });

/** Any view the codec can write. */
const viewArb: fc.Arbitrary<ViewState> = fc
  .record({
    actors: nonEmpty(ACTORS),
    from: fc.option(day, { nil: undefined }),
    to: fc.option(day, { nil: undefined }),
    period: fc.constantFrom(...PERIODS),
    actions: nonEmpty(ACTIONS),
    measures: nonEmpty(MEASURES),
    regimes: nonEmpty(REGIMES),
    // eslint-disable-next-line no-control-regex -- the codec turns control characters into spaces
    q: fc.string({ maxLength: 200 }).map((q) => q.replace(/[\u0000-\u001f\u007f]/g, ' ').trim()),
    context: fc.boolean(),
    at: fc.option(day, { nil: undefined }),
  })
  .map((v) => (v.from && v.to && v.from > v.to ? { ...v, from: v.to, to: v.from } : v));

/** Any raw address: known and unknown names, hostile values, repeated names. */
const rawSearch = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...Object.keys(ALL_PARAMS), '__proto__', 'constructor', 'x'), fc.string()),
      fc.oneof(
        fc.string(),
        fc.constantFrom(
          '<img src=x onerror=alert(1)>',
          '\u202Eevil',
          'eu\u200Bus',
          '9999-12-31',
          '0000-00-00',
        ),
      ),
    ),
    { maxLength: 12 },
  )
  .map((pairs) => `?${new URLSearchParams(pairs).toString()}`);

describe('the URL codecs, for any input', () => {
  it('round-trip every view they can write', () => {
    fc.assert(
      fc.property(viewArb, (view) => {
        expect(decodeView(parseSearchString(toSearchString(encodeView(view)))).view).toEqual(view);
      }),
    );
  });

  it('never throw, and what they write reads back unchanged with no notice', () => {
    fc.assert(
      fc.property(
        rawSearch,
        fc.constantFrom<RouteKind>('page', 'embed', 'events', 'present'),
        (search, kind) => {
          const first = canonicalSearch(kind, parseSearchString(search));
          const again = canonicalSearch(kind, parseSearchString(toSearchString(first.search)));
          expect(again.search).toEqual(first.search);
          expect(again.notices).toEqual([]);
        },
      ),
    );
  });

  it('leave the prototype alone', () => {
    fc.assert(
      fc.property(rawSearch, (search) => {
        canonicalSearch('page', parseSearchString(`${search}&__proto__[polluted]=1&__proto__=x`));
        expect(Reflect.get({}, 'polluted')).toBeUndefined();
      }),
    );
  });

  it('show every notice value without invisible or direction-changing characters', () => {
    fc.assert(
      fc.property(rawSearch, (search) => {
        const { notices } = canonicalSearch('embed', parseSearchString(search));
        for (const n of [...notices, ...nameNotices(search, Object.keys(ALL_PARAMS))])
          expect(`${n.param} ${n.value}`).not.toMatch(HIDDEN);
      }),
    );
  });
});

describe('visibleText and the names in an address', () => {
  it('writes invisible and bidirectional characters as escapes', () => {
    expect(visibleText('eu\u200Bus')).toBe('eu\\u{200B}us');
    expect(visibleText('\u202Egnp.exe')).toBe('\\u{202E}gnp.exe');
    expect(visibleText('a\u0000b')).toBe('a\\u{0000}b');
  });

  it('notes a known name given twice, and keeps the first value', () => {
    expect(nameNotices('?actors=eu&actors=us', ['actors'])).toEqual([
      { param: 'actors', value: 'us', message: 'was given more than once; the first value is used' },
    ]);
    expect(parseSearchString('?actors=eu&actors=us').actors).toBe('eu');
  });

  it('notes a name the page does not read, escaped', () => {
    expect(nameNotices('?actors=eu&__proto__=x&utm\u202Esource=1&x=1&x=2', ['actors'])).toEqual([
      { param: '__proto__', value: 'x', message: 'is not a setting of this page' },
      { param: 'utm\\u{202E}source', value: '1', message: 'is not a setting of this page' },
      { param: 'x', value: '1, 2', message: 'is not a setting of this page' },
    ]);
  });
});
