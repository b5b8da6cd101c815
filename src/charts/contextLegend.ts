import type { LegendItem } from './spec';

/** The legend entry of the context events on a time chart. */
export const CONTEXT_LEGEND: LegendItem = {
  label: 'Context event (numbered)',
  swatch: { shape: 'marker', tone: 'ink' },
};
