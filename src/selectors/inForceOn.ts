import { ACTION_META, ACTOR_META, MEASURES, type Actor, type Measure } from '../data/ids';
import type { Checkpoint, SanctionsEvent } from '../data/schema';
import { eventsOf } from './filter';
import { formatCount, formatDay } from '../i18n/format';
import { stockHistory, stockOn, type StockPoint } from './inForce';
import { joinClauses } from './story';

/**
 * What each actor had in force on a day: the persons and entities listed, and each kind of
 * measure it had imposed by then with the latest action that changed it. Whether a lifting ended a
 * whole measure or one listing is not in the data, so the latest change is shown, not guessed at.
 */

/** One kind of measure an actor had imposed by the day. */
export type MeasureOnDate = {
  measure: Measure;
  /** The day it was first imposed. */
  since: string;
  /** The latest action on or before the day that concerned it. */
  latest: SanctionsEvent;
};

/** An actor on a day. */
export type ActorOnDate = { actor: Actor; stock: StockPoint | undefined; measures: MeasureOnDate[] };

/** Each actor's listings and measures on `at`. Pass the whole dataset: the state on a day depends on all before it. */
export function inForceOn(
  events: readonly SanctionsEvent[],
  actors: readonly Actor[],
  at: string,
  checkpoints: readonly Checkpoint[] = [],
): ActorOnDate[] {
  return actors.map((actor) => {
    const own = eventsOf(events, actor).filter((e) => e.date <= at);
    const measures = MEASURES.flatMap((measure): MeasureOnDate[] => {
      const touching = own.filter((e) => e.measures.includes(measure));
      const first = touching.find((e) => ACTION_META[e.action].direction === 'tighten');
      const latest = touching.at(-1);
      return first && latest ? [{ measure, since: first.date, latest }] : [];
    });
    return { actor, stock: stockOn(stockHistory(events, actor, checkpoints), at), measures };
  });
}

/** One sentence on the listings on a day, e.g. "On 1 Jan 2020, the EU listed 4 persons and entities and the US 16." */
export function onDateSentence(states: readonly ActorOnDate[], at: string): string {
  const counted = states.filter((s) => s.stock);
  const none = states.filter((s) => s.measures.length === 0).map((s) => ACTOR_META[s.actor].noun);
  const parts = counted.map(
    (s, i) =>
      `${ACTOR_META[s.actor].noun}${i === 0 ? ' listed' : ''} ${formatCount(s.stock?.total ?? 0)}${i === 0 ? ' persons and entities' : ''}`,
  );
  const listed = parts.length ? `On ${formatDay(at)}, ${joinClauses(parts)}.` : `On ${formatDay(at)}:`;
  return none.length ? `${listed} ${capitalise(joinClauses(none))} had imposed no measures yet.` : listed;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
