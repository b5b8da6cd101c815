import { afterAll, describe, expect, it } from 'vitest';
import english from 'virtual:messages/en';
import { makeEvent } from '../../tests/builders';
import type { Checkpoint } from '../data/schema';
import { setCatalogue } from '../i18n/catalogue';
import { CATALOGUES } from '../../tests/catalogues';
import { LOCALES, type Locale } from '../i18n/locales';
import { divergences, divergenceSentence, type NetBucket } from './compare';
import { inForceOverTime, type StockPoint } from './inForce';
import { onDateSentence } from './inForceOn';
import { actionsSentence, inForceSentence } from './story';
import { durationText, gapText, type Gap } from './targets';

/**
 * The generated sentences in each language's grammar: verbs that agree with the actor (США
 * plural, ЕС masculine, Канада feminine), counts in every plural form (21 reads like 1, 22 like 2,
 * 11 like 5 in Belarusian, Russian and Ukrainian; Polish, Lithuanian and German have their own
 * rules), and the words that change with what comes before them (Belarusian `і ўзмацнілі` but
 * `, узмацнілі`). Each expected string is written out as a reader of that language would.
 */
const COUNTS = [0, 1, 2, 5, 11, 21, 22, 25];
const range = { start: '2025-01-01', end: '2026-11-22' };
const repeat = <T>(n: number, make: (i: number) => T) => Array.from({ length: n }, (_, i) => make(i));
const stock = (total: number): StockPoint => ({
  date: '2020-01-01',
  persons: total,
  entities: 0,
  total,
  basis: 'reported',
});
const sources = [
  { url: 'https://ofac.treasury.gov/sdn', title: 'SDN', publisher: 'OFAC', kind: 'official' as const },
  { url: 'https://github.com/x/y', title: 'copy', publisher: 'GitHub', kind: 'official' as const },
];

/** Per count: the US tightens n times and eases 3; the EU renews twice, tightens once and eases n times; Canada does nothing. */
const actions = (n: number) =>
  actionsSentence(
    [
      ...repeat(n, () => makeEvent({ actor: 'us', date: '2025-03-01', action: 'expand' })),
      ...repeat(3, () => makeEvent({ actor: 'us', date: '2025-09-11', action: 'lift' })),
      ...repeat(2, () => makeEvent({ actor: 'eu', date: '2025-02-24', action: 'renew' })),
      makeEvent({ actor: 'eu', date: '2025-03-27', action: 'expand' }),
      ...repeat(n, () => makeEvent({ actor: 'eu', date: '2025-04-01', action: 'lift' })),
    ],
    ['us', 'eu', 'ca'],
    range,
  );

/** Per count: the EU's list grows from 0 to n, the US's shrinks from 40 by n. */
const inForce = (n: number) =>
  inForceSentence(
    inForceOverTime(
      [
        makeEvent({ actor: 'eu', date: '2025-06-01', inForce: { persons: n, entities: 0 } }),
        makeEvent({ actor: 'us', date: '2021-01-01', inForce: { persons: 40, entities: 0 } }),
        makeEvent({ actor: 'us', date: '2025-06-01', inForce: { persons: 40 - n, entities: 0 } }),
      ],
      ['eu', 'us'],
      range,
    ),
    range,
  );

/** Per count: n years in which both acted; in the first two (as many as there are) the EU tightened and the US eased. */
const divergence = (n: number) => {
  const net: NetBucket[] = repeat(n, (i) => ({
    key: String(2001 + i),
    label: String(2001 + i),
    net: i < 2 ? { us: -1, eu: 1 } : { us: 1, eu: 1 },
    idsByActor: { us: [`u${i}`], eu: [`e${i}`] },
  }));
  return divergenceSentence(net, divergences(net, 'us', 'eu'), 'us', 'eu', 'year');
};

/** Per count: the EU lists n on the day, Canada has imposed nothing. */
const onDate = (n: number) =>
  onDateSentence(
    [
      {
        actor: 'eu',
        stock: stock(n),
        measures: [{ measure: 'travel', since: '2004-12-13', latest: makeEvent() }],
      },
      { actor: 'ca', stock: undefined, measures: [] },
    ],
    '2020-01-01',
  );

const gap = (fields: Pick<Gap, 'listedBy' | 'notBy' | 'listed' | 'other'>): Gap => ({
  target: { id: 't', name: 'T', kind: 'company', history: [] },
  listedSince: '2021-12-02',
  since: '2021-12-02',
  days: 0,
  ...fields,
});

/** The sentences checked, each a function of a count or of nothing. */
export const SENTENCES = {
  actions: () => COUNTS.map(actions),
  inForce: () => COUNTS.map(inForce),
  divergence: () => COUNTS.map(divergence),
  onDate: () => COUNTS.map(onDate),
  days: () => COUNTS.map((n) => durationText('2025-01-01', `2025-01-${String(1 + n).padStart(2, '0')}`)),
  years: () => COUNTS.map((n) => durationText('2000-01-01', `${2000 + n}-06-01`)),
  /** Feminine actors, and one that did nothing. */
  others: () =>
    actionsSentence(
      [
        makeEvent({ actor: 'uk', date: '2025-03-01' }),
        makeEvent({ actor: 'ch', date: '2025-03-01', action: 'renew' }),
      ],
      ['uk', 'ch', 'by'],
      range,
    ),
  nobody: () => actionsSentence([], ['us', 'eu'], range),
  /** An actor without counts, and an official list's count against the records. */
  lists: () =>
    inForceSentence(
      inForceOverTime(
        [makeEvent({ actor: 'us', date: '2021-01-01', inForce: { persons: 20, entities: 0 } })],
        ['us', 'ch'],
        range,
        [
          {
            actor: 'us',
            list: 'the OFAC SDN list',
            date: '2025-05-03',
            persons: 21,
            entities: 0,
            sources,
          } satisfies Checkpoint,
        ],
      ),
      range,
    ),
  /** A rise and fall inside the range. */
  peak: () => {
    const span = { start: '2010-01-01', end: '2017-12-31' };
    return inForceSentence(
      inForceOverTime(
        [
          makeEvent({ actor: 'eu', date: '2010-02-01', inForce: { persons: 37, entities: 0 } }),
          makeEvent({ actor: 'eu', date: '2012-10-15', inForce: { persons: 240, entities: 30 } }),
          makeEvent({ actor: 'eu', date: '2016-02-25', inForce: { persons: 4, entities: 0 } }),
        ],
        ['eu'],
        span,
      ),
      span,
    );
  },
  quarters: () => divergenceSentence([], [], 'uk', 'ch', 'quarter'),
  several: () =>
    onDateSentence(
      [
        { actor: 'us', stock: undefined, measures: [] },
        { actor: 'eu', stock: undefined, measures: [] },
      ],
      '2004-01-01',
    ),
  gaps: () => [
    gapText(
      gap({
        listedBy: 'eu',
        notBy: 'us',
        listed: { status: 'eased' },
        other: { status: 'delisted', since: '2025-11-04' },
      }),
    ),
    gapText(gap({ listedBy: 'us', notBy: 'uk', listed: { status: 'listed' }, other: { status: 'never' } })),
  ],
};

type Expected = { [Name in keyof typeof SENTENCES]: ReturnType<(typeof SENTENCES)[Name]> };

