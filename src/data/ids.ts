/**
 * The closed vocabularies of the dataset. Types, zod enums, URL parsers, labels and colours all
 * derive from these tuples: adding an actor is one entry here plus its metadata below.
 */

/**
 * Who imposes the measures. Lower-case ids are public: they appear in URLs and in the JSON. `by`
 * is Belarus itself: its counter-measures against the others.
 */
export const ACTORS = ['us', 'eu', 'uk', 'ca', 'ch', 'by'] as const;
/** An actor id. */
export type Actor = (typeof ACTORS)[number];

/** Actors shown when the URL names none: the two the tracker was founded to compare. */
export const DEFAULT_ACTORS = ['us', 'eu'] as const satisfies readonly Actor[];

/**
 * Display metadata per actor (`noun` is how a sentence names it). Colours follow the Okabe–Ito colour-blind-safe palette, darkened
 * where needed for 3:1 contrast on white; `colorDark` is for dark backgrounds.
 */
export const ACTOR_META = {
  us: { label: 'United States', short: 'US', noun: 'the US', color: '#0072B2', colorDark: '#56B4E9' },
  eu: { label: 'European Union', short: 'EU', noun: 'the EU', color: '#D55E00', colorDark: '#E69F00' },
  uk: { label: 'United Kingdom', short: 'UK', noun: 'the UK', color: '#AA3377', colorDark: '#CC79A7' },
  ca: { label: 'Canada', short: 'CA', noun: 'Canada', color: '#00795A', colorDark: '#3CC08F' },
  ch: { label: 'Switzerland', short: 'CH', noun: 'Switzerland', color: '#6E6E1A', colorDark: '#DDCC77' },
  by: {
    label: 'Belarus (counter-measures)',
    short: 'BY',
    noun: 'Belarus',
    color: '#555555',
    colorDark: '#BBBBBB',
  },
} as const satisfies Record<
  Actor,
  { label: string; short: string; noun: string; color: string; colorDark: string }
>;

/** What an action does to the sanctions in force. */
export const ACTIONS = ['impose', 'expand', 'renew', 'reimpose', 'ease', 'suspend', 'lift'] as const;
/** An action kind. */
export type Action = (typeof ACTIONS)[number];

/** Whether an action adds pressure, keeps it, or takes it away; decides which side of the axis it is drawn on. */
export const DIRECTIONS = ['tighten', 'maintain', 'loosen'] as const;
/** A direction. */
export type Direction = (typeof DIRECTIONS)[number];

/** Label, direction and meaning of each action kind (the methodology page prints `meaning`). */
export const ACTION_META = {
  impose: {
    label: 'Imposed',
    direction: 'tighten',
    meaning: 'A new sanctions regime, or a new kind of measure within one.',
  },
  expand: {
    label: 'Expanded',
    direction: 'tighten',
    meaning: 'More persons or entities listed, or an existing measure widened.',
  },
  reimpose: {
    label: 'Re-imposed',
    direction: 'tighten',
    meaning: 'Measures brought back after a suspension or lifting.',
  },
  renew: {
    label: 'Renewed',
    direction: 'maintain',
    meaning: 'Measures extended unchanged in substance (EU yearly renewals, US continuation notices).',
  },
  ease: {
    label: 'Eased',
    direction: 'loosen',
    meaning: 'Measures narrowed or transactions authorised (e.g. a general license) without ending them.',
  },
  suspend: {
    label: 'Suspended',
    direction: 'loosen',
    meaning: 'Measures paused for a set time, to lapse or return.',
  },
  lift: {
    label: 'Lifted',
    direction: 'loosen',
    meaning: 'Measures or listings ended.',
  },
} as const satisfies Record<Action, { label: string; direction: Direction; meaning: string }>;

/** Kinds of measure an action concerns. */
export const MEASURES = ['assets', 'travel', 'arms', 'trade', 'finance', 'transport'] as const;
/** A measure kind. */
export type Measure = (typeof MEASURES)[number];

/** Label and meaning of each measure kind. */
export const MEASURE_META = {
  assets: { label: 'Asset freeze', meaning: 'Blocking of property of listed persons and entities.' },
  travel: { label: 'Travel ban', meaning: 'Entry or visa bans on listed persons.' },
  arms: { label: 'Arms embargo', meaning: 'Arms and internal-repression equipment.' },
  trade: { label: 'Trade', meaning: 'Import and export bans, export controls on goods and technology.' },
  finance: { label: 'Finance', meaning: 'Capital markets, banking, investment and payment restrictions.' },
  transport: { label: 'Transport', meaning: 'Aviation and road-transport bans.' },
} as const satisfies Record<Measure, { label: string; meaning: string }>;

/** The legal form of an instrument. */
export const INSTRUMENT_TYPES = [
  'statute',
  'executive-order',
  'proclamation',
  'notice',
  'designation',
  'general-license',
  'regulation',
  'export-control',
  'common-position',
  'council-decision',
  'council-regulation',
  'implementing-act',
] as const;
/** An instrument type. */
export type InstrumentType = (typeof INSTRUMENT_TYPES)[number];

