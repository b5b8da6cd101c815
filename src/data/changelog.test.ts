// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { changelog } from './changelog';
import { dataset } from './dataset';
import { atomFeed } from './feed';
import { changeSchema, datasetSchema } from './schema';

const changes = changelog.map((c) => changeSchema.parse(c));
const data = datasetSchema.parse(dataset);
const ids = new Set([...data.events, ...data.annotations].map((r) => r.id));

describe('the changelog', () => {
  it('lists versions newest first, and the dataset carries the newest', () => {
    expect(data.version).toBe(changes[0]?.version);
    const dates = changes.map((c) => c.date);
    expect(dates).toEqual([...dates].sort().reverse());
    // The day the records were last all checked is that of a version: a later one may correct a
    // record without checking every record again.
    expect(dates).toContain(data.asOf);
    expect(data.asOf <= (changes[0]?.date ?? '')).toBe(true);
  });

  it('names in its latest version only records that exist, and none it removed', () => {
    const latest = changes[0];
    const named = [...(latest?.added ?? []), ...(latest?.corrected ?? [])];
    expect(named.filter((id) => !ids.has(id))).toEqual([]);
    expect(latest?.removed.filter((id) => ids.has(id))).toEqual([]);
  });

  it('says, in its latest version, what was wrong with every record it corrected', () => {
    const latest = changes[0];
    expect(latest?.corrected.filter((id) => !latest.corrections?.[id])).toEqual([]);
  });

  it('accounts for every record the dataset holds', () => {
    const mentioned = new Set(changes.flatMap((c) => [...c.added, ...c.corrected]));
    expect([...ids].filter((id) => !mentioned.has(id))).toEqual([]);
  });
});

describe('the Atom feed', () => {
  const xml = atomFeed(changes, data);
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const ATOM = 'http://www.w3.org/2005/Atom';

  it('parses as Atom, with the elements RFC 4287 requires', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.localName).toBe('feed');
    expect(doc.documentElement.namespaceURI).toBe(ATOM);
    for (const name of ['id', 'title', 'updated', 'author']) {
      expect(doc.documentElement.getElementsByTagNameNS(ATOM, name).length, name).toBeGreaterThan(0);
    }
    const entries = [...doc.getElementsByTagNameNS(ATOM, 'entry')];
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries.slice(0, 20)) {
      for (const name of ['id', 'title', 'updated'])
        expect(entry.getElementsByTagNameNS(ATOM, name)).toHaveLength(1);
      expect(entry.getElementsByTagNameNS(ATOM, 'id')[0]?.textContent).toMatch(
        /^tag:sanctions-tracker,\d{4}-\d{2}-\d{2}:/,
      );
    }
    const entryIds = entries.map((e) => e.getElementsByTagNameNS(ATOM, 'id')[0]?.textContent);
    expect(new Set(entryIds).size).toBe(entryIds.length);
  });

  it('lists the latest changes first, each linked to its event page', () => {
    const entries = [...doc.getElementsByTagNameNS(ATOM, 'entry')];
    // A version that changed no record comes first as one entry, linked to About.
    const quiet = changes.findIndex((c) => c.added.length + c.corrected.length + c.removed.length > 0);
    for (const [i, change] of changes.slice(0, quiet).entries()) {
      expect(entries[i]?.getElementsByTagNameNS(ATOM, 'title')[0]?.textContent).toBe(
        `Version ${change.version}`,
      );
      expect(entries[i]?.getElementsByTagNameNS(ATOM, 'link')[0]?.getAttribute('href')).toBe('../about');
    }
    const first = entries[quiet];
    const latest = changes[quiet];
    const kind = latest?.added.length ? 'added' : 'corrected';
    const id = latest?.[kind][0] ?? '';
    expect(first?.getElementsByTagNameNS(ATOM, 'title')[0]?.textContent).toMatch(
      kind === 'added' ? /^Added: / : /^Corrected: /,
    );
    expect(first?.getElementsByTagNameNS(ATOM, 'id')[0]?.textContent).toContain(
      `${id}/${latest?.version ?? ''}`,
    );
    expect(first?.getElementsByTagNameNS(ATOM, 'link')[0]?.getAttribute('href')).toBe(`../events/${id}`);
  });
});
