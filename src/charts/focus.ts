/**
 * Focus after a control that removes or hides itself (Show all, Reset filters, a menu item, Retry):
 * once the update is drawn, focus goes where the reader continues, never to the page's body.
 * An element that is not focusable by itself is made focusable by script only (tabindex -1).
 */
export function focusAfterUpdate(find: () => Element | null | undefined): void {
  requestAnimationFrame(() => {
    const target = find();
    if (!(target instanceof HTMLElement || target instanceof SVGElement)) return;
    if (!target.hasAttribute('tabindex') && target.tabIndex < 0) target.tabIndex = -1;
    target.focus();
  });
}

/**
 * Calls back with the page's main heading once it is drawn (at once if it is already): a page
 * whose data or code is still coming draws it later. Returns a function that stops waiting.
 */
export function onMainHeading(found: (heading: HTMLElement) => void): () => void {
  // The document it was asked in: a watch outliving its page (a test's torn-down one) reads nothing else.
  const page = document;
  const look = () => {
    const heading = page.querySelector<HTMLElement>('#root h1');
    if (!heading?.textContent.trim()) return false;
    found(heading);
    return true;
  };
  if (look()) return () => undefined;
  const watch = new MutationObserver(() => {
    if (look()) watch.disconnect();
  });
  watch.observe(page.body, { childList: true, subtree: true, characterData: true });
  return () => watch.disconnect();
}

/** Moves focus to a heading (focusable by script only), where a screen reader then reads on. */
export function focusHeading(heading: HTMLElement): void {
  heading.tabIndex = -1;
  heading.focus();
}
