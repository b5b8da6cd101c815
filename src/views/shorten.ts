/** A value from an address, cut to a length a message can show (an address can carry 100 KB). */
export function shorten(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
