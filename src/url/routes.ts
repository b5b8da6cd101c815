import { ACTORS, TARGET_KINDS } from '../data/ids';
import {
  decodeParams,
  encodeParams,
  flagParam,
  intParam,
  listParam,
  oneOfParam,
  optionalOneOfParam,
  textParam,
  type Notice,
  type ParamValues,
} from './params';
import { decodeView, VIEW_PARAMS } from './view';

/**
 * The public URL contract, per route: the view parameters every path shares plus each route's
 * own. Adding a parameter is one entry in a table here; old links keep working because unknown
 * names are dropped and unreadable values fall back with a notice.
 */

/** Public chart ids (`/embed/<chart>`): part of the contract, never renamed. The registry holds their specs. */
export const CHART_IDS = [
  'actions',
  'in-force',
  'timeline',
  'net',
  'measures',
  'instruments',
  'target',
] as const;
/** A chart id. */
export type ChartId = (typeof CHART_IDS)[number];

/**
 * What a chart is about beyond the view, where it is about one thing: the `target` chart's named
 * target (an id of `/targets/<id>`; the target with the most changes when none is named). Every
 * address that shows one chart (an embed, a one-chart presentation) takes them.
 */
export const CHART_PARAMS = {
  target: textParam(100),
  /** Actors whose counts the chart's scale also fits: side-by-side charts share one scale. */
  scale: listParam(ACTORS, []),
};
/** A chart's own parameters. */
export type ChartParams = ParamValues<typeof CHART_PARAMS>;

/** How an embed or the site is coloured: fixed, or following the reader's system. */
export const THEMES = ['auto', 'light', 'dark'] as const;
/** A theme preference. */
export type ThemePreference = (typeof THEMES)[number];

/** Parameters of `/embed/<chart>` beyond the view's. */
export const EMBED_PARAMS = {
  ...CHART_PARAMS,
  theme: oneOfParam(THEMES, 'auto'),
  /** Show the actor and period controls inside the embed; off by default. */
  controls: flagParam(false),
  /** No page background, for hosts that set their own. */
  transparent: flagParam(false),
};
/** The embed flags. */
export type EmbedFlags = ParamValues<typeof EMBED_PARAMS>;

/** Columns the events table sorts by. */
export const EVENT_SORT_COLUMNS = ['date', 'actor', 'action', 'instrument', 'listed', 'delisted'] as const;
/** A sort column. */
export type EventSortColumn = (typeof EVENT_SORT_COLUMNS)[number];
/** A sort as written in the address: a column, ascending, or `-column`, descending. */
export const EVENT_SORTS = EVENT_SORT_COLUMNS.flatMap((c) => [c, `-${c}`] as const);
/** A sort. */
export type EventSort = (typeof EVENT_SORTS)[number];

/** Parameters of `/events` beyond the view's. */
export const EVENTS_PARAMS = {
  /** Newest first unless the address says otherwise. */
  sort: oneOfParam(EVENT_SORTS, '-date'),
};

/** The statuses `/targets` filters by: listed (eased by licence counts), delisted, never listed. */
export const TARGET_STATUSES = ['listed', 'delisted', 'never'] as const;

/** How the gap list orders its targets: the latest divergence first, the longest first, or by name. */
export const GAP_SORTS = ['latest', 'longest', 'name'] as const;
/** The other side of a gap: it delisted the target, or no listing by it is recorded. */
export const GAP_SIDES = ['delisted', 'unrecorded'] as const;

/** The gap list's own filters and order, wherever it is shown (`/compare`, `/targets`). */
export const GAP_PARAMS = {
  /** Only the targets this actor lists and the other does not. */
  gapBy: optionalOneOfParam(ACTORS),
  /** Only targets of this kind. */
  gapKind: optionalOneOfParam(TARGET_KINDS),
  /** Only gaps whose other side is this. */
  gapOther: optionalOneOfParam(GAP_SIDES),
  gapSort: oneOfParam(GAP_SORTS, 'latest'),
};
/** The gap list's own values. */
export type GapSearch = ParamValues<typeof GAP_PARAMS>;

