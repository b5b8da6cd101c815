import { ACTOR_META, type Actor } from '../data/ids';

/** Literal colours (never CSS variables), so that exported files and pre-renders keep them. */
export type ChartTheme = {
  dark: boolean;
  background: string;
  text: string;
  muted: string;
  grid: string;
  axis: string;
  actor: (actor: Actor) => string;
};

const LIGHT: Omit<ChartTheme, 'actor'> = {
  dark: false,
  background: '#ffffff',
  text: '#111827',
  muted: '#4b5563',
  grid: '#e5e7eb',
  axis: '#6b7280',
};

const DARK: Omit<ChartTheme, 'actor'> = {
  dark: true,
  background: '#111827',
  text: '#f3f4f6',
  muted: '#9ca3af',
  grid: '#374151',
  axis: '#6b7280',
};

/** The chart colours for a light or dark page. */
export function chartTheme(dark: boolean): ChartTheme {
  return {
    ...(dark ? DARK : LIGHT),
    actor: (actor) => (dark ? ACTOR_META[actor].colorDark : ACTOR_META[actor].color),
  };
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

/** The system font stack every chart and export uses, so that measured text matches drawn text. */
export const CHART_FONT =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Liberation Sans', sans-serif";
