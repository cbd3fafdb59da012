// The audit's reads, in bulk: the ops repo's report issues (the previous report dates the window), per
// covered repo its advisories that may have been open in the window, per private fork its pulls,
// reviews and review comments, advisory comments where the preview API is on, comments on the ops
// repo's report issues, one list per exempting team, and the ops repo's members.yaml and pruning PR.
// Every read completes or throws: an incomplete read would make active members look inactive, so
// the audit then stops before planning (fail closed), naming what could not be read.
import type { GitHubApi, IssueWithText } from '../../clients/github/api.js';
import { isNotFound } from '../../clients/github/failures.js';
import type { Config } from '../../config/load.js';
import type { Account } from '../../domain/account.js';
import type { Activity, AuditLabels, AuditWindow } from '../../domain/activity.js';
import {
  auditLabels,
  auditWindow,
  chooseReportIssues,
  coordinatorActivity,
  datedActivity,
  openDuring,
  parseReportMarker,
  PRUNE_BRANCH,
} from '../../domain/activity.js';
import type { Policy } from '../../domain/policy.js';
import { reposByOwner, splitRepo } from '../../domain/policy.js';
import type { ObservedToolPr } from '../../domain/tool-pr.js';
import type { JobContext } from '../context.js';
import { reading } from '../reading.js';
import { readToolPr } from '../tool-pr.js';
import { ROSTER_PATH } from '../../domain/roster.js';
import type { GitHubFor } from '../../clients/github/api.js';
export type { GitHubFor };
export { ROSTER_PATH };

export interface AuditDeps {
  gh: GitHubApi;
  ghFor?: GitHubFor;
  /** Parallel reads per kind (repos, forks, comment lists). */
  concurrency?: number;
}

export interface ReportIssue {
  number: number;
  url: string;
  title: string;
  body: string;
  /** The report's date (its marker, else the day it was opened). */
  date: string;
}

export interface AuditObserved {
  /**
   * The open report issue (the current report), later open copies of it (two runs at once), and the
   * newest closed one (the previous report).
   */
  reports: { current?: ReportIssue; previous?: ReportIssue; duplicates: ReportIssue[] };
  window: AuditWindow;
  activities: Activity[];
  /** What could be read but not counted (the comments preview serves public repositories only). */
  warnings: string[];
  /** Team slug → its members (the teams that prove exempt roles). */
  teams: Map<string, Account[]>;
  /** members.yaml on the ops repo's default branch. */
  opsRoster?: string;
  prunePr: ObservedToolPr;
}

