const TIMES = new Map<string, number>();

/** `2026-11-22` → milliseconds at UTC midnight, for numeric time axes (each day parsed once: charts ask often). */
export function dayToTime(iso: string): number {
  let time = TIMES.get(iso);
  if (time === undefined) {
    time = Date.parse(`${iso}T00:00:00Z`);
    TIMES.set(iso, time);
  }
  return time;
}

/** Milliseconds as a speaker's clock shows them: "4:05", "1:02:09". */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const [h, m, sec] = [Math.floor(total / 3600), Math.floor(total / 60) % 60, total % 60];
  const two = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${two(m)}:${two(sec)}` : `${m}:${two(sec)}`;
}
