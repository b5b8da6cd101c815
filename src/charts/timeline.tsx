import { useRef, useState, type KeyboardEvent } from 'react';
import { CartesianGrid, LineChart, usePlotArea, useXAxisScale, XAxis } from 'recharts';
import { ACTION_META, ACTIONS, ACTOR_META, type Actor } from '../data/ids';
import type { SanctionsEvent } from '../data/schema';
import { contextInRange, type ContextMark } from '../selectors/context';
import { dataSpan, filterEvents, viewRange, type DateRange } from '../selectors/filter';
import { dayToTime, formatDay, plural } from '../selectors/format';
import { actionsSentence } from '../selectors/story';
import { contextBand, ContextLayer } from './ContextLayer';
import { CONTEXT_LEGEND } from './contextLegend';
import { timeTicks } from './timeTicks';
import type { ChartSpec, Highlight, LegendItem, MarkSelection, PlotProps } from './spec';
import { ActionSymbol } from './Swatch';
import type { ChartTheme } from './theme';

const LANE = 34;
const LANE_LABEL = 34;

/** An action placed on its actor's lane; `nudge` separates same-day actions of one actor. */
type Mark = { event: SanctionsEvent; lane: number; nudge: number };

/** Actions as marks, one lane per actor, same-day actions of an actor nudged apart. */
export function timelineMarks(events: readonly SanctionsEvent[], actors: readonly Actor[]): Mark[] {
  const seen = new Map<string, number>();
  return actors.flatMap((actor, lane) =>
    events
      .filter((e) => e.actor === actor)
      .map((event) => {
        const key = `${actor} ${event.date}`;
        const n = seen.get(key) ?? 0;
        seen.set(key, n + 1);
        return { event, lane, nudge: n === 0 ? 0 : (n % 2 === 1 ? -1 : 1) * Math.ceil(n / 2) * 7 };
      }),
  );
}

function eventHighlight(event: SanctionsEvent): Highlight {
  return {
    title: `${ACTOR_META[event.actor].short}, ${ACTION_META[event.action].label.toLowerCase()}, ${formatDay(event.date)}: ${event.instrument}`,
    body: event.summary,
    footer: 'Enter or click opens its page.',
  };
}

/** `timeline`: every action as a mark on a time axis, one lane per actor, shape by kind of action. */
export const timelineChart: ChartSpec = {
  id: 'timeline',
  name: 'Every action on a timeline',
  page: () => '/',
  build: ({ data, view }) => {
    const range = viewRange(data.events, view, data.asOf);
    const shown = filterEvents(data.events, view, range);
    const marks = timelineMarks(shown, view.actors);
    const context = view.context ? contextInRange(data.annotations, range) : [];
    // One lane per actor: the height does not follow the width.
    const height = 8 + (context.length ? contextBand() : 0) + view.actors.length * LANE + 30;
    const legend: LegendItem[] = [
      ...ACTIONS.filter((a) => shown.some((e) => e.action === a)).map((action) => ({
        label: ACTION_META[action].label,
        swatch: { shape: 'symbol', action } as const,
      })),
      ...(context.length ? [CONTEXT_LEGEND] : []),
    ];
    return {
      id: 'timeline',
      title: 'Every action on a timeline',
      subtitle: `One lane per actor; the shape of a mark says what the action did (filled: tightened; hollow: renewed or loosened; a cross: lifted). ${plural(shown.length, 'action')} shown.`,
      legend,
      table: {
        caption: 'Sanctions actions by date and actor',
        head: ['Date', 'Actor', 'Action', 'Instrument'],
        rows: [...shown]
          .sort((a, b) => a.date.localeCompare(b.date))
          .map((e) => [e.date, ACTOR_META[e.actor].short, ACTION_META[e.action].label, e.instrument]),
      },
      summary: actionsSentence(shown, view.actors, range),
      context,
      markCount: marks.length,
      range,
      span: dataSpan(data),
      plotHeight: { min: height, max: height, perWidth: 0 },
      plot: (props) => (
        <TimelinePlot {...props} marks={marks} actors={view.actors} range={range} context={context} />
      ),
    };
  },
};

