import { en } from 'zod/locales';
import { z } from 'zod/mini';
import {
  ACTIONS,
  ACTION_META,
  ACTORS,
  ACT_SCHEMES,
  INSTRUMENT_TYPES,
  LISTS,
  LIST_META,
  MEASURES,
  OFFICIAL_SOURCE_KINDS,
  REGIMES,
  SOURCE_KINDS,
  TARGET_CHANGES,
  TARGET_KINDS,
} from './ids';

// No code generation: zod's faster parsers are compiled with `new Function`, which the app's
// Content-Security-Policy forbids (and probing for it would log a violation). zod/mini (a fraction
// of full zod's bytes) carries no messages of its own: the English ones name what was wrong.
z.config({ jitless: true, ...en() });

/** A string of at least `min` characters. */
const text = (min: number) => z.string().check(z.minLength(min));

/**
 * The one contract for the dataset: it validates the data module in tests, the emitted file at
 * build time, and every response at the fetch boundary.
 */

/** A calendar day, YYYY-MM-DD, that exists. */
export const isoDateSchema = z.iso.date();

/** Record ids: `<actor>-<yyyy-mm-dd>-<slug>` for actions, `ctx-<yyyy-mm-dd>-<slug>` for context. */
const idSchema = z.string().check(
  z.regex(/^[a-z]+-\d{4}-\d{2}-\d{2}-[a-z0-9]+(-[a-z0-9]+)*$/, {
    message: 'must look like <actor>-<yyyy-mm-dd>-<slug> (lower case, digits, hyphens)',
  }),
);

/** Where a fact was seen. The first source of a record is the most authoritative one. */
export const sourceSchema = z.strictObject({
  url: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }),
  title: text(1),
  publisher: text(1),
  kind: z.enum(SOURCE_KINDS),
  /** The act's official identifier, where one was read; the url is then its canonical address. */
  identifier: z.optional(z.strictObject({ scheme: z.enum(ACT_SCHEMES), id: text(1) })),
});
/** A source as published. */
export type Source = z.infer<typeof sourceSchema>;

/** Persons and entities counted by a source; either may be unknown. */
const countSchema = z.strictObject({
  persons: z.optional(z.int().check(z.nonnegative())),
  entities: z.optional(z.int().check(z.nonnegative())),
});
/** A count of persons and entities. */
export type Count = z.infer<typeof countSchema>;

/** One sanctions action by one actor on one day. */
export const eventSchema = z.strictObject({
  id: idSchema,
  date: isoDateSchema,
  actor: z.enum(ACTORS),
  action: z.enum(ACTIONS),
  /** The legal act's own name, e.g. "Executive Order 13405" or "Council Decision (CFSP) 2020/1388". */
  instrument: text(3),
  instrumentType: z.enum(INSTRUMENT_TYPES),
  /** The regime the act was made under, where it is not the actor's Belarus regime. */
  regime: z.optional(z.enum(REGIMES)),
  measures: z.array(z.enum(MEASURES)).check(z.minLength(1)),
  summary: text(10),
  /** Named targets where the source names them (a company, a sector, a person). */
  targets: z.optional(z.array(text(1))),
  /** Persons and entities this action added to a list, as the source states. */
  listed: z.optional(countSchema),
  /** Persons and entities this action removed from a list (or whose listing it suspended). */
  delisted: z.optional(countSchema),
  /** The total listed under this actor's Belarus regime after this action, as an official source reports it. */
  inForce: z.optional(countSchema),
  /**
   * Why no source counts the persons and entities this action listed or removed, where that is so;
   * the in-force line is marked uncertain from this action's date.
   */
  uncounted: z.optional(text(10)),
  /** True when a count is an estimate rather than a figure stated by a source. */
  estimated: z.optional(z.boolean()),
  /** Ids of earlier records of the same actor that this action renews, eases, suspends, lifts or re-imposes. */
  modifies: z.optional(z.array(idSchema).check(z.minLength(1))),
  sources: z.array(sourceSchema).check(z.minLength(1)),
  /**
   * Why no official text is cited, where the first source is reporting or analysis (required
   * then, and only then): what was not found, in the reader's terms.
   */
  noOfficialText: z.optional(text(10)),
  /**
   * Why the named targets linked to this action are fewer entities than it listed or delisted
   * (the act does not name them all, say), where that is so.
   */
  unnamed: z.optional(text(10)),
  /** Disagreements between sources, or caveats on a count. */
  note: z.optional(text(1)),
});
/** A sanctions action as published. */
export type SanctionsEvent = z.infer<typeof eventSchema>;
/** A sanctions action as written in the data module. */
export type SanctionsEventInput = z.input<typeof eventSchema>;

