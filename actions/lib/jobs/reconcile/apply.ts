// Reconcile's writes, in a safe order: the roster PR first, then the grant record (newcomers are
// recorded before they get anything), everything that adds or widens access, everything that takes
// it away, and last the grant record again (leavers forgotten once their access is gone). The first
// failure stops the run: what was done, what failed and what was not attempted are all reported, and
// a re-run converges from there. With --add-only, removals are reported as suppressed, never written.
import type { GitHubApi } from '../../clients/github/api.js';
import type { RunMemory } from '../../clients/github/etag-cache.js';
import type { MailmanClient } from '../../clients/mailman.js';
import type { ChangeResult } from '../../domain/plan.js';
import { splitRepo } from '../../domain/policy.js';
import { GRANTS_BRANCH, GRANTS_PATH, serializeGrantRecord } from '../../domain/reconcile/grants.js';
import type { Change, ReconcilePlan, ReconcileScope } from '../../domain/reconcile/plan.js';
import { describeChange, isRemoval, isSuppressedByAddOnly } from '../../domain/reconcile/plan.js';
import { loginKey } from '../../domain/roster.js';
import { isNotFound } from '../../clients/github/failures.js';
import { setMemberLogins } from '../../domain/roster-edit.js';
import type { JobContext } from '../context.js';
import { applyInOrder } from '../job.js';
import { convergeToolPr } from '../tool-pr.js';
import { pvrMemoryKey } from './memory.js';
import type { GitHubFor, MailmanFor } from './read.js';
import { ROSTER_PATH } from '../../domain/roster.js';

export interface ReconcileDeps {
  /** The client for the PSRT's org (team, roles) and the ops repo. */
  gh: GitHubApi;
  /** The client for a covered repository's owner (an App installation token covers one org); default: gh. */
  ghFor?: GitHubFor;
  /** The Mailman client for a list's REST URL; undefined when none is configured. */
  mailmanFor: MailmanFor;
  /** Settings seen in earlier runs (github.recheck_settings_days); without it every setting is read. */
  memory?: RunMemory;
}

export const RENAME_BRANCH = 'psrt/follow-renames';

type Rename = Extract<Change, { kind: 'roster-login' }>;
type GrantsRecord = Extract<Change, { kind: 'grants-record' }>;
type AdvisoryAccess = Extract<Change, { kind: 'advisory-access' }>;

/** The grant record written to its branch of the ops repo (created from the default branch's head if missing). */
async function writeGrants(gh: GitHubApi, scope: ReconcileScope, c: GrantsRecord): Promise<void> {
  const repo = scope.opsRepo;
  const text = serializeGrantRecord({ people: c.people });
  const current = await gh.readFile(repo, GRANTS_PATH, GRANTS_BRANCH);
  if (current?.text === text) return;
  if (!current) {
    try {
      await gh.branchHead(repo, GRANTS_BRANCH);
    } catch (err) {
      if (!isNotFound(err)) throw err;
      const { defaultBranch } = await gh.getRepository(repo);
      await gh.resetBranch(repo, GRANTS_BRANCH, await gh.branchHead(repo, defaultBranch));
    }
  }
  const what = c.phase === 'before' ? `record ${c.added.length} newcomer(s)` : `forget ${c.dropped.length} leaver(s)`;
  await gh.commitFile(repo, GRANTS_BRANCH, {
    path: GRANTS_PATH,
    content: text,
    message: `reconcile: ${what} in the grant record`,
    ...(current ? { sha: current.sha } : {}),
  });
}

/**
 * An advisory's collaborators are re-read right before its PATCH (which replaces the whole lists), and
 * the plan's additions and removals merged into what is there now: someone a coordinator added since
 * the run's read is kept, not dropped.
 */
async function updateAdvisoryAccess(gh: GitHubApi, c: AdvisoryAccess): Promise<void> {
  const now = await gh.advisoryCollaborators(c.repo, c.ghsaId);
  const removing = new Set(c.removeUsers.map(loginKey));
  const users = now.users.map((u) => u.login).filter((l) => !removing.has(loginKey(l)));
  const have = new Set(users.map(loginKey));
  for (const login of c.addUsers) if (!have.has(loginKey(login))) users.push(login);
  const teams = [...now.teams];
  for (const t of c.addTeams) if (!teams.includes(t)) teams.push(t);
  const unchanged =
    users.length === now.users.length &&
    teams.length === now.teams.length &&
    now.users.every((u) => have.has(loginKey(u.login)));
  if (unchanged) return;
  await gh.updateAdvisory(c.repo, c.ghsaId, { collaborating_users: users, collaborating_teams: teams });
}

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

async function applyOne(
  deps: ReconcileDeps,
  scope: ReconcileScope,
  c: Exclude<Change, Rename>,
  now: Date,
): Promise<void> {
  const { gh } = deps;
  const ghFor = deps.ghFor ?? (() => gh);
  const { org, team } = scope;
  switch (c.kind) {
    case 'team-add':
    case 'team-role':
      return gh.setTeamMembership(org, team, c.login, c.role);
    case 'team-remove':
    case 'team-invitation-cancel':
      // The team-membership DELETE removes an active membership and a pending one alike.
      return gh.removeTeamMembership(org, team, c.login);
    case 'role-assign':
      return gh.assignOrgRoleToTeam(org, team, c.roleId);
    case 'advisory-access':
      return updateAdvisoryAccess(ghFor(splitRepo(c.repo).owner), c);
    case 'grants-record':
      return writeGrants(gh, scope, c);
    case 'pvr-enable':
      await ghFor(splitRepo(c.repo).owner).enablePrivateVulnerabilityReporting(c.repo);
      deps.memory?.remember(pvrMemoryKey(c.repo), true, now.toISOString());
      return;
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
  const suppressed = plan.addOnly ? plan.changes.filter(isSuppressedByAddOnly) : [];
  const written = plan.changes.filter((c) => !suppressed.includes(c));
  const renames = written.filter((c): c is Rename => c.kind === 'roster-login');
  const record = (phase: GrantsRecord['phase']) =>
    written.filter((c) => c.kind === 'grants-record' && c.phase === phase).map((c) => [c]);
  const others = written.filter(
    (c): c is Exclude<Change, Rename> => c.kind !== 'roster-login' && c.kind !== 'grants-record',
  );
  const steps: (readonly Change[])[] = [
    ...(renames.length > 0 ? [renames] : []),
    ...record('before'),
    ...others.filter((c) => !isRemoval(c)).map((c) => [c]),
    ...others.filter(isRemoval).map((c) => [c]),
    ...record('after'),
  ];
  const results = await applyInOrder(
    steps,
    async (changes) => {
      const first = changes[0]!;
      if (first.kind === 'roster-login') return followRenames(deps.gh, plan.scope, changes as Rename[]);
      return applyOne(deps, plan.scope, first, ctx.now());
    },
    ctx,
    (c) => describeChange(c, plan.scope, 'text'),
  );
  // Reported in the plan's order.
  const byChange = new Map(results.map((r) => [r.change, r] as const));
  for (const c of suppressed) byChange.set(c, { change: c, status: 'suppressed', error: 'add-only' });
  return plan.changes.map((c) => byChange.get(c)!);
}
