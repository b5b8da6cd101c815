import { ACTION_META, MEASURES, type Actor, type Measure } from '../data/ids';
import type { Checkpoint, SanctionsEvent } from '../data/schema';
import { eventsOf } from './filter';
import { t } from '../i18n/catalogue';
import { capitalise, formatDay, listOfNames } from '../i18n/format';
import { stockHistory, stockOn, type StockPoint } from './inForce';
import { listedClauses } from './story';

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
  const figures = states.flatMap(({ actor, stock }) => (stock ? [{ actor, total: stock.total }] : []));
  const none = states.filter((s) => s.measures.length === 0).map((s) => s.actor);
  const date = formatDay(at);
  const listed = figures.length
    ? t('sentences.listed.on', { date, listed: listedClauses(figures) })
    : t('sentences.listed.heading', { date });
  if (!none.length) return listed;
  const names = listOfNames(none.map((actor) => t('sentences.names.subject', { actor })));
  // One actor: the verb agrees with it; several: the plural.
  const actor = none.length === 1 ? (none[0] ?? 'several') : 'several';
  return `${listed} ${capitalise(t('sentences.listed.noMeasures', { actor, names }))}`;
}
