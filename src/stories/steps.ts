import { CHARTS } from '../charts/registry';
import type { ChartModel } from '../charts/spec';
import type { Dataset } from '../data/schema';
import { t } from '../i18n/catalogue';
import { decodeParams, parseSearchString } from '../url/params';
import { CHART_PARAMS } from '../url/routes';
import { decodeView, type ViewState } from '../url/view';
import type { StoryStep } from './schema';

/** A step in words the audience reads: a story's step in the page's language, or a one-off's own. */
export type ShownStep = Omit<StoryStep, 'headline' | 'notes'> & { headline: string; notes: string };

/** A story's step in the page's language: its headline and notes read from the catalogue. */
export function shownStep(step: StoryStep): ShownStep {
  return { ...step, headline: t(step.headline), notes: t(step.notes) };
}

/** A step made ready to show: its view read by the address codec and its chart's model built. */
export type BuiltStep = { step: ShownStep; view: ViewState; model: ChartModel };

/** Builds a step through the registry, like every other surface. */
export function buildStep(step: ShownStep, data: Dataset): BuiltStep {
  const raw = parseSearchString(step.view);
  const { view } = decodeView(raw);
  const { values: params } = decodeParams(CHART_PARAMS, raw);
  return { step, view, model: CHARTS[step.chart].build({ data, view, params, pointed: step.highlight }) };
}
