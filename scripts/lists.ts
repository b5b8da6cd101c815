import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';

/**
 * Rebuilds `src/data/lists.ts` (the official lists' own counts, dated) from dated copies of the
 * lists kept in git repositories, so that a maintainer with newer copies can run it again:
 *
 *   npm run lists -- --sdn <owner/name>=<git dir> --uk <owner/name>=<git dir> --eu <owner/name>=<git dir>
 *
 * each the GitHub repository a copy is published in (its address is cited) and a local clone of it: *
 * - `--sdn`: a repository whose history captures OFAC's `sdn.csv` (one commit per change), e.g.
 *   github.com/jackdwyer/specially-designated-nationals-list; every commit up to `--sdn-until`.
 * - `--uk`: a copy of the UK Sanctions List as `subjects.csv` (github.com/covyr/uk-sanctions-list).
 * - `--eu`: the EU's financial sanctions file merged with its travel bans as
 *   `data_i_created/merged_dataset.csv` (github.com/simonabisiani/EU-sanctions-tracker).
 *
 * The raw copies are not committed; each count cites the list and the copy (its commit).
 */
const { values } = parseArgs({
  options: {
    sdn: { type: 'string' },
    'sdn-until': { type: 'string', default: 'a5ec3c5' },
    uk: { type: 'string' },
    eu: { type: 'string' },
    out: { type: 'string', default: 'src/data/lists.ts' },
  },
});
/** A copy: its GitHub repository (`owner/name`) and a local clone with its history. */
type Copy = { repo: string; dir: string };
function copyOf(arg: string | undefined): Copy {
  const [repo, dir] = (arg ?? '').split('=');
  if (!repo || !dir || !/^[\w.-]+\/[\w.-]+$/.test(repo)) {
    console.error(
      'usage: npm run lists -- --sdn <owner/name>=<git dir> --uk <owner/name>=<git dir> --eu <owner/name>=<git dir>',
    );
    process.exit(2);
  }
  return { repo, dir };
}

/** One field per comma, double quotes around a field and doubled inside it (RFC 4180, one line). */
export function csvLine(line: string): string[] {
  const fields: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let value = '';
      let j = i + 1;
      while (j < line.length) {
        if (line[j] === '"' && line[j + 1] === '"') {
          value += '"';
          j += 2;
        } else if (line[j] === '"') break;
        else value += line.charAt(j++);
      }
      fields.push(value);
      i = j + 2;
    } else {
      const end = line.indexOf(',', i) < 0 ? line.length : line.indexOf(',', i);
      fields.push(line.slice(i, end).trim());
      i = end + 1;
    }
  }
  return fields;
}

const git = (dir: string, ...args: string[]) =>
  execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });

type Count = { persons: number; entities: number; other: number };
type Checkpoint = Count & { actor: string; list: string; date: string; sources: object[] };

/** The SDN's program tags of the Belarus regime (E.O. 13405 and E.O. 14038, first tagged BELARUS-EO). */
const SDN_BELARUS = new Set(['BELARUS', 'BELARUS-EO', 'BELARUS-EO14038']);

/** A count per capture of the SDN list, kept where the Belarus count changed, and the last capture. */
function sdnCheckpoints({ repo, dir }: Copy, until: string): Checkpoint[] {
  const commits = git(dir, 'log', '--reverse', '--format=%H %cI', until, '--', 'sdn.csv')
    .trim()
    .split('\n')
    .map((line) => {
      const [sha = '', time = ''] = line.split(' ');
      return { sha, time };
    });
  const out: Checkpoint[] = [];
  let last = '';
  commits.forEach(({ sha, time }, index) => {
    const text = git(dir, 'show', `${sha}:sdn.csv`);
    if (text.length < 100_000)
      throw new Error(`${sha}: sdn.csv is empty or cut short; pass an earlier --sdn-until`);
    const count: Count = { persons: 0, entities: 0, other: 0 };
    for (const line of text.split(/\r?\n/)) {
      if (!line.includes('BELARUS')) continue;
      const [, , type = '', program = ''] = csvLine(line);
      const programs = program.split(/\]\s*\[/).map((p) => p.replace(/[[\]]/g, '').trim());
      if (!programs.some((p) => SDN_BELARUS.has(p))) continue;
      if (type === 'individual') count.persons++;
      else if (type === 'aircraft' || type === 'vessel') count.other++;
      else count.entities++;
    }
    const key = JSON.stringify(count);
    if (key === last && index < commits.length - 1) return;
    last = key;
    const date = new Date(time).toISOString().slice(0, 10);
    out.push({
      actor: 'us',
      list: 'the OFAC SDN list',
      date,
      ...count,
      sources: [
        {
          url: 'https://ofac.treasury.gov/specially-designated-nationals-and-blocked-persons-list-sdn-human-readable-lists',
          title: `Specially Designated Nationals and Blocked Persons List (SDN), as published on ${date}: entries under its Belarus programs (BELARUS, BELARUS-EO14038)`,
          publisher: 'Office of Foreign Assets Control',
          kind: 'official',
        },
        {
          url: `https://github.com/${repo}/blob/${sha}/sdn.csv`,
          title: `sdn.csv captured ${time}`,
          publisher: 'GitHub',
          kind: 'official',
        },
      ],
    });
  });
  return out;
}

