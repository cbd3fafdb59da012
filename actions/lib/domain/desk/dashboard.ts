// The dashboard: one issue in the private ops repo, rewritten by every sweep, and the job summary.
// CRA clocks first, then open reports most urgent first, a Mermaid gantt of deadlines, what changed
// since the last sweep, outside collaborators, CVE ids to reject and notes. Titles appear here (the
// repo is private) escaped; descriptions never (the desk never receives them). Within GitHub's limit
// of 65,536 characters per issue body: beyond it, the most urgent entries and a count of the rest.
import type { DeskAdvisory } from './advisory.js';
import { advisoryUrl } from './advisory.js';
import type { CraClock, CraReport } from './clocks.js';
import { inlineUntrustedText, loginCode, tableCell } from './markdown.js';
import type { SinceLastSweepEvent, SweepChange, SweepPlan } from './plan.js';
import { describeSweepChange } from './plan.js';
import { HOUR_MS, formatUtcTime } from './time.js';

/** GitHub's limit for an issue body. */
export const ISSUE_BODY_MAX_CHARS = 65_536;
/** Room left for what the caller adds around the dashboard (a marker comment, a footer). */
export const DASHBOARD_RESERVED_CHARS = 1_536;
const GANTT_MAX_ROWS = 60;

export interface ChangeOutcome {
  change: SweepChange;
  status: 'done' | 'failed' | 'not attempted';
}

export interface DashboardContext {
  /** The advisories as read: their titles are shown (escaped); nothing else is taken from them. */
  advisories: readonly Pick<DeskAdvisory, 'ghsaId' | 'title'>[];
  /** Default ISSUE_BODY_MAX_CHARS - DASHBOARD_RESERVED_CHARS. */
  maxChars?: number;
  /** After an apply: what became of each change (shown in "This sweep"). */
  outcomes?: readonly ChangeOutcome[];
  /** Label dry runs in the job summary. */
  mode?: 'plan' | 'applied';
}

function link(repo: string, ghsaId: string): string {
  return `[${ghsaId}](${advisoryUrl(repo, ghsaId)})`;
}

function relative(fromMs: number, toMs: number): string {
  const hours = Math.round((toMs - fromMs) / HOUR_MS);
  const abs = Math.abs(hours);
  const span = abs < 48 ? `${abs} h` : `${Math.floor(abs / 24)} d`;
  return hours >= 0 ? `in ${span}` : `${span} ago`;
}

function craCell(clock: CraClock, nowMs: number): string {
  switch (clock.status) {
    case 'met':
      return `✅ sent ${formatUtcTime(clock.submittedAt!)}`;
    case 'waiting-for-fix':
      return '⏸️ starts when a fix is available';
    case 'running':
      return `⏳ due ${formatUtcTime(clock.due!)} (${relative(nowMs, Date.parse(clock.due!))})`;
    case 'past-half-time':
      return `⚠️ due ${formatUtcTime(clock.due!)} (${relative(nowMs, Date.parse(clock.due!))}; past half time)`;
    case 'expired':
      return `🚨 **overdue**: was due ${formatUtcTime(clock.due!)} (${relative(nowMs, Date.parse(clock.due!))})`;
  }
}

function sinceText(e: SinceLastSweepEvent): string {
  switch (e.what) {
    case 'new':
      return 'new report';
    case 'accepted':
      return 'accepted (triage → draft)';
    case 'finished':
      return e.state;
    case 'reopened':
      return `reopened (${e.state})`;
    case 'coordinator':
      return `coordinator ${e.from.length ? e.from.map(loginCode).join(', ') : 'none'} → ${e.to.length ? e.to.map(loginCode).join(', ') : 'none'}`;
    case 'deadline-moved':
      return `deadline moved ${formatUtcTime(e.from)} → ${formatUtcTime(e.to)}`;
    case 'cve':
      return `${e.cveId} assigned`;
  }
}

function more(hidden: number, what: string): string[] {
  return hidden > 0
    ? [`_… and ${hidden} more ${what}, not shown: the dashboard keeps within GitHub's 65,536 characters._`]
    : [];
}

