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
import { loadConfig } from '../../config/load.js';
import type { Account } from '../../domain/account.js';
import type { AdvisoryCredit, CreditState, CreditType, DeskAdvisory } from '../../domain/desk/advisory.js';
import { deskAdvisoryFromRest, isOpen } from '../../domain/desk/advisory.js';
import { closedLookbackDays, deskSettings } from '../../domain/desk/settings.js';
import type { DeskState } from '../../domain/desk/state.js';
import { DeskStateError, emptyDeskState, parseDeskState } from '../../domain/desk/state.js';
import { DESK_STATE_BRANCH, DESK_STATE_PATH, newReports } from '../../domain/desk/sweep-job.js';
import { findTitleTags } from '../../domain/desk/tags.js';
import type { CnaCandidate, CnaPublication } from '../../domain/desk/cna.js';
import { cnaCandidates } from '../../domain/desk/cna.js';
import { cveRecordFilePath } from '../../domain/cve/format.js';
import { DAY_MS, isoUtc, parseZonedTime } from '../../domain/desk/time.js';
import type { Diagnostic } from '../../domain/findings.js';
import type { Policy } from '../../domain/policy.js';
import type { ReportFile } from '../../domain/report-file.js';
import { reposByOwner, splitRepo } from '../../domain/policy.js';
import type { JobContext } from '../context.js';
import { describeReadError, reading } from '../reading.js';
import { reportBranch } from '../report-pr.js';
import { reportsDirOf } from '../validate.js';
import { isGhsaId } from '../../domain/ids.js';
import type { GitHubFor } from '../../clients/github/api.js';
export type { GitHubFor };

