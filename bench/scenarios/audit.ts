// The PEP 811 activity audit (dry run: the report and the plan) on the demo world and on a large
// generated org: cold, and again with the ETag cache and a new token ("warm").
import { join } from 'node:path';
import type { AdvisoryFacts } from '../../actions/lib/domain/activity.js';
import { PRUNE_BRANCH, openDuring } from '../../actions/lib/domain/activity.js';
import { runAudit } from '../../actions/lib/jobs/audit.js';
import { ORG_LISTING_THRESHOLD } from '../../actions/lib/clients/github/advisory-lists.js';
import { silentLogger } from '../../actions/lib/jobs/context.js';
import { generateWorld } from '../../test/sim/world/generate.js';
import type { World, WorldAdvisory, WorldFile, WorldIssue } from '../../test/sim/world/index.js';
import { psrtWorld } from '../../test/sim/world/psrt/index.js';
import { reposByOwner } from '../../actions/lib/domain/policy.js';
import type { JobContext, Prepared, Scenario } from '../harness.js';
import { connect, pages } from './common.js';
import { largeConfig } from '../../test/support/lifecycle.js';

function text(f: WorldFile | null | undefined): string {
  if (typeof f === 'string') return f;
  throw new Error('the ops repo must hold members.yaml and policy.yaml as text');
}

function labelled(issue: WorldIssue, label: string): boolean {
  return (issue.labels ?? []).some((l) => (typeof l === 'string' ? l : l.name) === label);
}

/**
 * The reads the audit cannot do without, from the world itself: the report issues (to find the
 * previous report), the pages holding the advisories that can have been open in the window, per private fork of an advisory
 * open in the window its pull list and, when it has pulls, their reviews and its review comments,
 * the ops repo's report issues updated in the window (and their comments when there are any), each
 * exempting team, the open pruning PR, and members.yaml on main when someone is inactive.
 */
export function auditReads(
  world: World,
  o: { opsRepo: string; covered: string[]; teams: string[]; org: string; windowStart: string; inactive: number },
): number {
  const ops = world.repos!.find((r) => r.full_name === o.opsRepo)!;
  const reports = (ops.issues ?? []).filter((i) => labelled(i, 'activity-report'));
  const win = { start: o.windowStart, end: new Date(world.now).toISOString(), capped: false };
  let reads = pages(reports.length);
  // Advisories: each covered repo's whole list, or, from ORG_LISTING_THRESHOLD covered repos in an
  // org, the org-wide list up to the first one updated before the window, and the triage and draft
  // lists (least recently updated first) up to the first one updated in it.
  const byOwner = reposByOwner(o.covered);
  for (const [owner, repos] of byOwner) {
    if (repos.length >= ORG_LISTING_THRESHOLD) {
      const all = world.repos!.filter((r) => r.full_name.startsWith(`${owner}/`)).flatMap((r) => r.advisories ?? []);
      // Pages of a list read up to its first item that no longer counts (that item's page included).
      const upTo = (list: WorldAdvisory[], counts: (a: WorldAdvisory) => boolean) => {
        const n = list.filter(counts).length;
        return n === list.length ? pages(n) : Math.floor(n / 100) + 1;
      };
      const recent = (a: WorldAdvisory) => (a.updated_at ?? '') >= o.windowStart;
      reads += upTo(all, recent);
      for (const state of ['triage', 'draft'])
        reads += upTo(
          all.filter((a) => a.state === state),
          (a) => !recent(a),
        );
    } else {
      for (const full of repos) reads += pages(world.repos!.find((r) => r.full_name === full)!.advisories?.length ?? 0);
    }
  }
  for (const full of o.covered) {
    const repo = world.repos!.find((r) => r.full_name === full)!;
    const advisories = repo.advisories ?? [];
    for (const a of advisories) {
      if (!a.private_fork || !openDuring(facts(a), win)) continue;
      const pulls = a.private_fork.pulls ?? [];
      reads += pages(pulls.length);
      if (pulls.length > 0)
        reads += pulls.length + pages(pulls.reduce((n, p) => n + (p.review_comments?.length ?? 0), 0));
    }
  }
  const reportIssues = (ops.issues ?? []).filter(
    (i) => labelled(i, 'report') && (i.updated_at ?? i.closed_at ?? i.created_at ?? '') >= o.windowStart,
  );
  reads += 1 + (reportIssues.length > 0 ? 1 : 0);
  for (const slug of o.teams) {
    const t = world.teams!.find((x) => x.org === o.org && x.slug === slug);
    reads += pages((t?.members?.length ?? 0) + (t?.maintainers?.length ?? 0));
  }
  // members.yaml of the ops repo, and the pruning PR: the repository (its default branch) and the
  // open PR of the branch; an open one also its file at the head and its reviews.
  const prune = (ops.pulls ?? []).some(
    (p) => p.state === 'open' && (typeof p.head === 'string' ? p.head : p.head?.ref) === PRUNE_BRANCH,
  );
  return reads + 1 + 2 + (prune ? 2 : 0);
}

