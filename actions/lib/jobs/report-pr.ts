// Changes to a report file (reports/GHSA-….yaml) are reviewed like members.yaml: the tool edits the
// file as the ops repository's default branch holds it and opens (or updates) one PR per report and
// purpose. Commands that write a report file (grant, revoke, intake, cra --done, announce, the sweep's
// [EXPLOITED] record) read with readReportPr, plan with planReportPr, and apply with applyToolPr.
import type { GitHubApi } from '../clients/github/api.js';
import { reportFilePath } from '../domain/report-file.js';
import type { DesiredToolPr, ObservedToolPr, ToolPrChange } from '../domain/tool-pr.js';
import { planToolPr } from '../domain/tool-pr.js';
import { reading } from './reading.js';
import { readToolPr } from './tool-pr.js';

export interface ObservedReportPr {
  /** The report file on the default branch, or undefined when there is none yet. */
  text?: string;
  pr: ObservedToolPr;
}

/** The tool branch for one report and purpose, e.g. `psrt/report/GHSA-…/grant-octocat`. */
export function reportBranch(ghsa: string, purpose: string): string {
  return `psrt/report/${ghsa}/${purpose.replace(/[^A-Za-z0-9._-]+/g, '-')}`;
}

export async function readReportPr(
  gh: GitHubApi,
  opsRepo: string,
  ghsa: string,
  purpose: string,
): Promise<ObservedReportPr> {
  const path = reportFilePath(ghsa);
  const [file, pr] = await Promise.all([
    reading(`${path} of ${opsRepo}`, () => gh.readFile(opsRepo, path)),
    reading(`the ${purpose} pull request of ${ghsa}`, () =>
      readToolPr(gh, opsRepo, reportBranch(ghsa, purpose), [path]),
    ),
  ]);
  return { ...(file ? { text: file.text } : {}), pr };
}

export interface ReportPrSpec {
  opsRepo: string;
  ghsa: string;
  purpose: string;
  title: string;
  body: string;
  labels?: string[];
  reviewers?: { users: string[]; teams: string[] };
}

/**
 * The PR change that writes `content` (the edited report file) for review, or undefined when the
 * default branch already holds it (and no PR of this purpose is open) or the open PR already does.
 */
export function planReportPr(
  spec: ReportPrSpec,
  observed: ObservedReportPr,
  content: string,
): ToolPrChange | undefined {
  if (observed.text === content && !observed.pr.open) return undefined;
  const desired: DesiredToolPr = {
    repo: spec.opsRepo,
    branch: reportBranch(spec.ghsa, spec.purpose),
    title: spec.title,
    body: spec.body,
    commitMessage: spec.title,
    files: [{ path: reportFilePath(spec.ghsa), content }],
    labels: spec.labels ?? ['psrt-ops'],
    reviewers: spec.reviewers ?? { users: [], teams: [] },
  };
  // Merged already (the default branch holds the content): close a PR left open with nothing to add.
  return planToolPr(
    observed.text === content ? undefined : desired,
    observed.pr,
    'Closed by psrt-ops: the report file already says this.',
    spec.opsRepo,
  );
}
