import { changeDay } from './changeDay';
import type { Dataset, SanctionsEvent } from './schema';

/** Writes rows as RFC 4180 CSV (CRLF line ends, quotes only where needed). */
export function toCsv(rows: readonly (readonly (string | number | undefined)[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function csvCell(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value);
  // A leading =, +, -, @, tab or carriage return can make a spreadsheet run the cell as a formula:
  // quote it with an apostrophe.
  const safe = /^[=+\-@\t\r]/.test(text) && Number.isNaN(Number(text)) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const COLUMNS = [
  'id',
  'date',
  'actor',
  'action',
  'instrument',
  'instrument_type',
  'measures',
  'targets',
  'listed_persons',
  'listed_entities',
  'delisted_persons',
  'delisted_entities',
  'in_force_persons',
  'in_force_entities',
  'estimated',
  'modifies',
  'summary',
  'source_url',
  'source_title',
  'other_sources',
  'note',
] as const;

function eventRow(e: SanctionsEvent): (string | number | undefined)[] {
  const [first, ...rest] = e.sources;
  return [
    e.id,
    e.date,
    e.actor,
    e.action,
    e.instrument,
    e.instrumentType,
    e.measures.join(';'),
    e.targets?.join(';'),
    e.listed?.persons,
    e.listed?.entities,
    e.delisted?.persons,
    e.delisted?.entities,
    e.inForce?.persons,
    e.inForce?.entities,
    e.estimated ? 'yes' : undefined,
    e.modifies?.join(';'),
    e.summary,
    first?.url,
    first?.title,
    rest.map((s) => s.url).join(' '),
    e.note,
  ];
}

/** The dataset's events as one CSV table, one row per event, its first (primary) source in its own columns. */
export function datasetToCsv(dataset: Dataset): string {
  return toCsv([COLUMNS, ...dataset.events.map(eventRow)]);
}

const TARGET_COLUMNS = [
  'target_id',
  'name',
  'kind',
  'sector',
  'actor',
  'change',
  'date',
  'event_id',
  'list',
  'list_id',
  'list_copy',
  'note',
  'aliases',
] as const;

/**
 * The named targets as one CSV table, one row per status change: its date is its action's, or,
 * for a change seen in a list only, the day the list gives, with the list, the listing's id and
 * the dated copy it was read from.
 */
export function targetsToCsv(dataset: Dataset): string {
  const dates = new Map(dataset.events.map((e) => [e.id, e.date]));
  return toCsv([
    TARGET_COLUMNS,
    ...dataset.targets.flatMap((t) =>
      t.history.map((c) => [
        t.id,
        t.name,
        t.kind,
        t.sector,
        c.actor,
        c.change,
        changeDay(c, dates),
        c.event,
        c.seen?.list,
        c.seen?.id,
        c.seen?.copy,
        c.note,
        t.aliases?.join(';'),
      ]),
    ),
  ]);
}