function facts(a: WorldAdvisory): AdvisoryFacts {
  return {
    ghsa_id: a.ghsa_id ?? '',
    html_url: '',
    state: a.state,
    created_at: a.created_at ?? null,
    published_at: a.published_at ?? null,
    closed_at: a.closed_at ?? null,
    withdrawn_at: a.withdrawn_at ?? null,
    updated_at: a.updated_at ?? null,
  };
}

async function auditJob(ctx: JobContext): Promise<Record<string, unknown>> {
  const { gh, saveCache } = await connect(ctx);
  const result = await runAudit(
    { config: { members: join(ctx.dir, 'members.yaml'), policy: join(ctx.dir, 'policy.yaml') }, apply: false },
    { gh },
    { log: silentLogger, now: () => new Date(ctx.now) },
  );
  await saveCache();
  const plan = result.plan;
  if (!plan) throw new Error(`invalid config: ${JSON.stringify(result.diagnostics.slice(0, 3))}`);
  return {
    members: plan.report.rows.length,
    ...plan.report.counts,
    windowStart: plan.report.window.start,
    changes: plan.changes.length,
    warnings: plan.report.warnings.length,
  };
}

function minimumFor(prepared: Prepared, details: Record<string, unknown>): number {
  const d = prepared.data as { opsRepo: string; covered: string[]; teams: string[]; org: string; windowDays: number };
  return auditReads(prepared.world, {
    ...d,
    windowStart: String(details.windowStart),
    inactive: Number(details.inactive ?? 0),
  });
}

export const auditPsrt: Scenario = {
  name: 'audit-psrt',
  description: 'PEP 811 activity audit of the live roster on the demo world (report and plan, dry run)',
  prepare: () => {
    const world = psrtWorld('demo');
    const ops = world.repos!.find((r) => r.full_name === 'python/psrt-ops')!;
    return {
      world,
      files: { 'members.yaml': text(ops.files?.['members.yaml']), 'policy.yaml': text(ops.files?.['policy.yaml']) },
      data: {
        opsRepo: 'python/psrt-ops',
        covered: ['python/cpython', 'pypa/pip'],
        teams: ['release-managers', 'steering-council'],
        org: 'python',
        windowDays: 365,
      },
    };
  },
  job: auditJob,
  minimum: minimumFor,
  warm: true,
};

// --- a large generated org -------------------------------------------------------------------------
const LARGE = { members: 3000, repos: 1000, advisories: 50_000, seed: 1 };

export const auditLarge: Scenario = {
  name: 'audit-large',
  description: 'PEP 811 activity audit of 3,000 members over 1,000 repos and 50,000 advisories (dry run)',
  prepare: () => {
    // Two thirds of the members coordinate reports; the rest are for the audit to find.
    const world = generateWorld({ ...LARGE, teamSize: 2000 });
    const { members, policy, covered } = largeConfig(world);
    const org = world.orgs![0]!.login;
    world.repos!.push({
      full_name: `${org}/psrt-ops`,
      private: true,
      default_branch: 'main',
      files: { 'members.yaml': members, 'policy.yaml': policy },
    });
    return {
      world,
      files: { 'members.yaml': members, 'policy.yaml': policy },
      data: {
        opsRepo: `${org}/psrt-ops`,
        covered,
        teams: ['release-managers', 'steering-council'],
        org,
        windowDays: 365,
      },
    };
  },
  job: auditJob,
  minimum: minimumFor,
  warm: true,
};
