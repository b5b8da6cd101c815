import {
  CartesianGrid,
  Line,
  LineChart,
  Tooltip,
  useXAxisScale,
  useYAxisScale,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import type { Actor } from '../data/ids';
import { axisMarks, type ContextMark } from '../selectors/context';
import type { DateRange } from '../selectors/filter';
import { dataSpan, viewRange } from '../selectors/filter';
import { dayToTime } from '../selectors/format';
import { t } from '../i18n/catalogue';
import { formatDay } from '../i18n/format';
import { actorLabel, actorShort } from '../i18n/labels';
import {
  inForceOverTime,
  stockRows,
  type StockPoint,
  type StockRow,
  type StockSeries,
} from '../selectors/inForce';
import { inForceSentence } from '../selectors/story';
import { contextBand, ContextLayer } from './ContextLayer';
import { contextLegend } from './contextLegend';
import { CursorSelect } from './CursorSelect';
import { timeTicks } from './timeTicks';
import { type ChartSpec, type LegendItem, type PlotProps, type TableData, surfaceText } from './spec';
import { ACTOR_DASH, type ChartTheme } from './theme';
import { TooltipBox } from './TooltipBox';

type Row = StockRow & { time: number };

function toTable(rows: readonly StockRow[], drawn: readonly Actor[]): TableData {
  return {
    caption: t('charts.inForce.caption'),
    head: [
      t('charts.columns.date'),
      ...drawn.flatMap((a) =>
        (['persons', 'entities', 'total', 'basis'] as const).map(
          (c) => `${actorShort(a)}: ${t(`charts.inForce.columns.${c}`)}`,
        ),
      ),
    ],
    rows: rows.map((row) => [
      row.date,
      ...drawn.flatMap((a): (string | number)[] => {
        const p = row.stocks[a];
        return p ? [p.persons, p.entities, p.total, basisText(p)] : ['', '', '', ''];
      }),
    ]),
  };
}

/** How a figure was obtained; at a list's count, the list and the records' running total that day. */
function basisText(point: StockPoint): string {
  if (!point.checkpoint) return t(`charts.inForce.basis.${point.basis}`);
  return t('charts.inForce.listCount', {
    count: point.checkpoint.list,
    total: point.total - point.checkpoint.drift,
  });
}

function toLegend(series: readonly StockSeries[]): LegendItem[] {
  const counted = series.some((s) => s.points.some((p) => p.checkpoint));
  return [
    ...series.map(({ actor, points }) => ({
      label:
        points.length === 0 ? t('charts.inForce.noCounts', { actor: actorLabel(actor) }) : actorLabel(actor),
      swatch: { shape: 'line', actor } as const,
    })),
    { label: t('charts.inForce.basis.reported'), swatch: { shape: 'dot', tone: 'ink' } as const },
    ...(counted
      ? [{ label: t('charts.inForce.basis.list'), swatch: { shape: 'square', tone: 'ink' } as const }]
      : []),
  ];
}

/** `in-force`: persons and entities listed per actor over time, as stepped lines. */
export const inForceChart: ChartSpec = {
  id: 'in-force',
  get name() {
    return t('charts.inForce.name');
  },
  build: ({ data, view, pointed }) => {
    const range = viewRange(data.events, view, data.asOf);
    const series = inForceOverTime(data.events, view.actors, range, data.checkpoints);
    const drawn = series.filter((s) => s.points.length > 0).map((s) => s.actor);
    const rows: Row[] = stockRows(series).map((row) => ({ ...row, time: dayToTime(row.date) }));
    const context = axisMarks(data, view, range, pointed);
    return {
      id: 'in-force',
      title: t('charts.inForce.name'),
      subtitle: t('charts.inForce.subtitle'),
      legend: [...toLegend(series), ...(context.length ? [contextLegend()] : [])],
      table: () => toTable(rows, drawn),
      summary: inForceSentence(series, range),
      context,
      markCount: rows.length * drawn.length,
      range,
      span: dataSpan(data),
      page: '/',
      params: {},
      plotHeight: { min: 220, max: 340, perWidth: 0.32 },
      plot: (props) => <InForcePlot {...props} rows={rows} drawn={drawn} range={range} context={context} />,
    };
  },
};

function InForcePlot({
  rows,
  drawn,
  range,
  width,
  height,
  label,
  description,
  idPrefix,
  theme,
  interactive,
  animate,
  fontSize,
  onSelect,
  onHighlight,
  onCursor,
  context,
}: PlotProps & { rows: Row[]; drawn: readonly Actor[]; range: DateRange; context: readonly ContextMark[] }) {
  return (
    <LineChart
      width={width}
      height={height}
      data={rows}
      margin={{ top: 8 + (context.length ? contextBand(fontSize) : 0), right: 16, bottom: 0, left: 0 }}
      accessibilityLayer={interactive}
      {...surfaceText(label, description, idPrefix, interactive)}
      // A click anywhere opens the actions behind the hovered date (CursorSelect).
      style={interactive && onSelect ? { cursor: 'pointer' } : undefined}
    >
      <CartesianGrid vertical={false} stroke={theme.grid} />
      <XAxis
        type="number"
        dataKey="time"
        domain={[dayToTime(range.start), dayToTime(range.end)]}
        ticks={timeTicks(range).ticks}
        tickFormatter={timeTicks(range).format}
        tick={{ fill: theme.muted, fontSize: fontSize ?? 12 }}
        stroke={theme.axis}
        allowDuplicatedCategory={false}
      />
      <YAxis
        allowDecimals={false}
        width={40}
        tick={{ fill: theme.muted, fontSize: fontSize ?? 12 }}
        stroke={theme.axis}
      />
      {interactive && <Tooltip content={(props) => <InForceTooltip {...props} drawn={drawn} />} />}
      {interactive && (
        <CursorSelect
          labels={rows.map((row) => row.time)}
          days={rows.map((row) => row.date)}
          pointer
          onCursor={onCursor}
          onEnter={(time) => {
            const row = rows.find((r) => r.time === time);
            if (!row || !onSelect) return;
            const eventIds = drawn.flatMap((a) => row.stocks[a]?.eventId ?? []);
            onSelect({ label: formatDay(row.date), eventIds });
          }}
        />
      )}
      <ContextLayer
        marks={context}
        xOf={(mark) => dayToTime(mark.annotation.date)}
        theme={theme}
        interactive={interactive}
        onHighlight={onHighlight}
        fontSize={fontSize}
      />
      {drawn.map((actor) => (
        <Line
          key={actor}
          dataKey={(row: Row) => row.stocks[actor]?.total}
          name={actorLabel(actor)}
          type="stepAfter"
          stroke={theme.actor(actor)}
          strokeWidth={2.5}
          strokeDasharray={ACTOR_DASH[actor]}
          dot={false}
          activeDot={{ r: 5 }}
          isAnimationActive={animate ?? false}
        />
      ))}
      <CountMarks rows={rows} drawn={drawn} theme={theme} />
    </LineChart>
  );
}

/**
 * A dot at each total stated in an official release, a square at each count of an official list:
 * one layer over the lines, drawn from the chart's scales, rather than a mark element per point of
 * every line.
 */
function CountMarks({
  rows,
  drawn,
  theme,
}: {
  rows: readonly Row[];
  drawn: readonly Actor[];
  theme: ChartTheme;
}) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  return (
    <g className="reported-dots">
      {drawn.flatMap((actor) =>
        rows.flatMap((row) => {
          const point = row.stocks[actor];
          if (!point) return [];
          const cx = x(row.time);
          const cy = y(point.total);
          if (cx === undefined || cy === undefined) return [];
          if (point.checkpoint)
            return [
              <rect
                key={`${actor}-${row.date}-list`}
                x={cx - 4}
                y={cy - 4}
                width={8}
                height={8}
                fill={theme.background}
                stroke={theme.actor(actor)}
                strokeWidth={2}
                className="recharts-list-mark"
                data-list-count={`${actor} ${row.date} ${point.total}`}
              />,
            ];
          if (point.basis !== 'reported' || !point.eventId) return [];
          return [
            <circle
              key={`${actor}-${row.date}`}
              cx={cx}
              cy={cy}
              r={3.5}
              fill={theme.actor(actor)}
              stroke="none"
              className="recharts-reported-dot"
            />,
          ];
        }),
      )}
    </g>
  );
}

function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && 'stocks' in value && 'date' in value;
}

/** Every actor's stock on the hovered date, read from that date's row only. */
function InForceTooltip({ active, payload, drawn }: TooltipContentProps & { drawn: readonly Actor[] }) {
  const row: unknown = payload[0]?.payload;
  if (!active || !isRow(row)) return null;
  return (
    <TooltipBox>
      <p className="font-semibold">{formatDay(row.date)}</p>
      {drawn.map((actor) => {
        const p = row.stocks[actor];
        if (!p) return null;
        return (
          <p key={actor}>
            <span className="font-semibold">{actorLabel(actor)}</span>:{' '}
            {t('charts.inForce.tooltip', { persons: p.persons, entities: p.entities, basis: p.basis })}
          </p>
        );
      })}
    </TooltipBox>
  );
}
