import { describe, expect, it } from 'vitest';
import { deriveListTargets } from '../selectors/listTargets';
import { listingsOf } from '../selectors/lists';
import { eventDates, statusOn } from '../selectors/targets';
import { dataset } from './dataset';
import { LIST_META } from './ids';
import { listEntries } from './listEntries';
import { listChanges, listTargets } from './listTargets';
import { datasetSchema, eventSchema, listEntrySchema, targetSchema } from './schema';
import { targets as recordTargets } from './targets';

const data = datasetSchema.parse(dataset);
const entries = listEntries.map((entry) => listEntrySchema.parse(entry));
const dates = eventDates(data.events);
const entryKey = (e: { list: string; id: string }) => `${e.list} ${e.id}`;

describe('targets from the official lists (src/data/listTargets.ts, by scripts/list-targets.ts)', () => {
  it('are what the lists’ entries, the records’ targets and the actions give today: rerun the script after changing them', () => {
    const derived = deriveListTargets(
      entries,
      recordTargets.map((t) => targetSchema.parse(t)),
      dataset.events.map((e) => eventSchema.parse(e)),
    );
    expect(derived.targets).toEqual(listTargets.map((t) => targetSchema.parse(t)));
    expect(Object.keys(derived.changes)).toEqual(Object.keys(listChanges));
  });

  it('make every listing on the copies a target: a target of the records its names match, or one of the lists’ own', () => {
    const own = new Set(data.targets.flatMap((t) => (t.listings ?? []).map(entryKey)));
    const records = data.targets.filter((t) => !t.listings);
    const orphans = entries.filter(
      (entry) => !own.has(entryKey(entry)) && !records.some((t) => listingsOf(t, [entry]).length > 0),
    );
    expect(orphans.map(entryKey)).toEqual([]);
    // No listing is two targets of the lists' own.
    expect(own.size).toBe(listTargets.reduce((n, t) => n + (t.listings?.length ?? 0), 0));
    expect(data.targets.length).toBe(recordTargets.length + listTargets.length);
  });

  it('give each listing its status on its list’s last copy: listed while on it, delisted once gone', () => {
    for (const target of data.targets.filter((t) => t.listings)) {
      for (const entry of listingsOf(target, entries)) {
        const { actor, lastCopy } = LIST_META[entry.list];
        const status = statusOn(target, actor, entry.until ?? lastCopy, dates).status;
        expect([target.id, entry.id, status]).toEqual([
          target.id,
          entry.id,
          entry.until ? 'delisted' : expect.stringMatching(/^(listed|eased)$/),
        ]);
      }
    }
  });

  it('join a person across lists by the same name, or by a shorter name and the same year of birth', () => {
    const named = (surname: string) =>
      data.targets.filter((t) =>
        [t.name, ...(t.aliases ?? [])].some((n) => n.toUpperCase().includes(surname)),
      );
    const lists = (surname: string) => named(surname).map((t) => t.listings?.map((l) => l.list).sort());
    expect(lists('ASTREIKA')).toEqual([['eu-fsf', 'uk-list', 'us-sdn']]);
    // The lists write Kubrakou's name with the same words; the SDN and the UK list give other years of birth.
    expect(lists('KUBRAKOU')).toEqual([['eu-fsf', 'uk-list', 'us-sdn']]);
    const entry = (list: 'us-sdn' | 'uk-list', id: string, name: string, born: string) =>
      listEntrySchema.parse({
        list,
        id,
        kind: 'person',
        names: [name],
        born,
        since: '2021-08-18',
        sinceIs: 'designated',
      });
    const join = (...listings: ReturnType<typeof entry>[]) =>
      deriveListTargets(listings, [], []).targets.map((t) => t.listings?.map((l) => l.id));
    // A name with a word fewer is the same person only with the same year of birth.
    expect(
      join(
        entry('us-sdn', '1', 'PETROV, Ivan', '1970'),
        entry('uk-list', '2', 'Ivan Sergeevich PETROV', '1970'),
      ),
    ).toEqual([['1', '2']]);
    expect(
      join(
        entry('us-sdn', '1', 'PETROV, Ivan', '1970'),
        entry('uk-list', '2', 'Ivan Sergeevich PETROV', '1980'),
      ),
    ).toEqual([['1'], ['2']]);
    // Two listings on one list stay two targets, whatever their names.
    expect(
      join(entry('us-sdn', '1', 'PETROV, Ivan', '1970'), entry('us-sdn', '2', 'PETROV, Ivan', '1970')),
    ).toHaveLength(2);
  });

  it('mark a change no action record made as seen in the list only, with the list, its id and the copy', () => {
    const seen = data.targets.flatMap((t) => t.history.filter((c) => c.seen));
    expect(seen.length).toBeGreaterThan(100);
    for (const change of seen) {
      expect(LIST_META[change.seen?.list ?? 'us-sdn'].actor).toBe(change.actor);
      expect(entries.some((e) => e.list === change.seen?.list && e.id === change.seen.id)).toBe(true);
      expect(change.seen?.copy ?? '').toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});
