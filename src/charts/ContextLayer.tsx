import { usePlotArea, useXAxisScale } from 'recharts';
import type { ContextMark } from '../selectors/context';
import { formatDay } from '../selectors/format';
import { labelStart, layoutLabels } from './contextLayout';
import type { Highlight } from './spec';
import type { ChartTheme } from './theme';

/** Rows of labels above the plot. */
export const CONTEXT_ROWS = 2;

/** The extra top margin a chart needs for its context labels, at a plot's axis font size. */
export function contextBand(fontSize = 12): number {
  return CONTEXT_ROWS * (fontSize + 2) + 4;
}

const MAX_TITLE = 26;

/** What the frame shows for a context event whose marker is hovered or focused. */
export function contextHighlight(mark: ContextMark): Highlight {
  const source = mark.annotation.sources[0];
  return {
    title: `${mark.number}. ${mark.annotation.title} — ${formatDay(mark.annotation.date)}`,
    body: mark.annotation.summary,
    footer: source && `Source: ${source.publisher}, “${source.title}”`,
  };
}

/** The short title a label shows: numbered, cut at a word near the limit. */
export function contextLabel(mark: ContextMark): string {
  const title = mark.annotation.title;
  const cut =
    title.length <= MAX_TITLE ? title : `${title.slice(0, title.lastIndexOf(' ', MAX_TITLE) || MAX_TITLE)}…`;
  return `${mark.number} ${cut}`;
}

/**
 * Context events drawn on the time axis of a chart: a dashed rule and a marker at each event's
 * date, labels in rows above the plot that never overlap (a number where a title has no room),
 * and on an interactive chart a focusable marker whose details the frame shows on hover or focus.
 */
export function ContextLayer({
  marks,
  xOf,
  theme,
  interactive,
  onHighlight,
  fontSize = 12,
}: {
  marks: readonly ContextMark[];
  /** The x value of an event on this chart's axis (a date's time, or its period's label). */
  xOf: (mark: ContextMark) => unknown;
  theme: ChartTheme;
  interactive: boolean;
  onHighlight?: (highlight: Highlight | undefined) => void;
  /** The plot's axis font size; labels are a point smaller. */
  fontSize?: number;
}) {
  const labelSize = fontSize - 1;
  const rowHeight = fontSize + 2;
  /** Average glyph width at the label size: labels are laid out before they are drawn. */
  const glyph = labelSize * 0.58;
  const scale = useXAxisScale();
  const plot = usePlotArea();
  if (!scale || !plot || marks.length === 0) return null;
  const placed = marks.flatMap((mark) => {
    const x = scale(xOf(mark), { position: 'middle' });
    return x === undefined ? [] : [{ mark, x: x - plot.x, label: contextLabel(mark) }];
  });
  const places = layoutLabels(
    placed.map((p) => ({
      x: p.x,
      full: p.label.length * glyph,
      short: String(p.mark.number).length * glyph + 2,
    })),
    plot.width,
    CONTEXT_ROWS,
  );
  return (
    <g className="context-layer" fontSize={labelSize}>
      {placed.map(({ mark, x, label }, i) => {
        const place = places[i] ?? { row: -1, form: 'none' };
        const text = place.form === 'full' ? label : String(mark.number);
        const px = plot.x + x;
        const describe = `Context, ${formatDay(mark.annotation.date)}: ${mark.annotation.title}`;
        const show = () => onHighlight?.(contextHighlight(mark));
        const hide = () => onHighlight?.(undefined);
        return (
          <g
            key={mark.annotation.id}
            className="context-mark"
            data-context={mark.annotation.id}
            {...(interactive && {
              tabIndex: 0,
              role: 'button',
              'aria-label': describe,
              onFocus: show,
              onBlur: hide,
              onMouseEnter: show,
              onMouseLeave: hide,
              onClick: show,
              style: { cursor: 'pointer', outline: 'none' },
            })}
          >
            <title>{describe}</title>
            <line
              x1={px}
              x2={px}
              y1={plot.y}
              y2={plot.y + plot.height}
              stroke={theme.muted}
              strokeDasharray="2 3"
              strokeOpacity={0.7}
            />
            <path d={`M${px} ${plot.y - 1} l4 -5 l-4 -5 l-4 5 Z`} fill={theme.muted} />
            {place.form !== 'none' && (
              <text
                x={plot.x + labelStart(x, text.length * glyph, plot.width)}
                y={plot.y - 12 - place.row * rowHeight}
                fill={theme.muted}
              >
                {text}
              </text>
            )}
            {interactive && (
              <rect x={px - 6} y={plot.y - 12} width={12} height={plot.height + 12} fill="transparent" />
            )}
          </g>
        );
      })}
    </g>
  );
}
