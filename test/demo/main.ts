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
   * `cwd` (default the repository root) and `env` (added to the demo's) for one command.
   */
  psrt: (args: string[], title: string, opts?: { cwd?: string; env?: Record<string, string> }) => Promise<number>;
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
  const sim = await GitHubSim.start({ world, inProcessOnly: true, frozenClock: true });
  const env: Record<string, string> = {
    GITHUB_TOKEN: sim.tokens.app,
    GITHUB_API_URL: sim.url,
    GITHUB_GRAPHQL_URL: sim.graphqlUrl,
    PSRT_NOW: now,
    PSRT_FAST_WRITES: '1',
    PSRT_CACHE_DIR: mkdtempSync(join(tmpdir(), 'psrt-demo-cache-')),
  };
  const ctx: DemoContext = {
    sim,
    env,
    psrt: async (args, title, opts = {}) => {
      bar(title);
      console.log(`$ npx psrt ${args.join(' ')}`);
      sim.resetStats();
      const code = await runCli(args, {
        out: (t) => process.stdout.write(t),
        err: (t) => process.stderr.write(t),
        env: { ...env, ...opts.env },
        cwd: opts.cwd ?? root,
        fetch: sim.fetch as typeof fetch,
      });
      const s = sim.stats();
      console.log(
        `(exit ${code}; GitHub requests: ${s.requests}, charged ${s.charged}, 304 ${s.notModified}, writes ${s.writes})`,
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
    // The membership lifecycle (votes, audit) joins the demo from its own module.
    const lifecyclePath = './lifecycle.js';
    const lifecycle = (await import(lifecyclePath).catch(() => undefined)) as
      { runLifecycleDemo: (c: DemoContext) => Promise<number> } | undefined;
    if (lifecycle) failures += await lifecycle.runLifecycleDemo(ctx);
    // The report desk (the hourly sweep) and the CNA desk's reserve on accept.
    const { runSweepDemo } = (await import('./sweep.js')) as { runSweepDemo: (c: DemoContext) => Promise<number> };
    failures += await runSweepDemo(ctx);
  } finally {
    await mailman?.stop();
  }
  return failures === 0 ? 0 : 1;
}

process.exitCode = await main();
