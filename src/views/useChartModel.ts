import { useMemo } from 'react';
import { chartTheme, type ChartTheme } from '../charts/theme';
import type { ChartModel, ChartSpec } from '../charts/spec';
import type { Dataset } from '../data/schema';
import type { ViewState } from '../url/view';
import { useDark } from './theme';

/** A chart's model for the dataset and view, rebuilt only when either changes (`useView` keeps the view stable). */
export function useChartModel(spec: ChartSpec, data: Dataset, view: ViewState): ChartModel {
  return useMemo(() => spec.build({ data, view }), [spec, data, view]);
}

/** The chart colours of the current theme. */
export function useChartTheme(): ChartTheme {
  const dark = useDark();
  return useMemo(() => chartTheme(dark), [dark]);
}
