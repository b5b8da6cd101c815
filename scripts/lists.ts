import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { LISTS } from '../src/data/ids';
import type { ListEntryInput } from '../src/data/schema';

/**
 * Rebuilds `src/data/lists.ts` (the official lists' own counts, dated), `src/data/listEntries.ts`
 * (every listing) and then `src/data/listTargets.ts` (scripts/list-targets.ts) from dated copies of the
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
    entries: { type: 'string', default: 'src/data/listEntries.ts' },
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

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

const git = (dir: string, ...args: string[]) =>
  execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });

type Count = { persons: number; entities: number; other: number };

/** One listing on one list. */
type Entry = ListEntryInput;

const entries: Entry[] = [];

/** The names an SDN entry gives: its own, and each `a.k.a.` in its remarks. */
function sdnNames(name: string, remarks: string): string[] {
  const aliases = [...remarks.matchAll(/a\.k\.a\. '([^']+)'/g)].map((m) => m[1] ?? '');
  return [name, ...aliases].filter(Boolean);
}
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
  const seen = new Map<string, Entry>();
  commits.forEach(({ sha, time }, index) => {
    const day = new Date(time).toISOString().slice(0, 10);
    const present = new Set<string>();
    const text = git(dir, 'show', `${sha}:sdn.csv`);
    if (text.length < 100_000)
      throw new Error(`${sha}: sdn.csv is empty or cut short; pass an earlier --sdn-until`);
    const count: Count = { persons: 0, entities: 0, other: 0 };
    for (const line of text.split(/\r?\n/)) {
      if (!line.includes('BELARUS')) continue;
      const fields = csvLine(line);
      const [id = '', name = '', type = '', program = ''] = fields;
      const programs = program.split(/\]\s*\[/).map((p) => p.replace(/[[\]]/g, '').trim());
      if (!programs.some((p) => SDN_BELARUS.has(p))) continue;
      present.add(id);
      const remarks = fields[11] ?? '';
      const born = /DOB ([^;.]+)/.exec(remarks)?.[1];
      const entry: Entry = {
        list: 'us-sdn',
        id,
        kind: type === 'individual' ? 'person' : type === 'aircraft' || type === 'vessel' ? type : 'entity',
        names: sdnNames(name, remarks),
        ...(born && { born }),
        since: seen.get(id)?.since ?? day,
        sinceIs: seen.get(id)?.sinceIs ?? (index === 0 ? 'on-first-copy' : 'first-seen'),
      };
      seen.set(id, entry);
      if (type === 'individual') count.persons++;
      else if (type === 'aircraft' || type === 'vessel') count.other++;
      else count.entities++;
    }
    for (const [id, entry] of seen) if (!present.has(id) && !entry.until) entry.until = day;
    const key = JSON.stringify(count);
    if (index === commits.length - 1) entries.push(...seen.values());
    if (key === last && index < commits.length - 1) return;
    last = key;
    out.push({
      actor: 'us',
      list: 'the OFAC SDN list',
      date: day,
      ...count,
      sources: [
        {
          url: 'https://ofac.treasury.gov/specially-designated-nationals-and-blocked-persons-list-sdn-human-readable-lists',
          title: `Specially Designated Nationals and Blocked Persons List (SDN), as published on ${day}: entries under its Belarus programs (BELARUS, BELARUS-EO14038)`,
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
  const iso = (dmy = '') => {
    const [d, m, y] = dmy.split('/');
    return `${y}-${m}-${d}`;
  };
  const table = (file: string) => {
    const [columns = [], ...lines] = git(dir, 'show', `HEAD:${file}`).trim().split(/\r?\n/).map(csvLine);
    return lines.map((line) => Object.fromEntries(columns.map((c, i) => [c, line[i] ?? ''])));
  };
  const names = groupBy(
    table('subject_names.csv').filter((n) => n.unique_id?.startsWith('BEL')),
    (n) => n.unique_id ?? '',
  );
  const births = groupBy(
    table('subject_dobs.csv').filter((n) => n.unique_id?.startsWith('BEL')),
    (n) => n.unique_id ?? '',
  );
  let date = '';
  for (const row of rows) {
    if (iso(row[updated]) > date) date = iso(row[updated]);
    const own = row[id] ?? '';
    if (!own.startsWith('BEL')) continue;
    const born = births.get(own)?.[0];
    entries.push({
      list: 'uk-list',
      id: own,
      kind: row[type] === 'individual' ? 'person' : row[type] === 'ship' ? 'vessel' : 'entity',
      names: [
        ...new Set(
          (names.get(own) ?? [])
            .sort((a, b) => Number(b.name_type === 'primary') - Number(a.name_type === 'primary'))
            .map((n) => n.full_name ?? '')
            .filter(Boolean),
        ),
      ],
      ...(born?.year && { born: [born.day, born.month, born.year].filter(Boolean).join('/') }),
      since: iso(row[column('date_designated')]),
      sinceIs: 'designated',
    });
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
  const at = (row: string[], name: string) => row[head.indexOf(name)] ?? '';
  for (const row of rows) {
    if (row[programme ?? -1] !== 'BLR') continue;
    seen.set(row[id ?? -1] ?? '', row[type ?? -1] ?? '');
    const born = at(row, 'Birt_date');
    entries.push({
      list: 'eu-fsf',
      id: at(row, 'EU_ref_num') || (row[id ?? -1] ?? ''),
      kind: at(row, 'Subject_type') === 'P' ? 'person' : 'entity',
      names: [at(row, 'Naal_wholename')],
      ...(born && born !== 'NA' && { born }),
      since: at(row, 'Leba_publication_date'),
      sinceIs: 'latest-act',
    });
  }
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

const HEADER =
  '// Written by scripts/lists.ts from dated copies of the official lists (npm run lists); do not edit.';
const write = async (file: string, source: string) =>
  writeFileSync(file, await format(source, { ...(await resolveConfig(file)), filepath: file }));
await write(
  values.out,
  `${HEADER}
import type { CheckpointInput } from './schema';

/** The official lists' own counts of each actor's Belarus-regime listings, one per dated copy. */
export const checkpoints: CheckpointInput[] = ${JSON.stringify(checkpoints)};
`,
);
entries.sort(
  (a, b) =>
    LISTS.indexOf(a.list) - LISTS.indexOf(b.list) ||
    a.since.localeCompare(b.since) ||
    a.id.localeCompare(b.id),
);
await write(
  values.entries,
  `${HEADER}
import type { ListEntryInput } from './schema';

/** Every listing under a Belarus regime on the official lists' dated copies (see DATA.md). */
export const listEntries: ListEntryInput[] = ${JSON.stringify(entries)};
`,
);
console.log(`${values.entries}: ${entries.length} listings`);
console.log(`${values.out}: ${checkpoints.length} counts`);
for (const c of checkpoints)
  console.log(`  ${c.actor} ${c.date}: ${c.persons} persons, ${c.entities} entities`);
// The targets the lists add are derived from the entries just written: a fresh process reads them.
execFileSync('npx', ['tsx', 'scripts/list-targets.ts'], { stdio: 'inherit' });
