import type { ReactNode } from 'react';
import { Legend } from './Legend';
import { useChartIdPrefix } from './PageFrame';
import { drawModel, type ChartModel, type LegendItem } from './spec';
import type { ChartTheme } from './theme';
import { useSize } from './useWidth';

/**
 * The thumbnail frame, beside the page, embed, slide and export frames: a chart model drawn small
 * and still, at its box's width and a share of it in height, with a legend when given one. It
 * serves where a chart is shown rather than explored: the speaker's previews, the overview's lead.
 */
export function ThumbFrame({
  model,
  theme,
  label,
  aspect = 0.45,
  legend,
  caption,
}: {
  model: ChartModel;
  theme: ChartTheme;
  /** The figure's accessible name. */
  label: string;
  /** Plot height as a share of its width. */
  aspect?: number;
  /** A legend above the plot: the model's own, or a shorter one that a caption completes. */
  legend?: readonly LegendItem[];
  /** Under the plot: what it shows and where from. */
  caption?: ReactNode;
}) {
  const idPrefix = useChartIdPrefix(`thumb-${model.id}`);
  const [box, { width }] = useSize<HTMLDivElement>();
  const height = Math.round(width * aspect);
  return (
    <figure aria-label={label}>
      {legend && (
        <div className="mb-1 text-xs [&_ul]:text-xs">
          <Legend items={legend} theme={theme} idPrefix={`${idPrefix}-legend`} />
        </div>
      )}
      {/* The box keeps its height before it is measured, so nothing below it moves. */}
      <div ref={box} style={{ aspectRatio: `${1 / aspect}` }}>
        {width > 0 && drawModel(model, { width, height, theme, idPrefix, interactive: false })}
      </div>
      {caption && <figcaption>{caption}</figcaption>}
    </figure>
  );
}
