import {
  Bar,
  BarChart,
  CartesianGrid,
  Rectangle,
  ReferenceArea,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import { ACTOR_META, type Actor } from '../data/ids';
import { actionsOverTime, bucketKey, bucketLabel } from '../selectors/buckets';
import {
  divergences,
  divergenceSentence,
  netDirection,
  type Divergence,
  type NetBucket,
} from '../selectors/compare';
import { axisMarks, type ContextMark } from '../selectors/context';
import { dataSpan, filterEvents, viewRange } from '../selectors/filter';
import type { Period } from '../url/view';
import { contextBand, ContextLayer } from './ContextLayer';
import { CONTEXT_LEGEND } from './contextLegend';
import { CursorSelect, periodCursor } from './CursorSelect';
import { periodLead, type ChartSpec, type LegendItem, type PlotProps, surfaceText } from './spec';
import { directionFill, DirectionPatterns } from './Swatch';
import { TooltipBox } from './TooltipBox';

type Row = { key: string; label: string } & Record<string, number | string>;

/** What Recharts hands a bar's shape: the rectangle's geometry and the row it stands for. */
type BarShapeProps = { x?: number; y?: number; width?: number; height?: number; payload?: Row };

/** `net`: per period and actor, tightening minus easing; periods where two actors diverge are shaded. */
export const netChart: ChartSpec = {
  id: 'net',
  name: 'Net direction',
  build: ({ data, view, pointed }) => {
    const range = viewRange(data.events, view, data.asOf);
    const shown = filterEvents(data.events, view, range);
    const net = netDirection(actionsOverTime(shown, view.actors, range, view.period), view.actors);
    const [a, b] = view.actors;
    const found = a && b && view.actors.length === 2 ? divergences(net, a, b) : [];
    const context = axisMarks(data, view, range, pointed);
    const rows: Row[] = net.map((bucket) => {
      const row: Row = { key: bucket.key, label: bucket.label };
      for (const actor of view.actors) row[actor] = bucket.net[actor] ?? 0;
      return row;
    });
    const legend: LegendItem[] = [
      ...view.actors.flatMap((actor) => [
        {
          label: 'tightened on balance',
          group: ACTOR_META[actor].label,
          swatch: { shape: 'bar', actor, direction: 'tighten' } as const,
        },
        {
          label: 'loosened on balance',
          group: ACTOR_META[actor].label,
          swatch: { shape: 'bar', actor, direction: 'loosen' } as const,
        },
      ]),
      ...(found.length
        ? [{ label: 'Opposite directions', swatch: { shape: 'band', tone: 'ink' } as const }]
        : []),
      ...(context.length ? [CONTEXT_LEGEND] : []),
    ];
    return {
      id: 'net',
      title: 'Net direction: tightening minus easing',
      subtitle: `Per ${view.period}, each actor's actions that tightened sanctions minus those that eased, suspended or lifted them (renewals count nothing). Above the line, the actor tightened on balance; below, it loosened.`,
      legend,
      table: {
        caption: `Net direction per ${view.period}`,
        head: [
          'Period',
          ...view.actors.map((actor) => `${ACTOR_META[actor].short}: net`),
          'Opposite directions',
        ],
        rows: net.map((bucket) => [
          bucket.label,
          ...view.actors.map((actor) => bucket.net[actor] ?? 0),
          found.some((d) => d.key === bucket.key) ? 'yes' : '',
        ]),
        lead: periodLead(
          net.map((bucket) => bucket.key),
          view.period,
        ),
      },
      summary:
        a && b && view.actors.length === 2
          ? divergenceSentence(net, found, a, b, view.period)
          : 'Choose two actors to see the periods in which they moved in opposite directions.',
      context,
      markCount: rows.reduce((n, row) => n + view.actors.filter((actor) => row[actor] !== 0).length, 0),
      range,
      span: dataSpan(data),
      page: '/compare',
      params: {},
      plotHeight: { min: 200, max: 320, perWidth: 0.3 },
      plot: (props) => (
        <NetPlot
          {...props}
          rows={rows}
          net={net}
          found={found}
          actors={view.actors}
          period={view.period}
          context={context}
        />
      ),
    };
  },
};

function NetPlot({
  rows,
  net,
  found,
  actors,
  period,
  context,
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
}: PlotProps & {
  rows: Row[];
  net: NetBucket[];
  found: Divergence[];
  actors: readonly Actor[];
  period: Period;
  context: readonly ContextMark[];
}) {
  const selectPeriod = (label: string | number) => {
    const bucket = net.find((b) => b.label === label);
    if (!bucket || !onSelect) return;
    onSelect({ label: bucket.label, eventIds: actors.flatMap((a) => bucket.idsByActor[a] ?? []) });
  };
  return (
    <BarChart
      width={width}
      height={height}
      data={rows}
      margin={{ top: 8 + (context.length ? contextBand(fontSize) : 0), right: 8, bottom: 0, left: 0 }}
      accessibilityLayer={interactive}
      {...surfaceText(label, description, idPrefix, interactive)}
    >
      <DirectionPatterns idPrefix={idPrefix} actors={actors} theme={theme} />
      {found.map((d) => (
        <ReferenceArea
          key={d.key}
          x1={d.label}
          x2={d.label}
          fill={theme.muted}
          fillOpacity={0.18}
          className="divergence-band"
          ifOverflow="extendDomain"
        />
      ))}
      <CartesianGrid vertical={false} stroke={theme.grid} />
      <XAxis
        dataKey="label"
        tick={{ fill: theme.muted, fontSize: fontSize ?? 12 }}
        stroke={theme.axis}
        minTickGap={12}
      />
      <YAxis
        allowDecimals={false}
        width={32}
        tick={{ fill: theme.muted, fontSize: fontSize ?? 12 }}
        stroke={theme.axis}
      />
      <ReferenceLine y={0} stroke={theme.text} />
      {interactive && (
        <Tooltip
          content={(props) => <NetTooltip {...props} actors={actors} found={found} />}
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
      {actors.map((actor) => (
        <Bar
          key={actor}
          dataKey={actor}
          name={ACTOR_META[actor].short}
          stroke={theme.actor(actor)}
          strokeWidth={1}
          isAnimationActive={animate ?? false}
          cursor={onSelect ? 'pointer' : undefined}
          onClick={(_, index) => {
            const bucket = net[index];
            if (bucket && onSelect)
              onSelect({
                label: `${ACTOR_META[actor].short}, ${bucket.label}`,
                eventIds: bucket.idsByActor[actor] ?? [],
              });
          }}
          shape={(props: BarShapeProps) => (
            <Rectangle
              {...props}
              fill={directionFill(
                idPrefix,
                theme,
                actor,
                Number(props.payload?.[actor]) < 0 ? 'loosen' : 'tighten',
              )}
            />
          )}
        />
      ))}
    </BarChart>
  );
}

function NetTooltip({
  active,
  payload,
  label,
  actors,
  found,
}: TooltipContentProps & { actors: readonly Actor[]; found: readonly Divergence[] }) {
  // An empty period is shown too: the cursor says it holds nothing rather than going blank.
  if (!active || label === undefined) return null;
  const row: unknown = payload[0]?.payload;
  const value = (actor: Actor) => {
    const n: unknown = typeof row === 'object' && row !== null ? Reflect.get(row, actor) : 0;
    return typeof n === 'number' ? n : 0;
  };
  const diverged = found.find((d) => d.label === label);
  return (
    <TooltipBox>
      <p className="font-semibold">{String(label)}</p>
      {actors.map((actor) => (
        <p key={actor}>
          {ACTOR_META[actor].short}: net {value(actor) > 0 ? '+' : ''}
          {value(actor)}
        </p>
      ))}
      {diverged && (
        <p className="mt-1 font-semibold">
          Opposite directions: {ACTOR_META[diverged.tightener].short} tightened,{' '}
          {ACTOR_META[diverged.loosener].short} loosened
        </p>
      )}
    </TooltipBox>
  );
}
