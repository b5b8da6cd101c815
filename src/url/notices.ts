import { t } from '../i18n/catalogue';
import type { Notice } from './params';

/** Holds the notices of the last address that had unreadable values, until read or replaced. */
export type NoticeStore = {
  get: () => Notice[];
  set: (notices: Notice[]) => void;
  subscribe: (onChange: () => void) => () => void;
};

/**
 * A store for URL notices. The router cleans an address as soon as it reads it, so what was wrong
 * with it must be kept aside at that moment to be shown.
 */
export function createNoticeStore(): NoticeStore {
  let current: Notice[] = [];
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set: (notices) => {
      if (notices.length === 0 && current.length === 0) return;
      current = notices;
      listeners.forEach((listener) => listener());
    },
    subscribe: (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };
}

/**
 * The last address read that was not clean, exactly as written. The router parses cleaned copies
 * too (for links), so the raw one is kept aside when read and taken once by the page that shows
 * its notices and rewrites it.
 */
export type WrittenAddress = { keep: (search: string) => void; take: () => string | undefined };

/** A holder for the address as written. */
export function createWrittenAddress(): WrittenAddress {
  let kept: string | undefined;
  return {
    keep: (search) => {
      kept = search;
    },
    take: () => {
      const search = kept;
      kept = undefined;
      return search;
    },
  };
}

/**
 * What a notice says of a value it could not use, in the page's language (`notices.address`):
 * called when an address is read, after the page's catalogue has loaded.
 */
export const noticeText = {
  /** `expected one of year, quarter, month; showing the default`: `kept` when part of the value was used. */
  expected: (expected: string, kept: boolean) =>
    t('notices.address.expected', { expected, kept: kept ? 'yes' : 'no' }),
  /** A name the page does not read. */
  unknown: () => t('notices.address.unknown'),
  /** A name given more than once. */
  repeated: () => t('notices.address.repeated'),
  /** A `to` before `from`, swapped. */
  swapped: (from: string) => t('notices.address.swapped', { from }),
  /** A date outside the data, moved to its nearest end. */
  outside: (start: string, end: string, fitted: string) =>
    t('notices.address.outside', { start, end, fitted }),
};

/** What a parameter expects, in the page's language, for `noticeText.expected`. */
export const expectedText = {
  /** `a comma-separated list of us, eu, uk`. */
  list: (ids: readonly string[]) => t('notices.address.expects.list', { values: ids.join(', ') }),
  /** `one of year, quarter, month`. */
  oneOf: (ids: readonly string[]) => t('notices.address.expects.oneOf', { values: ids.join(', ') }),
  /** `a date written YYYY-MM-DD`. */
  date: () => t('notices.address.expects.date'),
  /** `at most 200 characters`. */
  text: (max: number) => t('notices.address.expects.text', { max }),
  /** `1 or 0`. */
  flag: () => t('notices.address.expects.flag'),
  /** `a whole number from 1 to 12`. */
  number: (min: number, max: number) => t('notices.address.expects.number', { min, max }),
};
