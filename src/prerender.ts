import { useLayoutEffect } from 'react';

/**
 * Ends the build's pre-rendered first screen (see scripts/prerender.ts): the app, drawn beneath it
 * unseen, shows in its place. Called in a layout effect once the first chart (or the page) is
 * drawn (so the swap happens within one frame), when the data fails, on the first navigation, and
 * after a timeout. What the reader did on the copy carries over: what they typed, chose or ticked
 * in its fields is set in the app's, the control they clicked (marked by boot.js) is clicked in
 * the app, and the one focused keeps the focus.
 */
export function endPrerender(): void {
  const copy = document.getElementById('prerender');
  const root = document.getElementById('root');
  const clicked = copy?.querySelector('[data-replay="click"]');
  const focused = copy?.contains(document.activeElement) ? document.activeElement : null;
  copy?.remove();
  document.documentElement.removeAttribute('data-prerender');
  if (!copy || !root) return;
  for (const field of copy.querySelectorAll('input, select, textarea')) {
    const own = counterpart(copy, field, root);
    if (own) carryOver(field, own);
  }
  const focus = focused && counterpart(copy, focused, root);
  if (focus instanceof HTMLElement || focus instanceof SVGElement) focus.focus();
  const click = clicked && counterpart(copy, clicked, root);
  if (click instanceof HTMLElement) {
    click.focus();
    click.click();
  }
}

/**
 * Sets the app's field to what the reader made of the copy's, if anything: as typing or choosing
 * would (the value set natively, then its input and change events; a box ticked by a click), so
 * that the app's own handlers take it.
 */
function carryOver(field: Element, own: Element) {
  if (field.tagName !== own.tagName) return;
  if (field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio')) {
    if (field.checked !== field.defaultChecked && Reflect.get(own, 'checked') !== field.checked)
      own.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    return;
  }
  const changed =
    field instanceof HTMLSelectElement
      ? field.selectedOptions[0]?.defaultSelected === false
      : (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) &&
        field.value !== field.defaultValue;
  if (!changed) return;
  // The field's own prototype's setter, called on the app's field: React's tracker of the value
  // sits on the field itself, and would otherwise swallow the events.
  Reflect.set(Reflect.getPrototypeOf(own) ?? own, 'value', Reflect.get(field, 'value'), own);
  own.dispatchEvent(new Event('input', { bubbles: true }));
  own.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * The app's element that stands where `element` stands in the copy: the same path of child
 * positions from the root (a drawing's other schemes and widths, which follow it in the copy,
 * standing at its position), and the same tag and text; none if the app's page differs there.
 */
function counterpart(copy: Element, element: Element, root: Element): Element | undefined {
  const path: number[] = [];
  for (let node = element; node !== copy;) {
    const parent = node.parentElement;
    if (!parent) return undefined;
    path.unshift(position(node));
    node = parent;
  }
  let found: Element | undefined = root;
  for (const index of path) found = found && [...found.children][index];
  const same = found?.tagName === element.tagName && found.textContent.trim() === element.textContent.trim();
  return same ? found : undefined;
}

/** An element's position among its parent's children, a drawing and the variants after it (`data-also`) counted as one. */
function position(element: Element): number {
  let index = 0;
  for (let child = element.parentElement?.firstElementChild; child && child !== element;) {
    const next = child.nextElementSibling;
    if (!next?.hasAttribute('data-also')) index++;
    child = next;
  }
  return index;
}

/** Ends the pre-render when a view that replaces its chart (an error, a notice) is shown. */
export function useEndPrerender(): void {
  useLayoutEffect(endPrerender, []);
}

/**
 * Ends the pre-render once what the copy shows is drawn inside `element`: the moment `drawn` (a
 * selector) first matches there. Recharts draws in passes (the surface, then axes and marks once
 * it has measured), and a virtual list draws its rows after its first layout, so the sign is seen
 * by a mutation observer, which runs before the next paint.
 */
export function useEndPrerenderWhenDrawn(element: () => Element | null | undefined, drawn: string): void {
  useLayoutEffect(() => {
    const box = element();
    if (!box || !document.getElementById('prerender')) return;
    if (box.querySelector(drawn)) {
      endPrerender();
      return;
    }
    const observer = new MutationObserver(() => {
      if (!box.querySelector(drawn)) return;
      observer.disconnect();
      endPrerender();
    });
    observer.observe(box, { childList: true, subtree: true });
    return () => observer.disconnect();
    // Watched once, from mount: the element is there from the first render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
