import { ACTORS } from '../data/ids';
import { DEFAULT_LOCALE, LOCALES, localePrefix, splitLocale, type Locale } from '../i18n/locales';
import { CHART_IDS, type RouteKind } from './routes';

/**
 * The one table of pages. The router makes a route of each entry (src/router.tsx); the build
 * writes each page's static paths with its chunks preloaded, pre-renders the pages marked so and
 * holds each to its byte budget (scripts/); the browser tests open each kind of page at its
 * `example`. A new page is one entry here and one view in src/views/.
 */
type PageDefinition = {
  /** The path pattern, as the router writes it (`$name` is one segment). */
  path: string;
  /** `site`: the site's header, navigation and footer around it; `bare`: nothing around it. */
  chrome: 'site' | 'bare';
  /** The route parameters it reads beyond the shared view's (src/url/routes.ts). */
  params: RouteKind;
  /** Its view: `src/views/<view>.tsx`, which exports a component of that name. */
  view: string;
  /**
   * `awaited`: the route waits for the dataset before drawing (one pending and one error view for
   * every such page); `optional`: the page draws without it and says when it failed.
   */
  data: 'awaited' | 'optional';
  /** Who may show it in a frame (the host's `_headers`, scripts/vite-csp-plugin.ts): anyone, or no one. */
  framed: 'anyone' | 'never';
  /**
   * What of it the build draws into its HTML (scripts/prerender.ts), shown only for that exact view.
   * The page is this copy until the reader's first pointer, touch, focus or key starts its app
   * (public/boot.js): a phone does no script work before it is used, and a report's host pays for
   * no script. What the reader did on the copy carries over (src/prerender.ts).
   * - `chart`: its first screen, to the end of its first chart;
   * - `screen`: its first screen (a list's first rows, as a phone or a desktop shows them);
   * - `none`: nothing; the app draws the page.
   */
  prerender: 'chart' | 'screen' | 'none';
  /**
   * In which languages the build pre-renders it: `every` language, or English only (every copy
   * costs the build a Chromium visit at two widths in two schemes; the others draw with the app).
   */
  prerenderIn: 'every' | 'english';
  /**
   * What it may load before its first chart, in gzip bytes, in any language (its first words are
   * a file of their own, src/i18n/load.ts: with the languages' code, 2.5 to 4.8 KB over each
   * page's figure before the languages, Belarusian's and Russian's the largest; none may be more
   * than 5 KB over it). Raise one only after looking at what grew.
   */
  budget: { js: number; css: number };
  /** Where the build writes it, relative to the base; `records` are the dataset's ids. */
  staticPaths: (records: { events: readonly string[]; targets: readonly string[] }) => string[];
  /** An address of it that the browser tests open. */
  example: string;
};

const CSS = 8_700;

