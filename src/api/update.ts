/**
 * A newer version of the app, installed and waiting: the offline worker of a new deploy waits
 * until the reader chooses to reload (src/main.tsx registers it; UpdatePrompt offers it). Nothing
 * reloads by itself, so a running presentation or embed never does.
 */
type Apply = () => Promise<void>;

let waiting: Apply | undefined;
const listeners = new Set<() => void>();

export const appUpdate = {
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** Whether a newer version waits. */
  waiting: (): boolean => waiting !== undefined,
  /** Called by the worker's registration when a newer version has installed. */
  offer: (apply: Apply): void => {
    waiting = apply;
    listeners.forEach((listener) => listener());
  },
  /** Lets the newer version take over and reloads the page with it. */
  apply: (): Promise<void> => waiting?.() ?? Promise.resolve(),
};