/** Parameters of `/compare` beyond the view's (its two actors are the view's first two). */
export const COMPARE_PARAMS = {
  /** The actor drawn and listed first; the canonical order of the two when absent. */
  first: optionalOneOfParam(ACTORS),
  ...GAP_PARAMS,
};
/** The comparison's own values. */
export type CompareSearch = ParamValues<typeof COMPARE_PARAMS>;

/** Parameters of `/targets` beyond the view's (its search `q`, day `at` and regimes are the view's). */
export const TARGETS_PARAMS = {
  ...GAP_PARAMS,
  /** Only targets of this kind. */
  kind: optionalOneOfParam(TARGET_KINDS),
  /** Only targets with this status on the day, under `by` (under any actor when `by` is absent). */
  status: optionalOneOfParam(TARGET_STATUSES),
  /** The actor `status` is about. */
  by: optionalOneOfParam(ACTORS),
};
/** The targets page's own values. */
export type TargetsSearch = ParamValues<typeof TARGETS_PARAMS>;

/** Parameters of `/present` beyond the view's. */
export const PRESENT_PARAMS = {
  /** The step shown, from 1; a step past the story's end shows its last. */
  step: intParam(1, 99, 1),
  /** The speaker's window: the current and next step with notes. */
  notes: flagParam(false),
  /** A one-step presentation of this chart in the address's view, instead of the story. */
  chart: optionalOneOfParam(CHART_IDS),
  ...CHART_PARAMS,
};
/** The presentation's own values. */
export type PresentSearch = ParamValues<typeof PRESENT_PARAMS>;

/** The events table's own values. */
export type EventsSearch = ParamValues<typeof EVENTS_PARAMS>;

/** Each route kind's own parameters (the view parameters are shared by all). */
export const ROUTE_PARAMS = {
  page: {},
  compare: COMPARE_PARAMS,
  embed: EMBED_PARAMS,
  events: EVENTS_PARAMS,
  targets: TARGETS_PARAMS,
  present: PRESENT_PARAMS,
} as const;
/** A kind of route, by the parameters it takes. */
export type RouteKind = keyof typeof ROUTE_PARAMS;
/** The values of a kind of route's own parameters. */
export type RouteSearch<K extends RouteKind> = ParamValues<(typeof ROUTE_PARAMS)[K]>;

/** Every parameter any route knows, for writing addresses. */
export const ALL_PARAMS = {
  ...VIEW_PARAMS,
  ...EMBED_PARAMS,
  ...EVENTS_PARAMS,
  ...COMPARE_PARAMS,
  ...TARGETS_PARAMS,
  ...PRESENT_PARAMS,
};

/** Reads a route's own parameters (not the view's) from raw search values. */
export function decodeRouteParams<K extends RouteKind>(kind: K, raw: Record<string, unknown>) {
  return decodeParams(ROUTE_PARAMS[kind], raw);
}

/**
 * What a route makes of a raw address: every notice for it (view and route parameters), and the
 * canonical search values to rewrite it to (defaults and unknown names left out).
 */
export function canonicalSearch(
  kind: RouteKind,
  raw: Record<string, unknown>,
): { search: Record<string, string>; notices: Notice[] } {
  const view = decodeView(raw);
  const own = decodeRouteParams(kind, raw);
  return {
    search: { ...encodeParams(VIEW_PARAMS, view.view), ...encodeParams(ROUTE_PARAMS[kind], own.values) },
    notices: [...view.notices, ...own.notices],
  };
}

/** The names a route's address may carry: the view's and its own. */
export function knownParams(kind: RouteKind): string[] {
  return [...Object.keys(VIEW_PARAMS), ...Object.keys(ROUTE_PARAMS[kind])];
}
