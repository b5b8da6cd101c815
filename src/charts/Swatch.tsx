import type { Action, Actor, Direction } from '../data/ids';
import type { SwatchStyle } from './spec';
import { ACTOR_DASH, type ChartTheme } from './theme';

/** Id of the fill pattern of a direction's bars for an actor, under a chart instance's prefix. */
export function patternId(idPrefix: string, actor: Actor, direction: Direction): string {
  return `${idPrefix}-${direction}-${actor}`;
}

/** The fill of a direction's bars: solid, dotted or hatched (the non-colour encoding). */
export function directionFill(
  idPrefix: string,
  theme: ChartTheme,
  actor: Actor,
  direction: Direction,
): string {
  return direction === 'tighten' ? theme.actor(actor) : `url(#${patternId(idPrefix, actor, direction)})`;
}

/**
 * SVG patterns for the non-colour encoding: dots for renewals, diagonal hatching for easing and
 * lifting, one pair per actor, ids under `idPrefix`.
 */
export function DirectionPatterns({
  idPrefix,
  actors,
  theme,
}: {
  idPrefix: string;
  actors: readonly Actor[];
  theme: ChartTheme;
}) {
  return (
    <defs>
      {actors.map((actor) => {
        const color = theme.actor(actor);
        return (
          <g key={actor}>
            <pattern
              id={patternId(idPrefix, actor, 'maintain')}
              width="6"
              height="6"
              patternUnits="userSpaceOnUse"
            >
              <rect width="6" height="6" fill={color} fillOpacity="0.25" />
              <circle cx="3" cy="3" r="1.4" fill={color} />
            </pattern>
            <pattern
              id={patternId(idPrefix, actor, 'loosen')}
              width="6"
              height="6"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect width="6" height="6" fill={color} fillOpacity="0.2" />
              <rect width="2.5" height="6" fill={color} />
            </pattern>
          </g>
        );
      })}
    </defs>
  );
}

/** Width of a swatch in a legend. */
export const SWATCH_WIDTH = {
  bar: 14,
  line: 28,
  dot: 10,
  square: 10,
  marker: 12,
  symbol: 14,
  band: 14,
  category: 14,
  status: 28,
} as const;

/**
 * Colours of the categories of a breakdown (measure kinds, instrument families): the Okabe–Ito
 * palette, light and dark, each with its own fill pattern so that colour is never the only cue.
 */
export const CATEGORY_COLORS = {
  light: ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#8A6D00', '#555555'],
  dark: ['#56B4E9', '#E69F00', '#3CC08F', '#CC79A7', '#F0E442', '#BBBBBB'],
} as const;

/** The colour of category `index` in a theme. */
export function categoryColor(theme: ChartTheme, index: number): string {
  const colors = theme.dark ? CATEGORY_COLORS.dark : CATEGORY_COLORS.light;
  return colors[index % colors.length] ?? theme.text;
}

/** Fill pattern ids of the categories of a breakdown: solid, hatched, dotted, crossed, striped, checked. */
export function categoryFill(idPrefix: string, theme: ChartTheme, index: number): string {
  return index % 6 === 0 ? categoryColor(theme, index) : `url(#${idPrefix}-cat-${index})`;
}

/** The fill patterns of `count` breakdown categories, under a chart instance's prefix. */
export function CategoryPatterns({
  idPrefix,
  count,
  theme,
}: {
  idPrefix: string;
  count: number;
  theme: ChartTheme;
}) {
  return (
    <defs>
      {Array.from({ length: count }, (_, index) => {
        const color = categoryColor(theme, index);
        const kind = index % 6;
        if (kind === 0) return null;
        return (
          <pattern
            key={index}
            id={`${idPrefix}-cat-${index}`}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform={kind === 1 ? 'rotate(45)' : kind === 4 ? 'rotate(0)' : undefined}
          >
            <rect width="6" height="6" fill={color} fillOpacity={0.3} />
            {kind === 1 && <rect width="2.5" height="6" fill={color} />}
            {kind === 2 && <circle cx="3" cy="3" r="1.5" fill={color} />}
            {kind === 3 && <path d="M0 0L6 6M6 0L0 6" stroke={color} strokeWidth="1.5" />}
            {kind === 4 && <rect width="6" height="2.5" fill={color} />}
            {kind === 5 && <rect width="3" height="3" fill={color} />}
          </pattern>
        );
      })}
    </defs>
  );
}

/**
 * The mark of an action kind on the timeline, centred on (x, y) with radius r: tightening filled
 * (triangle up, circle, square), renewal and loosening hollow (circle, triangle down, diamond),
 * lifting a cross. Shape carries the kind; colour carries the actor.
 */
