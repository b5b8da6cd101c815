import { isoDateSchema } from '../data/schema';
import { expectedText, noticeText } from './notices';

/**
 * The building blocks of the URL contract: how one parameter is read (tolerating bad or old
 * values, each with a notice) and written (only when it differs from its default).
 */

/** A URL value that was ignored or changed, and what was shown instead. */
/**
 * What could not be used of an address. Its message is found as it is read, by the view that shows
 * it: an address is read before the page's later words are in (src/i18n/load.ts).
 */
export type Notice = { param: string; value: string; readonly message: string };

/**
 * Text safe to show as it is: control, zero-width and bidirectional-override characters written
 * as `\u{202E}`, so that a value cannot hide, reverse or disguise what the reader sees.
 */
export function visibleText(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- control characters are what is made visible
    /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g,
    (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}}`,
  );
}

/**
 * A value from an address as a message shows it: visible (see `visibleText`) and cut to `max`
 * characters (an address can carry 100 KB).
 */
export function shownText(text: string, max = 80): string {
  const visible = visibleText(text);
  return visible.length > max ? `${visible.slice(0, max - 1)}…` : visible;
}

/** How much of a value a notice shows. */
const NOTICE_LENGTH = 60;

/** One parameter of the contract. Methods, so that a table can hold parameters of any type. */
export type Param<T> = {
  fallback: T;
  /** The value, or undefined when nothing in `raw` is usable; `ignored` lists unusable parts. */
  parse(raw: string): { value: T | undefined; ignored: string[] };
  format(value: T): string;
  /** What a valid value looks like, for notices, in the page's language. */
  expected: () => string;
};

/** A table of parameters by name: one route's contract. */
export type ParamTable = Record<string, Param<unknown>>;

/** The typed values a table describes. */
export type ParamValues<P extends ParamTable> = { [K in keyof P]: P[K] extends Param<infer T> ? T : never };

/** A comma-separated list of ids, written in the ids' canonical order. */
export function listParam<T extends string>(ids: readonly T[], fallback: readonly T[] = ids): Param<T[]> {
  return {
    fallback: [...fallback],
    parse: (raw) => {
      const parts = raw
        .split(',')
        .map((part) => part.trim().toLowerCase())
        .filter(Boolean);
      const known = ids.filter((id) => parts.includes(id));
      const ignored = parts.filter((part) => !ids.some((id) => id === part));
      return { value: known.length ? known : undefined, ignored };
    },
    format: (value) => ids.filter((id) => value.includes(id)).join(','),
    expected: () => expectedText.list(ids),
  };
}

/** One id out of a closed list. */
export function oneOfParam<T extends string>(ids: readonly T[], fallback: T): Param<T> {
  return {
    fallback,
    parse: (raw) => {
      const value = ids.find((id) => id === raw.trim().toLowerCase());
      return { value, ignored: value ? [] : [raw] };
    },
    format: (value) => value,
    expected: () => expectedText.oneOf(ids),
  };
}

/** One id out of a closed list, or undefined when absent. */
export function optionalOneOfParam<T extends string>(ids: readonly T[]): Param<T | undefined> {
  return {
    fallback: undefined,
    parse: (raw) => {
      const value = ids.find((id) => id === raw.trim().toLowerCase());
      return { value, ignored: value ? [] : [raw] };
    },
    format: (value) => value ?? '',
    expected: () => expectedText.oneOf(ids),
  };
}

/** A calendar day, YYYY-MM-DD, or undefined for "no limit". */
export const dateParam: Param<string | undefined> = {
  fallback: undefined,
  parse: (raw) => {
    const ok = isoDateSchema.safeParse(raw.trim()).success;
    return { value: ok ? raw.trim() : undefined, ignored: ok ? [] : [raw] };
  },
  format: (value) => value ?? '',
  expected: expectedText.date,
};

/** Free text, without control characters, at most `max` characters. */
export function textParam(max: number): Param<string> {
  return {
    fallback: '',
    parse: (raw) => {
      // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
      const clean = raw.replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
      if (clean.length > max) return { value: clean.slice(0, max), ignored: [clean.slice(max)] };
      return { value: clean, ignored: [] };
    },
    format: (value) => value,
    expected: () => expectedText.text(max),
  };
}

/** A switch written `1` or `0`. */
export function flagParam(fallback: boolean): Param<boolean> {
  return {
    fallback,
    parse: (raw) => {
      const text = raw.trim();
      const value = text === '1' ? true : text === '0' ? false : undefined;
      return { value, ignored: value === undefined ? [raw] : [] };
    },
    format: (value) => (value ? '1' : '0'),
    expected: expectedText.flag,
  };
}

/** A whole number from `min` to `max`. */
export function intParam(min: number, max: number, fallback: number): Param<number> {
  return {
    fallback,
    parse: (raw) => {
      const text = raw.trim();
      const n = /^\d{1,6}$/.test(text) ? Number(text) : NaN;
      const ok = n >= min && n <= max;
      return { value: ok ? n : undefined, ignored: ok ? [] : [raw] };
    },
    format: (value) => String(value),
    expected: () => expectedText.number(min, max),
  };
}

/** The default values of a table. */
export function defaultsOf<P extends ParamTable>(table: P): ParamValues<P> {
  return decodeParams(table, {}).values;
}

/**
 * Reads raw search values (strings, or arrays of strings as a router may hand them over) into a
 * table's typed values. Never throws: anything unusable falls back to the default with a notice.
 * Names the table does not know are left out.
 */
export function decodeParams<P extends ParamTable>(
  table: P,
  raw: Record<string, unknown>,
): { values: ParamValues<P>; notices: Notice[] } {
  const notices: Notice[] = [];
  const values: Record<string, unknown> = {};
  for (const [key, param] of Object.entries(table)) {
    const text = Object.hasOwn(raw, key) ? rawString(raw[key]) : undefined;
    if (text === undefined || text === '') {
      values[key] = param.fallback;
      continue;
    }
    const { value, ignored } = param.parse(text);
    if (ignored.length) {
      notices.push({
        param: key,
        value: shownText(ignored.join(', '), NOTICE_LENGTH),
        get message() {
          return noticeText.expected(param.expected(), value !== undefined);
        },
      });
    }
    values[key] = value ?? param.fallback;
  }
  // The loop above filled every key of the table with its parameter's own type.
  // eslint-disable-next-line @typescript-eslint/consistent-type-assertions -- see above
  return { values: values as ParamValues<P>, notices };
}

/** Writes a table's values as search values, leaving out every one that equals its default. */
export function encodeParams<P extends ParamTable>(
  table: P,
  values: Partial<Record<keyof P, unknown>>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, param] of Object.entries(table)) {
    if (!Object.hasOwn(values, key)) continue;
    const value: unknown = values[key];
    if (value === undefined) continue;
    const text = param.format(value);
    if (text !== '' && text !== param.format(param.fallback)) out[key] = text;
  }
  return out;
}

/**
 * Parses a `?a=b&c=d` string into raw values; a repeated name keeps its first value. Built as own
 * data properties, so a name like `__proto__` is just a name.
 */
export function parseSearchString(search: string): Record<string, string> {
  const first = new Map<string, string>();
  for (const [key, value] of new URLSearchParams(search)) if (!first.has(key)) first.set(key, value);
  return Object.fromEntries(first);
}

/**
 * Notices about the names in an address, not their values: a name the route does not read (it is
 * dropped) and a name of the contract given more than once (the first value is used).
 */
export function nameNotices(search: string, known: readonly string[]): Notice[] {
  const seen = new Map<string, string[]>();
  for (const [key, value] of new URLSearchParams(search)) seen.set(key, [...(seen.get(key) ?? []), value]);
  const short = (text: string) => shownText(text, NOTICE_LENGTH);
  return [...seen].flatMap(([key, values]): Notice[] => {
    if (!known.includes(key))
      return [
        {
          param: short(key),
          value: short(values.join(', ')),
          get message() {
            return noticeText.unknown();
          },
        },
      ];
    if (values.length > 1)
      return [
        {
          param: key,
          value: short(values.slice(1).join(', ')),
          get message() {
            return noticeText.repeated();
          },
        },
      ];
    return [];
  });
}

/** Writes search values as a `?a=b` string (empty when there are none), keeping commas readable. */
export function toSearchString(values: Record<string, string>): string {
  const pairs = Object.entries(values).map(
    ([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value).replace(/%2C/gi, ',')}`,
  );
  return pairs.length ? `?${pairs.join('&')}` : '';
}

function rawString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value) && value.every((part) => typeof part === 'string')) return value.join(',');
  return undefined;
}
