import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import { ACTION_META, ACTORS, DIRECTIONS, type Actor, type Direction } from '../data/ids';
import type { SanctionsEvent } from '../data/schema';
import { actionsOverTime, bucketKey, bucketLabel, type ActionBucket } from '../selectors/buckets';
import { axisMarks, type ContextMark } from '../selectors/context';
import { dataSpan, filterEvents, viewRange, type DateRange } from '../selectors/filter';
import { t } from '../i18n/catalogue';
import { listOfNames } from '../i18n/format';
import { actorLabel, actorShort } from '../i18n/labels';
import { actionsSentence } from '../selectors/story';
import type { Period, ViewState } from '../url/view';
import { contextBand, ContextLayer } from './ContextLayer';
import { contextLegend } from './contextLegend';
import {
  periodLead,
  type ChartSpec,
  type LegendItem,
  type PlotProps,
  type TableData,
  surfaceText,
} from './spec';
import { CursorSelect, periodCursor } from './CursorSelect';
import { directionFill, DirectionPatterns } from './Swatch';
import { TooltipBox } from './TooltipBox';

/** How a direction is named in legends and tables: `Imposed or expanded`. */
export function directionLabel(direction: Direction): string {
  return t(`charts.actions.direction.${direction}`);
}

/** One period's bars; an empty bar is null, which Recharts does not draw (a monthly view has thousands). */
type Row = { key: string; label: string } & Record<string, number | string | null>;

function seriesKey(actor: Actor, direction: Direction): string {
  return `${actor}_${direction}`;
}

/** Bars above the axis count tightening and renewals, bars below count easing and lifting. */
function toRows(buckets: readonly ActionBucket[], actors: readonly Actor[]): Row[] {
  return buckets.map((bucket) => {
    const row: Row = { key: bucket.key, label: bucket.label };
    for (const actor of actors)
      for (const direction of DIRECTIONS) {
        const n = bucket.counts[actor]?.[direction] ?? 0;
        row[seriesKey(actor, direction)] = n === 0 ? null : direction === 'loosen' ? -n : n;
      }
    return row;
  });
}

function toTable(buckets: readonly ActionBucket[], actors: readonly Actor[], period: Period): TableData {
  return {
    caption: t('charts.actions.caption', { period }),
    head: [
      t('charts.columns.period'),
      ...actors.flatMap((a) => DIRECTIONS.map((d) => `${actorShort(a)}: ${directionLabel(d)}`)),
    ],
    rows: buckets.map((b) => [
      b.label,
      ...actors.flatMap((a) => DIRECTIONS.map((d) => b.counts[a]?.[d] ?? 0)),
    ]),
    lead: periodLead(
      buckets.map((b) => b.key),
      period,
    ),
  };
}

function toLegend(actors: readonly Actor[]): LegendItem[] {
  return actors.flatMap((actor) =>
    DIRECTIONS.map((direction) => ({
      label: directionLabel(direction),
      group: actorLabel(actor),
      swatch: { shape: 'bar', actor, direction } as const,
    })),
  );
}

/** `actions`: per period and actor, sanctions actions above and below the axis. */
export const actionsChart: ChartSpec = {
  id: 'actions',
  get name() {
    return t('charts.actions.name');
  },
  build: ({ data, view, params, pointed }) => {
    const range = viewRange(data.events, view, data.asOf);
    const shown = filterEvents(data.events, view, range);
    const buckets = actionsOverTime(shown, view.actors, range, view.period);
    // Side by side, each actor's chart fits the counts of all of them: equal heights, equal numbers.
    const scale = ACTORS.filter((a) => view.actors.includes(a) || params?.scale?.includes(a));
    const ticks =
      scale.length > view.actors.length ? sharedTicks(data.events, view, range, scale) : undefined;
    const rows = toRows(buckets, view.actors);
    const context = axisMarks(data, view, range, pointed);
    const markCount = buckets.reduce(
      (n, b) =>
        n + view.actors.reduce((m, a) => m + DIRECTIONS.filter((d) => (b.counts[a]?.[d] ?? 0) > 0).length, 0),
      0,
    );
    return {
      id: 'actions',
      title: t('charts.actions.title', { actors: listOfNames(view.actors.map(actorShort)) }),
      subtitle: t('charts.actions.subtitle', { period: view.period, count: shown.length }),
      legend: [...toLegend(view.actors), ...(context.length ? [contextLegend()] : [])],
      table: () => toTable(buckets, view.actors, view.period),
      summary: actionsSentence(shown, view.actors, range),
      context,
      markCount,
      range,
      span: dataSpan(data),
      page: '/',
      params: ticks ? { scale } : {},
      plotHeight: { min: 220, max: 360, perWidth: 0.36 },
      plot: (props) => (
        <ActionsPlot
          {...props}
          rows={rows}
          shown={shown}
          actors={view.actors}
          period={view.period}
          context={context}
          ticks={ticks}
        />
      ),
    };
  },
};

/** The ticks of a count axis that holds the bars of every actor in `scale`, whose charts then compare. */
function sharedTicks(
  events: readonly SanctionsEvent[],
  view: ViewState,
  range: DateRange,
  scale: readonly Actor[],
): number[] {
  const shown = filterEvents(events, { ...view, actors: [...scale] }, range);
  return countTicks(countDomain(actionsOverTime(shown, scale, range, view.period), scale));
}

/** The range of the count axis that holds every actor's bars, above and below the line. */
function countDomain(buckets: readonly ActionBucket[], actors: readonly Actor[]): [number, number] {
  let up = 0;
  let down = 0;
  for (const bucket of buckets)
    for (const actor of actors) {
      const counts = bucket.counts[actor];
      up = Math.max(up, (counts?.tighten ?? 0) + (counts?.maintain ?? 0));
      down = Math.max(down, counts?.loosen ?? 0);
    }
  return [-down, up];
}

