import type { Annotation, Dataset, SanctionsEvent } from '../src/data/schema';

let serial = 0;

/** A valid event; pass only the fields a test is about. */
export function makeEvent(fields: Partial<SanctionsEvent> = {}): SanctionsEvent {
  serial += 1;
  const actor = fields.actor ?? 'us';
  const date = fields.date ?? '2021-06-21';
  return {
    id: `${actor}-${date}-test-${serial}`,
    date,
    actor,
    action: 'expand',
    instrument: 'Test instrument',
    instrumentType: 'designation',
    measures: ['assets'],
    summary: 'A synthetic record for tests.',
    sources: [{ url: 'https://example.org/act', title: 'Act', publisher: 'Example', kind: 'act' }],
    ...fields,
  };
}

/** A valid context annotation. */
export function makeAnnotation(fields: Partial<Annotation> = {}): Annotation {
  serial += 1;
  const date = fields.date ?? '2020-08-09';
  return {
    id: `ctx-${date}-test-${serial}`,
    date,
    title: 'Test context',
    summary: 'A synthetic context event.',
    sources: [{ url: 'https://example.org/news', title: 'News', publisher: 'Example', kind: 'reporting' }],
    ...fields,
  };
}

/** A dataset of the given events, checked on `asOf`. */
export function makeDataset(
  events: SanctionsEvent[],
  asOf = '2026-01-01',
  annotations: Annotation[] = [],
): Dataset {
  return { version: '1.0.0', asOf, events, annotations, targets: [], checkpoints: [] };
}
