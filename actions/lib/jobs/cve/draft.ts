// cve draft: the CVE record of one advisory as a reviewed file. Reads the advisory (GitHub), its report
// file and the record file as the ops repository's default branch holds them, builds the record, and
// plans one pull request per CVE (branch psrt/cve/CVE-…/record) adding or updating
// records/CVE-YYYY-NNNN.json, with a readable summary in its body and review requested from the CNA
// operators. A second operator's approval is the CNA's review; merging hands the record to cve-publish.
import type { ObservedToolPr, ToolPrChange, DesiredToolPr } from '../../domain/tool-pr.js';
import { describeToolPrChange, planToolPr } from '../../domain/tool-pr.js';
import type { Config } from '../../config/load.js';
import { announcementUrl } from '../../domain/cve/clocks.js';
import { cveRecordFilePath, formatCveRecordFile } from '../../domain/cve/format.js';
import { operatorReviewers } from '../../domain/cve/operators.js';
import type { RecordFile } from '../../domain/cve/record-file.js';
import { changedContainerFields, keepServiceMetadata, readCveRecordFile } from '../../domain/cve/record-file.js';
import type { RecordRefusal } from '../../domain/cve/record.js';
import { summarizeCveRecord } from '../../domain/cve/summary.js';
import type { Diagnostic } from '../../domain/findings.js';
import { formatDiagnostic } from '../../domain/findings.js';
import type { ChangeResult, Format, Plan } from '../../domain/plan.js';
import { headline, renderNote, renderResultsLine, withResult } from '../../domain/plan.js';
import type { ReportFile } from '../../domain/report-file.js';
import { reportFilePath } from '../../domain/report-file.js';
import type { RepositoryAdvisory } from '../../domain/cve/advisory.js';
import type { NamesByLogin } from '../../domain/cve/credits.js';
import type { JobContext } from '../context.js';
import type { Job, JobResult, JobSettings } from '../job.js';
import { applyInOrder, runJob } from '../job.js';
import { reading } from '../reading.js';
import { applyToolPr, readToolPr } from '../tool-pr.js';
import type { RecordOnMain } from './ops-files.js';
import { readRecordOnMain, readReportOnMain } from './ops-files.js';
import type { CveReadDeps } from './record.js';
import { buildRecord, findAdvisory, profileNamesFor } from './record.js';
import { isCveId } from '../../domain/ids.js';

export interface CveDraftSettings extends JobSettings {
  ghsa: string;
}

/** The tool branch of a CVE's record PR (a rejection, `psrt cve reject`, uses the same one). */
export function recordBranch(cveId: string): string {
  return `psrt/cve/${cveId}/record`;
}

export interface CveDraftObserved {
  repo: string;
  advisory: RepositoryAdvisory;
  reportPath: string;
  report?: ReportFile;
  reportDiagnostics: Diagnostic[];
  profileNames: NamesByLogin;
  /** The record file on the default branch and the CVE's record PR: read when the advisory has a CVE ID. */
  existing?: RecordOnMain;
  pr?: ObservedToolPr;
}

export interface CveDraftPlan extends Plan<ToolPrChange> {
  opsRepo: string;
  ghsa: string;
  cveId?: string;
  path?: string;
  /** new: no file on the default branch; update: the file changes; unchanged: it already holds this record. */
  kind?: 'new' | 'update' | 'unchanged';
  /** Container fields that change (update). */
  changed: string[];
  /** Why no record: the builder's refusals, and the report file's errors. */
  refusals: RecordRefusal[];
  diagnostics: Diagnostic[];
}

async function readDraft(
  settings: CveDraftSettings,
  config: Config,
  deps: CveReadDeps,
  ctx: JobContext,
): Promise<CveDraftObserved> {
  const { repo, advisory } = await findAdvisory(config, settings.ghsa, deps);
  const onMain = await readReportOnMain(deps.gh, config, settings.ghsa, ctx.now());
  const profileNames = await profileNamesFor(deps.gh, config, advisory, onMain.report);
  const observed: CveDraftObserved = {
    repo,
    advisory,
    reportPath: onMain.path,
    ...(onMain.report ? { report: onMain.report } : {}),
    reportDiagnostics: onMain.diagnostics,
    profileNames,
  };
  const cveId = advisory.cve_id?.trim();
  if (!cveId || !isCveId(cveId)) return observed;
  const opsRepo = config.policy.ops_repo;
  const path = cveRecordFilePath(cveId);
  const [existing, pr] = await Promise.all([
    readRecordOnMain(deps.gh, opsRepo, cveId),
    reading(`the record pull request of ${cveId}`, () =>
      readToolPr(deps.gh.withoutFileCache(), opsRepo, recordBranch(cveId), [path]),
    ),
  ]);
  return { ...observed, ...(existing ? { existing } : {}), pr };
}

