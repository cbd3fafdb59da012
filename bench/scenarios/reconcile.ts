// reconcile on the demo world (built from the live roster and policy) and on a large generated org: the
// plan cold, and the same plan again with the ETag cache and a new token ("warm"); and an apply on the
// demo world.
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import type { Policy } from '../../actions/lib/domain/policy.js';
import { FIXTURE_POLICY_PATH } from '../../test/support/fixtures.js';
import { join } from 'node:path';
import { runReconcile } from '../../actions/lib/jobs/reconcile.js';
import { silentLogger } from '../../actions/lib/jobs/context.js';
import { ORG_LISTING_THRESHOLD, SECURITY_POLICY_PATHS } from '../../actions/lib/clients/github/advisory-lists.js';
import { generateWorld } from '../../test/sim/world/generate.js';
import type { World, WorldFile } from '../../test/sim/world/index.js';
import { psrtConfig, psrtWorld } from '../../test/sim/world/psrt/index.js';
import { reposByOwner } from '../../actions/lib/domain/policy.js';
import type { JobContext, Prepared, Scenario } from '../harness.js';
import { connect, pages } from './common.js';

function fileText(f: WorldFile | null | undefined): string | undefined {
  if (f === null || f === undefined) return undefined;
  return typeof f === 'string' ? f : 'content' in f && typeof f.content === 'string' ? f.content : undefined;
}

/**
 * The reads reconcile cannot do without, from the world itself: every page of the org's members and
 * owners, the team's direct members with their roles (one GraphQL page per hundred), the team's
 * invitations, the grant record, the pages holding the open advisories, and per covered repository its
 * private-vulnerability-reporting setting and its SECURITY.md (the places looked at, up to the first
 * that exists).
 */
export function reconcileReads(world: World, org: string, team: string, covered: string[], roster?: string): number {
  const o = world.orgs!.find((x) => x.login === org)!;
  const owners = o.owners ?? [];
  const members = new Set([...(o.members ?? []), ...owners]);
  const t = world.teams!.find((x) => x.org === org && x.slug === team)!;
  const teamAll = new Set([...(t.members ?? []), ...(t.maintainers ?? [])]);
  const invitations = (o.invitations ?? []).filter(
    (i) => i.state === 'pending' && (i.teams ?? []).includes(team),
  ).length;
  let reads = pages(members.size) + pages(owners.length) + pages(teamAll.size) + pages(invitations) + 1;
  // Members without a pinned id whom no list shows: their logins checked in one GraphQL query a hundred.
  if (roster) {
    const seen = new Set(
      [
        ...members,
        ...teamAll,
        ...(world.repos ?? []).flatMap((r) => (r.advisories ?? []).flatMap((a) => a.collaborating_users ?? [])),
      ].map((l) => l.toLowerCase()),
    );
    const unseen = ((parse(roster) as { members?: { login: string; id?: number }[] }).members ?? []).filter(
      (m) => m.id === undefined && !seen.has(m.login.toLowerCase()),
    );
    if (unseen.length > 0) reads += Math.ceil(unseen.length / 100);
  }
  // Open advisories: each covered repository's whole list, or, from ORG_LISTING_THRESHOLD covered
  // repositories in an org, the org-wide lists of triage and draft ones.
  const byOwner = reposByOwner(covered);
  for (const [owner, repos] of byOwner) {
    if (repos.length >= ORG_LISTING_THRESHOLD) {
      const all = world.repos!.filter((r) => r.full_name.startsWith(`${owner}/`)).flatMap((r) => r.advisories ?? []);
      reads +=
        pages(all.filter((a) => a.state === 'triage').length) + pages(all.filter((a) => a.state === 'draft').length);
    } else {
      for (const full of repos) reads += pages(world.repos!.find((r) => r.full_name === full)!.advisories?.length ?? 0);
    }
  }
  // Per covered repository its private-vulnerability-reporting setting; SECURITY.md through the
  // contents API (the places looked at, up to the first that exists) or, from the threshold on, a
  // GraphQL query per hundred repositories.
  for (const [, repos] of byOwner) {
    if (repos.length >= ORG_LISTING_THRESHOLD) reads += repos.length + Math.ceil(repos.length / 100);
    else {
      for (const full of repos) {
        const repo = world.repos!.find((r) => r.full_name === full)!;
        const found = SECURITY_POLICY_PATHS.findIndex((p) => fileText(repo.files?.[p]) !== undefined);
        reads += 1 + (found < 0 ? SECURITY_POLICY_PATHS.length : found + 1);
      }
    }
  }
  return reads;
}

