import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  retainSearchParams,
  type AsyncRouteComponent,
  type RouterHistory,
} from '@tanstack/react-router';
import { BASE_PATH } from './api/config';
import { loadPageMessages } from './i18n/load';
import { DEFAULT_LOCALE, type Locale } from './i18n/locales';
import { datasetQueryOptions, useDataset } from './api/dataset';
import {
  createNoticeStore,
  createWrittenAddress,
  type NoticeStore,
  type WrittenAddress,
} from './url/notices';
import { decodeParams, encodeParams, parseSearchString, toSearchString } from './url/params';
import { PAGES, type PageName, type PageView } from './url/pages';
import { ALL_PARAMS, decodeRouteParams, type RouteKind, type RouteSearch } from './url/routes';
import { decodeView, VIEW_KEYS, type ViewState } from './url/view';
import { DataFailure, EndPrerender, Loading } from './views/DataState';
import { ErrorPage } from './views/ErrorPage';
import { Root } from './views/Root';

// Each page's code is its own chunk: an embed does not load the site's pages, and no page loads
// another's. The dataset request starts with the route, not after its code arrives. A page of the
// table (src/url/pages.ts) without a loader here is a type error.
const VIEWS = {
  OverviewPage: () => import('./views/OverviewPage'),
  ComparePage: () => import('./views/ComparePage'),
  ActorPage: () => import('./views/ActorPage'),
  EventsPage: () => import('./views/EventsPage'),
  EventPage: () => import('./views/EventPage'),
  TargetsPage: () => import('./views/TargetsPage'),
  TargetPage: () => import('./views/TargetPage'),
  AboutPage: () => import('./views/AboutPage'),
  PresentPage: () => import('./views/PresentPage'),
  EmbedPage: () => import('./views/EmbedPage'),
} satisfies Record<PageView, () => Promise<unknown>>;

const SiteLayout = lazyRouteComponent(() => import('./views/Layout'), 'SiteLayout');
const SiteNotFound = lazyRouteComponent(() => import('./views/Layout'), 'SiteNotFound');

declare module '@tanstack/react-router' {
  interface StaticDataRouteOption {
    /** The page of the table (src/url/pages.ts) the route is; absent on the root and the site frame. */
    page?: PageName;
  }
}

/** What every route can reach: the query client, the notice store and the address as last written. */
export type AppContext = {
  queryClient: QueryClient;
  notices: NoticeStore;
  /** The last unclean address read, as written; Root reads it against the route's contract. */
  written: WrittenAddress;
};

/** The route tree: paths of the public URL contract. The view parameters live on the root. */
export const rootRoute = createRootRouteWithContext<AppContext>()({
  // Typed as partial so links need not spell out every parameter; at run time it is always whole.
  validateSearch: (raw: Record<string, unknown>): Partial<ViewState> => decodeView(raw).view,
  search: {
    // Every link keeps the shared view (a route's own parameters stay with their route) unless it
    // sets a value, undefined included; a new view parameter is kept by itself. Defaults never reach
    // the address because the codec writes it (stringifySearch below).
    middlewares: [retainSearchParams(VIEW_KEYS)],
  },
  component: Root,
  // Not awaited: the page shows its own loading and failure states for the same query.
  loader: ({ context }) => {
    context.queryClient.query(datasetQueryOptions()).catch(() => undefined);
  },
  errorComponent: ErrorPage,
  notFoundComponent: SiteNotFound,
});

/** Pages of the site: header, navigation and footer around them. */
const siteRoute = createRoute({ getParentRoute: () => rootRoute, id: 'site', component: SiteLayout });

/** The frame a page's `chrome` names: the site's, or none (the root). */
function frameOf(chrome: 'site'): typeof siteRoute;
function frameOf(chrome: 'bare'): typeof rootRoute;
function frameOf(chrome: 'site' | 'bare') {
  return chrome === 'site' ? siteRoute : rootRoute;
}

/**
 * A page that needs the dataset (its route's loader has awaited it): the page once the data is
 * there, else the one failure view, with Retry. Failures are shown, not thrown, so that the reader
 * sees a message in plain words and the console stays quiet. A page whose copy is its first screen
 * (`screen` in the table) takes over from the copy once drawn; a chart's page, once its chart is.
 */
function awaitingData(View: AsyncRouteComponent<unknown>, page: PageName): AsyncRouteComponent<unknown> {
  function DataPage() {
    const query = useDataset();
    if (query.isError)
      return (
        <DataFailure error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
      );
    if (!query.data) return <Loading />;
    return (
      <>
        <View />
        {PAGES[page].prerender === 'screen' && <EndPrerender />}
      </>
    );
  }
  return Object.assign(DataPage, { preload: View.preload });
}

/** A page's view, loaded with its route. */
function viewOf(view: PageView) {
  const load: () => Promise<Record<string, unknown>> = VIEWS[view];
  return lazyRouteComponent(load, view);
}

/**
 * The route options every page of the table takes from it: path, view, the page's name, and for a
 * page that needs the dataset, a loader that awaits it, one pending view, and one failure view.
 */
