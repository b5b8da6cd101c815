import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import type { ReactNode } from 'react';
import { t } from '../i18n/catalogue';
import { formatDay } from '../i18n/format';
import { legendGroups, patternActors } from './Legend';
import { sourceLine } from './sourceLine';
import { contextKey } from './contextLegend';
import { drawModel, plotHeightAt, type ChartModel, type LegendItem } from './spec';
import { DirectionPatterns, Swatch, SWATCH_WIDTH } from './Swatch';
import { CHART_FONT, type ChartTheme } from './theme';

/**
 * The export frame: one self-contained SVG with the chart's title, subtitle, legend, plot, summary,
 * source line, as-of date and the view's address, in literal colours and a system font stack. PNG
 * files are this SVG rasterised.
 */

/** Width of an exported chart, in CSS pixels (PNG scales multiply it). */
export const EXPORT_WIDTH = 960;

const PAD = 24;
const TEXT = {
  title: { size: 22, line: 28, bold: true },
  subtitle: { size: 14, line: 20, bold: false },
  legend: { size: 13, line: 22, bold: false },
  summary: { size: 14, line: 20, bold: false },
  footer: { size: 11, line: 16, bold: false },
} as const;

/** Width of a text in pixels at a size; measured in the browser, estimated elsewhere. */
export type Measure = (text: string, size: number, bold: boolean) => number;

/** A rough measure for environments without a canvas (tests): average glyph width. */
export const estimateWidth: Measure = (text, size, bold) => text.length * size * (bold ? 0.6 : 0.54);

/** Breaks text into lines that fit `width`, at spaces; a word longer than a line is cut. */
export function wrapLines(
  text: string,
  width: number,
  size: number,
  bold: boolean,
  measure: Measure,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate, size, bold) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (measure(line, size, bold) > width && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && measure(line.slice(0, cut), size, bold) > width) cut -= 1;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}

type Placed = { x: number; y: number };
type LegendPlacement = { label?: string; item?: LegendItem } & Placed;

/** Flows legend groups and entries into rows that fit the width. */
function placeLegend(
  items: readonly LegendItem[],
  width: number,
  measure: Measure,
): { placed: LegendPlacement[]; height: number } {
  const placed: LegendPlacement[] = [];
  const { size, line, bold } = TEXT.legend;
  let x = 0;
  let y = 0;
  const fit = (w: number) => {
    if (x > 0 && x + w > width) {
      x = 0;
      y += line;
    }
  };
  for (const { group, items: entries } of legendGroups(items)) {
    if (group !== undefined) {
      const w = measure(group, size, true);
      if (x > 0) x += 8;
      fit(w);
      placed.push({ label: group, x, y });
      x += w + 10;
    }
    for (const item of entries) {
      const w = SWATCH_WIDTH[item.swatch.shape] + 6 + measure(item.label, size, bold);
      fit(w);
      placed.push({ item, x, y });
      x += w + 14;
    }
    x += 10;
  }
  return { placed, height: placed.length ? y + line : 0 };
}

/** Where everything of the export frame goes, for a model and a width. Pure. */
export function exportLayout(
  model: Pick<ChartModel, 'title' | 'subtitle' | 'legend' | 'summary' | 'plotHeight' | 'context'>,
  info: { width: number; url: string; asOf: string },
  measure: Measure,
) {
  const inner = info.width - 2 * PAD;
  const wrap = (text: string, kind: keyof typeof TEXT) =>
    wrapLines(text, inner, TEXT[kind].size, TEXT[kind].bold, measure);
  let y = PAD;
  const block = (lines: string[], kind: keyof typeof TEXT, gap: number) => {
    const top = y;
    y += lines.length * TEXT[kind].line + gap;
    return { lines, top, kind };
  };
  const title = block(wrap(model.title, 'title'), 'title', 2);
  const subtitle = block(wrap(model.subtitle, 'subtitle'), 'subtitle', 10);
  const legend = placeLegend(model.legend, inner, measure);
  const legendTop = y;
  y += legend.height + 10;
  const plotHeight = plotHeightAt(model.plotHeight, inner);
  const plotTop = y;
  y += plotHeight + 12;
  const keyText = contextKey(model.context);
  const key = block(keyText ? wrap(keyText, 'footer') : [], 'footer', keyText ? 8 : 0);
  const summary = block(wrap(model.summary, 'summary'), 'summary', 12);
  const footer = block(
    [
      ...wrap(`${sourceLine()} ${t('frames.asOf', { date: formatDay(info.asOf) })}`, 'footer'),
      ...wrapLines(
        info.url,
        inner,
        TEXT.footer.size,
        false,
        (text, size) => estimateWidth(text, size, false) * 1.05,
      ),
    ],
    'footer',
    0,
  );
  return {
    width: info.width,
    height: Math.ceil(y + PAD - TEXT.footer.line + TEXT.footer.size),
    inner,
    blocks: [title, subtitle, key, summary, footer],
    legend: { top: legendTop, placed: legend.placed },
    plot: { top: plotTop, width: inner, height: plotHeight },
  };
}

/** The layout of an export, as `exportLayout` returns it. */
export type ExportLayout = ReturnType<typeof exportLayout>;

/**
 * The export frame as an SVG element tree, with an empty group where the plot goes (Recharts
 * draws inside a wrapper <div>, so the plot's <svg> is moved in after drawing).
 */
