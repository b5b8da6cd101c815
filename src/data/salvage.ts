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

/**
 * A dataset that breaks the contract in a few records, with those records left out: each record
 * is checked on its own, the ones that fail are dropped (and named), and the rest must then pass
 * the whole contract, links included. Undefined when the rest does not stand on its own (a broken
 * shell, or records that point at dropped ones): then nothing is shown.
 */
export function salvageDataset(body: unknown): { dataset: Dataset; skipped: Skipped } | undefined {
  const shell = shellSchema.safeParse(body);
  if (!shell.success) return undefined;
  const skipped: Skipped = [];
  const keep = <T>(list: readonly unknown[], schema: z.ZodMiniType<T>, name: string): unknown[] =>
    list.filter((record, i) => {
      const result = schema.safeParse(record);
      if (!result.success) {
        const [first] = describeDatasetIssues(result.error, record);
        skipped.push(`${name}[${i}] (${idOf(record)}): ${first?.replace(/^\(root\)\.?/, '') ?? 'invalid'}`);
      }
      return result.success;
    });
  const pruned = {
    ...shell.data,
    events: keep(shell.data.events, eventSchema, 'events'),
    annotations: keep(shell.data.annotations, annotationSchema, 'annotations'),
    targets: keep(shell.data.targets, targetSchema, 'targets'),
  };
  if (!skipped.length) return undefined;
  const result = datasetSchema.safeParse(pruned);
  return result.success ? { dataset: result.data, skipped } : undefined;
}