export function ActionSymbol({
  action,
  x,
  y,
  r,
  color,
}: {
  action: Action;
  x: number;
  y: number;
  r: number;
  color: string;
}) {
  const hollow = { fill: 'none', stroke: color, strokeWidth: 2 } as const;
  const solid = { fill: color, stroke: color, strokeWidth: 1 } as const;
  switch (action) {
    case 'impose':
      return <path d={`M${x} ${y - r} L${x + r} ${y + r * 0.8} L${x - r} ${y + r * 0.8} Z`} {...solid} />;
    case 'expand':
      return <circle cx={x} cy={y} r={r * 0.85} {...solid} />;
    case 'reimpose':
      return <rect x={x - r * 0.8} y={y - r * 0.8} width={r * 1.6} height={r * 1.6} {...solid} />;
    case 'renew':
      return <circle cx={x} cy={y} r={r * 0.75} {...hollow} />;
    case 'ease':
      return <path d={`M${x} ${y + r} L${x + r} ${y - r * 0.8} L${x - r} ${y - r * 0.8} Z`} {...hollow} />;
    case 'suspend':
      return <path d={`M${x} ${y - r} L${x + r} ${y} L${x} ${y + r} L${x - r} ${y} Z`} {...hollow} />;
    case 'lift':
      return (
        <path
          d={`M${x - r * 0.8} ${y - r * 0.8} L${x + r * 0.8} ${y + r * 0.8} M${x + r * 0.8} ${y - r * 0.8} L${x - r * 0.8} ${y + r * 0.8}`}
          stroke={color}
          strokeWidth={2.5}
        />
      );
  }
}

/**
 * One legend swatch, drawn at (x, y) with height 14, as SVG. The same drawing serves the page
 * legend (inside a small <svg>) and the exported file (inside the export frame).
 */
export function Swatch({
  swatch,
  theme,
  idPrefix,
  x = 0,
  y = 0,
}: {
  swatch: SwatchStyle;
  theme: ChartTheme;
  idPrefix: string;
  x?: number;
  y?: number;
}) {
  switch (swatch.shape) {
    case 'bar':
      return (
        <rect
          x={x + 0.5}
          y={y + 0.5}
          width="13"
          height="13"
          fill={directionFill(idPrefix, theme, swatch.actor, swatch.direction)}
          stroke={theme.actor(swatch.actor)}
        />
      );
    case 'line':
      return (
        <line
          x1={x}
          y1={y + 7}
          x2={x + 28}
          y2={y + 7}
          stroke={theme.actor(swatch.actor)}
          strokeWidth="2.5"
          strokeDasharray={ACTOR_DASH[swatch.actor]}
        />
      );
    case 'dot':
      return <circle cx={x + 5} cy={y + 7} r="3.5" fill={theme.text} />;
    case 'square':
      return (
        <rect x={x + 1} y={y + 3} width="8" height="8" fill="none" stroke={theme.text} strokeWidth="2" />
      );
    case 'symbol':
      return <ActionSymbol action={swatch.action} x={x + 7} y={y + 7} r={5.5} color={theme.text} />;
    case 'band':
      return <rect x={x} y={y} width="14" height="14" fill={theme.muted} fillOpacity={0.3} />;
    case 'category':
      return (
        <rect
          x={x + 0.5}
          y={y + 0.5}
          width="13"
          height="13"
          fill={categoryFill(idPrefix, theme, swatch.index)}
          stroke={categoryColor(theme, swatch.index)}
        />
      );
    case 'status':
      return <StatusSwatch status={swatch.status} theme={theme} x={x} y={y} />;
    case 'marker':
      return (
        <path
          d={`M${x + 6} ${y + 1} L${x + 11} ${y + 7} L${x + 6} ${y + 13} L${x + 1} ${y + 7} Z`}
          fill={theme.muted}
        />
      );
  }
}

/** How a target's status is drawn on its lane: a thick line while listed, a dashed one while eased, an open circle where delisted. */
export const STATUS_STROKE = {
  listed: { width: 5, dash: undefined },
  eased: { width: 2, dash: '4 3' },
} as const;

function StatusSwatch({
  status,
  theme,
  x,
  y,
}: {
  status: 'listed' | 'eased' | 'delisted';
  theme: ChartTheme;
  x: number;
  y: number;
}) {
  if (status === 'delisted')
    return <circle cx={x + 7} cy={y + 7} r={5} fill={theme.background} stroke={theme.text} strokeWidth={2} />;
  return (
    <g>
      <line
        x1={x + 7}
        x2={x + 28}
        y1={y + 7}
        y2={y + 7}
        stroke={theme.text}
        strokeWidth={STATUS_STROKE[status].width}
        strokeDasharray={STATUS_STROKE[status].dash}
      />
      <circle cx={x + 7} cy={y + 7} r={5} fill={theme.text} stroke={theme.text} strokeWidth={2} />
    </g>
  );
}