/** The UK Sanctions List's Belarus-regime designations (ids `BEL…`), dated by its latest update. */
function ukCheckpoint({ repo, dir }: Copy): Checkpoint {
  const sha = git(dir, 'rev-parse', 'HEAD').trim();
  const [head = [], ...rows] = git(dir, 'show', 'HEAD:subjects.csv').trim().split(/\r?\n/).map(csvLine);
  const column = (name: string) => head.indexOf(name);
  const [id, type, updated] = [column('unique_id'), column('subject_type'), column('last_updated')];
  const count: Count = { persons: 0, entities: 0, other: 0 };
  let date = '';
  for (const row of rows) {
    const [d, m, y] = (row[updated] ?? '').split('/');
    if (`${y}-${m}-${d}` > date) date = `${y}-${m}-${d}`;
    if (!row[id]?.startsWith('BEL')) continue;
    if (row[type] === 'individual') count.persons++;
    else if (row[type] === 'entity') count.entities++;
    else count.other++;
  }
  return {
    actor: 'uk',
    list: 'the UK Sanctions List',
    date,
    ...count,
    sources: [
      {
        url: 'https://www.gov.uk/government/publications/the-uk-sanctions-list',
        title: `UK Sanctions List, as last updated on ${date}: designations under the Republic of Belarus (Sanctions) (EU Exit) Regulations 2019`,
        publisher: 'UK Government (GOV.UK)',
        kind: 'official',
      },
      {
        url: `https://github.com/${repo}/blob/${sha}/subjects.csv`,
        title: `subjects.csv of the UK Sanctions List, updated to ${date}`,
        publisher: 'GitHub',
        kind: 'official',
      },
    ],
  };
}

/** The EU's Belarus-regime listings (programme BLR) in its financial sanctions file of 13 September 2022. */
function euCheckpoint({ repo, dir }: Copy): Checkpoint {
  const sha = git(dir, 'rev-parse', 'HEAD').trim();
  const path = 'data_i_created/merged_dataset.csv';
  const [head = [], ...rows] = git(dir, 'show', `HEAD:${path}`).trim().split(/\r?\n/).map(csvLine);
  const [programme, type, id] = ['Programme', 'Subject_type', 'Entity_logical_id...2'].map((n) =>
    head.indexOf(n),
  );
  const seen = new Map<string, string>();
  for (const row of rows)
    if (row[programme ?? -1] === 'BLR') seen.set(row[id ?? -1] ?? '', row[type ?? -1] ?? '');
  const kinds = [...seen.values()];
  const date = '2022-09-13';
  return {
    actor: 'eu',
    list: 'the EU consolidated list',
    date,
    persons: kinds.filter((k) => k === 'P').length,
    entities: kinds.filter((k) => k === 'E').length,
    other: kinds.filter((k) => k !== 'P' && k !== 'E').length,
    sources: [
      {
        url: 'https://webgate.ec.europa.eu/fsd/fsf',
        title: `Consolidated list of persons, groups and entities subject to EU financial sanctions, file of ${date}: programme BLR`,
        publisher: 'European Commission',
        kind: 'official',
      },
      {
        url: `https://github.com/${repo}/blob/${sha}/${path}`,
        title: `The financial sanctions file of ${date} merged with the EU travel-ban list`,
        publisher: 'GitHub',
        kind: 'official',
      },
    ],
  };
}

const checkpoints = [
  ...sdnCheckpoints(copyOf(values.sdn), values['sdn-until']),
  euCheckpoint(copyOf(values.eu)),
  ukCheckpoint(copyOf(values.uk)),
].map(({ other, ...rest }) => (other ? { ...rest, other } : rest));

const source = `// Written by scripts/lists.ts from dated copies of the official lists (npm run lists); do not edit.
import type { CheckpointInput } from './schema';

/** The official lists' own counts of each actor's Belarus-regime listings, one per dated copy. */
export const checkpoints: CheckpointInput[] = ${JSON.stringify(checkpoints)};
`;
writeFileSync(
  values.out,
  await format(source, { ...(await resolveConfig(values.out)), filepath: values.out }),
);
console.log(`${values.out}: ${checkpoints.length} counts`);
for (const c of checkpoints)
  console.log(`  ${c.actor} ${c.date}: ${c.persons} persons, ${c.entities} entities`);
