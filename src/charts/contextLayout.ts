/**
 * A label to place along a horizontal axis: its anchor, the widths of its full and short forms,
 * and whether it goes first (an action a presentation step points out).
 */
export type LabelInput = { x: number; full: number; short: number; first?: boolean };
/** Where a label went: a row (0 at the axis) and which form, or nowhere. */
export type LabelPlace = { row: number; form: 'full' | 'short' } | { row: -1; form: 'none' };

/**
 * Lays labels out in up to `rows` rows so that no two in a row overlap and none leaves
 * [0, width]: each label, those marked `first` before the others and each group in order of x,
 * takes the lowest row with room for its full form, else the lowest with room for its short form
 * (its number), else none (its marker stays, with its details on hover and focus). Labels start
 * at their anchor, or end there near the right edge.
 */
export function layoutLabels(
  labels: readonly LabelInput[],
  width: number,
  rows: number,
  gap = 6,
): LabelPlace[] {
  const taken: [number, number][][] = Array.from({ length: rows }, () => []);
  const extent = (x: number, w: number): [number, number] => {
    const start = Math.min(Math.max(0, x), Math.max(0, width - w));
    return [start, start + w];
  };
  const place = (label: LabelInput): LabelPlace => {
    for (const form of ['full', 'short'] as const) {
      const w = form === 'full' ? label.full : label.short;
      if (w > width) continue;
      const [start, end] = extent(label.x, w);
      const row = taken.findIndex((spans) => spans.every(([s, e]) => start >= e + gap || end + gap <= s));
      if (row >= 0) {
        taken[row]?.push([start, end]);
        return { row, form };
      }
    }
    return { row: -1, form: 'none' };
  };
  const order = labels
    .map((label, i) => ({ label, i }))
    .sort((a, b) => Number(b.label.first ?? false) - Number(a.label.first ?? false) || a.label.x - b.label.x);
  const places: LabelPlace[] = Array.from({ length: labels.length }, () => ({ row: -1, form: 'none' }));
  for (const { label, i } of order) places[i] = place(label);
  return places;
}

/** The left edge of a label of width `w` anchored at `x`, kept inside [0, width]. */
export function labelStart(x: number, w: number, width: number): number {
  return Math.min(Math.max(0, x), Math.max(0, width - w));
}