function render(plan: SweepPlan, ctx: DashboardContext, cap: number): string {
  const nowMs = Date.parse(plan.now);
  const titles = new Map(ctx.advisories.map((a) => [a.ghsaId, a.title] as const));
  const out: string[] = [];
  const overdue = plan.reports.filter((r) => r.clock.overdue).length;
  const unassigned = plan.reports.filter((r) => r.coordinators.length === 0 && !r.assigning).length;
  const exploited = plan.cra.filter((c) => c.clocks.some((k) => k.status !== 'met')).length;

  out.push('## PSRT report desk', '');
  out.push(
    `Swept ${formatUtcTime(plan.now)}${plan.previousSweepAt ? ` (previous sweep ${formatUtcTime(plan.previousSweepAt)})` : ''}` +
      `${ctx.mode === 'plan' ? ' — dry run, nothing was changed' : ''}. ` +
      `${plan.reports.length} open report(s): ${overdue} overdue, ${unassigned} without a coordinator, ${exploited} actively exploited with a CRA step open.`,
    '',
  );
  if (!plan.stateReadable) {
    out.push(
      '> [!WARNING]',
      `> The desk's memory could not be read${plan.stateProblem ? ` (${tableCell(plan.stateProblem)})` : ''}: no reminder, escalation or removal until it can. Coordinators and title tags are still handled.`,
      '',
    );
  }

  if (plan.cra.length > 0) {
    const rows = plan.cra.slice(0, cap);
    out.push('### Cyber Resilience Act clocks (actively exploited)', '');
    out.push(
      '| Report | Aware since | Early warning (24 h) | Notification (72 h) | Final report (fix + 14 days) |',
      '|---|---|---|---|---|',
    );
    for (const c of rows) out.push(craRow(c, nowMs));
    out.push(...more(plan.cra.length - rows.length, 'exploited reports'));
    out.push(
      '',
      "`npx psrt cra GHSA-… --step STEP` prints the text to paste into ENISA's single reporting platform.",
      '',
    );
  }

  out.push('### Open reports, most urgent first', '');
  if (plan.reports.length === 0) out.push('No open report.', '');
  else {
    const rows = plan.reports.slice(0, cap);
    out.push(
      '| Report | Title | State | Coordinator | Age | Days left | CVE | Next action |',
      '|---|---|---|---|---|---|---|---|',
    );
    for (const r of rows) {
      const title = titles.get(r.ghsaId);
      const coordinator = r.assigning
        ? `${loginCode(r.assigning)} (assigned now)`
        : r.coordinators.length > 0
          ? r.coordinators.map(loginCode).join(', ')
          : '—';
      const left = r.clock.overdue ? `**overdue ${r.clock.daysOverdue} d**` : `${r.clock.daysLeft} d`;
      out.push(
        `| ${link(r.repo, r.ghsaId)}<br>${r.repo}${r.exploited ? ' 🚨' : ''} | ${title === undefined ? '—' : inlineUntrustedText(title)} | ${r.state} | ${coordinator} | ${r.clock.ageDays} d | ${left}<br>${formatUtcTime(r.clock.deadline)} | ${r.cveId ?? '—'} | ${tableCell(r.nextAction)} |`,
      );
    }
    out.push(...more(plan.reports.length - rows.length, 'open reports'), '');

    const gantt = plan.reports.slice(0, Math.min(cap, GANTT_MAX_ROWS));
    out.push(
      '### Deadlines (UTC)',
      '',
      '```mermaid',
      'gantt',
      '    title Received → deadline, UTC dates',
      '    dateFormat YYYY-MM-DD',
      '    axisFormat %Y-%m-%d',
    );
    const byRepo = new Map<string, typeof gantt>();
    for (const r of gantt) byRepo.set(r.repo, [...(byRepo.get(r.repo) ?? []), r]);
    for (const [repo, rows] of [...byRepo].sort(([a], [b]) => (a < b ? -1 : 1))) {
      out.push(`    section ${repo}`);
      for (const r of rows) {
        const tag = r.clock.overdue ? 'crit, ' : r.clock.daysLeft <= 14 ? 'active, ' : '';
        out.push(`    ${r.ghsaId} :${tag}${r.clock.receivedAt.slice(0, 10)}, ${r.clock.deadline.slice(0, 10)}`);
      }
    }
    out.push('```');
    out.push(...more(plan.reports.length - gantt.length, 'deadlines'), '');
  }

  out.push(`### Since the last sweep${plan.previousSweepAt ? ` (${formatUtcTime(plan.previousSweepAt)})` : ''}`, '');
  if (!plan.stateReadable) out.push("Unknown: the desk's memory could not be read.", '');
  else if (plan.sinceLastSweep.length === 0) out.push('Nothing changed.', '');
  else {
    const rows = plan.sinceLastSweep.slice(0, cap);
    for (const s of rows) out.push(`- ${link(s.repo, s.ghsaId)} (${s.repo}): ${s.events.map(sinceText).join('; ')}`);
    out.push(...more(plan.sinceLastSweep.length - rows.length, 'reports'), '');
  }

  out.push('### This sweep', '');
  if (plan.changes.length === 0) out.push('Nothing to do.', '');
  else {
    const status = new Map(ctx.outcomes?.map((o) => [o.change, o.status] as const));
    const rows = plan.changes.slice(0, cap);
    out.push('```diff');
    for (const c of rows) {
      const s = status.get(c);
      out.push(`${describeSweepChange(c)}${s && s !== 'done' ? `   [${s}]` : ''}`);
    }
    out.push('```', ...more(plan.changes.length - rows.length, 'changes'), '');
  }

  if (plan.outsideAccess.length > 0) {
    const rows = plan.outsideAccess.slice(0, cap);
    out.push('### People outside the PSRT with access', '');
    out.push('| Report | Login | Why | First seen | Access ends |', '|---|---|---|---|---|');
    for (const v of rows) {
      const why =
        v.source === 'grant' ? `grant: ${inlineUntrustedText(v.reason ?? '', 120)}` : 'added by hand (adopted)';
      const ends = v.ends ? formatUtcTime(v.ends) : 'unknown (memory unreadable)';
      const state =
        v.status === 'removing'
          ? ' — removed by this sweep'
          : v.status === 'adding'
            ? ' — added by this sweep'
            : v.status === 'ended'
              ? ' — ended'
              : '';
      out.push(
        `| ${link(v.repo, v.ghsaId)} | ${loginCode(v.login)} | ${why} | ${v.firstSeen ? formatUtcTime(v.firstSeen) : '—'} | ${ends}${state} |`,
      );
    }
    out.push(...more(plan.outsideAccess.length - rows.length, 'people'), '');
  }

  if (plan.reservationsToReject.length > 0) {
    const rows = plan.reservationsToReject.slice(0, cap);
    out.push('### Reserved CVE ids no advisory uses (reject them)', '');
    for (const r of rows)
      out.push(
        `- ${r.cveId}, reserved ${formatUtcTime(r.reservedAt)} for ${link(r.repo, r.ghsa)}: ${tableCell(r.why)}`,
      );
    out.push(...more(plan.reservationsToReject.length - rows.length, 'ids'), '');
  }

  if (plan.notes.length > 0) {
    const rows = plan.notes.slice(0, cap);
    out.push('### Notes', '');
    for (const n of rows) out.push(`- ${n.level === 'warning' ? '⚠️' : 'ℹ️'} ${n.text}`);
    out.push(...more(plan.notes.length - rows.length, 'notes'), '');
  }
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}

