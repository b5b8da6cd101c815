import {
  ACTIONS,
  ACTORS,
  DEFAULT_ACTORS,
  MEASURES,
  type Action,
  type Actor,
  type Measure,
} from '../data/ids';
import { isoDateSchema } from '../data/schema';

/**
 * The URL codec: every view parameter of the public URL contract, how it is read (tolerating bad
 * or old values, each with a notice) and how it is written (only what differs from the default).
 */

/** Bucket sizes of the actions-over-time chart. */
export const PERIODS = ['month', 'quarter', 'year'] as const;
/** A bucket size. */
export type Period = (typeof PERIODS)[number];

/** The view state that every path shares; the URL is its only home. */
export type ViewState = {
  /** Actors shown, in `ACTORS` order; never empty. */
  actors: Actor[];
  /** First day shown (inclusive), or undefined for the start of the data. */
  from: string | undefined;
  /** Last day shown (inclusive), or undefined for the dataset's as-of day. */
  to: string | undefined;
  period: Period;
  actions: Action[];
  measures: Measure[];
  /** Free-text search over summaries, instruments and targets. */
  q: string;
};

/** A URL value that was ignored, and what was shown instead. */
export type Notice = { param: string; value: string; message: string };

type Param<T> = {
  fallback: T;
  /** The value, or undefined when nothing in `raw` is usable; `ignored` lists unusable parts. */
  parse: (raw: string) => { value: T | undefined; ignored: string[] };
  format: (value: T) => string;
  expected: string;
};

const MAX_QUERY = 200;

function listParam<T extends string>(ids: readonly T[], fallback: readonly T[] = ids): Param<T[]> {
  return {
    fallback: [...fallback],
    parse: (raw) => {
      const parts = raw
        .split(',')
        .map((part) => part.trim().toLowerCase())
        .filter(Boolean);
      const known = ids.filter((id) => parts.includes(id));
      const ignored = parts.filter((part) => !ids.some((id) => id === part));
      return { value: known.length ? known : undefined, ignored };
    },
    format: (value) => ids.filter((id) => value.includes(id)).join(','),
    expected: `a comma-separated list of ${ids.join(', ')}`,
  };
}

function oneOfParam<T extends string>(ids: readonly T[], fallback: T): Param<T> {
  return {
    fallback,
    parse: (raw) => {
      const value = ids.find((id) => id === raw.trim().toLowerCase());
      return { value, ignored: value ? [] : [raw] };
    },
    format: (value) => value,
    expected: `one of ${ids.join(', ')}`,
  };
}

const dateParam: Param<string | undefined> = {
  fallback: undefined,
  parse: (raw) => {
    const ok = isoDateSchema.safeParse(raw.trim()).success;
    return { value: ok ? raw.trim() : undefined, ignored: ok ? [] : [raw] };
  },
  format: (value) => value ?? '',
  expected: 'a date written YYYY-MM-DD',
};

const textParam: Param<string> = {
  fallback: '',
  parse: (raw) => {
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    const clean = raw.replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
    if (clean.length > MAX_QUERY)
      return { value: clean.slice(0, MAX_QUERY), ignored: [clean.slice(MAX_QUERY)] };
    return { value: clean, ignored: [] };
  },
  format: (value) => value,
  expected: `at most ${MAX_QUERY} characters`,
};

const PARAMS = {
  actors: listParam(ACTORS, DEFAULT_ACTORS),
  from: dateParam,
  to: dateParam,
  period: oneOfParam(PERIODS, 'year'),
  actions: listParam(ACTIONS),
  measures: listParam(MEASURES),
  q: textParam,
} satisfies { [K in keyof ViewState]: Param<ViewState[K]> };

/** The view shown when the URL says nothing. */
export const DEFAULT_VIEW: ViewState = {
  actors: PARAMS.actors.fallback,
  from: undefined,
  to: undefined,
  period: PARAMS.period.fallback,
  actions: PARAMS.actions.fallback,
  measures: PARAMS.measures.fallback,
  q: PARAMS.q.fallback,
};

