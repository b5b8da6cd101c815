import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { CartesianGrid, LineChart, usePlotArea, useXAxisScale, XAxis } from 'recharts';
import { ACTOR_META, type Actor } from '../data/ids';
import type { SanctionsEvent } from '../data/schema';
import type { ContextMark } from '../selectors/context';
import type { DateRange } from '../selectors/filter';
import { dayToTime } from '../selectors/format';
import { contextBand, ContextLayer } from './ContextLayer';
import { timeTicks } from './timeTicks';
import { type Highlight, type PlotProps, surfaceText } from './spec';

const LANE = 34;
const LANE_LABEL = 34;

/**
 * A mark on an actor's lane: the action it stands for, its lane, `nudge` to keep marks of one
 * lane on one day apart, and how it reads (its accessible label and what hovering it shows).
 */
export type LaneMark = {
  /** Its day on the time axis. */
  date: string;
  /** The action it opens; a change seen in a list only has none. */
  event?: SanctionsEvent;
  lane: number;
  nudge: number;
  label: string;
  highlight: Highlight;
};

/** The fixed height of a lane chart: a lane per actor, the context band when drawn, the axis. */
export function laneChartHeight(lanes: number, context: readonly ContextMark[]): number {
  return 8 + (context.length ? contextBand() : 0) + lanes * LANE + 30;
}

/** Where things fall on a lane chart, for what is drawn beneath the marks. */
export type LaneGeometry = { x: (day: string) => number; laneY: (lane: number) => number; r: number };

type LanePlotProps<M extends LaneMark> = PlotProps & {
  marks: readonly M[];
  actors: readonly Actor[];
  range: DateRange;
  context: readonly ContextMark[];
  /** Draws one mark centred on (x, y) with radius r. */
  symbol: (mark: M, at: { x: number; y: number; r: number }) => ReactNode;
  /** Drawn beneath the marks, e.g. the stretches a target stays listed. */
  underlay?: (geometry: LaneGeometry) => ReactNode;
};

/**
 * Actions on a time axis, one lane per actor (the timeline, one target's listings): the axis, the
 * context events and the lanes. Each mark stands for one action: click or Enter opens its page.
 */
export function LanePlot<M extends LaneMark>({
  width,
  height,
  label,
  description,
  idPrefix,
  theme,
  fontSize,
  range,
  context,
  interactive,
  onHighlight,
  ...lanes
}: LanePlotProps<M>) {
  const ticks = timeTicks(range);
  return (
    <LineChart
      width={width}
      height={height}
      data={[{ time: dayToTime(range.start) }, { time: dayToTime(range.end) }]}
      margin={{
        top: 8 + (context.length ? contextBand(fontSize) : 0),
        right: 16,
        bottom: 0,
        left: LANE_LABEL,
      }}
      {...surfaceText(label, description, idPrefix, interactive)}
    >
      <CartesianGrid horizontal={false} stroke={theme.grid} />
      <XAxis
        type="number"
        dataKey="time"
        domain={[dayToTime(range.start), dayToTime(range.end)]}
        ticks={ticks.ticks}
        tickFormatter={ticks.format}
        tick={{ fill: theme.muted, fontSize: fontSize ?? 12 }}
        stroke={theme.axis}
      />
      <ContextLayer
        marks={context}
        xOf={(mark) => dayToTime(mark.annotation.date)}
        theme={theme}
        interactive={interactive}
        onHighlight={onHighlight}
        fontSize={fontSize}
      />
      <Lanes
        {...lanes}
        theme={theme}
        interactive={interactive}
        onHighlight={onHighlight}
        fontSize={fontSize}
        range={range}
      />
    </LineChart>
  );
}

/**
 * The lanes and their marks. Interactive, the marks are one tab stop: the arrow keys move along a
 * lane (left, right) and between lanes (up, down, to the nearest date), Home and End to a lane's
 * ends, and Enter opens the action's page; focus and hover show the mark's details over the plot.
 */
