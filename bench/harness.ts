// The benchmark harness. A scenario's world is served by the GitHub simulator in this process (HTTP
// on localhost, with injected latency); the job runs in a child process so that its CPU time and
// peak RSS are its own. Per scenario: requests (reads, writes, charged, 304s) counted by the
// simulator, the minimum the data needs, their ratio, wall time, CPU time, peak RSS.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitHubSim } from '../test/sim/github/index.js';
import type { World } from '../test/sim/world/index.js';

/** What a scenario's job gets in the child process. */
export interface JobContext {
  apiUrl: string;
  graphqlUrl: string;
  token: string;
  /**
   * The ETag cache's scope: a stable name for the token's identity, as the workflows pass the App's slug
   * (cache-scope), so the cache outlives each run's new installation token.
   */
  cacheScope: string;
  /** A working directory for files the job reads (members.yaml, policy.yaml) and its ETag cache. */
  dir: string;
  now: string;
  /** Free-form data the scenario's prepare step passed on. */
  data: Record<string, unknown>;
}

/** One run of a job, as measured in the child process. */
export interface ChildReport {
  wallMs: number;
  cpuMs: number;
  peakRssMb: number;
  /** What the job says it did (changes planned or made, pages read…), for `minimum` and the report. */
  details: Record<string, unknown>;
}

export interface Prepared {
  world: World;
  /** Files written into the job's working directory (e.g. members.yaml, policy.yaml). */
  files?: Record<string, string>;
  data?: Record<string, unknown>;
}

export interface Scenario {
  name: string;
  description: string;
  /** Builds the world and the job's files, in the harness process. */
  prepare: () => Prepared | Promise<Prepared>;
  /** The job, in the child process. */
  job: (ctx: JobContext) => Promise<Record<string, unknown>>;
  /** Fewest requests the data needs for the cold run: list pages plus one write per real change. */
  minimum: (prepared: Prepared, details: Record<string, unknown>) => number;
  /**
   * Also run again, unchanged, with the ETag cache the cold run left ("warm"), and with a new token for
   * the same identity: every scheduled run gets a new App installation token, and GitHub's ETags are
   * specific to the token, so only validators that are not (Last-Modified) can still answer 304.
   */
  warm?: boolean;
  /** Token name from the world (default app). */
  token?: string;
}

export interface RunFigures {
  requests: number;
  reads: number;
  writes: number;
  charged: number;
  notModified: number;
  wallMs: number;
  cpuMs: number;
  peakRssMb: number;
  details: Record<string, unknown>;
}

export interface ScenarioResult extends RunFigures {
  minimum: number;
  ratio: number;
  latencyMs: number;
  warm?: RunFigures & { chargedShareOfCold: number; freshToken: true };
}

let childScript: Promise<string> | undefined;

/**
 * The child runs bundled JavaScript, as the actions do (one esbuild bundle per bench run), so its CPU
 * time and memory are the job's, not a TypeScript loader's.
 */
function bundledChild(): Promise<string> {
  childScript ??= (async () => {
    const { build } = await import('esbuild');
    const outfile = join(mkdtempSync(join(tmpdir(), 'psrt-bench-child-')), 'child.mjs');
    await build({
      entryPoints: [join(import.meta.dirname, 'child.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile,
      logLevel: 'warning',
      banner: {
        js: "import { createRequire as __psrtRequire } from 'node:module'; const require = __psrtRequire(import.meta.url);",
      },
    });
    return outfile;
  })();
  return childScript;
}

async function runChild(scenario: string, ctx: JobContext): Promise<ChildReport> {
  const script = await bundledChild();
  return new Promise((resolve, reject) => {
    // PSRT_BENCH_PROFILE=DIR writes a V8 CPU profile of each child run there (for chrome://inspect).
    const profile = process.env.PSRT_BENCH_PROFILE;
    const flags = profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [];
    const child = spawn(process.execPath, [...flags, script, scenario], { stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      if (code !== 0) return reject(new Error(`scenario ${scenario} failed (exit ${code}): ${line}`));
      try {
        resolve(JSON.parse(line) as ChildReport);
      } catch {
        reject(new Error(`scenario ${scenario} printed no report: ${out.slice(-500)}`));
      }
    });
    child.stdin.end(JSON.stringify(ctx));
  });
}

async function measure(sim: GitHubSim, scenario: Scenario, ctx: JobContext): Promise<RunFigures> {
  sim.resetStats();
  const report = await runChild(scenario.name, ctx);
  const s = sim.stats();
  return {
    requests: s.requests,
    reads: s.requests - s.writes,
    writes: s.writes,
    charged: s.charged,
    notModified: s.notModified,
    wallMs: Math.round(report.wallMs),
    cpuMs: Math.round(report.cpuMs),
    peakRssMb: Math.round(report.peakRssMb * 10) / 10,
    details: report.details,
  };
}

export async function runScenario(scenario: Scenario, latencyMs: number): Promise<ScenarioResult> {
  const prepared = await scenario.prepare();
  const sim = await GitHubSim.start({ world: prepared.world, frozenClock: true, latencyMs });
  try {
    const dir = mkdtempSync(join(tmpdir(), `psrt-bench-${scenario.name}-`));
    const { writeFileSync } = await import('node:fs');
    for (const [name, content] of Object.entries(prepared.files ?? {})) writeFileSync(join(dir, name), content);
    const tokenName = scenario.token ?? 'app';
    const ctx: JobContext = {
      apiUrl: sim.url,
      graphqlUrl: sim.graphqlUrl,
      token: sim.tokens[tokenName] ?? sim.tokens.app,
      cacheScope: `bench-${tokenName}`,
      dir,
      now: prepared.world.now ?? new Date().toISOString(),
      data: prepared.data ?? {},
    };
    const cold = await measure(sim, scenario, ctx);
    const minimum = scenario.minimum(prepared, cold.details);
    const result: ScenarioResult = {
      ...cold,
      minimum,
      ratio: Math.round((cold.requests / Math.max(1, minimum)) * 1000) / 1000,
      latencyMs,
    };
    if (scenario.warm) {
      const token = sim.freshToken(tokenName);
      if (token === ctx.token) throw new Error(`scenario ${scenario.name}: the warm run needs a new token`);
      const warm = await measure(sim, scenario, { ...ctx, token });
      result.warm = {
        ...warm,
        chargedShareOfCold: Math.round((warm.charged / Math.max(1, cold.charged)) * 1000) / 1000,
        freshToken: true,
      };
    }
    return result;
  } finally {
    await sim.close();
  }
}

/** In the child: run the job and report its own wall time, CPU time and peak RSS. */
export async function measureJob(job: () => Promise<Record<string, unknown>>): Promise<ChildReport> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const details = await job();
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000, peakRssMb: process.resourceUsage().maxRSS / 1024, details };
}
