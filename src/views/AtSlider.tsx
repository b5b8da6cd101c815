import * as Slider from '@radix-ui/react-slider';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { DateRange } from '../selectors/filter';
import { t } from '../i18n/catalogue';
import { formatDay } from '../i18n/format';
import { monthCount, monthEnd, monthIndex } from '../selectors/months';

/** How long the player stays on each month. */
const STEP_MS = 180;

/**
 * "In force on": a date slider over the data's span, by months (the last step is the as-of day).
 * Arrow keys move a month, PageUp and PageDown a year, Home and End to the ends. Play walks
 * forward a month at a time and stops at the end. The day goes to the address as `at`: one
 * history entry per gesture, so Back returns to the day before.
 */
export function AtSlider({
  span,
  at,
  onAt,
}: {
  span: DateRange;
  /** The day shown (the as-of day when the address gives none). */
  at: string;
  onAt: (at: string | undefined, options: { replace: boolean }) => void;
}) {
  const last = monthCount(span);
  const index = monthIndex(span, at);
  const [draft, setDraft] = useState<number | undefined>(undefined);
  const [shownIndex, setShownIndex] = useState(index);
  if (shownIndex !== index) {
    setShownIndex(index);
    setDraft(undefined);
  }
  const value = draft ?? index;
  const [playing, setPlaying] = useState(false);
  const committed = useRef(false);
  const write = useCallback(
    (next: number, replace: boolean) => onAt(next === last ? undefined : monthEnd(span, next), { replace }),
    [onAt, last, span],
  );
  const isPlaying = playing && index < last;
  const commit = (next: number) => {
    if (next === index) return;
    write(next, committed.current);
    committed.current = true;
  };
  useEffect(() => {
    if (!isPlaying) return;
    const timer = setTimeout(() => {
      write(index + 1, true);
      if (index + 1 >= last) setPlaying(false);
    }, STEP_MS);
    return () => clearTimeout(timer);
  }, [isPlaying, index, last, write]);
  const yearKey = (event: KeyboardEvent) => {
    if (event.key !== 'PageUp' && event.key !== 'PageDown') return;
    event.preventDefault();
    const next = Math.min(last, Math.max(0, value + (event.key === 'PageUp' ? 12 : -12)));
    setDraft(next);
    commit(next);
  };
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <button
        type="button"
        onClick={() => {
          if (isPlaying) return setPlaying(false);
          // From the start when at the end; one history entry for the whole walk.
          write(index >= last ? 0 : index, false);
          setPlaying(true);
        }}
        className="rounded border border-gray-400 px-3 py-1 text-sm font-medium dark:border-gray-500"
      >
        {t(isPlaying ? 'pages.slider.pause' : 'pages.slider.play')}
      </button>
      <Slider.Root
        className="relative flex h-6 min-w-48 grow touch-none select-none items-center"
        min={0}
        max={last}
        step={1}
        value={[value]}
        onValueChange={([next]) => setDraft(next)}
        onValueCommit={([next]) => next !== undefined && commit(next)}
        onFocus={() => {
          committed.current = false;
        }}
      >
        <Slider.Track className="relative h-2 grow rounded-full bg-gray-200 dark:bg-gray-700">
          <Slider.Range className="absolute h-full rounded-full bg-gray-500 dark:bg-gray-400" />
        </Slider.Track>
        <Slider.Thumb
          aria-label={t('pages.slider.label')}
          aria-valuetext={formatDay(monthEnd(span, value))}
          onKeyDown={yearKey}
          className="block h-5 w-5 rounded-full border-2 border-gray-800 bg-white shadow dark:border-gray-100 dark:bg-gray-900"
        />
      </Slider.Root>
      <output className="w-28 text-sm font-semibold tabular-nums">{formatDay(monthEnd(span, value))}</output>
    </div>
  );
}
