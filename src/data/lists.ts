// Written by scripts/lists.ts from dated copies of the official lists (npm run lists); do not edit.
import type { CheckpointInput } from './schema';

/** The official lists' own counts of each actor's Belarus-regime listings, one per dated copy. */
export const checkpoints: CheckpointInput[] = [
  {
    actor: 'us',
    list: 'the OFAC SDN list',
    date: '2021-08-18',
    persons: 64,
    entities: 39,
    sources: [
      {
        url: 'https://ofac.treasury.gov/specially-designated-nationals-and-blocked-persons-list-sdn-human-readable-lists',
        title:
          'Specially Designated Nationals and Blocked Persons List (SDN), as published on 2021-08-18: entries under its Belarus programs (BELARUS, BELARUS-EO14038)',
        publisher: 'Office of Foreign Assets Control',
        kind: 'official',
      },
      {
        url: 'https://github.com/jackdwyer/specially-designated-nationals-list/blob/f2dad1131427af12ee92e86ef28d3e73c1b91a54/sdn.csv',
        title: 'sdn.csv captured 2021-08-18T09:39:01+00:00',
        publisher: 'GitHub',
        kind: 'official',
      },
    ],
  },
  {
    actor: 'us',
    list: 'the OFAC SDN list',
    date: '2021-12-02',
    persons: 84,
    entities: 51,
    sources: [
      {
        url: 'https://ofac.treasury.gov/specially-designated-nationals-and-blocked-persons-list-sdn-human-readable-lists',
        title:
          'Specially Designated Nationals and Blocked Persons List (SDN), as published on 2021-12-02: entries under its Belarus programs (BELARUS, BELARUS-EO14038)',
        publisher: 'Office of Foreign Assets Control',
        kind: 'official',
      },
      {
        url: 'https://github.com/jackdwyer/specially-designated-nationals-list/blob/731c13c03557f68efbfd3cba4ca616afdac9f4cd/sdn.csv',
        title: 'sdn.csv captured 2021-12-02T18:50:23+00:00',
        publisher: 'GitHub',
        kind: 'official',
      },
    ],
    other: 3,
  },
  {
    actor: 'us',
    list: 'the OFAC SDN list',
    date: '2022-02-25',
    persons: 92,
    entities: 67,
    sources: [
      {
        url: 'https://ofac.treasury.gov/specially-designated-nationals-and-blocked-persons-list-sdn-human-readable-lists',
        title:
          'Specially Designated Nationals and Blocked Persons List (SDN), as published on 2022-02-25: entries under its Belarus programs (BELARUS, BELARUS-EO14038)',
        publisher: 'Office of Foreign Assets Control',
        kind: 'official',
      },
      {
        url: 'https://github.com/jackdwyer/specially-designated-nationals-list/blob/714f0bc9d3f055810d76bf9ce15bf5969bb91690/sdn.csv',
        title: 'sdn.csv captured 2022-02-25T01:50:29+00:00',
        publisher: 'GitHub',
        kind: 'official',
      },
    ],
    other: 3,
  },
  {
    actor: 'us',
    list: 'the OFAC SDN list',
    date: '2022-03-15',
    persons: 93,
    entities: 67,
    sources: [
      {
        url: 'https://ofac.treasury.gov/specially-designated-nationals-and-blocked-persons-list-sdn-human-readable-lists',
        title:
          'Specially Designated Nationals and Blocked Persons List (SDN), as published on 2022-03-15: entries under its Belarus programs (BELARUS, BELARUS-EO14038)',
        publisher: 'Office of Foreign Assets Control',
        kind: 'official',
      },
      {
        url: 'https://github.com/jackdwyer/specially-designated-nationals-list/blob/0f509803023a839e56491481d747d061ae68b0c5/sdn.csv',
        title: 'sdn.csv captured 2022-03-15T18:47:54+00:00',
        publisher: 'GitHub',
        kind: 'official',
      },
    ],
    other: 3,
  },
  {
    actor: 'us',
    list: 'the OFAC SDN list',
    date: '2022-09-30',
    persons: 93,
    entities: 68,
    sources: [
      {
        url: 'https://ofac.treasury.gov/specially-designated-nationals-and-blocked-persons-list-sdn-human-readable-lists',
        title:
          'Specially Designated Nationals and Blocked Persons List (SDN), as published on 2022-09-30: entries under its Belarus programs (BELARUS, BELARUS-EO14038)',
        publisher: 'Office of Foreign Assets Control',
        kind: 'official',
      },
      {
        url: 'https://github.com/jackdwyer/specially-designated-nationals-list/blob/2e211c149052e512bcc047d3292c0c1b4c35e605/sdn.csv',
        title: 'sdn.csv captured 2022-09-30T18:59:37+00:00',
        publisher: 'GitHub',
        kind: 'official',
      },
    ],
    other: 3,
  },
  {
    actor: 'us',
    list: 'the OFAC SDN list',
    date: '2023-02-24',
    persons: 94,
    entities: 69,
    sources: [
      {
        url: 'https://ofac.treasury.gov/specially-designated-nationals-and-blocked-persons-list-sdn-human-readable-lists',
        title:
          'Specially Designated Nationals and Blocked Persons List (SDN), as published on 2023-02-24: entries under its Belarus programs (BELARUS, BELARUS-EO14038)',
        publisher: 'Office of Foreign Assets Control',
        kind: 'official',
      },
      {
        url: 'https://github.com/jackdwyer/specially-designated-nationals-list/blob/aa63c562aa5d23bb35362801c22e08e457803920/sdn.csv',
        title: 'sdn.csv captured 2023-02-24T18:45:46+00:00',
        publisher: 'GitHub',
        kind: 'official',
      },
    ],
    other: 3,
  },
  {
    actor: 'us',
    list: 'the OFAC SDN list',
    date: '2023-03-24',
    persons: 103,
    entities: 71,
    sources: [
      {
        url: 'https://ofac.treasury.gov/specially-designated-nationals-and-blocked-persons-list-sdn-human-readable-lists',
        title:
          'Specially Designated Nationals and Blocked Persons List (SDN), as published on 2023-03-24: entries under its Belarus programs (BELARUS, BELARUS-EO14038)',
        publisher: 'Office of Foreign Assets Control',
        kind: 'official',
      },
      {
        url: 'https://github.com/jackdwyer/specially-designated-nationals-list/blob/aacf9039d4bfa53464b724fa8220e08e97bbd260/sdn.csv',
        title: 'sdn.csv captured 2023-03-24T18:43:29+00:00',
        publisher: 'GitHub',
        kind: 'official',
      },
    ],
    other: 4,
  },
  {
    actor: 'us',
    list: 'the OFAC SDN list',
    date: '2023-08-09',
    persons: 111,
    entities: 76,
    sources: [
      {
        url: 'https://ofac.treasury.gov/specially-designated-nationals-and-blocked-persons-list-sdn-human-readable-lists',
        title:
          'Specially Designated Nationals and Blocked Persons List (SDN), as published on 2023-08-09: entries under its Belarus programs (BELARUS, BELARUS-EO14038)',
        publisher: 'Office of Foreign Assets Control',
        kind: 'official',
      },
      {
        url: 'https://github.com/jackdwyer/specially-designated-nationals-list/blob/5fa83e1042680de3f01ef5a4ec6d646ae5b147ea/sdn.csv',
        title: 'sdn.csv captured 2023-08-09T18:43:27+00:00',
        publisher: 'GitHub',
        kind: 'official',
      },
    ],
    other: 5,
  },
  {
    actor: 'us',
    list: 'the OFAC SDN list',
    date: '2023-12-05',
    persons: 118,
    entities: 87,
    sources: [
      {
        url: 'https://ofac.treasury.gov/specially-designated-nationals-and-blocked-persons-list-sdn-human-readable-lists',
        title:
          'Specially Designated Nationals and Blocked Persons List (SDN), as published on 2023-12-05: entries under its Belarus programs (BELARUS, BELARUS-EO14038)',
        publisher: 'Office of Foreign Assets Control',
        kind: 'official',
      },
      {
        url: 'https://github.com/jackdwyer/specially-designated-nationals-list/blob/bed2ed8032bed96b0c7b5f8058c085352752604e/sdn.csv',
        title: 'sdn.csv captured 2023-12-05T18:43:29+00:00',
        publisher: 'GitHub',
        kind: 'official',
      },
    ],
    other: 5,
  },
  {
    actor: 'us',
    list: 'the OFAC SDN list',
    date: '2024-04-15',
    persons: 128,
    entities: 99,
    sources: [
      {
        url: 'https://ofac.treasury.gov/specially-designated-nationals-and-blocked-persons-list-sdn-human-readable-lists',
        title:
          'Specially Designated Nationals and Blocked Persons List (SDN), as published on 2024-04-15: entries under its Belarus programs (BELARUS, BELARUS-EO14038)',
        publisher: 'Office of Foreign Assets Control',
        kind: 'official',
      },
      {
        url: 'https://github.com/jackdwyer/specially-designated-nationals-list/blob/55ef02bfabe485eb6be44fa434e7b064cf485b9f/sdn.csv',
        title: 'sdn.csv captured 2024-04-15T18:43:28+00:00',
        publisher: 'GitHub',
        kind: 'official',
      },
    ],
    other: 5,
  },
  {
    actor: 'us',
    list: 'the OFAC SDN list',
    date: '2024-05-03',
    persons: 128,
    entities: 99,
    sources: [
      {
        url: 'https://ofac.treasury.gov/specially-designated-nationals-and-blocked-persons-list-sdn-human-readable-lists',
        title:
          'Specially Designated Nationals and Blocked Persons List (SDN), as published on 2024-05-03: entries under its Belarus programs (BELARUS, BELARUS-EO14038)',
        publisher: 'Office of Foreign Assets Control',
        kind: 'official',
      },
      {
        url: 'https://github.com/jackdwyer/specially-designated-nationals-list/blob/a5ec3c5ee4aae1b36ba24897a051787ea5429d30/sdn.csv',
        title: 'sdn.csv captured 2024-05-03T18:43:23+00:00',
        publisher: 'GitHub',
        kind: 'official',
      },
    ],
    other: 5,
  },
  {
    actor: 'eu',
    list: 'the EU consolidated list',
    date: '2022-09-13',
    persons: 195,
    entities: 34,
    sources: [
      {
        url: 'https://webgate.ec.europa.eu/fsd/fsf',
        title:
          'Consolidated list of persons, groups and entities subject to EU financial sanctions, file of 2022-09-13: programme BLR',
        publisher: 'European Commission',
        kind: 'official',
      },
      {
        url: 'https://github.com/simonabisiani/EU-sanctions-tracker/blob/282e611fd782903909429b015bf01086a8238e9a/data_i_created/merged_dataset.csv',
        title: 'The financial sanctions file of 2022-09-13 merged with the EU travel-ban list',
        publisher: 'GitHub',
        kind: 'official',
      },
    ],
  },
  {
    actor: 'uk',
    list: 'the UK Sanctions List',
    date: '2026-04-29',
    persons: 135,
    entities: 32,
    sources: [
      {
        url: 'https://www.gov.uk/government/publications/the-uk-sanctions-list',
        title:
          'UK Sanctions List, as last updated on 2026-04-29: designations under the Republic of Belarus (Sanctions) (EU Exit) Regulations 2019',
        publisher: 'UK Government (GOV.UK)',
        kind: 'official',
      },
      {
        url: 'https://github.com/covyr/uk-sanctions-list/blob/ec7a4638f2cb51048f579512cc874c0aec6c3f2a/subjects.csv',
        title: 'subjects.csv of the UK Sanctions List, updated to 2026-04-29',
        publisher: 'GitHub',
        kind: 'official',
      },
    ],
  },
];
