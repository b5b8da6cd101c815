import { describe, expect, it } from 'vitest';
import { labelStart, layoutLabels, type LabelInput } from './contextLayout';

function overlaps(labels: readonly LabelInput[], width: number, rows: number) {
  const places = layoutLabels(labels, width, rows);
  const boxes = places.flatMap((p, i) => {
    const label = labels[i];
    if (p.row < 0 || !label) return [];
    const w = p.form === 'full' ? label.full : label.short;
    const start = labelStart(label.x, w, width);
    return [{ row: p.row, start, end: start + w }];
  });
  const clash = boxes.some((a, i) =>
    boxes.some((b, j) => i < j && a.row === b.row && a.start < b.end && b.start < a.end),
  );
  const outside = boxes.some((b) => b.start < 0 || b.end > width);
  return { places, clash, outside };
}

describe('layoutLabels', () => {
  it('keeps labels with room in the first row, full', () => {
    const { places } = overlaps(
      [
        { x: 0, full: 50, short: 10 },
        { x: 100, full: 50, short: 10 },
      ],
      400,
      2,
    );
    expect(places).toEqual([
      { row: 0, form: 'full' },
      { row: 0, form: 'full' },
    ]);
  });

  it('moves a crowded label up a row, then to its number, then drops it', () => {
    const crowded = [0, 5, 10, 15].map((x) => ({ x, full: 80, short: 12 }));
    expect(layoutLabels(crowded, 400, 2)).toEqual([
      { row: 0, form: 'full' },
      { row: 1, form: 'full' },
      { row: -1, form: 'none' },
      { row: -1, form: 'none' },
    ]);
    expect(layoutLabels([...crowded, { x: 100, full: 80, short: 12 }], 400, 2).at(-1)).toEqual({
      row: 0,
      form: 'full',
    });
  });

  it('places the labels marked first before the others, wherever they stand', () => {
    const context = [0, 5, 10].map((x) => ({ x, full: 80, short: 12 }));
    const pointed = { x: 40, full: 60, short: 12, first: true };
    const places = layoutLabels([...context, pointed], 400, 2);
    // The pointed-out label keeps its full form in the first row; the context labels make room.
    expect(places.at(-1)).toEqual({ row: 0, form: 'full' });
    expect(places.slice(0, 3)).toEqual([
      { row: 1, form: 'full' },
      { row: 0, form: 'short' }, // its number fits before the pointed-out label
      { row: -1, form: 'none' },
    ]);
    expect(overlaps([...context, pointed], 400, 2).clash).toBe(false);
  });

  it('never overlaps or leaves the plot, at any width, for the real density of context events', () => {
    const dates = Array.from({ length: 19 }, (_, i) => (i * 37) % 100);
    for (const width of [200, 320, 390, 600, 960, 1280]) {
      const labels = dates.sort((a, b) => a - b).map((d) => ({ x: (d / 100) * width, full: 110, short: 14 }));
      const { clash, outside } = overlaps(labels, width, 3);
      expect(clash, `width ${width}`).toBe(false);
      expect(outside, `width ${width}`).toBe(false);
    }
  });
});