/** A dated context event (an election, a crackdown, a prisoner release): not a sanctions action. */
export const annotationSchema = z.strictObject({
  id: idSchema,
  date: isoDateSchema,
  title: z.string().check(z.minLength(3), z.maxLength(80)),
  summary: text(10),
  sources: z.array(sourceSchema).check(z.minLength(1)),
});
/** A context annotation as published. */
export type Annotation = z.infer<typeof annotationSchema>;
/** A context annotation as written in the data module. */
export type AnnotationInput = z.input<typeof annotationSchema>;

const LOOSENING = new Set(ACTIONS.filter((a) => ACTION_META[a].direction === 'loosen'));

/** A target's id: a lower-case slug, e.g. `belaruskali`. */
const targetIdSchema = z
  .string()
  .check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'must be a lower-case slug' }));

/** A named target (a company, a bank, a person, a state body, an aircraft) and its status history per actor. */
export const targetSchema = z.strictObject({
  id: targetIdSchema,
  name: text(2),
  /** Other spellings and transliterations, for search. */
  aliases: z.optional(z.array(text(2))),
  kind: z.enum(TARGET_KINDS),
  /** The sector, in a few words: `potash`, `aviation`, `banking`, `oil refining`, `government` (not for names from the lists alone). */
  sector: z.optional(text(2)),
  /**
   * Each change of its status under an actor: linked to the action that made it (its date is the
   * action's), or, where no action record here made it, `seen` on an official list's dated copy.
   */
  history: z
    .array(
      z
        .strictObject({
          actor: z.enum(ACTORS),
          change: z.enum(TARGET_CHANGES),
          event: z.optional(idSchema),
          /** Seen in the list only: which list, the day it gives, the listing's id, and the dated copy read. */
          seen: z.optional(
            z.strictObject({ list: z.enum(LISTS), date: isoDateSchema, id: text(1), copy: isoDateSchema }),
          ),
          /** What the act says of this target, where it needs saying (a licence's scope, a partial delisting). */
          note: z.optional(text(5)),
        })
        .check(
          z.refine((c) => (c.event === undefined) !== (c.seen === undefined), {
            message: 'a change names either its action record (event) or the list it was seen on (seen)',
          }),
        ),
    )
    .check(z.minLength(1)),
  /** For a target the lists alone name: its listings on them (list and the list's own id), joined by `JOIN_RULE`. */
  listings: z.optional(z.array(z.strictObject({ list: z.enum(LISTS), id: text(1) })).check(z.minLength(1))),
  /** Actors under which its status could not be settled from the sources, and why. */
  unclear: z.optional(z.array(z.strictObject({ actor: z.enum(ACTORS), reason: text(10) }))),
  note: z.optional(text(5)),
});
/** A named target as published. */
export type Target = z.infer<typeof targetSchema>;

/** A named target as written in the data module. */
export type TargetInput = z.input<typeof targetSchema>;

/**
 * An official list's own count of an actor's Belarus-regime listings on a day (a checkpoint for the
 * records' running total): read from a dated copy of the list by `scripts/lists.ts`.
 */
export const checkpointSchema = z.strictObject({
  actor: z.enum(ACTORS),
  /** The list's name, as a sentence names it: `the OFAC SDN list`. */
  list: text(5),
  /** The day the copy shows. */
  date: isoDateSchema,
  persons: z.int().check(z.nonnegative()),
  entities: z.int().check(z.nonnegative()),
  /** Aircraft and vessels the list also holds: not in the persons-and-entities count. */
  other: z.optional(z.int().check(z.positive())),
  /** The list as published, then the dated copy it was read from. */
  sources: z.array(sourceSchema).check(z.minLength(2)),
});
/** A checkpoint as published. */
export type Checkpoint = z.infer<typeof checkpointSchema>;
/** A checkpoint as written in the data module. */
export type CheckpointInput = z.input<typeof checkpointSchema>;

