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
import type { Actor } from '../data/ids';
import { t } from '../i18n/catalogue';
import { actorLabel, actorShort } from '../i18n/labels';
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
import { contextLegend } from './contextLegend';
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
  get name() {
    return t('charts.net.name');
  },
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
          label: t('charts.net.tightened'),
          group: actorLabel(actor),
          swatch: { shape: 'bar', actor, direction: 'tighten' } as const,
        },
        {
          label: t('charts.net.loosened'),
          group: actorLabel(actor),
          swatch: { shape: 'bar', actor, direction: 'loosen' } as const,
        },
      ]),
      ...(found.length
        ? [{ label: t('charts.net.opposite'), swatch: { shape: 'band', tone: 'ink' } as const }]
        : []),
      ...(context.length ? [contextLegend()] : []),
    ];
    return {
      id: 'net',
      title: t('charts.net.title'),
      subtitle: t('charts.net.subtitle', { period: view.period }),
      legend,
      table: () => ({
        caption: t('charts.net.caption', { period: view.period }),
        head: [
          t('charts.columns.period'),
          ...view.actors.map((actor) => t('charts.net.netColumn', { actor: actorShort(actor) })),
          t('charts.net.opposite'),
        ],
        rows: net.map((bucket) => [
          bucket.label,
          ...view.actors.map((actor) => bucket.net[actor] ?? 0),
          found.some((d) => d.key === bucket.key) ? t('charts.net.yes') : '',
        ]),
        lead: periodLead(
          net.map((bucket) => bucket.key),
          view.period,
        ),
      }),
      summary:
        a && b && view.actors.length === 2
          ? divergenceSentence(net, found, a, b, view.period)
          : t('charts.net.chooseTwo'),
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
          name={actorShort(actor)}
          stroke={theme.actor(actor)}
          strokeWidth={1}
          isAnimationActive={animate ?? false}
          cursor={onSelect ? 'pointer' : undefined}
          onClick={(_, index) => {
            const bucket = net[index];
            if (bucket && onSelect)
              onSelect({
                label: `${actorShort(actor)}, ${bucket.label}`,
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
          {t('charts.net.tooltipNet', {
            actor: actorShort(actor),
            value: `${value(actor) > 0 ? '+' : ''}${value(actor)}`,
          })}
        </p>
      ))}
      {diverged && (
        <p className="mt-1 font-semibold">
          {t('charts.net.tooltipOpposite', {
            tightener: actorShort(diverged.tightener),
            loosener: actorShort(diverged.loosener),
          })}
        </p>
      )}
    </TooltipBox>
  );
}
