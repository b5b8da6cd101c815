import { ACTOR_META, LIST_META, LISTS, type Actor, type TargetKind } from '../data/ids';
import { formatDay } from '../i18n/format';
import type { TargetStatus } from '../selectors/targets';

/** How each status is shown: a symbol (never colour alone) and a word. */
export const STATUS_LABEL = {
  listed: { symbol: '●', word: 'Listed' },
  eased: { symbol: '◐', word: 'Eased by licence' },
  delisted: { symbol: '○', word: 'Delisted' },
  never: { symbol: '–', word: 'Not recorded' },
} as const satisfies Record<TargetStatus, { symbol: string; word: string }>;

/**
 * A status as words for one actor on one day. Where the records hold no listing, that is "not
 * listed" only on a day a copy of the actor's official list was read here; on any other day the
 * data does not know, and says so ("not recorded", with the reason).
 */
export function statusWords(status: TargetStatus, actor: Actor, day: string): { word: string; why?: string } {
  if (status !== 'never') return { word: STATUS_LABEL[status].word };
  const list = LISTS.map((id) => LIST_META[id]).find((meta) => meta.actor === actor);
  if (list && list.firstCopy <= day && day <= list.lastCopy)
    return { word: 'Not listed', why: `Not on the ${list.label} (${list.copies}).` };
  return {
    word: STATUS_LABEL.never.word,
    why: list
      ? `No listing by ${ACTOR_META[actor].noun} is recorded here; its list was read in ${list.copies}, not on ${formatDay(day)}.`
      : `No listing by ${ACTOR_META[actor].noun} is recorded here; its own list is not read.`,
  };
}

/** Kinds of target, as words. */
export const KIND_LABEL = {
  person: 'Person',
  company: 'Company',
  bank: 'Bank',
  'state-body': 'State body',
  entity: 'Entity',
  aircraft: 'Aircraft',
  vessel: 'Vessel',
} as const satisfies Record<TargetKind, string>;
