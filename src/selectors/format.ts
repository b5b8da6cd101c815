const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** `2026-11-22` → `22 Nov 2026`, without time zones getting in the way. */
export function formatDay(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${Number(day)} ${MONTHS[Number(month) - 1] ?? '?'} ${year}`;
}

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

const COUNT = new Intl.NumberFormat('en-GB');

/** 1234 → `1,234` (one formatter for all: building one per call is slow). */
export function formatCount(n: number): string {
  return COUNT.format(n);
}

/** `n` followed by the singular or plural noun. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** Names in running text: "US", "US and EU", "US, EU and UK". */
export function listOfNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/** Milliseconds as a speaker's clock shows them: "4:05", "1:02:09". */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const [h, m, sec] = [Math.floor(total / 3600), Math.floor(total / 60) % 60, total % 60];
  const two = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${two(m)}:${two(sec)}` : `${m}:${two(sec)}`;
}
