import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The shape of the source tree, checked at every depth: layers import only from the ones before
 * them (README, "How the data flows"), and no module imports itself through others.
 */
const SRC = path.resolve(import.meta.dirname);
const LAYERS = ['data', 'i18n', 'url', 'api', 'selectors', 'charts', 'stories', 'views'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

/**
 * The project modules a file imports (statically or on demand), as absolute paths without
 * extension; type-only imports are left out, as the compiler erases them.
 */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const statics = [...text.matchAll(/^(?:import|export)\s+(type\s+)?[^;]*?from\s+'(\.[^']+)'/gms)]
    .filter((m) => !m[1])
    .map((m) => m[2] ?? '');
  const dynamic = [...text.matchAll(/import\(\s*'(\.[^']+)'\s*\)/g)].map((m) => m[1] ?? '');
  const specifiers = [...statics, ...dynamic];
  return specifiers.map((s) => path.resolve(path.dirname(file), s).replace(/\.tsx?$/, ''));
}

const files = sourceFiles(SRC);
const modules = new Map(files.map((f) => [f.replace(/\.tsx?$/, ''), importsOf(f)]));
const layerOf = (module: string) => LAYERS.indexOf(path.relative(SRC, module).split(path.sep)[0] ?? '');
const name = (module: string) => path.relative(SRC, module);

describe('the source tree', () => {
  it('imports only from earlier layers, at every depth', () => {
    const wrong = [...modules].flatMap(([module, imports]) =>
      imports
        .filter((target) => layerOf(module) >= 0 && layerOf(target) > layerOf(module))
        .map((target) => `${name(module)} → ${name(target)}`),
    );
    expect(wrong).toEqual([]);
  });

  it('has no import cycle', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (module: string, trail: string[]) => {
      if (state.get(module) === 'done') return;
      if (state.get(module) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(module)), module].map(name).join(' → '));
        return;
      }
      state.set(module, 'open');
      for (const target of modules.get(module) ?? [])
        if (modules.has(target)) visit(target, [...trail, module]);
      state.set(module, 'done');
    };
    for (const module of modules.keys()) visit(module, []);
    expect(cycles).toEqual([]);
  });

  it('finds the layers it checks', () => {
    for (const layer of LAYERS)
      expect(
        [...modules.keys()].some((m) => layerOf(m) === LAYERS.indexOf(layer)),
        layer,
      ).toBe(true);
  });
});
