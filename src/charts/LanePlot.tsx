import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { CartesianGrid, LineChart, usePlotArea, useXAxisScale, XAxis } from 'recharts';
import type { Actor } from '../data/ids';
import { t } from '../i18n/catalogue';
import { actorShort } from '../i18n/labels';
import type { SanctionsEvent } from '../data/schema';
import type { ContextMark } from '../selectors/context';
import type { DateRange } from '../selectors/filter';
import { dayToTime } from '../selectors/format';
import { contextBand, ContextLayer } from './ContextLayer';
import { binSpan, binText, laneBins } from './laneBins';
import { timeTicks } from './timeTicks';
import { type Highlight, type PlotProps, surfaceText } from './spec';

const LANE = 34;
/** The lane labels' column: the longest actor's name at the font's size (a language's names run longer than `US`). */
function laneLabelWidth(actors: readonly Actor[], fontSize = 12): number {
  const longest = Math.max(0, ...actors.map((actor) => actorShort(actor).length));
  return Math.max(34, Math.ceil(longest * fontSize * 0.7) + 12);
}

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

const YEAR_MS = 365.25 * 86_400_000;

/** What the lanes draw: a mark, or where marks would crowd a badge counting them. */
type Item = {
  key: string;
  date: string;
  lane: number;
  nudge: number;
  label: string;
  highlight: Highlight;
  /** The action a mark stands for. */
  event?: SanctionsEvent;
  /** How many marks a badge counts. */
  count?: number;
  /** Opens the action's page, or lists a badge's actions under the chart. */
  open: () => void;
  draw: (at: { x: number; y: number; r: number }) => ReactNode;
};

/** A badge counting the marks of a lane in a span of years: the actor's colour, the count inside. */
function CountBadge({
  x,
  y,
  r,
  n,
  color,
  text,
}: {
  x: number;
  y: number;
  r: number;
  n: number;
  color: string;
  text: string;
}) {
  return (
    <>
      <circle cx={x} cy={y} r={r} fill={color} fillOpacity={0.22} stroke={color} strokeWidth={1.5} />
      <text
        x={x}
        y={y}
        textAnchor="middle"
        dominantBaseline="central"
        fontSize={Math.min(11, r * 1.1)}
        fontWeight={600}
        fill={text}
      >
        {n}
      </text>
    </>
  );
}

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
 * Where marks would crowd, a lane counts them per span of years instead (laneBins): click or
 * Enter on a count lists its actions.
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
        left: laneLabelWidth(lanes.actors, fontSize),
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
  // Where marks would crowd (a narrow screen, many years), each lane counts them per span of years.
  const pxPerYear = plot.width / Math.max((dayToTime(range.end) - dayToTime(range.start)) / YEAR_MS, 1 / 12);
  const span = binSpan(marks, xOf, r, pxPerYear);
  const items: Item[] = span
    ? laneBins(marks, span, range).map((bin) => {
        const text = binText(bin, actors[bin.lane] ?? 'us');
        const ids = bin.marks.flatMap((m) => (m.event ? [m.event.id] : []));
        return {
          key: `bin ${bin.lane} ${bin.years[0]}`,
          date: bin.date,
          lane: bin.lane,
          nudge: 0,
          ...text,
          count: bin.marks.length,
          open: () => ids.length > 0 && onSelect?.({ label: text.label, eventIds: ids }),
          draw: ({ x, y }) => (
            <CountBadge
              x={x}
              y={y}
              r={Math.min(11, (span * pxPerYear) / 2 - 1)}
              n={bin.marks.length}
              color={theme.actor(actors[bin.lane] ?? 'us')}
              text={theme.text}
            />
          ),
        };
      })
    : marks.map((mark) => ({
        key: `${mark.event?.id ?? mark.date} ${mark.label}`,
        date: mark.date,
        lane: mark.lane,
        nudge: mark.nudge,
        label: mark.label,
        highlight: mark.highlight,
        event: mark.event,
        open: () =>
          mark.event && onSelect?.({ label: mark.event.instrument, eventIds: [mark.event.id], open: true }),
        draw: (at) => symbol(mark, at),
      }));
  const move = (from: number, event: KeyboardEvent) => {
    const here = items[from];
    if (!here) return;
    const lane = (l: number) => items.map((m, i) => ({ m, i })).filter(({ m }) => m.lane === l);
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
      here.open();
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
            {actorShort(actor)}
          </text>
        </g>
      ))}
      {underlay?.({ x: xOf, laneY, r })}
      <g
        role={interactive ? 'group' : undefined}
        aria-label={interactive ? t('charts.lanes.group') : undefined}
      >
        {items.map((item, i) => {
          const x = scale(dayToTime(item.date));
          if (x === undefined) return null;
          const openable = item.count !== undefined || item.event !== undefined;
          return (
            <g
              key={item.key}
              className={item.count === undefined ? 'timeline-mark' : 'timeline-bin'}
              data-event={item.event?.id}
              data-count={item.count}
              {...(interactive && {
                ref: (node: SVGGElement | null) => {
                  if (node) nodes.current.set(i, node);
                  else nodes.current.delete(i);
                },
                tabIndex: i === Math.min(active, items.length - 1) ? 0 : -1,
                // A change seen in a list only opens nothing: it is read, not followed.
                role: item.count !== undefined ? 'button' : item.event ? 'link' : 'img',
                'aria-label': item.label,
                onFocus: () => {
                  setActive(i);
                  onHighlight?.(item.highlight);
                },
                onBlur: () => onHighlight?.(undefined),
                onMouseEnter: () => onHighlight?.(item.highlight),
                onMouseLeave: () => onHighlight?.(undefined),
                onClick: () => item.open(),
                onKeyDown: (event: KeyboardEvent) => move(i, event),
                style: { cursor: openable ? 'pointer' : 'default' },
              })}
            >
              {interactive && <title>{item.label}</title>}
              {interactive && <circle cx={x} cy={laneY(item.lane) + item.nudge} r={8} fill="transparent" />}
              {item.draw({ x, y: laneY(item.lane) + item.nudge, r })}
            </g>
          );
        })}
      </g>
    </g>
  );
}
