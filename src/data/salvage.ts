import { z } from 'zod/mini';
import {
  annotationSchema,
  datasetSchema,
  describeDatasetIssues,
  eventSchema,
  targetSchema,
  type Dataset,
} from './schema';

/** What salvaging a dataset left out: one line per record, naming it and what was wrong. */
export type Skipped = string[];

const shellSchema = z.looseObject({
  events: z.array(z.unknown()),
  annotations: z.array(z.unknown()),
  targets: z.array(z.unknown()),
});

function idOf(record: unknown): string {
  const id: unknown = typeof record === 'object' && record !== null ? Reflect.get(record, 'id') : undefined;
  return typeof id === 'string' ? id : 'a record without an id';
}

/** The collections whose records the contract checks one by one, and their schemas. */
const COLLECTIONS = { events: eventSchema, annotations: annotationSchema, targets: targetSchema } as const;
type Collection = keyof typeof COLLECTIONS;
const NAMES: readonly Collection[] = ['events', 'annotations', 'targets'];

/** How many rounds of leaving out what refers to a record left out, at most. */
const ROUNDS = 20;

/**
 * A dataset that breaks the contract in a few records, with those records left out: each record
 * is checked on its own, the ones that fail are dropped (and named); then the whole contract is
 * checked, links included, and a record that still fails it (one that refers to a record left
 * out, say) is left out and named in turn, until the rest stands. Undefined when the shell is
 * broken, when nothing was wrong, or when what fails is the dataset as a whole.
 */
export function salvageDataset(body: unknown): { dataset: Dataset; skipped: Skipped } | undefined {
  const shell = shellSchema.safeParse(body);
  if (!shell.success) return undefined;
  const skipped: Skipped = [];
  const lists: Record<Collection, unknown[]> = { events: [], annotations: [], targets: [] };
  for (const name of NAMES)
    lists[name] = shell.data[name].filter((record, i) => {
      const result = COLLECTIONS[name].safeParse(record);
      if (!result.success) {
        const [first] = describeDatasetIssues(result.error, record);
        skipped.push(`${name}[${i}] (${idOf(record)}): ${first?.replace(/^\(root\)\.?/, '') ?? 'invalid'}`);
      }
      return result.success;
    });
  if (!skipped.length) return undefined;
  for (let round = 0; round < ROUNDS; round++) {
    const candidate = { ...shell.data, ...lists };
    const result = datasetSchema.safeParse(candidate);
    if (result.success) return { dataset: result.data, skipped };
    // The records the remaining issues name, each left out with its first issue.
    const named = new Map<string, string>();
    for (const issue of result.error.issues) {
      const [name, index, ...rest] = issue.path;
      if (!(typeof name === 'string' && name in COLLECTIONS && typeof index === 'number')) return undefined;
      const key = `${name} ${index}`;
      if (!named.has(key)) named.set(key, `${rest.length ? `${rest.join('.')}: ` : ''}${issue.message}`);
    }
    for (const name of NAMES)
      lists[name] = lists[name].filter((record, i) => {
        const message = named.get(`${name} ${i}`);
        if (message) skipped.push(`${name} (${idOf(record)}): ${message}`);
        return message === undefined;
      });
  }
  return undefined;
}
