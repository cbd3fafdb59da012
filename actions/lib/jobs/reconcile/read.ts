// Reconcile's reads: GitHub (team, org, invitations, each covered repo's advisories, private
// vulnerability reporting and SECURITY.md, the security-manager role) and Mailman (each list's
// members and owners). Every read either completes or throws: a partial picture never reaches
// the planner, so nothing is ever removed on the strength of an incomplete read.
import type { GitHub } from '../../clients/github.js';
import { CONDITIONAL, describeReadFailure, isNotFound, statusOf } from '../../clients/github.js';
import type { MailmanClient } from '../../clients/mailman.js';
import type { Policy } from '../../domain/policy.js';
import { reposByOwner, splitRepo } from '../../domain/policy.js';
import type {
  Account,
  AdvisoryState,
  Observed,
  ObservedGitHub,
  ObservedInvitation,
  ObservedList,
  ObservedRepo,
  ObservedRole,
} from '../../domain/reconcile/observed.js';
import type { Roster } from '../../domain/roster.js';
import { UserError } from '../../errors.js';
import type { OrganizationInvitation, SimpleUser } from '../github-read.js';
import type { AdvisoryRecord, SecurityPolicyFile } from '../github-read.js';
import {
  listFailedInvitations,
  listOpenAdvisories,
  listOrgMembers,
  listTeamInvitations,
  listTeamMembers,
  readSecurityPolicies,
} from '../github-read.js';

/** Wrap a read so a failure names what was being read and says what to check. */
async function reading<T>(what: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (err) {
    if (err instanceof UserError) throw err;
    const hint = describeReadFailure(err);
    throw new UserError(`could not read ${what}: ${hint}. Nothing was changed.`);
  }
}

const account = (u: Pick<SimpleUser, 'login' | 'id'>): Account => ({ login: u.login, id: Number(u.id) });

function invitation(i: OrganizationInvitation): ObservedInvitation | undefined {
  if (!i.login) return undefined;
  return {
    id: Number(i.id),
    login: i.login,
    createdAt: i.created_at,
    ...(i.failed_at ? { failedAt: i.failed_at } : {}),
    ...(i.failed_reason ? { failedReason: i.failed_reason } : {}),
  };
}

async function readSelf(gh: GitHub): Promise<Account | undefined> {
  if (gh.tokenKind === 'installation') return undefined;
  try {
    const { data } = await gh.rest.rest.users.getAuthenticated({ ...CONDITIONAL });
    return account(data);
  } catch (err) {
    // An installation token without the usual prefix: it acts as an App, which holds no membership.
    if (statusOf(err) === 403) return undefined;
    throw err;
  }
}

async function readRepo(
  gh: GitHub,
  repo: string,
  advisories: AdvisoryRecord[],
  securityPolicy: SecurityPolicyFile | undefined,
): Promise<ObservedRepo> {
  const { owner, repo: name } = splitRepo(repo);
  const pvr = await reading(
    `private vulnerability reporting of ${repo}`,
    async () =>
      (await gh.rest.rest.repos.checkPrivateVulnerabilityReporting({ owner, repo: name, ...CONDITIONAL })).data.enabled,
  );
  return {
    repo,
    privateVulnerabilityReporting: pvr,
    ...(securityPolicy ? { securityPolicy } : {}),
    advisories: advisories.map((a) => ({
      repo,
      ghsaId: a.ghsa_id,
      state: a.state as AdvisoryState,
      htmlUrl: a.html_url,
      collaboratingUsers: (a.collaborating_users ?? []).map((u) => ({ login: u.login, id: u.id })),
      collaboratingTeams: (a.collaborating_teams ?? []).map((t) => t.slug),
    })),
  };
}

/** Each covered repository, with its open advisories (closed and published ones are left as they are). */
async function readRepos(ghFor: GitHubFor, covered: readonly string[]): Promise<ObservedRepo[]> {
  const owners = reposByOwner(covered);
  const open = new Map<string, AdvisoryRecord[]>();
  const policies = new Map<string, SecurityPolicyFile | undefined>();
  await Promise.all(
    [...owners].map(async ([owner, repos]) => {
      const what = repos.length === 1 ? repos[0] : `${repos.length} repositories of ${owner}`;
      const [lists, files] = await Promise.all([
        reading(`the advisories of ${what}`, () => listOpenAdvisories(ghFor(owner), owner, repos)),
        reading(`SECURITY.md of ${what}`, () => readSecurityPolicies(ghFor(owner), repos)),
      ]);
      for (const [repo, list] of lists) open.set(repo, list);
      for (const [repo, file] of files) policies.set(repo, file);
    }),
  );
  return Promise.all(
    covered.map((repo) =>
      readRepo(
        ghFor(splitRepo(repo).owner),
        repo,
        open.get(repo.toLowerCase()) ?? [],
        policies.get(repo.toLowerCase()),
      ),
    ),
  );
}

