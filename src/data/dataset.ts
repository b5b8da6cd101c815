import { annotations } from './annotations';
import { changelog } from './changelog';
import { checkpoints } from './lists';
import { listChanges, listTargets } from './listTargets';
import { targets } from './targets';
import { euEvents2004to2019 } from './events/eu-2004-2019';
import { byEvents } from './events/by';
import { caEvents } from './events/ca';
import { chEvents } from './events/ch';
import { euEvents2020to2026 } from './events/eu-2020-2026';
import { usEvents2004to2019 } from './events/us-2004-2019';
import { ukEvents } from './events/uk';
import { usEvents2020to2026 } from './events/us-2020-2026';
import type { Dataset } from './schema';

/** The day the records were last checked against their sources. */
export const DATA_AS_OF = '2026-12-04';

/** The whole dataset as written in the data module, sorted by date; validate with `datasetSchema`. */
export const dataset = {
  version: changelog[0]?.version ?? '0.0.0',
  asOf: DATA_AS_OF,
  events: [
    ...usEvents2004to2019,
    ...usEvents2020to2026,
    ...euEvents2004to2019,
    ...euEvents2020to2026,
    ...ukEvents,
    ...caEvents,
    ...chEvents,
    ...byEvents,
  ].sort(byDate),
  annotations: [...annotations].sort(byDate),
  // The records' targets, with the changes the official lists add for them, and the lists' own.
  targets: [
    ...targets.map((t) =>
      listChanges[t.id] ? { ...t, history: [...t.history, ...(listChanges[t.id] ?? [])] } : t,
    ),
    ...listTargets,
  ].sort((a, b) => a.name.localeCompare(b.name)),
  checkpoints: [...checkpoints].sort(
    (a, b) => a.date.localeCompare(b.date) || a.actor.localeCompare(b.actor),
  ),
} satisfies Dataset;

function byDate(a: { date: string; id: string }, b: { date: string; id: string }): number {
  return a.date === b.date ? a.id.localeCompare(b.id) : a.date < b.date ? -1 : 1;
}