/**
 * One listing on an official list, as its dated copies show it (`scripts/lists.ts`). `since` is
 * what the list says of when: the designation date it gives (`designated`), the first copy that
 * holds it (`first-seen`), on or before the list's first copy (`on-first-copy`), or the date of the
 * latest act naming it (`latest-act`). `until` is the first copy without it.
 */
export const listEntrySchema = z.strictObject({
  list: z.enum(LISTS),
  /** The list's own id: an SDN entry number, an EU reference, a UK unique id. */
  id: text(1),
  kind: z.enum(['person', 'entity', 'aircraft', 'vessel']),
  /** As the list writes them, its main name first. */
  names: z.array(text(1)).check(z.minLength(1)),
  /** The date of birth as the list writes it. */
  born: z.optional(text(4)),
  since: isoDateSchema,
  sinceIs: z.enum(['designated', 'first-seen', 'on-first-copy', 'latest-act']),
  until: z.optional(isoDateSchema),
});
/** A listing as read. */
export type ListEntry = z.infer<typeof listEntrySchema>;
/** A listing as written in the data module. */
export type ListEntryInput = z.input<typeof listEntrySchema>;

/** A dataset version: semantic, MAJOR.MINOR.PATCH. */
export const versionSchema = z
  .string()
  .check(z.regex(/^\d+\.\d+\.\d+$/, { message: 'must look like 2.0.0' }));

/** What one published version of the dataset added, corrected and removed (record ids). */
export const changeSchema = z.strictObject({
  version: versionSchema,
  date: isoDateSchema,
  summary: text(10),
  added: z.array(idSchema),
  corrected: z.array(idSchema),
  /** What was wrong with each corrected record (versions from 3.0.0 say it for every one). */
  corrections: z.optional(z.record(idSchema, text(10))),
  removed: z.array(idSchema),
});
/** A changelog entry as published. */
export type Change = z.infer<typeof changeSchema>;
/** A changelog entry as written in the data module. */
export type ChangeInput = z.input<typeof changeSchema>;

/** The published dataset: its version, the day its records were last checked, and the records. */
export const datasetSchema = z
  .strictObject({
    version: versionSchema,
    asOf: isoDateSchema,
    events: z.array(eventSchema),
    annotations: z.array(annotationSchema),
    targets: z.array(targetSchema),
    /** From version 3.1.0; a copy of an earlier version has none. */
    checkpoints: z.optional(z.array(checkpointSchema)),
  })
  .check(
    z.superRefine((dataset, ctx) => {
      const byId = new Map<string, SanctionsEvent>();
      const seen = new Set<string>();
      const check = (ok: boolean, path: (string | number)[], message: string) => {
        if (!ok) ctx.addIssue({ code: 'custom', path, message });
      };
      dataset.events.forEach((event, i) => {
        check(!seen.has(event.id), ['events', i, 'id'], `duplicate id ${event.id}`);
        seen.add(event.id);
        byId.set(event.id, event);
        check(
          event.date <= dataset.asOf,
          ['events', i, 'date'],
          `is after the dataset's asOf ${dataset.asOf}`,
        );
        check(
          event.id.startsWith(`${event.actor}-${event.date}-`),
          ['events', i, 'id'],
          `must start with "${event.actor}-${event.date}-"`,
        );
        const official = OFFICIAL_SOURCE_KINDS.some((k) => k === event.sources[0]?.kind);
        check(
          official !== Boolean(event.noOfficialText),
          ['events', i, 'noOfficialText'],
          official
            ? 'must be absent: the first source is official'
            : 'must say why no official text is cited (the first source is not official)',
        );
      });
      dataset.annotations.forEach((note, i) => {
        check(!seen.has(note.id), ['annotations', i, 'id'], `duplicate id ${note.id}`);
        seen.add(note.id);
        check(
          note.date <= dataset.asOf,
          ['annotations', i, 'date'],
          `is after the dataset's asOf ${dataset.asOf}`,
        );
        check(
          note.id.startsWith(`ctx-${note.date}-`),
          ['annotations', i, 'id'],
          `must start with "ctx-${note.date}-"`,
        );
      });
      const targetIds = new Set<string>();
      dataset.targets.forEach((target, i) => {
        check(!targetIds.has(target.id), ['targets', i, 'id'], `duplicate target id ${target.id}`);
        targetIds.add(target.id);
        const listedBy = new Set<string>();
        const previousDate = new Map<string, string>();
        target.history.forEach((change, j) => {
          const event = change.event === undefined ? undefined : byId.get(change.event);
          if (change.event !== undefined) {
            check(Boolean(event), ['targets', i, 'history', j, 'event'], `unknown record ${change.event}`);
            if (!event) return;
            check(
              event.actor === change.actor,
              ['targets', i, 'history', j, 'actor'],
              `${change.event} is another actor's record`,
            );
          }
          if (change.seen)
            check(
              LIST_META[change.seen.list].actor === change.actor,
              ['targets', i, 'history', j, 'seen', 'list'],
              `${change.seen.list} is another actor's list`,
            );
          const date = event?.date ?? change.seen?.date ?? '';
          const before = previousDate.get(change.actor);
          check(
            !before || before <= date,
            ['targets', i, 'history', j, change.event === undefined ? 'seen' : 'event'],
            'changes must be in date order per actor',
          );
          previousDate.set(change.actor, date);
          if (change.change === 'listed' || change.change === 'relisted') listedBy.add(change.actor);
          else
            check(
              listedBy.has(change.actor),
              ['targets', i, 'history', j, 'change'],
              `"${change.change}" before any listing by ${change.actor}`,
            );
        });
      });
      dataset.events.forEach((event, i) => {
        const needsLink = LOOSENING.has(event.action) || event.action === 'reimpose';
        check(
          !needsLink || Boolean(event.modifies),
          ['events', i, 'modifies'],
          `a "${event.action}" record must name what it modifies`,
        );
        event.modifies?.forEach((target, j) => {
          const earlier = byId.get(target);
          check(Boolean(earlier), ['events', i, 'modifies', j], `unknown record ${target}`);
          if (!earlier) return;
          check(
            earlier.actor === event.actor,
            ['events', i, 'modifies', j],
            `${target} is another actor's record`,
          );
          check(
            earlier.date <= event.date && earlier.id !== event.id,
            ['events', i, 'modifies', j],
            `${target} is not earlier`,
          );
        });
      });
    }),
  );
