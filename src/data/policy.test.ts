import { describe, expect, it } from 'vitest';
import { canonicalActUrl } from './acts';
import { dataset } from './dataset';
import { ACTION_META, OFFICIAL_SOURCE_KINDS, type SourceKind } from './ids';
import { BANNED_HOSTS, bareHost, hostIn, PUBLISHERS, publisherOf, type PublisherClass } from './publishers';
import type { Source } from './schema';

/** Which publisher classes may carry each source kind. */
const KIND_CLASSES = {
  act: ['official', 'belarus-government'],
  official: ['official', 'belarus-government', 'copy'],
  reporting: ['outlet'],
  analysis: ['law-firm', 'research'],
} as const satisfies Record<SourceKind, readonly PublisherClass[]>;

const records = [
  ...dataset.events,
  ...dataset.annotations,
  ...dataset.checkpoints.map((c) => ({ ...c, id: `checkpoint ${c.actor} ${c.date}` })),
];
const cited = records.flatMap((r) => r.sources.map((source, i) => ({ record: r.id, i, source })));
const where = (c: { record: string; i: number; source: Source }) =>
  `${c.record} sources[${c.i}] ${c.source.url}`;
const isOfficial = (kind: SourceKind | undefined) => OFFICIAL_SOURCE_KINDS.some((k) => k === kind);

/** The source policy of DATA.md, over the real dataset. */
describe('the source policy', () => {
  it('never cites a banned publisher', () => {
    const banned = cited.filter((c) => BANNED_HOSTS.some((domain) => hostIn(bareHost(c.source.url), domain)));
    expect(banned.map(where)).toEqual([]);
  });

  it('cites only publishers on the list, by their listed name', () => {
    const unknown = cited.filter((c) => publisherOf(c.source.url)?.name !== c.source.publisher);
    expect(
      unknown.map(
        (c) => `${where(c)}: "${c.source.publisher}" (listed: ${publisherOf(c.source.url)?.name ?? 'none'})`,
      ),
    ).toEqual([]);
  });

  it('gives each source a kind its publisher can carry', () => {
    const wrong = cited.filter((c) => {
      const publisher = publisherOf(c.source.url);
      return publisher && !KIND_CLASSES[c.source.kind].some((cls) => cls === publisher.class);
    });
    expect(
      wrong.map((c) => `${where(c)}: ${c.source.kind} from a ${publisherOf(c.source.url)?.class ?? ''}`),
    ).toEqual([]);
  });

  it("cites the Belarusian government only for Belarus's own counter-measures", () => {
    const misplaced = dataset.events
      .filter((e) => e.actor !== 'by')
      .flatMap((e) => e.sources.map((source, i) => ({ record: e.id, i, source })))
      .filter((c) => publisherOf(c.source.url)?.class === 'belarus-government');
    expect(misplaced.map(where)).toEqual([]);
  });

  it('cites an act with an identifier at its canonical address', () => {
    const off = cited.filter(
      (c) => c.source.identifier && canonicalActUrl(c.source.identifier) !== c.source.url,
    );
    expect(off.map(where)).toEqual([]);
  });

  it('puts an official source first for the founding actors: 95% of EU records, 85% of US records', () => {
    // Every record without one says why (noOfficialText, required by the contract); About lists them.
    const floor = { eu: 0.95, us: 0.85 } as const;
    for (const actor of ['us', 'eu'] as const) {
      const own = dataset.events.filter((e) => e.actor === actor);
      const share = own.filter((e) => isOfficial(e.sources[0]?.kind)).length / own.length;
      expect(
        share,
        `${actor}: ${own
          .filter((e) => !isOfficial(e.sources[0]?.kind))
          .map((e) => e.id)
          .join(', ')}`,
      ).toBeGreaterThanOrEqual(floor[actor]);
    }
  });

  it('puts official sources before reporting and analysis', () => {
    const late = records.filter((r) => {
      const firstOther = r.sources.findIndex((s) => !isOfficial(s.kind));
      return firstOther >= 0 && r.sources.slice(firstOther).some((s) => isOfficial(s.kind));
    });
    expect(late.map((r) => r.id)).toEqual([]);
  });

  it('counts what every easing, lifting and re-imposition changed, or says why not', () => {
    const silent = dataset.events.filter(
      (e) =>
        (ACTION_META[e.action].direction === 'loosen' || e.action === 'reimpose') &&
        !e.listed &&
        !e.delisted &&
        !e.inForce &&
        !e.uncounted,
    );
    expect(silent.map((e) => e.id)).toEqual([]);
  });

  it('lists each publisher once, on hosts no other publisher claims', () => {
    const hosts = PUBLISHERS.flatMap((p) => p.hosts.map((h) => `${h} ${p.name}`));
    const names = PUBLISHERS.map((p) => p.name);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    const byHost = new Map<string, string[]>();
    for (const p of PUBLISHERS) for (const h of p.hosts) byHost.set(h, [...(byHost.get(h) ?? []), p.name]);
    expect([...byHost].filter(([, owners]) => owners.length > 1)).toEqual([]);
    expect(hosts.length).toBeGreaterThan(0);
  });
});
