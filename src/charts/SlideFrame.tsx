import type { ReactNode } from 'react';
import { Legend } from './Legend';
import { useChartIdPrefix } from './PageFrame';
import { drawModel, type ChartModel } from './spec';
import type { ChartTheme } from './theme';
import { useSize } from './useWidth';
import { ContextKey } from './Highlight';

/**
 * The slide frame, beside the page, embed and export frames: a chart model laid out for a
 * projector — the step's headline, the chart's own sentence, its legend, and the plot filling what
 * is left of the screen in large type. What the step points out goes under it (`children`).
 */
export function SlideFrame({
  model,
  theme,
  headline,
  animate,
  children,
}: {
  model: ChartModel;
  theme: ChartTheme;
  headline: string;
  /** Animate between steps (off when the reader asks for reduced motion). */
  animate: boolean;
  children?: ReactNode;
}) {
  const idPrefix = useChartIdPrefix(`present-${model.id}`);
  const [box, { width, height }] = useSize<HTMLDivElement>();
  return (
    <section aria-labelledby="slide-title" className="flex min-h-0 grow flex-col gap-2">
      <h1 id="slide-title" className="min-h-[1.2em] text-3xl font-bold leading-tight lg:text-5xl">
        {headline}
      </h1>
      <p
        aria-live="polite"
        className="min-h-[3em] text-xl leading-snug text-gray-900 dark:text-gray-100 lg:text-2xl"
      >
        {model.summary}
      </p>
      <div className="text-base [&_ul]:text-sm lg:[&_ul]:text-base">
        <Legend items={model.legend} theme={theme} idPrefix={`${idPrefix}-legend`} />
      </div>
      {/* On a phone the slide scrolls rather than squeeze the chart under long words; a projector's holds. */}
      <div ref={box} className="min-h-56 grow overflow-hidden lg:min-h-0">
        {width > 0 &&
          height > 0 &&
          drawModel(model, {
            width,
            height,
            theme,
            idPrefix,
            interactive: false,
            animate,
            // Projector type: 18 px from a small laptop's width up (1024 × 768 included).
            fontSize: width >= 800 ? 18 : 14,
          })}
      </div>
      <ContextKey marks={model.context} className="text-xs text-gray-700 dark:text-gray-300 lg:text-sm" />
      {children}
    </section>
  );
}
