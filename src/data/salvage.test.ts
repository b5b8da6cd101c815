import { describe, expect, it } from 'vitest';
import { makeDataset, makeEvent } from '../../tests/builders';
import { salvageDataset } from './salvage';

describe('salvageDataset', () => {
  const good = makeEvent({ actor: 'eu', date: '2021-06-21' });
  const bad = { ...makeEvent({ actor: 'us', date: '2021-08-09' }), date: '2021-02-30' };

  it('leaves out a record that breaks the contract, naming it, and keeps the rest', () => {
    const result = salvageDataset({ ...makeDataset([good]), events: [good, bad] });
    expect(result?.dataset.events.map((e) => e.id)).toEqual([good.id]);
    expect(result?.skipped).toEqual([`events[1] (${bad.id}): date: Invalid ISO date`]);
  });

  it('leaves out, and names, what refers to a record left out, and keeps the rest', () => {
    const lift = makeEvent({ actor: 'us', date: '2022-01-01', action: 'lift', modifies: [bad.id] });
    const result = salvageDataset({ ...makeDataset([good]), events: [good, bad, lift] });
    expect(result?.dataset.events.map((e) => e.id)).toEqual([good.id]);
    expect(result?.skipped).toEqual([
      `events[1] (${bad.id}): date: Invalid ISO date`,
      `events (${lift.id}): modifies.0: unknown record ${bad.id}`,
    ]);
  });

  it('shows nothing when what fails is the dataset as a whole', () => {
    expect(salvageDataset({ ...makeDataset([good]), asOf: 'soon', events: [good, bad] })).toBeUndefined();
  });

  it('does not salvage what is not a dataset at all, or a dataset with nothing wrong', () => {
    expect(salvageDataset('<html>')).toBeUndefined();
    expect(salvageDataset({ events: 'x' })).toBeUndefined();
    expect(salvageDataset(makeDataset([good]))).toBeUndefined();
  });
});
