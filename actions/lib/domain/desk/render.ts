// The sweep plan shown: markdown for job summaries and PR comments, plain text for the CLI. Ids,
// logins and times only: never a title, so this is safe for logs.
import type { SweepChange, SweepNote, SweepPlan, SweepSystem } from './plan.js';
import { describeSweepChange } from './plan.js';
import type { ChangeOutcome } from './dashboard.js';
import { formatUtcTime } from './time.js';

export type SweepFormat = 'markdown' | 'text';

const SYSTEMS: { system: SweepSystem; title: string }[] = [
  { system: 'report-files', title: 'Report files (pull requests in the ops repo)' },
  { system: 'tags', title: 'Title tags' },
  { system: 'coordinators', title: 'Coordinators' },
  { system: 'access', title: 'People outside the PSRT' },
  { system: 'cve', title: 'CVE ids' },
  { system: 'notices', title: 'Reminders and escalations (one comment on the dashboard)' },
];

function headline(plan: SweepPlan, outcomes: readonly ChangeOutcome[] | undefined): string {
  const n = plan.changes.length;
  if (n === 0) return 'Sweep: nothing to do';
  const notices = plan.changes.filter((c) => c.kind === 'notify').length;
  const removals = plan.losingAccess.length;
  const detail = [
    notices ? `${notices} notice${notices === 1 ? '' : 's'}` : '',
    removals ? `${removals} removal${removals === 1 ? '' : 's'}` : '',
  ].filter(Boolean);
  const what = `${n} change${n === 1 ? '' : 's'}${detail.length ? ` (${detail.join(', ')})` : ''}`;
  return outcomes ? `Sweep applied: ${what}` : `Sweep plan: ${what}`;
}

function noteLine(n: SweepNote, md: boolean): string {
  return md ? `- ${n.level === 'warning' ? '⚠️' : 'ℹ️'} ${n.text}` : `  ${n.level}: ${n.text}`;
}

export function renderSweepPlan(plan: SweepPlan, format: SweepFormat, outcomes?: readonly ChangeOutcome[]): string {
  const md = format === 'markdown';
  const out: string[] = [md ? `## ${headline(plan, outcomes)}` : headline(plan, outcomes), ''];
  out.push(
    plan.stateReadable
      ? `Desk memory: read${plan.previousSweepAt ? ` (previous sweep ${formatUtcTime(plan.previousSweepAt)})` : ' (first sweep)'}; now ${formatUtcTime(plan.now)}.`
      : `Desk memory: UNREADABLE${plan.stateProblem ? ` (${plan.stateProblem})` : ''}: no reminder, escalation or removal planned; now ${formatUtcTime(plan.now)}.`,
    '',
  );
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
  if (plan.losingAccess.length > 0) {
    out.push(
      md
        ? '### Losing access (counted by guards.max_removal_share)'
        : 'Losing access (counted by guards.max_removal_share):',
    );
    for (const p of plan.losingAccess)
      out.push(md ? `- \`${p.login}\` from ${p.ghsaId} (${p.repo})` : `  ${p.login} from ${p.ghsaId} (${p.repo})`);
    out.push('');
  }
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
