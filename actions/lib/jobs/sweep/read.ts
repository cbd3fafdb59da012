// The sweep's reads: whether the ops repo is private, the desk's memory (a file on its own branch), the
// report files beside members.yaml, and per covered repository the advisories the desk looks at (open
// ones and those finished within the look-back window) from the conditional lists, which keep no text.
// Titles are read only where they can matter (advisories changed since the memory last saw them, or
// still carrying a tag) and held in memory. Every read completes or throws, except the memory: a memory
// that cannot be read or understood makes the sweep run without it (no reminder, no removal).
import type { AdvisoryRecord, GitHubApi } from '../../clients/github/api.js';
import type { CveServicesClient } from '../../clients/cve-services.js';
import { loadReportFiles, reportStem } from '../../config/report-files.js';
import type { Config, ConfigPaths } from '../../config/load.js';
import type { Account } from '../../domain/account.js';
import type { AdvisoryCredit, CreditState, CreditType, DeskAdvisory } from '../../domain/desk/advisory.js';
import { deskAdvisoryFromRest, isOpen } from '../../domain/desk/advisory.js';
import { closedLookbackDays, deskSettings } from '../../domain/desk/settings.js';
import type { DeskState } from '../../domain/desk/state.js';
import { DeskStateError, emptyDeskState, parseDeskState } from '../../domain/desk/state.js';
import { DESK_STATE_BRANCH, DESK_STATE_PATH, newReports } from '../../domain/desk/sweep-job.js';
import { findTitleTags } from '../../domain/desk/tags.js';
import { DAY_MS, isoUtc } from '../../domain/desk/time.js';
import type { Diagnostic } from '../../domain/findings.js';
import type { ReportFile } from '../../domain/report-file.js';
import { reposByOwner, splitRepo } from '../../domain/policy.js';
import type { JobContext } from '../context.js';
import { describeReadError, reading } from '../reading.js';
import { reportBranch } from '../report-pr.js';
import { reportsDirOf } from '../validate.js';

/** The client for a repository owner: an App installation token is per org (the action's org-tokens input). */
export type GitHubFor = (owner: string) => GitHubApi;

export interface SweepDeps {
  /** The client for the PSRT's org and the ops repo. */
  gh: GitHubApi;
  /** The client for a covered repository's owner; default gh. */
  ghFor?: GitHubFor;
  /** CVE Services (reserve on accept); undefined without credentials. */
  cve?: Pick<CveServicesClient, 'reserveIds'>;
}

export interface SweepObserved {
  opsRepoPrivate: boolean;
  /** Whether CVE Services credentials were given (deps.cve). */
  cveCredentials: boolean;
  /** The memory, or undefined when it could not be read (stateProblem says why). */
  state: DeskState | undefined;
  stateProblem?: string;
  /** The memory file's blob, to update it (undefined: no file yet). */
  stateSha?: string;
  reports: ReportFile[];
  /** Report files that could not be read, at their file, line and column. */
  reportDiagnostics: Diagnostic[];
  reportProblems?: { ghsas: string[]; blockRemovals?: string };
  /** Open advisories and those finished within the look-back window; a title is '' where not read. */
  advisories: DeskAdvisory[];
  /** GHSA ids whose title was read (the rest are unchanged since the memory saw them, without tags). */
  titled: Set<string>;
  /** Since when finished advisories are read (ISO). */
  since: string;
  orgMembers?: Account[];
  exploitedPending: string[];
}

function ghForOf(deps: SweepDeps): GitHubFor {
  return deps.ghFor ?? (() => deps.gh);
}

