import { useNavigate, useRouterState, useSearch } from '@tanstack/react-router';
import { decodeView, DEFAULT_VIEW, type Notice, type ViewState } from '../url/view';

/** The view state from the URL, and a setter that writes a change back to it (one history entry). */
export function useView(): [ViewState, (change: Partial<ViewState>) => void] {
  const view: ViewState = { ...DEFAULT_VIEW, ...useSearch({ from: '__root__' }) };
  const navigate = useNavigate();
  const setView = (change: Partial<ViewState>) => {
    void navigate({ to: '.', search: (prev) => ({ ...prev, ...change }) });
  };
  return [view, setView];
}

/** The URL values that were ignored while reading the view, for the notice bar. */
export function useUrlNotices(): Notice[] {
  const raw = useRouterState({ select: (state) => state.location.search });
  return decodeView(raw).notices;
}

/** For links: keep the current view parameters when moving between paths. */
export function keepView(current: Partial<ViewState>): Partial<ViewState> {
  return current;
}
