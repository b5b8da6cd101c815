import { Outlet, useLocation, useMatches, useRouteContext, useRouter } from '@tanstack/react-router';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { parseSearchString, nameNotices, toSearchString } from '../url/params';
import { PAGES } from '../url/pages';
import { canonicalSearch, knownParams } from '../url/routes';
import { endPrerender, useEndPrerender } from '../prerender';
import { focusHeading, onMainHeading } from '../charts/focus';
import { t, tRich } from '../i18n/catalogue';

/** The path the page was loaded with (its pre-rendered first screen, if any, is of this one). */
const FIRST_PATH = typeof window === 'undefined' ? '' : window.location.pathname;

/**
 * Above every route: reads the address as written (not the router's cleaned copy) against the
 * route's contract, keeps what could not be used for the notice bar,
 * and rewrites an unclean address in place, so that ignored values leave it and Back cannot
 * bring them back.
 */
export function Root() {
  const location = useLocation();
  const router = useRouter();
  const page = useMatches({ select: (matches) => matches.at(-1)?.staticData.page });
  const kind = page ? PAGES[page].params : 'page';
  const { notices, written } = useRouteContext({ from: '__root__' });
  // A layout effect: the address is cleaned before any page's own effects read or rewrite it (a
  // page that fits its dates into the data does so from the clean address).
  useLayoutEffect(() => {
    // A pre-rendered first screen belongs to the page it was loaded with.
    if (window.location.pathname !== FIRST_PATH) endPrerender();
    const raw = written.take();
    if (raw === undefined) return;
    const { pathname, hash } = router.history.location;
    const { search, notices: found } = canonicalSearch(kind, parseSearchString(raw));
    const all = [...nameNotices(raw, knownParams(kind)), ...found];
    if (all.length) notices.set(all);
    // The router already holds the cleaned address and would skip a navigation to it: replace
    // the history entry itself.
    const clean = toSearchString(search);
    if (clean !== raw) router.history.replace(`${pathname}${clean}${hash}`);
  }, [location.href, kind, notices, router, written]);
  useHeadingTitle(location.pathname);
  // Only embeds are meant to be framed: a site page inside another site's frame could be dressed up
  // as something it is not. The header file says so to hosts that read it; this says so everywhere.
  if (kind !== 'embed' && typeof window !== 'undefined' && window.self !== window.top)
    return <FramedNotice />;
  return <Outlet />;
}

/**
 * Each page is titled by its main heading, the site's name after it; after a move to another page (not on load, not on a
 * change of view) focus goes to that heading, so that a screen reader starts at the new page
 * rather than at the link that led there. A page whose data is still coming gets both once its
 * heading is drawn.
 */
function useHeadingTitle(pathname: string) {
  const loaded = useRef(false);
  useEffect(() => {
    const moved = loaded.current;
    loaded.current = true;
    return onMainHeading((heading) => {
      document.title = t('pages.title', { heading: heading.textContent.trim() });
      if (moved) focusHeading(heading);
    });
  }, [pathname]);
}

function FramedNotice() {
  useEndPrerender();
  return (
    <main className="p-6">
      <h1 className="text-lg font-semibold">{t('pages.framed.title')}</h1>
      <p className="mt-2">
        {tRich('pages.framed.body', {
          link: (chunks) => (
            <a key="link" href={window.location.href} target="_top" rel="noopener" className="underline">
              {chunks}
            </a>
          ),
        })}
      </p>
    </main>
  );
}
