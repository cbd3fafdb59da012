// The report desk's hourly sweep. sweep-psrt: `sweep --apply` on the demo world (its first sweep: every
// report new, tags, coordinators, reminders, the dashboard and the memory written), then the warm
// re-run an hour's schedule would make right after, with a new token: it must write nothing and be
// answered mostly by 304s. sweep-large: the hourly plan for a generated org of 1,000 covered repos and
// 50,000 advisories (about 15,000 open) whose desk swept an hour earlier, with tags, grants and
// exploited reports since, cold (no ETag cache) and warm.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../actions/lib/config/load.js';
import { nextDeskState } from '../../actions/lib/domain/desk/advance.js';
import type { DeskState } from '../../actions/lib/domain/desk/state.js';
import { serializeDeskState } from '../../actions/lib/domain/desk/state.js';
import { DESK_STATE_BRANCH, DESK_STATE_PATH } from '../../actions/lib/domain/desk/sweep-job.js';
import { connectGitHub } from '../../actions/lib/entry/github-connect.js';
import { ORG_LISTING_THRESHOLD } from '../../actions/lib/clients/github/advisory-lists.js';
import type { SweepJobChange } from '../../actions/lib/domain/desk/plan.js';
import { closedLookbackDays, deskSettings } from '../../actions/lib/domain/desk/settings.js';
import { reposByOwner } from '../../actions/lib/domain/policy.js';
import type { Policy } from '../../actions/lib/domain/policy.js';
import { silentLogger } from '../../actions/lib/jobs/context.js';
import { runSweep, sweepJob } from '../../actions/lib/jobs/sweep.js';
import { generateWorld } from '../../test/sim/world/generate.js';
import type { World, WorldAdvisory } from '../../test/sim/world/index.js';
import { deskReportFiles, psrtConfig, psrtWorld } from '../../test/sim/world/psrt/index.js';
import { largeConfig } from '../../test/support/lifecycle.js';
import type { JobContext, Prepared, Scenario } from '../harness.js';
import { connect, pages } from './common.js';

const DAY = 86_400_000;

async function sweepScenarioJob(ctx: JobContext, apply: boolean): Promise<Record<string, unknown>> {
  // The harness writes flat files: the report files go into reports/ here.
  const reports = (ctx.data.reports ?? {}) as Record<string, string>;
  mkdirSync(join(ctx.dir, 'reports'), { recursive: true });
  for (const [path, text] of Object.entries(reports)) writeFileSync(join(ctx.dir, path), text);
  const { gh, saveCache } = await connect(ctx);
  const result = await runSweep(
    { config: { members: join(ctx.dir, 'members.yaml'), policy: join(ctx.dir, 'policy.yaml') }, apply },
    { gh },
    { log: silentLogger, now: () => new Date(ctx.now) },
  );
  await saveCache();
  const plan = result.plan;
  if (!plan) throw new Error(`invalid config: ${JSON.stringify(result.diagnostics.slice(0, 3))}`);
  if (result.outcome === 'apply-failed' || result.outcome === 'blocked')
    throw new Error(`sweep ${result.outcome}: ${result.render('text').slice(0, 2000)}`);
  return { outcome: result.outcome, ...realChanges(plan.changes, plan.observed.stateSha !== undefined) };
}

/** What the plan changes, in the units the minimum counts: one write per real change. */
function realChanges(changes: readonly SweepJobChange[], stateExisted: boolean): Record<string, number | boolean> {
  const patched = new Set<string>();
  const lists = new Set<string>();
  let forks = 0;
  let comments = 0;
  let notices = 0;
  for (const c of changes) {
    if (c.kind === 'dashboard' || c.kind === 'desk-state') continue;
    if (c.kind === 'fork-create') forks++;
    else if (c.kind === 'template-comment') comments++;
    else if (c.kind === 'notify') notices++;
    else if (c.kind !== 'record-exploited') patched.add(c.ghsaId);
    if (c.kind === 'assign-coordinator' || c.kind === 'access' || c.kind === 'member-access') lists.add(c.ghsaId);
  }
  return {
    changes: changes.length,
    patches: patched.size,
    listPatches: lists.size,
    forks,
    comments,
    notices,
    newReports: changes.some((c) => c.kind === 'member-access'),
    dashboard: changes.some((c) => c.kind === 'dashboard'),
    state: changes.some((c) => c.kind === 'desk-state'),
    stateExisted,
  };
}

