import { ACTOR_META, type Actor, type TargetChange } from '../data/ids';
import type { Target } from '../data/schema';
import { axisMarks } from '../selectors/context';
import { dataSpan, eventsById, inRange, rangeIn, viewRange, type DateRange } from '../selectors/filter';
import { plural } from '../selectors/format';
import { formatDay } from '../i18n/format';
import { joinClauses } from '../selectors/story';
import {
  causeOf,
  SEEN_ONLY,
  actorsOf,
  busiestTarget,
  eventDates,
  statusOn,
  targetChanges,
  type DatedChange,
  type TargetStatus,
} from '../selectors/targets';
import { CONTEXT_LEGEND } from './contextLegend';
import { laneChartHeight, LanePlot, type LaneMark } from './LanePlot';
import type { ChartModel, ChartSpec, LegendItem } from './spec';
import { STATUS_STROKE } from './Swatch';

/** A change of a target's status, as words. */
export const CHANGE_LABEL = {
  listed: 'Listed',
  eased: 'Eased by licence',
  delisted: 'Delisted',
  relisted: 'Listed again',
} as const satisfies Record<TargetChange, string>;

const LEGEND: LegendItem[] = [
  { label: 'Listed', swatch: { shape: 'status', status: 'listed' } },
  { label: 'Eased by licence (still listed)', swatch: { shape: 'status', status: 'eased' } },
  { label: 'Delisted', swatch: { shape: 'status', status: 'delisted' } },
];

/** A status change placed on its actor's lane. */
type ChangeMark = LaneMark & { change: DatedChange };

/** A stretch of a lane while the target stays listed (or eased by licence). */
type Stretch = { lane: number; actor: Actor; start: string; end: string; eased: boolean };

/** The stretches each actor kept the target on its list, clipped to the range. */
function stretches(changes: readonly DatedChange[], actors: readonly Actor[], range: DateRange): Stretch[] {
  return actors.flatMap((actor, lane) => {
    const own = changes.filter((c) => c.actor === actor);
    return own.flatMap((c, i): Stretch[] => {
      if (c.change === 'delisted') return [];
      const start = c.date;
      const end = own[i + 1]?.date ?? range.end;
      if (end < range.start || start > range.end) return [];
      return [{ lane, actor, start, end, eased: c.change === 'eased' }];
    });
  });
}

const STATUS_ORDER = ['listed', 'eased', 'delisted', 'never'] as const satisfies readonly TargetStatus[];

/** "On 4 Dec 2026, Belavia is listed by the EU (since 2 Dec 2021); delisted by the US (4 Nov 2025)." */
function statusSentence(
  target: Target,
  actors: readonly Actor[],
  day: string,
  dates: ReadonlyMap<string, string>,
): string {
  const states = actors.map((actor) => ({ actor, state: statusOn(target, actor, day, dates) }));
  const parts = STATUS_ORDER.flatMap((status) => {
    const these = states.filter((s) => s.state.status === status);
    if (!these.length) return [];
    const who = these.map(({ actor, state }) =>
      status === 'never' || !state.since
        ? ACTOR_META[actor].noun
        : `${ACTOR_META[actor].noun} (${status === 'listed' ? 'since ' : ''}${formatDay(state.since)})`,
    );
    const verb = {
      listed: 'listed by',
      eased: 'eased by licence by',
      delisted: 'delisted by',
      never: 'with no listing recorded by',
    }[status];
    return [`${verb} ${joinClauses(who)}`];
  });
  return `On ${formatDay(day)}, ${target.name} is ${parts.join('; ')}.`;
}

/** The model for an address that names no target the data has. */
function missingTarget(id: string, range: DateRange, span: DateRange): ChartModel {
  return {
    id: 'target',
    title: id ? `No named target “${id}” in the data` : 'No named targets in the data',
    subtitle: 'The targets page lists every named target; its address ends in the target’s id.',
    legend: LEGEND,
    table: { caption: 'Changes of status', head: ['Date', 'Actor', 'Change', 'Action', 'Note'], rows: [] },
    summary: 'There is nothing to draw.',
    context: [],
    markCount: 0,
    range,
    span,
    page: '/targets',
    params: { target: id },
    plotHeight: { min: 40, max: 40, perWidth: 0 },
    plot: () => null,
  };
}

