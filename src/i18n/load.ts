import loaders from 'virtual:messages/loaders';
import { current, setCatalogue } from './catalogue';
import type { Locale } from './locales';

const loaded = new Set<string>();

/**
 * The messages a page can show, in the page's language: one chunk per page and language
 * (scripts/message-keys.ts), so that a page loads its own words only. `frame` is the site's frame
 * alone, for an address that is no page.
 */
export async function loadCatalogue(locale: Locale, page: string): Promise<void> {
  // A route's loader runs at every move, a change of view included: a page's words come once.
  const set = `${locale}/${page}`;
  if (loaded.has(set)) return;
  const { default: pages } = await loaders[locale]();
  const load = pages[page] ?? pages.frame;
  const { default: catalogue } = await load();
  const before = current();
  // Another page's words join those already loaded (a page moved to keeps its frame's).
  setCatalogue(locale, {
    intl: catalogue.intl,
    messages: before.locale === locale ? { ...before.messages, ...catalogue.messages } : catalogue.messages,
  });
  loaded.add(set);
}

/** Loads the messages of a page moved to, in the page's language (a route's loader awaits it). */
export function loadPageMessages(page: string): Promise<void> {
  return loadCatalogue(current().locale, page);
}