function prBody(
  plan: { ghsa: string; cveId: string; reportPath: string },
  summary: string,
  announced: boolean,
  reviewers: string,
): string {
  const waiting = announced
    ? ''
    : `\n> [!NOTE]\n> The advisory email is not recorded in \`${plan.reportPath}\` yet. Once \`record.announcement\` holds its archive URL, run \`psrt cve draft ${plan.ghsa}\` again: the record then references it (\`vendor-advisory\`), and only then can it be published.\n`;
  return [
    `The CVE record of ${plan.ghsa}, generated by \`psrt cve draft\` from the advisory and \`${plan.reportPath}\`.`,
    waiting,
    summary,
    '',
    '### Review',
    '',
    `A second CNA operator reviews this record (${reviewers}): compare it with the advisory, check the affected versions, the score, the credits and the references. Approving this pull request is the CNA's review.`,
    '',
    `Merging it hands the record to the \`cve-publish\` workflow, which publishes it to CVE Services only once the advisory email is recorded in \`${plan.reportPath}\` (\`record.announcement\`), within 24 hours after it and never before. Later runs of \`psrt cve draft\` update this pull request; the tool never merges it.`,
  ].join('\n');
}

export function planCveDraft(config: Config, observed: CveDraftObserved, settings: CveDraftSettings): CveDraftPlan {
  const opsRepo = config.policy.ops_repo;
  const base: CveDraftPlan = {
    opsRepo,
    ghsa: settings.ghsa,
    changes: [],
    notes: [],
    guards: [],
    changed: [],
    refusals: [],
    diagnostics: observed.reportDiagnostics,
  };
  if (observed.reportDiagnostics.length > 0) {
    base.notes.push({
      level: 'error',
      text: `${observed.reportPath} has errors: fix them first (npx psrt validate shows them).`,
    });
    return base;
  }
  if (!observed.report)
    base.notes.push({
      level: 'warning',
      text: `${opsRepo} has no ${observed.reportPath}: the record's references, the announcement and names beyond the roster and GitHub come from that file.`,
    });
  const built = buildRecord(config, {
    advisory: observed.advisory,
    repo: observed.repo,
    ...(observed.report ? { report: observed.report } : {}),
    profileNames: observed.profileNames,
  });
  if (!built.ok) return { ...base, refusals: built.refusals };
  const cveId = built.record.cveMetadata.cveId;
  const path = cveRecordFilePath(cveId);
  const plan: CveDraftPlan = { ...base, cveId, path };

  let previous: RecordFile | undefined;
  if (observed.existing) {
    const r = observed.existing.reading;
    if (r.ok) previous = r;
    else
      plan.notes.push({
        level: 'warning',
        text: `${path} on ${opsRepo}'s default branch cannot be read (${r.errors.join('; ')}): this PR replaces it.`,
      });
  }
  if (previous?.state === 'REJECTED') {
    plan.refusals.push({
      field: path,
      reason: `${cveId} was rejected: a rejected ID is never reused. Reserve a new ID for ${settings.ghsa}, set it on the advisory, and draft again.`,
    });
    return plan;
  }
  const openText = observed.pr?.open?.files[path];
  if (openText !== undefined) {
    const open = readCveRecordFile(openText, path);
    if (open.ok && open.state === 'REJECTED') {
      plan.refusals.push({
        field: path,
        reason: `pull request #${observed.pr!.open!.number} rejects ${cveId}: merge or close it before drafting the record again.`,
      });
      return plan;
    }
  }
  const record = keepServiceMetadata(built.record, previous);
  const content = formatCveRecordFile(record);
  plan.kind = !observed.existing ? 'new' : observed.existing.text === content ? 'unchanged' : 'update';
  if (previous?.state === 'PUBLISHED')
    plan.changed = changedContainerFields(
      record.containers.cna,
      previous.record.containers.cna as unknown as Record<string, unknown>,
    );
  const reviewers = operatorReviewers(config.policy);
  for (const s of reviewers.skipped)
    plan.notes.push({ level: 'warning', text: `cna.operators: ${s} cannot be asked to review a PR in ${opsRepo}.` });
  const reviewerText =
    [...reviewers.users.map((u) => `\`${u}\``), ...reviewers.teams.map((t) => `team \`${t}\``)].join(', ') ||
    'set cna.operators in policy.yaml so this is asked automatically';
  if (reviewers.users.length === 0 && reviewers.teams.length === 0)
    plan.notes.push({
      level: 'warning',
      text: 'policy.yaml names no CNA operators (cna.operators): ask a second operator for the review by hand.',
    });
  const announced = announcementUrl(observed.report) !== undefined;
  if (!announced)
    plan.notes.push({
      level: 'info',
      text: `the advisory email is not recorded in ${observed.reportPath} yet: the record can be reviewed now; it is published only after the email.`,
    });
  const desired: DesiredToolPr = {
    repo: opsRepo,
    branch: recordBranch(cveId),
    title: `${path}: the CVE record of ${settings.ghsa}${plan.kind === 'new' ? '' : ' (update)'}`,
    body: prBody(
      { ghsa: settings.ghsa, cveId, reportPath: reportFilePath(settings.ghsa) },
      summarizeCveRecord(record.containers.cna, {
        cveId,
        ghsa: settings.ghsa,
        ...(previous ? { changed: plan.changed } : {}),
      }),
      announced,
      reviewerText,
    ),
    commitMessage: `${path}: the CVE record of ${settings.ghsa}`,
    files: [{ path, content }],
    labels: ['psrt-ops', 'cve-record'],
    reviewers: { users: reviewers.users, teams: reviewers.teams },
  };
  if (!observed.pr) return plan;
  // The default branch holds this record already: a PR left open has nothing to add.
  const change = planToolPr(
    plan.kind === 'unchanged' ? undefined : desired,
    observed.pr,
    `Closed by psrt-ops: ${path} on the default branch already holds this record.`,
    opsRepo,
  );
  if (change) plan.changes.push(change);
  return plan;
}

