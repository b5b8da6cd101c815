import { dataset } from '../src/data/dataset';
import { ACTORS, ACTOR_META } from '../src/data/ids';
import { datasetSchema, describeDatasetIssues, type SanctionsEvent } from '../src/data/schema';

/**
 * `npm run data:check`: validates the data module against the contract (exit 1 naming each bad
 * record and field), then prints a coverage summary so that gaps are visible at a glance.
 */

const result = datasetSchema.safeParse(dataset);
if (!result.success) {
  console.error(`The dataset is invalid:\n  ${describeDatasetIssues(result.error, dataset).join('\n  ')}`);
  process.exit(1);
}
const { events, annotations, asOf } = result.data;

const primaryFirst = (e: SanctionsEvent) => e.sources[0]?.kind === 'act' || e.sources[0]?.kind === 'official';
const hasCount = (e: SanctionsEvent) => Boolean(e.listed ?? e.delisted ?? e.inForce);
const percent = (part: number, whole: number) => (whole ? `${Math.round((100 * part) / whole)}%` : '–');

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

console.log('\nPer actor: actions, primary source first, with counts, with an official in-force total');
for (const actor of ACTORS) {
  const own = events.filter((e) => e.actor === actor);
  console.log(
    `  ${ACTOR_META[actor].short.padEnd(3)} ${String(own.length).padStart(4)} actions · primary first ${percent(own.filter(primaryFirst).length, own.length)} · counts ${percent(own.filter(hasCount).length, own.length)} · in-force totals ${own.filter((e) => e.inForce).length}`,
  );
}

const reportOnly = events.filter((e) => e.sources.every((s) => s.kind === 'reporting' || s.kind === 'analysis'));
console.log(`\nActions cited by reporting only (${reportOnly.length}):`);
for (const e of reportOnly) console.log(`  ${e.id}`);

const listingWithoutCount = events.filter(
  (e) => (e.action === 'expand' || e.action === 'impose') && e.measures.includes('assets') && !hasCount(e),
);
console.log(
  `\nListing actions (asset freezes imposed or expanded) without any count (${listingWithoutCount.length}):`,
);
for (const e of listingWithoutCount) console.log(`  ${e.id}`);
