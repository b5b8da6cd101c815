import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  type RouterHistory,
} from '@tanstack/react-router';
import { BASE_PATH } from './api/config';
import { createNoticeStore, type NoticeStore } from './url/notices';
import { decodeView, encodeView, parseSearchString, toSearchString, type ViewState } from './url/view';
import { AboutPage } from './views/AboutPage';
import { ErrorPage } from './views/ErrorPage';
import { Layout } from './views/Layout';
import { NotFoundPage } from './views/NotFoundPage';
import { OverviewPage } from './views/OverviewPage';

/** The route tree: paths of the public URL contract; the view parameters live on the root. */
export const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient; notices: NoticeStore }>()({
  // Typed as partial so links need not spell out every parameter; at run time it is always whole.
  validateSearch: (raw: Record<string, unknown>): Partial<ViewState> => decodeView(raw).view,
  component: Layout,
  errorComponent: ErrorPage,
  notFoundComponent: NotFoundPage,
});

const overviewRoute = createRoute({ getParentRoute: () => rootRoute, path: '/', component: OverviewPage });
const aboutRoute = createRoute({ getParentRoute: () => rootRoute, path: '/about', component: AboutPage });

const routeTree = rootRoute.addChildren([overviewRoute, aboutRoute]);

/** A router for the app; tests pass a memory history. */
export function createAppRouter(queryClient: QueryClient, history?: RouterHistory) {
  const notices = createNoticeStore();
  return createRouter({
    routeTree,
    history,
    basepath: BASE_PATH,
    context: { queryClient, notices },
    // Plain `a=b` strings in, only non-default values out: the codec owns the URL's shape. What
    // could not be read is kept for the notice bar before the router writes the cleaned address.
    parseSearch: (search) => {
      const raw = parseSearchString(search);
      const found = decodeView(raw).notices;
      if (found.length) notices.set(found);
      return raw;
    },
    stringifySearch: (search) => toSearchString(encodeView(decodeView(search).view)),
    defaultPreload: 'intent',
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
