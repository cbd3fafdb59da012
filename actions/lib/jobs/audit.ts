// audit: PEP 811's yearly activity report and the pruning PR. Read in bulk (per covered repo: its
// advisory list; per private fork: its pull list and review comments; the ops repo's report issues and
// their comments; one list per exempting team), decide with the pure domain (domain/activity.ts),
// show the report, and with `apply` keep one report issue and one pruning PR in the ops repo current.
//
// The previous report's date is recorded by the audit itself: each report issue (label
// `membership.inactivity.report_label`) carries a hidden marker `<!-- psrt-ops:activity-report
// date=… since=… -->`. The open report issue is the current report, updated in place by every run;
// once the Steering Council has decided, an admin closes it, and the next run opens a new one whose
// window starts at the newest closed report's date (its creation day when it has no marker).
import type { GitHub } from '../clients/github.js';
import { CONDITIONAL, describeReadFailure, isNotFound, statusOf } from '../clients/github.js';
import type { ConfigPaths } from '../config/load.js';
import { loadConfig } from '../config/load.js';
import { rosterFromText } from '../config/roster-text.js';
import type { Account } from '../domain/account.js';
import type { Activity, AuditChange, AuditLabels, AuditReport, AuditWindow } from '../domain/activity.js';
import {
  PRUNE_BRANCH,
  ms,
  auditLabels,
  auditMembers,
  auditWindow,
  coordinatorActivity,
  datedActivity,
  inactiveMembers,
  openDuring,
  parseReportMarker,
  reportDate,
} from '../domain/activity.js';
import type { ReportContext } from '../domain/audit-render.js';
import {
  pruneReason,
  pruneTitle,
  renderAuditSummary,
  renderAuditText,
  renderPruneBody,
  renderReportIssue,
  reportTitle,
} from '../domain/audit-render.js';
import { formatDiagnostic } from '../domain/findings.js';
import type { Policy } from '../domain/policy.js';
import { reposByOwner, splitRepo } from '../domain/policy.js';
import type { Role, Roster } from '../domain/roster.js';
import { loginKey } from '../domain/roster.js';
import type { EmeritusMove } from '../domain/roster-prune.js';
import { moveToEmeritus } from '../domain/roster-prune.js';
import { UserError } from '../errors.js';
import type { JobContext } from './context.js';
import type { AdvisoryRecord } from './github-read.js';
import { listAdvisoriesSince, listTeamMembers, readTextFile } from './github-read.js';
import type { ExistingPullRequest } from './ops-pr.js';
import { findOpenPullRequest, upsertPullRequest } from './ops-pr.js';

export interface AuditSettings {
  config: ConfigPaths;
  /** Write the report issue and the pruning PR; otherwise only report and plan. */
  apply: boolean;
  /** Path of the roster inside the ops repo. */
  rosterPath?: string;
  /** Parallel reads per kind (repos, forks, comment lists). */
  concurrency?: number;
}