/** The published dataset. */
export type Dataset = z.infer<typeof datasetSchema>;

/**
 * Turns a zod error on a dataset into lines that name the record and the field, e.g.
 * `events[12] (us-2006-06-16-eo-13405).sources.0.url: must be an http(s) URL`.
 */
export function describeDatasetIssues(error: z.core.$ZodError, input: unknown): string[] {
  return error.issues.map((issue) => {
    const [list, index, ...rest] = issue.path;
    const record = recordAt(input, list, index);
    const where =
      typeof list === 'string' && typeof index === 'number'
        ? `${list}[${index}]${record ? ` (${record})` : ''}${rest.length ? `.${rest.join('.')}` : ''}`
        : issue.path.join('.') || '(root)';
    return `${where}: ${issue.message}`;
  });
}

function recordAt(
  input: unknown,
  list: PropertyKey | undefined,
  index: PropertyKey | undefined,
): string | undefined {
  if (typeof input !== 'object' || input === null || typeof list !== 'string' || typeof index !== 'number')
    return undefined;
  const records: unknown = Reflect.get(input, list);
  if (!Array.isArray(records)) return undefined;
  const record: unknown = records[index];
  if (typeof record !== 'object' || record === null) return undefined;
  const id: unknown = Reflect.get(record, 'id');
  return typeof id === 'string' ? id : undefined;
}

/**
 * Records' words in one language as published (`data/translations/<locale>.json`), each with its
 * record's id, written from its sources: an action's summary, an annotation's title and summary.
 */
export const publishedTranslationsSchema = z.array(
  z.strictObject({
    id: idSchema,
    title: z.optional(z.string().check(z.minLength(3), z.maxLength(120))),
    summary: text(10),
  }),
);
/** Records' words in one language, keyed by the record's id (src/data/translations/<locale>.ts). */
export type RecordTranslations = Readonly<
  Record<string, Omit<z.input<typeof publishedTranslationsSchema>[number], 'id'>>
>;
/** Records' words in one language as published. */
export type PublishedTranslations = z.infer<typeof publishedTranslationsSchema>;

/** The published list of `records`. */
export function publishedTranslations(records: RecordTranslations): PublishedTranslations {
  return Object.entries(records).map(([id, text]) => ({ id, ...text }));
}
