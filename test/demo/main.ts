// `npm run demo`: the main jobs on the demo world (built from the live roster and policy), in-process (the GitHub simulator serves
// through fetch, no sockets), with no setup beyond `npm ci`. Mailman 3 is real when one is installed
// (Debian's mailman3) or configured (MAILMAN_REST_URL/USER/PASSWORD); otherwise the demo says so.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MailmanClient } from '../../actions/lib/clients/mailman.js';
import { runCli } from '../../actions/lib/entry/cli.js';
import { GitHubSim } from '../sim/github/index.js';
import { psrtWorld } from '../sim/world/psrt/index.js';
import type { MailmanHandle } from '../mailman/index.js';
import { mailmanBinary, startMailman, stopMailman } from '../mailman/index.js';
import { advanceClock, openDemoDesk } from './desk.js';

const root = join(import.meta.dirname, '../..');
// Built now from the live members.yaml and policy.yaml, so the demo always shows the roster as it is.
const world = psrtWorld('demo');
const now = world.now ?? '2026-11-26T12:00:00Z';
const bar = (title: string) => console.log(`\n\x1b[1m== ${title} ==\x1b[0m`);

export interface DemoContext {
  sim: GitHubSim;
  env: Record<string, string>;
  /**
   * Run `psrt …` in-process against the simulator; prints its output and the GitHub requests it made.
   * `cwd` (default the repository root) and `env` (added to the demo's) for one command; `expect` the exit
   * code the step shows (default 0), printed beside the one it got.
   */
  psrt: (
    args: string[],
    title: string,
    opts?: { cwd?: string; env?: Record<string, string>; expect?: number },
  ) => Promise<number>;
  /** What the last `psrt` command printed on stdout (for the demo's own checks). */
  lastOutput: () => string;
}

/** One `psrt` command the demo ran, for the summary line. */
interface Step {
  command: string;
  code: number;
  expected: number;
}

async function mailmanForDemo(): Promise<{ env: Record<string, string>; stop: () => Promise<void> } | undefined> {
  const { MAILMAN_REST_URL: url, MAILMAN_REST_USER: user, MAILMAN_REST_PASSWORD: password } = process.env;
  if (url && user && password)
    return {
      env: { MAILMAN_REST_URL: url, MAILMAN_REST_USER: user, MAILMAN_REST_PASSWORD: password },
      stop: async () => {},
    };
  if (!mailmanBinary()) return undefined;
  const handle: MailmanHandle = await startMailman({ lists: ['psrt@python.org'] });
  return {
    env: { MAILMAN_REST_URL: handle.url, MAILMAN_REST_USER: handle.user, MAILMAN_REST_PASSWORD: handle.password },
    stop: () => stopMailman(handle),
  };
}

