import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import { listEntries } from '../data/listEntries';
import { datasetSchema, listEntrySchema } from '../data/schema';
import { targetDocument } from './targetDocument';

const data = datasetSchema.parse(dataset);
const entries = listEntries.map((e) => listEntrySchema.parse(e));
const documentOf = (id: string) => {
  const target = data.targets.find((t) => t.id === id);
  if (!target) throw new Error(`no target ${id}`);
  return targetDocument(target, data, entries);
};

describe('a target as published (data/targets/<id>.json)', () => {
  it('gives a change seen in a list only with its list, listing and dated copy, and one made by an action with the action', () => {
    const peleng = documentOf('peleng');
    expect(peleng.changes.find((c) => c.actor === 'uk')).toEqual({
      date: '2023-08-08',
      actor: 'uk',
      change: 'listed',
      list: { list: 'uk-list', name: 'UK Sanctions List', id: 'BEL0137', copy: '2026-04-29' },
      note: 'On the UK Sanctions List, designated 8 Aug 2023 as the list gives it.',
    });
    expect(peleng.changes.find((c) => c.actor === 'us')?.action?.id).toBe(
      'us-2021-12-02-designations-directive-1',
    );
    expect(peleng.status.uk).toEqual({ status: 'listed', since: '2023-08-08' });
  });

  it('holds every listing on the lists’ copies, with the date each list gives', () => {
    const belaruskali = documentOf('belaruskali');
    expect(belaruskali.listings.map((l) => [l.list, l.since, l.sinceIs, l.until])).toEqual([
      ['us-sdn', '2021-08-18', 'on-first-copy', undefined],
      ['eu-fsf', '2022-06-03', 'latest-act', undefined],
      ['uk-list', '2021-12-02', 'designated', undefined],
    ]);
    // Removed from the SDN list on 26 March 2026: delisted by the US on the dataset's day.
    expect(belaruskali.status.us).toEqual({ status: 'delisted', since: '2026-03-26' });
  });
});