export function ExportFrame({
  layout,
  legend,
  theme,
  idPrefix,
  transparent = false,
}: {
  layout: ExportLayout;
  legend: readonly LegendItem[];
  theme: ChartTheme;
  idPrefix: string;
  transparent?: boolean;
}) {
  const color = {
    title: theme.text,
    subtitle: theme.muted,
    legend: theme.text,
    summary: theme.text,
    footer: theme.muted,
  };
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      fontFamily={CHART_FONT}
    >
      {!transparent && <rect width={layout.width} height={layout.height} fill={theme.background} />}
      <DirectionPatterns idPrefix={`${idPrefix}-legend`} actors={patternActors(legend)} theme={theme} />
      {layout.blocks.map(({ lines, top, kind }) => (
        <text
          key={kind}
          fontSize={TEXT[kind].size}
          fontWeight={TEXT[kind].bold ? 700 : 400}
          fill={color[kind]}
        >
          {lines.map((line, i) => (
            <tspan key={i} x={PAD} y={top + i * TEXT[kind].line + TEXT[kind].size}>
              {i < lines.length - 1 ? `${line} ` : line}
            </tspan>
          ))}
        </text>
      ))}
      <g transform={`translate(${PAD} ${layout.legend.top})`} fontSize={TEXT.legend.size} fill={theme.text}>
        {layout.legend.placed.map((p, i) =>
          p.item ? (
            <g key={i}>
              <Swatch
                swatch={p.item.swatch}
                theme={theme}
                idPrefix={`${idPrefix}-legend`}
                x={p.x}
                y={p.y + 2}
              />
              <text x={p.x + SWATCH_WIDTH[p.item.swatch.shape] + 6} y={p.y + 14}>
                {p.item.label}
              </text>
            </g>
          ) : (
            <text key={i} x={p.x} y={p.y + 14} fontWeight={700}>
              {p.label}
            </text>
          ),
        )}
      </g>
      <g data-plot-slot="" transform={`translate(${PAD} ${layout.plot.top})`} />
    </svg>
  );
}

/** Measures text with a canvas in the page's system font stack. */
function canvasMeasure(): Measure {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return estimateWidth;
  return (text, size, bold) => {
    context.font = `${bold ? 700 : 400} ${size}px ${CHART_FONT}`;
    return context.measureText(text).width;
  };
}

/** Renders React into a detached, off-screen element and waits until `ready` finds what it needs. */
async function renderOffscreen(node: ReactNode, width: number, ready: (el: HTMLElement) => boolean) {
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  container.style.cssText = `position:fixed;left:-20000px;top:0;width:${width}px;`;
  document.body.append(container);
  const root = createRoot(container);
  flushSync(() => root.render(node));
  for (let frame = 0; frame < 60 && !ready(container); frame++)
    await new Promise((resolve) => requestAnimationFrame(resolve));
  return {
    container,
    dispose: () => {
      root.unmount();
      container.remove();
    },
  };
}

/** The export frame of a model as SVG text, and its size. */
export async function exportSvg(
  model: ChartModel,
  info: { theme: ChartTheme; url: string; asOf: string; width?: number; transparent?: boolean },
): Promise<{ svg: string; width: number; height: number }> {
  const layout = exportLayout(
    model,
    { width: info.width ?? EXPORT_WIDTH, url: info.url, asOf: info.asOf },
    canvasMeasure(),
  );
  const idPrefix = `export-${model.id}`;
  const plot = await renderOffscreen(
    drawModel(model, {
      width: layout.plot.width,
      height: layout.plot.height,
      theme: info.theme,
      idPrefix,
      interactive: false,
    }),
    layout.plot.width,
    (el) => (el.querySelector('svg.recharts-surface')?.childElementCount ?? 0) > 2,
  );
  const frame = await renderOffscreen(
    <ExportFrame
      layout={layout}
      legend={model.legend}
      theme={info.theme}
      idPrefix={idPrefix}
      transparent={info.transparent}
    />,
    layout.width,
    (el) => el.querySelector('[data-plot-slot]') !== null,
  );
  try {
    const surface = plot.container.querySelector('svg.recharts-surface');
    const slot = frame.container.querySelector('[data-plot-slot]');
    const root = frame.container.querySelector('svg');
    if (!surface || !slot || !root) throw new Error(t('frames.export.noChart'));
    const copy = surface.cloneNode(true);
    if (copy instanceof Element) {
      for (const attribute of ['tabindex', 'role', 'style', 'class']) copy.removeAttribute(attribute);
      copy.setAttribute('width', String(layout.plot.width));
      copy.setAttribute('height', String(layout.plot.height));
    }
    slot.append(copy);
    slot.removeAttribute('data-plot-slot');
    return { svg: new XMLSerializer().serializeToString(root), width: layout.width, height: layout.height };
  } finally {
    plot.dispose();
    frame.dispose();
  }
}

/** An SVG rasterised to PNG at `scale` times its size. */
export async function svgToPng(svg: string, width: number, height: number, scale: number): Promise<Blob> {
  const image = new Image();
  image.width = width;
  image.height = height;
  const loaded = new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error(t('frames.export.noImage')));
  });
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await loaded;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error(t('frames.export.noCanvas'));
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error(t('frames.export.noPng')))),
      'image/png',
    ),
  );
}
