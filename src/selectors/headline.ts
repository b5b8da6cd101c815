import type { Actor } from '../data/ids';
import type { SanctionsEvent } from '../data/schema';
import { eventsOf, type DateRange, inRange } from './filter';
import { stockHistory, stockOn, type StockPoint } from './inForce';
import { ACTION_META } from '../data/ids';

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
): Headline[] {
  return actors.map((actor) => {
    const own = eventsOf(shown, actor).filter((e) => inRange(e.date, range));
    const count = (direction: string) =>
      own.filter((e) => ACTION_META[e.action].direction === direction).length;
    return {
      actor,
      inForce: stockOn(stockHistory(all, actor), range.end),
      tightened: count('tighten'),
      renewed: count('maintain'),
      loosened: count('loosen'),
      lastChange: eventsOf(all, actor).findLast((e) => e.date <= range.end),
    };
  });
}
