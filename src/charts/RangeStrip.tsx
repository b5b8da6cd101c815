import * as Slider from '@radix-ui/react-slider';
import { useRef, useState, type KeyboardEvent } from 'react';
import type { DateRange } from '../selectors/filter';
import { t } from '../i18n/catalogue';
import { formatDay } from '../i18n/format';
import { monthCount, monthEnd, monthIndex, monthLabel, monthStart } from '../selectors/months';
import { focusAfterUpdate } from './focus';

/**
 * A thumb of 24 px each way, the smallest target WCAG 2.2 allows; the start thumb sits just left
 * of its day and the end thumb just right of its own, so that they never cover each other.
 */
const thumb =
  'block h-6 w-6 cursor-ew-resize rounded-full border-2 border-gray-800 bg-white shadow dark:border-gray-100 dark:bg-gray-900';

/**
 * The time brush under a time chart: the whole span of the data, with the chart's range selected.
 * Drag a handle (or the track) to zoom; the arrow keys move a handle by a month, PageUp and
 * PageDown by a year, Home and End to the span's ends. The range goes to the address when a
 * gesture ends (one history entry per gesture, so Back steps through zooms); Reset shows all.
 */
export function RangeStrip({
  span,
  range,
  onRange,
}: {
  span: DateRange;
  range: DateRange;
  onRange: (
    range: { from: string | undefined; to: string | undefined },
    options: { replace: boolean },
  ) => void;
}) {
  const last = monthCount(span);
  const current: [number, number] = [monthIndex(span, range.start), monthIndex(span, range.end)];
  const [draft, setDraft] = useState<[number, number] | undefined>(undefined);
  const [shown, setShown] = useState(current.join());
  if (shown !== current.join()) {
    setShown(current.join());
    setDraft(undefined);
  }
  const value = draft ?? current;
  const committed = useRef(false);
  const commit = ([a, b]: number[]) => {
    if (a === undefined || b === undefined) return;
    if (a === current[0] && b === current[1]) return;
    onRange(
      { from: a === 0 ? undefined : monthStart(span, a), to: b === last ? undefined : monthEnd(span, b) },
      { replace: committed.current },
    );
    committed.current = true;
  };
  // A year per PageUp/PageDown (the slider's own step there is ten).
  const yearKey = (index: 0 | 1, event: KeyboardEvent) => {
    if (event.key !== 'PageUp' && event.key !== 'PageDown') return;
    event.preventDefault();
    const next: [number, number] = [...value];
    const moved = Math.min(last, Math.max(0, value[index] + (event.key === 'PageUp' ? 12 : -12)));
    next[index] = index === 0 ? Math.min(moved, value[1]) : Math.max(moved, value[0]);
    setDraft(next);
    commit(next);
  };
  const zoomed = value[0] !== 0 || value[1] !== last;
  return (
    <div className="mt-2 flex items-center gap-3 print:hidden" data-range-strip="">
      <span className="shrink-0 text-xs text-gray-600 dark:text-gray-300">{t('frames.range.zoom')}</span>
      <Slider.Root
        className="relative mx-3 flex h-6 grow touch-none select-none items-center"
        min={0}
        max={last}
        step={1}
        minStepsBetweenThumbs={0}
        value={value}
        onValueChange={(next) => setDraft([next[0] ?? 0, next[1] ?? last])}
        onValueCommit={commit}
        onFocus={() => {
          committed.current = false;
        }}
        aria-label={t('frames.range.label')}
      >
        <Slider.Track className="relative h-2 grow rounded-full bg-gray-200 dark:bg-gray-700">
          <Slider.Range className="absolute h-full rounded-full bg-gray-500 dark:bg-gray-400" />
        </Slider.Track>
        <Slider.Thumb
          className={`${thumb} -translate-x-3`}
          aria-label={t('frames.range.start')}
          aria-valuetext={formatDay(monthStart(span, value[0]))}
          onKeyDown={(event) => yearKey(0, event)}
        />
        <Slider.Thumb
          className={`${thumb} translate-x-3`}
          aria-label={t('frames.range.end')}
          aria-valuetext={formatDay(monthEnd(span, value[1]))}
          onKeyDown={(event) => yearKey(1, event)}
        />
      </Slider.Root>
      <span className="w-36 shrink-0 text-right text-xs tabular-nums text-gray-700 dark:text-gray-200">
        {monthLabel(span, value[0])} – {monthLabel(span, value[1])}
      </span>
      {zoomed && (
        <button
          type="button"
          className="shrink-0 text-xs text-blue-700 underline dark:text-sky-300"
          onClick={(event) => {
            const strip = event.currentTarget.parentElement;
            onRange({ from: undefined, to: undefined }, { replace: false });
            focusAfterUpdate(() => strip?.querySelector('[role="slider"]'));
          }}
        >
          {t('frames.range.all')}
        </button>
      )}
    </div>
  );
}
