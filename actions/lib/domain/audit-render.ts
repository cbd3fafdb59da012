// The audit shown: the Steering Council report (issue and job summary), the pruning PR's body and the
// CLI text. Members appear by login in code spans (no mention); the SC team is mentioned in the
// report issue only, on purpose. Advisories appear by GHSA id and link, never by title.
import type { AuditLabels, AuditReport, MemberAudit } from './activity.js';
import { ACTIVITY_LABEL, dayOf, reportMarker } from './activity.js';
import type { AuditChange, AuditPlan } from './audit-plan.js';
import type { ChangeResult } from './plan.js';
import { headline, renderGuards, renderResultsLine, withResult } from './plan.js';
import { hasRole } from './roster.js';
import { cell } from './roster-summary.js';
import { displayName } from './vote-render.js';

export interface ReportContext {
  org: string;
  /** The Steering Council team slug. */
  scTeam: string;
  opsRepo: string;
  coveredRepos: readonly string[];
  commentsApi: boolean;
  labels: AuditLabels;
  date: string;
  previous?: { number: number; url: string };
  maxRemovalShare: number;
  minAdmins: number;
}

const STATUS_ORDER: Record<MemberAudit['status'], number> = { inactive: 0, new: 1, exempt: 2, active: 3 };
const STATUS_TEXT: Record<MemberAudit['status'], string> = {
  inactive: '**inactive**',
  new: 'new',
  exempt: 'exempt',
  active: 'active',
};

function ordered(rows: readonly MemberAudit[]): MemberAudit[] {
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => STATUS_ORDER[a.r.status] - STATUS_ORDER[b.r.status] || a.i - b.i)
    .map((x) => x.r);
}

function evidence(r: MemberAudit, ctx: ReportContext): string {
  if (r.last) return `[${ACTIVITY_LABEL[r.last.kind]} ${r.last.on}](${r.last.url})`;
  if (r.exemption) return `${r.exemption.role} (verified: team \`${ctx.org}/${r.exemption.team}\`)`;
  if (r.status === 'new') return `joined ${r.member.joined}, during the window`;
  return '—';
}

function lastActivity(r: MemberAudit, since: string): string {
  return r.last ? dayOf(r.last.at) : `none since ${since}`;
}

export function renderMemberTable(
  report: AuditReport,
  ctx: ReportContext,
  rows: readonly MemberAudit[] = report.rows,
): string {
  const since = dayOf(report.window.start);
  const lines = ['| Member | Status | Last activity | Evidence or exemption |', '|---|---|---|---|'];
  for (const r of ordered(rows)) {
    const warn = r.unverified.length > 0 ? ` (claims ${r.unverified.join(', ')}: not verified)` : '';
    lines.push(
      `| \`${r.member.login}\` ${displayName(r.member.name)} | ${STATUS_TEXT[r.status]} | ${lastActivity(r, since)} | ${evidence(r, ctx)}${cell(warn)} |`,
    );
  }
  return lines.join('\n') + '\n';
}

function windowSentence(report: AuditReport, ctx: ReportContext): string {
  const w = report.window;
  const from = dayOf(w.start);
  const to = dayOf(w.end);
  if (w.previousReport && !w.capped)
    return `from the previous report (${w.previousReport}${ctx.previous ? `, #${ctx.previous.number}` : ''}) to ${to}`;
  if (w.previousReport)
    return `from ${from} to ${to} (the previous report, ${w.previousReport}, is older than the window allows)`;
  return `from ${from} to ${to} (no previous report: the last window's worth of days)`;
}

function sourcesSentence(ctx: ReportContext): string {
  const repos = ctx.coveredRepos.map((r) => `\`${r}\``).join(', ');
  return [
    `Counted as activity: the coordinator credit on an advisory of ${repos} that was open during the window`,
    ctx.commentsApi
      ? 'a comment on an advisory'
      : 'comments on advisories are not counted (policy `reports.comments_api` is off)',
    "a pull request, review or review comment in an advisory's private fork",
    `a comment on an issue labelled \`${ctx.labels.reportIssues}\` in \`${ctx.opsRepo}\`.`,
  ].join('; ');
}