/**
 * `target`: one named target's listings over time, a lane per actor in the view: when each listed
 * it, eased it by licence or delisted it, every change linked to its action. Its parameter
 * `target` names the target; without it, the target with the most changes.
 */
export const targetChart: ChartSpec = {
  id: 'target',
  name: 'One target’s listings, by actor',
  build: ({ data, view, params, pointed }) => {
    const target = params?.target
      ? data.targets.find((t) => t.id === params.target)
      : busiestTarget(data.targets);
    if (!target)
      return missingTarget(params?.target ?? '', viewRange(data.events, view, data.asOf), dataSpan(data));
    const all = targetChanges(target, eventsById(data.events));
    // The target's own years, from the January of its first change: its brush's whole track.
    const first = all[0]?.date;
    const span = first ? { start: `${first.slice(0, 4)}-01-01`, end: data.asOf } : dataSpan(data);
    const range = rangeIn(span, view);
    const actors = view.actors;
    const changes = all.filter((c) => actors.includes(c.actor));
    const shown = changes.filter((c) => inRange(c.date, range));
    // Lane by lane, as the timeline's: the keyboard starts on the first actor's first change.
    const marks: ChangeMark[] = actors
      .flatMap((actor) => shown.filter((c) => c.actor === actor))
      .map((change) => {
        const label = `${ACTOR_META[change.actor].short}, ${CHANGE_LABEL[change.change].toLowerCase()}, ${formatDay(change.date)}: ${causeOf(change)}`;
        return {
          date: change.date,
          event: change.event,
          lane: actors.indexOf(change.actor),
          nudge: 0,
          label,
          highlight: {
            title: label,
            body: change.note ?? change.event?.summary ?? '',
            footer: change.event ? 'Enter or click opens its page.' : SEEN_ONLY,
          },
          change,
        };
      });
    const listed = stretches(changes, actors, range);
    const context = axisMarks(data, view, range, pointed);
    const height = laneChartHeight(actors.length, context);
    const hidden = actorsOf(target)
      .filter((a) => !actors.includes(a))
      .map((a) => ACTOR_META[a].short);
    return {
      id: 'target',
      title: `${target.name}: listings by actor`,
      subtitle: `When each actor listed it, eased it by licence or delisted it; ${plural(shown.length, 'change')} shown.${hidden.length ? ` Also changed by ${hidden.join(', ')}, not shown.` : ''}`,
      legend: [...LEGEND, ...(context.length ? [CONTEXT_LEGEND] : [])],
      table: {
        caption: `${target.name}: changes of status by date and actor`,
        head: ['Date', 'Actor', 'Change', 'Action', 'Note'],
        rows: shown.map((c) => [
          c.date,
          ACTOR_META[c.actor].short,
          CHANGE_LABEL[c.change],
          causeOf(c),
          c.note ?? '',
        ]),
      },
      summary: statusSentence(target, actors, range.end, eventDates(data.events)),
      context,
      markCount: marks.length,
      range,
      span,
      page: `/targets/${target.id}`,
      params: { target: target.id },
      plotHeight: { min: height, max: height, perWidth: 0 },
      plot: (props) => (
        <LanePlot
          {...props}
          marks={marks}
          actors={actors}
          range={range}
          context={context}
          underlay={({ x, laneY }) =>
            listed.map((s) => (
              <line
                key={`${s.actor} ${s.start}`}
                x1={x(s.start)}
                x2={x(s.end)}
                y1={laneY(s.lane)}
                y2={laneY(s.lane)}
                stroke={props.theme.actor(s.actor)}
                strokeWidth={STATUS_STROKE[s.eased ? 'eased' : 'listed'].width}
                strokeDasharray={STATUS_STROKE[s.eased ? 'eased' : 'listed'].dash}
                data-stretch={`${s.actor} ${s.start} ${s.end}`}
              />
            ))
          }
          symbol={({ change }, { x, y, r }) => (
            <circle
              cx={x}
              cy={y}
              r={r * 0.8}
              fill={change.change === 'delisted' ? props.theme.background : props.theme.actor(change.actor)}
              stroke={props.theme.actor(change.actor)}
              strokeWidth={2}
            />
          )}
        />
      ),
    };
  },
};