/** Display label of each instrument type. */
export const INSTRUMENT_META = {
  statute: { label: 'Statute' },
  'executive-order': { label: 'Executive order' },
  proclamation: { label: 'Proclamation' },
  notice: { label: 'Continuation notice' },
  designation: { label: 'Designation or delisting' },
  'general-license': { label: 'General license' },
  regulation: { label: 'Regulation or rule' },
  'export-control': { label: 'Export control' },
  'common-position': { label: 'Common position' },
  'council-decision': { label: 'Council decision' },
  'council-regulation': { label: 'Council regulation' },
  'implementing-act': { label: 'Implementing decision/regulation' },
} as const satisfies Record<InstrumentType, { label: string }>;

/**
 * What a source is: the legal act itself; an official release of the body that adopted it (or, for
 * Belarus's counter-measures, of the Belarusian government, labelled as such); reporting by an
 * established outlet; or analysis (a law firm's client note, a research institute). The first two
 * count as official.
 */
export const SOURCE_KINDS = ['act', 'official', 'reporting', 'analysis'] as const;
/** A source kind. */
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Source kinds that count as official: the act, or the adopting body's own release. */
export const OFFICIAL_SOURCE_KINDS = ['act', 'official'] as const satisfies readonly SourceKind[];

/**
 * Official identifiers of legal acts, from which the act's canonical address is built
 * (`src/data/acts.ts`): a CELEX number, a Federal Register document number, an Executive Order
 * number, a UK statutory instrument (`2019/600`), a Canadian SOR number (`2020-214`).
 */
export const ACT_SCHEMES = ['celex', 'fr-doc', 'fr-cite', 'eo', 'uksi', 'sor'] as const;
/** An identifier scheme. */
export type ActScheme = (typeof ACT_SCHEMES)[number];

/**
 * The legal regime an action was taken under. Most are the actor's Belarus regime; some
 * Belarusian persons and entities are listed under a Russia/Ukraine regime (EU Regulation
 * 269/2014, the UK's Russia regulations) or a global human-rights regime. A record without
 * `regime` is under the Belarus regime.
 */
export const REGIMES = ['belarus', 'russia', 'human-rights'] as const;
/** A regime id. */
export type Regime = (typeof REGIMES)[number];

/** Display label of each regime. */
export const REGIME_META = {
  belarus: { label: 'Belarus regime' },
  russia: { label: 'Russia/Ukraine regime' },
  'human-rights': { label: 'Global human-rights regime' },
} as const satisfies Record<Regime, { label: string }>;

/** Kinds of named target: `entity` is a body named by a list alone, which does not say what kind. */
export const TARGET_KINDS = [
  'person',
  'company',
  'bank',
  'state-body',
  'entity',
  'aircraft',
  'vessel',
] as const;
/** A target kind. */
export type TargetKind = (typeof TARGET_KINDS)[number];

/**
 * How an action changed a named target's status under one actor: listed (designated), eased (a
 * licence authorises dealings without delisting), delisted (removed or suspended), relisted.
 */
export const TARGET_CHANGES = ['listed', 'eased', 'delisted', 'relisted'] as const;
/** A status change. */
export type TargetChange = (typeof TARGET_CHANGES)[number];

/** The official lists read from dated copies (scripts/lists.ts): OFAC's SDN list, the EU's financial sanctions file, the UK Sanctions List. */
export const LISTS = ['us-sdn', 'eu-fsf', 'uk-list'] as const;
/** A list. */
export type ListId = (typeof LISTS)[number];

/** Each list: whose it is, its name, where it is published, and which copies were read. */
export const LIST_META = {
  'us-sdn': {
    actor: 'us',
    label: 'OFAC SDN list',
    url: 'https://ofac.treasury.gov/specially-designated-nationals-and-blocked-persons-list-sdn-human-readable-lists',
    copies: 'copies of 18 Aug 2021 to 3 May 2024',
    firstCopy: '2021-08-18',
    lastCopy: '2024-05-03',
  },
  'eu-fsf': {
    actor: 'eu',
    label: 'EU consolidated list',
    url: 'https://webgate.ec.europa.eu/fsd/fsf',
    copies: 'the file of 13 Sept 2022',
    firstCopy: '2022-09-13',
    lastCopy: '2022-09-13',
  },
  'uk-list': {
    actor: 'uk',
    label: 'UK Sanctions List',
    url: 'https://www.gov.uk/government/publications/the-uk-sanctions-list',
    copies: 'the list as updated to 29 Apr 2026',
    firstCopy: '2026-04-29',
    lastCopy: '2026-04-29',
  },
} as const satisfies Record<
  ListId,
  { actor: Actor; label: string; url: string; copies: string; firstCopy: string; lastCopy: string }
>;
