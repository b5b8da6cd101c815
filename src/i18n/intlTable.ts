/**
 * What a locale's dates and lists look like, as templates taken from `Intl` where it is whole: at
 * build time, in Node (scripts/vite-messages-plugin.ts). Browsers' `Intl` data differ, and
 * Chromium's has no Belarusian dates or lists at all: with the templates, every browser writes a
 * date as the build's ICU does. `{d}` is the day (`{dd}` in two digits), `{y}` the year.
 */
export type IntlTable = {
  /** Per month, a day in it: `{d} Nov {y}`. */
  day: readonly string[];
  /** Per month, the month of a year: `Nov {y}`. */
  monthYear: readonly string[];
  /** Per month, its short name alone: `Nov`. */
  month: readonly string[];
  /** How a list of names is joined: two names; the rest but the last two; the last two of more. */
  list: { pair: string; middle: string; last: string };
};

const FORMATS = {
  day: { day: 'numeric', month: 'short', year: 'numeric' },
  monthYear: { month: 'short', year: 'numeric' },
  month: { month: 'short' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/** The templates of `tag`, from this runtime's `Intl`. */
export function intlTable(tag: string): IntlTable {
  const months = (options: Intl.DateTimeFormatOptions) => {
    const format = new Intl.DateTimeFormat(tag, { ...options, timeZone: 'UTC' });
    return Array.from({ length: 12 }, (_, month) =>
      format
        .formatToParts(new Date(Date.UTC(2000, month, 5)))
        .map(({ type, value }) => {
          if (type === 'day') return value.length === 2 ? '{dd}' : '{d}';
          return type === 'year' ? '{y}' : value;
        })
        .join(''),
    );
  };
  const list = new Intl.ListFormat(tag, { type: 'conjunction' });
  const literals = (names: string[]) =>
    list.formatToParts(names).flatMap(({ type, value }) => (type === 'literal' ? [value] : []));
  const [pair = ' ', ...none] = literals(['a', 'b']);
  const [middle = ', ', last = ' '] = literals(['a', 'b', 'c']);
  if (none.length) throw new Error(`Lists of two in ${tag} have more than one joint`);
  return {
    day: months(FORMATS.day),
    monthYear: months(FORMATS.monthYear),
    month: months(FORMATS.month),
    list: { pair, middle, last },
  };
}
