import { CHARTS } from '../charts/registry';
import type { ChartModel } from '../charts/spec';
import type { Dataset } from '../data/schema';
import { parseSearchString } from '../url/params';
import { decodeView, type ViewState } from '../url/view';
import type { StoryStep } from './schema';

/** A step made ready to show: its view read by the address codec and its chart's model built. */
export type BuiltStep = { step: StoryStep; view: ViewState; model: ChartModel };

/** Builds a step through the registry, like every other surface. */
export function buildStep(step: StoryStep, data: Dataset): BuiltStep {
  const { view } = decodeView(parseSearchString(step.view));
  return { step, view, model: CHARTS[step.chart].build({ data, view }) };
}
