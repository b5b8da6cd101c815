import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { z } from 'zod/mini';
import { dataset } from '../src/data/dataset';
import { listEntries } from '../src/data/listEntries';
import { eventSchema, listEntrySchema, targetSchema } from '../src/data/schema';
import { targets } from '../src/data/targets';
import { setCatalogue } from '../src/i18n/catalogue';
import { deriveListTargets } from '../src/selectors/listTargets';
import { catalogueOf } from './vite-messages-plugin';

// The notes the lists' targets carry are the dataset's, written in English.
setCatalogue('en', catalogueOf('en'));

/**
 * Rebuilds `src/data/listTargets.ts` from the listings read from the lists' copies
 * (`src/data/listEntries.ts`, written by `scripts/lists.ts`, which runs this after it), the
 * records' own targets and the action records: `tsx scripts/list-targets.ts`.
 */
function derive() {
  return deriveListTargets(
    z.array(listEntrySchema).parse(listEntries),
    z.array(targetSchema).parse(targets),
    z.array(eventSchema).parse(dataset.events),
  );
}

const FILE = 'src/data/listTargets.ts';
const { targets: derived, changes } = derive();
const source = `// Written by scripts/list-targets.ts from src/data/listEntries.ts (npm run lists); do not edit.
import type { TargetInput } from './schema';

/** The listings on the official lists' copies that no target of the records is: targets of their own. */
export const listTargets: TargetInput[] = ${JSON.stringify(derived)};

/** By target id: the changes the lists show for actors whose records do not name the target. */
export const listChanges: Record<string, TargetInput['history']> = ${JSON.stringify(changes)};
`;
writeFileSync(FILE, await format(source, { ...(await resolveConfig(FILE)), filepath: FILE }));
const seen = [...derived.flatMap((t) => t.history), ...Object.values(changes).flat()];
console.log(
  `${FILE}: ${derived.length} targets from the lists alone; ${Object.keys(changes).length} targets of the records given changes; ${seen.filter((c) => c.seen).length} changes seen in a list only, ${seen.filter((c) => c.event).length} linked to an action`,
);
