import { DEFAULT_ACTORS, type Actor } from '../data/ids';

/**
 * Ranges worth comparing in one click: the turning points of the story. Each is named by its id
 * (`pages.compare.presets.<id>`).
 */
export const PRESETS = [
  { id: 'since2025', from: '2025-01-01', to: undefined },
  { id: 'crackdown', from: '2020-08-01', to: '2021-12-31' },
  { id: 'easing2015', from: '2015-01-01', to: '2016-12-31' },
  { id: 'easing2008', from: '2008-01-01', to: '2008-12-31' },
  { id: 'all', from: undefined, to: undefined },
] as const;

/**
 * The two actors a comparison shows: the first two the address names, else the US and the EU;
 * `first`, when it is one of them, leads.
 */
export function comparedPair(actors: readonly Actor[], first?: Actor): [Actor, Actor] {
  const pair = canonicalPair(actors);
  return first === pair[1] ? [pair[1], pair[0]] : pair;
}

function canonicalPair(actors: readonly Actor[]): [Actor, Actor] {
  const [a, b] = actors;
  if (a && b) return [a, b];
  const other = DEFAULT_ACTORS.find((d) => d !== a) ?? 'eu';
  return a ? [a, other] : [DEFAULT_ACTORS[0], DEFAULT_ACTORS[1]];
}
