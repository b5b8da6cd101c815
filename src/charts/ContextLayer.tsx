import { useState, type KeyboardEvent } from 'react';
import { usePlotArea, useXAxisScale } from 'recharts';
import { markTag, type ContextMark } from '../selectors/context';
import { t } from '../i18n/catalogue';
import { formatDay } from '../i18n/format';
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
    title: `${markTag(mark)}. ${mark.annotation.title} — ${formatDay(mark.annotation.date)}`,
    body: mark.annotation.summary,
    lang: mark.lang,
    footer: source && t('charts.context.source', { publisher: source.publisher, title: source.title }),
    // The marker is above the plot: the box must not hide it.
    place: 'bottom',
  };
}

/**
 * The short title a label shows: numbered, cut at a word near the limit. An action a step points
 * out shows its letter alone, so that every one of them keeps a label; the key under the chart
 * names it in full.
 */
export function contextLabel(mark: ContextMark): string {
  if (mark.pointed) return markTag(mark);
  const title = mark.annotation.title;
  const cut =
    title.length <= MAX_TITLE ? title : `${title.slice(0, title.lastIndexOf(' ', MAX_TITLE) || MAX_TITLE)}…`;
  return `${markTag(mark)} ${cut}`;
}

/** The marker a key moves focus to from marker `at` of `count`, if the key moves it. */
export function contextStep(key: string, at: number, count: number): number | undefined {
  if (key === 'ArrowRight' || key === 'ArrowDown') return Math.min(count - 1, at + 1);
  if (key === 'ArrowLeft' || key === 'ArrowUp') return Math.max(0, at - 1);
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return undefined;
}

/**
 * Context events drawn on the time axis of a chart: a dashed rule and a marker at each event's
 * date, labels in rows above the plot that never overlap (a number where a title has no room),
 * and on an interactive chart focusable markers whose details the frame shows on hover or focus:
 * one stop in the tab order, the arrow keys (and Home, End) moving between them.
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
  /** The marker that holds the chart's one tab stop among them: the last one focused. */
  const [current, setCurrent] = useState(0);
  if (!scale || !plot || marks.length === 0) return null;
  const placed = marks.flatMap((mark) => {
    const x = scale(xOf(mark), { position: 'middle' });
    return x === undefined ? [] : [{ mark, x: x - plot.x, label: contextLabel(mark) }];
  });
  const places = layoutLabels(
    placed.map((p) => ({
      x: p.x,
      full: p.label.length * glyph,
      short: markTag(p.mark).length * glyph + 2,
      first: p.mark.pointed,
    })),
    plot.width,
    CONTEXT_ROWS,
  );
  const stop = Math.min(current, placed.length - 1);
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    const to = contextStep(event.key, stop, placed.length);
    if (to === undefined) return;
    // The chart's own cursor moves on the same keys: these are the markers'.
    event.preventDefault();
    event.stopPropagation();
    setCurrent(to);
    const next = event.currentTarget.querySelectorAll<SVGGElement>('.context-mark')[to];
    next?.focus();
  };
  return (
    <g
      className="context-layer"
      fontSize={labelSize}
      {...(interactive && {
        role: 'toolbar',
        'aria-label': t('charts.context.toolbar', { count: placed.length }),
        onKeyDown,
      })}
    >
      {placed.map(({ mark, x, label }, i) => {
        const place = places[i] ?? { row: -1, form: 'none' };
        const text = place.form === 'full' ? label : markTag(mark);
        // An action the step points out is drawn in ink, solid and bold; context events are muted.
        const ink = mark.pointed ? theme.text : theme.muted;
        const px = plot.x + x;
        const describe = t('charts.context.describe', {
          date: formatDay(mark.annotation.date),
          title: mark.annotation.title,
        });
        const show = () => onHighlight?.(contextHighlight(mark));
        const hide = () => onHighlight?.(undefined);
        return (
          <g
            key={mark.annotation.id}
            className="context-mark"
            data-context={mark.annotation.id}
            {...(interactive && {
              tabIndex: i === stop ? 0 : -1,
              role: 'button',
              'aria-label': describe,
              onFocus: () => {
                setCurrent(i);
                show();
              },
              onBlur: hide,
              onMouseEnter: show,
              onMouseLeave: hide,
              onClick: show,
              style: { cursor: 'pointer' },
            })}
          >
            <title>{describe}</title>
            <line
              x1={px}
              x2={px}
              y1={plot.y}
              y2={plot.y + plot.height}
              stroke={ink}
              strokeDasharray={mark.pointed ? undefined : '2 3'}
              strokeWidth={mark.pointed ? 2 : 1}
              strokeOpacity={mark.pointed ? 0.9 : 0.7}
            />
            {mark.pointed ? (
              <circle cx={px} cy={plot.y - 6} r={5} fill={ink} />
            ) : (
              <path d={`M${px} ${plot.y - 1} l4 -5 l-4 -5 l-4 5 Z`} fill={ink} />
            )}
            {interactive && <circle className="context-ring" cx={px} cy={plot.y - 6} r={8} fill="none" />}
            {place.form !== 'none' && (
              <text
                x={plot.x + labelStart(x, text.length * glyph, plot.width)}
                y={plot.y - 12 - place.row * rowHeight}
                fill={ink}
                fontWeight={mark.pointed ? 700 : undefined}
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