async function reconcileJob(ctx: JobContext, apply: boolean): Promise<Record<string, unknown>> {
  const { gh, memory, saveCache } = await connect(ctx);
  const result = await runReconcile(
    { config: { members: join(ctx.dir, 'members.yaml'), policy: join(ctx.dir, 'policy.yaml') }, apply },
    { gh, memory, mailmanFor: () => undefined },
    { log: silentLogger, now: () => new Date(ctx.now) },
  );
  await saveCache();
  if (result.outcome === 'invalid')
    throw new Error(`invalid config: ${JSON.stringify(result.diagnostics.slice(0, 3))}`);
  const githubChanges = (result.plan?.changes ?? []).filter((c) => c.system !== 'list');
  return {
    outcome: result.outcome,
    changes: result.plan?.changes.length ?? 0,
    githubChanges: githubChanges.length,
    // A PATCH replacing an advisory's collaborators re-reads the advisory right before it.
    advisoryPatches: githubChanges.filter((c) => c.kind === 'advisory-access').length,
    done: result.results?.filter((r) => r.status === 'done').length ?? 0,
  };
}

function demoPrepared(): Prepared {
  const { members, policy } = psrtConfig('demo');
  return { world: psrtWorld('demo'), files: { 'members.yaml': members, 'policy.yaml': policy } };
}

const DEMO_COVERED = ['python/cpython', 'pypa/pip'];

export const reconcilePsrt: Scenario = {
  name: 'reconcile-psrt',
  description: 'plan reconcile on the demo world with the live roster; warm: the same plan again, new token',
  prepare: demoPrepared,
  job: (ctx) => reconcileJob(ctx, false),
  minimum: (p) => reconcileReads(p.world, 'python', 'psrt', DEMO_COVERED, p.files?.['members.yaml']),
  warm: true,
};

export const reconcilePsrtApply: Scenario = {
  name: 'reconcile-psrt-apply',
  description: 'reconcile --apply on the out-of-sync demo world (one write per change)',
  prepare: demoPrepared,
  job: (ctx) => reconcileJob(ctx, true),
  // The reads, one write per change, a fresh read of each advisory before its PATCH, and the read-back
  // after the apply (the same reads again).
  minimum: (p, details) =>
    2 * reconcileReads(p.world, 'python', 'psrt', DEMO_COVERED, p.files?.['members.yaml']) +
    Number(details.githubChanges) +
    Number(details.advisoryPatches),
};

const LARGE = { members: 3000, repos: 1000, advisories: 50_000, seed: 1 };

/** A roster of every member of the generated org (ids pinned, admins the owners) and a policy covering every repo. */
function largePrepared(): Prepared {
  const world = generateWorld(LARGE);
  const org = world.orgs![0]!;
  const owners = new Set(org.owners ?? []);
  const users = new Map(world.users!.map((u) => [u.login, u]));
  const members = [...(org.owners ?? []), ...(org.members ?? [])].map((login) => {
    const u = users.get(login)!;
    return [
      `  - name: ${u.name ?? login}`,
      `    login: ${login}`,
      `    id: ${u.id}`,
      ...(u.email ? [`    email: ${u.email}`] : []),
      ...(owners.has(login) ? ['    roles: [admin]'] : []),
    ].join('\n');
  });
  const covered = world.repos!.map((r) => r.full_name);
  // The fixture policy, pointed at the generated org: every repository covered, with its product.
  const base = parse(readFileSync(FIXTURE_POLICY_PATH, 'utf8')) as Policy;
  const policy = stringify({
    ...base,
    org: org.login,
    ops_repo: covered[0],
    covered_repos: covered,
    mailing_lists: [],
    cna: {
      ...base.cna,
      products: Object.fromEntries(
        covered.map((r) => [
          r,
          { vendor: 'Big Org', product: r.split('/')[1], repo: `https://github.com/${r}`, version_type: 'semver' },
        ]),
      ),
    },
  });
  return {
    world,
    files: { 'members.yaml': `members:\n${members.join('\n')}\n`, 'policy.yaml': policy },
    data: { covered },
  };
}

export const reconcileLarge: Scenario = {
  name: 'reconcile-large',
  description: 'plan reconcile for 3,000 members, 1,000 repos, 50,000 advisories; warm: again, new token',
  prepare: largePrepared,
  job: (ctx) => reconcileJob(ctx, false),
  minimum: (p) => reconcileReads(p.world, p.world.orgs![0]!.login, 'psrt', p.data!.covered as string[]),
  warm: true,
};
