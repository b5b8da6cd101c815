import type { Notice } from './view';

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
