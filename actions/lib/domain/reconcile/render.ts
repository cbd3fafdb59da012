// The plan shown: markdown for job summaries and PR comments (grouped by system, changes in a diff
// block, notes, guards), plain text for the CLI. GHSA ids only: never an advisory's title or text.
import type { GuardResult } from './guards.js';
import type { Change, Format, Note, ReconcilePlan, System } from './plan.js';
import { describeChange, isRemoval } from './plan.js';

export interface ChangeResult {
  change: Change;
  status: 'done' | 'failed' | 'not attempted';
  error?: string;
}

export interface RenderContext {
  org: string;
  team: string;
  lists: string[];
  /** 'plan' for a dry run, 'applied' once changes were written, 'blocked' when a guard tripped. */
  mode: 'plan' | 'applied' | 'blocked';
}

const SYSTEMS: { system: System; title: (ctx: RenderContext) => string }[] = [
  { system: 'team', title: (c) => `GitHub team ${c.org}/${c.team}` },
  { system: 'org-role', title: (c) => `Org role (${c.org})` },
  { system: 'ghsa', title: () => 'GHSA access (open advisories)' },
  { system: 'list', title: (c) => `Mailing list${c.lists.length === 1 ? '' : 's'} ${c.lists.join(', ')}` },
  { system: 'projects', title: () => 'Covered projects' },
  { system: 'roster', title: () => 'members.yaml' },
];

const NOTE_MARK: Record<Note['level'], string> = { info: 'ℹ️', warning: '⚠️', drift: '↯' };

function stripMarkdown(text: string): string {
  return text.replace(/`/g, '');
}

function headline(plan: ReconcilePlan, ctx: RenderContext): string {
  const n = plan.changes.length;
  const removals = plan.changes.filter(isRemoval).length;
  if (n === 0) return 'Reconcile: nothing to change';
  const what = `${n} change${n === 1 ? '' : 's'}${removals ? ` (${removals} removal${removals === 1 ? '' : 's'})` : ''}`;
  if (ctx.mode === 'applied') return `Reconcile applied ${what}`;
  if (ctx.mode === 'blocked') return `Reconcile blocked by a guard: ${what} planned, none made`;
  return `Reconcile plan: ${what}`;
}

export function renderPlan(
  plan: ReconcilePlan,
  guards: readonly GuardResult[],
  ctx: RenderContext,
  format: Format,
  results?: readonly ChangeResult[],
): string {
  const md = format === 'markdown';
  const out: string[] = [];
  out.push(md ? `## ${headline(plan, ctx)}` : headline(plan, ctx));
  out.push('');
  if (ctx.mode === 'plan' && plan.changes.length > 0)
    out.push(
      md ? '> Dry run: nothing was changed.' : 'Dry run: nothing was changed (use --apply to make these changes).',
      '',
    );
  const status = new Map(results?.map((r) => [r.change, r] as const));
  for (const { system, title } of SYSTEMS) {
    const changes = plan.changes.filter((c) => c.system === system);
    const notes = plan.notes.filter((n) => n.system === system);
    if (changes.length === 0 && notes.length === 0) continue;
    out.push(md ? `### ${title(ctx)}` : `${title(ctx)}:`);
    if (changes.length > 0) {
      if (md) out.push('```diff');
      for (const c of changes) {
        const r = status.get(c);
        const suffix = r && r.status !== 'done' ? `   [${r.status}${r.error ? `: ${r.error}` : ''}]` : '';
        out.push(`${md ? '' : '  '}${describeChange(c, ctx, format)}${suffix}`);
      }
      if (md) out.push('```');
    }
    for (const n of notes)
      out.push(md ? `- ${NOTE_MARK[n.level]} ${n.text}` : `  ${n.level}: ${stripMarkdown(n.text)}`);
    out.push('');
  }
  out.push(md ? '### Guards' : 'Guards:');
  if (md) out.push('', '| Guard | Status | Detail |', '|---|---|---|');
  for (const g of guards) {
    const state = g.overridden ? 'overridden' : g.ok ? 'ok' : 'TRIPPED';
    out.push(
      md
        ? `| ${g.guard} | ${g.overridden ? '⚠️ overridden' : g.ok ? '✅ ok' : '❌ tripped'} | ${g.detail.replace(/\|/g, '\\|')} |`
        : `  ${g.guard}: ${state} (${g.detail})`,
    );
  }
  if (results && results.length > 0) {
    const done = results.filter((r) => r.status === 'done').length;
    const failed = results.filter((r) => r.status === 'failed').length;
    out.push(
      '',
      md
        ? `**Applied:** ${done} done, ${failed} failed, ${results.length - done - failed} not attempted.`
        : `Applied: ${done} done, ${failed} failed, ${results.length - done - failed} not attempted.`,
    );
  }
  return out.join('\n') + '\n';
}
