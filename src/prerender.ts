import { useLayoutEffect, type RefObject } from 'react';

/**
 * Ends the build's pre-rendered first screen (see scripts/prerender.ts): the app, drawn beneath it
 * unseen, shows in its place. Called in a layout effect once the first chart is drawn (so the swap
 * happens within one frame), when the data fails, on the first navigation, and after a timeout.
 * What the reader did on the copy carries over: the control they clicked (marked by boot.js) is
 * clicked in the app, and the one focused keeps the focus.
 */
export function endPrerender(): void {
  const copy = document.getElementById('prerender');
  const root = document.getElementById('root');
  const clicked = copy?.querySelector('[data-replay="click"]');
  const focused = copy?.querySelector('[data-replay="focus"]');
  copy?.remove();
  document.documentElement.removeAttribute('data-prerender');
  if (!copy || !root) return;
  const focus = focused && counterpart(copy, focused, root);
  if (focus instanceof HTMLElement || focus instanceof SVGElement) focus.focus();
  const click = clicked && counterpart(copy, clicked, root);
  if (click instanceof HTMLElement) {
    click.focus();
    click.click();
  }
}

/**
 * The app's element that stands where `element` stands in the copy: the same path of child
 * positions from the root (a drawing's other schemes and widths, which follow it in the copy, not
 * counted), and the same tag and text; none if the app's page differs there.
 */
function counterpart(copy: Element, element: Element, root: Element): Element | undefined {
  const path: number[] = [];
  for (let node = element; node !== copy;) {
    const parent = node.parentElement;
    if (!parent) return undefined;
    path.unshift(drawnChildren(parent).indexOf(node));
    node = parent;
  }
  let found: Element | undefined = root;
  for (const index of path) found = found && drawnChildren(found)[index];
  const same = found?.tagName === element.tagName && found.textContent.trim() === element.textContent.trim();
  return same ? found : undefined;
}

/** An element's children, less the variants of a drawing that follow it in the copy. */
function drawnChildren(parent: Element): Element[] {
  return [...parent.children].filter(
    (child) =>
      !(child.tagName.toLowerCase() === 'svg' && child.previousElementSibling?.matches('svg[class*="pre-"]')),
  );
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
