// The dashboard: one issue in the private ops repo, rewritten by every sweep, and the job summary.
// CRA clocks first, then open reports most urgent first, a Mermaid gantt of deadlines, what changed
// since the last sweep, outside collaborators, CVE ids to reject and notes. Titles appear here (the
// repo is private) escaped; descriptions never (the desk never receives them). Within GitHub's limit
// of 65,536 characters per issue body: beyond it, the most urgent entries and a count of the rest.
import { createHash } from 'node:crypto';
import type { DeskAdvisory } from './advisory.js';
import { advisoryUrl } from './advisory.js';
import type { CraClock, CraReport } from './clocks.js';
import { CNA_PUBLISH_HOURS } from '../cve/clocks.js';
import type { CnaClockView } from './cna.js';
import { inlineUntrustedText, loginCode, tableCell } from './markdown.js';
import type { SinceLastSweep, SinceLastSweepEvent, SweepChange, SweepPlan } from './plan.js';
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
  /**
   * 'issue': the body of the dashboard issue, which changes only when what it shows changes (no sweep
   * times, no list of this sweep's changes, no passing notes): an hourly sweep that finds nothing new
   * leaves it alone. 'summary' (default): the job summary, with this sweep's changes and every note.
   */
  view?: 'issue' | 'summary';
  /** The issue view's "what changed": what the last sweep that saw any change saw. */
  changes?: { at: string; reports: readonly SinceLastSweep[] } | null;
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

