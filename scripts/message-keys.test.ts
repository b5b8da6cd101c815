import { describe, expect, it } from 'vitest';
import { messageSets, shortNames } from './message-keys';
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

describe('short names', () => {
  it('are unique, and leave whole the keys a template makes', () => {
    const names = shortNames(keys);
    expect(new Set(names.values()).size).toBe(names.size);
    expect(names.has('data.actors.us.label')).toBe(false);
    expect(names.get('pages.overview.title')).toMatch(/^m\.[0-9a-z]+$/);
  });
});
