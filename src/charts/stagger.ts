import { useEffect, useState } from 'react';

/**
 * Charts mount one per task: a page with several charts then never blocks the main thread for
 * the sum of them (Recharts is the costly part of a first render). Each frame shows a placeholder
 * of the plot's size until its turn, so nothing moves.
 */
const queue: (() => void)[] = [];
let running = false;

function pump() {
  const next = queue.shift();
  if (!next) {
    running = false;
    return;
  }
  next();
  setTimeout(pump, 0);
}

/** False until this component's turn to draw has come. */
export function useStaggeredMount(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let cancelled = false;
    queue.push(() => {
      if (!cancelled) setReady(true);
    });
    if (!running) {
      running = true;
      setTimeout(pump, 0);
    }
    return () => {
      cancelled = true;
    };
  }, []);
  return ready;
}
