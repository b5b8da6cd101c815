import { ACTIONS, type Actor } from '../data/ids';
import type { SanctionsEvent } from '../data/schema';
import { axisMarks } from '../selectors/context';
import { dataSpan, filterEvents, viewRange } from '../selectors/filter';
import { t } from '../i18n/catalogue';
import { langOf, recordText } from '../i18n/records';
import { formatDay } from '../i18n/format';
import { actionLabel, actorShort } from '../i18n/labels';
import { actionsSentence } from '../selectors/story';
import { contextLegend } from './contextLegend';
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
          label: markLabel(event),
          highlight: eventHighlight(event),
        };
      }),
  );
}

/** How an action's mark reads: "US, expanded, 2 Oct 2020: Executive Order 14038". */
function markLabel(event: SanctionsEvent): string {
  return `${actorShort(event.actor)}, ${t(`charts.actionWords.${event.action}`)}, ${formatDay(event.date)}: ${event.instrument}`;
}

function eventHighlight(event: SanctionsEvent): Highlight {
  const { summary, lang } = recordText(event);
  return { title: markLabel(event), body: summary, lang: langOf(lang), footer: t('charts.opensPage') };
}

/** `timeline`: every action as a mark on a time axis, one lane per actor, shape by kind of action. */
export const timelineChart: ChartSpec = {
  id: 'timeline',
  get name() {
    return t('charts.timeline.name');
  },
  build: ({ data, view, pointed }) => {
    const range = viewRange(data.events, view, data.asOf);
    const shown = filterEvents(data.events, view, range);
    const marks = timelineMarks(shown, view.actors);
    const context = axisMarks(data, view, range, pointed);
    // One lane per actor: the height does not follow the width.
    const height = laneChartHeight(view.actors.length, context);
    const legend: LegendItem[] = [
      ...ACTIONS.filter((a) => shown.some((e) => e.action === a)).map((action) => ({
        label: actionLabel(action),
        swatch: { shape: 'symbol', action } as const,
      })),
      ...(context.length ? [contextLegend()] : []),
    ];
    return {
      id: 'timeline',
      title: t('charts.timeline.name'),
      subtitle: t('charts.timeline.subtitle', { count: shown.length }),
      legend,
      table: () => ({
        caption: t('charts.timeline.caption'),
        head: [
          t('charts.columns.date'),
          t('charts.columns.actor'),
          t('charts.columns.action'),
          t('charts.columns.instrument'),
        ],
        rows: [...shown]
          .sort((a, b) => a.date.localeCompare(b.date))
          .map((e) => [e.date, actorShort(e.actor), actionLabel(e.action), e.instrument]),
      }),
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