function TimelinePlot({
  marks,
  actors,
  range,
  context,
  width,
  height,
  theme,
  interactive,
  fontSize,
  onSelect,
  onHighlight,
}: PlotProps & {
  marks: Mark[];
  actors: readonly Actor[];
  range: DateRange;
  context: readonly ContextMark[];
}) {
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
    >
      <CartesianGrid horizontal={false} stroke={theme.grid} />
      <XAxis
        type="number"
        dataKey="time"
        domain={[dayToTime(range.start), dayToTime(range.end)]}
        ticks={timeTicks(range).ticks}
        tickFormatter={timeTicks(range).format}
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
        marks={marks}
        actors={actors}
        theme={theme}
        interactive={interactive}
        onSelect={onSelect}
        onHighlight={onHighlight}
        fontSize={fontSize}
      />
    </LineChart>
  );
}

/**
 * The lanes and their marks. Interactive, the marks are one tab stop: the arrow keys move along a
 * lane (left, right) and between lanes (up, down, to the nearest date), Home and End to a lane's
 * ends, and Enter opens the action's page; focus and hover show the action over the plot.
 */
function Lanes({
  marks,
  actors,
  theme,
  interactive,
  onSelect,
  onHighlight,
  fontSize = 12,
}: {
  marks: readonly Mark[];
  actors: readonly Actor[];
  theme: ChartTheme;
  interactive: boolean;
  onSelect?: (selection: MarkSelection) => void;
  onHighlight?: (highlight: Highlight | undefined) => void;
  fontSize?: number;
}) {
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
  const open = (mark: Mark) =>
    onSelect?.({ label: mark.event.instrument, eventIds: [mark.event.id], open: true });
  const move = (from: number, event: KeyboardEvent) => {
    const here = marks[from];
    if (!here) return;
    const lane = (l: number) => marks.map((m, i) => ({ m, i })).filter(({ m }) => m.lane === l);
    const same = lane(here.lane);
    const at = same.findIndex(({ i }) => i === from);
    const nearest = (l: number) => {
      const time = dayToTime(here.event.date);
      return lane(l).sort(
        (a, b) => Math.abs(dayToTime(a.m.event.date) - time) - Math.abs(dayToTime(b.m.event.date) - time),
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
      <g
        role={interactive ? 'group' : undefined}
        aria-label={interactive ? 'Actions, one lane per actor' : undefined}
      >
        {marks.map((mark, i) => {
          const x = scale(dayToTime(mark.event.date));
          if (x === undefined) return null;
          const label = `${ACTOR_META[mark.event.actor].short}, ${ACTION_META[mark.event.action].label.toLowerCase()}, ${formatDay(mark.event.date)}: ${mark.event.instrument}`;
          return (
            <g
              key={mark.event.id}
              className="timeline-mark"
              data-event={mark.event.id}
              {...(interactive && {
                ref: (node: SVGGElement | null) => {
                  if (node) nodes.current.set(i, node);
                  else nodes.current.delete(i);
                },
                tabIndex: i === active ? 0 : -1,
                role: 'link',
                'aria-label': label,
                onFocus: () => {
                  setActive(i);
                  onHighlight?.(eventHighlight(mark.event));
                },
                onBlur: () => onHighlight?.(undefined),
                onMouseEnter: () => onHighlight?.(eventHighlight(mark.event)),
                onMouseLeave: () => onHighlight?.(undefined),
                onClick: () => open(mark),
                onKeyDown: (event: KeyboardEvent) => move(i, event),
                style: { cursor: 'pointer' },
              })}
            >
              {interactive && <title>{label}</title>}
              {interactive && <circle cx={x} cy={laneY(mark.lane) + mark.nudge} r={8} fill="transparent" />}
              <ActionSymbol
                action={mark.event.action}
                x={x}
                y={laneY(mark.lane) + mark.nudge}
                r={r}
                color={theme.actor(mark.event.actor)}
              />
            </g>
          );
        })}
      </g>
    </g>
  );
}
