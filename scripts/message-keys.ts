import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { PAGE_NAMES, PAGES, type PageName } from '../src/url/pages';

/**
 * Which messages each page can show: the keys its modules name, found by reading the source. A
 * page's modules are its view and everything that view imports, statically or on demand; for a
 * site page the site's frame (src/views/Layout.tsx) and what it imports; and for every page what
 * the app imports before any page (src/main.tsx, statically). A key is named by a string equal to
 * it (`'site.nav.compare'`, a story step's `headline`) or by a template
 * (`` `data.actors.${actor}.label` ``, every key it can make).
 */

const SRC = path.resolve(import.meta.dirname, '../src');

/** The catalogue of the frame alone: the site's frame and what every page loads, for an unknown address. */
export const FRAME = 'frame';
/** A page's later words: those of its messages that are not its first words (src/i18n/load.ts). */
export type LaterSet = `${PageName}.later`;
/** A page's first words, its later ones, or the frame's. */
export type MessageSet = PageName | LaterSet | typeof FRAME;
const laterSet = (page: PageName): LaterSet => `${page}.later`;
export const MESSAGE_SETS: readonly MessageSet[] = [...PAGE_NAMES, ...PAGE_NAMES.map(laterSet), FRAME];

/**
 * Each page's first words: the keys its first screens asked for, in the state each page opens in,
 * with what lies below its first chart held back (src/views/Later.tsx), written down by
 * `npm run i18n:first` (scripts/first-words.ts). A page not in it takes all of its words first.
 */
export const FIRST_WORDS_FILE = path.resolve(import.meta.dirname, '../src/i18n/first-words.json');
const firstWordsSchema = z.partialRecord(z.enum(PAGE_NAMES), z.array(z.string()));
export type FirstWords = z.infer<typeof firstWordsSchema>;
export function readFirstWords(): FirstWords {
  return firstWordsSchema.parse(JSON.parse(readFileSync(FIRST_WORDS_FILE, 'utf8')));
}

type Module = { statics: string[]; dynamics: string[]; names: string[]; templates: RegExp[] };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.(test|d)\.tsx?$/.test(name) ? [full] : [];
  });
}

function resolve(from: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(from), specifier);
  return [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((file) => {
    try {
      return statSync(file).isFile();
    } catch {
      return false;
    }
  });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function read(file: string): Module {
  const text = readFileSync(file, 'utf8');
  const statics = [...text.matchAll(/^(?:import|export)\s+(?!type\s)[^;]*?from\s+'(\.[^']+)'/gms)].map(
    (m) => m[1] ?? '',
  );
  const dynamics = [...text.matchAll(/import\(\s*'(\.[^']+)'\s*\)/g)].map((m) => m[1] ?? '');
  const names = [...text.matchAll(/'([a-z][\w-]*(?:\.[\w-]+)+)'|"([a-z][\w-]*(?:\.[\w-]+)+)"/g)].map(
    (m) => m[1] ?? m[2] ?? '',
  );
  const templates = [...text.matchAll(/`([a-z][\w-]*\.[^`]*\$\{[^`]*)`/g)].map(
    (m) =>
      new RegExp(
        `^${(m[1] ?? '')
          .split(/\$\{[^}]*\}/)
          .map(escape)
          .join('.+?')}$`,
      ),
  );
  const local = (specifiers: string[]) => specifiers.flatMap((specifier) => resolve(file, specifier) ?? []);
  return { statics: local(statics), dynamics: local(dynamics), names, templates };
}

/**
 * Each page's keys (and the frame's), of those in `keys`: its first words (of `first`, all of them
 * for a page it does not name), and its later ones.
 */
export function messageSets(keys: readonly string[], first: FirstWords = {}): Map<MessageSet, string[]> {
  const modules = new Map(sourceFiles(SRC).map((file) => [file, read(file)]));
  const reach = (root: string, dynamic: boolean, into = new Set<string>()) => {
    if (into.has(root)) return into;
    into.add(root);
    const module = modules.get(root);
    for (const next of [...(module?.statics ?? []), ...(dynamic ? (module?.dynamics ?? []) : [])])
      reach(next, dynamic, into);
    return into;
  };
  const keysOf = (files: Set<string>) => {
    const names = new Set<string>();
    const templates: RegExp[] = [];
    for (const file of files) {
      modules.get(file)?.names.forEach((name) => names.add(name));
      templates.push(...(modules.get(file)?.templates ?? []));
    }
    return keys.filter((key) => names.has(key) || templates.some((template) => template.test(key)));
  };
  const shared = reach(path.join(SRC, 'main.tsx'), false);
  const frame = reach(path.join(SRC, 'views/Layout.tsx'), true, new Set(shared));
  const sets = new Map<MessageSet, string[]>([[FRAME, keysOf(frame)]]);
  for (const name of PAGE_NAMES) {
    const { view, chrome } = PAGES[name];
    const files = reach(
      path.join(SRC, `views/${view}.tsx`),
      true,
      new Set(chrome === 'site' ? frame : shared),
    );
    const all = keysOf(files);
    const opening = first[name] && new Set(first[name]);
    sets.set(name, opening ? all.filter((key) => opening.has(key)) : all);
    sets.set(laterSet(name), opening ? all.filter((key) => !opening.has(key)) : []);
  }
  return sets;
}

/**
 * Short names for the keys the source names whole (`'pages.overview.title'` → `'m.3f'`), which
 * the build writes in the code and the catalogues instead: a key's text costs bytes on every page
 * that names it, twice. Keys a template makes (`` `data.actors.${actor}.label` ``) keep their
 * names, which the code builds as it runs. A short name is itself shaped like a key (a story's
 * steps are checked to name keys, src/stories/schema.ts), in a namespace (`m`) that no file of
 * messages has.
 */
export function shortNames(keys: readonly string[]): Map<string, string> {
  const templates = sourceFiles(SRC).flatMap((file) => read(file).templates);
  const named = keys.filter((key) => !templates.some((template) => template.test(key)));
  return new Map(named.map((key, i) => [key, `m.${i.toString(36)}`]));
}
