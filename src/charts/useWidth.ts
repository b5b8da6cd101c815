import { useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * The widest a plot is drawn for print: an A4 page (210 mm) less the browser's default margins
 * (about 10 mm a side) is 718 CSS px, less the page's and the figure's padding. Letter paper is
 * wider. Print CSS scales a drawing to its printed box from there, so a chart always prints whole.
 */
export const PRINTED_PLOT_WIDTH = 650;

/**
 * The content width of an element, read before the first paint and kept up to date, so that a
 * plot is drawn at its real size from the start (no layout shift).
 */
export function useWidth<T extends HTMLElement>(): [React.RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(Math.floor(element.clientWidth));
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/**
 * The content size of an element, read before the first paint and kept up to date; before the
 * page is printed, at most the printed width (the browser lays the page out again for paper, and
 * a drawing made for a wide window would be cropped there).
 */
export function useSize<T extends HTMLElement>(): [
  React.RefObject<T | null>,
  { width: number; height: number },
] {
  const ref = useRef<T>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () =>
      setSize({ width: Math.floor(element.clientWidth), height: Math.floor(element.clientHeight) });
    measure();
    let printing = false;
    const observer = new ResizeObserver(([entry]) => {
      // On paper the plot's box follows its drawing (print CSS): the drawing stays as made for it.
      if (entry && !printing)
        setSize({ width: Math.floor(entry.contentRect.width), height: Math.floor(entry.contentRect.height) });
    });
    observer.observe(element);
    // Drawn again before the browser lays the page out for print, and again after.
    const beforePrint = () => {
      printing = true;
      flushSync(() =>
        setSize((now) => ({ width: Math.min(now.width, PRINTED_PLOT_WIDTH), height: now.height })),
      );
    };
    const afterPrint = () => {
      printing = false;
      measure();
    };
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
    };
  }, []);
  return [ref, size];
}
