import { describe, expect, it } from 'vitest';
import { makeDataset, makeEvent } from '../../tests/builders';
import type { Dataset } from '../data/schema';
import { DEFAULT_VIEW } from '../url/view';
import { CHART_IDS } from '../url/routes';
import { CHARTS } from './registry';

const data = makeDataset(
  [
    makeEvent({ actor: 'us', date: '2020-10-02', action: 'expand', listed: { persons: 8 } }),
    makeEvent({ actor: 'eu', date: '2020-10-02', action: 'impose', listed: { persons: 40 } }),
    makeEvent({ actor: 'eu', date: '2021-02-25', action: 'renew' }),
    makeEvent({ actor: 'eu', date: '2021-06-21', action: 'expand', inForce: { persons: 166, entities: 15 } }),
    makeEvent({ actor: 'us', date: '2021-11-04', action: 'lift', delisted: { persons: 2 }, modifies: [] }),
  ],
  '2021-12-31',
);

describe('the registry', () => {
  it('has a spec for every public chart id, under its own id', () => {
    expect(Object.keys(CHARTS).sort()).toEqual([...CHART_IDS].sort());
    for (const id of CHART_IDS) expect(CHARTS[id].id).toBe(id);
  });

  it('builds every chart for a view, with text, legend and a table whose rows match its head', () => {
    for (const id of CHART_IDS) {
      const model = CHARTS[id].build({ data, view: DEFAULT_VIEW });
      expect(model.title.length).toBeGreaterThan(5);
      expect(model.summary).toMatch(/\.$/);
      expect(model.legend.length).toBeGreaterThan(0);
      for (const row of model.table().rows) expect(row).toHaveLength(model.table().head.length);
    }
  });
});

describe('actions', () => {
  it('counts actions per year, actor and direction, every year of the range present', () => {
    const model = CHARTS.actions.build({ data, view: DEFAULT_VIEW });
    expect(model.table().head).toEqual([
      'Period',
      'US: Imposed or expanded',
      'US: Renewed',
      'US: Eased, suspended or lifted',
      'EU: Imposed or expanded',
      'EU: Renewed',
      'EU: Eased, suspended or lifted',
    ]);
    expect(model.table().rows).toEqual([
      ['2020', 1, 0, 0, 1, 0, 0],
      ['2021', 0, 0, 1, 1, 1, 0],
    ]);
    expect(model.markCount).toBe(5);
    expect(model.summary).toBe(
      'From 2 Oct 2020 to 31 Dec 2021, the US tightened sanctions once and eased or lifted them once; the EU tightened sanctions twice and renewed them once.',
    );
  });

  it('follows the view: one actor, quarters, a range', () => {
    const model = CHARTS.actions.build({
      data,
      view: { ...DEFAULT_VIEW, actors: ['eu'], period: 'quarter', from: '2021-01-01' },
    });
    expect(model.table().rows).toEqual([
      ['Q1 2021', 0, 1, 0],
      ['Q2 2021', 1, 0, 0],
      ['Q3 2021', 0, 0, 0],
      ['Q4 2021', 0, 0, 0],
    ]);
    expect(model.subtitle).toContain('Actions per quarter');
    expect(model.range).toEqual({ start: '2021-01-01', end: '2021-12-31' });
  });
});

describe('in-force', () => {
  it('gives one row per date with each actor’s stock on that date', () => {
    const model = CHARTS['in-force'].build({ data, view: DEFAULT_VIEW });
    expect(model.table().rows.map((row) => [row[0], row[3], row[7]])).toEqual([
      ['2020-10-02', 8, 40],
      ['2021-06-21', 8, 181],
      ['2021-11-04', 6, 181],
      ['2021-12-31', 6, 181],
    ]);
    expect(model.summary).toBe(
      "On 31 Dec 2021, the US listed 6 persons and entities and the EU 181. Since 2 Oct 2020, the US's total fell by 2 and the EU's rose by 141.",
    );
  });
});

describe('timeline', () => {
  it('puts every action of the view on its actor’s lane, same-day actions apart', () => {
    const sameDay = makeDataset(
      [...data.events, makeEvent({ actor: 'us', date: '2020-10-02', action: 'expand' })],
      '2021-12-31',
    );
    const model = CHARTS.timeline.build({ data: sameDay, view: DEFAULT_VIEW });
    expect(model.markCount).toBe(6);
    expect(model.table().rows.map((row) => row.slice(0, 3))).toEqual([
      ['2020-10-02', 'US', 'Expanded'],
      ['2020-10-02', 'EU', 'Imposed'],
      ['2020-10-02', 'US', 'Expanded'],
      ['2021-02-25', 'EU', 'Renewed'],
      ['2021-06-21', 'EU', 'Expanded'],
      ['2021-11-04', 'US', 'Lifted'],
    ]);
    expect(model.legend.map((item) => item.label)).toEqual(['Imposed', 'Expanded', 'Renewed', 'Lifted']);
  });
});

