import { actionsChart } from './actions';
import { instrumentsChart, measuresChart } from './breakdown';
import { netChart } from './net';
import { inForceChart } from './inForce';
import { targetChart } from './target';
import { timelineChart } from './timeline';
import { CHART_IDS, type ChartId } from '../url/routes';
import type { ChartSpec } from './spec';

/**
 * Every chart, by public id. Pages, embeds, exports, slides and the pre-render draw charts only
 * through this registry; adding a chart is one spec here.
 */
export const CHARTS = {
  actions: actionsChart,
  'in-force': inForceChart,
  timeline: timelineChart,
  net: netChart,
  measures: measuresChart,
  instruments: instrumentsChart,
  target: targetChart,
} as const satisfies Record<ChartId, ChartSpec>;

/** The spec for a public chart id, or undefined for an id not in the contract. */
export function chartSpec(id: string): ChartSpec | undefined {
  const known = CHART_IDS.find((chart) => chart === id);
  return known && CHARTS[known];
}