export interface SweepDeps {
  /** The client for the PSRT's org and the ops repo. */
  gh: GitHubApi;
  /** The client for a covered repository's owner; default gh. */
  ghFor?: GitHubFor;
  /** CVE Services (reserve on accept, the 24-hour clock's records); undefined without credentials. */
  cve?: Pick<CveServicesClient, 'reserveIds' | 'getRecord'>;
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
  /** The ops repo's default branch: the memory's branch starts from it. */
  defaultBranch: string;
  reports: ReportFile[];
  /** Report files that could not be read, at their file, line and column. */
  reportDiagnostics: Diagnostic[];
  reportProblems?: { ghsas: string[]; blockRemovals?: string };
  /** Open advisories and those finished within the look-back window; a title is '' where not read. */
  advisories: DeskAdvisory[];
  /** GHSA ids whose title was read (the rest are unchanged since the memory saw them, without tags). */
  titled: Set<string>;
  /**
   * The lists were read whole with their text (a memory that knows no report: every title is needed),
   * so the conditional cache holds nothing of them yet.
   */
  fullRead: boolean;
  /** Since when finished advisories are read (ISO). */
  since: string;
  orgMembers?: Account[];
  exploitedPending: string[];
  /** The reports whose CNA clock runs, and whether their CVE records are published yet. */
  cnaPublications: CnaPublication[];
  /** The policy to compare clocks with (a pull request's base), when one was given. */
  basePolicy?: Policy;
  /** Why the base policy could not be read. */
  basePolicyProblem?: string;
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

/**
 * Why a title can matter: the advisory changed since the memory saw it ('changed'), or a tag is still in
 * play ('tagged'); undefined when it cannot.
 */
export function needsTitle(
  a: DeskAdvisory,
  state: DeskState | undefined,
  file: ReportFile | undefined,
): 'changed' | 'tagged' | undefined {
  if (!state) return 'changed';
  const memory = state.reports[a.ghsaId];
  if (!memory?.snapshot || memory.snapshot.updatedAt !== a.updatedAt) return 'changed';
  const tags = Object.keys(memory.tagsSeen);
  const inPlay = tags.some((t) => t !== 'EXPLOITED') || (tags.includes('EXPLOITED') && file?.exploited === undefined);
  return inPlay ? 'tagged' : undefined;
}

async function readState(
  gh: GitHubApi,
  opsRepo: string,
): Promise<{ state: DeskState | undefined; problem?: string; sha?: string }> {
  let file;
  try {
    file = await gh.readLargeFile(opsRepo, DESK_STATE_PATH, DESK_STATE_BRANCH);
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
    if (isGhsaId(stem)) ghsas.add(stem);
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

/**
 * The advisories the desk looks at: open ones and those updated within the look-back window. Through the
 * conditional lists (no text: every title ''), or, `withTitles`, through the same lists read with their
 * text (one request a page either way).
 */
export async function readAdvisories(
  ghFor: GitHubFor,
  covered: readonly string[],
  since: string,
  withTitles = false,
): Promise<DeskAdvisory[]> {
  const sinceMs = Date.parse(since);
  const out: DeskAdvisory[] = [];
  const keep = (a: DeskAdvisory) => {
    if (isOpen(a) || Date.parse(a.updatedAt) >= sinceMs) out.push(a);
  };
  await Promise.all(
    [...reposByOwner(covered)].map(async ([owner, repos]) => {
      const what = repos.length === 1 ? repos[0] : `${repos.length} repositories of ${owner}`;
      const byName = new Map(repos.map((r) => [r.toLowerCase(), r] as const));
      if (withTitles) {
        const list = await reading(`the advisories of ${what}`, () =>
          ghFor(owner).listAdvisoriesWithTitles(owner, repos, since),
        );
        for (const a of list) keep(deskAdvisoryFromRecord(byName.get(a.repo) ?? a.repo, a.record, a.title));
        return;
      }
      const lists = await reading(`the advisories of ${what}`, () =>
        ghFor(owner).listAdvisoriesSince(owner, repos, since),
      );
      for (const repo of repos)
        for (const record of lists.get(repo.toLowerCase()) ?? []) keep(deskAdvisoryFromRecord(repo, record, ''));
    }),
  );
  return out.sort((a, b) => (a.ghsaId < b.ghsaId ? -1 : a.ghsaId > b.ghsaId ? 1 : 0));
}

/** Each title one by one (a whole advisory read, its text dropped at once). */
async function titlesOneByOne(ghFor: GitHubFor, advisories: readonly DeskAdvisory[], titles: Map<string, string>) {
  await Promise.all(
    advisories.map(async (a) => {
      const whole = await reading(`advisory ${a.ghsaId} of ${a.repo}`, () =>
        ghFor(splitRepo(a.repo).owner).getAdvisory(a.repo, a.ghsaId),
      );
      titles.set(a.ghsaId, deskAdvisoryFromRest(a.repo, whole).title);
    }),
  );
}

/**
 * Titles where they can matter: those of advisories updated since the memory saw them from the lists
 * sorted by update, read only down to the oldest of them (one request a page), or one by one when they
 * are few; `single`, older ones still carrying a tag, one by one. Returns GHSA id → title.
 */
export async function readTitles(
  ghFor: GitHubFor,
  wanted: { changed: readonly DeskAdvisory[]; single: readonly DeskAdvisory[] },
): Promise<Map<string, string>> {
  const titles = new Map<string, string>();
  const byOwner = reposByOwner([...new Set(wanted.changed.map((a) => a.repo))]);
  const few = wanted.changed.length <= 2 * byOwner.size;
  await titlesOneByOne(ghFor, few ? [...wanted.changed, ...wanted.single] : wanted.single, titles);
  if (few) return titles;
  await Promise.all(
    [...byOwner].map(async ([owner, repos]) => {
      const mine = wanted.changed.filter((a) => splitRepo(a.repo).owner === owner);
      const after = mine.reduce((min, a) => (a.updatedAt < min ? a.updatedAt : min), mine[0]!.updatedAt);
      const list = await reading(`the advisory titles of ${owner}`, () =>
        ghFor(owner).listRecentAdvisoryTitles(owner, repos, after),
      );
      for (const t of list) titles.set(t.ghsaId, t.title);
    }),
  );
  // Anything the lists did not show (updated again meanwhile, another repository's list): one by one.
  await titlesOneByOne(
    ghFor,
    wanted.changed.filter((a) => !titles.has(a.ghsaId)),
    titles,
  );
  return titles;
}

/** Every title of the advisories the desk reads (for the dashboard): the lists again, with their text. */
export async function readAllTitles(
  ghFor: GitHubFor,
  covered: readonly string[],
  since: string,
): Promise<Map<string, string>> {
  const titles = new Map<string, string>();
  for (const a of await readAdvisories(ghFor, covered, since, true)) titles.set(a.ghsaId, a.title);
  return titles;
}

/**
 * Whether each candidate's CVE record is published: from CVE Services when the sweep has credentials
 * (one GET a record, and only until a sweep sees it published), else from the record file on the ops
 * repo's default branch (cveMetadata.datePublished, which cve-publish writes back after publishing).
 */
async function readCnaPublications(
  candidates: readonly CnaCandidate[],
  deps: SweepDeps,
  opsRepo: string,
): Promise<CnaPublication[]> {
  const cve = deps.cve;
  const files = deps.gh.withoutFileCache();
  return Promise.all(
    candidates.map(async (c): Promise<CnaPublication> => {
      if (cve) {
        const record = await reading(`the CVE record ${c.cveId} at CVE Services`, () => cve.getRecord(c.cveId));
        const at = record?.cveMetadata.state === 'PUBLISHED' ? utcTime(record.cveMetadata.datePublished) : undefined;
        return { ...c, source: 'cve-services', ...(at ? { publishedAt: at } : {}) };
      }
      const path = cveRecordFilePath(c.cveId);
      const file = await reading(`${path} of ${opsRepo}`, () => files.readFile(opsRepo, path));
      return { ...c, source: 'record-file', ...(file ? publishedIn(file.text) : {}) };
    }),
  );
}

/** A time from outside as the desk keeps it (UTC, to the second); undefined when it is not a time with its zone. */
function utcTime(text: string | undefined): string | undefined {
  const time = text === undefined ? undefined : parseZonedTime(text);
  return time ? isoUtc(time) : undefined;
}

/** cveMetadata.datePublished of a record file's text, when it has one. */
function publishedIn(text: string): { publishedAt?: string } {
  try {
    const meta = (JSON.parse(text) as { cveMetadata?: { state?: unknown; datePublished?: unknown } }).cveMetadata;
    const at =
      meta?.state === 'PUBLISHED' && typeof meta.datePublished === 'string' ? utcTime(meta.datePublished) : undefined;
    return at ? { publishedAt: at } : {};
  } catch {
    // Not JSON: cve-publish names the problem; here the clock simply keeps running.
    return {};
  }
}

/** The base policy of a comparison, checked like any policy (with the same roster). */
async function readBasePolicy(
  paths: ConfigPaths,
  basePolicy: string,
  now: Date,
): Promise<Pick<SweepObserved, 'basePolicy' | 'basePolicyProblem'>> {
  const loaded = await loadConfig({ members: paths.members, policy: basePolicy }, now, undefined, { style: false });
  if (loaded.config) return { basePolicy: loaded.config.policy };
  const first = loaded.diagnostics.find((d) => d.severity === 'error');
  return {
    basePolicyProblem: `${basePolicy} cannot be read${first ? ` (${first.file}:${first.line}:${first.column}: ${first.message})` : ''}`,
  };
}

export async function readSweep(
  paths: ConfigPaths,
  config: Config,
  deps: SweepDeps,
  ctx: JobContext,
  basePolicy?: string,
): Promise<SweepObserved> {
  const { policy } = config;
  const ghFor = ghForOf(deps);
  const now = ctx.now();
  const settings = deskSettings(policy);
  const since = isoUtc(new Date(now.getTime() - closedLookbackDays(settings) * DAY_MS));
  const [repository, memory, reports, base] = await Promise.all([
    reading(`the repository ${policy.ops_repo}`, () => deps.gh.getRepository(policy.ops_repo)),
    readState(deps.gh, policy.ops_repo),
    readReports(paths, config, now),
    basePolicy ? readBasePolicy(paths, basePolicy, now) : {},
  ]);
  if (memory.problem) ctx.log.warning(`the desk's memory: ${memory.problem}`);
  const files = new Map(reports.reports.map((r) => [r.ghsa, r] as const));
  // A memory that knows no report needs every title: the lists are read once, with their text.
  const fullRead = !memory.state || Object.keys(memory.state.reports).length === 0;
  const advisories = await readAdvisories(ghFor, policy.covered_repos, since, fullRead);

  const why = (a: DeskAdvisory) => (fullRead ? undefined : needsTitle(a, memory.state, files.get(a.ghsaId)));
  const wanting = {
    changed: advisories.filter((a) => why(a) === 'changed'),
    single: advisories.filter((a) => why(a) === 'tagged'),
  };
  const needOrg = newReports({ advisories, state: memory.state }).length > 0;
  const [titles, orgMembers] = await Promise.all([
    readTitles(ghFor, wanting),
    needOrg ? reading(`the members of ${policy.org}`, () => deps.gh.listOrgMembers(policy.org)) : undefined,
  ]);
  const titled = new Set<string>(fullRead ? advisories.map((a) => a.ghsaId) : []);
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
  const [pending, cnaPublications] = await Promise.all([
    Promise.all(
      exploitedCandidates.map(async (a) => {
        const pr = await reading(`the exploitation pull request of ${a.ghsaId}`, () =>
          deps.gh.findToolPullRequest(policy.ops_repo, reportBranch(a.ghsaId, 'exploited')),
        );
        return pr ? a.ghsaId : undefined;
      }),
    ),
    readCnaPublications(cnaCandidates(advisories, reports.reports, memory.state), deps, policy.ops_repo),
  ]);

  return {
    opsRepoPrivate: repository.private,
    defaultBranch: repository.defaultBranch,
    cveCredentials: deps.cve !== undefined,
    state: memory.state,
    ...(memory.problem ? { stateProblem: memory.problem } : {}),
    ...(memory.sha ? { stateSha: memory.sha } : {}),
    ...reports,
    advisories,
    titled,
    fullRead,
    since,
    ...(orgMembers ? { orgMembers } : {}),
    exploitedPending: pending.filter((g): g is string => g !== undefined),
    cnaPublications,
    ...base,
  };
}
