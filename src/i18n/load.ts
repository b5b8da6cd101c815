import load from 'virtual:messages/loaders';
import { current, setCatalogue, setLaterWords, type Catalogue } from './catalogue';
import { holdInput } from './heldInput';
import type { Locale } from './locales';

const loaded = new Set<string>();

/**
 * The messages a page can show, in the page's language, in two chunks per page and language
 * (scripts/message-keys.ts): its first words, those of its first screen in the state it opens in,
 * which its route awaits; and the rest (below its first chart, its other states, what a reader's
 * move brings up), asked for at once beside them and awaited by what shows them (`laterWords`).
 * `page` is a page of the table (src/url/pages.ts), or `frame`: the site's frame alone, for an
 * address that is no page.
 */
export async function loadCatalogue(locale: Locale, page: string): Promise<void> {
  // A route's loader runs at every move, a change of view included: a page's words come once.
  if (loaded.has(`${locale}/${page}`)) return;
  // Asked for beside the first words, not after them: both are on their way at once.
  const rest = page === 'frame' ? undefined : join(locale, `${page}.later`);
  await join(locale, page);
  if (rest) {
    setLaterWords(rest);
    holdInput();
  }
}

/** Loads the messages of a page moved to, in the page's language (a route's loader awaits it). */
export function loadPageMessages(page: string): Promise<void> {
  return loadCatalogue(current().locale, page);
}

/** Loads one set of words and merges it into the page's (a page moved to keeps its frame's). */
async function join(locale: Locale, set: string, attempt = 0): Promise<void> {
  const name = `${locale}/${set}`;
  if (loaded.has(name)) return;
  let catalogue: Catalogue;
  try {
    ({ default: catalogue } = await load(locale, set));
  } catch (error) {
    // The first words fail with the page (its route shows why); later ones are tried again, as
    // the network comes back, while what needs them waits.
    if (!set.endsWith('.later')) throw error;
    await new Promise((resolve) => setTimeout(resolve, Math.min(30_000, 1_000 * 2 ** attempt)));
    return join(locale, set, attempt + 1);
  }
  const before = current();
  setCatalogue(locale, {
    intl: catalogue.intl,
    messages: before.locale === locale ? { ...before.messages, ...catalogue.messages } : catalogue.messages,
  });
  loaded.add(name);
}