function craRow(c: CraReport, nowMs: number): string {
  const aware = `${formatUtcTime(c.awareAt)}${c.approximate ? ' (approximate)' : ''}`;
  const cell = (step: CraClock['step']) =>
    craCell(
      c.clocks.find((k) => k.step === step)!,
      nowMs,
    );
  return `| ${link(c.repo, c.ghsaId)}<br>${c.repo} | ${aware} | ${cell('early-warning')} | ${cell('notification')} | ${cell('final')} |`;
}

/** The dashboard's markdown, the most urgent entries of every list that fit within the limit. */
export function renderDashboard(plan: SweepPlan, ctx: DashboardContext): string {
  const limit = ctx.maxChars ?? ISSUE_BODY_MAX_CHARS - DASHBOARD_RESERVED_CHARS;
  const longest = Math.max(
    plan.reports.length,
    plan.cra.length,
    plan.sinceLastSweep.length,
    plan.changes.length,
    plan.outsideAccess.length,
    plan.reservationsToReject.length,
    plan.notes.length,
  );
  const full = render(plan, ctx, longest);
  if (full.length <= limit) return full;
  let low = 0;
  let high = longest;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (render(plan, ctx, mid).length <= limit) low = mid;
    else high = mid - 1;
  }
  const fitted = render(plan, ctx, low);
  if (fitted.length <= limit) return fitted;
  const cut = "\n\n_… cut: the dashboard keeps within GitHub's 65,536 characters._\n";
  return fitted.slice(0, Math.max(0, limit - cut.length)) + cut;
}