/** An advisory from a list answer (no text): the title is given separately. */
export function deskAdvisoryFromRecord(repo: string, a: AdvisoryRecord, title: string): DeskAdvisory {
  const created = a.created_at ?? a.updated_at;
  if (created === null) throw new Error(`${a.ghsa_id} (${repo}) came without created_at or updated_at`);
  return {
    repo,
    ghsaId: a.ghsa_id,
    title,
    state: a.state,
    createdAt: created,
    updatedAt: a.updated_at ?? created,
    closedAt: a.closed_at,
    publishedAt: a.published_at,
    withdrawnAt: a.withdrawn_at,
    cveId: a.cve_id,
    credits: (a.credits_detailed ?? []).map((c): AdvisoryCredit => ({
      login: c.user.login,
      id: c.user.id,
      type: c.type as CreditType,
      state: c.state as CreditState,
    })),
    collaboratingUsers: (a.collaborating_users ?? []).map((u) => ({ login: u.login, id: u.id })),
    collaboratingTeams: (a.collaborating_teams ?? []).map((t) => t.slug),
    privateFork: a.private_fork?.full_name ?? null,
    author: a.author ? { login: a.author.login, id: a.author.id } : null,
    // The lists carry no severity; the desk does not use it.
    hasSeverity: false,
  };
}

/** Whether a title can matter: the advisory changed since the memory saw it, or a tag is still in play. */
export function needsTitle(a: DeskAdvisory, state: DeskState | undefined, file: ReportFile | undefined): boolean {
  if (!state) return true;
  const memory = state.reports[a.ghsaId];
  if (!memory?.snapshot || memory.snapshot.updatedAt !== a.updatedAt) return true;
  const tags = Object.keys(memory.tagsSeen);
  return tags.some((t) => t !== 'EXPLOITED') || (tags.includes('EXPLOITED') && file?.exploited === undefined);
}

async function readState(
  gh: GitHubApi,
  opsRepo: string,
): Promise<{ state: DeskState | undefined; problem?: string; sha?: string }> {
  let file;
  try {
    file = await gh.readFile(opsRepo, DESK_STATE_PATH, DESK_STATE_BRANCH);
  } catch (err) {
    return {
      state: undefined,
      problem: `${DESK_STATE_PATH} on branch ${DESK_STATE_BRANCH} could not be read: ${describeReadError(err)}`,
    };
  }
  // No file (no branch yet): a desk that has never swept.
  if (!file) return { state: emptyDeskState() };
  try {
    return { state: parseDeskState(file.text), sha: file.sha };
  } catch (err) {
    if (err instanceof DeskStateError) return { state: undefined, problem: err.detail, sha: file.sha };
    throw err;
  }
}

async function readReports(
  paths: ConfigPaths,
  config: Config,
  now: Date,
): Promise<Pick<SweepObserved, 'reports' | 'reportDiagnostics' | 'reportProblems'>> {
  const { dir, display } = reportsDirOf(paths);
  const loaded = await loadReportFiles(dir, display, config.policy, now);
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  const ghsas = new Set<string>();
  let blockRemovals: string | undefined;
  for (const d of errors) {
    const stem = reportStem(d.file);
    if (/^GHSA(?:-[23456789cfghjmpqrvwx]{4}){3}$/.test(stem)) ghsas.add(stem);
    else
      blockRemovals ??= `${d.file} is not a report file the desk can read (npx psrt validate), so which grants it holds is unknown.`;
  }
  return {
    reports: [...loaded.reports.values()].map((r) => r.report),
    reportDiagnostics: errors,
    ...(errors.length > 0
      ? { reportProblems: { ghsas: [...ghsas].sort(), ...(blockRemovals ? { blockRemovals } : {}) } }
      : {}),
  };
}

async function readAdvisories(ghFor: GitHubFor, covered: readonly string[], since: string): Promise<DeskAdvisory[]> {
  const sinceMs = Date.parse(since);
  const out: DeskAdvisory[] = [];
  await Promise.all(
    [...reposByOwner(covered)].map(async ([owner, repos]) => {
      const what = repos.length === 1 ? repos[0] : `${repos.length} repositories of ${owner}`;
      const lists = await reading(`the advisories of ${what}`, () =>
        ghFor(owner).listAdvisoriesSince(owner, repos, since),
      );
      for (const repo of repos)
        for (const record of lists.get(repo.toLowerCase()) ?? []) {
          const a = deskAdvisoryFromRecord(repo, record, '');
          if (isOpen(a) || Date.parse(a.updatedAt) >= sinceMs) out.push(a);
        }
    }),
  );
  return out.sort((a, b) => (a.ghsaId < b.ghsaId ? -1 : a.ghsaId > b.ghsaId ? 1 : 0));
}

