import { describe, expect, it } from 'vitest';
import { decodeView, fitView, DEFAULT_VIEW, encodeView, type ViewState } from './view';
import { parseSearchString, toSearchString } from './params';

const roundTrip = (view: ViewState) => decodeView(parseSearchString(toSearchString(encodeView(view)))).view;

describe('view URL codec', () => {
  it('writes nothing for the default view', () => {
    expect(encodeView(DEFAULT_VIEW)).toEqual({});
    expect(toSearchString(encodeView(DEFAULT_VIEW))).toBe('');
  });

  it('round-trips every parameter', () => {
    const view: ViewState = {
      actors: ['eu'],
      from: '2020-08-09',
      to: '2022-12-31',
      period: 'month',
      actions: ['lift', 'ease'],
      measures: ['trade'],
      regimes: ['belarus'],
      q: 'potash & "Belaruskali"',
      context: false,
      at: '2021-01-01',
    };
    expect(roundTrip(view)).toEqual({ ...view, actions: ['ease', 'lift'] });
  });

  it('writes lists in canonical order with readable commas', () => {
    const search = toSearchString(encodeView({ ...DEFAULT_VIEW, actions: ['lift', 'impose'] }));
    expect(search).toBe('?actions=impose,lift');
  });

  it('reads a partial URL and fills the rest from the defaults', () => {
    expect(decodeView({ actors: 'us' }).view).toEqual({ ...DEFAULT_VIEW, actors: ['us'] });
  });

  it('keeps the known part of a list and notes the rest', () => {
    const { view, notices } = decodeView({ actors: 'us,xx' });
    expect(view.actors).toEqual(['us']);
    expect(notices).toEqual([expect.objectContaining({ param: 'actors', value: 'xx' })]);
  });

  it.each([
    ['actors', 'mars'],
    ['period', 'decade'],
    ['from', '2021-02-30'],
    ['to', 'yesterday'],
    ['measures', 'weapons'],
  ])('falls back to the default for %s=%s with a notice', (param, value) => {
    const { view, notices } = decodeView({ [param]: value });
    expect(view).toEqual(DEFAULT_VIEW);
    expect(notices.map((n) => n.param)).toEqual([param]);
  });

  it('treats an empty value as absent', () => {
    expect(decodeView({ actions: '', q: '' })).toEqual({ view: DEFAULT_VIEW, notices: [] });
  });

  it('treats hostile markup as plain text, never as a value it knows', () => {
    const { view, notices } = decodeView({ period: '<img src=x onerror=alert(1)>' });
    expect(view.period).toBe('year');
    expect(notices[0]?.value).toBe('<img src=x onerror=alert(1)>');
  });

  it('swaps a to date that comes before from, and says so', () => {
    const { view, notices } = decodeView({ from: '2022-01-01', to: '2021-01-01' });
    expect(view).toMatchObject({ from: '2021-01-01', to: '2022-01-01' });
    expect(notices.map((n) => n.param)).toEqual(['to']);
  });

  it('strips control characters from the search text and caps its length', () => {
    expect(decodeView({ q: 'bela\u0000rus ' }).view.q).toBe('bela rus');
    const { view, notices } = decodeView({ q: 'x'.repeat(250) });
    expect(view.q).toHaveLength(200);
    expect(notices).toHaveLength(1);
  });

  it('accepts values a router hands over as arrays', () => {
    expect(decodeView({ actors: ['eu', 'us'] }).view.actors).toEqual(['us', 'eu']);
  });
});

describe('fitView', () => {
  const span = { start: '2004-09-24', end: '2026-11-22' };

  it('leaves dates inside the data alone, with no notice', () => {
    const view = { ...DEFAULT_VIEW, from: '2010-01-01', to: '2020-01-01' };
    expect(fitView(view, span)).toEqual({ view, notices: [] });
  });

  it('moves dates before the first record or after the as-of day to the span, and says so', () => {
    const early = fitView({ ...DEFAULT_VIEW, from: '0002-01-01' }, span);
    expect(early.view.from).toBeUndefined();
    expect(early.notices).toEqual([expect.objectContaining({ param: 'from', value: '0002-01-01' })]);
    const late = fitView({ ...DEFAULT_VIEW, to: '2100-01-01' }, span);
    expect(late.view.to).toBeUndefined();
    expect(late.notices[0]?.message).toContain('showing 2026-11-22 instead');
  });

  it('keeps a range wholly outside the data inside it', () => {
    const { view, notices } = fitView({ ...DEFAULT_VIEW, from: '2100-01-01', to: '2200-01-01' }, span);
    expect(view).toMatchObject({ from: '2026-11-22', to: undefined });
    expect(notices).toHaveLength(2);
    const before = fitView({ ...DEFAULT_VIEW, from: '1900-01-01', to: '1950-01-01' }, span).view;
    expect(before).toMatchObject({ from: undefined, to: '2004-09-24' });
  });
});
