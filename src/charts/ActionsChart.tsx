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
import { toCsv } from '../data/csv';
import { ACTOR_META, DIRECTIONS, type Actor, type Direction } from '../data/ids';
import type { ActionBucket } from '../selectors/buckets';
import type { Period } from '../url/view';
import { DataTable, Figure, LegendList, TooltipBox } from './Figure';
import { DirectionPatterns } from './Patterns';
import { actorColor, directionFill, inkColors } from './palette';

/** How each direction is named in legends, tooltips and tables. */
const DIRECTION_LABEL = {
  tighten: 'Imposed or expanded',
  maintain: 'Renewed',
  loosen: 'Eased, suspended or lifted',
} as const satisfies Record<Direction, string>;

const PERIOD_WORD = { month: 'month', quarter: 'quarter', year: 'year' } as const satisfies Record<
  Period,
  string
>;

type Row = { key: string; label: string } & Record<string, number | string>;

function seriesKey(actor: Actor, direction: Direction): string {
  return `${actor}_${direction}`;
}

/** Bars above the axis count tightening and renewals, bars below count easing and lifting. */
function toRows(buckets: readonly ActionBucket[], actors: readonly Actor[]): Row[] {
  return buckets.map((bucket) => {
    const row: Row = { key: bucket.key, label: bucket.label };
    for (const actor of actors) {
      for (const direction of DIRECTIONS) {
        const n = bucket.counts[actor]?.[direction] ?? 0;
        row[seriesKey(actor, direction)] = direction === 'loosen' ? -n : n;
      }
    }
    return row;
  });
}

function tableRows(buckets: readonly ActionBucket[], actors: readonly Actor[]): (string | number)[][] {
  return buckets
    .filter((b) => b.eventIds.length > 0)
    .map((b) => [b.label, ...actors.flatMap((a) => DIRECTIONS.map((d) => b.counts[a]?.[d] ?? 0))]);
}

function tableHead(actors: readonly Actor[]): string[] {
  return [
    'Period',
    ...actors.flatMap((a) => DIRECTIONS.map((d) => `${ACTOR_META[a].short}: ${DIRECTION_LABEL[d]}`)),
  ];
}

type ActionsChartProps = {
  buckets: readonly ActionBucket[];
  actors: readonly Actor[];
  period: Period;
  asOf: string;
  dark: boolean;
  /** Pixel height of the plot; the width follows the container. */
  height?: number;
};

/** The actions-over-time chart: per period and actor, sanctions actions above and below the axis. */
export function ActionsChart({ buckets, actors, period, asOf, dark, height = 300 }: ActionsChartProps) {
  const id = 'actions-over-time';
  const ink = inkColors(dark);
  const rows = toRows(buckets, actors);
  const total = buckets.reduce((n, b) => n + b.eventIds.length, 0);
  return (
    <Figure
      id={id}
      title="Sanctions actions over time"
      subtitle={`Number of actions per ${PERIOD_WORD[period]}: imposed, expanded and renewed above the line; eased, suspended and lifted below. ${total} actions shown.`}
      asOf={asOf}
      legend={<ActionsLegend prefix={`${id}-legend`} actors={actors} dark={dark} />}
      table={
        <DataTable
          caption="Sanctions actions per period"
          head={tableHead(actors)}
          rows={tableRows(buckets, actors)}
        />
      }
      csv={() => toCsv([tableHead(actors), ...tableRows(buckets, actors)])}
    >
      <BarChart
        responsive
        style={{ width: '100%', height }}
        data={rows}
        stackOffset="sign"
        margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
        accessibilityLayer
        title="Sanctions actions over time"
      >
        <DirectionPatterns prefix={id} actors={actors} dark={dark} />
        <CartesianGrid vertical={false} stroke={ink.grid} />
        <XAxis dataKey="label" tick={{ fill: ink.muted, fontSize: 12 }} stroke={ink.axis} minTickGap={12} />
        <YAxis
          allowDecimals={false}
          width={32}
          tick={{ fill: ink.muted, fontSize: 12 }}
          stroke={ink.axis}
          tickFormatter={(v: number) => String(Math.abs(v))}
        />
        <ReferenceLine y={0} stroke={ink.text} />
        <Tooltip
          content={(props) => <ActionsTooltip {...props} actors={actors} />}
          cursor={{ fill: ink.grid, fillOpacity: 0.4 }}
        />
        {actors.flatMap((actor) =>
          DIRECTIONS.map((direction) => (
            <Bar
              key={seriesKey(actor, direction)}
              dataKey={seriesKey(actor, direction)}
              name={`${ACTOR_META[actor].short}: ${DIRECTION_LABEL[direction]}`}
              stackId={actor}
              fill={directionFill(id, actor, direction, dark)}
              stroke={actorColor(actor, dark)}
              strokeWidth={direction === 'tighten' ? 0 : 1}
              isAnimationActive={false}
            />
          )),
        )}
      </BarChart>
    </Figure>
  );
}

function ActionsTooltip({
  active,
  payload,
  label,
  actors,
}: TooltipContentProps & { actors: readonly Actor[] }) {
  if (!active || !payload.length) return null;
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
          {ACTOR_META[actor].short}:{' '}
          {DIRECTIONS.map((d) => `${value(actor, d)} ${DIRECTION_LABEL[d].toLowerCase()}`).join(' · ')}
        </p>
      ))}
    </TooltipBox>
  );
}

/** Legend swatches: colour per actor, fill pattern per direction. `prefix` keeps pattern ids unique on the page. */
export function ActionsLegend({
  prefix,
  actors,
  dark,
}: {
  prefix: string;
  actors: readonly Actor[];
  dark: boolean;
}) {
  return (
    <>
      <svg width="0" height="0" className="absolute" aria-hidden="true">
        <DirectionPatterns prefix={prefix} actors={actors} dark={dark} />
      </svg>
      <LegendList>
        {actors.map((actor) => (
          <li key={actor} className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <span className="font-semibold">{ACTOR_META[actor].label}</span>
            {DIRECTIONS.map((direction) => (
              <span key={direction} className="inline-flex items-center gap-1">
                <svg width="14" height="14" aria-hidden="true">
                  <rect
                    x="0.5"
                    y="0.5"
                    width="13"
                    height="13"
                    fill={directionFill(prefix, actor, direction, dark)}
                    stroke={actorColor(actor, dark)}
                  />
                </svg>
                {DIRECTION_LABEL[direction]}
              </span>
            ))}
          </li>
        ))}
      </LegendList>
    </>
  );
}
