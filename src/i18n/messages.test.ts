import compile from 'icu-minify/compile';
import { describe, expect, it } from 'vitest';
import { readMessages } from '../../scripts/vite-messages-plugin';
import { INTL_TAGS, LOCALES } from './locales';

/**
 * Every language's catalogue against English's: the same keys, each message well formed, with the
 * same arguments and tags, and a branch for each plural form the language has. A missing or broken
 * string fails the checks here, naming the language and the key.
 */

type Shape = { arguments: string[]; tags: string[]; plurals: Record<string, string[]> };

/** What a compiled message asks of its caller: its arguments, its tags, its plurals' branches. */
function shapeOf(message: unknown): Shape {
  const shape: Shape = { arguments: [], tags: [], plurals: {} };
  const visitAll = (nodes: unknown) => Array.isArray(nodes) && nodes.forEach(visit);
  // A node: text, `#`, an argument `[name]`, a typed argument `[name, type, options]`, or a tag
  // `[name, ...children]` (icu-minify's compiled form). A branch or a tag's content is a list of nodes.
  function visit(node: unknown): void {
    if (!Array.isArray(node)) return;
    const parts: unknown[] = node;
    const [name, type, options] = parts;
    if (typeof name !== 'string') return;
    if (parts.length === 1 || (typeof type === 'number' && type > 3)) shape.arguments.push(name);
    else if (type === 1 || type === 2 || type === 3) {
      shape.arguments.push(name);
      const branches = typeof options === 'object' && options ? Object.entries(options) : [];
      if (type === 2) shape.plurals[name] = branches.map(([form]) => form).sort();
      for (const [, branch] of branches) visitAll(branch);
    } else {
      shape.tags.push(name);
      visitAll(parts.slice(1));
    }
  }
  visitAll(message);
  return { ...shape, arguments: [...new Set(shape.arguments)].sort(), tags: [...new Set(shape.tags)].sort() };
}

const english = readMessages('en');

describe('the catalogues', () => {
  for (const locale of LOCALES) {
    const messages = readMessages(locale);

    it(`${locale} has every interface string English has, and no other`, () => {
      expect(Object.keys(english).filter((key) => !(key in messages))).toEqual([]);
      expect(Object.keys(messages).filter((key) => !(key in english))).toEqual([]);
    });

    it(`${locale}'s messages are well formed, with English's arguments and tags, and every plural form of ${locale}`, () => {
      const forms = new Intl.PluralRules(INTL_TAGS[locale]).resolvedOptions().pluralCategories;
      for (const [key, text] of Object.entries(messages)) {
        const shape = shapeOf(compile(text));
        const model = shapeOf(compile(english[key] ?? ''));
        expect([key, shape.arguments], text).toEqual([key, model.arguments]);
        expect([key, shape.tags], text).toEqual([key, model.tags]);
        for (const branches of Object.values(shape.plurals))
          expect([key, forms.filter((form) => !branches.includes(form))], text).toEqual([key, []]);
      }
    });
  }
});
