import type { TargetKind } from '../data/ids';
import type { TargetStatus } from '../selectors/targets';

/** How each status is shown: a symbol (never colour alone) and a word. */
export const STATUS_LABEL = {
  listed: { symbol: '●', word: 'Listed' },
  eased: { symbol: '◐', word: 'Eased by licence' },
  delisted: { symbol: '○', word: 'Delisted' },
  never: { symbol: '–', word: 'Never listed' },
} as const satisfies Record<TargetStatus, { symbol: string; word: string }>;

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
