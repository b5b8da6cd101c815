import { dataset } from '../src/data/dataset';
import { ACTION_META, ACTORS, ACTOR_META, OFFICIAL_SOURCE_KINDS } from '../src/data/ids';
import { publisherOf } from '../src/data/publishers';
import { datasetSchema, describeDatasetIssues, type SanctionsEvent } from '../src/data/schema';

/**
 * `npm run data:check`: validates the data module against the contract (exit 1 naming each bad
 * record and field), then prints per actor what the source policy and the issue tracker ask about:
 * records, official first source, reporting only, publishers by count, uncounted easing.
 */

const result = datasetSchema.safeParse(dataset);
if (!result.success) {
  console.error(`The dataset is invalid:\n  ${describeDatasetIssues(result.error, dataset).join('\n  ')}`);
  process.exit(1);
}
const { events, annotations, asOf } = result.data;

const official = (kind: string | undefined) => OFFICIAL_SOURCE_KINDS.some((k) => k === kind);
const percent = (part: number, whole: number) => (whole ? `${Math.round((100 * part) / whole)}%` : '–');
const isEasing = (e: SanctionsEvent) =>
  ACTION_META[e.action].direction === 'loosen' || e.action === 'reimpose';

console.log(`Dataset as of ${asOf}: ${events.length} actions, ${annotations.length} context annotations.\n`);

// Every year from the first record to the as-of year, so that empty years show as gaps.
const firstYear = Number(events.reduce((min, e) => (e.date < min ? e.date : min), asOf).slice(0, 4));
const years = Array.from({ length: Number(asOf.slice(0, 4)) - firstYear + 1 }, (_, i) =>
  String(firstYear + i),
);
console.log('Actions per actor per year');
console.log(['year', ...ACTORS.map((a) => ACTOR_META[a].short)].map((c) => c.padStart(5)).join(''));
for (const year of years) {
  const row = ACTORS.map((a) => events.filter((e) => e.actor === a && e.date.startsWith(year)).length);
  console.log([year, ...row.map(String)].map((c) => c.padStart(5)).join(''));
}

for (const actor of ACTORS) {
  const own = events.filter((e) => e.actor === actor);
  const firstOfficial = own.filter((e) => official(e.sources[0]?.kind));
  const reportingOnly = own.filter((e) => e.sources.every((s) => !official(s.kind)));
  const easing = own.filter(isEasing);
  const uncounted = easing.filter((e) => !e.delisted && !e.listed && !e.inForce);
  const publishers = new Map<string, number>();
  for (const s of own.flatMap((e) => e.sources)) {
    const name = publisherOf(s.url)?.name ?? `(unlisted) ${s.publisher}`;
    publishers.set(name, (publishers.get(name) ?? 0) + 1);
  }
  console.log(`\n${ACTOR_META[actor].label} (${actor}): ${own.length} records`);
  console.log(
    `  official first source: ${firstOfficial.length} (${percent(firstOfficial.length, own.length)})`,
  );
  console.log(
    `  reporting or analysis only: ${reportingOnly.length}${reportingOnly.length ? ` — ${reportingOnly.map((e) => e.id).join(', ')}` : ''}`,
  );
  console.log(
    `  easing, lifting and re-imposition records: ${easing.length}, with a count ${easing.length - uncounted.length}, count unknown ${uncounted.length}${uncounted.length ? ` — ${uncounted.map((e) => e.id).join(', ')}` : ''}`,
  );
  console.log(
    `  publishers: ${[...publishers]
      .sort((a, b) => b[1] - a[1])
      .map(([name, n]) => `${name} ${n}`)
      .join('; ')}`,
  );
}
