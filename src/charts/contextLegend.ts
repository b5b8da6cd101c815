import { markTag, type ContextMark } from '../selectors/context';
import { t } from '../i18n/catalogue';
import { formatDay } from '../i18n/format';
import type { LegendItem } from './spec';

/** The legend entry of the context events on a time chart. */
export function contextLegend(): LegendItem {
  return { label: t('charts.context.legend'), swatch: { shape: 'marker', tone: 'ink' } };
}

/**
 * The key to a chart's numbered context events, in full: above the plot a label may be cut short
 * or only a number, so every figure (page, embed, slide, export) carries this line with it.
 */
export function contextKey(marks: readonly ContextMark[]): string {
  const events = keyItems(marks.filter((m) => !m.pointed));
  return events && t('charts.context.key', { events });
}

/** The key to the actions a presentation step points out, lettered on the chart. */
export function pointedKey(marks: readonly ContextMark[]): string {
  const events = keyItems(marks.filter((m) => m.pointed));
  return events && t('charts.context.pointed', { events });
}

/** Each mark as "1 Title (2 Oct 2020)", joined; empty for none. */
function keyItems(marks: readonly ContextMark[]): string {
  return marks.map((m) => `${markTag(m)} ${m.annotation.title} (${formatDay(m.annotation.date)})`).join('; ');
}
