import { queryOptions, useQuery } from '@tanstack/react-query';
import { datasetSchema, describeDatasetIssues, type Dataset } from '../data/schema';
import { DATA_URL } from './config';

/** Why the dataset could not be shown: the request failed, or the response broke the contract. */
export class DatasetError extends Error {
  override readonly name = 'DatasetError';
  constructor(
    readonly kind: 'network' | 'http' | 'invalid',
    message: string,
    readonly details: string[] = [],
  ) {
    super(message);
  }
}

/** The header the service worker adds to a dataset it serves from its saved copy. */
export const OFFLINE_COPY_HEADER = 'x-sanctions-offline-copy';

const listeners = new Set<() => void>();
let fromOfflineCopy = false;

/** Whether the dataset shown came from the service worker's saved copy rather than the network. */
export const offlineCopy = {
  get: () => fromOfflineCopy,
  set: (value: boolean) => {
    if (value === fromOfflineCopy) return;
    fromOfflineCopy = value;
    listeners.forEach((listener) => listener());
  },
  subscribe: (onChange: () => void) => {
    listeners.add(onChange);
    return () => listeners.delete(onChange);
  },
};

/** Fetches the dataset and validates it against the contract; throws a `DatasetError` otherwise. */
export async function fetchDataset(url: string, signal?: AbortSignal): Promise<Dataset> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/json' } });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new DatasetError('network', 'The sanctions data could not be reached. Check your connection.');
  }
  offlineCopy.set(response.headers.get(OFFLINE_COPY_HEADER) === '1');
  if (!response.ok) {
    throw new DatasetError(
      'http',
      `The sanctions data could not be loaded (the server answered ${response.status}).`,
    );
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new DatasetError('invalid', 'The sanctions data arrived damaged: it is not valid JSON.');
  }
  const result = datasetSchema.safeParse(body);
  if (!result.success) {
    throw new DatasetError(
      'invalid',
      'The sanctions data arrived in an unexpected shape, so nothing from it is shown.',
      describeDatasetIssues(result.error, body).slice(0, 5),
    );
  }
  return result.data;
}

/** The query for the dataset at `url`; the data never goes stale within a session. */
export function datasetQueryOptions(url: string = DATA_URL) {
  return queryOptions({
    queryKey: ['dataset', url],
    queryFn: ({ signal }) => fetchDataset(url, signal),
    staleTime: Infinity,
  });
}

/** The dataset for components. */
export function useDataset() {
  return useQuery(datasetQueryOptions());
}
