import { useMemo } from 'react';
import { chartTheme, type ChartTheme } from '../charts/theme';
import type { ChartModel, ChartSpec } from '../charts/spec';
import { ACTORS } from '../data/ids';
import type { Dataset } from '../data/schema';
import type { ChartParams } from '../url/routes';
import type { ViewState } from '../url/view';
import { useDark } from './theme';

/**
 * The part of a view charts read: everything but `at`, kept as one object until one of its
 * values changes (actors by value), so that moving the "in force on" slider rebuilds no chart.
 */
export function useChartView(view: ViewState): ViewState {
  const { from, to, period, actions, measures, regimes, q, context } = view;
  const actorsKey = view.actors.join(',');
  return useMemo(
    () => ({
      actors: ACTORS.filter((a) => actorsKey.split(',').includes(a)),
      from,
      to,
      period,
      actions,
      measures,
      regimes,
      q,
      context,
      at: undefined,
    }),
    [actorsKey, from, to, period, actions, measures, regimes, q, context],
  );
}

const NO_PARAMS: Partial<ChartParams> = {};

/** A chart's model for the dataset, view and the chart's own parameters, rebuilt only when what the chart reads changes. */
export function useChartModel(
  spec: ChartSpec,
  data: Dataset,
  view: ViewState,
  params: Partial<ChartParams> = NO_PARAMS,
): ChartModel {
  const chartView = useChartView(view);
  // Rebuilt when a parameter's value changes, not when its object is made anew.
  const { target } = params;
  const scaleKey = params.scale?.join(',') ?? '';
  return useMemo(() => {
    const scale = ACTORS.filter((actor) => scaleKey.split(',').includes(actor));
    return spec.build({ data, view: chartView, params: { target, ...(scale.length && { scale }) } });
  }, [spec, data, chartView, target, scaleKey]);
}

/** The chart colours of the current theme. */
export function useChartTheme(): ChartTheme {
  const dark = useDark();
  return useMemo(() => chartTheme(dark), [dark]);
}
