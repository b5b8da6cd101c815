import { CHARTS } from '../charts/registry';
import type { ChartModel } from '../charts/spec';
import type { Dataset } from '../data/schema';
import { decodeParams, parseSearchString } from '../url/params';
import { CHART_PARAMS } from '../url/routes';
import { decodeView, type ViewState } from '../url/view';
import type { StoryStep } from './schema';

/** A step made ready to show: its view read by the address codec and its chart's model built. */
export type BuiltStep = { step: StoryStep; view: ViewState; model: ChartModel };

/** Builds a step through the registry, like every other surface. */
export function buildStep(step: StoryStep, data: Dataset): BuiltStep {
  const raw = parseSearchString(step.view);
  const { view } = decodeView(raw);
  const { values: params } = decodeParams(CHART_PARAMS, raw);
  return { step, view, model: CHARTS[step.chart].build({ data, view, params, pointed: step.highlight }) };
}
