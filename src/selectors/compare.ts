import type { Actor } from '../data/ids';
import { t } from '../i18n/catalogue';
import { capitalise, listOfNames, yes } from '../i18n/format';
import type { Period } from '../url/view';
import type { ActionBucket } from './buckets';

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

/** Two actors as the subject of a sentence: "the US and the EU". */
function pairText(a: Actor, b: Actor): string {
  return t('sentences.divergence.pair', {
    a: t('sentences.names.subject', { actor: a }),
    b: t('sentences.names.subject', { actor: b }),
  });
}

/**
 * One sentence on divergence, e.g. "The US and the EU moved in opposite directions in 2 of the 2
 * years in which both acted: 2025 and 2026, each time with the EU tightening and the US easing."
 * `period` is the view's period (`year`, `quarter`, `month`).
 */
export function divergenceSentence(
  net: readonly NetBucket[],
  found: readonly Divergence[],
  a: Actor,
  b: Actor,
  period: Period,
): string {
  const pair = pairText(a, b);
  const both = net.filter(
    (bucket) => (bucket.idsByActor[a]?.length ?? 0) > 0 && (bucket.idsByActor[b]?.length ?? 0) > 0,
  );
  if (!found.length)
    return capitalise(t('sentences.divergence.never', { pair, period, acted: yes(both.length > 0) }));
  const leaders = new Set(found.map((d) => d.tightener));
  const [only] = leaders;
  const pattern =
    leaders.size === 1 && only
      ? t('sentences.divergence.pattern', {
          each: yes(found.length > 1),
          tightener: only,
          loosener: only === a ? b : a,
        })
      : '';
  return capitalise(
    t('sentences.divergence.found', {
      pair,
      found: found.length,
      both: both.length,
      period,
      periods: listOfNames(found.map((d) => d.label)),
      pattern,
    }),
  );
}
