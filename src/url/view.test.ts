import { describe, expect, it } from 'vitest';
import {
  decodeView,
  DEFAULT_VIEW,
  encodeView,
  parseSearchString,
  toSearchString,
  type ViewState,
} from './view';

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
      q: 'potash & "Belaruskali"',
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

  it('drops a to date that comes before from', () => {
    const { view, notices } = decodeView({ from: '2022-01-01', to: '2021-01-01' });
    expect(view).toMatchObject({ from: '2022-01-01', to: undefined });
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
