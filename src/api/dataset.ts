import { queryOptions, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { salvageDataset, type Skipped } from '../data/salvage';
import { datasetSchema, describeDatasetIssues, type Dataset } from '../data/schema';
import { current, t } from '../i18n/catalogue';
import { loadRecordTexts } from './recordTexts';
import { DATA_URL } from './config';

/** What went wrong with the data, each with its own message for the reader. */
export type DatasetErrorKind =
  'network' | 'timeout' | 'http' | 'not-found' | 'html' | 'not-json' | 'too-large' | 'invalid' | 'empty';

/**
 * Why the dataset could not be shown, in plain words in the page's language (`notices.data`), with
 * details for the curious. The words are found as the message is read, by the view that shows it:
 * they may be among the page's later words, which a request does not wait for (src/i18n/load.ts).
 */
export class DatasetError extends Error {
  override readonly name = 'DatasetError';
  constructor(
    readonly kind: DatasetErrorKind,
    private readonly words: () => string,
    readonly details: string[] = [],
  ) {
    super();
  }
  override get message(): string {
    return this.words();
  }
}

/** How long the data may take before the reader is told and offered Retry. */
export const DATA_TIMEOUT_MS = 10_000;
/** The published dataset is a few hundred kilobytes; anything this large is not it. */
export const DATA_MAX_BYTES = 10_000_000;

/** The header the service worker adds to a dataset it serves from its saved copy. */
export const OFFLINE_COPY_HEADER = 'x-sanctions-offline-copy';

/** What a page should say about the data it shows: served from the offline copy, records left out. */
export type DatasetNotes = { offlineCopy: boolean; skipped: Skipped };

const listeners = new Set<() => void>();
let notes: DatasetNotes = { offlineCopy: false, skipped: [] };

/** The notes of the last dataset fetched, for `useSyncExternalStore`. */
export const datasetNotes = {
  get: () => notes,
  set: (next: DatasetNotes) => {
    if (next.offlineCopy === notes.offlineCopy && next.skipped.join() === notes.skipped.join()) return;
    notes = next;
    listeners.forEach((listener) => listener());
  },
  subscribe: (onChange: () => void) => {
    listeners.add(onChange);
    return () => listeners.delete(onChange);
  },
};

/**
 * A signal that aborts after `ms`: a timer rather than `AbortSignal.timeout`, so that it runs on the
 * page's clock (which a test can move on) like every other timer of the app.
 */
function timeoutSignal(ms: number): AbortSignal {
  const controller = new AbortController();
  setTimeout(() => controller.abort(new DOMException('The data request timed out.', 'TimeoutError')), ms);
  return controller.signal;
}

async function request(url: string, signal: AbortSignal | undefined): Promise<Response> {
  const timeout = timeoutSignal(DATA_TIMEOUT_MS);
  try {
    // No extra headers: the request must match the page's preload of the same URL to reuse it.
    return await fetch(url, { signal: signal ? AbortSignal.any([signal, timeout]) : timeout });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    if (timeout.aborted)
      throw new DatasetError('timeout', () => t('notices.data.timeout', { seconds: DATA_TIMEOUT_MS / 1000 }));
    throw new DatasetError('network', () => t('notices.data.network'));
  }
}

async function readBody(response: Response): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  const tooLarge = () => new DatasetError('too-large', () => t('notices.data.tooLarge'));
  if (declared > DATA_MAX_BYTES) throw tooLarge();
  try {
    const text = await response.text();
    if (text.length > DATA_MAX_BYTES) throw tooLarge();
    return text;
  } catch (cause) {
    if (cause instanceof DatasetError) throw cause;
    throw new DatasetError('timeout', () => t('notices.data.stopped'));
  }
}

/**
 * Fetches the dataset and validates it against the contract. A few records that break it are
 * left out and named (see `datasetNotes`) when the rest stands on its own; otherwise, and for
 * every other fault, throws a `DatasetError` that says what happened.
 */
export async function fetchDataset(url: string, signal?: AbortSignal): Promise<Dataset> {
  const response = await request(url, signal);
  const offlineCopy = response.headers.get(OFFLINE_COPY_HEADER) === '1';
  if (response.status === 404) throw new DatasetError('not-found', () => t('notices.data.notFound'));
  if (!response.ok)
    throw new DatasetError('http', () => t('notices.data.http', { status: String(response.status) }));
  const text = await readBody(response);
  if (/^\s*</.test(text) || response.headers.get('content-type')?.includes('text/html'))
    throw new DatasetError('html', () => t('notices.data.html'));
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new DatasetError('not-json', () => t('notices.data.notJson'));
  }
  const result = datasetSchema.safeParse(body);
  let dataset: Dataset;
  let skipped: Skipped = [];
  if (result.success) dataset = result.data;
  else {
    const salvaged = salvageDataset(body);
    if (!salvaged)
      throw new DatasetError(
        'invalid',
        () => t('notices.data.invalid'),
        describeDatasetIssues(result.error, body).slice(0, 5),
      );
    ({ dataset, skipped } = salvaged);
  }
  if (dataset.events.length === 0) throw new DatasetError('empty', () => t('notices.data.empty'));
  datasetNotes.set({ offlineCopy, skipped });
  return dataset;
}

/** The query for the dataset at `url`; the data never goes stale within a session. */
export function datasetQueryOptions(url: string = DATA_URL) {
  return queryOptions({
    queryKey: ['dataset', url],
    // The records' words in the page's language come beside the data, not before the app.
    queryFn: ({ signal }) =>
      Promise.all([fetchDataset(url, signal), loadRecordTexts(current().locale)]).then(([data]) => data),
    staleTime: Infinity,
    // A failure the route's loader met is shown, not fetched again by the page that mounts after
    // it: Retry is the reader's to press.
    retryOnMount: false,
    // Retry once only when the network failed outright; a slow or wrong answer is said at once.
    retry: (count, error) => count < 1 && error instanceof DatasetError && error.kind === 'network',
  });
}

/** The dataset for components that draw without it (the frame, About): loading, failed or there. */
export function useDataset() {
  return useQuery(datasetQueryOptions());
}

/** The dataset on a page whose route awaited it (`data: 'awaited'` in the page table). */
export function useLoadedDataset(): Dataset {
  return useSuspenseQuery(datasetQueryOptions()).data;
}
