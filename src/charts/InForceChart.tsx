import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import { toCsv } from '../data/csv';
import { ACTOR_META } from '../data/ids';
import type { DateRange } from '../selectors/filter';
import { dayToTime, formatDay, plural } from '../selectors/format';
import {
  STOCK_BASIS_LABEL,
  stockRows,
  type StockPoint,
  type StockRow,
  type StockSeries,
} from '../selectors/inForce';
import { DataTable, Figure, LegendList, TooltipBox } from './Figure';
import { ACTOR_DASH, actorColor, inkColors } from './palette';

type Row = StockRow & { time: number };

function yearTicks(range: DateRange): number[] {
  const first = Number(range.start.slice(0, 4)) + 1;
  const last = Number(range.end.slice(0, 4));
  const span = Math.max(1, last - first + 1);
  const step = span > 16 ? 4 : span > 8 ? 2 : 1;
  const ticks: number[] = [];
  for (let year = first; year <= last; year += step) ticks.push(dayToTime(`${year}-01-01`));
  return ticks;
}

function tableRows(series: readonly StockSeries[]): (string | number)[][] {
  return series.flatMap(({ actor, points }) =>
    points.map((p) => [
      formatDay(p.date),
      ACTOR_META[actor].short,
      p.persons,
      p.entities,
      p.total,
      STOCK_BASIS_LABEL[p.basis],
    ]),
  );
}

const HEAD = ['Date', 'Actor', 'Persons', 'Entities', 'Total', 'Basis'];

type InForceChartProps = {
  series: readonly StockSeries[];
  range: DateRange;
  asOf: string;
  dark: boolean;
  height?: number;
};

/** The in-force chart: persons and entities listed per actor over time, as stepped lines. */
export function InForceChart({ series, range, asOf, dark, height = 280 }: InForceChartProps) {
  const ink = inkColors(dark);
  const rows: Row[] = stockRows(series).map((row) => ({ ...row, time: dayToTime(row.date) }));
  const drawn = series.filter((s) => s.points.length > 0);
  return (
    <Figure
      id="in-force"
      title="Persons and entities listed"
      subtitle="Persons and entities under each actor's Belarus asset freezes and travel bans. Dots mark totals stated in official releases; between them, the line adds listings and subtracts delistings as sources count them."
      asOf={asOf}
      legend={<InForceLegend series={series} dark={dark} />}
      table={
        <DataTable caption="Persons and entities listed, by date" head={HEAD} rows={tableRows(series)} />
      }
      csv={() => toCsv([HEAD, ...tableRows(series)])}
    >
      <LineChart
        data={rows}
        responsive
        style={{ width: '100%', height }}
        margin={{ top: 8, right: 16, bottom: 0, left: 0 }}
        accessibilityLayer
        title="Persons and entities listed"
      >
        <CartesianGrid vertical={false} stroke={ink.grid} />
        <XAxis
          type="number"
          dataKey="time"
          domain={[dayToTime(range.start), dayToTime(range.end)]}
          ticks={yearTicks(range)}
          tickFormatter={(t: number) => new Date(t).getUTCFullYear().toString()}
          tick={{ fill: ink.muted, fontSize: 12 }}
          stroke={ink.axis}
          allowDuplicatedCategory={false}
        />
        <YAxis allowDecimals={false} width={40} tick={{ fill: ink.muted, fontSize: 12 }} stroke={ink.axis} />
        <Tooltip content={(props) => <InForceTooltip {...props} series={drawn} />} />
        {drawn.map(({ actor }) => (
          <Line
            key={actor}
            dataKey={(row: Row) => row.stocks[actor]?.total}
            name={ACTOR_META[actor].label}
            type="stepAfter"
            stroke={actorColor(actor, dark)}
            strokeWidth={2.5}
            strokeDasharray={ACTOR_DASH[actor]}
            dot={(props: { cx?: number; cy?: number; payload?: Row; index?: number }) => (
              <ReportedDot
                key={`${actor}-${props.index ?? 0}`}
                cx={props.cx}
                cy={props.cy}
                point={props.payload?.stocks[actor]}
                color={actorColor(actor, dark)}
              />
            )}
            activeDot={{ r: 5 }}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </Figure>
  );
}

function ReportedDot({
  cx,
  cy,
  point,
  color,
}: {
  cx?: number;
  cy?: number;
  point: StockPoint | undefined;
  color: string;
}) {
  if (cx === undefined || cy === undefined || point?.basis !== 'reported' || !point.eventId) return <g />;
  return <circle cx={cx} cy={cy} r={3.5} fill={color} stroke="none" />;
}

function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && 'stocks' in value && 'date' in value;
}

/** Every actor's stock on the hovered date, read from that date's row only. */
function InForceTooltip({
  active,
  payload,
  series,
}: TooltipContentProps & { series: readonly StockSeries[] }) {
  const row: unknown = payload[0]?.payload;
  if (!active || !isRow(row)) return null;
  return (
    <TooltipBox>
      <p className="font-semibold">{formatDay(row.date)}</p>
      {series.map(({ actor }) => {
        const p = row.stocks[actor];
        if (!p) return null;
        return (
          <p key={actor}>
            <span className="font-semibold">{ACTOR_META[actor].label}</span>: {plural(p.persons, 'person')},{' '}
            {plural(p.entities, 'entity', 'entities')} ({STOCK_BASIS_LABEL[p.basis].toLowerCase()})
          </p>
        );
      })}
    </TooltipBox>
  );
}

function InForceLegend({ series, dark }: { series: readonly StockSeries[]; dark: boolean }) {
  return (
    <LegendList>
      {series.map(({ actor, points }) => (
        <li key={actor} className="inline-flex items-center gap-1.5">
          <svg width="28" height="10" aria-hidden="true">
            <line
              x1="0"
              y1="5"
              x2="28"
              y2="5"
              stroke={actorColor(actor, dark)}
              strokeWidth="2.5"
              strokeDasharray={ACTOR_DASH[actor]}
            />
          </svg>
          {ACTOR_META[actor].label}
          {points.length === 0 && ' (no counts in the data)'}
        </li>
      ))}
      <li className="inline-flex items-center gap-1.5">
        <svg width="10" height="10" aria-hidden="true">
          <circle cx="5" cy="5" r="3.5" fill={dark ? '#e5e7eb' : '#111827'} />
        </svg>
        Official total
      </li>
    </LegendList>
  );
}
