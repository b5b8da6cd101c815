import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  type RouterHistory,
} from '@tanstack/react-router';
import { BASE_PATH } from './api/config';
import { datasetQueryOptions } from './api/dataset';
import {
  createNoticeStore,
  createWrittenAddress,
  type NoticeStore,
  type WrittenAddress,
} from './url/notices';
import { decodeParams, encodeParams, parseSearchString, toSearchString } from './url/params';
import {
  ALL_PARAMS,
  decodeRouteParams,
  type EventsSearch,
  type PresentSearch,
  type RouteKind,
} from './url/routes';
import { decodeView, encodeView, type ViewState } from './url/view';
import { ErrorPage } from './views/ErrorPage';
import { Root } from './views/Root';

// Each route's code is its own chunk: an embed does not load the site's pages, and no page
// loads another's. The dataset request starts with the route, not after its code arrives.
// scripts/pages.ts names the same modules per kind of page: each page's HTML preloads them.
const SiteLayout = lazyRouteComponent(() => import('./views/Layout'), 'SiteLayout');
const SiteNotFound = lazyRouteComponent(() => import('./views/Layout'), 'SiteNotFound');
const OverviewPage = lazyRouteComponent(() => import('./views/OverviewPage'), 'OverviewPage');
const AboutPage = lazyRouteComponent(() => import('./views/AboutPage'), 'AboutPage');
const EmbedPage = lazyRouteComponent(() => import('./views/EmbedPage'), 'EmbedPage');
const EventsPage = lazyRouteComponent(() => import('./views/EventsPage'), 'EventsPage');
const EventPage = lazyRouteComponent(() => import('./views/EventPage'), 'EventPage');
const ComparePage = lazyRouteComponent(() => import('./views/ComparePage'), 'ComparePage');
const ActorPage = lazyRouteComponent(() => import('./views/ActorPage'), 'ActorPage');
const PresentPage = lazyRouteComponent(() => import('./views/PresentPage'), 'PresentPage');
const TargetsPage = lazyRouteComponent(() => import('./views/TargetsPage'), 'TargetsPage');
const TargetPage = lazyRouteComponent(() => import('./views/TargetPage'), 'TargetPage');

declare module '@tanstack/react-router' {
  interface StaticDataRouteOption {
    /** Which table of the URL contract the route reads (src/url/routes.ts); `page` when absent. */
    params?: RouteKind;
  }
}

/** The route tree: paths of the public URL contract. The view parameters live on the root. */
/** What every route can reach: the query client, the notice store and the address as last written. */
export type AppContext = {
  queryClient: QueryClient;
  notices: NoticeStore;
  /** The last unclean address read, as written; Root reads it against the route's contract. */
  written: WrittenAddress;
};

export const rootRoute = createRootRouteWithContext<AppContext>()({
  // Typed as partial so links need not spell out every parameter; at run time it is always whole.
  validateSearch: (raw: Record<string, unknown>): Partial<ViewState> => decodeView(raw).view,
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
const overviewRoute = createRoute({ getParentRoute: () => siteRoute, path: '/', component: OverviewPage });
const aboutRoute = createRoute({ getParentRoute: () => siteRoute, path: '/about', component: AboutPage });
const eventsRoute = createRoute({
  getParentRoute: () => siteRoute,
  path: '/events',
  staticData: { params: 'events' },
  // Partial for links, whole at run time, as on the root.
  validateSearch: (raw: Record<string, unknown>): Partial<EventsSearch> =>
    decodeRouteParams('events', raw).values,
  component: EventsPage,
});
const eventRoute = createRoute({
  getParentRoute: () => siteRoute,
  path: '/events/$eventId',
  component: EventPage,
});
const compareRoute = createRoute({
  getParentRoute: () => siteRoute,
  path: '/compare',
  component: ComparePage,
});
const targetsRoute = createRoute({
  getParentRoute: () => siteRoute,
  path: '/targets',
  component: TargetsPage,
});
const targetRoute = createRoute({
  getParentRoute: () => siteRoute,
  path: '/targets/$targetId',
  component: TargetPage,
});
const actorRoute = createRoute({
  getParentRoute: () => siteRoute,
  path: '/actors/$actor',
  component: ActorPage,
});

/** One chart, minimal chrome, for iframes in other sites. */
export const embedRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/embed/$chart',
  staticData: { params: 'embed' },
  validateSearch: (raw: Record<string, unknown>) => decodeRouteParams('embed', raw).values,
  component: EmbedPage,
});

/** The story, step by step, full window, for a projector. */
const presentRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/present',
  staticData: { params: 'present' },
  validateSearch: (raw: Record<string, unknown>): Partial<PresentSearch> =>
    decodeRouteParams('present', raw).values,
  component: PresentPage,
});

const routeTree = rootRoute.addChildren([
  siteRoute.addChildren([
    overviewRoute,
    aboutRoute,
    eventsRoute,
    eventRoute,
    compareRoute,
    actorRoute,
    targetsRoute,
    targetRoute,
  ]),
  embedRoute,
  presentRoute,
]);

/** A router for the app; tests pass a memory history. */
export function createAppRouter(queryClient: QueryClient, history?: RouterHistory) {
  const written = createWrittenAddress();
  return createRouter({
    routeTree,
    history,
    basepath: BASE_PATH,
    context: { queryClient, notices: createNoticeStore(), written },
    // Plain `a=b` strings in, kept as written for Root, which reads them against the route's
    // contract, shows the notices and rewrites an unclean address. Out, only the contract's names
    // with non-default values: the codec owns the address's shape.
    parseSearch: (search) => {
      const raw = parseSearchString(search);
      // The router parses cleaned copies too (for links): keep only an address that needs cleaning.
      if (toSearchString(encodeView(decodeView(raw).view)) !== search) written.keep(search);
      return raw;
    },
    stringifySearch: (search) =>
      toSearchString(encodeParams(ALL_PARAMS, decodeParams(ALL_PARAMS, search).values)),
    defaultPreload: 'intent',
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
