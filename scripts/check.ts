import { spawn, type ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';

/**
 * `npm test`: every check. Two lanes run side by side, since neither needs the other: types, the
 * unit tests (Vitest) and lint; and the build under /tracker/ with its pre-render (Chromium,
 * every language's overview and embeds) and byte budgets. Two lanes, not three: on two cores
 * with one taken by something else, a third lane would leave the component tests, which render
 * whole pages, a quarter of a core each. Then the browser tests run on that build. A step's output is printed whole
 * when it ends, under its name and time (the browser tests' as it comes); the first failure stops
 * the run. The step times end it, for comparing runs.
 */

type Step = { name: string; command: string };

const LANES: Step[][] = [
  [
    { name: 'types', command: 'npm run typecheck' },
    { name: 'unit and component tests', command: 'npm run test:unit' },
    { name: 'lint', command: 'npm run lint' },
  ],
  [
    { name: 'Chromium', command: 'scripts/ensure-chromium.sh' },
    { name: 'build and pre-render', command: 'npm run build:e2e' },
    { name: 'byte budgets', command: 'OUT_DIR=.e2e/dist npm run size' },
  ],
];
const BROWSER: Step = { name: 'browser tests', command: 'npm run e2e:built' };

const running = new Set<ChildProcess>();
const times: [string, number][] = [];
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Runs one step; its output is kept and printed at its end unless `live`. Resolves with its success. */
function run({ name, command }: Step, live = false): Promise<boolean> {
  const started = performance.now();
  const child = spawn(command, { shell: true, stdio: live ? 'inherit' : 'pipe' });
  running.add(child);
  const output: Buffer[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
  if (live) console.log(`\n── ${name} ──`);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      running.delete(child);
      const took = performance.now() - started;
      times.push([name, took]);
      const outcome = code === 0 ? '' : ` — failed (exit ${code ?? 'signal'})`;
      if (live) console.log(`── ${name}: ${seconds(took)}${outcome} ──`);
      else
        process.stdout.write(
          `\n── ${name}: ${seconds(took)}${outcome} ──\n${Buffer.concat(output).toString()}`,
        );
      resolve(code === 0);
    });
  });
}

function stop(code: number): never {
  for (const child of running) child.kill();
  const width = Math.max(...times.map(([name]) => name.length));
  console.log('\nstep times:');
  for (const [name, took] of times) console.log(`  ${name.padEnd(width)}  ${seconds(took).padStart(8)}`);
  process.exit(code);
}

const started = performance.now();
await Promise.all(
  LANES.map(async (steps) => {
    for (const step of steps) if (!(await run(step))) stop(1);
  }),
);
const passed = await run(BROWSER, true);
times.push(['in all', performance.now() - started]);
stop(passed ? 0 : 1);
