// The audit's plan, decided from what was read: the report per member (activity.ts), the report issue
// to open or update, and the pruning PR to open, update (every property) or close. Pure.
import type { Account } from './account.js';
import type { Activity, AuditReport, AuditWindow } from './activity.js';
import {
  PRUNE_BRANCH,
  auditLabels,
  auditMembers,
  duplicateReportMarker,
  inactiveMembers,
  reportDate,
} from './activity.js';
import type { ReportContext } from './audit-render.js';
import { pruneReason, pruneTitle, renderPruneBody, renderReportIssue, reportTitle } from './audit-render.js';
import type { GuardResult, Plan } from './plan.js';
import type { Policy } from './policy.js';
import type { Role, Roster } from './roster.js';
import { loginKey } from './roster.js';
import type { EmeritusMove } from './roster-prune.js';
import { moveToEmeritus } from './roster-prune.js';
import type { ObservedToolPr, ToolPrChange } from './tool-pr.js';
import { planToolPr } from './tool-pr.js';
import { ROSTER_PATH } from './roster.js';

/**
 * Stands in the pruning PR's body for the report issue when both are created in the same run; the
 * apply puts the new issue's number there, so the next run finds the body it would write.
 */
export const REPORT_ISSUE_PLACEHOLDER = '<!-- psrt-ops:report-issue -->';

export type AuditChange =
  | { kind: 'report-issue-create'; repo: string; title: string; body: string; label: string }
  | { kind: 'report-issue-update'; repo: string; number: number; url: string; title: string; body: string }
  /** A later copy of the open report (two runs at once): commented, closed, its marker replaced. */
  | {
      kind: 'report-issue-close-duplicate';
      repo: string;
      number: number;
      url: string;
      /** The report issue kept. */
      of: number;
      body: string;
      comment: string;
    }
  | ToolPrChange;

export interface AuditPlan extends Plan<AuditChange> {
  report: AuditReport;
  context: ReportContext;
  /** Logins of the inactive members, the pruning PR's moves. */
  inactive: string[];
  reportIssue?: { number: number; url: string };
  prunePr?: { number: number; url: string };
}

export interface AuditPlanInput {
  roster: Roster;
  /** The text of members.yaml as read locally: the pruning PR edits the ops repo's copy, which must agree. */
  rosterText: string;
  policy: Policy;
  now: Date;
  reports: {
    current?: { number: number; url: string; title: string; body: string };
    previous?: { number: number; url: string };
    /** Later open copies of the current report. */
    duplicates?: readonly { number: number; url: string }[];
  };
  window: AuditWindow;
  activities: readonly Activity[];
  warnings: readonly string[];
  teams: ReadonlyMap<string, readonly Account[]>;
  opsRoster?: string;
  prunePr: ObservedToolPr;
  /** The file name the person gave for members.yaml, for messages. */
  rosterName: string;
}

function activeLogins(roster: Roster): string {
  return roster.members
    .map((m) => loginKey(m.login))
    .sort()
    .join(',');
}

export function planAudit(input: AuditPlanInput, remoteRoster: (text: string) => Roster | undefined): AuditPlan {
  const { roster, policy, now } = input;
  const repo = policy.ops_repo;
  const labels = auditLabels(policy);
  const report = auditMembers({
    members: roster.members,
    window: input.window,
    activities: input.activities,
    org: policy.org,
    exemptRoles: policy.membership.inactivity.exempt_roles as Partial<Record<Role, string | null>>,
    teams: input.teams,
  });
  report.warnings.push(...input.warnings);
  const date = reportDate(now);
  const context: ReportContext = {
    org: policy.org,
    scTeam: policy.membership.vote.veto_team,
    opsRepo: repo,
    coveredRepos: policy.covered_repos,
    commentsApi: policy.reports.comments_api === true,
    labels,
    date,
    ...(input.reports.previous ? { previous: input.reports.previous } : {}),
    maxRemovalShare: policy.guards.max_removal_share,
    minAdmins: policy.membership.min_admins,
  };
  const changes: AuditChange[] = [];
  const guards: GuardResult[] = [];
  const current = input.reports.current;
  const title = reportTitle(report);
  const body = renderReportIssue(report, context);
  if (!current) changes.push({ kind: 'report-issue-create', repo, title, body, label: labels.report });
  else if (current.title !== title || current.body !== body)
    changes.push({ kind: 'report-issue-update', repo, number: current.number, url: current.url, title, body });
  if (current)
    for (const d of input.reports.duplicates ?? [])
      changes.push({
        kind: 'report-issue-close-duplicate',
        repo,
        number: d.number,
        url: d.url,
        of: current.number,
        body: `${duplicateReportMarker(current.number)}\nA second copy of the activity report #${current.number}, closed by the PSRT audit.\n`,
        comment: `Closed by the PSRT audit as a duplicate of #${current.number} (two audit runs at once, or an answer from GitHub that was lost): the report is kept current there.`,
      });

  const inactive = inactiveMembers(report);
  const open = input.prunePr.open;
  if (inactive.length > 0) {
    const remote =
      input.opsRoster === undefined
        ? undefined
        : input.opsRoster === input.rosterText
          ? roster
          : remoteRoster(input.opsRoster);
    const same = remote !== undefined && activeLogins(remote) === activeLogins(roster);
    guards.push({
      guard: 'roster-current',
      ok: same,
      detail: same
        ? `${input.rosterName} lists the same members as ${ROSTER_PATH} on ${repo}'s default branch`
        : input.opsRoster === undefined
          ? `${repo} has no ${ROSTER_PATH} on its default branch: the pruning PR cannot be built`
          : `${ROSTER_PATH} on ${repo}'s default branch lists other members than ${input.rosterName}: update your checkout (git pull) and run again, so the report and the pruning PR describe the same roster`,
    });
    if (same && input.opsRoster !== undefined) {
      const reason = pruneReason(report);
      const moves = inactive.map((m): EmeritusMove => ({
        login: m.login,
        ...(m.id !== undefined ? { id: m.id } : {}),
        left: date,
        reason,
      }));
      const issue = current ? { number: current.number, url: current.url } : undefined;
      const change = planToolPr(
        {
          repo,
          branch: PRUNE_BRANCH,
          title: pruneTitle(inactive.length, report),
          body: renderPruneBody(report, context, issue, REPORT_ISSUE_PLACEHOLDER),
          commitMessage: `${pruneTitle(inactive.length, report)}\n\nPEP 811 yearly audit: ${moves.map((m) => m.login).join(', ')}.`,
          files: [{ path: ROSTER_PATH, content: moveToEmeritus(input.opsRoster, moves) }],
          labels: [labels.prune],
          reviewers: { users: [], teams: [context.scTeam] },
        },
        input.prunePr,
      );
      if (change) changes.push(change);
    }
  } else if (open) {
    changes.push({
      kind: 'pr-close',
      repo,
      number: open.number,
      url: open.url,
      comment: 'Closed by the PSRT audit: nobody is inactive any more, so there is nothing to prune.',
    });
  }
  return {
    changes,
    notes: [],
    guards,
    report,
    context,
    inactive: inactive.map((m) => m.login),
    ...(current ? { reportIssue: { number: current.number, url: current.url } } : {}),
    ...(open && inactive.length > 0 ? { prunePr: { number: open.number, url: open.url } } : {}),
  };
}
