import { describe, expect, it } from 'vitest';
import { stockHistory, stockOn } from '../selectors/inForce';
import { dataset } from './dataset';
import { listingsOf } from '../selectors/lists';
import { LIST_META, LISTS, type ListId } from './ids';
import { listEntries } from './listEntries';
import { datasetSchema, listEntrySchema } from './schema';

const data = datasetSchema.parse(dataset);
const checkpoints = data.checkpoints ?? [];

describe('the official lists’ counts (src/data/lists.ts, written by scripts/lists.ts)', () => {
  it('gives each actor’s in-force figure on each dated copy exactly as the list counts it', () => {
    for (const count of checkpoints) {
      const stock = stockOn(stockHistory(data.events, count.actor, checkpoints), count.date);
      expect([count.actor, count.date, stock?.persons, stock?.entities, stock?.basis]).toEqual([
        count.actor,
        count.date,
        count.persons,
        count.entities,
        'list',
      ]);
    }
  });

  it('holds the SDN’s Belarus entries from August 2021 to May 2024, each copy cited by its commit', () => {
    const us = checkpoints.filter((c) => c.actor === 'us');
    expect(us.at(0)?.date).toBe('2021-08-18');
    expect(us.at(-1)?.date).toBe('2024-05-03');
    // 128 individuals, 99 entities and 5 aircraft carried a Belarus program tag at the last copy.
    expect(us.at(-1)).toMatchObject({ persons: 128, entities: 99, other: 5 });
    for (const count of checkpoints) {
      expect(count.sources[0]?.kind).toBe('official');
      expect(count.sources[1]?.url).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+\/blob\/[0-9a-f]{40}\//);
    }
  });
});

describe('the official lists’ entries (src/data/listEntries.ts, written by scripts/lists.ts)', () => {
  const entries = listEntries.map((entry) => listEntrySchema.parse(entry));
  const byList = (list: ListId) => entries.filter((e) => e.list === list);

  it('holds every Belarus listing of each copy, as many as the copy counts', () => {
    const last = (actor: string) => checkpoints.filter((c) => c.actor === actor).at(-1);
    for (const list of LISTS) {
      const count = last(LIST_META[list].actor);
      expect(count?.date, list).toBe(LIST_META[list].lastCopy);
      const held = byList(list).filter((e) => !e.until);
      expect(held.length, list).toBe((count?.persons ?? 0) + (count?.entities ?? 0) + (count?.other ?? 0));
      expect(held.filter((e) => e.kind === 'person').length, list).toBe(count?.persons);
    }
  });

  it('finds the best-known names on every list that names them, with the date each list gives', () => {
    const listed = (id: string) => {
      const target = data.targets.find((t) => t.id === id);
      if (!target) throw new Error(`no target ${id}`);
      return Object.fromEntries(
        LISTS.map((list) => [list, listingsOf(target, byList(list)).map((e) => `${e.since} ${e.sinceIs}`)]),
      );
    };
    expect(listed('belaruskali')).toEqual({
      'us-sdn': ['2021-08-18 on-first-copy'],
      'eu-fsf': ['2022-06-03 latest-act'],
      'uk-list': ['2021-12-02 designated'],
    });
    expect(listed('mzkt')).toEqual({
      'us-sdn': ['2022-02-25 first-seen'],
      'eu-fsf': ['2022-02-25 latest-act'],
      'uk-list': ['2020-12-31 designated'],
    });
    expect(listed('belavia')).toEqual({
      'us-sdn': ['2023-08-09 first-seen'],
      'eu-fsf': ['2022-02-25 latest-act'],
      'uk-list': [],
    });
    for (const id of ['synesis', 'beltechexport', 'dana-holdings', 'alexander-lukashenko'])
      for (const list of LISTS) expect(listed(id)[list], `${id} on ${list}`).toHaveLength(1);
    // Twenty more of the best-known, by the lists that name them on these copies.
    const named = (id: string) => LISTS.filter((list) => listed(id)[list]?.length).join('+');
    expect(
      Object.fromEntries(
        [
          'grodno-azot',
          'naftan',
          'belshina',
          'maz',
          'belaz',
          'belarusian-potash-company',
          'viktor-lukashenko',
          'dmitry-lukashenko',
          'ivan-tertel',
          'lidia-yermoshina',
          'viktor-sheiman',
          'natallia-kachanava',
          'yuri-karaev',
          'viktor-khrenin',
          'henadz-kazakevich',
          'peleng',
          'planar',
          'bank-dabrabyt',
          'tsentrkurort',
          'new-oil-company',
          'integral',
        ].map((id) => [id, named(id)]),
      ),
    ).toEqual({
      'grodno-azot': 'us-sdn+eu-fsf',
      naftan: 'us-sdn+eu-fsf',
      belshina: 'us-sdn+eu-fsf',
      maz: 'us-sdn+eu-fsf',
      belaz: 'us-sdn+eu-fsf',
      'belarusian-potash-company': 'us-sdn+eu-fsf',
      'viktor-lukashenko': 'us-sdn+eu-fsf+uk-list',
      'dmitry-lukashenko': 'us-sdn+eu-fsf',
      'ivan-tertel': 'us-sdn+eu-fsf+uk-list',
      'lidia-yermoshina': 'us-sdn+eu-fsf+uk-list',
      'viktor-sheiman': 'us-sdn+eu-fsf+uk-list',
      'natallia-kachanava': 'us-sdn+eu-fsf+uk-list',
      'yuri-karaev': 'us-sdn+eu-fsf+uk-list',
      'viktor-khrenin': 'us-sdn+eu-fsf+uk-list',
      'henadz-kazakevich': 'us-sdn+eu-fsf+uk-list',
      peleng: 'us-sdn+uk-list',
      planar: 'us-sdn+uk-list',
      'bank-dabrabyt': 'us-sdn+uk-list',
      tsentrkurort: 'us-sdn+eu-fsf',
      'new-oil-company': 'us-sdn+eu-fsf',
      // The EU listed it in February 2025, after its copy read here, and the UK under its Russia regime.
      integral: 'us-sdn',
    });
  });
});
