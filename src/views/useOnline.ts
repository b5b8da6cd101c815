import { useSyncExternalStore } from 'react';
import { datasetNotes } from '../api/dataset';

/** False while the browser reports no network: pages then say they run from the saved copy. */
export function useOnline(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      window.addEventListener('online', onChange);
      window.addEventListener('offline', onChange);
      return () => {
        window.removeEventListener('online', onChange);
        window.removeEventListener('offline', onChange);
      };
    },
    () => navigator.onLine,
    () => true,
  );
}

/** True when what is shown runs from the saved copy: the browser is offline, or the data came from the copy. */
export function useRunsOffline(): boolean {
  const online = useOnline();
  const copy = useSyncExternalStore(
    datasetNotes.subscribe,
    () => datasetNotes.get().offlineCopy,
    () => false,
  );
  return !online || copy;
}

/** Records the last dataset left out because they broke the contract, one line each. */
export function useSkippedRecords(): string[] {
  return useSyncExternalStore(
    datasetNotes.subscribe,
    () => datasetNotes.get().skipped,
    () => NONE,
  );
}

const NONE: string[] = [];
