import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import { MEASURES, type Measure } from '../data/ids';
import type { SanctionsEvent } from '../data/schema';
import {
  breakdownOverTime,
  countIn,
  INSTRUMENT_FAMILIES,
  instrumentFamily,
  type InstrumentFamily,
} from '../selectors/breakdown';
import { bucketKey } from '../selectors/buckets';
import { dataSpan, filterEvents, viewRange } from '../selectors/filter';
import { t } from '../i18n/catalogue';
import { listOfNames } from '../i18n/format';
import { measureLabel } from '../i18n/labels';
import type { Period } from '../url/view';
import { CursorSelect, periodCursor } from './CursorSelect';
import { periodLead, type ChartSpec, type PlotProps, type TableData, surfaceText } from './spec';
import { categoryColor, categoryFill, CategoryPatterns } from './Swatch';
import { TooltipBox } from './TooltipBox';

type BreakdownSpec<C extends string> = {
  id: 'measures' | 'instruments';
  name: () => string;
  title: () => string;
  subtitle: (period: Period, shown: number) => string;
  categories: readonly C[];
  label: (category: C) => string;
  /** A category's name in running text: `asset freeze`. */
  inText: (category: C) => string;
  of: (event: SanctionsEvent) => readonly C[];
};

type Row = { key: string; label: string } & Record<string, number | string>;

/** A chart of actions per period stacked by category; an action in two categories counts in both. */
function breakdownChart<C extends string>(def: BreakdownSpec<C>): ChartSpec {
  return {
    id: def.id,
    get name() {
      return def.name();
    },
    build: ({ data, view }) => {
      const range = viewRange(data.events, view, data.asOf);
      const shown = filterEvents(data.events, view, range);
      const {
        rows: counted,
        used,
        totals,
      } = breakdownOverTime(shown, range, view.period, def.categories, def.of);
      // Recharts reads each category's count as a field of the row.
      const rows: Row[] = counted.map((r) => ({
        key: r.key,
        label: r.label,
        ...Object.fromEntries(def.categories.map((c) => [c, countIn(r, c)])),
      }));
      const table = (): TableData => ({
        caption: t('charts.breakdown.caption', { title: def.title(), period: view.period }),
        head: [t('charts.columns.period'), ...used.map(def.label)],
        rows: counted.map((r) => [r.label, ...used.map((c) => countIn(r, c))]),
        lead: periodLead(
          counted.map((r) => r.key),
          view.period,
        ),
      });
      const top = totals.slice(0, 3).map(({ category, count }) => `${def.inText(category)} (${count})`);
      return {
        id: def.id,
        title: def.title(),
        subtitle: def.subtitle(view.period, shown.length),
        legend: used.map((c) => ({
          label: def.label(c),
          swatch: { shape: 'category', index: def.categories.indexOf(c) } as const,
        })),
        table,
        summary: totals.length
          ? t('charts.breakdown.summary', { count: shown.length, top: listOfNames(top) })
          : t('charts.breakdown.none'),
        context: [],
        markCount: counted.reduce((n, r) => n + used.filter((c) => countIn(r, c) > 0).length, 0),
        range,
        span: dataSpan(data),
        // An actor's page shows its breakdowns; the overview shows them for any set of actors.
        page: view.actors.length === 1 ? `/actors/${view.actors[0] ?? 'us'}` : '/',
        params: {},
        plotHeight: { min: 200, max: 300, perWidth: 0.3 },
        plot: (props) => (
          <BreakdownPlot
            {...props}
            rows={rows}
            shown={shown}
            period={view.period}
            used={used}
            all={def.categories}
            nameOf={def.label}
            of={def.of}
          />
        ),
      };
    },
  };
}

function BreakdownPlot<C extends string>({
  rows,
  shown,
  period,
  used,
  all,
  nameOf,
  of,
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
  onCursor,
}: PlotProps & {
  rows: Row[];
  shown: readonly SanctionsEvent[];
  period: Period;
  used: readonly C[];
  all: readonly C[];
  nameOf: (c: C) => string;
  of: (e: SanctionsEvent) => readonly C[];
}) {
  const select = (row: Row | undefined, category?: C) => {
    if (!row || !onSelect) return;
    const ids = shown
      .filter((e) => bucketKey(e.date, period) === row.key && (!category || of(e).includes(category)))
      .map((e) => e.id);
    onSelect({ label: category ? `${nameOf(category)}, ${row.label}` : row.label, eventIds: ids });
  };
  return (
    <BarChart
      width={width}
      height={height}
      data={rows}
      margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
      accessibilityLayer={interactive}
      {...surfaceText(label, description, idPrefix, interactive)}
    >
      <CategoryPatterns idPrefix={idPrefix} count={all.length} theme={theme} />
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
      {interactive && (
        <Tooltip
          content={(props) => <BreakdownTooltip {...props} />}
          cursor={{ fill: theme.grid, fillOpacity: 0.4 }}
        />
      )}
      {interactive && (
        <CursorSelect
          {...periodCursor(rows, period)}
          onEnter={(l) => select(rows.find((r) => r.label === l))}
          onCursor={onCursor}
        />
      )}
      {used.map((c) => {
        const index = all.indexOf(c);
        return (
          <Bar
            key={c}
            dataKey={c}
            name={nameOf(c)}
            stackId="all"
            fill={categoryFill(idPrefix, theme, index)}
            stroke={categoryColor(theme, index)}
            strokeWidth={index % 6 === 0 ? 0 : 1}
            isAnimationActive={animate ?? false}
            cursor={onSelect ? 'pointer' : undefined}
            onClick={(_, i) => select(rows[i], c)}
          />
        );
      })}
    </BarChart>
  );
}

function BreakdownTooltip({ active, payload, label }: TooltipContentProps) {
  // An empty period is shown too: the cursor says it holds nothing rather than going blank.
  if (!active || label === undefined) return null;
  const counted = payload.filter((item) => Number(item.value) > 0);
  return (
    <TooltipBox>
      <p className="font-semibold">{String(label)}</p>
      {counted.map((item) => (
        <p key={String(item.name)}>
          {String(item.name)}: {Number(item.value)}
        </p>
      ))}
      {counted.length === 0 && <p>{t('charts.breakdown.noActions')}</p>}
    </TooltipBox>
  );
}

/** `measures`: actions per period by kind of measure (asset freezes, travel bans, trade, …). */
export const measuresChart = breakdownChart<Measure>({
  id: 'measures',
  name: () => t('charts.measures.title'),
  title: () => t('charts.measures.title'),
  subtitle: (period, count) => t('charts.measures.subtitle', { period, count }),
  categories: MEASURES,
  label: measureLabel,
  inText: (m) => t(`charts.measures.inText.${m}`),
  of: (e) => e.measures,
});

/** `instruments`: actions per period by family of legal instrument. */
export const instrumentsChart = breakdownChart<InstrumentFamily>({
  id: 'instruments',
  name: () => t('charts.instruments.name'),
  title: () => t('charts.instruments.title'),
  subtitle: (period, count) => t('charts.instruments.subtitle', { period, count }),
  categories: INSTRUMENT_FAMILIES,
  label: (f) => t(`charts.instruments.families.${f}`),
  inText: (f) => t(`charts.instruments.inText.${f}`),
  of: (e) => [instrumentFamily(e)],
});
