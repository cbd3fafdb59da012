// The plan shown: markdown for job summaries and PR comments (grouped by system, changes in a diff
// block, notes, guards), plain text for the CLI. GHSA ids only: never an advisory's title or text.
import type { ChangeResult, Format } from '../plan.js';
import { headline, plural, renderGuards, renderNote, renderResultsLine, trippedGuards, withResult } from '../plan.js';
import type { Change, Note, ReconcilePlan, System } from './plan.js';
import { describeChange, isRemoval, isSuppressedByAddOnly, maskAddress } from './plan.js';

interface RenderContext {
  org: string;
  team: string;
  lists: string[];
}

/** A note, with the addresses it is about: in full in a terminal, masked in markdown. */
function renderReconcileNote(note: Note, format: Format): string[] {
  const lines = [renderNote(note, format)];
  for (const address of note.addresses ?? [])
    lines.push(format === 'markdown' ? `  - ${maskAddress(address, format)}` : `      ${address}`);
  return lines;
}

const SYSTEMS: { system: System; title: (ctx: RenderContext) => string }[] = [
  { system: 'team', title: (c) => `GitHub team ${c.org}/${c.team}` },
  { system: 'org-role', title: (c) => `Org role (${c.org})` },
  { system: 'ghsa', title: () => 'GHSA access (open advisories)' },
  { system: 'list', title: (c) => `Mailing list${c.lists.length === 1 ? '' : 's'} ${c.lists.join(', ')}` },
  { system: 'projects', title: () => 'Covered projects' },
  { system: 'roster', title: () => 'members.yaml' },
];

function describeCount(changes: readonly Change[]): string {
  const removals = changes.filter(isRemoval).length;
  return `${plural(changes.length, 'change')}${removals ? ` (${plural(removals, 'removal')})` : ''}`;
}

export function renderPlan(plan: ReconcilePlan, format: Format, results?: readonly ChangeResult<Change>[]): string {
  const md = format === 'markdown';
  const ctx: RenderContext = {
    org: plan.scope.org,
    team: plan.scope.team,
    lists: plan.scope.lists.map((l) => l.address),
  };
  const out: string[] = [];
  const title = headline('Reconcile', plan, results, describeCount);
  out.push(md ? `## ${title}` : title, '');
  if (plan.addOnly && plan.changes.some(isSuppressedByAddOnly))
    out.push(
      md
        ? '> Add-only: removals are listed but never written (suppressed).'
        : 'Add-only: removals are listed but never written (suppressed).',
      '',
    );
  if (!results && plan.changes.length > 0) {
    if (trippedGuards(plan.guards).length > 0)
      out.push(
        md ? '> Nothing was changed: a guard tripped (see Guards).' : 'Nothing was changed: a guard tripped.',
        '',
      );
    else
      out.push(
        md ? '> Dry run: nothing was changed.' : 'Dry run: nothing was changed (use --apply to make these changes).',
        '',
      );
  }
  const status = new Map(results?.map((r) => [r.change, r] as const));
  for (const { system, title: heading } of SYSTEMS) {
    const changes = plan.changes.filter((c) => c.system === system);
    const notes = plan.notes.filter((n) => n.system === system);
    if (changes.length === 0 && notes.length === 0) continue;
    out.push(md ? `### ${heading(ctx)}` : `${heading(ctx)}:`);
    if (changes.length > 0) {
      if (md) out.push('```diff');
      for (const c of changes) {
        const line = withResult(describeChange(c, ctx, format), status.get(c));
        const unwritten = !results && plan.addOnly && isSuppressedByAddOnly(c) ? '   [add-only: not written]' : '';
        out.push(`${md ? '' : '  '}${line}${unwritten}`);
      }
      if (md) out.push('```');
    }
    for (const n of notes) out.push(...renderReconcileNote(n, format));
    out.push('');
  }
  out.push(...renderGuards(plan.guards, format));
  const applied = renderResultsLine(results, format);
  if (applied.length > 0) out.push('', ...applied);
  return out.join('\n') + '\n';
}