/**
 * The pages of the advisory lists the desk's data needs: each covered repository's whole list (sorted
 * by update, its titles read with it), or, from ORG_LISTING_THRESHOLD repositories in an org, the
 * org-wide list back to the look-back window and the triage and draft lists up to it.
 */
function listPages(world: World, covered: readonly string[], since: string): number {
  let n = 0;
  for (const [owner, repos] of reposByOwner(covered)) {
    if (repos.length >= ORG_LISTING_THRESHOLD) {
      const all = world.repos!.filter((r) => r.full_name.startsWith(`${owner}/`)).flatMap((r) => r.advisories ?? []);
      const recent = (a: WorldAdvisory) => (a.updated_at ?? '') >= since;
      const upTo = (list: WorldAdvisory[], counts: (a: WorldAdvisory) => boolean) => {
        const k = list.filter(counts).length;
        return k === list.length ? pages(k) : Math.floor(k / 100) + 1;
      };
      n += upTo(all, recent);
      for (const state of ['triage', 'draft'])
        n += upTo(
          all.filter((a) => a.state === state),
          (a) => !recent(a),
        );
    } else
      for (const full of repos) n += pages(world.repos!.find((r) => r.full_name === full)!.advisories?.length ?? 0);
  }
  return n;
}

/**
 * The fewest requests a sweep can make: the ops repo and the memory read, the list pages, the org's
 * members when a report is new; per advisory written one PATCH, and a fresh read before it when it
 * replaces a list (credits, collaborators: merged with what GitHub holds then); each fork and comment;
 * the dashboard found (and created and pinned, or updated); one reminder comment; the memory written
 * (its branch created first on a first sweep).
 */
function sweepMinimum(prepared: Prepared, d: Record<string, unknown>): number {
  const data = prepared.data as { covered: string[]; org: string; policy: Policy };
  const now = Date.parse(prepared.world.now!);
  const since = new Date(now - closedLookbackDays(deskSettings(data.policy)) * DAY).toISOString();
  const org = prepared.world.orgs!.find((o) => o.login === data.org)!;
  const orgMembers = (org.members?.length ?? 0) + (org.owners?.length ?? 0);
  let n = 2 + listPages(prepared.world, data.covered, since);
  if (d.newReports) n += pages(orgMembers);
  n += Number(d.patches) + Number(d.listPatches) + Number(d.forks) + Number(d.comments);
  if (d.notices) n += 1;
  if (d.dashboard) n += d.stateExisted ? 2 : 3;
  if (d.state) n += d.stateExisted ? 1 : 3;
  return n;
}

function demoPrepared(): Prepared {
  const { members, policy } = psrtConfig('demo');
  const world = psrtWorld('demo');
  return {
    world,
    files: { 'members.yaml': members, 'policy.yaml': policy },
    data: {
      reports: deskReportFiles(),
      covered: ['python/cpython', 'pypa/pip'],
      org: 'python',
      policy: { reports: { deadline_days: 90 }, access: { after_close_days: 30 } },
    },
  };
}

export const sweepPsrt: Scenario = {
  name: 'sweep-psrt',
  description: 'sweep --apply on the demo world (first sweep); warm: the next sweep, new token, nothing to write',
  prepare: demoPrepared,
  job: (ctx) => sweepScenarioJob(ctx, true),
  minimum: sweepMinimum,
  warm: true,
};

// --- a large generated org ---------------------------------------------------------------------------
const LARGE = { members: 3000, repos: 1000, advisories: 50_000, seed: 1 };
const TAG_CYCLE = ['[ACCEPTED] ', '[CLOSED] ', '[INVALID] ', '[DUPLICATE] '];

/**
 * The generated org as the hourly sweep finds it in steady state: the desk's memory on its branch, from
 * a sweep an hour earlier (every reminder due then sent), and since then a few hundred reports tagged,
 * experts given grants (some already ended) and exploited reports recorded.
 */
