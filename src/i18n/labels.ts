import type {
  Action,
  Actor,
  InstrumentType,
  ListId,
  Measure,
  Regime,
  SourceKind,
  TargetChange,
  TargetKind,
} from '../data/ids';
import { t } from './catalogue';

/** The dataset's vocabularies in the page's language (src/i18n/messages/<locale>/data.json). */

/** An actor's name: `United States`. */
export const actorLabel = (actor: Actor) => t(`data.actors.${actor}.label`);
/** An actor's short name, as legends and tables show it: `US`. */
export const actorShort = (actor: Actor) => t(`data.actors.${actor}.short`);
/** An action kind: `Eased`. */
export const actionLabel = (action: Action) => t(`data.actions.${action}.label`);
/** What an action kind means. */
export const actionMeaning = (action: Action) => t(`data.actions.${action}.meaning`);
/** A kind of measure: `Asset freeze`. */
export const measureLabel = (measure: Measure) => t(`data.measures.${measure}.label`);
/** What a kind of measure covers. */
export const measureMeaning = (measure: Measure) => t(`data.measures.${measure}.meaning`);
/** An instrument's legal form: `Executive order`. */
export const instrumentLabel = (type: InstrumentType) => t(`data.instruments.${type}`);
/** A regime: `Belarus regime`. */
export const regimeLabel = (regime: Regime) => t(`data.regimes.${regime}`);
/** An official list: `OFAC SDN list`. */
export const listLabel = (list: ListId) => t(`data.lists.${list}`);
/** A kind of target: `Company`. */
export const kindLabel = (kind: TargetKind) => t(`data.kinds.${kind}`);
/** A change of a target's status: `Listed again`. */
export const changeLabel = (change: TargetChange) => t(`data.changes.${change}`);
/** A kind of source: `Legal act`. */
export const sourceKindLabel = (kind: SourceKind) => t(`data.sourceKinds.${kind}`);
