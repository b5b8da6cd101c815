import { noticeText } from './notices';
import { ACTIONS, ACTORS, DEFAULT_ACTORS, MEASURES, REGIMES } from '../data/ids';
import {
  dateParam,
  flagParam,
  decodeParams,
  defaultsOf,
  encodeParams,
  listParam,
  oneOfParam,
  textParam,
  type Notice,
  type ParamValues,
} from './params';

/** Bucket sizes of the time charts. */
export const PERIODS = ['month', 'quarter', 'year'] as const;
/** A bucket size. */
export type Period = (typeof PERIODS)[number];

/**
 * The view parameters every path shares: who, when, how bucketed, which kinds of action and
 * measure, and a search. Adding one is one entry here.
 */
export const VIEW_PARAMS = {
  /** Actors shown, in `ACTORS` order; never empty. */
  actors: listParam(ACTORS, DEFAULT_ACTORS),
  /** First day shown (inclusive), or undefined for the start of the data. */
  from: dateParam,
  /** Last day shown (inclusive), or undefined for the dataset's as-of day. */
  to: dateParam,
  period: oneOfParam(PERIODS, 'year'),
  actions: listParam(ACTIONS),
  measures: listParam(MEASURES),
  /** The regimes whose actions are shown: all by default; `regimes=belarus` shows the Belarus regimes only. */
  regimes: listParam(REGIMES),
  /** Free-text search over instruments, summaries, targets, notes and sources. */
  q: textParam(200),
  /** Context events (elections, crackdowns, releases) drawn on the time axes; `context=0` hides them. */
  context: flagParam(true),
  /** The day "in force on" views show, or undefined for the dataset's as-of day. */
  at: dateParam,
};

/** The names of the view parameters, which every link keeps (the router's search middleware). */
export const VIEW_KEYS = Object.keys(VIEW_PARAMS).filter(
  (key): key is keyof typeof VIEW_PARAMS => key in VIEW_PARAMS,
);

/** The view state every path shares; the URL is its only home. */
export type ViewState = ParamValues<typeof VIEW_PARAMS>;

/** The view shown when the URL says nothing. */
export const DEFAULT_VIEW: ViewState = defaultsOf(VIEW_PARAMS);

/**
 * Reads the view from raw search values. Never throws: anything unusable falls back to the
 * default and yields a notice; a `to` before `from` is swapped with it.
 */
export function decodeView(raw: Record<string, unknown>): { view: ViewState; notices: Notice[] } {
  const { values: view, notices } = decodeParams(VIEW_PARAMS, raw);
  if (view.from && view.to && view.from > view.to) {
    const from = view.from;
    notices.push({
      param: 'to',
      value: view.to,
      get message() {
        return noticeText.swapped(from);
      },
    });
    [view.from, view.to] = [view.to, view.from];
  }
  return { view, notices };
}

/** Writes the view as search values, leaving out every parameter that equals its default. */
export function encodeView(view: Partial<ViewState>): Record<string, string> {
  return encodeParams(VIEW_PARAMS, view);
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
  const fit = (param: 'from' | 'to' | 'at', value: string | undefined): string | undefined => {
    if (value === undefined) return undefined;
    const fitted = value < span.start ? span.start : value > span.end ? span.end : value;
    if (fitted !== value) {
      notices.push({
        param,
        value,
        get message() {
          return noticeText.outside(span.start, span.end, fitted);
        },
      });
    }
    const isDefault = param === 'from' ? fitted === span.start : fitted === span.end;
    return isDefault ? undefined : fitted;
  };
  const from = fit('from', view.from);
  const to = fit('to', view.to);
  const at = fit('at', view.at);
  if (from === view.from && to === view.to && at === view.at) return { view, notices };
  return { view: { ...view, from, to, at }, notices };
}