function pageOptions(page: PageName) {
  const { path, view, data } = PAGES[page];
  // Every page's words come with it, in the page's language.
  const words = () => loadPageMessages(page);
  if (data === 'optional') return { path, staticData: { page }, component: viewOf(view), loader: words };
  return {
    path,
    staticData: { page },
    component: awaitingData(viewOf(view), page),
    // Awaited, never thrown: a failure is the page's to show (awaitingData), with Retry.
    loader: ({ context }: { context: AppContext }) =>
      Promise.all([
        words(),
        context.queryClient.query(datasetQueryOptions()).then(
          () => undefined,
          () => undefined,
        ),
      ]).then(() => undefined),
    pendingComponent: Loading,
  };
}

/** Reads a kind of route's own parameters; partial for links, whole at run time, as on the root. */
function searchOf<K extends RouteKind>(kind: K) {
  return (raw: Record<string, unknown>): Partial<RouteSearch<K>> => decodeRouteParams(kind, raw).values;
}

/** Every page of the table as a route, under the frame its `chrome` names. */
const PAGE_ROUTES = {
  overview: createRoute({
    getParentRoute: () => frameOf(PAGES.overview.chrome),
    ...pageOptions('overview'),
    path: PAGES.overview.path,
  }),
  compare: createRoute({
    getParentRoute: () => frameOf(PAGES.compare.chrome),
    ...pageOptions('compare'),
    path: PAGES.compare.path,
    validateSearch: searchOf(PAGES.compare.params),
  }),
  actor: createRoute({
    getParentRoute: () => frameOf(PAGES.actor.chrome),
    ...pageOptions('actor'),
    path: PAGES.actor.path,
  }),
  events: createRoute({
    getParentRoute: () => frameOf(PAGES.events.chrome),
    ...pageOptions('events'),
    path: PAGES.events.path,
    validateSearch: searchOf(PAGES.events.params),
  }),
  event: createRoute({
    getParentRoute: () => frameOf(PAGES.event.chrome),
    ...pageOptions('event'),
    path: PAGES.event.path,
  }),
  targets: createRoute({
    getParentRoute: () => frameOf(PAGES.targets.chrome),
    ...pageOptions('targets'),
    path: PAGES.targets.path,
    validateSearch: searchOf(PAGES.targets.params),
  }),
  target: createRoute({
    getParentRoute: () => frameOf(PAGES.target.chrome),
    ...pageOptions('target'),
    path: PAGES.target.path,
  }),
  about: createRoute({
    getParentRoute: () => frameOf(PAGES.about.chrome),
    ...pageOptions('about'),
    path: PAGES.about.path,
  }),
  present: createRoute({
    getParentRoute: () => frameOf(PAGES.present.chrome),
    ...pageOptions('present'),
    path: PAGES.present.path,
    validateSearch: searchOf(PAGES.present.params),
  }),
  embed: createRoute({
    getParentRoute: () => frameOf(PAGES.embed.chrome),
    ...pageOptions('embed'),
    path: PAGES.embed.path,
    // Whole: an embed's flags are read as values, never written by a link.
    validateSearch: (raw: Record<string, unknown>) => decodeRouteParams(PAGES.embed.params, raw).values,
  }),
};

/** A page of the table without a route is a type error here, naming the page. */
type NoneMissing<Missing extends never> = Missing;
export type RoutedPages = NoneMissing<Exclude<PageName, keyof typeof PAGE_ROUTES>>;

/** One chart, minimal chrome, for iframes in other sites. */
export const embedRoute = PAGE_ROUTES.embed;

// The bare pages hang from the root; every other page is the site's.
const { present, embed, ...sitePages } = PAGE_ROUTES;
const routeTree = rootRoute.addChildren([siteRoute.addChildren(Object.values(sitePages)), present, embed]);

/** Search values as the codec writes them: every known name with a non-default value, the view's dates in order. */
function cleanSearch(search: Record<string, unknown>): string {
  return toSearchString(
    encodeParams(ALL_PARAMS, { ...decodeParams(ALL_PARAMS, search).values, ...decodeView(search).view }),
  );
}

/**
 * The page's language as the first segment of every path it reads and writes (`/be/compare`);
 * English has none. Another language is another document (src/views/LanguageMenu.tsx).
 */
function localeRewrite(locale: Locale) {
  if (locale === DEFAULT_LOCALE) return undefined;
  const prefix = `/${locale}`;
  return {
    input: ({ url }: { url: URL }) => {
      if (url.pathname === prefix || url.pathname.startsWith(`${prefix}/`))
        url.pathname = url.pathname.slice(prefix.length) || '/';
      return url;
    },
    output: ({ url }: { url: URL }) => {
      url.pathname = `${prefix}${url.pathname}`;
      return url;
    },
  };
}

/** A router for the app in `locale`; tests pass a memory history. */
export function createAppRouter(queryClient: QueryClient, history?: RouterHistory, locale = DEFAULT_LOCALE) {
  const written = createWrittenAddress();
  return createRouter({
    routeTree,
    history,
    basepath: BASE_PATH,
    rewrite: localeRewrite(locale),
    context: { queryClient, notices: createNoticeStore(), written },
    // Plain `a=b` strings in, kept as written for Root, which reads them against the route's
    // contract, shows the notices and rewrites an unclean address. Out, only the contract's names
    // with non-default values: the codec owns the address's shape.
    parseSearch: (search) => {
      const raw = parseSearchString(search);
      // The router parses cleaned copies too (for links): keep only an address that needs cleaning.
      if (cleanSearch(raw) !== search) written.keep(search);
      return raw;
    },
    stringifySearch: cleanSearch,
    defaultPreload: 'intent',
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
