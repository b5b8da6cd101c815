import type { ContextMark } from '../selectors/context';
import { formatDay } from '../selectors/format';
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
  if (!marks.length) return '';
  return `Context events: ${marks
    .map(({ number, annotation }) => `${number} ${annotation.title} (${formatDay(annotation.date)})`)
    .join('; ')}.`;
}
