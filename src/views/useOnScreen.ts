import { useEffect, useRef, useState } from 'react';

/**
 * Whether an element (or the part of it `watch` picks) is in the viewport, kept up to date. True
 * until the first report, and always where the browser cannot tell, so that nothing is held back
 * for want of an answer.
 */
export function useOnScreen<T extends HTMLElement>(
  watch: (element: T) => Element = (element) => element,
): [React.RefObject<T | null>, boolean] {
  const ref = useRef<T>(null);
  const [onScreen, setOnScreen] = useState(true);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(([entry]) => {
      if (entry) setOnScreen(entry.isIntersecting);
    });
    observer.observe(watch(element));
    return () => observer.disconnect();
    // Watched once, from mount: the part it picks is there from the first render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return [ref, onScreen];
}
