// The sweep plan shown: markdown for job summaries and PR comments, plain text for the CLI. Ids,
// logins and times only: never a title, so this is safe for logs.
import type { ChangeResult, Format } from '../plan.js';
import { headline as jobHeadline, renderGuards, renderResultsLine, withResult } from '../plan.js';
import type { SweepChange, SweepJobChange, SweepNote, SweepPlan, SweepSystem } from './plan.js';
import { describeSweepChange, describeSweepJobChange } from './plan.js';
import type { ChangeOutcome } from './dashboard.js';
import { renderDashboard } from './dashboard.js';
import { renderDeadlineShifts } from './shifts.js';
import type { SweepJobPlan } from './sweep-job.js';
import { formatUtcTime } from './time.js';

export type SweepFormat = 'markdown' | 'text';

const SYSTEMS: { system: SweepSystem; title: string }[] = [
  { system: 'report-files', title: 'Report files (pull requests in the ops repo)' },
  { system: 'tags', title: 'Title tags' },
  { system: 'coordinators', title: 'Coordinators' },
  { system: 'access', title: 'Access to advisories' },
  { system: 'cve', title: 'CVE ids' },
  { system: 'notices', title: 'Reminders and escalations (one comment on the dashboard)' },
  { system: 'dashboard', title: 'Dashboard' },
  { system: 'state', title: "The desk's memory" },
];

function headline(plan: SweepPlan, outcomes: readonly ChangeOutcome[] | undefined): string {
  const n = plan.changes.length;
  if (n === 0) return 'Sweep: nothing to do';
  const what = `${n} change${n === 1 ? '' : 's'}${countsOf(plan.changes, plan.losingAccess.length)}`;
  return outcomes ? `Sweep applied: ${what}` : `Sweep plan: ${what}`;
}

function countsOf(changes: readonly SweepJobChange[], removals: number): string {
  const notices = changes.filter((c) => c.kind === 'notify').length;
  const detail = [
    notices ? `${notices} notice${notices === 1 ? '' : 's'}` : '',
    removals ? `${removals} removal${removals === 1 ? '' : 's'}` : '',
  ].filter(Boolean);
  return detail.length ? ` (${detail.join(', ')})` : '';
}

function noteLine(n: SweepNote, md: boolean): string {
  return md ? `- ${n.level === 'warning' ? '⚠️' : 'ℹ️'} ${n.text}` : `  ${n.level}: ${n.text}`;
}

function memoryLine(plan: SweepPlan): string {
  return plan.stateReadable
    ? `Desk memory: read${plan.previousSweepAt ? ` (previous sweep ${formatUtcTime(plan.previousSweepAt)})` : ' (first sweep)'}; now ${formatUtcTime(plan.now)}.`
    : `Desk memory: UNREADABLE${plan.stateProblem ? ` (${plan.stateProblem})` : ''}: no reminder, escalation or removal planned; now ${formatUtcTime(plan.now)}.`;
}

function losingAccessLines(
  plan: SweepPlan,
  extra: readonly { login: string; repo: string; ghsaId: string }[],
  md: boolean,
): string[] {
  const all = [...plan.losingAccess, ...extra];
  if (all.length === 0) return [];
  const out = [
    md
      ? '### Losing access (counted by guards.max_removal_share)'
      : 'Losing access (counted by guards.max_removal_share):',
  ];
  for (const p of all)
    out.push(md ? `- \`${p.login}\` from ${p.ghsaId} (${p.repo})` : `  ${p.login} from ${p.ghsaId} (${p.repo})`);
  out.push('');
  return out;
}