/** A CRA step's cell; `nowMs` adds how long until (or since) it is due, which the issue view leaves out. */
function craCell(clock: CraClock, nowMs: number | undefined): string {
  const rel = (due: string, extra = '') =>
    nowMs === undefined
      ? extra
        ? ` (${extra})`
        : ''
      : ` (${relative(nowMs, Date.parse(due))}${extra ? `; ${extra}` : ''})`;
  switch (clock.status) {
    case 'met':
      return `✅ sent ${formatUtcTime(clock.submittedAt!)}`;
    case 'waiting-for-fix':
      return '⏸️ starts when a fix is available';
    case 'running':
      return `⏳ due ${formatUtcTime(clock.due!)}${rel(clock.due!)}`;
    case 'past-half-time':
      return `⚠️ due ${formatUtcTime(clock.due!)}${rel(clock.due!, 'past half time')}`;
    case 'expired':
      return `🚨 **overdue**: was due ${formatUtcTime(clock.due!)}${rel(clock.due!)}`;
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

/** The count of rows not shown, after a blank line (a plain line right after a table would join it). */
function more(hidden: number, what: string): string[] {
  return hidden > 0
    ? ['', `_… and ${hidden} more ${what}, not shown: the dashboard keeps within GitHub's 65,536 characters._`]
    : [];
}

/** Rows formatted on first use and kept: fitting a long list formats only about what is shown. */
class LazyRows {
  private readonly done: string[] = [];

  constructor(
    readonly length: number,
    private readonly format: (i: number) => string,
  ) {}

  static of<T>(items: readonly T[], format: (item: T) => string): LazyRows {
    return new LazyRows(items.length, (i) => format(items[i]!));
  }

  first(n: number): string[] {
    const count = Math.min(n, this.length);
    for (let i = this.done.length; i < count; i++) this.done.push(this.format(i));
    return this.done.slice(0, count);
  }
}

const NO_ROWS = new LazyRows(0, () => '');

/** A list shown on the dashboard: its rows formatted once, cut to the same number while fitting. */
interface Section {
  head: string[];
  rows: LazyRows;
  /** Lines after the rows (a closing code fence). */
  tail?: string[];
  /** What the rows are, for "… and N more"; undefined for a section that is never cut (the header). */
  what?: string;
}

function sections(plan: SweepPlan, ctx: DashboardContext): Section[] {
  const nowMs = Date.parse(plan.now);
  const titles = new Map(ctx.advisories.map((a) => [a.ghsaId, a.title] as const));
  const out: Section[] = [];
  const overdue = plan.reports.filter((r) => r.clock.overdue).length;
  const unassigned = plan.reports.filter((r) => r.coordinators.length === 0 && !r.assigning).length;
  const exploited = plan.cra.filter((c) => c.clocks.some((k) => k.status !== 'met')).length;

  const issue = ctx.view === 'issue';
  const counts = `${plan.reports.length} open report(s): ${overdue} overdue, ${unassigned} without a coordinator, ${exploited} actively exploited with a CRA step open.`;
  const header = [
    '## PSRT report desk',
    '',
    issue
      ? `Kept current by the hourly sweep (\`psrt sweep\`); times are UTC. ${counts}`
      : `Swept ${formatUtcTime(plan.now)}${plan.previousSweepAt ? ` (previous sweep ${formatUtcTime(plan.previousSweepAt)})` : ''}` +
        `${ctx.mode === 'plan' ? ' — dry run, nothing was changed' : ''}. ${counts}`,
    '',
  ];
  if (!plan.stateReadable) {
    header.push(
      '> [!WARNING]',
      `> The desk's memory could not be read${plan.stateProblem ? ` (${tableCell(plan.stateProblem)})` : ''}: no reminder, escalation or removal until it can. Coordinators and title tags are still handled.`,
      '',
    );
  }
  out.push({ head: header, rows: NO_ROWS });

  if (plan.cra.length > 0) {
    out.push({
      head: [
        '### Cyber Resilience Act clocks (actively exploited)',
        '',
        '| Report | Aware since | Early warning (24 h) | Notification (72 h) | Final report (fix + 14 days) |',
        '|---|---|---|---|---|',
      ],
      rows: LazyRows.of(plan.cra, (c) => craRow(c, issue ? undefined : nowMs)),
      tail: [
        '',
        "`npx psrt cra GHSA-… --step STEP` prints the text to paste into ENISA's single reporting platform.",
        '',
      ],
      what: 'exploited reports',
    });
  }

  if (plan.cna.length > 0) {
    out.push({
      head: [
        `### CVE records to publish (within ${CNA_PUBLISH_HOURS} h of the advisory email)`,
        '',
        '| CVE | Report | Advisory email | Due at CVE Services | State |',
        '|---|---|---|---|---|',
      ],
      rows: LazyRows.of(plan.cna, (v) => cnaRow(v, issue ? undefined : nowMs)),
      tail: [
        '',
        '`npx psrt cve draft GHSA-…` opens the record PR; once a second operator approves and merges it, `cve-publish` publishes the record.',
        '',
      ],
      what: 'records to publish',
    });
  }

  if (plan.reports.length === 0)
    out.push({ head: ['### Open reports, most urgent first', '', 'No open report.', ''], rows: NO_ROWS });
  else {
    out.push({
      head: [
        '### Open reports, most urgent first',
        '',
        '| Report | Title | State | Coordinator | Age | Days left | CVE | Next action |',
        '|---|---|---|---|---|---|---|---|',
      ],
      rows: LazyRows.of(plan.reports, (r) => {
        const title = titles.get(r.ghsaId);
        const coordinator = r.assigning
          ? `${loginCode(r.assigning)} (assigned now)`
          : r.coordinators.length > 0
            ? r.coordinators.map(loginCode).join(', ')
            : '—';
        const left = r.clock.overdue ? `**overdue ${r.clock.daysOverdue} d**` : `${r.clock.daysLeft} d`;
        return `| ${link(r.repo, r.ghsaId)}<br>${r.repo}${r.exploited ? ' 🚨' : ''} | ${title === undefined ? '—' : inlineUntrustedText(title)} | ${r.state} | ${coordinator} | ${r.clock.ageDays} d | ${left}<br>${formatUtcTime(r.clock.deadline)} | ${r.cveId ?? '—'} | ${tableCell(r.nextAction)} |`;
      }),
      tail: [''],
      what: 'open reports',
    });
    const gantt = plan.reports.slice(0, GANTT_MAX_ROWS);
    const byRepo = new Map<string, string[]>();
    for (const r of gantt) {
      const tag = r.clock.overdue ? 'crit, ' : r.clock.daysLeft <= 14 ? 'active, ' : '';
      const line = `    ${r.ghsaId} :${tag}${r.clock.receivedAt.slice(0, 10)}, ${r.clock.deadline.slice(0, 10)}`;
      byRepo.set(r.repo, [...(byRepo.get(r.repo) ?? []), line]);
    }
    const lines: string[] = [];
    for (const [repo, rows] of [...byRepo].sort(([a], [b]) => (a < b ? -1 : 1)))
      lines.push(`    section ${repo}`, ...rows);
    out.push({
      head: [
        '### Deadlines (UTC)',
        '',
        '```mermaid',
        'gantt',
        '    title Received → deadline, UTC dates',
        '    dateFormat YYYY-MM-DD',
        '    axisFormat %Y-%m-%d',
      ],
      rows: NO_ROWS,
      tail: [
        ...lines,
        '```',
        ...(plan.reports.length > gantt.length
          ? [`_The ${gantt.length} most urgent of ${plan.reports.length} deadlines._`]
          : []),
        '',
      ],
    });
  }

  const lastChanges = issue ? ctx.changes : undefined;
  const since = issue ? (lastChanges?.reports ?? []) : plan.sinceLastSweep;
  const sinceTitle = issue
    ? `### What changed${lastChanges ? ` (seen by the sweep of ${formatUtcTime(lastChanges.at)})` : ''}`
    : `### Since the last sweep${plan.previousSweepAt ? ` (${formatUtcTime(plan.previousSweepAt)})` : ''}`;
  if (!plan.stateReadable)
    out.push({ head: [sinceTitle, '', "Unknown: the desk's memory could not be read.", ''], rows: NO_ROWS });
  else if (since.length === 0) out.push({ head: [sinceTitle, '', 'Nothing changed.', ''], rows: NO_ROWS });
  else
    out.push({
      head: [sinceTitle, ''],
      rows: LazyRows.of(since, (s) => `- ${link(s.repo, s.ghsaId)} (${s.repo}): ${s.events.map(sinceText).join('; ')}`),
      tail: [''],
      what: 'reports',
    });

  if (issue) {
    // This sweep's changes are in the job summary and the reminder comment.
  } else if (plan.changes.length === 0) out.push({ head: ['### This sweep', '', 'Nothing to do.', ''], rows: NO_ROWS });
  else {
    const status = new Map(ctx.outcomes?.map((o) => [o.change, o.status] as const));
    out.push({
      head: ['### This sweep', '', '```diff'],
      rows: LazyRows.of(plan.changes, (c) => {
        const st = status.get(c);
        return `${describeSweepChange(c)}${st && st !== 'done' ? `   [${st}]` : ''}`;
      }),
      tail: ['```', ''],
      what: 'changes',
    });
  }

  if (plan.outsideAccess.length > 0) {
    out.push({
      head: [
        '### People outside the PSRT with access',
        '',
        '| Report | Login | Why | First seen | Access ends |',
        '|---|---|---|---|---|',
      ],
      rows: LazyRows.of(plan.outsideAccess, (v) => {
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
        return `| ${link(v.repo, v.ghsaId)} | ${loginCode(v.login)} | ${why} | ${v.firstSeen ? formatUtcTime(v.firstSeen) : '—'} | ${ends}${state} |`;
      }),
      tail: [''],
      what: 'people',
    });
  }

  if (plan.reservationsToReject.length > 0) {
    out.push({
      head: ['### Reserved CVE ids no advisory uses (reject them)', ''],
      rows: LazyRows.of(
        plan.reservationsToReject,
        (r) => `- ${r.cveId}, reserved ${formatUtcTime(r.reservedAt)} for ${link(r.repo, r.ghsa)}: ${tableCell(r.why)}`,
      ),
      tail: [''],
      what: 'ids',
    });
  }

  // Warnings last as long as their cause; information notes belong to the sweep that made them.
  const notes = issue ? plan.notes.filter((n) => n.level === 'warning') : plan.notes;
  if (notes.length > 0) {
    out.push({
      head: ['### Notes', ''],
      rows: LazyRows.of(notes, (n) => `- ${n.level === 'warning' ? '⚠️' : 'ℹ️'} ${n.text}`),
      tail: [''],
      what: 'notes',
    });
  }
  return out;
}

function assemble(parts: readonly Section[], cap: number): string {
  const lines: string[] = [];
  for (const part of parts) {
    lines.push(...part.head);
    const shown = part.rows.first(cap);
    lines.push(...shown);
    // A cut table or code block is closed before the count, which is plain text.
    if (part.tail?.[0] === '```')
      lines.push('```', ...more(part.rows.length - shown.length, part.what ?? ''), ...part.tail.slice(1));
    else lines.push(...more(part.rows.length - shown.length, part.what ?? ''), ...(part.tail ?? []));
  }
  return lines.join('\n').trimEnd() + '\n';
}

function craRow(c: CraReport, nowMs: number | undefined): string {
  const aware = `${formatUtcTime(c.awareAt)}${c.approximate ? ' (approximate)' : ''}`;
  const cell = (step: CraClock['step']) =>
    craCell(
      c.clocks.find((k) => k.step === step)!,
      nowMs,
    );
  return `| ${link(c.repo, c.ghsaId)}<br>${c.repo} | ${aware} | ${cell('early-warning')} | ${cell('notification')} | ${cell('final')} |`;
}

/** A record's clock: absolute times only on the issue (it changes only when a threshold passes). */
function cnaRow(v: CnaClockView, nowMs: number | undefined): string {
  const c = v.clock;
  const sent = c.announcedAt ? formatUtcTime(c.announcedAt) : 'recorded, time unknown';
  const due = c.dueAt ? formatUtcTime(c.dueAt) : 'now';
  let state: string;
  switch (c.state) {
    case 'overdue':
      state =
        nowMs === undefined ? '**overdue**' : `**overdue ${Math.round((nowMs - Date.parse(c.dueAt!)) / HOUR_MS)} h**`;
      break;
    case 'due':
      state =
        nowMs === undefined
          ? 'to publish'
          : `${Math.max(0, Math.round((Date.parse(c.dueAt!) - nowMs) / HOUR_MS))} h left`;
      break;
    case 'announced-time-unknown':
      state = 'to publish now';
      break;
    case 'published':
    case 'published-early':
      state = `published ${formatUtcTime(c.publishedAt!)}`;
      break;
    case 'awaiting-announcement':
      state = 'waits for the advisory email';
      break;
  }
  return `| ${v.cveId} | ${link(v.repo, v.ghsaId)}<br>${v.repo} | ${sent} | ${due} | ${state} |`;
}

/** The dashboard's markdown, the most urgent entries of every list that fit within the limit. */
export function renderDashboard(plan: SweepPlan, ctx: DashboardContext): string {
  const limit = ctx.maxChars ?? ISSUE_BODY_MAX_CHARS - DASHBOARD_RESERVED_CHARS;
  const parts = sections(plan, ctx);
  const longest = Math.max(0, ...parts.map((p) => p.rows.length));
  // Double the rows shown until the body is too long, then search between the last two.
  let low = 0;
  let cap = 16;
  for (; ; cap *= 2) {
    const n = Math.min(cap, longest);
    if (assemble(parts, n).length > limit) break;
    low = n;
    if (n === longest) return assemble(parts, n);
  }
  let high = Math.min(cap, longest) - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (assemble(parts, mid).length <= limit) low = mid;
    else high = mid - 1;
  }
  const fitted = assemble(parts, low);
  if (fitted.length <= limit) return fitted;
  const cut = "\n\n_… cut: the dashboard keeps within GitHub's 65,536 characters._\n";
  return fitted.slice(0, Math.max(0, limit - cut.length)) + cut;
}

/**
 * A fingerprint of the dashboard issue's body that needs no title: each title stands in as its
 * advisory's id and update time (a title cannot change without the update time moving). Equal
 * fingerprints mean equal bodies, so an unchanged dashboard needs neither its titles read nor a write.
 */
export function dashboardFingerprint(
  plan: SweepPlan,
  ctx: Omit<DashboardContext, 'advisories' | 'view' | 'outcomes' | 'mode'> & {
    advisories: readonly Pick<DeskAdvisory, 'ghsaId' | 'updatedAt'>[];
  },
): string {
  const body = renderDashboard(plan, {
    ...ctx,
    view: 'issue',
    advisories: ctx.advisories.map((a) => ({ ghsaId: a.ghsaId, title: `${a.ghsaId} ${a.updatedAt}` })),
  });
  return createHash('sha256').update(body).digest('hex').slice(0, 32);
}
