import { ACTION_META, ACTIONS, ACTOR_META, type Actor } from '../data/ids';
import type { SanctionsEvent } from '../data/schema';
import { axisMarks } from '../selectors/context';
import { dataSpan, filterEvents, viewRange } from '../selectors/filter';
import { plural } from '../selectors/format';
import { formatDay } from '../i18n/format';
import { actionsSentence } from '../selectors/story';
import { CONTEXT_LEGEND } from './contextLegend';
import { laneChartHeight, LanePlot, type LaneMark } from './LanePlot';
import type { ChartSpec, Highlight, LegendItem } from './spec';
import { ActionSymbol } from './Swatch';

/** An action placed on its actor's lane. */
type ActionMark = LaneMark & { event: SanctionsEvent };

/** Actions as marks, one lane per actor, same-day actions of an actor nudged apart. */
export function timelineMarks(events: readonly SanctionsEvent[], actors: readonly Actor[]): ActionMark[] {
  const seen = new Map<string, number>();
  return actors.flatMap((actor, lane) =>
    events
      .filter((e) => e.actor === actor)
      .map((event) => {
        const key = `${actor} ${event.date}`;
        const n = seen.get(key) ?? 0;
        seen.set(key, n + 1);
        return {
          date: event.date,
          event,
          lane,
          nudge: n === 0 ? 0 : (n % 2 === 1 ? -1 : 1) * Math.ceil(n / 2) * 7,
          label: `${ACTOR_META[event.actor].short}, ${ACTION_META[event.action].label.toLowerCase()}, ${formatDay(event.date)}: ${event.instrument}`,
          highlight: eventHighlight(event),
        };
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
  build: ({ data, view, pointed }) => {
    const range = viewRange(data.events, view, data.asOf);
    const shown = filterEvents(data.events, view, range);
    const marks = timelineMarks(shown, view.actors);
    const context = axisMarks(data, view, range, pointed);
    // One lane per actor: the height does not follow the width.
    const height = laneChartHeight(view.actors.length, context);
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
      page: '/',
      params: {},
      plotHeight: { min: height, max: height, perWidth: 0 },
      plot: (props) => (
        <LanePlot
          {...props}
          marks={marks}
          actors={view.actors}
          range={range}
          context={context}
          symbol={(mark, { x, y, r }) => (
            <ActionSymbol
              action={mark.event.action}
              x={x}
              y={y}
              r={r}
              color={props.theme.actor(mark.event.actor)}
            />
          )}
        />
      ),
    };
  },
};