/** The desk's own plan (used by tests and tools that plan without the job around it). */
export function renderSweepPlan(plan: SweepPlan, format: SweepFormat, outcomes?: readonly ChangeOutcome[]): string {
  const md = format === 'markdown';
  const out: string[] = [md ? `## ${headline(plan, outcomes)}` : headline(plan, outcomes), '', memoryLine(plan), ''];
  if (!outcomes && plan.changes.length > 0)
    out.push(
      md ? '> Dry run: nothing was changed.' : 'Dry run: nothing was changed (use --apply to make these changes).',
      '',
    );
  const status = new Map(outcomes?.map((o) => [o.change, o.status] as const));
  for (const { system, title } of SYSTEMS) {
    const changes: SweepChange[] = plan.changes.filter((c) => c.system === system);
    if (changes.length === 0) continue;
    out.push(md ? `### ${title}` : `${title}:`);
    if (md) out.push('```diff');
    for (const c of changes) {
      const s = status.get(c);
      out.push(`${md ? '' : '  '}${describeSweepChange(c)}${s && s !== 'done' ? `   [${s}]` : ''}`);
    }
    if (md) out.push('```');
    out.push('');
  }
  out.push(...losingAccessLines(plan, [], md));
  if (plan.notes.length > 0) {
    out.push(md ? '### Notes' : 'Notes:');
    for (const n of plan.notes) out.push(noteLine(n, md));
    out.push('');
  }
  if (outcomes && outcomes.length > 0) {
    const done = outcomes.filter((o) => o.status === 'done').length;
    const failed = outcomes.filter((o) => o.status === 'failed').length;
    const line = `Applied: ${done} done, ${failed} failed, ${outcomes.length - done - failed} not attempted.`;
    out.push(md ? `**${line}**` : line);
  }
  return out.join('\n').trimEnd() + '\n';
}

/**
 * The sweep job: what it does (by system, each change on one line with its result after an apply),
 * who loses access, the guards, the notes; in markdown (the job summary) also the dashboard, without
 * titles.
 */
export function renderSweepJob(
  plan: SweepJobPlan,
  format: Format,
  results?: readonly ChangeResult<SweepJobChange>[],
): string {
  const md = format === 'markdown';
  const desk = plan.desk;
  const removals = plan.changes.flatMap((c) =>
    c.kind === 'member-access' ? c.removeUsers.map((login) => ({ login, repo: c.repo, ghsaId: c.ghsaId })) : [],
  );
  const title = jobHeadline('Sweep', plan, results, (changes) => {
    const n = changes.length;
    return `${n} change${n === 1 ? '' : 's'}${countsOf(changes, desk.losingAccess.length + removals.length)}`;
  });
  const out: string[] = [md ? `## ${title}` : title, '', memoryLine(desk), ''];
  if (!results && plan.changes.length > 0)
    out.push(
      md ? '> Dry run: nothing was changed.' : 'Dry run: nothing was changed (use --apply to make these changes).',
      '',
    );
  const byChange = new Map(results?.map((r) => [r.change, r] as const));
  for (const { system, title: heading } of SYSTEMS) {
    const changes = plan.changes.filter((c) => c.system === system);
    if (changes.length === 0) continue;
    out.push(md ? `### ${heading}` : `${heading}:`);
    if (md) out.push('```diff');
    for (const c of changes) out.push(`${md ? '' : '  '}${withResult(describeSweepJobChange(c), byChange.get(c))}`);
    if (md) out.push('```');
    out.push('');
  }
  out.push(...losingAccessLines(desk, removals, md));
  if (plan.shifts) out.push(renderDeadlineShifts(plan.shifts, format), '');
  const guards = renderGuards(plan.guards, format);
  if (guards.length > 0) out.push(...guards, '');
  if (plan.notes.length > 0) {
    out.push(md ? '### Notes' : 'Notes:');
    for (const n of plan.notes)
      out.push(noteLine({ level: n.level === 'warning' ? 'warning' : 'info', text: n.text }, md));
    out.push('');
  }
  out.push(...renderResultsLine(results, format));
  if (md) {
    const outcomes = results
      ?.filter((r): r is ChangeResult<SweepChange> => r.change.kind !== 'dashboard' && r.change.kind !== 'desk-state')
      .map((r) => ({ change: r.change, status: r.status === 'suppressed' ? ('not attempted' as const) : r.status }));
    out.push(
      '',
      renderDashboard(desk, {
        advisories: [],
        mode: results ? 'applied' : 'plan',
        ...(outcomes ? { outcomes } : {}),
      }).replace(/^## PSRT report desk/, '## Report desk (titles are on the dashboard issue only)'),
    );
  }
  return out.join('\n').trimEnd() + '\n';
}
