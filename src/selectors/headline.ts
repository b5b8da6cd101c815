import type { Actor, Direction } from '../data/ids';
import type { Checkpoint, SanctionsEvent } from '../data/schema';
import { eventsOf, type DateRange, inRange } from './filter';
import { stockHistory, stockOn, type StockPoint } from './inForce';
import { ACTION_META } from '../data/ids';
import { STORY_SINCE } from './story';

/** The headline figures of one actor for a view. */
export type Headline = {
  actor: Actor;
  /** Listed persons and entities on the view's last day; undefined when no record of the actor carries a count. */
  inForce: StockPoint | undefined;
  /** Actions in the view's range that tightened, kept and loosened measures. */
  tightened: number;
  renewed: number;
  loosened: number;
  /** The actor's latest action on or before the view's last day, whatever the other filters. */
  lastChange: SanctionsEvent | undefined;
  /** Its actions since the story's turning point (1 Jan 2025) to the as-of day, and their balance. */
  recent: {
    since: string;
    tightened: number;
    renewed: number;
    loosened: number;
    direction: 'tightening' | 'loosening' | 'steady';
  };
};

/**
 * Headline figures per actor. `all` is the whole dataset (for stock and last change); `shown` is
 * the filtered events the view counts.
 */
export function headlines(
  all: readonly SanctionsEvent[],
  shown: readonly SanctionsEvent[],
  actors: readonly Actor[],
  range: DateRange,
  asOf: string = range.end,
  checkpoints: readonly Checkpoint[] = [],
): Headline[] {
  // One pass over the shown events, counting per actor and direction.
  const counts = new Map<Actor, Record<Direction, number>>();
  for (const e of shown) {
    if (!inRange(e.date, range)) continue;
    let own = counts.get(e.actor);
    if (!own) counts.set(e.actor, (own = { tighten: 0, maintain: 0, loosen: 0 }));
    own[ACTION_META[e.action].direction] += 1;
  }
  return actors.map((actor) => {
    const recent = eventsOf(all, actor).filter((e) => e.date >= STORY_SINCE && e.date <= asOf);
    const n = (direction: string) =>
      recent.filter((e) => ACTION_META[e.action].direction === direction).length;
    const [tightenedSince, loosenedSince] = [n('tighten'), n('loosen')];
    const own = counts.get(actor);
    return {
      actor,
      inForce: stockOn(stockHistory(all, actor, checkpoints), range.end),
      tightened: own?.tighten ?? 0,
      renewed: own?.maintain ?? 0,
      loosened: own?.loosen ?? 0,
      lastChange: eventsOf(all, actor).findLast((e) => e.date <= range.end),
      recent: {
        since: STORY_SINCE,
        tightened: tightenedSince,
        renewed: n('maintain'),
        loosened: loosenedSince,
        direction:
          tightenedSince > loosenedSince
            ? 'tightening'
            : loosenedSince > tightenedSince
              ? 'loosening'
              : 'steady',
      },
    };
  });
}
