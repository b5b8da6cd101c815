import { useEffect, useRef } from 'react';
import { useActiveTooltipLabel } from 'recharts';
import { bucketBounds } from '../selectors/buckets';
import type { Period } from '../url/view';

/** What the chart's cursor (its tooltip, moved by pointer or arrow keys) can do besides showing. */
type CursorSelectProps = {
  /** The x value of each row, in order: what the cursor's label is. */
  labels: readonly (string | number)[];
  /** Each row's first day (ISO): PageUp and PageDown move a year. */
  days: readonly string[];
  /** Selects what the cursor is on, as a click on its marks would. */
  onEnter?: (label: string | number) => void;
  /** A click anywhere on the plot selects the row under the cursor (for charts whose hover dot covers the marks). */
  pointer?: boolean;
  /** Called with the tooltip's text each time the keyboard moves the cursor: for a live region. */
  onCursor?: (text: string) => void;
};

/** The cursor's rows for a chart with one row per period, labelled as its axis is. */
export function periodCursor(rows: readonly { key: string; label: string }[], period: Period) {
  return {
    labels: rows.map((row) => row.label),
    days: rows.map((row) => bucketBounds(row.key, period).start),
  };
}

/** The row a key moves the cursor to from row `at`, or undefined when the key is not the cursor's. */
export function cursorTarget(key: string, at: number, days: readonly string[]): number | undefined {
  const last = days.length - 1;
  if (last < 0) return undefined;
  const here = days[at] ?? days[0] ?? '';
  const shifted = (years: number) =>
    `${String(Number(here.slice(0, 4)) + years).padStart(4, '0')}${here.slice(4)}`;
  if (key === 'Home') return 0;
  if (key === 'End') return last;
  if (key === 'PageDown') {
    const next = days.findIndex((day) => day >= shifted(1));
    return next === -1 ? last : next;
  }
  if (key === 'PageUp') {
    const previous = days.findLastIndex((day) => day <= shifted(-1));
    return previous === -1 ? 0 : previous;
  }
  return undefined;
}

/**
 * Inside a chart, beside Recharts' own arrow keys: Home, End, PageUp and PageDown (a year) move the
 * cursor; Enter (or, with `pointer`, a click) selects what it is on; each keyboard move hands the
 * tooltip's text to a live region, so a screen reader hears the values a sighted reader sees.
 */
export function CursorSelect({ labels, days, onEnter, pointer, onCursor }: CursorSelectProps) {
  const label = useActiveTooltipLabel();
  const anchor = useRef<SVGGElement>(null);
  const latest = useRef<string | number | undefined>(undefined);
  const moved = useRef(false);
  const props = useRef({ labels, days, onEnter, onCursor });
  useEffect(() => {
    props.current = { labels, days, onEnter, onCursor };
  });
  useEffect(() => {
    latest.current = typeof label === 'string' || typeof label === 'number' ? label : undefined;
    const surface = anchor.current?.ownerSVGElement;
    const wrapper = surface?.parentElement;
    if (!moved.current || !wrapper || latest.current === undefined) return;
    moved.current = false;
    // The tooltip is drawn in the same update as the label: read it once the frame is painted.
    const frame = requestAnimationFrame(() => {
      const text = wrapper.querySelector('.recharts-tooltip-wrapper')?.textContent.trim();
      if (text) props.current.onCursor?.(text);
    });
    return () => cancelAnimationFrame(frame);
  }, [label]);
  useEffect(() => {
    const surface = anchor.current?.ownerSVGElement;
    const wrapper = surface?.parentElement;
    if (!surface || !wrapper) return;
    const onKey = (event: KeyboardEvent) => {
      // The context markers' keys are theirs (ContextLayer).
      if (event.target instanceof Element && event.target.closest('.context-mark')) return;
      const { labels, days, onEnter } = props.current;
      if (event.key === 'Enter' && latest.current !== undefined) {
        onEnter?.(latest.current);
        return;
      }
      if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
        moved.current = true;
        return;
      }
      if (!event.isTrusted) return;
      const at = latest.current === undefined ? 0 : Math.max(0, labels.indexOf(latest.current));
      const target = cursorTarget(event.key, at, days);
      if (target === undefined) return;
      event.preventDefault();
      // Recharts moves its cursor one row per arrow key and offers no other way: step it there.
      const key = target > at ? 'ArrowRight' : 'ArrowLeft';
      for (let i = 0; i < Math.abs(target - at); i++)
        wrapper.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    };
    const onClick = (event: MouseEvent) => {
      if (event.target instanceof Element && event.target.closest('.context-mark')) return;
      if (latest.current !== undefined) props.current.onEnter?.(latest.current);
    };
    wrapper.addEventListener('keydown', onKey);
    if (pointer) wrapper.addEventListener('click', onClick);
    return () => {
      wrapper.removeEventListener('keydown', onKey);
      wrapper.removeEventListener('click', onClick);
    };
  }, [pointer]);
  return <g ref={anchor} />;
}