/** Map with at most `limit` calls in flight, results in input order. */
async function mapPool<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) out[i] = await fn(items[i]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

function reportIssue(i: IssueWithText): ReportIssue {
  return {
    number: i.number,
    url: i.url,
    title: i.title,
    body: i.body,
    date: parseReportMarker(i.body)?.date ?? i.createdAt.slice(0, 10),
  };
}

async function readReports(gh: GitHubApi, repo: string, label: string): Promise<AuditObserved['reports']> {
  const chosen = chooseReportIssues(await gh.listLabelledIssues(repo, label, 'all'));
  return {
    ...(chosen.current ? { current: reportIssue(chosen.current) } : {}),
    ...(chosen.previous ? { previous: reportIssue(chosen.previous) } : {}),
    duplicates: chosen.duplicates.map(reportIssue),
  };
}

async function gatherActivity(
  deps: AuditDeps,
  policy: Policy,
  labels: AuditLabels,
  w: AuditWindow,
  ctx: JobContext,
): Promise<{ activities: Activity[]; warnings: string[] }> {
  const { gh } = deps;
  const ghFor = deps.ghFor ?? (() => gh);
  const limit = deps.concurrency ?? 8;
  const warnings: string[] = [];
  const activities: Activity[] = [];
  const forks: { fork: string; ghsa: string }[] = [];
  const commented: { repo: string; ghsa: string }[] = [];
  let advisoryCount = 0;
  const start = Date.parse(w.start);

  // Advisories are read per owner: a few repositories one by one, many through the org-wide lists.
  await mapPool([...reposByOwner(policy.covered_repos)], limit, async ([owner, repos]) => {
    const what = repos.length === 1 ? repos[0] : `${repos.length} repositories of ${owner}`;
    const byRepo = await reading(`the advisories of ${what}`, () =>
      ghFor(owner).listAdvisoriesSince(owner, repos, w.start),
    );
    for (const repo of repos) {
      const advisories = byRepo.get(repo.toLowerCase()) ?? [];
      advisoryCount += advisories.length;
      for (const a of advisories) {
        activities.push(...coordinatorActivity(a, w));
        if (a.private_fork && openDuring(a, w)) forks.push({ fork: a.private_fork.full_name, ghsa: a.ghsa_id });
        // A comment in the window updates the advisory: older ones cannot hold one.
        if (policy.reports.comments_api && a.updated_at && Date.parse(a.updated_at) >= start)
          commented.push({ repo, ghsa: a.ghsa_id });
      }
    }
  });
  ctx.log.debug(
    `audit: ${advisoryCount} advisories in ${policy.covered_repos.length} repos; ${forks.length} private forks and ${commented.length} comment lists to read`,
  );

  const forkResults = await mapPool(forks, limit, ({ fork, ghsa }) =>
    reading(`the private fork of ${ghsa}`, async () => {
      const { pulls, reviews } = await ghFor(splitRepo(fork).owner).listPullActivitySince(fork, w.start);
      return [
        ...pulls.flatMap((p) => datedActivity('fork-pull', p.user, p.at, p.url, ghsa, w)),
        ...reviews.flatMap((r) => datedActivity('fork-review', r.user, r.at, r.url, ghsa, w)),
      ];
    }),
  );
  activities.push(...forkResults.flat());

  const privateRepos = new Set<string>();
  const commentResults = await mapPool(commented, limit, async ({ repo, ghsa }) => {
    if (privateRepos.has(repo)) return [];
    try {
      const comments = await ghFor(splitRepo(repo).owner).listAdvisoryComments(repo, ghsa, w.start);
      return comments.flatMap((c) => datedActivity('advisory-comment', c.user, c.at, c.url, ghsa, w));
    } catch (err) {
      // The preview serves public repositories only (404 on a private one): a documented limit, said
      // once per repo. Any other failure stops the audit.
      if (!isNotFound(err)) return reading(`the comments on ${ghsa}`, () => Promise.reject(err));
      if (!privateRepos.has(repo))
        warnings.push(
          `advisory comments of ${repo} cannot be read (the comments API serves public repositories only): comments there are not counted.`,
        );
      privateRepos.add(repo);
      return [];
    }
  });
  activities.push(...commentResults.flat());

  const repo = policy.ops_repo;
  const numbers = new Set(
    (
      await reading(`the report issues of ${repo}`, () =>
        gh.listLabelledIssuesSince(repo, labels.reportIssues, w.start),
      )
    ).map((i) => i.number),
  );
  if (numbers.size > 0) {
    const comments = await reading(`the comments of ${repo}`, () => gh.listIssueCommentsSince(repo, w.start));
    for (const c of comments)
      if (numbers.has(c.issue))
        activities.push(...datedActivity('report-comment', c.user, c.at, c.url, `${repo}#${c.issue}`, w));
  }
  // Reads ran in parallel: sort, so the same data always gives the same report.
  return { activities, warnings: warnings.sort() };
}

async function readExemptTeams(gh: GitHubApi, policy: Policy): Promise<Map<string, Account[]>> {
  const slugs = [
    ...new Set(
      Object.values(policy.membership.inactivity.exempt_roles).filter(
        (t): t is string => typeof t === 'string' && t !== '',
      ),
    ),
  ];
  const teams = await Promise.all(
    slugs.map(async (slug) => {
      const members = await reading(`the team ${policy.org}/${slug} (it proves an exempt role)`, () =>
        gh.listTeamMembers(policy.org, slug),
      );
      return [slug, members.map((m) => ({ login: m.login, id: m.id }))] as const;
    }),
  );
  return new Map(teams);
}

export async function readAudit(config: Config, deps: AuditDeps, ctx: JobContext): Promise<AuditObserved> {
  const { policy } = config;
  const { gh } = deps;
  const repo = policy.ops_repo;
  const labels = auditLabels(policy);
  const reports = await reading(`the report issues of ${repo}`, () => readReports(gh, repo, labels.report));
  const window = auditWindow(ctx.now(), policy.membership.inactivity.window_days, reports.previous?.date);
  const [gathered, teams, opsRoster, prunePr] = await Promise.all([
    gatherActivity(deps, policy, labels, window, ctx),
    readExemptTeams(gh, policy),
    reading(`${ROSTER_PATH} of ${repo}`, () => gh.readFile(repo, ROSTER_PATH)),
    reading(`the pruning pull request of ${repo}`, () => readToolPr(gh, repo, PRUNE_BRANCH, [ROSTER_PATH])),
  ]);
  return {
    reports,
    window,
    activities: gathered.activities,
    warnings: gathered.warnings,
    teams,
    ...(opsRoster ? { opsRoster: opsRoster.text } : {}),
    prunePr,
  };
}
