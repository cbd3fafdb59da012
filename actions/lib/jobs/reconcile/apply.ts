// Reconcile's writes, in a safe order: the roster PR first, then everything that adds or widens
// access, then everything that takes it away. The first failure stops the run: what was done, what
// failed and what was not attempted are all reported, and a re-run converges from there.
import type { GitHub } from '../../clients/github.js';
import { isNotFound } from '../../clients/github.js';
import type { MailmanClient } from '../../clients/mailman.js';
import type { Policy } from '../../domain/policy.js';
import { splitRepo } from '../../domain/policy.js';
import type { Change, ReconcilePlan } from '../../domain/reconcile/plan.js';
import { isRemoval } from '../../domain/reconcile/plan.js';
import type { ChangeResult } from '../../domain/reconcile/render.js';
import { parse } from 'yaml';
import { setMemberLogin } from '../../domain/roster-edit.js';
import { errorMessage } from '../../errors.js';
import type { Logger } from '../context.js';
import { readTextFile } from '../github-read.js';
import type { GitHubFor, MailmanFor } from './read.js';
import { upsertPullRequest } from '../ops-pr.js';

export interface ApplyDeps {
  gh: GitHub;
  ghFor: GitHubFor;
  mailmanFor: MailmanFor;
  policy: Policy;
  log: Logger;
}

export const RENAME_BRANCH = 'psrt/follow-renames';

/** One PR in the ops repo follows every rename: members.yaml from its default branch, logins fixed. */
async function followRenames(deps: ApplyDeps, renames: Extract<Change, { kind: 'roster-login' }>[]): Promise<string> {
  const repo = deps.policy.ops_repo;
  const file = await readTextFile(deps.gh, repo, 'members.yaml');
  if (!file) throw new Error(`${repo} has no members.yaml on its default branch`);
  // Find each entry in the ops repo's own file (by id, else by the old login): the local checkout the
  // plan came from may be a pull request's, with entries in other places.
  const members = (parse(file.text) as { members?: { login?: string; id?: number }[] } | null)?.members ?? [];
  let text = file.text;
  for (const r of renames) {
    const at = members.findIndex((m) => m.id === r.id);
    const index = at >= 0 ? at : members.findIndex((m) => m.login?.toLowerCase() === r.from.toLowerCase());
    if (index < 0) throw new Error(`${repo}'s members.yaml has no entry with id ${r.id} or login ${r.from}`);
    text = setMemberLogin(text, index, r.to);
  }
  const lines = renames.map((r) => `- \`${r.from}\` → \`${r.to}\` (GitHub id ${r.id})`);
  const pr = await upsertPullRequest(deps.gh, {
    repo,
    branch: RENAME_BRANCH,
    title: `members.yaml: follow ${renames.length} GitHub rename${renames.length === 1 ? '' : 's'}`,
    body: `GitHub accounts keep their numeric id when renamed. These members were renamed on GitHub; reconcile already follows them by id, and this PR brings members.yaml up to date:\n\n${lines.join('\n')}\n\nOpened by \`psrt reconcile\`; it updates this PR on later runs and never merges it.`,
    commitMessage: `members.yaml: follow GitHub renames (${renames.map((r) => `${r.from} → ${r.to}`).join(', ')})`,
    files: [{ path: 'members.yaml', content: text }],
    labels: ['psrt-ops'],
  });
  return `${pr.action} ${pr.url}`;
}

async function applyOne(deps: ApplyDeps, c: Change): Promise<void> {
  const { gh, policy } = deps;
  const org = policy.org;
  const team = policy.team;
  switch (c.kind) {
    case 'team-add':
    case 'team-role':
      await gh.rest.rest.teams.addOrUpdateMembershipForUserInOrg({
        org,
        team_slug: team,
        username: c.login,
        role: c.role,
      });
      return;
    case 'team-remove':
      try {
        await gh.rest.rest.teams.removeMembershipForUserInOrg({ org, team_slug: team, username: c.login });
      } catch (err) {
        if (!isNotFound(err)) throw err; // already gone
      }
      return;
    case 'role-assign':
      await gh.rest.rest.orgs.assignTeamToOrgRole({ org, team_slug: team, role_id: c.roleId });
      return;
    case 'advisory-access': {
      const { owner, repo } = splitRepo(c.repo);
      await deps
        .ghFor(owner)
        .rest.rest.securityAdvisories.updateRepositoryAdvisory({
          owner,
          repo,
          ghsa_id: c.ghsaId,
          collaborating_users: c.users,
          collaborating_teams: c.teams,
        });
      return;
    }
    case 'pvr-enable': {
      const { owner, repo } = splitRepo(c.repo);
      await deps.ghFor(owner).rest.rest.repos.enablePrivateVulnerabilityReporting({ owner, repo });
      return;
    }
    case 'list-subscribe':
      await mailman(deps, c.list).subscribe(c.list, c.address, c.name);
      return;
    case 'list-unsubscribe':
      await mailman(deps, c.list).unsubscribe(c.list, c.address);
      return;
    case 'list-owner-add':
      await mailman(deps, c.list).addOwner(c.list, c.address, c.name);
      return;
    case 'list-owner-remove':
      await mailman(deps, c.list).removeOwner(c.list, c.address);
      return;
    case 'roster-login':
      throw new Error('renames are applied together (followRenames)');
  }
}

function mailman(deps: ApplyDeps, list: string): MailmanClient {
  const policy = deps.policy.mailing_lists?.find((l) => l.address.toLowerCase() === list.toLowerCase());
  const client = policy ? deps.mailmanFor(policy.rest_url) : undefined;
  if (!client) throw new Error(`no Mailman client configured for ${list}`);
  return client;
}

export async function applyPlan(deps: ApplyDeps, plan: ReconcilePlan): Promise<ChangeResult[]> {
  const renames = plan.changes.filter((c): c is Extract<Change, { kind: 'roster-login' }> => c.kind === 'roster-login');
  const others = plan.changes.filter((c) => c.kind !== 'roster-login');
  const ordered: (Change | 'renames')[] = [
    ...(renames.length ? ['renames' as const] : []),
    ...others.filter((c) => !isRemoval(c)),
    ...others.filter(isRemoval),
  ];
  const results = new Map<Change, ChangeResult>();
  let failed = false;
  for (const step of ordered) {
    const changes = step === 'renames' ? renames : [step];
    if (failed) {
      for (const change of changes) results.set(change, { change, status: 'not attempted' });
      continue;
    }
    try {
      if (step === 'renames') deps.log.info(`renames: ${await followRenames(deps, renames)}`);
      else await applyOne(deps, step);
      for (const change of changes) results.set(change, { change, status: 'done' });
    } catch (err) {
      failed = true;
      const error = errorMessage(err);
      deps.log.error(`stopping at the first failure: ${error}`);
      for (const change of changes) results.set(change, { change, status: 'failed', error });
    }
  }
  return plan.changes.map((c) => results.get(c)!);
}
