// What the report-file commands share (grant, revoke, intake, cra --done): finding an advisory among the
// covered repositories, the rule that an edited report file must still pass `psrt validate`, and the
// plan of one report-file edit proposed in a PR, rendered with its unified diff.
import type { GitHubApi, RepositoryAdvisory } from '../clients/github/api.js';
import { isNotFound } from '../clients/github/failures.js';
import { parseReportText } from '../config/report-files.js';
import { formatDiagnostic } from '../domain/findings.js';
import type { ChangeResult, Format, Note, Plan } from '../domain/plan.js';
import { headline, renderNote, renderResultsLine, withResult } from '../domain/plan.js';
import type { Policy } from '../domain/policy.js';
import type { ReportFile } from '../domain/report-file.js';
import { reportFilePath } from '../domain/report-file.js';
import type { ToolPrChange } from '../domain/tool-pr.js';
import { describeToolPrChange } from '../domain/tool-pr.js';
import { unifiedDiff } from '../domain/text-diff.js';
import type { JobContext } from './context.js';
import { applyInOrder } from './job.js';
import type { ObservedReportPr } from './report-pr.js';
import { applyToolPr } from './tool-pr.js';

/** An advisory found in a covered repository: the whole answer (its text stays in memory, never shown). */
export interface LocatedAdvisory {
  repo: string;
  advisory: RepositoryAdvisory;
}

/**
 * The advisory `ghsa` in the first of `repos` that holds it, or undefined when none does (GitHub answers
 * 404 both for an advisory that does not exist and for one the token cannot see). Any other failure throws.
 */
export async function locateAdvisory(
  gh: GitHubApi,
  repos: readonly string[],
  ghsa: string,
): Promise<LocatedAdvisory | undefined> {
  for (const repo of repos) {
    try {
      return { repo, advisory: await gh.getAdvisory(repo, ghsa) };
    } catch (err) {
      if (!isNotFound(err)) throw err;
    }
  }
  return undefined;
}

/** Why an advisory was not found, naming where it was looked for. */
export function advisoryNotFound(ghsa: string, searched: readonly string[], fromReportFile: boolean): string {
  return fromReportFile
    ? `${ghsa} is not an advisory of ${searched.join(', ')}, the repository ${reportFilePath(ghsa)} names (or the token cannot read it): check the id and the file.`
    : `${ghsa} is not an advisory of any covered repository (${searched.join(', ')}), or the token cannot read it: check the id.`;
}

/** The report file's data when the text is a sound report file (it passes psrt validate). */
export function soundReportFile(
  path: string,
  text: string | undefined,
  policy: Policy,
  now: Date,
): ReportFile | undefined {
  return text === undefined ? undefined : parseReportText(path, text, policy, now).report;
}

/**
 * Why an edited report file may not be proposed, or undefined when it passes `psrt validate`'s checks
 * (schema and rules, at file:line:col). A file that did not pass before the edit is refused too: fix it first.
 */
export function editedReportProblem(
  path: string,
  text: string,
  policy: Policy,
  now: Date,
  before: string | undefined,
): string | undefined {
  const errors = parseReportText(path, text, policy, now).diagnostics.filter((d) => d.severity === 'error');
  if (errors.length === 0) return undefined;
  const broken =
    before !== undefined && parseReportText(path, before, policy, now).diagnostics.some((d) => d.severity === 'error');
  const lead = broken
    ? `${path} on the ops repository's default branch does not pass psrt validate: fix it first`
    : `the edited ${path} would not pass psrt validate`;
  return `${lead}:\n${errors.map((d) => `  ${formatDiagnostic(d)}`).join('\n')}`;
}

/** The plan of one report-file edit proposed in a PR (grant, revoke, cra --done). */
export interface ReportEditPlan extends Plan<ToolPrChange> {
  /** The command, for the headline. */
  job: string;
  opsRepo: string;
  ghsa: string;
  /** What the edit means, one line each, with dates and times in UTC. */
  intent: string[];
  /** The report file on the default branch (undefined: none yet) and as edited. */
  file?: { path: string; before?: string; after: string };
  /** Why nothing may be written: the command prints it and exits 1. */
  refusal?: string;
}

/** A refused plan: no change, the reason, nothing else. */
export function refusedPlan(job: string, opsRepo: string, ghsa: string, refusal: string): ReportEditPlan {
  return { job, opsRepo, ghsa, intent: [], changes: [], notes: [], guards: [], refusal };
}

/** Notes when the edit needs no PR: the default branch, or the open PR, already says it. */
export function unchangedNotes(
  path: string,
  observed: ObservedReportPr,
  after: string,
  change: ToolPrChange | undefined,
): Note[] {
  if (change) return [];
  if (observed.text === after) return [{ level: 'info', text: `${path} already says this: nothing to change.` }];
  const open = observed.pr.open;
  return open ? [{ level: 'info', text: `pull request #${open.number} already proposes this (${open.url}).` }] : [];
}

export function renderReportEdit(
  plan: ReportEditPlan,
  format: Format,
  results?: readonly ChangeResult<ToolPrChange>[],
): string {
  const md = format === 'markdown';
  const lines = [md ? `## ${headline(plan.job, plan, results)}` : headline(plan.job, plan, results)];
  if (plan.refusal !== undefined) {
    lines.push('', `Refused: ${plan.refusal}`);
    return `${lines.join('\n')}\n`;
  }
  lines.push('', ...plan.intent.map((l) => (md ? `- ${l}` : `  ${l}`)));
  if (plan.notes.length > 0) lines.push(...plan.notes.map((n) => renderNote(n, format)));
  const status = new Map(results?.map((r) => [r.change, r] as const));
  if (plan.changes.length > 0) {
    lines.push('', ...plan.changes.map((c) => withResult(describeToolPrChange(c), status.get(c))));
    for (const r of results ?? []) if (r.detail) lines.push(`Pull request: ${r.detail}`);
    lines.push(...renderResultsLine(results, format));
  }
  const diff = plan.file
    ? unifiedDiff(plan.file.before, plan.file.after, { oldName: `a/${plan.file.path}`, newName: `b/${plan.file.path}` })
    : '';
  if (!results && plan.changes.length > 0 && diff !== '') {
    lines.push('', `Dry run: the pull request in ${plan.opsRepo} would make this change (nothing was written):`);
    lines.push(md ? `\n\`\`\`diff\n${diff}\`\`\`` : `\n${diff.trimEnd()}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Apply a report-file edit: its one PR change. */
export function applyReportEdit(
  plan: ReportEditPlan,
  gh: GitHubApi,
  ctx: JobContext,
): Promise<ChangeResult<ToolPrChange>[]> {
  return applyInOrder(
    plan.changes.map((c) => [c]),
    ([c]) => applyToolPr(gh, c!),
    ctx,
    describeToolPrChange,
  );
}

/** Today's date (UTC) plus `days`, as YYYY-MM-DD. */
export function utcDatePlusDays(now: Date, days: number): string {
  const start = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return new Date(start + days * 86_400_000).toISOString().slice(0, 10);
}