function Lanes<M extends LaneMark>({
  marks,
  actors,
  theme,
  interactive,
  onSelect,
  onHighlight,
  fontSize = 12,
  range,
  symbol,
  underlay,
}: Omit<LanePlotProps<M>, 'width' | 'height' | 'idPrefix' | 'context' | 'label' | 'description'>) {
  const scale = useXAxisScale();
  const plot = usePlotArea();
  const [active, setActive] = useState(0);
  const nodes = useRef(new Map<number, SVGGElement>());
  if (!scale || !plot) return null;
  // Lanes fill the room they are given (a projector gives much), up to a readable spacing.
  const laneHeight = Math.min(120, plot.height / Math.max(1, actors.length));
  const top = plot.y + (plot.height - laneHeight * actors.length) / 2;
  const laneY = (lane: number) => top + (lane + 0.5) * laneHeight;
  const r = Math.min(11, Math.max(6, laneHeight / 6));
  const xOf = (day: string) => {
    const clamped = day < range.start ? range.start : day > range.end ? range.end : day;
    return scale(dayToTime(clamped)) ?? plot.x;
  };
  const open = (mark: M) =>
    mark.event && onSelect?.({ label: mark.event.instrument, eventIds: [mark.event.id], open: true });
  const move = (from: number, event: KeyboardEvent) => {
    const here = marks[from];
    if (!here) return;
    const lane = (l: number) => marks.map((m, i) => ({ m, i })).filter(({ m }) => m.lane === l);
    const same = lane(here.lane);
    const at = same.findIndex(({ i }) => i === from);
    const nearest = (l: number) => {
      const time = dayToTime(here.date);
      return lane(l).sort(
        (a, b) => Math.abs(dayToTime(a.m.date) - time) - Math.abs(dayToTime(b.m.date) - time),
      )[0]?.i;
    };
    const target = {
      ArrowRight: same[at + 1]?.i,
      ArrowLeft: same[at - 1]?.i,
      Home: same[0]?.i,
      End: same.at(-1)?.i,
      ArrowDown: nearest(here.lane + 1),
      ArrowUp: nearest(here.lane - 1),
    }[event.key];
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      open(here);
      return;
    }
    if (target === undefined) return;
    event.preventDefault();
    setActive(target);
    nodes.current.get(target)?.focus();
  };
  return (
    <g className="timeline-lanes">
      {actors.map((actor, lane) => (
        <g key={actor}>
          <line x1={plot.x} x2={plot.x + plot.width} y1={laneY(lane)} y2={laneY(lane)} stroke={theme.grid} />
          <text
            x={plot.x - 6}
            y={laneY(lane) + 4}
            textAnchor="end"
            fontSize={fontSize}
            fontWeight={600}
            fill={theme.text}
          >
            {ACTOR_META[actor].short}
          </text>
        </g>
      ))}
      {underlay?.({ x: xOf, laneY, r })}
      <g
        role={interactive ? 'group' : undefined}
        aria-label={interactive ? 'Actions, one lane per actor' : undefined}
      >
        {marks.map((mark, i) => {
          const x = scale(dayToTime(mark.date));
          if (x === undefined) return null;
          return (
            <g
              key={`${mark.event?.id ?? mark.date} ${mark.label}`}
              className="timeline-mark"
              data-event={mark.event?.id}
              {...(interactive && {
                ref: (node: SVGGElement | null) => {
                  if (node) nodes.current.set(i, node);
                  else nodes.current.delete(i);
                },
                tabIndex: i === active ? 0 : -1,
                // A change seen in a list only opens nothing: it is read, not followed.
                role: mark.event ? 'link' : 'img',
                'aria-label': mark.label,
                onFocus: () => {
                  setActive(i);
                  onHighlight?.(mark.highlight);
                },
                onBlur: () => onHighlight?.(undefined),
                onMouseEnter: () => onHighlight?.(mark.highlight),
                onMouseLeave: () => onHighlight?.(undefined),
                onClick: () => open(mark),
                onKeyDown: (event: KeyboardEvent) => move(i, event),
                style: { cursor: mark.event ? 'pointer' : 'default' },
              })}
            >
              {interactive && <title>{mark.label}</title>}
              {interactive && <circle cx={x} cy={laneY(mark.lane) + mark.nudge} r={8} fill="transparent" />}
              {symbol(mark, { x, y: laneY(mark.lane) + mark.nudge, r })}
            </g>
          );
        })}
      </g>
    </g>
  );
}
