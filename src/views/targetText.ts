import { LIST_META, LISTS, type Actor, type ListId } from '../data/ids';
import { t } from '../i18n/catalogue';
import { formatDay } from '../i18n/format';
import { actorLabel, listLabel } from '../i18n/labels';
import type { TargetStatus } from '../selectors/targets';

/** How each status is shown: a symbol (never colour alone) beside its word (`statusLabel`). */
export const STATUS_SYMBOL = {
  listed: '●',
  eased: '◐',
  delisted: '○',
  never: '–',
} as const satisfies Record<TargetStatus, string>;

/** A status as a word: `Listed`, `Eased by licence`, `Delisted`, `Not recorded`. */
export const statusLabel = (status: TargetStatus) => t(`data.statuses.${status}`);

/** Which copies of an official list were read here: `copies of 18 Aug 2021 to 3 May 2024`. */
export function listCopies(list: ListId): string {
  const { firstCopy, lastCopy } = LIST_META[list];
  return t(`targets.copies.${list}`, { first: formatDay(firstCopy), last: formatDay(lastCopy) });
}

/**
 * A status as words for one actor on one day. Where the records hold no listing, that is "not
 * listed" only on a day a copy of the actor's official list was read here; on any other day the
 * data does not know, and says so ("not recorded", with the reason).
 */
export function statusWords(status: TargetStatus, actor: Actor, day: string): { word: string; why?: string } {
  if (status !== 'never') return { word: statusLabel(status) };
  const list = LISTS.find((id) => LIST_META[id].actor === actor);
  const meta = list && LIST_META[list];
  if (list && meta && meta.firstCopy <= day && day <= meta.lastCopy)
    return {
      word: t('data.statuses.notListed'),
      why: t('targets.why.notOnList', { list: listLabel(list), copies: listCopies(list) }),
    };
  const who = { actor, name: actorLabel(actor) };
  return {
    word: statusLabel('never'),
    why: list
      ? t('targets.why.notRead', { ...who, copies: listCopies(list), day: formatDay(day) })
      : t('targets.why.noList', who),
  };
}