function removalNotes(report: AuditReport, ctx: ReportContext): string[] {
  const inactive = report.rows.filter((r) => r.status === 'inactive');
  const notes: string[] = [];
  const total = report.rows.length;
  if (total > 0 && inactive.length / total > ctx.maxRemovalShare) {
    notes.push(
      `Removing ${inactive.length} of ${total} members (${Math.round((100 * inactive.length) / total)}%) is more than \`guards.max_removal_share\` (${Math.round(ctx.maxRemovalShare * 100)}%): after the merge, reconcile needs its explicit override (\`allow-large-removal\` with a reason) to remove their access.`,
    );
  }
  const admins = report.rows.filter((r) => hasRole(r.member, 'admin'));
  const left = admins.filter((r) => r.status !== 'inactive').length;
  if (left < ctx.minAdmins && admins.length > left) {
    notes.push(
      `Only ${left} admin(s) would remain, fewer than \`membership.min_admins\` (${ctx.minAdmins}): the Steering Council should name another admin before merging.`,
    );
  }
  return notes;
}

export function reportTitle(report: AuditReport): string {
  return `PSRT activity report (PEP 811) since ${dayOf(report.window.start)}`;
}

export function renderReportIssue(report: AuditReport, ctx: ReportContext): string {
  const c = report.counts;
  const inactive = report.rows.filter((r) => r.status === 'inactive');
  const lines: string[] = [reportMarker(ctx.date, dayOf(report.window.start)), ''];
  lines.push(`@${ctx.org}/${ctx.scTeam}: the PSRT's activity report under PEP 811, ${windowSentence(report, ctx)}.`);
  lines.push('');
  lines.push(
    `**${c.inactive} inactive**, ${c.active} active, ${c.exempt} exempt, ${c.new} new, of ${report.rows.length} members.`,
  );
  lines.push('');
  if (inactive.length > 0) {
    lines.push(
      `Inactive: ${inactive.map((r) => `\`${r.member.login}\``).join(', ')}. PEP 811 recommends removing them; the Steering Council decides by simple vote.`,
    );
    lines.push(
      `The pruning PR (label \`${ctx.labels.prune}\`, linked from this issue) moves them to emeritus: approve and merge it to remove them, or close it.`,
    );
  } else {
    lines.push('Nobody is inactive: there is nothing to prune.');
  }
  lines.push('');
  for (const n of removalNotes(report, ctx)) lines.push(`> [!WARNING]\n> ${n}\n`);
  lines.push(renderMemberTable(report, ctx));
  if (report.warnings.length > 0) {
    lines.push('<details><summary>Warnings</summary>');
    lines.push('');
    for (const w of report.warnings) lines.push(`- ${w}`);
    lines.push('');
    lines.push('</details>');
    lines.push('');
  }
  lines.push(
    `${sourcesSentence(ctx)} Release managers and Steering Council members are exempt when the team that proves the role confirms it.`,
  );
  lines.push('');
  lines.push(
    `*Updated in place by each audit run. Close this issue once the Steering Council has decided: the next audit opens a new report, counting from ${ctx.date}.*`,
  );
  return lines.join('\n') + '\n';
}

export function pruneTitle(count: number, report: AuditReport): string {
  return `Move ${count} inactive member${count === 1 ? '' : 's'} to emeritus (PEP 811 audit since ${dayOf(report.window.start)})`;
}

export function pruneReason(report: AuditReport): string {
  return `No activity on vulnerability reports from ${dayOf(report.window.start)} to ${dayOf(report.window.end)} (PEP 811 yearly audit)`;
}

/** The pruning PR's body; `placeholder` stands for the report issue when it does not exist yet. */
export function renderPruneBody(
  report: AuditReport,
  ctx: ReportContext,
  reportIssue: { number: number; url: string } | undefined,
  placeholder: string,
): string {
  const inactive = report.rows.filter((r) => r.status === 'inactive');
  const lines: string[] = [];
  lines.push(
    `Moves ${inactive.length} member${inactive.length === 1 ? '' : 's'} with no activity on a vulnerability report ${windowSentence(report, ctx)} to \`emeritus\` in members.yaml, with the date they left and why (PEP 811).${reportIssue ? ` Report: #${reportIssue.number}.` : placeholder}`,
  );
  lines.push('');
  lines.push(
    `The Steering Council (\`${ctx.org}/${ctx.scTeam}\`) decides by simple vote: approve and merge to remove them, or close this PR. This tool never merges it; each audit run updates it (and drops anyone who has become active). After the merge, reconcile removes their access.`,
  );
  lines.push('');
  for (const n of removalNotes(report, ctx)) lines.push(`> [!WARNING]\n> ${n}\n`);
  lines.push(renderMemberTable(report, ctx, inactive));
  lines.push('<details><summary>Every member</summary>');
  lines.push('');
  lines.push(renderMemberTable(report, ctx));
  lines.push('</details>');
  lines.push('');
  lines.push(sourcesSentence(ctx));
  return lines.join('\n') + '\n';
}

