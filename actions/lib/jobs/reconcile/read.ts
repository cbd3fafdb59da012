// Reconcile's reads: GitHub (the team's direct members, org, invitations, each covered repo's
// advisories, private vulnerability reporting and SECURITY.md, the security-manager role, the logins
// of members without a pinned id), the grant record in the ops repo, and Mailman (each list's members
// and owners). Every read either completes or throws: a partial picture never reaches the planner, so
// nothing is ever removed on the strength of an incomplete read.
import type { AdvisoryRecord, GitHubApi } from '../../clients/github/api.js';
import type { RunMemory } from '../../clients/github/etag-cache.js';
import type { MailmanClient } from '../../clients/mailman.js';
import { MailmanError } from '../../clients/mailman.js';
import type { PersonRef } from '../../domain/account.js';
import { PersonIndex } from '../../domain/account.js';
import type { Policy } from '../../domain/policy.js';
import { DEFAULT_RECHECK_SETTINGS_DAYS, linksAdvisoryForm, reposByOwner } from '../../domain/policy.js';
import type { GrantRecord } from '../../domain/reconcile/grants.js';
import { GRANTS_BRANCH, GRANTS_PATH, parseGrantRecord } from '../../domain/reconcile/grants.js';
import type {
  AdvisoryState,
  Observed,
  ObservedGitHub,
  ObservedList,
  ObservedRepo,
  ObservedRole,
} from '../../domain/reconcile/observed.js';
import { parseReportText } from '../../config/report-files.js';
import { reportFilePath } from '../../domain/report-file.js';
import type { Roster } from '../../domain/roster.js';
import { loginKey } from '../../domain/roster.js';
import { describeFailure } from '../../clients/github/failures.js';
import { UserError } from '../../errors.js';
import { reading } from '../reading.js';
import { pvrMemoryKey, securityPolicyMemoryKey } from './memory.js';
import type { GitHubFor } from '../../clients/github/api.js';
export type { GitHubFor };

/** Credit types whose holders the report names as its own (never removed by reconcile). */
const REPORT_CREDITS = new Set(['reporter', 'finder']);

/** The advisory's author and credited reporters and finders. */
function reportPeopleOf(a: AdvisoryRecord): PersonRef[] {
  const people: PersonRef[] = [];
  if (a.author) people.push({ login: a.author.login, id: a.author.id });
  for (const c of a.credits_detailed ?? [])
    if (REPORT_CREDITS.has(c.type)) people.push({ login: c.user.login, id: c.user.id });
  for (const c of a.credits ?? []) if (REPORT_CREDITS.has(c.type) && c.login) people.push({ login: c.login });
  return people;
}

/** A covered repository's settings as reconcile observes them (what it remembers between runs). */
interface RepoSettings {
  privateVulnerabilityReporting: boolean;
  securityPolicy: { path: string; linksAdvisoryForm: boolean } | null;
}

/**
 * The settings of some repositories of one owner: what was read within `recheckDays` from memory, the
 * rest read now (SECURITY.md in one batch, beside the reporting checks) and remembered.
 */
async function readSettings(
  gh: GitHubApi,
  owner: string,
  repos: readonly string[],
  memory: RunMemory | undefined,
  recheckDays: number,
  now: Date,
): Promise<Map<string, RepoSettings & { checkedAt: string }>> {
  const out = new Map<string, RepoSettings & { checkedAt: string }>();
  const fresh = now.getTime() - recheckDays * 86_400_000;
  const recall = <T>(key: string) => {
    const memo = recheckDays > 0 ? memory?.recall<T>(key) : undefined;
    return memo && Date.parse(memo.at) > fresh ? memo : undefined;
  };
  const stale: string[] = [];
  for (const repo of repos) {
    const pvr = recall<boolean>(pvrMemoryKey(repo));
    const policy = recall<RepoSettings['securityPolicy']>(securityPolicyMemoryKey(repo));
    if (pvr && policy) {
      const checkedAt = pvr.at < policy.at ? pvr.at : policy.at;
      out.set(repo.toLowerCase(), {
        privateVulnerabilityReporting: pvr.value,
        securityPolicy: policy.value,
        checkedAt,
      });
    } else stale.push(repo);
  }
  if (stale.length === 0) return out;
  const what = stale.length === 1 ? stale[0] : `${stale.length} repositories of ${owner}`;
  const at = now.toISOString();
  // The two reads run together: nothing waits for the other.
  const [policies, pvr] = await Promise.all([
    reading(`SECURITY.md of ${what}`, () => gh.securityPolicies(stale)),
    Promise.all(
      stale.map((repo) =>
        reading(`private vulnerability reporting of ${repo}`, () => gh.privateVulnerabilityReporting(repo)),
      ),
    ),
  ]);
  stale.forEach((repo, i) => {
    const file = policies.get(repo.toLowerCase());
    const settings: RepoSettings = {
      privateVulnerabilityReporting: pvr[i]!,
      securityPolicy: file ? { path: file.path, linksAdvisoryForm: linksAdvisoryForm(repo, file.text) } : null,
    };
    memory?.remember(pvrMemoryKey(repo), settings.privateVulnerabilityReporting, at);
    memory?.remember(securityPolicyMemoryKey(repo), settings.securityPolicy, at);
    out.set(repo.toLowerCase(), { ...settings, checkedAt: at });
  });
  return out;
}