/**
 * Titles for the advisories given: one by one when they are few, else through the lists (one request a
 * page), page by page reduced to id and title. Returns GHSA id → title.
 */
export async function readTitles(
  ghFor: GitHubFor,
  advisories: readonly DeskAdvisory[],
  since: string,
): Promise<Map<string, string>> {
  const titles = new Map<string, string>();
  if (advisories.length === 0) return titles;
  const byOwner = reposByOwner([...new Set(advisories.map((a) => a.repo))]);
  if (advisories.length <= 2 * byOwner.size) {
    await Promise.all(
      advisories.map(async (a) => {
        const whole = await reading(`advisory ${a.ghsaId} of ${a.repo}`, () =>
          ghFor(splitRepo(a.repo).owner).getAdvisory(a.repo, a.ghsaId),
        );
        titles.set(a.ghsaId, deskAdvisoryFromRest(a.repo, whole).title);
      }),
    );
    return titles;
  }
  await Promise.all(
    [...byOwner].map(async ([owner, repos]) => {
      const list = await reading(`the advisory titles of ${owner}`, () =>
        ghFor(owner).listAdvisoryTitles(owner, repos, since),
      );
      for (const t of list) titles.set(t.ghsaId, t.title);
    }),
  );
  return titles;
}

export async function readSweep(
  paths: ConfigPaths,
  config: Config,
  deps: SweepDeps,
  ctx: JobContext,
): Promise<SweepObserved> {
  const { policy } = config;
  const ghFor = ghForOf(deps);
  const now = ctx.now();
  const settings = deskSettings(policy);
  const since = isoUtc(new Date(now.getTime() - closedLookbackDays(settings) * DAY_MS));
  const [repository, memory, reports, advisories] = await Promise.all([
    reading(`the repository ${policy.ops_repo}`, () => deps.gh.getRepository(policy.ops_repo)),
    readState(deps.gh, policy.ops_repo),
    readReports(paths, config, now),
    readAdvisories(ghFor, policy.covered_repos, since),
  ]);
  if (memory.problem) ctx.log.warning(`the desk's memory: ${memory.problem}`);
  const files = new Map(reports.reports.map((r) => [r.ghsa, r] as const));

  const wanting = advisories.filter((a) => needsTitle(a, memory.state, files.get(a.ghsaId)));
  const needOrg = newReports({ advisories, state: memory.state }).length > 0;
  const [titles, orgMembers] = await Promise.all([
    readTitles(ghFor, wanting, since),
    needOrg ? reading(`the members of ${policy.org}`, () => deps.gh.listOrgMembers(policy.org)) : undefined,
  ]);
  const titled = new Set<string>();
  for (const a of advisories) {
    const title = titles.get(a.ghsaId);
    if (title === undefined) continue;
    a.title = title;
    titled.add(a.ghsaId);
  }
  ctx.log.debug(`sweep: ${advisories.length} advisories read, ${titled.size} titles`);

  // Reports whose exploitation the sweep would record: is a PR doing it already open?
  const broken = new Set(reports.reportProblems?.ghsas ?? []);
  const exploitedCandidates = advisories.filter(
    (a) =>
      (findTitleTags(a.title).includes('EXPLOITED') || memory.state?.reports[a.ghsaId]?.tagsSeen.EXPLOITED) &&
      files.get(a.ghsaId)?.exploited === undefined &&
      !broken.has(a.ghsaId),
  );
  const pending = await Promise.all(
    exploitedCandidates.map(async (a) => {
      const pr = await reading(`the exploitation pull request of ${a.ghsaId}`, () =>
        deps.gh.findToolPullRequest(policy.ops_repo, reportBranch(a.ghsaId, 'exploited')),
      );
      return pr ? a.ghsaId : undefined;
    }),
  );

  return {
    opsRepoPrivate: repository.private,
    cveCredentials: deps.cve !== undefined,
    state: memory.state,
    ...(memory.problem ? { stateProblem: memory.problem } : {}),
    ...(memory.sha ? { stateSha: memory.sha } : {}),
    ...reports,
    advisories,
    titled,
    since,
    ...(orgMembers ? { orgMembers } : {}),
    exploitedPending: pending.filter((g): g is string => g !== undefined),
  };
}