function changeLines(plan: AuditPlan, results: readonly ChangeResult<AuditChange>[] | undefined): string[] {
  const status = new Map(results?.map((r) => [r.change, r] as const));
  return plan.changes.map((c) => withResult(describeAuditChange(c, plan.inactive), status.get(c)));
}

export function renderAuditSummary(plan: AuditPlan, results?: readonly ChangeResult<AuditChange>[]): string {
  const { report, context: ctx } = plan;
  const c = report.counts;
  const lines: string[] = [];
  lines.push(`## PSRT activity audit, ${windowSentence(report, ctx)}`);
  lines.push('');
  lines.push(
    `**${c.inactive} inactive**, ${c.active} active, ${c.exempt} exempt, ${c.new} new, of ${report.rows.length} members.`,
  );
  lines.push('');
  for (const n of removalNotes(report, ctx)) lines.push(`> [!WARNING]\n> ${n}\n`);
  lines.push(renderMemberTable(report, ctx));
  for (const w of report.warnings) lines.push(`- ⚠️ ${w}`);
  if (report.warnings.length > 0) lines.push('');
  lines.push(
    plan.changes.length === 0
      ? 'Nothing to change: the report issue and the pruning PR are current.'
      : `**${headline('Audit', plan, results)}**${results ? '' : ' (dry run; `--apply` to write)'}`,
  );
  if (plan.changes.length > 0) lines.push('', '```', ...changeLines(plan, results), '```');
  const guards = plan.guards.filter((g) => !g.ok);
  if (guards.length > 0) lines.push('', ...renderGuards(guards, 'markdown'));
  lines.push(...renderResultsLine(results, 'markdown'));
  return lines.join('\n') + '\n';
}

export function renderAuditText(plan: AuditPlan, results?: readonly ChangeResult<AuditChange>[]): string {
  const { report } = plan;
  const c = report.counts;
  const since = dayOf(report.window.start);
  const lines: string[] = [
    `activity from ${since} to ${dayOf(report.window.end)}${report.window.previousReport ? ` (previous report ${report.window.previousReport})` : ''}: ${c.inactive} inactive, ${c.active} active, ${c.exempt} exempt, ${c.new} new`,
  ];
  const width = Math.max(8, ...report.rows.map((r) => r.member.login.length));
  for (const r of ordered(report.rows)) {
    const what = r.last
      ? `${dayOf(r.last.at)}  ${ACTIVITY_LABEL[r.last.kind]} ${r.last.on}  ${r.last.url}`
      : r.exemption
        ? `exempt: ${r.exemption.role} (team ${r.exemption.team})`
        : r.status === 'new'
          ? `joined ${r.member.joined}`
          : `no activity since ${since}`;
    lines.push(`  ${r.status.padEnd(8)} ${r.member.login.padEnd(width)}  ${what}`);
  }
  for (const w of report.warnings) lines.push(`warning: ${w.replace(/`/g, '')}`);
  lines.push(
    plan.changes.length === 0
      ? 'nothing to change'
      : `${headline('audit', plan, results)}${results ? '' : ' (dry run; --apply to write)'}:`,
  );
  for (const line of changeLines(plan, results)) lines.push(`  ${line.replace(/`/g, '')}`);
  for (const g of plan.guards.filter((x) => !x.ok)) lines.push(`guard ${g.guard} tripped: ${g.detail}`);
  lines.push(...renderResultsLine(results, 'text'));
  return lines.join('\n') + '\n';
}

export function describeAuditChange(c: AuditChange, inactive: readonly string[]): string {
  const moves = inactive.map((l) => `\`${l}\``).join(', ');
  switch (c.kind) {
    case 'report-issue-create':
      return `+ open the report issue "${c.title}"`;
    case 'report-issue-update':
      return `~ update the report issue #${c.number}`;
    case 'report-issue-close-duplicate':
      return `- close the duplicate report issue #${c.number} (a copy of #${c.of})`;
    case 'pr-open':
      return `+ open the pruning PR: move ${moves} to emeritus`;
    case 'pr-update':
      return `~ update the pruning PR #${c.number}: move ${moves} to emeritus`;
    case 'pr-close':
      return `- close the pruning PR #${c.number} (nobody is inactive any more)`;
  }
}
