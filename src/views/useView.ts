import { useNavigate, useRouteContext, useSearch } from '@tanstack/react-router';
import { useSyncExternalStore } from 'react';
import { DEFAULT_VIEW, type Notice, type ViewState } from '../url/view';

/** Writes a change of view to the URL: a new history entry, unless `replace`. */
export type SetView = (change: Partial<ViewState>, options?: { replace?: boolean }) => void;

/** The view state from the URL, and a setter that writes a change back to it (one history entry). */
export function useView(): [ViewState, SetView] {
  const view: ViewState = { ...DEFAULT_VIEW, ...useSearch({ from: '__root__' }) };
  const { notices } = useRouteContext({ from: '__root__' });
  const navigate = useNavigate();
  const setView: SetView = (change, options) => {
    notices.set([]);
    void navigate({ to: '.', search: (prev) => ({ ...prev, ...change }), replace: options?.replace });
  };
  return [view, setView];
}

/** The URL values that were ignored when the address was read, and a way to dismiss them. */
export function useUrlNotices(): [Notice[], () => void] {
  const { notices } = useRouteContext({ from: '__root__' });
  const current = useSyncExternalStore(notices.subscribe, notices.get, notices.get);
  return [current, () => notices.set([])];
}

/** For links: keep the current view parameters when moving between paths. */
export function keepView(current: Partial<ViewState>): Partial<ViewState> {
  return current;
}
