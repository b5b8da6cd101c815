import { laterWords } from './catalogue';

/** What a reader does that the app listens for: pointer, touch, keys, focus and fields. */
const INPUT = (
  'mousedown mouseup mousemove mouseover mouseout click dblclick touchstart touchmove touchend ' +
  'keydown keyup input change submit focusin focusout'
).split(' ');

/** Taken, not yet handled; undefined when nothing is held. */
let held: Event[] | undefined;

/**
 * Holds what a reader does while the page's later words are on their way, then hands it to the
 * page, in order (as React hands a hydrating page the input it missed). What input brings up (a
 * tooltip, a filtered view, an opened table) may say a later word, and a view that asked for one
 * before it came would hide the page until it did (React's Suspense). A held click's or submit's
 * default (a link followed, a box ticked) comes with it; a run of moves is handled as its last.
 */
export function holdInput(): void {
  if (held || typeof window === 'undefined') return;
  held = [];
  INPUT.forEach((type) => window.addEventListener(type, hold, { capture: true }));
  releaseWhenIn();
}

function hold(event: Event) {
  if (!event.isTrusted || !held) return;
  event.stopPropagation();
  if (event.type === 'click' || event.type === 'submit') event.preventDefault();
  if (held.at(-1)?.type === event.type && event.type.endsWith('move')) held.pop();
  held.push(event);
}

/** Once the later words are in (a page moved to meanwhile may have asked for more), hands on what was held. */
function releaseWhenIn() {
  const loading = laterWords();
  if (loading) {
    void loading.then(releaseWhenIn);
    return;
  }
  INPUT.forEach((type) => window.removeEventListener(type, hold, { capture: true }));
  const events = held ?? [];
  held = undefined;
  for (const event of events) {
    const copy: unknown = Reflect.construct(event.constructor, [event.type, event]);
    if (event.target instanceof Node && event.target.isConnected && copy instanceof Event)
      event.target.dispatchEvent(copy);
  }
}