/** Each covered repository, with its open advisories (closed and published ones are left as they are). */
async function readRepos(
  ghFor: GitHubFor,
  policy: Policy,
  memory: RunMemory | undefined,
  now: Date,
): Promise<ObservedRepo[]> {
  const covered = policy.covered_repos;
  const recheck = policy.github?.recheck_settings_days ?? DEFAULT_RECHECK_SETTINGS_DAYS;
  const open = new Map<string, AdvisoryRecord[]>();
  const settings = new Map<string, RepoSettings & { checkedAt: string }>();
  // Every owner's advisory lists and settings are read at once.
  await Promise.all(
    [...reposByOwner(covered)].map(async ([owner, repos]) => {
      const what = repos.length === 1 ? repos[0] : `${repos.length} repositories of ${owner}`;
      const gh = ghFor(owner);
      const [lists, found] = await Promise.all([
        reading(`the advisories of ${what}`, () => gh.listOpenAdvisories(owner, repos)),
        readSettings(gh, owner, repos, memory, recheck, now),
      ]);
      for (const [repo, list] of lists) open.set(repo, list);
      for (const [repo, s] of found) settings.set(repo, s);
    }),
  );
  return covered.map((repo): ObservedRepo => {
    const s = settings.get(repo.toLowerCase())!;
    return {
      repo,
      privateVulnerabilityReporting: s.privateVulnerabilityReporting,
      ...(s.securityPolicy ? { securityPolicy: s.securityPolicy } : {}),
      settingsCheckedAt: s.checkedAt,
      advisories: (open.get(repo.toLowerCase()) ?? []).map((a) => ({
        repo,
        ghsaId: a.ghsa_id,
        state: a.state as AdvisoryState,
        htmlUrl: a.html_url,
        collaboratingUsers: (a.collaborating_users ?? []).map((u) => ({ login: u.login, id: u.id })),
        collaboratingTeams: (a.collaborating_teams ?? []).map((t) => t.slug),
        reportPeople: reportPeopleOf(a),
      })),
    };
  });
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

/** The grant record (grants.ts) from the ops repository; undefined when none was written yet. */
export async function readGrants(gh: GitHubApi, opsRepo: string): Promise<GrantRecord | undefined> {
  const file = await reading(`the grant record ${GRANTS_PATH} (branch ${GRANTS_BRANCH} of ${opsRepo})`, () =>
    gh.readFile(opsRepo, GRANTS_PATH, GRANTS_BRANCH),
  );
  if (!file) return undefined;
  const parsed = parseGrantRecord(file.text);
  if ('problem' in parsed)
    throw new UserError(
      `the grant record ${GRANTS_PATH} on branch ${GRANTS_BRANCH} of ${opsRepo} is not one reconcile wrote (${parsed.problem}): restore it from the branch's history, or delete the branch (reconcile then starts a new record, and until then only people moved to emeritus lose access). Nothing was changed.`,
    );
  return parsed;
}

export async function readGitHub(
  gh: GitHubApi,
  ghFor: GitHubFor,
  roster: Roster,
  policy: Policy,
  memory: RunMemory | undefined,
  now: Date,
): Promise<ObservedGitHub> {
  const { org, team } = policy;
  const [identity, orgMembers, orgOwners, teamMembers, pending, repos, securityManager] = await Promise.all([
    readIdentity(gh),
    reading(`the members of ${org}`, () => gh.listOrgMembers(org)),
    reading(`the owners of ${org}`, () => gh.listOrgMembers(org, 'admin')),
    reading(`team ${org}/${team}`, () => gh.listDirectTeamMembers(org, team)),
    reading(`the pending invitations of ${org}/${team}`, () => gh.listTeamInvitations(org, team)),
    readRepos(ghFor, policy, memory, now),
    policy.github?.team_security_manager ? readSecurityManager(gh, org) : Promise.resolve(undefined),
  ]);
  const observed: ObservedGitHub = {
    identity,
    orgMembers,
    orgOwners,
    team: teamMembers,
    pendingInvitations: pending,
    repos,
    ...(securityManager !== undefined ? { securityManager } : {}),
    accountsById: new Map(),
    accountsByLogin: new Map(),
  };

  // Members not seen in any list: pinned ids one by one (to follow a rename or learn the account is
  // gone), logins without an id in one batched query (a login GitHub does not know is an error).
  const seen = [
    ...observed.orgMembers,
    ...observed.team,
    ...repos.flatMap((r) => r.advisories.flatMap((a) => a.collaboratingUsers)),
  ];
  const seenIds = new Set<number>(seen.map((a) => a.id));
  const seenLogins = new Set(seen.map((a) => loginKey(a.login)));
  const unseenIds = roster.members.map((m) => m.id).filter((id): id is number => id !== undefined && !seenIds.has(id));
  const unseenLogins = [
    ...new Set(
      roster.members.filter((m) => m.id === undefined && !seenLogins.has(loginKey(m.login))).map((m) => m.login),
    ),
  ];
  const [looked, profiles] = await Promise.all([
    Promise.all(
      unseenIds.map((id) => reading(`GitHub account ${id}`, async () => [id, await gh.accountById(id)] as const)),
    ),
    unseenLogins.length === 0
      ? Promise.resolve(new Map())
      : reading(`the GitHub accounts of ${unseenLogins.length} member(s) without a pinned id`, () =>
          gh.profilesByLogin(unseenLogins),
        ),
  ]);
  for (const [id, acc] of looked) observed.accountsById.set(id, acc);
  for (const [login, profile] of profiles)
    observed.accountsByLogin.set(loginKey(login), profile ? { login: profile.login, id: profile.id } : null);
  return observed;
}

/**
 * The access each report file grants (reports/<GHSA>.yaml in the ops repo, `access:` entries whose
 * day has not come), read only for advisories where someone the roster no longer grants access to
 * still collaborates: those are the only advisories where reconcile might remove someone.
 */
async function readReportGrants(
  gh: GitHubApi,
  opsRepo: string,
  github: ObservedGitHub,
  roster: Roster,
  granted: GrantRecord | undefined,
  today: string,
): Promise<void> {
  const members = new PersonIndex<PersonRef>(roster.members);
  const leavers = new PersonIndex<PersonRef>([...(roster.emeritus ?? []), ...(granted?.people ?? [])]);
  const advisories = github.repos
    .flatMap((r) => r.advisories)
    .filter(
      (a) =>
        (a.state === 'triage' || a.state === 'draft') &&
        a.collaboratingUsers.some((u) => leavers.has(u) && !members.has(u)),
    );
  await Promise.all(
    advisories.map(async (a) => {
      const path = reportFilePath(a.ghsaId);
      const text = await reading(
        `${path} of ${opsRepo}`,
        async () => (await gh.withoutFileCache().readFile(opsRepo, path))?.text,
      );
      if (text === undefined) return;
      a.reportPeople.push(...grantedLogins(text, path, today).map((login) => ({ login })));
    }),
  );
}

/** Logins a report file grants access until a day after `today`; a file that is not sound stops the run. */
function grantedLogins(text: string, path: string, today: string): string[] {
  const parsed = parseReportText(path, text, undefined, new Date(`${today}T23:59:59Z`));
  if (!parsed.report)
    throw new UserError(
      `${path} in the ops repository is not a sound report file (${parsed.diagnostics[0]?.message ?? 'it cannot be read'}): its access grants decide who keeps access, so fix it (npx psrt validate) and run again. Nothing was changed.`,
    );
  return (parsed.report.access ?? []).filter((g) => g.until > today).map((g) => g.login);
}

/** Finds the Mailman client for a list's REST URL; undefined when none is configured. */
export type MailmanFor = (restUrl: string) => MailmanClient | undefined;

/** Mailman's own message (it says what to check), as a failed read that changed nothing. */
async function readingList<T>(what: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (err) {
    if (err instanceof MailmanError) throw new UserError(`could not read ${what}: ${err.message} Nothing was changed.`);
    throw err;
  }
}

export async function readLists(mailmanFor: MailmanFor, policy: Policy): Promise<ObservedList[] | undefined> {
  const lists = policy.mailing_lists ?? [];
  const clients = lists.map((l) => mailmanFor(l.rest_url));
  if (lists.length === 0 || clients.some((c) => c === undefined)) return undefined;
  return Promise.all(
    lists.map(async (l, i): Promise<ObservedList> => {
      const mailman = clients[i]!;
      const list = await readingList(`mailing list ${l.address}`, () => mailman.getList(l.address));
      // Like a missing team: the run fails, and the message says where to look.
      if (!list)
        throw new UserError(
          `could not read mailing list ${l.address}: it does not exist on the Mailman server (${mailman.where}). Create it there, or fix mailing_lists in policy.yaml. Nothing was changed.`,
        );
      const [members, owners] = await Promise.all([
        readingList(`the members of ${l.address}`, () => mailman.listMembers(l.address, 'member')),
        readingList(`the owners of ${l.address}`, () => mailman.listMembers(l.address, 'owner')),
      ]);
      const strip = (m: { address: string; displayName?: string }) => ({
        address: m.address,
        ...(m.displayName ? { name: m.displayName } : {}),
      });
      return { address: l.address, members: members.map(strip), owners: owners.map(strip) };
    }),
  );
}

export async function readObserved(
  gh: GitHubApi,
  ghFor: GitHubFor,
  mailmanFor: MailmanFor,
  roster: Roster,
  policy: Policy,
  now: Date,
  memory?: RunMemory,
): Promise<Observed> {
  const [github, granted, lists] = await Promise.all([
    readGitHub(gh, ghFor, roster, policy, memory, now),
    readGrants(gh, policy.ops_repo),
    readLists(mailmanFor, policy),
  ]);
  await readReportGrants(gh, policy.ops_repo, github, roster, granted, now.toISOString().slice(0, 10));
  return { github, ...(granted ? { granted } : {}), ...(lists ? { lists } : {}) };
}
