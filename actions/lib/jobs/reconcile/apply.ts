// Reconcile's writes, in a safe order: the roster PR first, then everything that adds or widens
// access, then everything that takes it away. The first failure stops the run: what was done, what
// failed and what was not attempted are all reported, and a re-run converges from there.
import type { GitHubApi } from '../../clients/github/api.js';
import type { MailmanClient } from '../../clients/mailman.js';
import type { ChangeResult } from '../../domain/plan.js';
import { splitRepo } from '../../domain/policy.js';
import type { Change, ReconcilePlan, ReconcileScope } from '../../domain/reconcile/plan.js';
import { describeChange, isRemoval } from '../../domain/reconcile/plan.js';
import { setMemberLogins } from '../../domain/roster-edit.js';
import type { JobContext } from '../context.js';
import { applyInOrder } from '../job.js';
import { convergeToolPr } from '../tool-pr.js';
import type { GitHubFor, MailmanFor } from './read.js';

export interface ReconcileDeps {
  /** The client for the PSRT's org (team, roles) and the ops repo. */
  gh: GitHubApi;
  /** The client for a covered repository's owner (an App installation token covers one org); default: gh. */
  ghFor?: GitHubFor;
  /** The Mailman client for a list's REST URL; undefined when none is configured. */
  mailmanFor: MailmanFor;
}

export const RENAME_BRANCH = 'psrt/follow-renames';
const ROSTER_PATH = 'members.yaml';

type Rename = Extract<Change, { kind: 'roster-login' }>;

/** One PR in the ops repo follows every rename: members.yaml from its default branch, logins fixed. */
async function followRenames(gh: GitHubApi, scope: ReconcileScope, renames: readonly Rename[]): Promise<string> {
  const repo = scope.opsRepo;
  const file = await gh.readFile(repo, ROSTER_PATH);
  if (!file) throw new Error(`${repo} has no ${ROSTER_PATH} on its default branch`);
  // Entries are found in the ops repo's own file (by id, else by the old login): the local checkout the
  // plan came from may be a pull request's, with entries in other places.
  const text = setMemberLogins(file.text, renames);
  const lines = renames.map((r) => `- \`${r.from}\` → \`${r.to}\` (GitHub id ${r.id})`);
  return convergeToolPr(gh, {
    repo,
    branch: RENAME_BRANCH,
    title: `members.yaml: follow ${renames.length} GitHub rename${renames.length === 1 ? '' : 's'}`,
    body: `GitHub accounts keep their numeric id when renamed. These members were renamed on GitHub; reconcile already follows them by id, and this PR brings members.yaml up to date:\n\n${lines.join('\n')}\n\nOpened by \`psrt reconcile\`; it updates this PR on later runs and never merges it.`,
    commitMessage: `members.yaml: follow GitHub renames (${renames.map((r) => `${r.from} → ${r.to}`).join(', ')})`,
    files: [{ path: ROSTER_PATH, content: text }],
    labels: ['psrt-ops'],
    reviewers: { users: [], teams: [] },
  });
}

function mailman(deps: ReconcileDeps, scope: ReconcileScope, list: string): MailmanClient {
  const listPolicy = scope.lists.find((l) => l.address.toLowerCase() === list.toLowerCase());
  const client = listPolicy ? deps.mailmanFor(listPolicy.rest_url) : undefined;
  if (!client) throw new Error(`no Mailman client configured for ${list}`);
  return client;
}

async function applyOne(deps: ReconcileDeps, scope: ReconcileScope, c: Exclude<Change, Rename>): Promise<void> {
  const { gh } = deps;
  const ghFor = deps.ghFor ?? (() => gh);
  const { org, team } = scope;
  switch (c.kind) {
    case 'team-add':
    case 'team-role':
      return gh.setTeamMembership(org, team, c.login, c.role);
    case 'team-remove':
      return gh.removeTeamMembership(org, team, c.login);
    case 'role-assign':
      return gh.assignOrgRoleToTeam(org, team, c.roleId);
    case 'advisory-access':
      return ghFor(splitRepo(c.repo).owner).updateAdvisory(c.repo, c.ghsaId, {
        collaborating_users: c.users,
        collaborating_teams: c.teams,
      });
    case 'pvr-enable':
      return ghFor(splitRepo(c.repo).owner).enablePrivateVulnerabilityReporting(c.repo);
    case 'list-subscribe':
      return mailman(deps, scope, c.list).subscribe(c.list, c.address, c.name);
    case 'list-unsubscribe':
      return mailman(deps, scope, c.list).unsubscribe(c.list, c.address);
    case 'list-owner-add':
      return mailman(deps, scope, c.list).addOwner(c.list, c.address, c.name);
    case 'list-owner-remove':
      return mailman(deps, scope, c.list).removeOwner(c.list, c.address);
  }
}

export async function applyReconcile(
  plan: ReconcilePlan,
  deps: ReconcileDeps,
  ctx: JobContext,
): Promise<ChangeResult<Change>[]> {
  const renames = plan.changes.filter((c): c is Rename => c.kind === 'roster-login');
  const others = plan.changes.filter((c): c is Exclude<Change, Rename> => c.kind !== 'roster-login');
  const steps: (readonly Change[])[] = [
    ...(renames.length > 0 ? [renames] : []),
    ...others.filter((c) => !isRemoval(c)).map((c) => [c]),
    ...others.filter(isRemoval).map((c) => [c]),
  ];
  const results = await applyInOrder(
    steps,
    async (changes) => {
      const first = changes[0]!;
      if (first.kind === 'roster-login') return followRenames(deps.gh, plan.scope, changes as Rename[]);
      return applyOne(deps, plan.scope, first);
    },
    ctx,
    (c) => describeChange(c, plan.scope, 'text'),
  );
  // Reported in the plan's order.
  const byChange = new Map(results.map((r) => [r.change, r] as const));
  return plan.changes.map((c) => byChange.get(c)!);
}
