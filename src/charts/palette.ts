import { useSyncExternalStore } from 'react';
import { ACTOR_META, type Actor, type Direction } from '../data/ids';

/** Literal colours (not CSS variables) so that exported images keep them. */
export function actorColor(actor: Actor, dark: boolean): string {
  return dark ? ACTOR_META[actor].colorDark : ACTOR_META[actor].color;
}

/** Axis, grid and text colours of a chart. */
export function inkColors(dark: boolean) {
  return dark
    ? { text: '#e5e7eb', muted: '#9ca3af', grid: '#374151', axis: '#6b7280' }
    : { text: '#111827', muted: '#4b5563', grid: '#e5e7eb', axis: '#6b7280' };
}

/** The fill of a direction's bars: solid, dotted or hatched (the non-colour encoding). */
export function directionFill(
  patternPrefix: string,
  actor: Actor,
  direction: Direction,
  dark: boolean,
): string {
  return direction === 'tighten' ? actorColor(actor, dark) : `url(#${patternPrefix}-${direction}-${actor})`;
}

const query = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(query);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/** True when the reader's system asks for a dark theme; false outside a browser. */
export function usePrefersDark(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(query).matches,
    () => false,
  );
}

/** Line dash per actor, so lines differ by more than colour. */
export const ACTOR_DASH = {
  us: '',
  eu: '7 3',
  uk: '2 3',
  ca: '10 3 2 3',
  ch: '4 2',
  by: '1 2',
} as const satisfies Record<Actor, string>;
