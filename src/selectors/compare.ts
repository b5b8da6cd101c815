import { ACTOR_META, type Actor } from '../data/ids';
import type { ActionBucket } from './buckets';
import { joinClauses } from './story';

/**
 * The comparison of two actors: per period, how much each tightened net of what it eased, and the
 * periods in which they moved in opposite directions. Pure.
 */

/** One period of the net-direction series: tightening minus easing, per actor (renewals count 0). */
export type NetBucket = {
  key: string;
  label: string;
  net: Partial<Record<Actor, number>>;
  idsByActor: Partial<Record<Actor, string[]>>;
};

/** Net direction per period and actor, from the actions-over-time buckets. */
export function netDirection(buckets: readonly ActionBucket[], actors: readonly Actor[]): NetBucket[] {
  return buckets.map((b) => {
    const net: NetBucket['net'] = {};
    for (const actor of actors) {
      const c = b.counts[actor];
      net[actor] = c ? c.tighten - c.loosen : 0;
    }
    return { key: b.key, label: b.label, net, idsByActor: b.idsByActor };
  });
}

/** A period in which two actors moved in opposite directions. */
export type Divergence = {
  key: string;
  label: string;
  /** The actor that tightened (net above zero) and the one that loosened (net below zero). */
  tightener: Actor;
  loosener: Actor;
  net: { tightener: number; loosener: number };
  /** Both actors' actions of the period. */
  eventIds: string[];
};

/** The periods in which one of two actors tightened on balance and the other loosened. */
export function divergences(net: readonly NetBucket[], a: Actor, b: Actor): Divergence[] {
  return net.flatMap((bucket) => {
    const na = bucket.net[a] ?? 0;
    const nb = bucket.net[b] ?? 0;
    if (na * nb >= 0) return [];
    const [tightener, loosener] = na > 0 ? [a, b] : [b, a];
    return [
      {
        key: bucket.key,
        label: bucket.label,
        tightener,
        loosener,
        net: { tightener: Math.max(na, nb), loosener: Math.min(na, nb) },
        eventIds: [...(bucket.idsByActor[a] ?? []), ...(bucket.idsByActor[b] ?? [])],
      },
    ];
  });
}

/**
 * One sentence on divergence, e.g. "The US and the EU moved in opposite directions in 2 of the 2
 * years in which both acted: 2025 and 2026, each time with the EU tightening and the US easing."
 */
export function divergenceSentence(
  net: readonly NetBucket[],
  found: readonly Divergence[],
  a: Actor,
  b: Actor,
  periodWord: string,
): string {
  const pair = `${ACTOR_META[a].noun} and ${ACTOR_META[b].noun}`;
  const both = net.filter(
    (bucket) => (bucket.idsByActor[a]?.length ?? 0) > 0 && (bucket.idsByActor[b]?.length ?? 0) > 0,
  );
  const plural = (n: number) => `${n} ${n === 1 ? periodWord : `${periodWord}s`}`;
  if (!found.length)
    return `${capitalise(pair)} never moved in opposite directions in a ${periodWord} shown${both.length ? '' : ': they never acted in the same one'}.`;
  const leaders = new Set(found.map((d) => d.tightener));
  const [only] = leaders;
  const pattern =
    leaders.size === 1 && only
      ? `, ${found.length === 1 ? '' : 'each time '}with ${ACTOR_META[only].noun} tightening and ${ACTOR_META[only === a ? b : a].noun} easing`
      : '';
  return `${capitalise(pair)} moved in opposite directions in ${found.length} of the ${plural(both.length)} in which both acted: ${joinClauses(found.map((d) => d.label))}${pattern}.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