/**
 * Reads the view from raw search values (strings, or arrays of strings as a router may hand them
 * over). Never throws: anything unusable falls back to the default and yields a notice.
 */
export function decodeView(raw: Record<string, unknown>): { view: ViewState; notices: Notice[] } {
  const notices: Notice[] = [];
  const read = <T>(key: keyof ViewState, param: Param<T>): T => {
    const text = rawString(raw[key]);
    if (text === undefined) return param.fallback;
    const { value, ignored } = param.parse(text);
    if (ignored.length) {
      const shown = ignored.join(', ');
      notices.push({
        param: key,
        value: shown.length > 60 ? `${shown.slice(0, 59)}…` : shown,
        message: `expected ${param.expected}; ${value === undefined ? 'showing the default' : 'ignored that part'}`,
      });
    }
    return value ?? param.fallback;
  };
  const view: ViewState = {
    actors: read('actors', PARAMS.actors),
    from: read('from', PARAMS.from),
    to: read('to', PARAMS.to),
    period: read('period', PARAMS.period),
    actions: read('actions', PARAMS.actions),
    measures: read('measures', PARAMS.measures),
    q: read('q', PARAMS.q),
  };
  if (view.from && view.to && view.from > view.to) {
    notices.push({
      param: 'to',
      value: view.to,
      message: `is before from (${view.from}); the two dates were swapped`,
    });
    [view.from, view.to] = [view.to, view.from];
  }
  return { view, notices };
}

/**
 * Fits a view's dates into the span the data covers (its first record to its as-of day): a date
 * outside it is moved to the nearest end, and an end equal to the span's is left out (the default).
 * Each change yields a notice. Pure; the caller writes the fitted view back to the address.
 */
export function fitView(
  view: ViewState,
  span: { start: string; end: string },
): { view: ViewState; notices: Notice[] } {
  const notices: Notice[] = [];
  const fit = (param: 'from' | 'to', value: string | undefined): string | undefined => {
    if (value === undefined) return undefined;
    const fitted = value < span.start ? span.start : value > span.end ? span.end : value;
    if (fitted !== value) {
      notices.push({
        param,
        value,
        message: `is outside the data, which runs from ${span.start} to ${span.end}; showing ${fitted} instead`,
      });
    }
    const isDefault = param === 'from' ? fitted === span.start : fitted === span.end;
    return isDefault ? undefined : fitted;
  };
  const from = fit('from', view.from);
  const to = fit('to', view.to);
  if (from === view.from && to === view.to) return { view, notices };
  return { view: { ...view, from, to }, notices };
}

/** Writes the view as search values, leaving out every parameter that equals its default. */
export function encodeView(view: ViewState): Record<string, string> {
  const out: Record<string, string> = {};
  const write = <T>(key: keyof ViewState, param: Param<T>, value: T) => {
    const text = param.format(value);
    if (text !== '' && text !== param.format(param.fallback)) out[key] = text;
  };
  write('actors', PARAMS.actors, view.actors);
  write('from', PARAMS.from, view.from);
  write('to', PARAMS.to, view.to);
  write('period', PARAMS.period, view.period);
  write('actions', PARAMS.actions, view.actions);
  write('measures', PARAMS.measures, view.measures);
  write('q', PARAMS.q, view.q);
  return out;
}

/** Parses a `?a=b&c=d` string into raw values for `decodeView`. */
export function parseSearchString(search: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(search));
}

/** Writes search values as a `?a=b` string (empty when there are none), keeping commas readable. */
export function toSearchString(values: Record<string, string>): string {
  const pairs = Object.entries(values).map(
    ([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value).replace(/%2C/gi, ',')}`,
  );
  return pairs.length ? `?${pairs.join('&')}` : '';
}

function rawString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((part) => typeof part === 'string')) return value.join(',');
  return undefined;
}
