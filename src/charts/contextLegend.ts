import { markTag, type ContextMark } from '../selectors/context';
import { formatDay } from '../i18n/format';
import type { LegendItem } from './spec';

/** The legend entry of the context events on a time chart. */
export const CONTEXT_LEGEND: LegendItem = {
  label: 'Context event (numbered)',
  swatch: { shape: 'marker', tone: 'ink' },
};

/**
 * The key to a chart's numbered context events, in full: above the plot a label may be cut short
 * or only a number, so every figure (page, embed, slide, export) carries this line with it.
 */
export function contextKey(marks: readonly ContextMark[]): string {
  return keyLine(
    'Context events',
    marks.filter((m) => !m.pointed),
  );
}

/** The key to the actions a presentation step points out, lettered on the chart. */
export function pointedKey(marks: readonly ContextMark[]): string {
  return keyLine(
    'Pointed out',
    marks.filter((m) => m.pointed),
  );
}

function keyLine(lead: string, marks: readonly ContextMark[]): string {
  if (!marks.length) return '';
  return `${lead}: ${marks.map((m) => `${markTag(m)} ${m.annotation.title} (${formatDay(m.annotation.date)})`).join('; ')}.`;
}
