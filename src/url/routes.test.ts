import { describe, expect, it } from 'vitest';
import { encodeParams, parseSearchString, toSearchString } from './params';
import { canonicalSearch, decodeRouteParams, EMBED_PARAMS } from './routes';

describe('the embed contract', () => {
  it('defaults to following the system, no controls, a background', () => {
    expect(decodeRouteParams('embed', {}).values).toEqual({
      target: '',
      scale: [],
      theme: 'auto',
      controls: false,
      transparent: false,
    });
  });

  it('round-trips every flag and leaves defaults out', () => {
    const flags = {
      target: 'belavia',
      scale: ['us', 'eu'],
      theme: 'dark',
      controls: true,
      transparent: true,
    } as const;
    const search = toSearchString(encodeParams(EMBED_PARAMS, flags));
    expect(search).toBe('?target=belavia&scale=us,eu&theme=dark&controls=1&transparent=1');
    expect(decodeRouteParams('embed', parseSearchString(search)).values).toEqual(flags);
    expect(
      encodeParams(EMBED_PARAMS, {
        target: '',
        scale: [],
        theme: 'auto',
        controls: false,
        transparent: false,
      }),
    ).toEqual({});
  });

  it.each([
    ['theme', 'purple'],
    ['controls', 'yes'],
    ['transparent', '2'],
  ])('notices %s=%s and falls back', (param, value) => {
    const { values, notices } = decodeRouteParams('embed', { [param]: value });
    expect(values).toEqual({ target: '', scale: [], theme: 'auto', controls: false, transparent: false });
    expect(notices.map((n) => n.param)).toEqual([param]);
  });
});

describe('canonicalSearch', () => {
  it('keeps the view and the route’s own parameters, drops unknown names silently', () => {
    const raw = parseSearchString('?utm_source=x&theme=dark&actors=eu&period=year&controls=1');
    expect(canonicalSearch('embed', raw)).toEqual({
      search: { actors: 'eu', theme: 'dark', controls: '1' },
      notices: [],
    });
  });

  it('drops another route’s parameters on a page', () => {
    expect(canonicalSearch('page', parseSearchString('?theme=dark&actors=eu')).search).toEqual({
      actors: 'eu',
    });
  });

  it('collects every notice, view and route alike', () => {
    const { search, notices } = canonicalSearch('embed', parseSearchString('?period=decade&theme=<b>x</b>'));
    expect(search).toEqual({});
    expect(notices.map((n) => [n.param, n.value])).toEqual([
      ['period', 'decade'],
      ['theme', '<b>x</b>'],
    ]);
  });

  it('keeps the first of a repeated name', () => {
    expect(canonicalSearch('page', parseSearchString('?actors=eu&actors=us')).search).toEqual({
      actors: 'eu',
    });
  });
});