async function largePrepared(): Promise<Prepared> {
  const world = generateWorld({ ...LARGE, teamSize: 2000 });
  const { members, policy, covered } = largeConfig(world);
  const org = world.orgs![0]!.login;
  world.repos!.push({
    full_name: `${org}/psrt-ops`,
    private: true,
    default_branch: 'main',
    files: { 'members.yaml': members, 'policy.yaml': policy },
  });
  const now = Date.parse(world.now!);
  const memory = await previousSweep(world, members, policy, new Date(now - 3_600_000));
  world.repos!.find((r) => r.full_name === `${org}/psrt-ops`)!.branches = {
    [DESK_STATE_BRANCH]: { files: { [DESK_STATE_PATH]: serializeDeskState(memory) } },
  };
  // The hour since: tags, grants and exploitation records.
  const touched = new Date(now - 1_800_000).toISOString().replace('.000Z', 'Z');
  const experts = (world.users ?? []).filter((u) => u.login.startsWith('reporter-')).slice(0, 50);
  const reports: Record<string, string> = {};
  let i = 0;
  for (const repo of world.repos!) {
    for (const a of repo.advisories ?? []) {
      if (a.state !== 'triage' && a.state !== 'draft') continue;
      i++;
      if (i % 40 === 0) {
        a.summary = `${TAG_CYCLE[(i / 40) % TAG_CYCLE.length]}${a.summary}`;
        a.updated_at = touched;
      }
      if (i % 300 === 0) {
        const expert = experts[(i / 300) % experts.length]!.login;
        a.collaborating_users = [...(a.collaborating_users ?? []), expert];
        a.updated_at = touched;
        reports[`reports/${a.ghsa_id}.yaml`] =
          `repo: ${repo.full_name}\nghsa: ${a.ghsa_id}\naccess:\n  - login: ${expert}\n    reason: Reviews the fix\n    until: ${i % 600 === 0 ? '2026-11-20' : '2026-12-20'}\n`;
      } else if (i % 1000 === 1)
        reports[`reports/${a.ghsa_id}.yaml`] =
          `repo: ${repo.full_name}\nghsa: ${a.ghsa_id}\nexploited:\n  aware_at: 2026-11-25T20:00:00Z\n`;
    }
  }
  return {
    world,
    files: { 'members.yaml': members, 'policy.yaml': policy },
    data: { reports, covered, org, policy: { reports: { deadline_days: 90 } } },
  };
}

/** The memory an hour-earlier sweep left: what it read, every notice due then sent. */
async function previousSweep(world: World, members: string, policy: string, at: Date): Promise<DeskState> {
  // Loaded here only: the scenario's child process (what is measured) never needs the simulator.
  const { GitHubSim } = await import('../../test/sim/github/index.js');
  const sim = await GitHubSim.start({ world: structuredClone(world), inProcessOnly: true, frozenClock: true });
  sim.setNow(at);
  const dir = mkdtempSync(join(tmpdir(), 'psrt-bench-memory-'));
  writeFileSync(join(dir, 'members.yaml'), members);
  writeFileSync(join(dir, 'policy.yaml'), policy);
  const paths = { members: join(dir, 'members.yaml'), policy: join(dir, 'policy.yaml') };
  const { gh } = await connectGitHub({
    token: sim.tokens.app,
    apiUrl: sim.url,
    graphqlUrl: sim.graphqlUrl,
    log: silentLogger,
    fetch: sim.fetch as typeof fetch,
    fast: true,
  });
  const config = (await loadConfig(paths, at)).config!;
  const ctx = { log: silentLogger, now: () => at };
  const observed = await sweepJob.read({ config: paths, apply: false }, config, { gh }, ctx);
  const plan = sweepJob.plan(config, observed, { config: paths, apply: false }, at);
  return nextDeskState(
    plan.desk,
    plan.desk.changes.filter((c) => c.kind === 'notify'),
  )!;
}

export const sweepLarge: Scenario = {
  name: 'sweep-large',
  description:
    'the hourly sweep (plan) of 1,000 repos, 50,000 advisories (~15,000 open), memory from an hour ago; warm: again',
  prepare: largePrepared,
  job: (ctx) => sweepScenarioJob(ctx, false),
  minimum: (prepared, d) => {
    // A plan: the reads only: the lists, the ops repo and memory, the titles of what changed since.
    const data = prepared.data as { covered: string[]; org: string; policy: Policy };
    const since = new Date(
      Date.parse(prepared.world.now!) - closedLookbackDays(deskSettings(data.policy)) * DAY,
    ).toISOString();
    const org = prepared.world.orgs!.find((o) => o.login === data.org)!;
    const all = prepared.world.repos!.flatMap((r) => r.advisories ?? []);
    const changedSince = new Date(Date.parse(prepared.world.now!) - 3_600_000).toISOString();
    const titlePages = Math.floor(all.filter((a) => (a.updated_at ?? '') >= changedSince).length / 100) + 1;
    return (
      2 +
      listPages(prepared.world, data.covered, since) +
      titlePages +
      (d.newReports ? pages((org.members?.length ?? 0) + (org.owners?.length ?? 0)) : 0)
    );
  },
  warm: true,
};
