import type { ReactNode } from 'react';
import type { Action, Actor, Direction } from '../data/ids';
import type { Dataset } from '../data/schema';
import { t } from '../i18n/catalogue';
import { bucketBounds } from '../selectors/buckets';
import type { ContextMark } from '../selectors/context';
import type { DateRange } from '../selectors/filter';
import type { ChartId, ChartParams } from '../url/routes';
import type { Period, ViewState } from '../url/view';
import type { ChartTheme } from './theme';

/**
 * The chart model: what every surface (page, embed, export, slide, pre-render) draws a chart
 * from. A spec turns the dataset and a view into a model; frames lay a model out; none of them
 * derives numbers of its own.
 */

/** What a spec reads: the dataset, the view, and the chart's own parameters where it has any. */
export type ChartInput = {
  data: Dataset;
  view: ViewState;
  params?: Partial<ChartParams>;
  /** Actions (ids) a presentation step points out: a time chart marks them on its axis, lettered. */
  pointed?: readonly string[];
};

/** How a legend entry, a table cell header or a mark looks, in theme-independent terms. */
export type SwatchStyle =
  | { shape: 'bar'; actor: Actor; direction: Direction }
  | { shape: 'line'; actor: Actor }
  | { shape: 'symbol'; action: Action }
  | { shape: 'dot'; tone: 'ink' }
  | { shape: 'square'; tone: 'ink' }
  | { shape: 'marker'; tone: 'ink' }
  | { shape: 'band'; tone: 'ink' }
  | { shape: 'category'; index: number }
  | { shape: 'status'; status: 'listed' | 'eased' | 'delisted' };

/** One legend entry. Entries with the same `group` are laid out together (e.g. one row per actor). */
export type LegendItem = { label: string; swatch: SwatchStyle; group?: string };

/** The chart's numbers as a table: the accessible alternative, and exactly what the CSV holds. */
export type TableData = {
  caption: string;
  head: string[];
  rows: (string | number)[][];
  /**
   * Columns the CSV writes before the table's own, one row per table row: what the table shows as a
   * label, in a form analysis tools read (a period's first and last day, where the table says "Q1 2020").
   */
  lead?: { head: string[]; rows: string[][] };
};

/** The rows of a chart's CSV: its table, after any machine-readable lead columns. */
export function csvRows(table: TableData): (string | number)[][] {
  const lead = table.lead;
  return [
    [...(lead?.head ?? []), ...table.head],
    ...table.rows.map((row, i) => [...(lead?.rows[i] ?? []), ...row]),
  ];
}

/** Lead columns for a table with one row per period: each period's first and last day. */
export function periodLead(keys: readonly string[], period: Period): NonNullable<TableData['lead']> {
  return {
    head: [t('charts.columns.periodStart'), t('charts.columns.periodEnd')],
    rows: keys.map((key) => {
      const { start, end } = bucketBounds(key, period);
      return [start, end];
    }),
  };
}

/** Marks that stand for events: what a click or Enter on a mark selects. `open`: go straight to the one event's page. */
export type MarkSelection = { label: string; eventIds: string[]; open?: boolean };

/** What a plot needs besides its model: its size, its colours, and how it may be used. */
export type PlotProps = {
  width: number;
  height: number;
  /** The drawing's accessible name and description: the chart's title and its summary sentence. */
  label: string;
  description: string;
  theme: ChartTheme;
  /** Unique on the page: prefixes SVG pattern ids, so two charts of a kind share none. */
  idPrefix: string;
  /** False for exports and pre-renders: no tooltip, no cursor, no focus. */
  interactive: boolean;
  /** Animate between states (presentations, when the reader allows motion); off elsewhere. */
  animate?: boolean;
  /** Size of axis labels in pixels (12 by default; larger on a projector). */
  fontSize?: number;
  /** Called when a mark standing for events is clicked or activated by keyboard. */
  onSelect?: (selection: MarkSelection) => void;
  /** Called with what a hovered or focused mark stands for (a context event, an action); undefined when left. */
  onHighlight?: (highlight: Highlight | undefined) => void;
  /** Called with the values under the chart's cursor each time the keyboard moves it, for a live region. */
  onCursor?: (text: string) => void;
};

/** A model's drawing, named and described by its own title and summary: how every frame draws one. */
export function drawModel(model: ChartModel, props: Omit<PlotProps, 'label' | 'description'>): ReactNode {
  return model.plot({ ...props, label: model.title, description: model.summary });
}

/** The id of the summary sentence a frame prints under a drawing. */
export function summaryId(idPrefix: string): string {
  return `${idPrefix}-summary`;
}

/**
 * What names and describes a drawing: its title and summary inside the SVG (they travel with an
 * exported file), and on a page or in an embed the summary sentence printed under it.
 */
export function surfaceText(label: string, description: string, idPrefix: string, interactive: boolean) {
  return { title: label, desc: description, ...(interactive && { 'aria-describedby': summaryId(idPrefix) }) };
}

/** The details of a hovered or focused mark, which the frame shows over the plot. */
export type Highlight = {
  title: string;
  body: string;
  /** The language of `body` where it is not the page's (a record's words in English). */
  lang?: string;
  footer?: string;
  /** Where the box goes: over the top of the plot unless the mark itself is there (a context marker). */
  place?: 'top' | 'bottom';
};

/**
 * A plot's height: a share of its width, kept between two bounds (equal bounds: a fixed height).
 * Data rather than a function, so that CSS can size the plot's box before any script runs (the
 * build's pre-render) exactly as the app does.
 */
export type PlotHeight = { min: number; max: number; perWidth: number };

/** The plot's height in pixels at a width. */
export function plotHeightAt({ min, max, perWidth }: PlotHeight, width: number): number {
  return Math.min(max, Math.max(min, Math.round(width * perWidth)));
}

/**
 * The same as CSS, for the plot's box inside a frame that is a size container (`@container`):
 * the browser sizes it, so a pre-rendered page and the app agree at every width.
 */
export function plotHeightCss({ min, max, perWidth }: PlotHeight): string {
  return min === max ? `${min}px` : `clamp(${min}px, ${+(perWidth * 100).toFixed(3)}cqw, ${max}px)`;
}

/** One chart for one view: text, legend, table and a plot that draws at any size. */
export type ChartModel = {
  id: ChartId;
  title: string;
  subtitle: string;
  legend: LegendItem[];
  /** Built when asked for (the table opened, the CSV downloaded), not with every drawing. */
  table: () => TableData;
  /** One or two sentences, computed from the numbers, saying what the chart shows. */
  summary: string;
  /** The context events drawn on the time axis, numbered as their labels are. */
  context: ContextMark[];
  /** Marks drawn (bars, points), for tests and for an empty-state message. */
  markCount: number;
  /** The range of days the chart covers. */
  range: DateRange;
  /** The days the data covers: the time brush's whole track. */
  span: DateRange;
  /** How tall the plot is for its width (see `plotHeightAt`). */
  plotHeight: PlotHeight;
  /** Draws the plot; the same function serves page, embed, export and pre-render. */
  plot: (props: PlotProps) => ReactNode;
  /** The site page that shows this chart: where "open in the app" links, copied links and exports point. */
  page: string;
  /** The chart's own parameters as drawn (the target chart's target), written into its embed and present addresses. */
  params: Partial<ChartParams>;
};

/** One entry of the registry. */
export type ChartSpec = {
  id: ChartId;
  /** A short name, for menus and the embed dialog. */
  name: string;
  build: (input: ChartInput) => ChartModel;
};