/**
 * Whole-number ticks for a shared count axis, zero among them, a round step apart (1, 2, 5, 10, …),
 * with the axis extended to the ticks at either end.
 */
export function countTicks([low, high]: readonly [number, number]): number[] {
  const third = Math.max(high, -low, 1) / 3;
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(third)));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= third) ?? 10 * magnitude;
  const ticks: number[] = [];
  for (let tick = -Math.ceil(-low / step) * step; tick <= Math.ceil(high / step) * step; tick += step)
    ticks.push(tick);
  return ticks;
}

function ActionsPlot({
  rows,
  shown,
  actors,
  period,
  ticks,
  width,
  height,
  label,
  description,
  theme,
  idPrefix,
  interactive,
  animate,
  fontSize,
  onSelect,
  onHighlight,
  onCursor,
  context,
}: PlotProps & {
  rows: Row[];
  shown: readonly SanctionsEvent[];
  actors: readonly Actor[];
  period: Period;
  context: readonly ContextMark[];
  /** The count axis's ticks, from its first to its last, when it is shared with other charts. */
  ticks?: number[];
}) {
  const inBucket = (e: SanctionsEvent, row: Row) => bucketKey(e.date, period) === row.key;
  const select = (index: number, actor: Actor, direction: Direction) => {
    const row = rows[index];
    if (!row || !onSelect) return;
    const eventIds = shown
      .filter((e) => e.actor === actor && ACTION_META[e.action].direction === direction && inBucket(e, row))
      .map((e) => e.id);
    onSelect({
      label: t('charts.actions.selection', { actor: actorShort(actor), direction, period: row.label }),
      eventIds,
    });
  };
  const selectPeriod = (label: string | number) => {
    const row = rows.find((r) => r.label === label);
    if (!row || !onSelect) return;
    onSelect({ label: row.label, eventIds: shown.filter((e) => inBucket(e, row)).map((e) => e.id) });
  };
  return (
    <BarChart
      width={width}
      height={height}
      data={rows}
      stackOffset="sign"
      margin={{ top: 8 + (context.length ? contextBand(fontSize) : 0), right: 8, bottom: 0, left: 0 }}
      accessibilityLayer={interactive}
      {...surfaceText(label, description, idPrefix, interactive)}
    >
      <DirectionPatterns idPrefix={idPrefix} actors={actors} theme={theme} />
      <CartesianGrid vertical={false} stroke={theme.grid} />
      <XAxis
        dataKey="label"
        tick={{ fill: theme.muted, fontSize: fontSize ?? 12 }}
        stroke={theme.axis}
        minTickGap={12}
      />
      <YAxis
        allowDecimals={false}
        {...(ticks && { domain: [ticks[0] ?? 0, ticks.at(-1) ?? 0], ticks })}
        width={32}
        tick={{ fill: theme.muted, fontSize: fontSize ?? 12 }}
        stroke={theme.axis}
        tickFormatter={(v: number) => String(Math.abs(v))}
      />
      <ReferenceLine y={0} stroke={theme.text} />
      {interactive && (
        <Tooltip
          content={(props) => <ActionsTooltip {...props} actors={actors} />}
          cursor={{ fill: theme.grid, fillOpacity: 0.4 }}
        />
      )}
      {interactive && (
        <CursorSelect {...periodCursor(rows, period)} onEnter={selectPeriod} onCursor={onCursor} />
      )}
      <ContextLayer
        marks={context}
        xOf={(mark) => bucketLabel(bucketKey(mark.annotation.date, period), period)}
        theme={theme}
        interactive={interactive}
        onHighlight={onHighlight}
        fontSize={fontSize}
      />
      {actors.flatMap((actor) =>
        DIRECTIONS.map((direction) => (
          <Bar
            key={seriesKey(actor, direction)}
            dataKey={seriesKey(actor, direction)}
            name={`${actorShort(actor)}: ${directionLabel(direction)}`}
            stackId={actor}
            fill={directionFill(idPrefix, theme, actor, direction)}
            stroke={theme.actor(actor)}
            strokeWidth={direction === 'tighten' ? 0 : 1}
            isAnimationActive={animate ?? false}
            cursor={onSelect ? 'pointer' : undefined}
            onClick={(_, index) => select(index, actor, direction)}
          />
        )),
      )}
    </BarChart>
  );
}

function ActionsTooltip({
  active,
  payload,
  label,
  actors,
}: TooltipContentProps & { actors: readonly Actor[] }) {
  // An empty period is shown too: the cursor says it holds nothing rather than going blank.
  if (!active || label === undefined) return null;
  const row: unknown = payload[0]?.payload;
  const value = (actor: Actor, direction: Direction) => {
    const n: unknown =
      typeof row === 'object' && row !== null ? Reflect.get(row, seriesKey(actor, direction)) : 0;
    return typeof n === 'number' ? Math.abs(n) : 0;
  };
  return (
    <TooltipBox>
      <p className="font-semibold">{String(label)}</p>
      {actors.map((actor) => (
        <p key={actor}>
          {actorShort(actor)}:{' '}
          {DIRECTIONS.map((d) =>
            t('charts.actions.tooltipCount', { count: value(actor, d), direction: d }),
          ).join(' · ')}
        </p>
      ))}
      <p className="mt-1 text-gray-600 dark:text-gray-300">{t('charts.actions.tooltipHint')}</p>
    </TooltipBox>
  );
}
