import type { Actor } from '../data/ids';
import type { DateRange } from '../selectors/filter';

/** Offers a file to the reader as a download. Browser only: call it from an event handler. */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Offers text as a file download. */
export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  downloadBlob(filename, new Blob([text], { type }));
}

/**
 * A file name that says what and when: `sanctions-actions-us-eu-2004-2026.png`; a scale other
 * than 1 is added (`…@2x.png`).
 */
export function exportFileName(
  chart: string,
  actors: readonly Actor[],
  range: DateRange,
  extension: string,
  scale = 1,
): string {
  const [first, last] = [range.start.slice(0, 4), range.end.slice(0, 4)];
  const years = first === last ? first : `${first}-${last}`;
  return `sanctions-${chart}-${actors.join('-')}-${years}${scale === 1 ? '' : `@${scale}x`}.${extension}`;
}
