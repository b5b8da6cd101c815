import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import { toCsv } from '../data/csv';
import { ACTOR_META } from '../data/ids';
import type { DateRange } from '../selectors/filter';
import { dayToTime, formatCount, formatDay } from '../selectors/format';
import { STOCK_BASIS_LABEL, type StockPoint, type StockSeries } from '../selectors/inForce';
import { DataTable, Figure, LegendList, TooltipBox } from './Figure';
import { ACTOR_DASH, actorColor, inkColors } from './palette';

type Point = StockPoint & { time: number };

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
        <Tooltip content={(props) => <InForceTooltip {...props} />} />
        {series.map(({ actor, points }) => (
          <Line
            key={actor}
            data={points.map((p): Point => ({ ...p, time: dayToTime(p.date) }))}
            dataKey="total"
            name={ACTOR_META[actor].label}
            type="stepAfter"
            stroke={actorColor(actor, dark)}
            strokeWidth={2.5}
            strokeDasharray={ACTOR_DASH[actor]}
            dot={(props: { cx?: number; cy?: number; payload?: Point; index?: number }) => (
              <ReportedDot key={`${actor}-${props.index ?? 0}`} {...props} color={actorColor(actor, dark)} />
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
  payload,
  color,
}: {
  cx?: number;
  cy?: number;
  payload?: Point;
  color: string;
}) {
  if (cx === undefined || cy === undefined || payload?.basis !== 'reported' || !payload.eventId) return <g />;
  return <circle cx={cx} cy={cy} r={3.5} fill={color} stroke="none" />;
}

function isPoint(value: unknown): value is Point {
  return (
    typeof value === 'object' &&
    value !== null &&
    'persons' in value &&
    'entities' in value &&
    'basis' in value
  );
}

function InForceTooltip({ active, payload }: TooltipContentProps) {
  if (!active || !payload.length) return null;
  return (
    <TooltipBox>
      {payload.map((item) => {
        const p: unknown = item.payload;
        if (!isPoint(p)) return null;
        const { persons, entities, date, basis } = p;
        return (
          <p key={String(item.name)}>
            <span className="font-semibold">{String(item.name)}</span>, {formatDay(date)}:{' '}
            {formatCount(persons)} persons, {formatCount(entities)} entities (
            {STOCK_BASIS_LABEL[basis].toLowerCase()})
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
