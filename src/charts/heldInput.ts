import { useEffect, type RefObject } from 'react';
import { laterWords } from '../i18n/catalogue';

/** What a reader does to a plot that the app listens for: pointer, touch, keys and focus. */
const INPUT =
  'mousemove mouseover mouseout click touchstart touchmove touchend keydown focusin focusout'.split(' ');

/**
 * A plot's input waits for the page's later words, then is handled, in order. What a plot says when
 * touched (a tooltip, a selection, a highlighted mark) is in those words, and a drawing that asked
 * for one before they came would hide the page until they did (React's Suspense). A held click's
 * default (a link's) comes with it; a run of moves is handled as its last.
 */
export function useInputAfterWords(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const box = ref.current;
    const loading = laterWords();
    if (!box || !loading) return;
    const held: Event[] = [];
    const hold = (event: Event) => {
      if (!event.isTrusted || !touches(box, event)) return;
      event.stopPropagation();
      if (event.type === 'click') event.preventDefault();
      const last = held.at(-1);
      if (last?.type === event.type && event.type.endsWith('move')) held.pop();
      held.push(event);
    };
    const stop = () => INPUT.forEach((type) => window.removeEventListener(type, hold, { capture: true }));
    INPUT.forEach((type) => window.addEventListener(type, hold, { capture: true }));
    let mounted = true;
    void loading.then(() => {
      stop();
      if (!mounted) return;
      for (const event of held) {
        const copy = copyOf(event);
        if (event.target instanceof Node && event.target.isConnected && copy instanceof Event)
          event.target.dispatchEvent(copy);
      }
    });
    return () => {
      mounted = false;
      stop();
    };
  }, [ref]);
}

/**
 * Whether `event` is on `box`, or leaves something else for it: React tells a pointer's entering
 * from its leaving what it was over.
 */
function touches(box: HTMLElement, event: Event): boolean {
  const to = event instanceof MouseEvent || event instanceof FocusEvent ? event.relatedTarget : null;
  return [event.target, to].some((node) => node instanceof Node && box.contains(node));
}

/** A new event like `event`, to dispatch again (an event is dispatched once). */
function copyOf(event: Event): unknown {
  return Reflect.construct(event.constructor, [event.type, event]);
}
