// How much later than bare Node the validate action starts and finishes: `node actions/validate/dist/index.js`
// on the repository's members.yaml and policy.yaml against `node -e 0`, interleaved over repeated runs
// (median of the paired differences), and the size of every committed bundle (entry and chunks; the
// source maps beside them are read only for a debug stack). No request is made: the world is empty.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Scenario } from '../harness.js';

const RUNS = 21;

interface BundleSize {
  /** What `node dist/index.js` may load: the entry and its chunks. */
  entryAndChunksBytes: number;
  files: number;
  sourceMapBytes: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

function bundleSizes(root: string): Record<string, BundleSize> {
  const sizes: Record<string, BundleSize> = {};
  for (const dir of readdirSync(join(root, 'actions'), { withFileTypes: true })) {
    const dist = join(root, 'actions', dir.name, 'dist');
    if (!dir.isDirectory() || !existsSync(join(dist, 'index.js'))) continue;
    const files = readdirSync(dist);
    const bytes = (suffix: string) =>
      files.filter((f) => f.endsWith(suffix)).reduce((sum, f) => sum + statSync(join(dist, f)).size, 0);
    sizes[dir.name] = {
      entryAndChunksBytes: bytes('.js'),
      files: files.filter((f) => f.endsWith('.js')).length,
      sourceMapBytes: bytes('.map'),
    };
  }
  return sizes;
}

/**
 * CPU time (user + system) of this process's finished children, in ms, from /proc (Linux; USER_HZ is
 * 100 there): wall time on a busy machine measures the neighbours too, CPU time much less so.
 */
function childrenCpuMs(): number | undefined {
  if (!existsSync('/proc/self/stat')) return undefined;
  // The command name (field 2) can hold spaces: count fields after its closing parenthesis.
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

/** Wall and CPU time of one `node …` run, from spawn to exit; a failed run is an error, not a figure. */
function timeNode(args: string[], env: NodeJS.ProcessEnv, cwd: string): { wall: number; cpu: number | undefined } {
  const cpuBefore = childrenCpuMs();
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { env, cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  const wall = performance.now() - started;
  const cpuAfter = childrenCpuMs();
  if (result.status !== 0)
    throw new Error(`node ${args.join(' ')} exited ${result.status}: ${String(result.stderr).slice(0, 500)}`);
  return { wall, cpu: cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore };
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

export const startup: Scenario = {
  name: 'startup',
  description: `validate action bundle vs bare \`node -e 0\` (${RUNS} interleaved runs each), and every bundle's size`,
  prepare: () => {
    const root = join(import.meta.dirname, '../..');
    return {
      world: { now: new Date().toISOString() },
      files: {
        'members.yaml': readFileSync(join(root, 'members.yaml'), 'utf8'),
        'policy.yaml': readFileSync(join(root, 'policy.yaml'), 'utf8'),
      },
      data: { root },
    };
  },
  job: async (ctx) => {
    const root = String(ctx.data.root);
    const members = join(ctx.dir, 'members.yaml');
    const policy = join(ctx.dir, 'policy.yaml');
    // As a runner starts it, minus the files it would write: inputs only, outputs on stdout.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !k.startsWith('INPUT_') && !k.startsWith('GITHUB_')),
    );
    const actionEnv = { ...env, 'INPUT_MEMBERS-FILE': members, 'INPUT_POLICY-FILE': policy };
    const bare = ['-e', '0'];
    const action = [join(root, 'actions/validate/dist/index.js')];
    const cli = [join(root, 'actions/cli/dist/index.js'), 'validate', '--members', members, '--policy', policy];
    // One unmeasured run each: the files are in the page cache for every measured one.
    for (const args of [bare, action, cli]) timeNode(args, actionEnv, ctx.dir);
    const times = { bare: [] as number[], action: [] as number[], cli: [] as number[] };
    const cpu = { bare: [] as number[], action: [] as number[], cli: [] as number[] };
    const measure = (kind: keyof typeof times, args: string[], runEnv: NodeJS.ProcessEnv) => {
      const t = timeNode(args, runEnv, ctx.dir);
      times[kind].push(t.wall);
      if (t.cpu !== undefined) cpu[kind].push(t.cpu);
    };
    for (let i = 0; i < RUNS; i++) {
      measure('bare', bare, env);
      measure('action', action, actionEnv);
      measure('cli', cli, env);
    }
    const paired = (list: number[]) => round(median(list.map((t, i) => t - times.bare[i]!)));
    // Ticks of 10 ms: only the mean over all runs is meaningful.
    const cpuOverBare = (list: number[]) => (list.length ? round(mean(list) - mean(cpu.bare)) : null);
    const bundles = bundleSizes(root);
    const details = {
      runs: RUNS,
      bareNodeMs: round(median(times.bare)),
      validateActionMs: round(median(times.action)),
      validateActionOverBareMs: paired(times.action),
      cliValidateMs: round(median(times.cli)),
      cliValidateOverBareMs: paired(times.cli),
      cpuMsPerRun: cpu.bare.length
        ? {
            bareNode: round(mean(cpu.bare)),
            validateAction: round(mean(cpu.action)),
            cliValidate: round(mean(cpu.cli)),
          }
        : null,
      validateActionCpuOverBareMs: cpuOverBare(cpu.action),
      bundles,
    };
    const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
    process.stderr.write(
      [
        `startup (median of ${RUNS}): node -e 0 ${details.bareNodeMs} ms; validate action ${details.validateActionMs} ms, ` +
          `${details.validateActionOverBareMs} ms over bare Node; psrt validate ${details.cliValidateMs} ms, ${details.cliValidateOverBareMs} ms over`,
        `CPU per run (user + system, mean): ${JSON.stringify(details.cpuMsPerRun)}; validate action ${details.validateActionCpuOverBareMs} ms over bare Node`,
        ...Object.entries(bundles).map(
          ([name, s]) =>
            `  actions/${name}/dist: entry and chunks ${s.entryAndChunksBytes} bytes (${kib(s.entryAndChunksBytes)}, ${s.files} files), source maps ${kib(s.sourceMapBytes)}`,
        ),
        '',
      ].join('\n'),
    );
    return details;
  },
  minimum: () => 0,
};
