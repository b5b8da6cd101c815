import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../tests/builders';
import { inForceOverTime } from './inForce';
import { listOfNames } from '../i18n/format';
import { actionsSentence, inForceSentence, times } from './story';

const range = { start: '2025-01-01', end: '2026-11-22' };

describe('actionsSentence', () => {
  it('says what each actor did, largest count first', () => {
    const events = [
      ...(['ease', 'ease', 'lift'] as const).map((action) =>
        makeEvent({ actor: 'us', date: '2025-09-11', action }),
      ),
      makeEvent({ actor: 'us', date: '2025-02-01', action: 'expand' }),
      ...[1, 2, 3].map(() => makeEvent({ actor: 'eu', date: '2025-06-01', action: 'expand' })),
      makeEvent({ actor: 'eu', date: '2025-02-24', action: 'renew' }),
      makeEvent({ actor: 'eu', date: '2026-02-24', action: 'renew' }),
    ];
    expect(actionsSentence(events, ['us', 'eu'], range)).toBe(
      'From 1 Jan 2025 to 22 Nov 2026, the US eased or lifted sanctions 3 times and tightened sanctions once; the EU tightened sanctions 3 times and renewed them twice.',
    );
  });

  it('keeps a fixed order on ties, and names an actor that did nothing', () => {
    const events = [
      makeEvent({ actor: 'us', date: '2025-03-01', action: 'expand' }),
      makeEvent({ actor: 'us', date: '2025-04-01', action: 'lift' }),
    ];
    expect(actionsSentence(events, ['us', 'ch'], range)).toBe(
      'From 1 Jan 2025 to 22 Nov 2026, the US tightened sanctions once and eased or lifted them once; Switzerland took no sanctions action.',
    );
  });

  it('says so when nothing happened, for one actor or several', () => {
    expect(actionsSentence([], ['eu'], range)).toBe(
      'From 1 Jan 2025 to 22 Nov 2026, the EU took no sanctions action.',
    );
    expect(actionsSentence([], ['us', 'eu'], range)).toBe(
      'From 1 Jan 2025 to 22 Nov 2026, no actor shown took any sanctions action.',
    );
  });
});

describe('inForceSentence', () => {
  const events = [
    makeEvent({ actor: 'eu', date: '2024-12-16', inForce: { persons: 287, entities: 39 } }),
    makeEvent({ actor: 'eu', date: '2025-03-27', inForce: { persons: 310, entities: 46 } }),
    makeEvent({ actor: 'us', date: '2021-08-09', listed: { persons: 20, entities: 10 } }),
    makeEvent({ actor: 'us', date: '2025-09-11', action: 'lift', delisted: { entities: 1 } }),
  ];

  it('gives each figure on the last day and how it moved', () => {
    expect(inForceSentence(inForceOverTime(events, ['eu', 'us'], range), range)).toBe(
      "On 22 Nov 2026, the EU listed 356 persons and entities and the US 29. Since 1 Jan 2025, the EU's total rose by 30 and the US's fell by 1.",
    );
  });

  it('tells a rise and fall inside the range, which the difference of its ends would hide', () => {
    const wave = [
      makeEvent({ actor: 'eu', date: '2010-02-01', inForce: { persons: 37, entities: 0 } }),
      makeEvent({ actor: 'eu', date: '2012-10-15', inForce: { persons: 240, entities: 30 } }),
      makeEvent({ actor: 'eu', date: '2016-02-25', inForce: { persons: 4, entities: 0 } }),
    ];
    const span = { start: '2010-01-01', end: '2017-12-31' };
    expect(inForceSentence(inForceOverTime(wave, ['eu'], span), span)).toContain(
      "Since 1 Jan 2010, the EU's total rose from 0 to 270 by 15 Oct 2012, then fell to 4.",
    );
    // A rise that does not stand well above both ends is told as the difference.
    const small = [
      makeEvent({ actor: 'eu', date: '2009-06-01', inForce: { persons: 100, entities: 0 } }),
      makeEvent({ actor: 'eu', date: '2012-10-15', inForce: { persons: 120, entities: 0 } }),
      makeEvent({ actor: 'eu', date: '2016-02-25', inForce: { persons: 90, entities: 0 } }),
    ];
    expect(inForceSentence(inForceOverTime(small, ['eu'], span), span)).toContain(
      "Since 1 Jan 2010, the EU's total fell by 10.",
    );
  });

  it('says how the latest count of an official list compares with the records', () => {
    const sources = [
      { url: 'https://ofac.treasury.gov/sdn', title: 'SDN', publisher: 'OFAC', kind: 'official' as const },
      { url: 'https://github.com/x/y', title: 'copy', publisher: 'GitHub', kind: 'official' as const },
    ];
    const count = { actor: 'us' as const, list: 'the OFAC SDN list', date: '2025-05-03', sources };
    const sentence = (persons: number) =>
      inForceSentence(inForceOverTime(events, ['us'], range, [{ ...count, persons, entities: 10 }]), range);
    expect(sentence(25)).toContain(
      "The OFAC SDN list counted 35 on 3 May 2025, 5 more than the records' running total.",
    );
    expect(sentence(20)).toContain('The OFAC SDN list counted 30 on 3 May 2025, as the records do.');
    expect(sentence(10)).toContain('The OFAC SDN list counted 20 on 3 May 2025, 10 fewer than the records');
  });

  it('says which actors have no counts', () => {
    expect(inForceSentence(inForceOverTime(events, ['ch'], range), range)).toBe(
      'No source in the data counts the listings of Switzerland.',
    );
  });
});

describe('wording helpers', () => {
  it('counts in words for once and twice', () => {
    expect([1, 2, 3, 1200].map(times)).toEqual(['once', 'twice', '3 times', '1,200 times']);
  });
  it('joins with commas and a final and', () => {
    expect(listOfNames(['a'])).toBe('a');
    expect(listOfNames(['a', 'b', 'c'])).toBe('a, b and c');
  });
});
