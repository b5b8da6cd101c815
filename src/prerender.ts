import { useLayoutEffect, type RefObject } from 'react';

/**
 * Ends the build's pre-rendered first screen (see scripts/prerender.ts): the app, drawn beneath it
 * unseen, shows in its place. Called in a layout effect once the first chart is drawn (so the swap
 * happens within one frame), when the data fails, on the first navigation, and after a timeout.
 */
export function endPrerender(): void {
  document.getElementById('prerender')?.remove();
  document.documentElement.removeAttribute('data-prerender');
}

/** Ends the pre-render when a view that replaces its chart (an error, a notice) is shown. */
export function useEndPrerender(): void {
  useLayoutEffect(endPrerender, []);
}

/**
 * Ends the pre-render once the plot inside `ref` is drawn. Recharts draws in passes (the surface,
 * then axes and marks once it has measured), so the sign is an axis tick in the DOM, seen by a
 * mutation observer, which runs before the next paint.
 */
export function useEndPrerenderWhenDrawn(ref: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || !document.getElementById('prerender')) return;
    const drawn = () => element.querySelector('.recharts-cartesian-axis-tick') !== null;
    if (drawn()) {
      endPrerender();
      return;
    }
    const observer = new MutationObserver(() => {
      if (!drawn()) return;
      observer.disconnect();
      endPrerender();
    });
    observer.observe(element, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [ref]);
}
