import { useNavigate } from '@tanstack/react-router';
import { useCallback, useDeferredValue, useState } from 'react';
import { eventsById } from '../selectors/filter';
import { PageFrame } from '../charts/PageFrame';
import type { ChartSpec, MarkSelection } from '../charts/spec';
import type { Dataset } from '../data/schema';
import type { ChartParams } from '../url/routes';
import type { ViewState } from '../url/view';
import { SelectedEvents } from './SelectedEvents';
import { useChartModel, useChartTheme } from './useChartModel';
import { useOnScreen } from './useOnScreen';
import { type SetView } from './useView';

/**
 * A chart from the registry on a site page: its page frame, and the actions behind a chosen mark
 * (a mark that stands for one action opens that action's page). A chart whose drawing is out of
 * view follows a change of view in a deferred render, after the charts in view are drawn, and
 * without holding up the next input.
 */
export function ChartOnPage({
  spec,
  data,
  view,
  setView,
  params,
}: {
  spec: ChartSpec;
  data: Dataset;
  view: ViewState;
  /** Given, the chart's time brush zooms the page's range. */
  setView?: SetView;
  /** The chart's own parameters (the target chart's target). */
  params?: Partial<ChartParams>;
}) {
  // On screen is the drawing itself, not the title above it or the table below.
  const [box, onScreen] = useOnScreen<HTMLDivElement>(
    (element) => element.querySelector('[data-plot]') ?? element,
  );
  // Deferred only while out of view, and only for changes made while out of view: a chart that
  // leaves the screen keeps the view it drew, never an earlier one.
  const deferredView = useDeferredValue(onScreen ? undefined : view);
  const model = useChartModel(spec, data, onScreen ? view : (deferredView ?? view), params);
  const theme = useChartTheme();
  const [selection, setSelection] = useState<MarkSelection | undefined>(undefined);
  const byId = eventsById(data.events);
  const navigate = useNavigate();
  const select = useCallback(
    (next: MarkSelection) => {
      const [only] = next.eventIds;
      if (next.open && only && next.eventIds.length === 1)
        void navigate({ to: '/events/$eventId', params: { eventId: only } });
      else setSelection(next);
    },
    [navigate],
  );
  return (
    <div ref={box}>
      <PageFrame model={model} theme={theme} view={view} asOf={data.asOf} onSelect={select} onRange={setView}>
        {selection && (
          <SelectedEvents selection={selection} byId={byId} onClose={() => setSelection(undefined)} />
        )}
      </PageFrame>
    </div>
  );
}