async function readSecurityManager(gh: GitHub, org: string): Promise<ObservedRole | null> {
  return reading(`the organization roles of ${org}`, async () => {
    const { data } = await gh.rest.rest.orgs.listOrgRoles({ org, ...CONDITIONAL });
    const role = (data.roles ?? []).find((r) => r.name === 'security_manager');
    if (!role) return null;
    const teams = await gh.rest.paginate(gh.rest.rest.orgs.listOrgRoleTeams, {
      org,
      role_id: role.id,
      per_page: 100,
      ...CONDITIONAL,
    });
    return { id: role.id, name: role.name, teams: teams.map((t) => t.slug) };
  });
}

/** Chooses the client for a repository's owner: a GitHub App installation token covers one org. */
export type GitHubFor = (owner: string) => GitHub;

export async function readGitHub(
  gh: GitHub,
  ghFor: GitHubFor,
  roster: Roster,
  policy: Policy,
): Promise<ObservedGitHub> {
  const { org, team } = policy;
  const [self, orgMembers, orgOwners, teamAll, maintainers, pending, failed, repos, securityManager] =
    await Promise.all([
      reading("the token's own account", () => readSelf(gh)),
      reading(`the members of ${org}`, () => listOrgMembers(gh, org)),
      reading(`the owners of ${org}`, () => listOrgMembers(gh, org, 'admin')),
      reading(`team ${org}/${team}`, () => listTeamMembers(gh, org, team)),
      reading(`the maintainers of ${org}/${team}`, () => listTeamMembers(gh, org, team, 'maintainer')),
      reading(`the pending invitations of ${org}/${team}`, () => listTeamInvitations(gh, org, team)),
      reading(`the failed invitations of ${org}`, () => listFailedInvitations(gh, org)),
      readRepos(ghFor, policy.covered_repos),
      policy.github?.team_security_manager ? readSecurityManager(gh, org) : Promise.resolve(undefined),
    ]);
  const maintainerIds = new Set(maintainers.map((m) => m.id));
  const observed: ObservedGitHub = {
    ...(self ? { self } : {}),
    orgMembers: orgMembers.map(account),
    orgOwners: orgOwners.map(account),
    team: teamAll.map((m) => ({ ...account(m), role: maintainerIds.has(m.id) ? 'maintainer' : 'member' })),
    pendingInvitations: pending.map(invitation).filter((i): i is ObservedInvitation => i !== undefined),
    failedInvitations: failed.map(invitation).filter((i): i is ObservedInvitation => i !== undefined),
    repos,
    ...(securityManager !== undefined ? { securityManager } : {}),
    accountsById: new Map(),
  };

  // Pinned ids not seen in any list: look each up, to follow a rename or learn the account is gone.
  const seen = new Set<number>(
    [
      ...observed.orgMembers,
      ...observed.team,
      ...repos.flatMap((r) => r.advisories.flatMap((a) => a.collaboratingUsers)),
    ].map((a) => a.id),
  );
  const unseen = roster.members.map((m) => m.id).filter((id): id is number => id !== undefined && !seen.has(id));
  const looked = await Promise.all(
    unseen.map((id) =>
      reading(`GitHub account ${id}`, async () => {
        try {
          const { data } = await gh.rest.request('GET /user/{account_id}', { account_id: id, ...CONDITIONAL });
          return [id, account(data as SimpleUser)] as const;
        } catch (err) {
          if (isNotFound(err)) return [id, null] as const;
          throw err;
        }
      }),
    ),
  );
  for (const [id, acc] of looked) observed.accountsById.set(id, acc);
  return observed;
}

/** Finds the Mailman client for a list's REST URL; undefined when none is configured. */
export type MailmanFor = (restUrl: string) => MailmanClient | undefined;

export async function readLists(mailmanFor: MailmanFor, policy: Policy): Promise<ObservedList[] | undefined> {
  const lists = policy.mailing_lists ?? [];
  const clients = lists.map((l) => mailmanFor(l.rest_url));
  if (lists.length === 0 || clients.some((c) => c === undefined)) return undefined;
  return Promise.all(
    lists.map(async (l, i): Promise<ObservedList> => {
      const mailman = clients[i]!;
      const list = await mailman.getList(l.address);
      if (!list) return { address: l.address, exists: false, members: [], owners: [] };
      const [members, owners] = await Promise.all([
        mailman.listMembers(l.address, 'member'),
        mailman.listMembers(l.address, 'owner'),
      ]);
      const strip = (m: { address: string; displayName?: string }) => ({
        address: m.address,
        ...(m.displayName ? { name: m.displayName } : {}),
      });
      return { address: l.address, exists: true, members: members.map(strip), owners: owners.map(strip) };
    }),
  );
}

export async function readObserved(
  gh: GitHub,
  ghFor: GitHubFor,
  mailmanFor: MailmanFor,
  roster: Roster,
  policy: Policy,
): Promise<Observed> {
  const [github, lists] = await Promise.all([readGitHub(gh, ghFor, roster, policy), readLists(mailmanFor, policy)]);
  return { github, ...(lists ? { lists } : {}) };
}
