import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../tests/builders';
import { datasetSchema, describeDatasetIssues } from './schema';

/** A dataset-shaped object whose records may break the contract. */
function makeDataset(events: unknown[], asOf = '2026-01-01') {
  return { version: '1.0.0', asOf, events, annotations: [], targets: [], checkpoints: [] };
}

function problems(input: unknown): string[] {
  const result = datasetSchema.safeParse(input);
  return result.success ? [] : describeDatasetIssues(result.error, input);
}

describe('dataset contract', () => {
  const designation = makeEvent({ id: 'us-2023-08-09-belavia', date: '2023-08-09', actor: 'us' });

  it('accepts a consistent dataset', () => {
    const easing = makeEvent({ date: '2025-09-11', action: 'ease', modifies: [designation.id] });
    expect(problems(makeDataset([designation, easing]))).toEqual([]);
  });

  it('names the record and field of a bad value', () => {
    const bad = {
      ...makeEvent({ id: 'eu-2021-06-24-sectoral', date: '2021-06-24', actor: 'eu' }),
      sources: [{ url: 'javascript:alert(1)', title: 't', publisher: 'p', kind: 'act' }],
    };
    expect(problems(makeDataset([bad]))).toEqual([
      'events[0] (eu-2021-06-24-sectoral).sources.0.url: must be an http(s) URL',
    ]);
  });

  it('rejects a record without sources, a negative count and an impossible date', () => {
    const lines = problems(
      makeDataset([
        { ...makeEvent(), sources: [] },
        makeEvent({ listed: { persons: -1 } }),
        { ...makeEvent(), date: '2021-02-30' },
      ]),
    );
    expect(lines.some((l) => l.startsWith('events[0]') && l.includes('.sources'))).toBe(true);
    expect(lines.some((l) => l.startsWith('events[1]') && l.includes('.listed.persons'))).toBe(true);
    expect(lines.some((l) => l.startsWith('events[2]') && l.includes('.date'))).toBe(true);
  });

  it('rejects duplicate ids', () => {
    expect(problems(makeDataset([designation, designation]))).toContain(
      'events[1] (us-2023-08-09-belavia).id: duplicate id us-2023-08-09-belavia',
    );
  });

  it('requires easing, suspending, lifting and re-imposing records to name what they modify', () => {
    const lines = problems(makeDataset([makeEvent({ date: '2025-09-11', action: 'lift' })]));
    expect(lines).toEqual([expect.stringMatching(/\.modifies: a "lift" record must name what it modifies$/)]);
  });

  it('requires the modified record to exist, be earlier and be the same actor’s', () => {
    const eu = makeEvent({ id: 'eu-2021-06-24-sectoral', date: '2021-06-24', actor: 'eu' });
    const lines = problems(
      makeDataset([
        designation,
        eu,
        makeEvent({ date: '2025-01-01', action: 'ease', modifies: ['us-2000-01-01-missing'] }),
        makeEvent({ date: '2020-01-01', action: 'ease', modifies: [designation.id] }),
        makeEvent({ date: '2025-01-01', action: 'ease', modifies: [eu.id] }),
      ]),
    );
    expect(lines).toEqual([
      expect.stringMatching(/^events\[2\].*modifies\.0: unknown record us-2000-01-01-missing$/),
      expect.stringMatching(/^events\[3\].*modifies\.0: us-2023-08-09-belavia is not earlier$/),
      expect.stringMatching(/^events\[4\].*modifies\.0: eu-2021-06-24-sectoral is another actor's record$/),
    ]);
  });

  it('rejects a record dated after the dataset’s as-of day', () => {
    expect(problems(makeDataset([makeEvent({ date: '2026-02-01' })], '2026-01-01'))).toEqual([
      expect.stringMatching(/\.date: is after the dataset's asOf 2026-01-01$/),
    ]);
  });

  it('rejects an id that does not carry the actor and date', () => {
    expect(
      problems(makeDataset([makeEvent({ id: 'eu-2021-06-24-x', actor: 'us', date: '2021-06-24' })])),
    ).toEqual([expect.stringMatching(/\.id: must start with "us-2021-06-24-"$/)]);
  });

  it('rejects unknown fields rather than dropping them silently', () => {
    expect(problems(makeDataset([{ ...makeEvent(), colour: 'red' }]))).toEqual([
      expect.stringMatching(/^events\[0\].*colour/),
    ]);
  });
});

describe('named targets in the contract', () => {
  const listing = {
    id: 'us-2021-08-09-a',
    date: '2021-08-09',
    actor: 'us',
    action: 'expand',
    instrument: 'Designations',
    instrumentType: 'designation',
    measures: ['assets'],
    summary: 'Designated a company.',
    sources: [
      {
        url: 'https://ofac.treasury.gov/x',
        title: 'OFAC',
        publisher: 'Office of Foreign Assets Control',
        kind: 'official',
      },
    ],
  };
  const target = (history: unknown[]) => ({
    id: 'belavia',
    name: 'Belavia',
    kind: 'company',
    sector: 'aviation',
    history,
  });
  const withTargets = (targets: unknown[]) => ({ ...makeDataset([listing]), targets });

  it('accepts a target whose changes follow its actions', () => {
    expect(
      datasetSchema.safeParse(
        withTargets([target([{ actor: 'us', change: 'listed', event: 'us-2021-08-09-a' }])]),
      ).success,
    ).toBe(true);
  });

  it('names the target and field of a change that links to no action, or to another actor’s', () => {
    const unknown = datasetSchema.safeParse(
      withTargets([target([{ actor: 'us', change: 'listed', event: 'us-2021-01-01-nope' }])]),
    );
    expect(
      unknown.success ? [] : unknown.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
    ).toEqual(['targets.0.history.0.event: unknown record us-2021-01-01-nope']);
    const other = datasetSchema.safeParse(
      withTargets([target([{ actor: 'eu', change: 'listed', event: 'us-2021-08-09-a' }])]),
    );
    expect(other.success).toBe(false);
  });

  it('rejects a delisting before any listing by that actor', () => {
    const result = datasetSchema.safeParse(
      withTargets([target([{ actor: 'us', change: 'delisted', event: 'us-2021-08-09-a' }])]),
    );
    expect(result.success ? [] : result.error.issues.map((i) => i.message)).toEqual([
      '"delisted" before any listing by us',
    ]);
  });

  it('rejects two targets with one id', () => {
    const one = target([{ actor: 'us', change: 'listed', event: 'us-2021-08-09-a' }]);
    expect(datasetSchema.safeParse(withTargets([one, one])).success).toBe(false);
  });
});
