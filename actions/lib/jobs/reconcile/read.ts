// Reconcile's reads: GitHub (team, org, invitations, each covered repo's advisories, private
// vulnerability reporting and SECURITY.md, the security-manager role) and Mailman (each list's
// members and owners). Every read either completes or throws: a partial picture never reaches
// the planner, so nothing is ever removed on the strength of an incomplete read.
import type { AdvisoryRecord, GitHubApi, SecurityPolicyFile } from '../../clients/github/api.js';
import type { MailmanClient } from '../../clients/mailman.js';
import type { Policy } from '../../domain/policy.js';
import { reposByOwner, splitRepo } from '../../domain/policy.js';
import type {
  AdvisoryState,
  Observed,
  ObservedGitHub,
  ObservedList,
  ObservedRepo,
  ObservedRole,
} from '../../domain/reconcile/observed.js';
import type { Roster } from '../../domain/roster.js';
import { describeFailure } from '../../clients/github/failures.js';
import { reading } from '../reading.js';

async function readRepo(
  gh: GitHubApi,
  repo: string,
  advisories: AdvisoryRecord[],
  securityPolicy: SecurityPolicyFile | undefined,
): Promise<ObservedRepo> {
  const pvr = await reading(`private vulnerability reporting of ${repo}`, () => gh.privateVulnerabilityReporting(repo));
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
      const gh = ghFor(owner);
      const [lists, files] = await Promise.all([
        reading(`the advisories of ${what}`, () => gh.listOpenAdvisories(owner, repos)),
        reading(`SECURITY.md of ${what}`, () => gh.securityPolicies(repos)),
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

async function readSecurityManager(gh: GitHubApi, org: string): Promise<ObservedRole | null> {
  return reading(`the organization roles of ${org}`, () => gh.findOrgRole(org, 'security_manager'));
}

/** Who the token acts as; when GitHub does not say, the plan may add but never remove (own-identity guard). */
async function readIdentity(gh: GitHubApi): Promise<ObservedGitHub['identity']> {
  try {
    return await gh.tokenIdentity();
  } catch (err) {
    return { kind: 'unknown', why: describeFailure(err) };
  }
}

export async function readGitHub(
  gh: GitHubApi,
  ghFor: GitHubFor,
  roster: Roster,
  policy: Policy,
): Promise<ObservedGitHub> {
  const { org, team } = policy;
  const [identity, orgMembers, orgOwners, teamMembers, pending, failed, repos, securityManager] = await Promise.all([
    readIdentity(gh),
    reading(`the members of ${org}`, () => gh.listOrgMembers(org)),
    reading(`the owners of ${org}`, () => gh.listOrgMembers(org, 'admin')),
    reading(`team ${org}/${team}`, () => gh.listTeamMembers(org, team)),
    reading(`the pending invitations of ${org}/${team}`, () => gh.listTeamInvitations(org, team)),
    reading(`the failed invitations of ${org}`, () => gh.listFailedInvitations(org)),
    readRepos(ghFor, policy.covered_repos),
    policy.github?.team_security_manager ? readSecurityManager(gh, org) : Promise.resolve(undefined),
  ]);
  const observed: ObservedGitHub = {
    identity,
    orgMembers,
    orgOwners,
    team: teamMembers,
    pendingInvitations: pending,
    failedInvitations: failed,
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
    unseen.map((id) => reading(`GitHub account ${id}`, async () => [id, await gh.accountById(id)] as const)),
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

/** Chooses the client for a repository's owner: a GitHub App installation token covers one org. */
export type GitHubFor = (owner: string) => GitHubApi;

export async function readObserved(
  gh: GitHubApi,
  ghFor: GitHubFor,
  mailmanFor: MailmanFor,
  roster: Roster,
  policy: Policy,
): Promise<Observed> {
  const [github, lists] = await Promise.all([readGitHub(gh, ghFor, roster, policy), readLists(mailmanFor, policy)]);
  return { github, ...(lists ? { lists } : {}) };
}
