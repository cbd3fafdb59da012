// audit: PEP 811's yearly activity report and the pruning PR. read (jobs/audit/read.ts) → plan
// (domain/audit-plan.ts) → render (domain/audit-render.ts) → apply: one report issue and one pruning
// PR in the ops repo kept current.
//
// The previous report's date is recorded by the audit itself: each report issue (label
// `membership.inactivity.report_label`) carries a hidden marker `<!-- psrt-ops:activity-report
// date=… since=… -->`. The open report issue is the current report, updated in place by every run;
// once the Steering Council has decided, an admin closes it, and the next run opens a new one whose
// window starts at the newest closed report's date (its creation day when it has no marker).
import { rosterFromText } from '../config/roster-text.js';
import type { AuditChange, AuditPlan } from '../domain/audit-plan.js';
import { REPORT_ISSUE_PLACEHOLDER, planAudit } from '../domain/audit-plan.js';
import { describeAuditChange, renderAuditSummary, renderAuditText } from '../domain/audit-render.js';
import type { ChangeResult } from '../domain/plan.js';
import type { ToolPrChange } from '../domain/tool-pr.js';
import type { AuditDeps, AuditObserved } from './audit/read.js';
import { ROSTER_PATH, readAudit } from './audit/read.js';
import type { JobContext } from './context.js';
import type { Job, JobResult, JobSettings } from './job.js';
import { applyInOrder, runJob } from './job.js';
import { applyToolPr } from './tool-pr.js';

export type { AuditDeps } from './audit/read.js';

async function applyAudit(plan: AuditPlan, deps: AuditDeps, ctx: JobContext): Promise<ChangeResult<AuditChange>[]> {
  const { gh } = deps;
  let created: { number: number; url: string } | undefined;
  return applyInOrder(
    plan.changes.map((c) => [c]),
    async ([c]) => {
      const change = c!;
      switch (change.kind) {
        case 'report-issue-create': {
          const issue = await gh.createIssue(change.repo, {
            title: change.title,
            body: change.body,
            labels: [change.label],
          });
          created = { number: issue.number, url: issue.url };
          return issue.url;
        }
        case 'report-issue-update':
          await gh.updateIssue(change.repo, change.number, { title: change.title, body: change.body });
          return change.url;
        case 'report-issue-close-duplicate':
          await gh.createComment(change.repo, change.number, change.comment);
          await gh.updateIssue(change.repo, change.number, { state: 'closed', body: change.body });
          return change.url;
        default: {
          // The pruning PR names the report issue opened a moment ago in this run.
          const pr: ToolPrChange =
            change.kind !== 'pr-close' && created
              ? {
                  ...change,
                  pr: {
                    ...change.pr,
                    body: change.pr.body.replace(REPORT_ISSUE_PLACEHOLDER, ` Report: #${created.number}.`),
                  },
                }
              : change;
          return applyToolPr(gh, pr);
        }
      }
    },
    ctx,
    (c) => describeAuditChange(c, plan.inactive),
  );
}

export const auditJob: Job<JobSettings, AuditDeps, AuditObserved, AuditPlan, AuditChange> = {
  name: 'audit',
  read: (_settings, config, deps, ctx) => readAudit(config, deps, ctx),
  plan: (config, observed, settings, now) =>
    planAudit(
      {
        roster: config.roster,
        rosterText: config.membersSource.text,
        rosterName: settings.config.names?.members ?? settings.config.members,
        policy: config.policy,
        now,
        reports: observed.reports,
        window: observed.window,
        activities: observed.activities,
        warnings: observed.warnings,
        teams: observed.teams,
        ...(observed.opsRoster !== undefined ? { opsRoster: observed.opsRoster } : {}),
        prunePr: observed.prunePr,
      },
      (text) => rosterFromText(`${ROSTER_PATH} (ops repo)`, text).roster,
    ),
  render: (plan, format, results) =>
    format === 'markdown' ? renderAuditSummary(plan, results) : renderAuditText(plan, results),
  apply: applyAudit,
};

export type AuditResult = JobResult<AuditPlan, AuditChange>;

export function runAudit(settings: JobSettings, deps: AuditDeps, ctx: JobContext): Promise<AuditResult> {
  return runJob(auditJob, settings, deps, ctx);
}

/** The report issue and the open pruning PR after a run: the ones it created or found. */
export function auditLinks(result: AuditResult): { reportIssue?: string; pullRequest?: string } {
  const plan = result.plan;
  if (!plan) return {};
  const made = (kind: AuditChange['kind']) =>
    result.results?.find((r) => r.change.kind === kind && r.status === 'done')?.detail;
  const reportIssue = made('report-issue-create') ?? plan.reportIssue?.url;
  const closed = result.results?.some((r) => r.change.kind === 'pr-close' && r.status === 'done');
  const pullRequest = closed ? undefined : (made('pr-open') ?? plan.prunePr?.url);
  return { ...(reportIssue ? { reportIssue } : {}), ...(pullRequest ? { pullRequest } : {}) };
}
