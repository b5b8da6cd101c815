import { describe, expect, it } from 'vitest';
import { dataset } from './dataset';
import { DEFAULT_ACTORS, LIST_META } from './ids';
import { datasetSchema, describeDatasetIssues } from './schema';

/** Hosts whose cited pages were only seen at an http address. */
const HTTP_ONLY_HOSTS = new Set([
  'data.minsk.by',
  'www.data.minsk.by',
  'english.china.org.cn',
  'europarussia.com',
  'government-world.com',
  'new.naviny.by',
  'www.myadel.gov.by',
  'belarus.kz',
  'info.jctrans.net',
  'inform.sumy.ua',
  'joinertradelaw.com',
  'metroradio.com.hk',
  'stage.tradelawdaily.com',
  'ue.eu.int',
  'whitehousepressbriefings.com',
  'www.hjalmarsonfoundation.se',
  'www.readperiodicals.com',
]);

/** The real dataset, checked record by record. */
describe('the dataset', () => {
  it('passes the contract (schema, unique ids, links to earlier records of the same actor)', () => {
    const result = datasetSchema.safeParse(dataset);
    expect(result.success ? [] : describeDatasetIssues(result.error, dataset)).toEqual([]);
  });

  it('is dated no later than today, and so is every record', () => {
    const today = new Date().toISOString().slice(0, 10);
    expect(dataset.asOf <= today).toBe(true);
    const future = [...dataset.events, ...dataset.annotations].filter((r) => r.date > today).map((r) => r.id);
    expect(future).toEqual([]);
  });

  it('cites https addresses, except for archived pages of publishers not known to serve https', () => {
    const plain = [...dataset.events, ...dataset.annotations]
      .flatMap((r) => r.sources.map((s) => new URL(s.url)))
      .filter((url) => url.protocol !== 'https:' && !HTTP_ONLY_HOSTS.has(url.hostname));
    expect(plain.map((url) => url.href)).toEqual([]);
  });

  it('covers the founding actors from 2004 onwards', () => {
    for (const actor of DEFAULT_ACTORS) {
      const years = new Set(dataset.events.filter((e) => e.actor === actor).map((e) => e.date.slice(0, 4)));
      expect(years.has('2004'), `${actor} has a 2004 record`).toBe(true);
      expect(years.size, `${actor} spans many years`).toBeGreaterThan(10);
    }
  });
});

describe('the named targets', () => {
  const data = dataset;
  const byId = new Map(data.events.map((e) => [e.id, e]));

  const eventOf = (c: { event?: string }) => (c.event === undefined ? undefined : byId.get(c.event));

  it('each have at least one source: an action that changed their status, or a list that shows it', () => {
    const unsourced = data.targets.filter(
      (t) => !t.history.some((c) => c.seen || (eventOf(c)?.sources.length ?? 0) > 0),
    );
    expect(unsourced.map((t) => t.id)).toEqual([]);
  });

  it('are linked only to actions of the same actor, in date order per actor', () => {
    for (const t of data.targets) {
      for (const actor of new Set(t.history.map((c) => c.actor))) {
        const dates = t.history
          .filter((c) => c.actor === actor)
          .map((c) => c.seen?.date ?? eventOf(c)?.date ?? '');
        expect(dates, `${t.id} ${actor}`).toEqual([...dates].sort());
      }
      expect(
        t.history.every((c) => (c.seen ? LIST_META[c.seen.list].actor : eventOf(c)?.actor) === c.actor),
        t.id,
      ).toBe(true);
    }
  });

  it('name every entity an action counts as listed or delisted, or the action says why not', () => {
    const entity = (kind: string) => kind !== 'person' && kind !== 'aircraft';
    const named = (id: string, changes: readonly string[]) =>
      data.targets.filter(
        (t) => entity(t.kind) && t.history.some((c) => c.event === id && changes.includes(c.change)),
      ).length;
    const short = data.events.flatMap((e) => {
      // A suspension counts its entities as delisted while they stay on the list, eased (DATA.md).
      const removals = e.action === 'suspend' ? ['delisted', 'eased'] : ['delisted'];
      const counts = [
        ['listed', e.listed?.entities, named(e.id, ['listed', 'relisted'])],
        ['delisted', e.delisted?.entities, named(e.id, removals)],
      ] as const;
      return counts
        .filter(
          ([, stated, found]) => stated !== undefined && (found > stated || (found < stated && !e.unnamed)),
        )
        .map(([what, stated, found]) => `${e.id}: ${what} ${stated} entities, names ${found}`);
    });
    expect(short).toEqual([]);
  });

  it('include every target the issue names, Belaruskali and Belavia among them', () => {
    const names = new Set(data.targets.map((t) => t.name));
    for (const name of [
      'Belaruskali',
      'Belavia',
      'Belarusian Potash Company',
      'Grodno Azot',
      'Naftan',
      'Belshina',
      'MAZ',
      'BelAZ',
      'MZKT',
      'Belinvestbank',
    ])
      expect(names.has(name), name).toBe(true);
  });
});
