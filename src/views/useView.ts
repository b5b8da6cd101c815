import { useNavigate, useRouteContext, useSearch } from '@tanstack/react-router';
import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Dataset } from '../data/schema';
import { dataSpan } from '../selectors/filter';
import type { Notice } from '../url/params';
import { DEFAULT_VIEW, fitView, type ViewState } from '../url/view';

/** Writes a change of view to the URL: a new history entry, unless `replace`. */
export type SetView = (change: Partial<ViewState>, options?: { replace?: boolean }) => void;

/** The view state from the URL, and a setter that writes a change back to it (one history entry). */
export function useView(): [ViewState, SetView] {
  // The router shares unchanged search objects, so the view keeps its identity until it changes.
  const search = useSearch({ from: '__root__' });
  const view: ViewState = useMemo(() => ({ ...DEFAULT_VIEW, ...search }), [search]);
  const { notices } = useRouteContext({ from: '__root__' });
  const navigate = useNavigate();
  // Stable, so that charts given it do not redraw when the view changes elsewhere.
  const setView: SetView = useCallback(
    (change, options) => {
      notices.set([]);
      void navigate({ to: '.', search: (prev) => ({ ...prev, ...change }), replace: options?.replace });
    },
    [notices, navigate],
  );
  return [view, setView];
}

/**
 * The view for a page that shows `data`: the URL's view with its dates fitted into the data's
 * span. When fitting changed something, the address is rewritten in place (no new history entry)
 * and the reader is told what was moved.
 */
export function useDataView(data: Dataset): [ViewState, SetView] {
  const [view, setView] = useView();
  const { notices } = useRouteContext({ from: '__root__' });
  const navigate = useNavigate();
  const span = useMemo(() => dataSpan(data), [data]);
  // Memoised on the two dates, so that the effect below runs once per address to fix.
  const fitted = useMemo(
    () => fitView({ ...DEFAULT_VIEW, from: view.from, to: view.to, at: view.at }, span),
    [view.from, view.to, view.at, span],
  );
  useEffect(() => {
    if (!fitted.notices.length) return;
    notices.set([...notices.get(), ...fitted.notices]);
    const { from, to, at } = fitted.view;
    void navigate({ to: '.', search: (prev) => ({ ...prev, from, to, at }), replace: true });
  }, [fitted, notices, navigate]);
  const result = useMemo(
    () => ({ ...view, from: fitted.view.from, to: fitted.view.to, at: fitted.view.at }),
    [view, fitted],
  );
  return [result, setView];
}

/** The URL values that were ignored when the address was read, and a way to dismiss them. */
export function useUrlNotices(): [Notice[], () => void] {
  const { notices } = useRouteContext({ from: '__root__' });
  const current = useSyncExternalStore(notices.subscribe, notices.get, notices.get);
  return [current, () => notices.set([])];
}