function describeDraft(plan: CveDraftPlan): string {
  if (!plan.cveId) return `${plan.ghsa}: no record`;
  const what =
    plan.kind === 'new'
      ? 'a new record'
      : plan.kind === 'unchanged'
        ? 'unchanged on the default branch'
        : plan.changed.length > 0
          ? `an update (${plan.changed.join(', ')})`
          : 'an update of the record metadata';
  return `${plan.ghsa} → ${plan.cveId}: ${plan.path}, ${what}`;
}

export function renderCveDraft(
  plan: CveDraftPlan,
  format: Format,
  results?: readonly ChangeResult<ToolPrChange>[],
): string {
  const md = format === 'markdown';
  const lines = [
    md ? `## ${headline('cve draft', plan, results)}` : headline('cve draft', plan, results),
    '',
    describeDraft(plan),
  ];
  for (const d of plan.diagnostics) lines.push(md ? `- \`${formatDiagnostic(d)}\`` : `  ${formatDiagnostic(d)}`);
  if (plan.refusals.length > 0) {
    lines.push('', md ? '**No record: the builder refuses**' : 'No record: the builder refuses:');
    for (const r of plan.refusals) lines.push(md ? `- \`${r.field}\`: ${r.reason}` : `  ${r.field}: ${r.reason}`);
  }
  lines.push(...plan.notes.map((n) => renderNote(n, format)));
  const status = new Map(results?.map((r) => [r.change, r] as const));
  if (plan.changes.length > 0) {
    lines.push('', ...plan.changes.map((c) => withResult(describeToolPrChange(c), status.get(c))));
    if (!results) lines.push('', `Dry run: use --apply to make this change in ${plan.opsRepo}.`);
  }
  for (const r of results ?? []) if (r.detail) lines.push(`Pull request: ${r.detail}`);
  lines.push(...renderResultsLine(results, format));
  return `${lines.join('\n')}\n`;
}

export const cveDraftJob: Job<CveDraftSettings, CveReadDeps, CveDraftObserved, CveDraftPlan, ToolPrChange> = {
  name: 'cve draft',
  read: readDraft,
  plan: planCveDraft,
  render: renderCveDraft,
  apply: (plan, deps, ctx) =>
    applyInOrder(
      plan.changes.map((c) => [c]),
      ([c]) => applyToolPr(deps.gh.withoutFileCache(), c!),
      ctx,
      describeToolPrChange,
    ),
};

export function runCveDraft(
  settings: CveDraftSettings,
  deps: CveReadDeps,
  ctx: JobContext,
): Promise<JobResult<CveDraftPlan, ToolPrChange>> {
  return runJob(cveDraftJob, settings, deps, ctx);
}