async function main(): Promise<number> {
  const started = Date.now();
  const steps: Step[] = [];
  const sim = await GitHubSim.start({ world, inProcessOnly: true, frozenClock: true });
  const env: Record<string, string> = {
    GITHUB_TOKEN: sim.tokens.app,
    GITHUB_API_URL: sim.url,
    GITHUB_GRAPHQL_URL: sim.graphqlUrl,
    PSRT_NOW: now,
    PSRT_FAST_WRITES: '1',
    PSRT_CACHE_DIR: mkdtempSync(join(tmpdir(), 'psrt-demo-cache-')),
  };
  let lastOutput = '';
  const ctx: DemoContext = {
    sim,
    env,
    lastOutput: () => lastOutput,
    psrt: async (args, title, opts = {}) => {
      bar(title);
      console.log(`$ npx psrt ${args.join(' ')}`);
      sim.resetStats();
      lastOutput = '';
      const code = await runCli(args, {
        out: (t) => {
          lastOutput += t;
          process.stdout.write(t);
        },
        err: (t) => process.stderr.write(t),
        env: { ...env, ...opts.env },
        cwd: opts.cwd ?? root,
        fetch: sim.fetch as typeof fetch,
      });
      const s = sim.stats();
      const expected = opts.expect ?? 0;
      steps.push({ command: args[0] ?? '', code, expected });
      console.log(
        `(exit ${code}${expected === 0 ? '' : `, ${code === expected ? 'as expected' : `expected ${expected}`}`}; GitHub requests: ${s.requests}, charged ${s.charged}, 304 ${s.notModified}, writes ${s.writes})`,
      );
      return code;
    },
  };

  let failures = 0;
  if ((await ctx.psrt(['validate'], 'validate members.yaml and policy.yaml (no network)')) !== 0) failures++;

  bar('the demo world');
  console.log(
    `GitHub simulator in-process: org python (team psrt out of sync on purpose), pypa/pip, python/psrt-ops; clock ${now}.`,
  );
  const mailman = await mailmanForDemo();
  if (mailman) {
    Object.assign(env, mailman.env);
    const client = new MailmanClient({
      url: mailman.env.MAILMAN_REST_URL!,
      user: mailman.env.MAILMAN_REST_USER!,
      password: mailman.env.MAILMAN_REST_PASSWORD!,
    });
    if (!(await client.getList('psrt@python.org'))) await client.createList('psrt@python.org');
    console.log(`Mailman 3 at ${mailman.env.MAILMAN_REST_URL}: list psrt@python.org.`);
  } else {
    console.log(
      "No Mailman 3 here (install Debian's mailman3, or set MAILMAN_REST_URL/USER/PASSWORD): the mailing list is not part of this demo.",
    );
  }

  try {
    if ((await ctx.psrt(['reconcile'], 'reconcile: the plan (dry run)')) !== 0) failures++;
    if ((await ctx.psrt(['reconcile', '--apply'], 'reconcile --apply')) !== 0) failures++;
    if ((await ctx.psrt(['reconcile'], 'reconcile again: nothing left to do, and unchanged reads are 304s')) !== 0)
      failures++;
    // The membership lifecycle: votes and the yearly audit.
    const { runLifecycleDemo } = await import('./lifecycle.js');
    failures += await runLifecycleDemo(ctx);
    // The report desk (the hourly sweep) and the CNA desk's reserve on accept, then the end of a report
    // (the CVE record, the advisory email, publication, OSV and credits) on the same CVE Services.
    const desk = await openDemoDesk(ctx);
    try {
      const { runSweepDemo } = await import('./sweep.js');
      failures += await runSweepDemo(ctx, desk);
      // The desk's people work on through the day: each part an hour after the last, as GitHub's limit
      // on writes per minute would have it too.
      advanceClock(ctx, desk, 1);
      const { runReportsDemo } = await import('./reports.js');
      failures += await runReportsDemo(ctx, desk);
      advanceClock(ctx, desk, 1);
      const { runEndsDemo } = await import('./ends.js');
      failures += await runEndsDemo(ctx, desk);
    } finally {
      await desk.close();
    }
  } catch (err) {
    console.log(`\n!! the demo stopped: ${err instanceof Error ? err.message : String(err)}`);
    failures++;
  } finally {
    await mailman?.stop();
  }
  console.log(`\n${summaryLine(steps, failures, Date.now() - started, Boolean(mailman))}`);
  return failures === 0 ? 0 : 1;
}

/** What ran, in one line: the commands by name and count, the refusals shown on purpose, the failures. */
function summaryLine(steps: Step[], failures: number, elapsedMs: number, withMailman: boolean): string {
  const counts = new Map<string, number>();
  for (const step of steps) counts.set(step.command, (counts.get(step.command) ?? 0) + 1);
  const commands = [...counts].map(([name, n]) => (n === 1 ? name : `${name} ×${n}`)).join(', ');
  const refusals = steps.filter((s) => s.expected !== 0 && s.code === s.expected).length;
  return (
    `demo: ${steps.length} psrt commands (${commands}); ${refusals} refusal(s) shown on purpose; ` +
    `Mailman ${withMailman ? 'real' : 'not installed'}; ${failures === 0 ? 'no failures' : `${failures} FAILURE(S)`}; ` +
    `${(elapsedMs / 1000).toFixed(1)} s`
  );
}

process.exitCode = await main();