export const PAGES = {
  overview: {
    path: '/',
    chrome: 'site',
    params: 'page',
    view: 'OverviewPage',
    data: 'awaited',
    framed: 'never',
    prerender: 'chart',
    prerenderIn: 'every',
    budget: { js: 278_450, css: CSS },
    staticPaths: () => [''],
    example: '/',
  },
  compare: {
    path: '/compare',
    chrome: 'site',
    params: 'compare',
    view: 'ComparePage',
    data: 'awaited',
    framed: 'never',
    prerender: 'none',
    prerenderIn: 'english',
    budget: { js: 286_500, css: CSS },
    staticPaths: () => ['compare'],
    example: '/compare',
  },
  actor: {
    path: '/actors/$actor',
    chrome: 'site',
    params: 'page',
    view: 'ActorPage',
    data: 'awaited',
    framed: 'never',
    prerender: 'chart',
    prerenderIn: 'english',
    budget: { js: 287_350, css: CSS },
    staticPaths: () => ACTORS.map((actor) => `actors/${actor}`),
    example: '/actors/eu',
  },
  events: {
    path: '/events',
    chrome: 'site',
    params: 'events',
    view: 'EventsPage',
    data: 'awaited',
    framed: 'never',
    prerender: 'screen',
    prerenderIn: 'english',
    budget: { js: 166_500, css: CSS },
    staticPaths: () => ['events'],
    example: '/events',
  },
  event: {
    path: '/events/$eventId',
    chrome: 'site',
    params: 'page',
    view: 'EventPage',
    data: 'awaited',
    framed: 'never',
    prerender: 'none',
    prerenderIn: 'english',
    budget: { js: 142_000, css: CSS },
    staticPaths: ({ events }) => events.map((id) => `events/${id}`),
    example: '/events/us-2025-11-04-belavia-delisting',
  },
  targets: {
    path: '/targets',
    chrome: 'site',
    params: 'targets',
    view: 'TargetsPage',
    data: 'awaited',
    framed: 'never',
    prerender: 'screen',
    prerenderIn: 'english',
    budget: { js: 158_200, css: CSS },
    staticPaths: () => ['targets'],
    example: '/targets?q=bank',
  },
  target: {
    path: '/targets/$targetId',
    chrome: 'site',
    params: 'page',
    view: 'TargetPage',
    data: 'awaited',
    framed: 'never',
    prerender: 'none',
    prerenderIn: 'english',
    // Its listings are a registry chart (the `target` chart), drawn with the charts' library.
    budget: { js: 272_500, css: CSS },
    staticPaths: ({ targets }) => targets.map((id) => `targets/${id}`),
    example: '/targets/belavia',
  },
  about: {
    path: '/about',
    chrome: 'site',
    params: 'page',
    view: 'AboutPage',
    data: 'optional',
    framed: 'never',
    prerender: 'none',
    prerenderIn: 'english',
    budget: { js: 139_000, css: CSS },
    staticPaths: () => ['about'],
    example: '/about',
  },
  present: {
    path: '/present',
    chrome: 'bare',
    params: 'present',
    view: 'PresentPage',
    data: 'awaited',
    framed: 'never',
    prerender: 'none',
    prerenderIn: 'english',
    budget: { js: 272_500, css: CSS },
    staticPaths: () => ['present'],
    example: '/present',
  },
  embed: {
    path: '/embed/$chart',
    chrome: 'bare',
    params: 'embed',
    view: 'EmbedPage',
    data: 'awaited',
    framed: 'anyone',
    prerender: 'chart',
    prerenderIn: 'every',
    budget: { js: 269_500, css: CSS },
    staticPaths: () => CHART_IDS.map((chart) => `embed/${chart}`),
    example: '/embed/actions',
  },
} as const satisfies Record<string, PageDefinition>;

/** A kind of page. */
export type PageName = keyof typeof PAGES;

/** Every kind of page, in the table's order. */
export const PAGE_NAMES = Object.keys(PAGES).filter((name): name is PageName => name in PAGES);

/** The view module names of the table: the router needs a loader for each. */
export type PageView = (typeof PAGES)[PageName]['view'];

/**
 * The kind of page at a path relative to the base (no leading slash, any language's prefix), as
 * the router matches it.
 */
export function pageAt(route: string): PageName | undefined {
  const path = `/${splitLocale(route).rest.replace(/\/+$/, '')}`;
  return PAGE_NAMES.find((name) => patternOf(PAGES[name].path).test(path));
}

function patternOf(path: string): RegExp {
  const segments = path
    .split('/')
    .map((s) => (s.startsWith('$') ? '[^/]+' : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  return new RegExp(`^${segments.join('/')}$`);
}

/** Every path the build writes a page at, relative to the base: the table's, in every language. */
export function staticPaths(records: { events: readonly string[]; targets: readonly string[] }): string[] {
  const paths = PAGE_NAMES.flatMap((name) => PAGES[name].staticPaths(records));
  return LOCALES.flatMap((locale) => paths.map((path) => `${localePrefix(locale)}${path}`));
}

/** Whether the build pre-renders a kind of page in `locale`. */
export function prerenderedIn(page: PageName, locale: Locale): boolean {
  const { prerender, prerenderIn } = PAGES[page];
  return prerender !== 'none' && (prerenderIn === 'every' || locale === DEFAULT_LOCALE);
}