const EXPECTED: Record<Locale, Expected> = {
  en: {
    actions: [
      'From 1 Jan 2025 to 22 Nov 2026, the US eased or lifted sanctions 3 times; the EU renewed sanctions twice and tightened sanctions once; Canada took no sanctions action.',
      'From 1 Jan 2025 to 22 Nov 2026, the US eased or lifted sanctions 3 times and tightened sanctions once; the EU renewed sanctions twice, tightened sanctions once and eased or lifted them once; Canada took no sanctions action.',
      'From 1 Jan 2025 to 22 Nov 2026, the US eased or lifted sanctions 3 times and tightened sanctions twice; the EU renewed sanctions twice, eased or lifted them twice and tightened sanctions once; Canada took no sanctions action.',
      'From 1 Jan 2025 to 22 Nov 2026, the US tightened sanctions 5 times and eased or lifted them 3 times; the EU eased or lifted sanctions 5 times, renewed them twice and tightened sanctions once; Canada took no sanctions action.',
      'From 1 Jan 2025 to 22 Nov 2026, the US tightened sanctions 11 times and eased or lifted them 3 times; the EU eased or lifted sanctions 11 times, renewed them twice and tightened sanctions once; Canada took no sanctions action.',
      'From 1 Jan 2025 to 22 Nov 2026, the US tightened sanctions 21 times and eased or lifted them 3 times; the EU eased or lifted sanctions 21 times, renewed them twice and tightened sanctions once; Canada took no sanctions action.',
      'From 1 Jan 2025 to 22 Nov 2026, the US tightened sanctions 22 times and eased or lifted them 3 times; the EU eased or lifted sanctions 22 times, renewed them twice and tightened sanctions once; Canada took no sanctions action.',
      'From 1 Jan 2025 to 22 Nov 2026, the US tightened sanctions 25 times and eased or lifted them 3 times; the EU eased or lifted sanctions 25 times, renewed them twice and tightened sanctions once; Canada took no sanctions action.',
    ],
    inForce: [
      "On 22 Nov 2026, the EU listed 0 persons and entities and the US 40. Since 1 Jan 2025, the EU's total was unchanged and the US's was unchanged.",
      "On 22 Nov 2026, the EU listed 1 person or entity and the US 39. Since 1 Jan 2025, the EU's total rose by 1 and the US's fell by 1.",
      "On 22 Nov 2026, the EU listed 2 persons and entities and the US 38. Since 1 Jan 2025, the EU's total rose by 2 and the US's fell by 2.",
      "On 22 Nov 2026, the EU listed 5 persons and entities and the US 35. Since 1 Jan 2025, the EU's total rose by 5 and the US's fell by 5.",
      "On 22 Nov 2026, the EU listed 11 persons and entities and the US 29. Since 1 Jan 2025, the EU's total rose by 11 and the US's fell by 11.",
      "On 22 Nov 2026, the EU listed 21 persons and entities and the US 19. Since 1 Jan 2025, the EU's total rose by 21 and the US's fell by 21.",
      "On 22 Nov 2026, the EU listed 22 persons and entities and the US 18. Since 1 Jan 2025, the EU's total rose by 22 and the US's fell by 22.",
      "On 22 Nov 2026, the EU listed 25 persons and entities and the US 15. Since 1 Jan 2025, the EU's total rose by 25 and the US's fell by 25.",
    ],
    divergence: [
      'The US and the EU never moved in opposite directions in a year shown: they never acted in the same one.',
      'The US and the EU moved in opposite directions in 1 of the 1 year in which both acted: 2001, with the EU tightening and the US easing.',
      'The US and the EU moved in opposite directions in 2 of the 2 years in which both acted: 2001 and 2002, each time with the EU tightening and the US easing.',
      'The US and the EU moved in opposite directions in 2 of the 5 years in which both acted: 2001 and 2002, each time with the EU tightening and the US easing.',
      'The US and the EU moved in opposite directions in 2 of the 11 years in which both acted: 2001 and 2002, each time with the EU tightening and the US easing.',
      'The US and the EU moved in opposite directions in 2 of the 21 years in which both acted: 2001 and 2002, each time with the EU tightening and the US easing.',
      'The US and the EU moved in opposite directions in 2 of the 22 years in which both acted: 2001 and 2002, each time with the EU tightening and the US easing.',
      'The US and the EU moved in opposite directions in 2 of the 25 years in which both acted: 2001 and 2002, each time with the EU tightening and the US easing.',
    ],
    onDate: [
      'On 1 Jan 2020, the EU listed 0 persons and entities. Canada had imposed no measures yet.',
      'On 1 Jan 2020, the EU listed 1 person or entity. Canada had imposed no measures yet.',
      'On 1 Jan 2020, the EU listed 2 persons and entities. Canada had imposed no measures yet.',
      'On 1 Jan 2020, the EU listed 5 persons and entities. Canada had imposed no measures yet.',
      'On 1 Jan 2020, the EU listed 11 persons and entities. Canada had imposed no measures yet.',
      'On 1 Jan 2020, the EU listed 21 persons and entities. Canada had imposed no measures yet.',
      'On 1 Jan 2020, the EU listed 22 persons and entities. Canada had imposed no measures yet.',
      'On 1 Jan 2020, the EU listed 25 persons and entities. Canada had imposed no measures yet.',
    ],
    days: ['0 days', '1 day', '2 days', '5 days', '11 days', '21 days', '22 days', '25 days'],
    years: [
      '5 months',
      '1 year, 5 months',
      '2 years, 5 months',
      '5 years, 5 months',
      '11 years, 5 months',
      '21 years, 5 months',
      '22 years, 5 months',
      '25 years, 5 months',
    ],
    others:
      'From 1 Jan 2025 to 22 Nov 2026, the UK tightened sanctions once; Switzerland renewed sanctions once; Belarus took no sanctions action.',
    nobody: 'From 1 Jan 2025 to 22 Nov 2026, no actor shown took any sanctions action.',
    lists:
      "On 22 Nov 2026, the US listed 21 persons and entities. Since 1 Jan 2025, the US's total rose by 1. No source in the data counts the listings of Switzerland. The OFAC SDN list counted 21 on 3 May 2025, 1 more than the records' running total.",
    peak: "On 31 Dec 2017, the EU listed 4 persons and entities. Since 1 Jan 2010, the EU's total rose from 0 to 270 by 15 Oct 2012, then fell to 4.",
    quarters:
      'The UK and Switzerland never moved in opposite directions in a quarter shown: they never acted in the same one.',
    several: 'On 1 Jan 2004: The US and the EU had imposed no measures yet.',
    gaps: [
      'listed by the EU since 2 Dec 2021 (eased by licence); delisted by the US on 4 Nov 2025',
      'listed by the US since 2 Dec 2021; no listing by the UK recorded',
    ],
  },
  be: {
    actions: [
      'З 1 сту 2025 па 22 ліс 2026 ЗША аслабілі або знялі санкцыі 3 разы; ЕС падоўжыў санкцыі двойчы і ўзмацніў іх адзін раз; Канада не прымала санкцыйных мер.',
      'З 1 сту 2025 па 22 ліс 2026 ЗША аслабілі або знялі санкцыі 3 разы і ўзмацнілі іх адзін раз; ЕС падоўжыў санкцыі двойчы, узмацніў іх адзін раз і аслабіў або зняў іх адзін раз; Канада не прымала санкцыйных мер.',
      'З 1 сту 2025 па 22 ліс 2026 ЗША аслабілі або знялі санкцыі 3 разы і ўзмацнілі іх двойчы; ЕС падоўжыў санкцыі двойчы, аслабіў або зняў іх двойчы і ўзмацніў іх адзін раз; Канада не прымала санкцыйных мер.',
      'З 1 сту 2025 па 22 ліс 2026 ЗША ўзмацнілі санкцыі 5 разоў і аслабілі або знялі іх 3 разы; ЕС аслабіў або зняў санкцыі 5 разоў, падоўжыў іх двойчы і ўзмацніў іх адзін раз; Канада не прымала санкцыйных мер.',
      'З 1 сту 2025 па 22 ліс 2026 ЗША ўзмацнілі санкцыі 11 разоў і аслабілі або знялі іх 3 разы; ЕС аслабіў або зняў санкцыі 11 разоў, падоўжыў іх двойчы і ўзмацніў іх адзін раз; Канада не прымала санкцыйных мер.',
      'З 1 сту 2025 па 22 ліс 2026 ЗША ўзмацнілі санкцыі 21 раз і аслабілі або знялі іх 3 разы; ЕС аслабіў або зняў санкцыі 21 раз, падоўжыў іх двойчы і ўзмацніў іх адзін раз; Канада не прымала санкцыйных мер.',
      'З 1 сту 2025 па 22 ліс 2026 ЗША ўзмацнілі санкцыі 22 разы і аслабілі або знялі іх 3 разы; ЕС аслабіў або зняў санкцыі 22 разы, падоўжыў іх двойчы і ўзмацніў іх адзін раз; Канада не прымала санкцыйных мер.',
      'З 1 сту 2025 па 22 ліс 2026 ЗША ўзмацнілі санкцыі 25 разоў і аслабілі або знялі іх 3 разы; ЕС аслабіў або зняў санкцыі 25 разоў, падоўжыў іх двойчы і ўзмацніў іх адзін раз; Канада не прымала санкцыйных мер.',
    ],
    inForce: [
      'На 22 ліс 2026 ЕС трымаў у санкцыйным спісе 0 асоб і арганізацый, а ЗША — 40. З 1 сту 2025 колькасць асоб і арганізацый у санкцыйным спісе ЕС не змянілася, а ў спісе ЗША не змянілася.',
      'На 22 ліс 2026 ЕС трымаў у санкцыйным спісе 1 асобу або арганізацыю, а ЗША — 39. З 1 сту 2025 колькасць асоб і арганізацый у санкцыйным спісе ЕС вырасла на 1, а ў спісе ЗША скарацілася на 1.',
      'На 22 ліс 2026 ЕС трымаў у санкцыйным спісе 2 асобы і арганізацыі, а ЗША — 38. З 1 сту 2025 колькасць асоб і арганізацый у санкцыйным спісе ЕС вырасла на 2, а ў спісе ЗША скарацілася на 2.',
      'На 22 ліс 2026 ЕС трымаў у санкцыйным спісе 5 асоб і арганізацый, а ЗША — 35. З 1 сту 2025 колькасць асоб і арганізацый у санкцыйным спісе ЕС вырасла на 5, а ў спісе ЗША скарацілася на 5.',
      'На 22 ліс 2026 ЕС трымаў у санкцыйным спісе 11 асоб і арганізацый, а ЗША — 29. З 1 сту 2025 колькасць асоб і арганізацый у санкцыйным спісе ЕС вырасла на 11, а ў спісе ЗША скарацілася на 11.',
      'На 22 ліс 2026 ЕС трымаў у санкцыйным спісе 21 асобу або арганізацыю, а ЗША — 19. З 1 сту 2025 колькасць асоб і арганізацый у санкцыйным спісе ЕС вырасла на 21, а ў спісе ЗША скарацілася на 21.',
      'На 22 ліс 2026 ЕС трымаў у санкцыйным спісе 22 асобы і арганізацыі, а ЗША — 18. З 1 сту 2025 колькасць асоб і арганізацый у санкцыйным спісе ЕС вырасла на 22, а ў спісе ЗША скарацілася на 22.',
      'На 22 ліс 2026 ЕС трымаў у санкцыйным спісе 25 асоб і арганізацый, а ЗША — 15. З 1 сту 2025 колькасць асоб і арганізацый у санкцыйным спісе ЕС вырасла на 25, а ў спісе ЗША скарацілася на 25.',
    ],
    divergence: [
      'ЗША і ЕС не дзейнічалі ў процілеглых кірунках ні ў адным з паказаных гадоў: яны ні разу не дзейнічалі ў адным і тым жа годзе.',
      'ЗША і ЕС дзейнічалі ў процілеглых кірунках у 1 з 1 года, калі абодва бакі прымалі меры: 2001, прычым ЕС узмацняў санкцыі, а ЗША іх аслаблялі.',
      'ЗША і ЕС дзейнічалі ў процілеглых кірунках у 2 з 2 гадоў, калі абодва бакі прымалі меры: 2001 і 2002, прычым кожны раз ЕС узмацняў санкцыі, а ЗША іх аслаблялі.',
      'ЗША і ЕС дзейнічалі ў процілеглых кірунках у 2 з 5 гадоў, калі абодва бакі прымалі меры: 2001 і 2002, прычым кожны раз ЕС узмацняў санкцыі, а ЗША іх аслаблялі.',
      'ЗША і ЕС дзейнічалі ў процілеглых кірунках у 2 з 11 гадоў, калі абодва бакі прымалі меры: 2001 і 2002, прычым кожны раз ЕС узмацняў санкцыі, а ЗША іх аслаблялі.',
      'ЗША і ЕС дзейнічалі ў процілеглых кірунках у 2 з 21 года, калі абодва бакі прымалі меры: 2001 і 2002, прычым кожны раз ЕС узмацняў санкцыі, а ЗША іх аслаблялі.',
      'ЗША і ЕС дзейнічалі ў процілеглых кірунках у 2 з 22 гадоў, калі абодва бакі прымалі меры: 2001 і 2002, прычым кожны раз ЕС узмацняў санкцыі, а ЗША іх аслаблялі.',
      'ЗША і ЕС дзейнічалі ў процілеглых кірунках у 2 з 25 гадоў, калі абодва бакі прымалі меры: 2001 і 2002, прычым кожны раз ЕС узмацняў санкцыі, а ЗША іх аслаблялі.',
    ],
    onDate: [
      'На 1 сту 2020 ЕС трымаў у санкцыйным спісе 0 асоб і арганізацый. Канада яшчэ не ўвяла ніякіх мер.',
      'На 1 сту 2020 ЕС трымаў у санкцыйным спісе 1 асобу або арганізацыю. Канада яшчэ не ўвяла ніякіх мер.',
      'На 1 сту 2020 ЕС трымаў у санкцыйным спісе 2 асобы і арганізацыі. Канада яшчэ не ўвяла ніякіх мер.',
      'На 1 сту 2020 ЕС трымаў у санкцыйным спісе 5 асоб і арганізацый. Канада яшчэ не ўвяла ніякіх мер.',
      'На 1 сту 2020 ЕС трымаў у санкцыйным спісе 11 асоб і арганізацый. Канада яшчэ не ўвяла ніякіх мер.',
      'На 1 сту 2020 ЕС трымаў у санкцыйным спісе 21 асобу або арганізацыю. Канада яшчэ не ўвяла ніякіх мер.',
      'На 1 сту 2020 ЕС трымаў у санкцыйным спісе 22 асобы і арганізацыі. Канада яшчэ не ўвяла ніякіх мер.',
      'На 1 сту 2020 ЕС трымаў у санкцыйным спісе 25 асоб і арганізацый. Канада яшчэ не ўвяла ніякіх мер.',
    ],
    days: ['0 дзён', '1 дзень', '2 дні', '5 дзён', '11 дзён', '21 дзень', '22 дні', '25 дзён'],
    years: [
      '5 месяцаў',
      '1 год і 5 месяцаў',
      '2 гады і 5 месяцаў',
      '5 гадоў і 5 месяцаў',
      '11 гадоў і 5 месяцаў',
      '21 год і 5 месяцаў',
      '22 гады і 5 месяцаў',
      '25 гадоў і 5 месяцаў',
    ],
    others:
      'З 1 сту 2025 па 22 ліс 2026 Вялікабрытанія ўзмацніла санкцыі адзін раз; Швейцарыя падоўжыла санкцыі адзін раз; Беларусь не прымала санкцыйных мер.',
    nobody: 'З 1 сту 2025 па 22 ліс 2026 ніводны з паказаных бакоў не прымаў санкцыйных мер.',
    lists:
      'На 22 ліс 2026 ЗША трымалі ў санкцыйным спісе 21 асобу або арганізацыю. З 1 сту 2025 колькасць асоб і арганізацый у санкцыйным спісе ЗША вырасла на 1. Ніводная крыніца ў даных не паказвае, колькі асоб і арганізацый у санкцыйным спісе Швейцарыі. У спісе SDN OFAC на 3 мая 2025 значылася 21 асоба або арганізацыя — на 1 больш, чым нарастальны вынік паводле запісаў.',
    peak: 'На 31 сне 2017 ЕС трымаў у санкцыйным спісе 4 асобы і арганізацыі. З 1 сту 2010 колькасць асоб і арганізацый у санкцыйным спісе ЕС вырасла з 0 да 270 на 15 кас 2012, потым скарацілася да 4.',
    quarters:
      'Вялікабрытанія і Швейцарыя не дзейнічалі ў процілеглых кірунках ні ў адным з паказаных кварталаў: яны ні разу не дзейнічалі ў адным і тым жа квартале.',
    several: 'На 1 сту 2004: ЗША і ЕС яшчэ не ўвялі ніякіх мер.',
    gaps: [
      'у санкцыйным спісе ЕС з 2 сне 2021 (з паслабленнем паводле ліцэнзіі); выключэнне са спісу ЗША 4 ліс 2025',
      'у санкцыйным спісе ЗША з 2 сне 2021; унясенне ў спіс Вялікабрытаніі не зафіксавана',
    ],
  },
  ru: {
    actions: [
      'С 1 янв. 2025 г. по 22 нояб. 2026 г. США ослабили или сняли санкции 3 раза; ЕС продлил санкции дважды и ужесточил их один раз; Канада не принимала санкционных мер.',
      'С 1 янв. 2025 г. по 22 нояб. 2026 г. США ослабили или сняли санкции 3 раза и ужесточили их один раз; ЕС продлил санкции дважды, ужесточил их один раз и ослабил или снял их один раз; Канада не принимала санкционных мер.',
      'С 1 янв. 2025 г. по 22 нояб. 2026 г. США ослабили или сняли санкции 3 раза и ужесточили их дважды; ЕС продлил санкции дважды, ослабил или снял их дважды и ужесточил их один раз; Канада не принимала санкционных мер.',
      'С 1 янв. 2025 г. по 22 нояб. 2026 г. США ужесточили санкции 5 раз и ослабили или сняли их 3 раза; ЕС ослабил или снял санкции 5 раз, продлил их дважды и ужесточил их один раз; Канада не принимала санкционных мер.',
      'С 1 янв. 2025 г. по 22 нояб. 2026 г. США ужесточили санкции 11 раз и ослабили или сняли их 3 раза; ЕС ослабил или снял санкции 11 раз, продлил их дважды и ужесточил их один раз; Канада не принимала санкционных мер.',
      'С 1 янв. 2025 г. по 22 нояб. 2026 г. США ужесточили санкции 21 раз и ослабили или сняли их 3 раза; ЕС ослабил или снял санкции 21 раз, продлил их дважды и ужесточил их один раз; Канада не принимала санкционных мер.',
      'С 1 янв. 2025 г. по 22 нояб. 2026 г. США ужесточили санкции 22 раза и ослабили или сняли их 3 раза; ЕС ослабил или снял санкции 22 раза, продлил их дважды и ужесточил их один раз; Канада не принимала санкционных мер.',
      'С 1 янв. 2025 г. по 22 нояб. 2026 г. США ужесточили санкции 25 раз и ослабили или сняли их 3 раза; ЕС ослабил или снял санкции 25 раз, продлил их дважды и ужесточил их один раз; Канада не принимала санкционных мер.',
    ],
    inForce: [
      'На 22 нояб. 2026 г. ЕС держал в санкционном списке 0 лиц и организаций, а США — 40. С 1 янв. 2025 г. число лиц и организаций в санкционном списке ЕС не изменилось, а в списке США не изменилось.',
      'На 22 нояб. 2026 г. ЕС держал в санкционном списке 1 лицо или организацию, а США — 39. С 1 янв. 2025 г. число лиц и организаций в санкционном списке ЕС выросло на 1, а в списке США сократилось на 1.',
      'На 22 нояб. 2026 г. ЕС держал в санкционном списке 2 лица и организации, а США — 38. С 1 янв. 2025 г. число лиц и организаций в санкционном списке ЕС выросло на 2, а в списке США сократилось на 2.',
      'На 22 нояб. 2026 г. ЕС держал в санкционном списке 5 лиц и организаций, а США — 35. С 1 янв. 2025 г. число лиц и организаций в санкционном списке ЕС выросло на 5, а в списке США сократилось на 5.',
      'На 22 нояб. 2026 г. ЕС держал в санкционном списке 11 лиц и организаций, а США — 29. С 1 янв. 2025 г. число лиц и организаций в санкционном списке ЕС выросло на 11, а в списке США сократилось на 11.',
      'На 22 нояб. 2026 г. ЕС держал в санкционном списке 21 лицо или организацию, а США — 19. С 1 янв. 2025 г. число лиц и организаций в санкционном списке ЕС выросло на 21, а в списке США сократилось на 21.',
      'На 22 нояб. 2026 г. ЕС держал в санкционном списке 22 лица и организации, а США — 18. С 1 янв. 2025 г. число лиц и организаций в санкционном списке ЕС выросло на 22, а в списке США сократилось на 22.',
      'На 22 нояб. 2026 г. ЕС держал в санкционном списке 25 лиц и организаций, а США — 15. С 1 янв. 2025 г. число лиц и организаций в санкционном списке ЕС выросло на 25, а в списке США сократилось на 25.',
    ],
    divergence: [
      'США и ЕС не действовали в противоположных направлениях ни в одном из показанных лет: они ни разу не действовали в одном и том же году.',
      'США и ЕС действовали в противоположных направлениях в 1 из 1 года, когда обе стороны принимали меры: 2001, причём ЕС ужесточал санкции, а США их ослабляли.',
      'США и ЕС действовали в противоположных направлениях в 2 из 2 лет, когда обе стороны принимали меры: 2001 и 2002, причём каждый раз ЕС ужесточал санкции, а США их ослабляли.',
      'США и ЕС действовали в противоположных направлениях в 2 из 5 лет, когда обе стороны принимали меры: 2001 и 2002, причём каждый раз ЕС ужесточал санкции, а США их ослабляли.',
      'США и ЕС действовали в противоположных направлениях в 2 из 11 лет, когда обе стороны принимали меры: 2001 и 2002, причём каждый раз ЕС ужесточал санкции, а США их ослабляли.',
      'США и ЕС действовали в противоположных направлениях в 2 из 21 года, когда обе стороны принимали меры: 2001 и 2002, причём каждый раз ЕС ужесточал санкции, а США их ослабляли.',
      'США и ЕС действовали в противоположных направлениях в 2 из 22 лет, когда обе стороны принимали меры: 2001 и 2002, причём каждый раз ЕС ужесточал санкции, а США их ослабляли.',
      'США и ЕС действовали в противоположных направлениях в 2 из 25 лет, когда обе стороны принимали меры: 2001 и 2002, причём каждый раз ЕС ужесточал санкции, а США их ослабляли.',
    ],
    onDate: [
      'На 1 янв. 2020 г. ЕС держал в санкционном списке 0 лиц и организаций. Канада ещё не ввела ни одной меры.',
      'На 1 янв. 2020 г. ЕС держал в санкционном списке 1 лицо или организацию. Канада ещё не ввела ни одной меры.',
      'На 1 янв. 2020 г. ЕС держал в санкционном списке 2 лица и организации. Канада ещё не ввела ни одной меры.',
      'На 1 янв. 2020 г. ЕС держал в санкционном списке 5 лиц и организаций. Канада ещё не ввела ни одной меры.',
      'На 1 янв. 2020 г. ЕС держал в санкционном списке 11 лиц и организаций. Канада ещё не ввела ни одной меры.',
      'На 1 янв. 2020 г. ЕС держал в санкционном списке 21 лицо или организацию. Канада ещё не ввела ни одной меры.',
      'На 1 янв. 2020 г. ЕС держал в санкционном списке 22 лица и организации. Канада ещё не ввела ни одной меры.',
      'На 1 янв. 2020 г. ЕС держал в санкционном списке 25 лиц и организаций. Канада ещё не ввела ни одной меры.',
    ],
    days: ['0 дней', '1 день', '2 дня', '5 дней', '11 дней', '21 день', '22 дня', '25 дней'],
    years: [
      '5 месяцев',
      '1 год и 5 месяцев',
      '2 года и 5 месяцев',
      '5 лет и 5 месяцев',
      '11 лет и 5 месяцев',
      '21 год и 5 месяцев',
      '22 года и 5 месяцев',
      '25 лет и 5 месяцев',
    ],
    others:
      'С 1 янв. 2025 г. по 22 нояб. 2026 г. Великобритания ужесточила санкции один раз; Швейцария продлила санкции один раз; Беларусь не принимала санкционных мер.',
    nobody: 'С 1 янв. 2025 г. по 22 нояб. 2026 г. ни одна из показанных сторон не принимала санкционных мер.',
    lists:
      'На 22 нояб. 2026 г. США держали в санкционном списке 21 лицо или организацию. С 1 янв. 2025 г. число лиц и организаций в санкционном списке США выросло на 1. Ни один источник в данных не сообщает, сколько лиц и организаций в санкционном списке Швейцарии. В списке SDN OFAC на 3 мая 2025 г. значилось 21 лицо или организация — на 1 больше, чем нарастающий итог по записям.',
    peak: 'На 31 дек. 2017 г. ЕС держал в санкционном списке 4 лица и организации. С 1 янв. 2010 г. число лиц и организаций в санкционном списке ЕС выросло с 0 до 270 к 15 окт. 2012 г., затем сократилось до 4.',
    quarters:
      'Великобритания и Швейцария не действовали в противоположных направлениях ни в одном из показанных кварталов: они ни разу не действовали в одном и том же квартале.',
    several: 'На 1 янв. 2004 г.: США и ЕС ещё не ввели ни одной меры.',
    gaps: [
      'в санкционном списке ЕС с 2 дек. 2021 г. (с послаблением по лицензии); исключение из списка США 4 нояб. 2025 г.',
      'в санкционном списке США с 2 дек. 2021 г.; включение в список Великобритании не зафиксировано',
    ],
  },
  uk: {
    actions: [
      'З 1 січ. 2025 р. по 22 лист. 2026 р. США послабили або зняли санкції 3 рази; ЄС продовжив санкції двічі та посилив їх один раз; Канада не вживала санкційних заходів.',
      'З 1 січ. 2025 р. по 22 лист. 2026 р. США послабили або зняли санкції 3 рази та посилили їх один раз; ЄС продовжив санкції двічі, посилив їх один раз та послабив або зняв їх один раз; Канада не вживала санкційних заходів.',
      'З 1 січ. 2025 р. по 22 лист. 2026 р. США послабили або зняли санкції 3 рази та посилили їх двічі; ЄС продовжив санкції двічі, послабив або зняв їх двічі та посилив їх один раз; Канада не вживала санкційних заходів.',
      'З 1 січ. 2025 р. по 22 лист. 2026 р. США посилили санкції 5 разів та послабили або зняли їх 3 рази; ЄС послабив або зняв санкції 5 разів, продовжив їх двічі та посилив їх один раз; Канада не вживала санкційних заходів.',
      'З 1 січ. 2025 р. по 22 лист. 2026 р. США посилили санкції 11 разів та послабили або зняли їх 3 рази; ЄС послабив або зняв санкції 11 разів, продовжив їх двічі та посилив їх один раз; Канада не вживала санкційних заходів.',
      'З 1 січ. 2025 р. по 22 лист. 2026 р. США посилили санкції 21 раз та послабили або зняли їх 3 рази; ЄС послабив або зняв санкції 21 раз, продовжив їх двічі та посилив їх один раз; Канада не вживала санкційних заходів.',
      'З 1 січ. 2025 р. по 22 лист. 2026 р. США посилили санкції 22 рази та послабили або зняли їх 3 рази; ЄС послабив або зняв санкції 22 рази, продовжив їх двічі та посилив їх один раз; Канада не вживала санкційних заходів.',
      'З 1 січ. 2025 р. по 22 лист. 2026 р. США посилили санкції 25 разів та послабили або зняли їх 3 рази; ЄС послабив або зняв санкції 25 разів, продовжив їх двічі та посилив їх один раз; Канада не вживала санкційних заходів.',
    ],
    inForce: [
      'Станом на 22 лист. 2026 р. ЄС тримав у санкційному списку 0 осіб та організацій, а США — 40. З 1 січ. 2025 р. кількість осіб та організацій у санкційному списку ЄС не змінилася, а в списку США не змінилася.',
      'Станом на 22 лист. 2026 р. ЄС тримав у санкційному списку 1 особу або організацію, а США — 39. З 1 січ. 2025 р. кількість осіб та організацій у санкційному списку ЄС зросла на 1, а в списку США зменшилася на 1.',
      'Станом на 22 лист. 2026 р. ЄС тримав у санкційному списку 2 особи та організації, а США — 38. З 1 січ. 2025 р. кількість осіб та організацій у санкційному списку ЄС зросла на 2, а в списку США зменшилася на 2.',
      'Станом на 22 лист. 2026 р. ЄС тримав у санкційному списку 5 осіб та організацій, а США — 35. З 1 січ. 2025 р. кількість осіб та організацій у санкційному списку ЄС зросла на 5, а в списку США зменшилася на 5.',
      'Станом на 22 лист. 2026 р. ЄС тримав у санкційному списку 11 осіб та організацій, а США — 29. З 1 січ. 2025 р. кількість осіб та організацій у санкційному списку ЄС зросла на 11, а в списку США зменшилася на 11.',
      'Станом на 22 лист. 2026 р. ЄС тримав у санкційному списку 21 особу або організацію, а США — 19. З 1 січ. 2025 р. кількість осіб та організацій у санкційному списку ЄС зросла на 21, а в списку США зменшилася на 21.',
      'Станом на 22 лист. 2026 р. ЄС тримав у санкційному списку 22 особи та організації, а США — 18. З 1 січ. 2025 р. кількість осіб та організацій у санкційному списку ЄС зросла на 22, а в списку США зменшилася на 22.',
      'Станом на 22 лист. 2026 р. ЄС тримав у санкційному списку 25 осіб та організацій, а США — 15. З 1 січ. 2025 р. кількість осіб та організацій у санкційному списку ЄС зросла на 25, а в списку США зменшилася на 25.',
    ],
    divergence: [
      'США та ЄС не діяли в протилежних напрямах у жодному з показаних років: вони жодного разу не діяли в одному й тому самому році.',
      'США та ЄС діяли в протилежних напрямах у 1 з 1 року, коли обидві сторони вживали заходів: 2001, причому ЄС посилював санкції, а США їх послаблювали.',
      'США та ЄС діяли в протилежних напрямах у 2 з 2 років, коли обидві сторони вживали заходів: 2001 і 2002, причому щоразу ЄС посилював санкції, а США їх послаблювали.',
      'США та ЄС діяли в протилежних напрямах у 2 з 5 років, коли обидві сторони вживали заходів: 2001 і 2002, причому щоразу ЄС посилював санкції, а США їх послаблювали.',
      'США та ЄС діяли в протилежних напрямах у 2 з 11 років, коли обидві сторони вживали заходів: 2001 і 2002, причому щоразу ЄС посилював санкції, а США їх послаблювали.',
      'США та ЄС діяли в протилежних напрямах у 2 з 21 року, коли обидві сторони вживали заходів: 2001 і 2002, причому щоразу ЄС посилював санкції, а США їх послаблювали.',
      'США та ЄС діяли в протилежних напрямах у 2 з 22 років, коли обидві сторони вживали заходів: 2001 і 2002, причому щоразу ЄС посилював санкції, а США їх послаблювали.',
      'США та ЄС діяли в протилежних напрямах у 2 з 25 років, коли обидві сторони вживали заходів: 2001 і 2002, причому щоразу ЄС посилював санкції, а США їх послаблювали.',
    ],
    onDate: [
      'Станом на 1 січ. 2020 р. ЄС тримав у санкційному списку 0 осіб та організацій. Канада ще не запровадила жодних заходів.',
      'Станом на 1 січ. 2020 р. ЄС тримав у санкційному списку 1 особу або організацію. Канада ще не запровадила жодних заходів.',
      'Станом на 1 січ. 2020 р. ЄС тримав у санкційному списку 2 особи та організації. Канада ще не запровадила жодних заходів.',
      'Станом на 1 січ. 2020 р. ЄС тримав у санкційному списку 5 осіб та організацій. Канада ще не запровадила жодних заходів.',
      'Станом на 1 січ. 2020 р. ЄС тримав у санкційному списку 11 осіб та організацій. Канада ще не запровадила жодних заходів.',
      'Станом на 1 січ. 2020 р. ЄС тримав у санкційному списку 21 особу або організацію. Канада ще не запровадила жодних заходів.',
      'Станом на 1 січ. 2020 р. ЄС тримав у санкційному списку 22 особи та організації. Канада ще не запровадила жодних заходів.',
      'Станом на 1 січ. 2020 р. ЄС тримав у санкційному списку 25 осіб та організацій. Канада ще не запровадила жодних заходів.',
    ],
    days: ['0 днів', '1 день', '2 дні', '5 днів', '11 днів', '21 день', '22 дні', '25 днів'],
    years: [
      '5 місяців',
      '1 рік та 5 місяців',
      '2 роки та 5 місяців',
      '5 років та 5 місяців',
      '11 років та 5 місяців',
      '21 рік та 5 місяців',
      '22 роки та 5 місяців',
      '25 років та 5 місяців',
    ],
    others:
      'З 1 січ. 2025 р. по 22 лист. 2026 р. Велика Британія посилила санкції один раз; Швейцарія продовжила санкції один раз; Білорусь не вживала санкційних заходів.',
    nobody: 'З 1 січ. 2025 р. по 22 лист. 2026 р. жодна з показаних сторін не вживала санкційних заходів.',
    lists:
      'Станом на 22 лист. 2026 р. США тримали в санкційному списку 21 особу або організацію. З 1 січ. 2025 р. кількість осіб та організацій у санкційному списку США зросла на 1. Жодне джерело в даних не вказує, скільки осіб та організацій у санкційному списку Швейцарії. У списку SDN OFAC станом на 3 трав. 2025 р. значилася 21 особа або організація — на 1 більше, ніж наростаючий підсумок за записами.',
    peak: 'Станом на 31 груд. 2017 р. ЄС тримав у санкційному списку 4 особи та організації. З 1 січ. 2010 р. кількість осіб та організацій у санкційному списку ЄС зросла з 0 до 270 станом на 15 жовт. 2012 р., потім зменшилася до 4.',
    quarters:
      'Велика Британія та Швейцарія не діяли в протилежних напрямах у жодному з показаних кварталів: вони жодного разу не діяли в одному й тому самому кварталі.',
    several: 'Станом на 1 січ. 2004 р.: США і ЄС ще не запровадили жодних заходів.',
    gaps: [
      'у санкційному списку ЄС з 2 груд. 2021 р. (з послабленням за ліцензією); виключення зі списку США 4 лист. 2025 р.',
      'у санкційному списку США з 2 груд. 2021 р.; внесення до списку Великої Британії не зафіксовано',
    ],
  },
  pl: {
    actions: [
      'Od 1 sty 2025 do 22 lis 2026 USA złagodziły lub zniosły sankcje 3 razy; UE przedłużyła sankcje dwa razy i zaostrzyła je raz; Kanada nie podjęła działań sankcyjnych.',
      'Od 1 sty 2025 do 22 lis 2026 USA złagodziły lub zniosły sankcje 3 razy i zaostrzyły je raz; UE przedłużyła sankcje dwa razy, zaostrzyła je raz i złagodziła lub zniosła je raz; Kanada nie podjęła działań sankcyjnych.',
      'Od 1 sty 2025 do 22 lis 2026 USA złagodziły lub zniosły sankcje 3 razy i zaostrzyły je dwa razy; UE przedłużyła sankcje dwa razy, złagodziła lub zniosła je dwa razy i zaostrzyła je raz; Kanada nie podjęła działań sankcyjnych.',
      'Od 1 sty 2025 do 22 lis 2026 USA zaostrzyły sankcje 5 razy i złagodziły lub zniosły je 3 razy; UE złagodziła lub zniosła sankcje 5 razy, przedłużyła je dwa razy i zaostrzyła je raz; Kanada nie podjęła działań sankcyjnych.',
      'Od 1 sty 2025 do 22 lis 2026 USA zaostrzyły sankcje 11 razy i złagodziły lub zniosły je 3 razy; UE złagodziła lub zniosła sankcje 11 razy, przedłużyła je dwa razy i zaostrzyła je raz; Kanada nie podjęła działań sankcyjnych.',
      'Od 1 sty 2025 do 22 lis 2026 USA zaostrzyły sankcje 21 razy i złagodziły lub zniosły je 3 razy; UE złagodziła lub zniosła sankcje 21 razy, przedłużyła je dwa razy i zaostrzyła je raz; Kanada nie podjęła działań sankcyjnych.',
      'Od 1 sty 2025 do 22 lis 2026 USA zaostrzyły sankcje 22 razy i złagodziły lub zniosły je 3 razy; UE złagodziła lub zniosła sankcje 22 razy, przedłużyła je dwa razy i zaostrzyła je raz; Kanada nie podjęła działań sankcyjnych.',
      'Od 1 sty 2025 do 22 lis 2026 USA zaostrzyły sankcje 25 razy i złagodziły lub zniosły je 3 razy; UE złagodziła lub zniosła sankcje 25 razy, przedłużyła je dwa razy i zaostrzyła je raz; Kanada nie podjęła działań sankcyjnych.',
    ],
    inForce: [
      'Na dzień 22 lis 2026 UE miała na liście sankcyjnej 0 osób i podmiotów, a USA – 40. Od 1 sty 2025 liczba osób i podmiotów na liście sankcyjnej UE nie zmieniła się, a na liście USA nie zmieniła się.',
      'Na dzień 22 lis 2026 UE miała na liście sankcyjnej 1 osobę lub podmiot, a USA – 39. Od 1 sty 2025 liczba osób i podmiotów na liście sankcyjnej UE wzrosła o 1, a na liście USA spadła o 1.',
      'Na dzień 22 lis 2026 UE miała na liście sankcyjnej 2 osoby i podmioty, a USA – 38. Od 1 sty 2025 liczba osób i podmiotów na liście sankcyjnej UE wzrosła o 2, a na liście USA spadła o 2.',
      'Na dzień 22 lis 2026 UE miała na liście sankcyjnej 5 osób i podmiotów, a USA – 35. Od 1 sty 2025 liczba osób i podmiotów na liście sankcyjnej UE wzrosła o 5, a na liście USA spadła o 5.',
      'Na dzień 22 lis 2026 UE miała na liście sankcyjnej 11 osób i podmiotów, a USA – 29. Od 1 sty 2025 liczba osób i podmiotów na liście sankcyjnej UE wzrosła o 11, a na liście USA spadła o 11.',
      'Na dzień 22 lis 2026 UE miała na liście sankcyjnej 21 osób i podmiotów, a USA – 19. Od 1 sty 2025 liczba osób i podmiotów na liście sankcyjnej UE wzrosła o 21, a na liście USA spadła o 21.',
      'Na dzień 22 lis 2026 UE miała na liście sankcyjnej 22 osoby i podmioty, a USA – 18. Od 1 sty 2025 liczba osób i podmiotów na liście sankcyjnej UE wzrosła o 22, a na liście USA spadła o 22.',
      'Na dzień 22 lis 2026 UE miała na liście sankcyjnej 25 osób i podmiotów, a USA – 15. Od 1 sty 2025 liczba osób i podmiotów na liście sankcyjnej UE wzrosła o 25, a na liście USA spadła o 25.',
    ],
    divergence: [
      'USA i UE nie działały w przeciwnych kierunkach w żadnym z pokazanych lat: ani razu nie działały w tym samym roku.',
      'USA i UE działały w przeciwnych kierunkach w 1 z 1 roku, gdy obie strony podejmowały działania: 2001, przy czym UE zaostrzała sankcje, a USA je łagodziły.',
      'USA i UE działały w przeciwnych kierunkach w 2 z 2 lat, gdy obie strony podejmowały działania: 2001 i 2002, przy czym za każdym razem UE zaostrzała sankcje, a USA je łagodziły.',
      'USA i UE działały w przeciwnych kierunkach w 2 z 5 lat, gdy obie strony podejmowały działania: 2001 i 2002, przy czym za każdym razem UE zaostrzała sankcje, a USA je łagodziły.',
      'USA i UE działały w przeciwnych kierunkach w 2 z 11 lat, gdy obie strony podejmowały działania: 2001 i 2002, przy czym za każdym razem UE zaostrzała sankcje, a USA je łagodziły.',
      'USA i UE działały w przeciwnych kierunkach w 2 z 21 lat, gdy obie strony podejmowały działania: 2001 i 2002, przy czym za każdym razem UE zaostrzała sankcje, a USA je łagodziły.',
      'USA i UE działały w przeciwnych kierunkach w 2 z 22 lat, gdy obie strony podejmowały działania: 2001 i 2002, przy czym za każdym razem UE zaostrzała sankcje, a USA je łagodziły.',
      'USA i UE działały w przeciwnych kierunkach w 2 z 25 lat, gdy obie strony podejmowały działania: 2001 i 2002, przy czym za każdym razem UE zaostrzała sankcje, a USA je łagodziły.',
    ],
    onDate: [
      'Na dzień 1 sty 2020 UE miała na liście sankcyjnej 0 osób i podmiotów. Kanada nie nałożyła jeszcze żadnych środków.',
      'Na dzień 1 sty 2020 UE miała na liście sankcyjnej 1 osobę lub podmiot. Kanada nie nałożyła jeszcze żadnych środków.',
      'Na dzień 1 sty 2020 UE miała na liście sankcyjnej 2 osoby i podmioty. Kanada nie nałożyła jeszcze żadnych środków.',
      'Na dzień 1 sty 2020 UE miała na liście sankcyjnej 5 osób i podmiotów. Kanada nie nałożyła jeszcze żadnych środków.',
      'Na dzień 1 sty 2020 UE miała na liście sankcyjnej 11 osób i podmiotów. Kanada nie nałożyła jeszcze żadnych środków.',
      'Na dzień 1 sty 2020 UE miała na liście sankcyjnej 21 osób i podmiotów. Kanada nie nałożyła jeszcze żadnych środków.',
      'Na dzień 1 sty 2020 UE miała na liście sankcyjnej 22 osoby i podmioty. Kanada nie nałożyła jeszcze żadnych środków.',
      'Na dzień 1 sty 2020 UE miała na liście sankcyjnej 25 osób i podmiotów. Kanada nie nałożyła jeszcze żadnych środków.',
    ],
    days: ['0 dni', '1 dzień', '2 dni', '5 dni', '11 dni', '21 dni', '22 dni', '25 dni'],
    years: [
      '5 miesięcy',
      '1 rok i 5 miesięcy',
      '2 lata i 5 miesięcy',
      '5 lat i 5 miesięcy',
      '11 lat i 5 miesięcy',
      '21 lat i 5 miesięcy',
      '22 lata i 5 miesięcy',
      '25 lat i 5 miesięcy',
    ],
    others:
      'Od 1 sty 2025 do 22 lis 2026 Wielka Brytania zaostrzyła sankcje raz; Szwajcaria przedłużyła sankcje raz; Białoruś nie podjęła działań sankcyjnych.',
    nobody: 'Od 1 sty 2025 do 22 lis 2026 żadna z pokazanych stron nie podjęła działań sankcyjnych.',
    lists:
      'Na dzień 22 lis 2026 USA miały na liście sankcyjnej 21 osób i podmiotów. Od 1 sty 2025 liczba osób i podmiotów na liście sankcyjnej USA wzrosła o 1. Żadne źródło w danych nie podaje liczby osób i podmiotów na liście sankcyjnej Szwajcarii. Lista SDN OFAC na dzień 3 maj 2025 obejmowała 21 osób i podmiotów – o 1 więcej niż narastająca suma według rekordów.',
    peak: 'Na dzień 31 gru 2017 UE miała na liście sankcyjnej 4 osoby i podmioty. Od 1 sty 2010 liczba osób i podmiotów na liście sankcyjnej UE wzrosła z 0 do 270 na dzień 15 paź 2012, po czym spadła do 4.',
    quarters:
      'Wielka Brytania i Szwajcaria nie działały w przeciwnych kierunkach w żadnym z pokazanych kwartałów: ani razu nie działały w tym samym kwartale.',
    several: 'Na dzień 1 sty 2004: USA i UE nie nałożyły jeszcze żadnych środków.',
    gaps: [
      'na liście UE od 2 gru 2021 (z ulgą na mocy licencji); skreślenie z listy USA 4 lis 2025',
      'na liście USA od 2 gru 2021; nie odnotowano wpisu na listę Wielkiej Brytanii',
    ],
  },
  lt: {
    actions: [
      'Nuo 2025-01-01 iki 2026-11-22 JAV sušvelnino arba panaikino sankcijas 3 kartus; ES pratęsė sankcijas du kartus ir sugriežtino jas vieną kartą; Kanada nesiėmė jokių sankcijų veiksmų.',
      'Nuo 2025-01-01 iki 2026-11-22 JAV sušvelnino arba panaikino sankcijas 3 kartus ir sugriežtino jas vieną kartą; ES pratęsė sankcijas du kartus, sugriežtino jas vieną kartą ir sušvelnino arba panaikino jas vieną kartą; Kanada nesiėmė jokių sankcijų veiksmų.',
      'Nuo 2025-01-01 iki 2026-11-22 JAV sušvelnino arba panaikino sankcijas 3 kartus ir sugriežtino jas du kartus; ES pratęsė sankcijas du kartus, sušvelnino arba panaikino jas du kartus ir sugriežtino jas vieną kartą; Kanada nesiėmė jokių sankcijų veiksmų.',
      'Nuo 2025-01-01 iki 2026-11-22 JAV sugriežtino sankcijas 5 kartus ir sušvelnino arba panaikino jas 3 kartus; ES sušvelnino arba panaikino sankcijas 5 kartus, pratęsė jas du kartus ir sugriežtino jas vieną kartą; Kanada nesiėmė jokių sankcijų veiksmų.',
      'Nuo 2025-01-01 iki 2026-11-22 JAV sugriežtino sankcijas 11 kartų ir sušvelnino arba panaikino jas 3 kartus; ES sušvelnino arba panaikino sankcijas 11 kartų, pratęsė jas du kartus ir sugriežtino jas vieną kartą; Kanada nesiėmė jokių sankcijų veiksmų.',
      'Nuo 2025-01-01 iki 2026-11-22 JAV sugriežtino sankcijas 21 kartą ir sušvelnino arba panaikino jas 3 kartus; ES sušvelnino arba panaikino sankcijas 21 kartą, pratęsė jas du kartus ir sugriežtino jas vieną kartą; Kanada nesiėmė jokių sankcijų veiksmų.',
      'Nuo 2025-01-01 iki 2026-11-22 JAV sugriežtino sankcijas 22 kartus ir sušvelnino arba panaikino jas 3 kartus; ES sušvelnino arba panaikino sankcijas 22 kartus, pratęsė jas du kartus ir sugriežtino jas vieną kartą; Kanada nesiėmė jokių sankcijų veiksmų.',
      'Nuo 2025-01-01 iki 2026-11-22 JAV sugriežtino sankcijas 25 kartus ir sušvelnino arba panaikino jas 3 kartus; ES sušvelnino arba panaikino sankcijas 25 kartus, pratęsė jas du kartus ir sugriežtino jas vieną kartą; Kanada nesiėmė jokių sankcijų veiksmų.',
    ],
    inForce: [
      '2026-11-22 duomenimis ES sankcijų sąraše buvo 0 asmenų ir subjektų, o JAV – 40. Nuo 2025-01-01 ES sankcijų sąraše esančių asmenų ir subjektų skaičius nepasikeitė, o JAV sąraše nepasikeitė.',
      '2026-11-22 duomenimis ES sankcijų sąraše buvo 1 asmuo ar subjektas, o JAV – 39. Nuo 2025-01-01 ES sankcijų sąraše esančių asmenų ir subjektų skaičius padidėjo 1, o JAV sąraše sumažėjo 1.',
      '2026-11-22 duomenimis ES sankcijų sąraše buvo 2 asmenys ir subjektai, o JAV – 38. Nuo 2025-01-01 ES sankcijų sąraše esančių asmenų ir subjektų skaičius padidėjo 2, o JAV sąraše sumažėjo 2.',
      '2026-11-22 duomenimis ES sankcijų sąraše buvo 5 asmenys ir subjektai, o JAV – 35. Nuo 2025-01-01 ES sankcijų sąraše esančių asmenų ir subjektų skaičius padidėjo 5, o JAV sąraše sumažėjo 5.',
      '2026-11-22 duomenimis ES sankcijų sąraše buvo 11 asmenų ir subjektų, o JAV – 29. Nuo 2025-01-01 ES sankcijų sąraše esančių asmenų ir subjektų skaičius padidėjo 11, o JAV sąraše sumažėjo 11.',
      '2026-11-22 duomenimis ES sankcijų sąraše buvo 21 asmuo ar subjektas, o JAV – 19. Nuo 2025-01-01 ES sankcijų sąraše esančių asmenų ir subjektų skaičius padidėjo 21, o JAV sąraše sumažėjo 21.',
      '2026-11-22 duomenimis ES sankcijų sąraše buvo 22 asmenys ir subjektai, o JAV – 18. Nuo 2025-01-01 ES sankcijų sąraše esančių asmenų ir subjektų skaičius padidėjo 22, o JAV sąraše sumažėjo 22.',
      '2026-11-22 duomenimis ES sankcijų sąraše buvo 25 asmenys ir subjektai, o JAV – 15. Nuo 2025-01-01 ES sankcijų sąraše esančių asmenų ir subjektų skaičius padidėjo 25, o JAV sąraše sumažėjo 25.',
    ],
    divergence: [
      'JAV ir ES nė vienais rodomais metais neveikė priešingomis kryptimis: jos niekada nesiėmė veiksmų tais pačiais metais.',
      'JAV ir ES veikė priešingomis kryptimis 1 iš 1 metų, kai veiksmų ėmėsi abi šalys: 2001, ir ES griežtino sankcijas, o JAV jas švelnino.',
      'JAV ir ES veikė priešingomis kryptimis 2 iš 2 metų, kai veiksmų ėmėsi abi šalys: 2001 ir 2002, ir kiekvieną kartą ES griežtino sankcijas, o JAV jas švelnino.',
      'JAV ir ES veikė priešingomis kryptimis 2 iš 5 metų, kai veiksmų ėmėsi abi šalys: 2001 ir 2002, ir kiekvieną kartą ES griežtino sankcijas, o JAV jas švelnino.',
      'JAV ir ES veikė priešingomis kryptimis 2 iš 11 metų, kai veiksmų ėmėsi abi šalys: 2001 ir 2002, ir kiekvieną kartą ES griežtino sankcijas, o JAV jas švelnino.',
      'JAV ir ES veikė priešingomis kryptimis 2 iš 21 metų, kai veiksmų ėmėsi abi šalys: 2001 ir 2002, ir kiekvieną kartą ES griežtino sankcijas, o JAV jas švelnino.',
      'JAV ir ES veikė priešingomis kryptimis 2 iš 22 metų, kai veiksmų ėmėsi abi šalys: 2001 ir 2002, ir kiekvieną kartą ES griežtino sankcijas, o JAV jas švelnino.',
      'JAV ir ES veikė priešingomis kryptimis 2 iš 25 metų, kai veiksmų ėmėsi abi šalys: 2001 ir 2002, ir kiekvieną kartą ES griežtino sankcijas, o JAV jas švelnino.',
    ],
    onDate: [
      '2020-01-01 duomenimis ES sankcijų sąraše buvo 0 asmenų ir subjektų. Kanada dar neįvedė jokių priemonių.',
      '2020-01-01 duomenimis ES sankcijų sąraše buvo 1 asmuo ar subjektas. Kanada dar neįvedė jokių priemonių.',
      '2020-01-01 duomenimis ES sankcijų sąraše buvo 2 asmenys ir subjektai. Kanada dar neįvedė jokių priemonių.',
      '2020-01-01 duomenimis ES sankcijų sąraše buvo 5 asmenys ir subjektai. Kanada dar neįvedė jokių priemonių.',
      '2020-01-01 duomenimis ES sankcijų sąraše buvo 11 asmenų ir subjektų. Kanada dar neįvedė jokių priemonių.',
      '2020-01-01 duomenimis ES sankcijų sąraše buvo 21 asmuo ar subjektas. Kanada dar neįvedė jokių priemonių.',
      '2020-01-01 duomenimis ES sankcijų sąraše buvo 22 asmenys ir subjektai. Kanada dar neįvedė jokių priemonių.',
      '2020-01-01 duomenimis ES sankcijų sąraše buvo 25 asmenys ir subjektai. Kanada dar neįvedė jokių priemonių.',
    ],
    days: ['0 dienų', '1 diena', '2 dienos', '5 dienos', '11 dienų', '21 diena', '22 dienos', '25 dienos'],
    years: [
      '5 mėnesiai',
      '1 metai ir 5 mėnesiai',
      '2 metai ir 5 mėnesiai',
      '5 metai ir 5 mėnesiai',
      '11 metų ir 5 mėnesiai',
      '21 metai ir 5 mėnesiai',
      '22 metai ir 5 mėnesiai',
      '25 metai ir 5 mėnesiai',
    ],
    others:
      'Nuo 2025-01-01 iki 2026-11-22 Jungtinė Karalystė sugriežtino sankcijas vieną kartą; Šveicarija pratęsė sankcijas vieną kartą; Baltarusija nesiėmė jokių sankcijų veiksmų.',
    nobody: 'Nuo 2025-01-01 iki 2026-11-22 nė viena iš rodomų šalių nesiėmė sankcijų veiksmų.',
    lists:
      '2026-11-22 duomenimis JAV sankcijų sąraše buvo 21 asmuo ar subjektas. Nuo 2025-01-01 JAV sankcijų sąraše esančių asmenų ir subjektų skaičius padidėjo 1. Nė viename duomenų šaltinyje nenurodyta, kiek asmenų ir subjektų yra Šveicarijos sankcijų sąraše. OFAC SDN sąraše 2025-05-03 buvo 21 asmuo ar subjektas – 1 daugiau, nei rodo įrašų kaupiamoji suma.',
    peak: '2017-12-31 duomenimis ES sankcijų sąraše buvo 4 asmenys ir subjektai. Nuo 2010-01-01 ES sankcijų sąraše esančių asmenų ir subjektų skaičius išaugo nuo 0 iki 270 (2012-10-15), paskui sumažėjo iki 4.',
    quarters:
      'Jungtinė Karalystė ir Šveicarija nė viename rodomame ketvirtyje neveikė priešingomis kryptimis: jos niekada nesiėmė veiksmų tą patį ketvirtį.',
    several: '2004-01-01 duomenimis: JAV ir ES dar neįvedė jokių priemonių.',
    gaps: [
      'ES sąraše nuo 2021-12-02 (taikoma licencijos lengvata); išbraukimas iš JAV sąrašo 2025-11-04',
      'JAV sąraše nuo 2021-12-02; įtraukimas į Jungtinės Karalystės sąrašą neužfiksuotas',
    ],
  },
  de: {
    actions: [
      'Vom 1. Jan. 2025 bis zum 22. Nov. 2026 haben die USA Sanktionen 3-mal gelockert oder aufgehoben; die EU hat Sanktionen zweimal verlängert und einmal verschärft; Kanada hat keine Sanktionsmaßnahmen ergriffen.',
      'Vom 1. Jan. 2025 bis zum 22. Nov. 2026 haben die USA Sanktionen 3-mal gelockert oder aufgehoben und einmal verschärft; die EU hat Sanktionen zweimal verlängert, einmal verschärft und einmal gelockert oder aufgehoben; Kanada hat keine Sanktionsmaßnahmen ergriffen.',
      'Vom 1. Jan. 2025 bis zum 22. Nov. 2026 haben die USA Sanktionen 3-mal gelockert oder aufgehoben und zweimal verschärft; die EU hat Sanktionen zweimal verlängert, zweimal gelockert oder aufgehoben und einmal verschärft; Kanada hat keine Sanktionsmaßnahmen ergriffen.',
      'Vom 1. Jan. 2025 bis zum 22. Nov. 2026 haben die USA Sanktionen 5-mal verschärft und 3-mal gelockert oder aufgehoben; die EU hat Sanktionen 5-mal gelockert oder aufgehoben, zweimal verlängert und einmal verschärft; Kanada hat keine Sanktionsmaßnahmen ergriffen.',
      'Vom 1. Jan. 2025 bis zum 22. Nov. 2026 haben die USA Sanktionen 11-mal verschärft und 3-mal gelockert oder aufgehoben; die EU hat Sanktionen 11-mal gelockert oder aufgehoben, zweimal verlängert und einmal verschärft; Kanada hat keine Sanktionsmaßnahmen ergriffen.',
      'Vom 1. Jan. 2025 bis zum 22. Nov. 2026 haben die USA Sanktionen 21-mal verschärft und 3-mal gelockert oder aufgehoben; die EU hat Sanktionen 21-mal gelockert oder aufgehoben, zweimal verlängert und einmal verschärft; Kanada hat keine Sanktionsmaßnahmen ergriffen.',
      'Vom 1. Jan. 2025 bis zum 22. Nov. 2026 haben die USA Sanktionen 22-mal verschärft und 3-mal gelockert oder aufgehoben; die EU hat Sanktionen 22-mal gelockert oder aufgehoben, zweimal verlängert und einmal verschärft; Kanada hat keine Sanktionsmaßnahmen ergriffen.',
      'Vom 1. Jan. 2025 bis zum 22. Nov. 2026 haben die USA Sanktionen 25-mal verschärft und 3-mal gelockert oder aufgehoben; die EU hat Sanktionen 25-mal gelockert oder aufgehoben, zweimal verlängert und einmal verschärft; Kanada hat keine Sanktionsmaßnahmen ergriffen.',
    ],
    inForce: [
      'Am 22. Nov. 2026 hatte die EU 0 Personen und Organisationen gelistet und die USA 40. Seit dem 1. Jan. 2025 ist die Zahl der Listungen der EU unverändert geblieben und die der USA unverändert geblieben.',
      'Am 22. Nov. 2026 hatte die EU 1 Person oder Organisation gelistet und die USA 39. Seit dem 1. Jan. 2025 ist die Zahl der Listungen der EU um 1 gestiegen und die der USA um 1 gesunken.',
      'Am 22. Nov. 2026 hatte die EU 2 Personen und Organisationen gelistet und die USA 38. Seit dem 1. Jan. 2025 ist die Zahl der Listungen der EU um 2 gestiegen und die der USA um 2 gesunken.',
      'Am 22. Nov. 2026 hatte die EU 5 Personen und Organisationen gelistet und die USA 35. Seit dem 1. Jan. 2025 ist die Zahl der Listungen der EU um 5 gestiegen und die der USA um 5 gesunken.',
      'Am 22. Nov. 2026 hatte die EU 11 Personen und Organisationen gelistet und die USA 29. Seit dem 1. Jan. 2025 ist die Zahl der Listungen der EU um 11 gestiegen und die der USA um 11 gesunken.',
      'Am 22. Nov. 2026 hatte die EU 21 Personen und Organisationen gelistet und die USA 19. Seit dem 1. Jan. 2025 ist die Zahl der Listungen der EU um 21 gestiegen und die der USA um 21 gesunken.',
      'Am 22. Nov. 2026 hatte die EU 22 Personen und Organisationen gelistet und die USA 18. Seit dem 1. Jan. 2025 ist die Zahl der Listungen der EU um 22 gestiegen und die der USA um 22 gesunken.',
      'Am 22. Nov. 2026 hatte die EU 25 Personen und Organisationen gelistet und die USA 15. Seit dem 1. Jan. 2025 ist die Zahl der Listungen der EU um 25 gestiegen und die der USA um 25 gesunken.',
    ],
    divergence: [
      'Die USA und die EU haben in keinem gezeigten Jahr gegenläufig gehandelt: Sie waren nie im selben Jahr aktiv.',
      'Die USA und die EU haben in 1 von 1 Jahr, in dem beide aktiv waren, gegenläufig gehandelt: 2001, mit einer Verschärfung durch die EU und einer Lockerung durch die USA.',
      'Die USA und die EU haben in 2 von 2 Jahren, in denen beide aktiv waren, gegenläufig gehandelt: 2001 und 2002, jedes Mal mit einer Verschärfung durch die EU und einer Lockerung durch die USA.',
      'Die USA und die EU haben in 2 von 5 Jahren, in denen beide aktiv waren, gegenläufig gehandelt: 2001 und 2002, jedes Mal mit einer Verschärfung durch die EU und einer Lockerung durch die USA.',
      'Die USA und die EU haben in 2 von 11 Jahren, in denen beide aktiv waren, gegenläufig gehandelt: 2001 und 2002, jedes Mal mit einer Verschärfung durch die EU und einer Lockerung durch die USA.',
      'Die USA und die EU haben in 2 von 21 Jahren, in denen beide aktiv waren, gegenläufig gehandelt: 2001 und 2002, jedes Mal mit einer Verschärfung durch die EU und einer Lockerung durch die USA.',
      'Die USA und die EU haben in 2 von 22 Jahren, in denen beide aktiv waren, gegenläufig gehandelt: 2001 und 2002, jedes Mal mit einer Verschärfung durch die EU und einer Lockerung durch die USA.',
      'Die USA und die EU haben in 2 von 25 Jahren, in denen beide aktiv waren, gegenläufig gehandelt: 2001 und 2002, jedes Mal mit einer Verschärfung durch die EU und einer Lockerung durch die USA.',
    ],
    onDate: [
      'Am 1. Jan. 2020 hatte die EU 0 Personen und Organisationen gelistet. Kanada hatte noch keine Sanktionen verhängt.',
      'Am 1. Jan. 2020 hatte die EU 1 Person oder Organisation gelistet. Kanada hatte noch keine Sanktionen verhängt.',
      'Am 1. Jan. 2020 hatte die EU 2 Personen und Organisationen gelistet. Kanada hatte noch keine Sanktionen verhängt.',
      'Am 1. Jan. 2020 hatte die EU 5 Personen und Organisationen gelistet. Kanada hatte noch keine Sanktionen verhängt.',
      'Am 1. Jan. 2020 hatte die EU 11 Personen und Organisationen gelistet. Kanada hatte noch keine Sanktionen verhängt.',
      'Am 1. Jan. 2020 hatte die EU 21 Personen und Organisationen gelistet. Kanada hatte noch keine Sanktionen verhängt.',
      'Am 1. Jan. 2020 hatte die EU 22 Personen und Organisationen gelistet. Kanada hatte noch keine Sanktionen verhängt.',
      'Am 1. Jan. 2020 hatte die EU 25 Personen und Organisationen gelistet. Kanada hatte noch keine Sanktionen verhängt.',
    ],
    days: ['0 Tage', '1 Tag', '2 Tage', '5 Tage', '11 Tage', '21 Tage', '22 Tage', '25 Tage'],
    years: [
      '5 Monate',
      '1 Jahr und 5 Monate',
      '2 Jahre und 5 Monate',
      '5 Jahre und 5 Monate',
      '11 Jahre und 5 Monate',
      '21 Jahre und 5 Monate',
      '22 Jahre und 5 Monate',
      '25 Jahre und 5 Monate',
    ],
    others:
      'Vom 1. Jan. 2025 bis zum 22. Nov. 2026 hat das Vereinigte Königreich Sanktionen einmal verschärft; die Schweiz hat Sanktionen einmal verlängert; Belarus hat keine Sanktionsmaßnahmen ergriffen.',
    nobody:
      'Vom 1. Jan. 2025 bis zum 22. Nov. 2026 hat keiner der gezeigten Akteure Sanktionsmaßnahmen ergriffen.',
    lists:
      'Am 22. Nov. 2026 hatten die USA 21 Personen und Organisationen gelistet. Seit dem 1. Jan. 2025 ist die Zahl der Listungen der USA um 1 gestiegen. Keine Quelle in den Daten nennt die Zahl der Listungen der Schweiz. Am 3. Mai 2025 umfasste die SDN-Liste des OFAC 21 Personen und Organisationen – 1 mehr als die laufende Summe der Datensätze.',
    peak: 'Am 31. Dez. 2017 hatte die EU 4 Personen und Organisationen gelistet. Seit dem 1. Jan. 2010 ist die Zahl der Listungen der EU von 0 bis zum 15. Okt. 2012 auf 270 gestiegen und danach auf 4 gesunken.',
    quarters:
      'Das Vereinigte Königreich und die Schweiz haben in keinem gezeigten Quartal gegenläufig gehandelt: Sie waren nie im selben Quartal aktiv.',
    several: 'Am 1. Jan. 2004: Die USA und die EU hatten noch keine Sanktionen verhängt.',
    gaps: [
      'gelistet von der EU seit dem 2. Dez. 2021 (durch Lizenz gelockert); gestrichen von den USA am 4. Nov. 2025',
      'gelistet von den USA seit dem 2. Dez. 2021; keine Listung durch das Vereinigte Königreich verzeichnet',
    ],
  },
};

afterAll(() => setCatalogue('en', english));

describe('the generated sentences', () => {
  for (const locale of LOCALES)
    it(`read right in ${locale}, at counts ${COUNTS.join(', ')}`, () => {
      setCatalogue(locale, CATALOGUES[locale]);
      const made = Object.fromEntries(Object.entries(SENTENCES).map(([name, make]) => [name, make()]));
      expect(made).toEqual(EXPECTED[locale]);
    });
});
