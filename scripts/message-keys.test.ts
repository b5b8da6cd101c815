import { describe, expect, it } from 'vitest';
import { messageSets, readFirstWords, shortNames } from './message-keys';
import { PAGE_NAMES } from '../src/url/pages';
import { readMessages } from './vite-messages-plugin';

const keys = Object.keys(readMessages('en'));
const sets = messageSets(keys);

describe("each page's messages", () => {
  it('are those its modules name, whole or by a template, and not another page’s', () => {
    const overview = sets.get('overview') ?? [];
    expect(overview).toContain('pages.overview.title');
    expect(overview).toContain('site.nav.compare');
    // Made by a template in src/i18n/labels.ts.
    expect(overview).toContain('data.actors.ch.label');
    expect(overview.filter((key) => key.startsWith('about.'))).toEqual([]);
    expect(sets.get('about')).toContain('about.title');
    expect((sets.get('embed') ?? []).filter((key) => key.startsWith('site.nav.'))).toEqual([]);
  });

  it('leave no message unused but the page description the build writes into each page’s head', () => {
    const used = new Set([...sets.values()].flat());
    expect(keys.filter((key) => !used.has(key))).toEqual(['site.description']);
  });
});

describe("a page's first words and its later ones", () => {
  const split = messageSets(keys, readFirstWords());

  it('are its messages, each once: the first those its first screen asks for, the later the rest', () => {
    for (const page of PAGE_NAMES) {
      const first = readFirstWords()[page] ?? [];
      const all = sets.get(page) ?? [];
      const opening = split.get(page) ?? [];
      const later = split.get(`${page}.later`) ?? [];
      expect([...opening, ...later].sort(), page).toEqual([...all].sort());
      expect(
        opening.every((key) => first.includes(key)),
        page,
      ).toBe(true);
      expect(
        later.some((key) => first.includes(key)),
        page,
      ).toBe(false);
    }
  });

  it('leave below the first chart what is drawn there', () => {
    const first = split.get('overview') ?? [];
    const later = split.get('overview.later') ?? [];
    // The actions chart is the overview's first; the in-force chart and the list of events come after.
    expect(first).toContain('charts.actions.title');
    expect(later).toContain('charts.inForce.subtitle');
    expect(later).toContain('events.list.showAll');
    // The frame's navigation is drawn first on every page of the site.
    expect(first).toContain('site.nav.compare');
  });

  it('are all first for a page with none written down', () => {
    const { overview: _, ...others } = readFirstWords();
    const none = messageSets(keys, others);
    expect(none.get('overview')).toEqual(sets.get('overview'));
    expect(none.get('overview.later')).toEqual([]);
  });
});

describe('short names', () => {
  it('are unique, and leave whole the keys a template makes', () => {
    const names = shortNames(keys);
    expect(new Set(names.values()).size).toBe(names.size);
    expect(names.has('data.actors.us.label')).toBe(false);
    expect(names.get('pages.overview.title')).toMatch(/^m\.[0-9a-z]+$/);
  });
});
