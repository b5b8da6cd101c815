import { createContext, use, useLayoutEffect, useSyncExternalStore, type ReactNode } from 'react';
import type { ThemePreference } from '../url/routes';
import { THEMES } from '../url/routes';

/** The colours a view is drawn in. */
export type ResolvedTheme = 'light' | 'dark';

const DARK_QUERY = '(prefers-color-scheme: dark)';
const STORAGE_KEY = 'sanctions-tracker:theme';

function subscribeToScheme(onChange: () => void): () => void {
  const media = window.matchMedia(DARK_QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

function subscribeToPrint(onChange: () => void): () => void {
  window.addEventListener('beforeprint', onChange);
  window.addEventListener('afterprint', onChange);
  return () => {
    window.removeEventListener('beforeprint', onChange);
    window.removeEventListener('afterprint', onChange);
  };
}

let printing = false;
if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', () => (printing = true));
  window.addEventListener('afterprint', () => (printing = false));
}

const ThemeContext = createContext<ResolvedTheme>('light');

/**
 * Resolves a preference against the reader's system, and prints light whatever the preference,
 * then applies the result to the page root (`data-theme`, which Tailwind's dark variant follows)
 * and to every chart below through context.
 */
export function ThemeScope({
  preference,
  transparent = false,
  children,
}: {
  preference: ThemePreference;
  /** An embed without a background: the page's colour scheme is left alone, so the host shows through. */
  transparent?: boolean;
  children: ReactNode;
}) {
  const systemDark = useSyncExternalStore(
    subscribeToScheme,
    () => window.matchMedia(DARK_QUERY).matches,
    () => false,
  );
  const isPrinting = useSyncExternalStore(
    subscribeToPrint,
    () => printing,
    () => false,
  );
  const resolved: ResolvedTheme =
    isPrinting || preference === 'light' ? 'light' : preference === 'dark' || systemDark ? 'dark' : 'light';
  useLayoutEffect(() => {
    const html = document.documentElement;
    html.dataset.theme = resolved;
    // A colour scheme that differs from the host's makes a browser paint an iframe opaque.
    html.style.colorScheme = transparent ? 'normal' : resolved;
    html.dataset.transparent = transparent ? 'true' : 'false';
  }, [resolved, transparent]);
  return <ThemeContext value={resolved}>{children}</ThemeContext>;
}

/** True when the view is drawn dark. */
export function useDark(): boolean {
  return use(ThemeContext) === 'dark';
}

const storeListeners = new Set<() => void>();

function readStored(): ThemePreference {
  const stored = window.localStorage.getItem(STORAGE_KEY);
  return THEMES.find((t) => t === stored) ?? 'auto';
}

/** The site's remembered theme preference, and a setter that remembers a new one. */
export function useStoredTheme(): [ThemePreference, (next: ThemePreference) => void] {
  const preference = useSyncExternalStore(
    (onChange) => {
      storeListeners.add(onChange);
      window.addEventListener('storage', onChange);
      return () => {
        storeListeners.delete(onChange);
        window.removeEventListener('storage', onChange);
      };
    },
    readStored,
    (): ThemePreference => 'auto',
  );
  const set = (next: ThemePreference) => {
    if (next === 'auto') window.localStorage.removeItem(STORAGE_KEY);
    else window.localStorage.setItem(STORAGE_KEY, next);
    storeListeners.forEach((listener) => listener());
  };
  return [preference, set];
}
