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