describe('target', () => {
  const events = [
    makeEvent({ id: 'us-2021-08-09-a', actor: 'us', date: '2021-08-09' }),
    makeEvent({ id: 'eu-2021-12-02-b', actor: 'eu', date: '2021-12-02', instrument: 'EU package' }),
    makeEvent({
      id: 'us-2025-09-11-gl',
      actor: 'us',
      date: '2025-09-11',
      action: 'ease',
      instrument: 'GL 11',
    }),
    makeEvent({
      id: 'us-2025-11-04-lift',
      actor: 'us',
      date: '2025-11-04',
      action: 'lift',
      instrument: 'Delisting',
    }),
    makeEvent({ id: 'uk-2022-03-01-c', actor: 'uk', date: '2022-03-01' }),
  ];
  const withTargets: Dataset = {
    ...makeDataset(events, '2026-01-01'),
    targets: [
      {
        id: 'belavia',
        name: 'Belavia',
        kind: 'company',
        sector: 'aviation',
        history: [
          { actor: 'us', change: 'listed', event: 'us-2021-08-09-a' },
          { actor: 'eu', change: 'listed', event: 'eu-2021-12-02-b' },
          { actor: 'uk', change: 'listed', event: 'uk-2022-03-01-c' },
          { actor: 'us', change: 'eased', event: 'us-2025-09-11-gl', note: 'Parts and service only.' },
          { actor: 'us', change: 'delisted', event: 'us-2025-11-04-lift' },
        ],
      },
      {
        id: 'quiet',
        name: 'A quiet company',
        kind: 'company',
        sector: 'trade',
        history: [{ actor: 'eu', change: 'listed', event: 'eu-2021-12-02-b' }],
      },
    ],
  };

  it('lists the named target’s changes for the view’s actors, and says where it stands at the end', () => {
    const model = CHARTS.target.build({
      data: withTargets,
      view: DEFAULT_VIEW,
      params: { target: 'belavia' },
    });
    expect(model.title).toBe('Belavia: listings by actor');
    expect(model.table().rows).toEqual([
      ['2021-08-09', 'US', 'Listed', 'Test instrument', ''],
      ['2021-12-02', 'EU', 'Listed', 'EU package', ''],
      ['2025-09-11', 'US', 'Eased by licence', 'GL 11', 'Parts and service only.'],
      ['2025-11-04', 'US', 'Delisted', 'Delisting', ''],
    ]);
    expect(model.markCount).toBe(4);
    expect(model.subtitle).toContain('Also changed by UK, not shown.');
    expect(model.summary).toBe(
      'On 1 Jan 2026, Belavia is listed by the EU (since 2 Dec 2021); delisted by the US (4 Nov 2025).',
    );
    // The target's own years, from the January of its first change.
    expect(model.range).toEqual({ start: '2021-01-01', end: '2026-01-01' });
    expect(model.page).toBe('/targets/belavia');
    expect(model.params).toEqual({ target: 'belavia' });
  });

  it('follows the view’s range and actors: the status is read at the range’s end', () => {
    const model = CHARTS.target.build({
      data: withTargets,
      view: { ...DEFAULT_VIEW, actors: ['us', 'uk'], to: '2025-10-01' },
      params: { target: 'belavia' },
    });
    expect(model.table().rows.map((row) => row[0])).toEqual(['2021-08-09', '2022-03-01', '2025-09-11']);
    expect(model.summary).toBe(
      'On 1 Oct 2025, Belavia is listed by the UK (since 1 Mar 2022); eased by licence by the US (11 Sept 2025).',
    );
  });

  it('shows the target with the most changes when none is named, and says so when the named one is not in the data', () => {
    expect(CHARTS.target.build({ data: withTargets, view: DEFAULT_VIEW }).params).toEqual({
      target: 'belavia',
    });
    const missing = CHARTS.target.build({
      data: withTargets,
      view: DEFAULT_VIEW,
      params: { target: 'nobody' },
    });
    expect(missing.title).toBe('No named target “nobody” in the data');
    expect(missing.markCount).toBe(0);
    expect(missing.page).toBe('/targets');
  });
});