export interface AuditResult {
  report: AuditReport;
  changes: AuditChange[];
  applied: boolean;
  inactive: string[];
  reportIssue?: { number: number; url: string };
  prunePr?: { number: number; url: string };
  summary: string;
  text: string;
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

function account(user: { login: string; id: number | bigint } | null | undefined): Account | undefined {
  return user ? { login: user.login, id: Number(user.id) } : undefined;
}

// ---------------------------------------------------------------------------------------------
// Reads

interface ReportIssue {
  number: number;
  url: string;
  title: string;
  body: string;
  date: string;
}

/** The open report issue (the current report) and the newest closed one (the previous report). */
async function readReports(
  gh: GitHub,
  repo: string,
  label: string,
): Promise<{ current?: ReportIssue; previous?: ReportIssue }> {
  const { owner, repo: name } = splitRepo(repo);
  // Not cached: the body holds the marker, and the cache keeps no bodies.
  const issues = await gh.rest.paginate(gh.rest.rest.issues.listForRepo, {
    owner,
    repo: name,
    labels: label,
    state: 'all',
    per_page: 100,
  });
  const reports = issues
    .filter((i) => !i.pull_request)
    .map((i) => ({
      number: i.number,
      url: i.html_url,
      title: i.title,
      body: i.body ?? '',
      date: parseReportMarker(i.body)?.date ?? i.created_at.slice(0, 10),
      open: i.state === 'open',
    }));
  const open = reports.filter((r) => r.open).sort((a, b) => b.number - a.number);
  const closed = reports.filter((r) => !r.open).sort((a, b) => b.date.localeCompare(a.date) || b.number - a.number);
  const strip = ({ open: _o, ...r }: ReportIssue & { open: boolean }): ReportIssue => r;
  return { ...(open[0] ? { current: strip(open[0]) } : {}), ...(closed[0] ? { previous: strip(closed[0]) } : {}) };
}

interface Gathered {
  activities: Activity[];
  warnings: string[];
}

interface AdvisoryComment {
  user: { login: string; id: number } | null;
  created_at: string;
  html_url: string;
}

async function advisoryComments(gh: GitHub, repo: string, ghsa: string, w: AuditWindow): Promise<Activity[]> {
  const { owner, repo: name } = splitRepo(repo);
  // The comments preview is not in Octokit's types: the route is spelled out, the shape declared above.
  const comments = await gh.rest.paginate<AdvisoryComment>(
    'GET /repos/{owner}/{repo}/security-advisories/{ghsa_id}/comments',
    {
      owner,
      repo: name,
      ghsa_id: ghsa,
      since: w.start,
      per_page: 100,
      ...CONDITIONAL,
    },
  );
  return comments.flatMap((c) => datedActivity('advisory-comment', account(c.user), c.created_at, c.html_url, ghsa, w));
}

/** A private fork's pulls (newest first, stopping at the window), their reviews, and its review comments. */
async function forkActivity(
  gh: GitHub,
  fork: string,
  ghsa: string,
  w: AuditWindow,
  limit: number,
): Promise<Activity[]> {
  const { owner, repo: name } = splitRepo(fork);
  const pulls = await gh.rest.paginate(
    gh.rest.rest.pulls.list,
    { owner, repo: name, state: 'all', sort: 'updated', direction: 'desc', per_page: 100, ...CONDITIONAL },
    (response, done) => {
      if (response.data.some((p) => ms(p.updated_at) < ms(w.start))) done();
      return response.data;
    },
  );
  const recent = pulls.filter((p) => ms(p.updated_at) >= ms(w.start));
  const out: Activity[] = recent.flatMap((p) =>
    datedActivity('fork-pull', account(p.user), p.created_at, p.html_url, ghsa, w),
  );
  if (recent.length === 0) return out;
  const reviews = await mapPool(recent, limit, (p) =>
    gh.rest.paginate(gh.rest.rest.pulls.listReviews, {
      owner,
      repo: name,
      pull_number: p.number,
      per_page: 100,
      ...CONDITIONAL,
    }),
  );
  for (const r of reviews.flat())
    out.push(...datedActivity('fork-review', account(r.user), r.submitted_at, r.html_url, ghsa, w));
  const comments = await gh.rest.paginate(gh.rest.rest.pulls.listReviewCommentsForRepo, {
    owner,
    repo: name,
    since: w.start,
    per_page: 100,
    ...CONDITIONAL,
  });
  for (const c of comments)
    out.push(...datedActivity('fork-review-comment', account(c.user), c.created_at, c.html_url, ghsa, w));
  return out;
}

/** Comments on the ops repo's report issues: the labelled issues updated in the window, then one comment list. */
async function reportIssueComments(gh: GitHub, repo: string, label: string, w: AuditWindow): Promise<Activity[]> {
  const { owner, repo: name } = splitRepo(repo);
  const issues = await gh.rest.paginate(gh.rest.rest.issues.listForRepo, {
    owner,
    repo: name,
    labels: label,
    state: 'all',
    since: w.start,
    per_page: 100,
    ...CONDITIONAL,
  });
  const numbers = new Set(issues.filter((i) => !i.pull_request).map((i) => i.number));
  if (numbers.size === 0) return [];
  const comments = await gh.rest.paginate(gh.rest.rest.issues.listCommentsForRepo, {
    owner,
    repo: name,
    since: w.start,
    per_page: 100,
    ...CONDITIONAL,
  });
  return comments.flatMap((c) => {
    // issue_url is an API link, which cached answers do not keep; html_url names the issue too.
    const number = Number(
      /\/issues\/(\d+)$/.exec(c.issue_url ?? '')?.[1] ?? /\/(?:issues|pull)\/(\d+)#/.exec(c.html_url)?.[1],
    );
    return numbers.has(number)
      ? datedActivity('report-comment', account(c.user), c.created_at, c.html_url, `${repo}#${number}`, w)
      : [];
  });
}

function readFailure(what: string, err: unknown): string {
  return `${what}: ${describeReadFailure(err)}. Activity there is not counted, so members may show as inactive wrongly.`;
}

async function gatherActivity(
  gh: GitHub,
  ghFor: GitHubFor,
  policy: Policy,
  labels: AuditLabels,
  w: AuditWindow,
  limit: number,
  ctx: JobContext,
): Promise<Gathered> {
  const warnings: string[] = [];
  const activities: Activity[] = [];
  const forks: { fork: string; ghsa: string }[] = [];
  const commented: { repo: string; ghsa: string }[] = [];
  let advisoryCount = 0;

  // Advisories are read per owner: a few repositories one by one, many through the org-wide lists.
  await mapPool([...reposByOwner(policy.covered_repos)], limit, async ([owner, repos]) => {
    let byRepo: Map<string, AdvisoryRecord[]>;
    try {
      byRepo = await listAdvisoriesSince(ghFor(owner), owner, repos, w.start);
    } catch (err) {
      if (statusOf(err) === 404 || statusOf(err) === 403) {
        warnings.push(
          readFailure(
            `the advisories of ${repos.length === 1 ? repos[0] : `${repos.length} repositories of ${owner}`}`,
            err,
          ),
        );
        return;
      }
      throw err;
    }
    for (const repo of repos) {
      const advisories = byRepo.get(repo.toLowerCase()) ?? [];
      advisoryCount += advisories.length;
      // Only what the audit needs is kept (a GHSA id, dates, coordinators, the fork), not the records.
      for (const a of advisories) {
        activities.push(...coordinatorActivity(a, w));
        if (a.private_fork && openDuring(a, w)) forks.push({ fork: a.private_fork.full_name, ghsa: a.ghsa_id });
        // A comment in the window updates the advisory: older ones cannot hold one.
        if (policy.reports.comments_api && a.updated_at && ms(a.updated_at) >= ms(w.start))
          commented.push({ repo, ghsa: a.ghsa_id });
      }
    }
  });
  ctx.log.debug(
    `audit: ${advisoryCount} advisories in ${policy.covered_repos.length} repos; ${forks.length} private forks and ${commented.length} comment lists to read`,
  );

  const privateRepos = new Set<string>();
  const forkResults = await mapPool(forks, limit, async ({ fork, ghsa }) => {
    try {
      return await forkActivity(ghFor(splitRepo(fork).owner), fork, ghsa, w, limit);
    } catch (err) {
      if (statusOf(err) === 404 || statusOf(err) === 403) {
        warnings.push(readFailure(`the private fork of ${ghsa} (${fork})`, err));
        return [];
      }
      throw err;
    }
  });
  activities.push(...forkResults.flat());

  const commentResults = await mapPool(commented, limit, async ({ repo, ghsa }) => {
    if (privateRepos.has(repo)) return [];
    try {
      return await advisoryComments(ghFor(splitRepo(repo).owner), repo, ghsa, w);
    } catch (err) {
      // The preview serves public repositories only (404 on a private one): say so once per repo.
      if (isNotFound(err) || statusOf(err) === 403) {
        if (!privateRepos.has(repo))
          warnings.push(
            `advisory comments of ${repo} cannot be read (the comments API serves public repositories only): comments there are not counted.`,
          );
        privateRepos.add(repo);
        return [];
      }
      throw err;
    }
  });
  activities.push(...commentResults.flat());
  activities.push(...(await reportIssueComments(gh, policy.ops_repo, labels.reportIssues, w)));
  // Reads ran in parallel: sort, so the same data always gives the same report.
  return { activities, warnings: warnings.sort() };
}

async function readExemptTeams(gh: GitHub, policy: Policy): Promise<Map<string, Account[] | undefined>> {
  const teams = new Map<string, Account[] | undefined>();
  const slugs = [
    ...new Set(
      Object.values(policy.membership.inactivity.exempt_roles).filter(
        (t): t is string => typeof t === 'string' && t !== '',
      ),
    ),
  ];
  await Promise.all(
    slugs.map(async (slug) => {
      try {
        teams.set(
          slug,
          (await listTeamMembers(gh, policy.org, slug)).map((u) => ({ login: u.login, id: Number(u.id) })),
        );
      } catch (err) {
        if (!isNotFound(err)) throw err;
        teams.set(slug, undefined);
      }
    }),
  );
  return teams;
}

// ---------------------------------------------------------------------------------------------
// The job

function activeLogins(roster: Roster): string {
  return roster.members
    .map((m) => loginKey(m.login))
    .sort()
    .join(',');
}

interface PrunePlan {
  path: string;
  title: string;
  body: (reportIssue?: { number: number; url: string }) => string;
  /** members.yaml with the moves, made when needed (a dry run without a PR to compare never needs it). */
  text: () => string;
  moves: EmeritusMove[];
}

/** The client for a repository owner: an App installation token is per org (the action's org-tokens input). */
export type GitHubFor = (owner: string) => GitHub;

export async function runAudit(
  settings: AuditSettings,
  gh: GitHub,
  ctx: JobContext,
  ghFor: GitHubFor = () => gh,
): Promise<AuditResult> {
  const now = ctx.now();
  const loaded = await loadConfig(settings.config, now);
  if (!loaded.config) {
    const errors = loaded.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
    throw new UserError(
      `the roster or policy has errors; fix them first (npx psrt validate):\n  ${errors.slice(0, 10).join('\n  ')}`,
    );
  }
  const { roster, policy } = loaded.config;
  const repo = policy.ops_repo;
  const rosterPath = settings.rosterPath ?? 'members.yaml';
  const limit = settings.concurrency ?? 8;
  const labels = auditLabels(policy);

  // read
  const reports = await readReports(gh, repo, labels.report);
  const window = auditWindow(now, policy.membership.inactivity.window_days, reports.previous?.date);
  const [gathered, teams] = await Promise.all([
    gatherActivity(gh, ghFor, policy, labels, window, limit, ctx),
    readExemptTeams(gh, policy),
  ]);

  // plan
  const report = auditMembers({
    members: roster.members,
    window,
    activities: gathered.activities,
    org: policy.org,
    exemptRoles: policy.membership.inactivity.exempt_roles as Partial<Record<Role, string | null>>,
    teams,
  });
  report.warnings.push(...gathered.warnings);
  const date = reportDate(now);
  const rctx: ReportContext = {
    org: policy.org,
    scTeam: policy.membership.vote.veto_team,
    opsRepo: repo,
    coveredRepos: policy.covered_repos,
    commentsApi: policy.reports.comments_api === true,
    labels,
    date,
    ...(reports.previous ? { previous: { number: reports.previous.number, url: reports.previous.url } } : {}),
    maxRemovalShare: policy.guards.max_removal_share,
    minAdmins: policy.membership.min_admins,
  };
  const changes: AuditChange[] = [];
  const issueTitle = reportTitle(report);
  const issueBody = renderReportIssue(report, rctx);
  if (!reports.current) changes.push({ kind: 'report-issue', action: 'create', title: issueTitle });
  else if (reports.current.title !== issueTitle || reports.current.body !== issueBody)
    changes.push({ kind: 'report-issue', action: 'update', number: reports.current.number, title: issueTitle });

  const inactive = inactiveMembers(report);
  const existing = await findOpenPullRequest(gh, repo, PRUNE_BRANCH);
  let prune: PrunePlan | undefined;
  if (inactive.length > 0) {
    const main = await readTextFile(gh, repo, rosterPath);
    if (!main)
      throw new UserError(`${repo} has no ${rosterPath} on its default branch: the pruning PR cannot be built.`);
    // The same file as the local one (the usual case) needs no second parse.
    const remote =
      main.text === loaded.config.membersSource.text
        ? { roster }
        : rosterFromText(`${rosterPath} (${repo})`, main.text);
    if (!remote.roster || activeLogins(remote.roster) !== activeLogins(roster)) {
      throw new UserError(
        `${rosterPath} on ${repo}'s default branch lists other members than ${settings.config.members}: update your checkout (git pull) and run again, so the report and the pruning PR describe the same roster.`,
      );
    }
    const reason = pruneReason(report);
    const moves = inactive.map((m): EmeritusMove => ({
      login: m.login,
      ...(m.id !== undefined ? { id: m.id } : {}),
      left: date,
      reason,
    }));
    let pruned: string | undefined;
    prune = {
      path: rosterPath,
      title: pruneTitle(inactive.length, report),
      body: (issue) => renderPruneBody(report, rctx, issue),
      text: () => (pruned ??= moveToEmeritus(main.text, moves)),
      moves,
    };
    const current = reports.current ? { number: reports.current.number, url: reports.current.url } : undefined;
    if (!existing) changes.push({ kind: 'prune-pr', action: 'open', moves: moves.map((m) => m.login) });
    else if (!(await pruneCurrent(gh, repo, rosterPath, existing, prune, current))) {
      changes.push({ kind: 'prune-pr', action: 'update', number: existing.number, moves: moves.map((m) => m.login) });
    }
  } else if (existing) {
    changes.push({ kind: 'close-prune-pr', number: existing.number, why: 'nobody is inactive any more' });
  }

  // apply
  let reportIssue = reports.current ? { number: reports.current.number, url: reports.current.url } : undefined;
  let prunePr = existing ? { number: existing.number, url: existing.url } : undefined;
  if (settings.apply && changes.length > 0) {
    const applied = await applyAudit(
      gh,
      repo,
      changes,
      { title: issueTitle, body: issueBody, label: labels.report },
      prune,
      labels,
      rctx.scTeam,
      reportIssue,
      ctx,
    );
    reportIssue = applied.reportIssue ?? reportIssue;
    prunePr = changes.some((c) => c.kind === 'close-prune-pr') ? undefined : (applied.prunePr ?? prunePr);
  }
  return {
    report,
    changes,
    applied: settings.apply,
    inactive: inactive.map((m) => m.login),
    ...(reportIssue ? { reportIssue } : {}),
    ...(prunePr ? { prunePr } : {}),
    summary: renderAuditSummary(report, rctx, changes, settings.apply),
    text: renderAuditText(report, changes, settings.apply),
  };
}

/** Does the open pruning PR already say and hold what this run would write? */
async function pruneCurrent(
  gh: GitHub,
  repo: string,
  rosterPath: string,
  existing: ExistingPullRequest,
  prune: PrunePlan,
  issue?: { number: number; url: string },
): Promise<boolean> {
  if (existing.title !== prune.title || existing.body !== prune.body(issue)) return false;
  const head = await readTextFile(gh, repo, rosterPath, existing.headSha);
  return head?.text === prune.text();
}

async function applyAudit(
  gh: GitHub,
  repo: string,
  changes: readonly AuditChange[],
  issue: { title: string; body: string; label: string },
  prune: PrunePlan | undefined,
  labels: AuditLabels,
  scTeam: string,
  current: { number: number; url: string } | undefined,
  ctx: JobContext,
): Promise<{ reportIssue?: { number: number; url: string }; prunePr?: { number: number; url: string } }> {
  const { owner, repo: name } = splitRepo(repo);
  let reportIssue = current;
  let prunePr: { number: number; url: string } | undefined;
  for (const c of changes) {
    switch (c.kind) {
      case 'report-issue': {
        if (c.action === 'create') {
          const { data } = await gh.rest.rest.issues.create({
            owner,
            repo: name,
            title: issue.title,
            body: issue.body,
            labels: [issue.label],
          });
          reportIssue = { number: data.number, url: data.html_url };
          ctx.log.info(`opened the report issue ${data.html_url}`);
        } else {
          await gh.rest.rest.issues.update({
            owner,
            repo: name,
            issue_number: c.number!,
            title: issue.title,
            body: issue.body,
          });
          ctx.log.info(`updated the report issue #${c.number}`);
        }
        break;
      }
      case 'prune-pr': {
        const p = prune!;
        const result = await upsertPullRequest(gh, {
          repo,
          branch: PRUNE_BRANCH,
          title: p.title,
          body: p.body(reportIssue),
          commitMessage: `${p.title}\n\nPEP 811 yearly audit: ${p.moves.map((m) => m.login).join(', ')}.`,
          files: [{ path: p.path, content: p.text() }],
          labels: [labels.prune],
          reviewers: { teams: [scTeam] },
        });
        prunePr = { number: result.number, url: result.url };
        ctx.log.info(`pruning PR ${result.action}: ${result.url}`);
        break;
      }
      case 'close-prune-pr': {
        await gh.rest.rest.issues.createComment({
          owner,
          repo: name,
          issue_number: c.number,
          body: 'Closed by the PSRT audit: nobody is inactive any more, so there is nothing to prune.',
        });
        await gh.rest.rest.pulls.update({ owner, repo: name, pull_number: c.number, state: 'closed' });
        ctx.log.info(`closed the pruning PR #${c.number}: nobody is inactive any more`);
        break;
      }
    }
  }
  return { ...(reportIssue ? { reportIssue } : {}), ...(prunePr ? { prunePr } : {}) };
}
