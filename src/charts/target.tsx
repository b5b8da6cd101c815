import type { Actor } from '../data/ids';
import type { SanctionsEvent, Target } from '../data/schema';
import { axisMarks } from '../selectors/context';
import { dataSpan, eventsById, inRange, rangeIn, viewRange, type DateRange } from '../selectors/filter';
import { t } from '../i18n/catalogue';
import { langOf, recordText } from '../i18n/records';
import { formatDay, listOfNames } from '../i18n/format';
import { actorShort, changeLabel } from '../i18n/labels';
import {
  causeOf,
  actorsOf,
  busiestTarget,
  eventDates,
  statusOn,
  targetChanges,
  type DatedChange,
  type TargetStatus,
} from '../selectors/targets';
import { contextLegend } from './contextLegend';
import { laneChartHeight, LanePlot, type LaneMark } from './LanePlot';
import type { ChartModel, ChartSpec, LegendItem } from './spec';
import { STATUS_STROKE } from './Swatch';

/** The statuses the target chart draws, as its legend names them. */
function legend(): LegendItem[] {
  return (['listed', 'eased', 'delisted'] as const).map((status) => ({
    label: t(`charts.target.legend.${status}`),
    swatch: { shape: 'status', status },
  }));
}

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
    const who = these.map(({ actor, state }) => {
      const name = t('charts.target.actor', { actor });
      if (status === 'never' || !state.since) return name;
      const date = formatDay(state.since);
      return t(status === 'listed' ? 'charts.target.since' : 'charts.target.on', { actor: name, date });
    });
    return [t('charts.target.status', { status, who: listOfNames(who) })];
  });
  return t('charts.target.summary', { date: formatDay(day), name: target.name, parts: parts.join('; ') });
}

/** The head of the table of a target's changes. */
function tableHead(): string[] {
  return [
    t('charts.columns.date'),
    t('charts.columns.actor'),
    t('charts.columns.change'),
    t('charts.columns.action'),
    t('charts.columns.note'),
  ];
}

/** The model for an address that names no target the data has. */
function missingTarget(id: string, range: DateRange, span: DateRange): ChartModel {
  return {
    id: 'target',
    title: id ? t('charts.target.missing', { id }) : t('charts.target.noTargets'),
    subtitle: t('charts.target.missingSubtitle'),
    legend: legend(),
    table: () => ({ caption: t('charts.target.missingCaption'), head: tableHead(), rows: [] }),
    summary: t('charts.target.nothing'),
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
  get name() {
    return t('charts.target.name');
  },
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
        const label = t('charts.target.mark', {
          actor: actorShort(change.actor),
          change: change.change,
          date: formatDay(change.date),
          cause: causeOf(change),
        });
        return {
          date: change.date,
          event: change.event,
          lane: actors.indexOf(change.actor),
          nudge: 0,
          label,
          highlight: {
            title: label,
            ...changeText(change),
            footer: t(change.event ? 'charts.opensPage' : 'charts.target.seenOnly'),
          },
          change,
        };
      });
    const listed = stretches(changes, actors, range);
    const context = axisMarks(data, view, range, pointed);
    const height = laneChartHeight(actors.length, context);
    const hidden = actorsOf(target)
      .filter((a) => !actors.includes(a))
      .map(actorShort);
    return {
      id: 'target',
      title: t('charts.target.title', { name: target.name }),
      subtitle: [
        t('charts.target.subtitle', { count: shown.length }),
        ...(hidden.length ? [t('charts.target.alsoChanged', { actors: hidden.join(', ') })] : []),
      ].join(' '),
      legend: [...legend(), ...(context.length ? [contextLegend()] : [])],
      table: () => ({
        caption: t('charts.target.caption', { name: target.name }),
        head: tableHead(),
        rows: shown.map((c) => [
          c.date,
          actorShort(c.actor),
          changeLabel(c.change),
          causeOf(c),
          c.note ?? '',
        ]),
      }),
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

/** What a change's box says: the dataset's note on it (English), else its action's summary. */
function changeText(change: { note?: string; event?: SanctionsEvent }): { body: string; lang?: string } {
  if (change.note) return { body: change.note, lang: langOf('en') };
  if (!change.event) return { body: '' };
  const { summary, lang } = recordText(change.event);
  return { body: summary, lang: langOf(lang) };
}
