// cve reject: a CVE ID rejected through the same review as a record. The PR (the CVE's record branch,
// so it replaces an open draft) turns records/CVE-….json into the rejected record with the reason;
// once a second operator approved and it is merged, cve-publish applies it: a reserved ID without a
// record is rejected as an ID (PUT /cve-id/{id}?state=REJECTED), a published record as a record
// (PUT /cve/{id}/reject, the reason public). The tool never rejects outside that review: a published
// rejection cannot be taken back quietly, and records/ must never disagree with CVE Services.
import type { Config } from '../../config/load.js';
import { cveRecordFilePath, formatCveRecordFile } from '../../domain/cve/format.js';
import { operatorReviewers } from '../../domain/cve/operators.js';
import type { ServiceState } from '../../domain/cve/publish-plan.js';
import type { RecordFile } from '../../domain/cve/record-file.js';
import { readCveRecordFile } from '../../domain/cve/record-file.js';
import { rejectReasonProblem, rejectedRecord } from '../../domain/cve/reject.js';
import type { ChangeResult, Format, Plan } from '../../domain/plan.js';
import { headline, renderNote, renderResultsLine, withResult } from '../../domain/plan.js';
import type { DesiredToolPr, ObservedToolPr, ToolPrChange } from '../../domain/tool-pr.js';
import { describeToolPrChange, planToolPr } from '../../domain/tool-pr.js';
import type { JobContext } from '../context.js';
import type { Job, JobResult, JobSettings } from '../job.js';
import { applyInOrder, runJob } from '../job.js';
import { reading } from '../reading.js';
import { applyToolPr, readToolPr } from '../tool-pr.js';
import { recordBranch } from './draft.js';
import type { RecordOnMain } from './ops-files.js';
import { readRecordOnMain } from './ops-files.js';
import type { CveServicesApi } from './publish.js';
import type { CveReadDeps } from './record.js';

export interface CveRejectSettings extends JobSettings {
  cveId: string;
  reason: string;
}

export interface CveRejectDeps extends CveReadDeps {
  /** With CVE Services credentials, the plan says which rejection merging will make. */
  cve?: Pick<CveServicesApi, 'getRecord' | 'getId'>;
}

export interface CveRejectObserved {
  existing?: RecordOnMain;
  pr: ObservedToolPr;
  service?: ServiceState;
}

export interface CveRejectPlan extends Plan<ToolPrChange> {
  opsRepo: string;
  cveId: string;
  path: string;
  /** What merging the PR makes cve-publish do, when CVE Services was asked. */
  effect?: 'reject-id' | 'reject-record' | 'already-rejected';
  refused?: string;
}

async function readReject(
  settings: CveRejectSettings,
  config: Config,
  deps: CveRejectDeps,
): Promise<CveRejectObserved> {
  const opsRepo = config.policy.ops_repo;
  const path = cveRecordFilePath(settings.cveId);
  const cve = deps.cve;
  const [existing, pr, service] = await Promise.all([
    readRecordOnMain(deps.gh, opsRepo, settings.cveId),
    reading(`the record pull request of ${settings.cveId}`, () =>
      readToolPr(deps.gh.withoutFileCache(), opsRepo, recordBranch(settings.cveId), [path]),
    ),
    cve
      ? (async (): Promise<ServiceState> => {
          const record = await cve.getRecord(settings.cveId);
          if (record) return { record };
          const id = await cve.getId(settings.cveId);
          return { record: null, idState: id ? id.state : null };
        })()
      : Promise.resolve(undefined),
  ]);
  return { ...(existing ? { existing } : {}), pr, ...(service ? { service } : {}) };
}

function effectOf(service: ServiceState | undefined): CveRejectPlan['effect'] | 'unknown-id' | undefined {
  if (!service) return undefined;
  const state = service.record?.cveMetadata.state ?? service.idState;
  if (state === 'REJECTED') return 'already-rejected';
  if (service.record) return 'reject-record';
  if (service.idState === 'RESERVED') return 'reject-id';
  return 'unknown-id';
}

const EFFECT_TEXT: Record<NonNullable<CveRejectPlan['effect']>, string> = {
  'reject-id':
    'CVE Services holds it as a reserved ID without a record: merging rejects the ID (PUT /cve-id/{id}?state=REJECTED); it leaves the quota.',
  'reject-record':
    'CVE Services holds a published record: merging rejects the record (PUT /cve/{id}/reject), and the reason becomes its public text.',
  'already-rejected': 'CVE Services holds it as rejected already: merging only records that here (and its reason).',
};

export function planCveReject(config: Config, observed: CveRejectObserved, settings: CveRejectSettings): CveRejectPlan {
  const opsRepo = config.policy.ops_repo;
  const { cveId } = settings;
  const path = cveRecordFilePath(cveId);
  const plan: CveRejectPlan = { opsRepo, cveId, path, changes: [], notes: [], guards: [] };
  const problem = rejectReasonProblem(settings.reason);
  if (problem) return { ...plan, refused: problem };
  const effect = effectOf(observed.service);
  if (effect === 'unknown-id')
    return {
      ...plan,
      refused: `CVE Services has no ${cveId} (check the ID, and that CVE_API_URL is the service it was reserved on).`,
    };
  if (effect) plan.effect = effect;
  else
    plan.notes.push({
      level: 'info',
      text: 'CVE Services was not asked (no CVE_API_USER/CVE_API_KEY): whether the ID or its record is rejected is decided when cve-publish applies the merged file.',
    });
  let previous: RecordFile | undefined;
  if (observed.existing?.reading.ok) previous = observed.existing.reading;
  const content = formatCveRecordFile(rejectedRecord(cveId, config.policy.cna, settings.reason, previous));
  const check = readCveRecordFile(content, path);
  if (!check.ok) return { ...plan, refused: check.errors.join('; ') };
  const reviewers = operatorReviewers(config.policy);
  if (reviewers.users.length === 0 && reviewers.teams.length === 0)
    plan.notes.push({
      level: 'warning',
      text: 'policy.yaml names no CNA operators (cna.operators): ask a second operator for the review by hand.',
    });
  const body = [
    `Rejects ${cveId}: \`${path}\` becomes its rejected record, with this reason (public once applied):`,
    '',
    ...settings.reason
      .trim()
      .split('\n')
      .map((l) => `> ${l}`),
    '',
    effect
      ? EFFECT_TEXT[effect]
      : 'Merging it lets `cve-publish` reject the reserved ID (PUT /cve-id/{id}?state=REJECTED) or, if a record was published, the record (PUT /cve/{id}/reject).',
    '',
    "A second CNA operator's approval is the CNA's review; the `cve-publish` workflow applies the rejection when this is merged (or an operator runs `psrt cve publish " +
      cveId +
      ' --apply` after the merge).',
  ].join('\n');
  const desired: DesiredToolPr = {
    repo: opsRepo,
    branch: recordBranch(cveId),
    title: `${path}: reject ${cveId}`,
    body,
    commitMessage: `${path}: reject ${cveId}`,
    files: [{ path, content }],
    labels: ['psrt-ops', 'cve-record'],
    reviewers: { users: reviewers.users, teams: reviewers.teams },
  };
  const onMain = observed.existing?.text === content;
  const change = planToolPr(
    onMain ? undefined : desired,
    observed.pr,
    `Closed by psrt-ops: ${path} on the default branch already rejects ${cveId}.`,
    opsRepo,
  );
  if (change) plan.changes.push(change);
  return plan;
}

export function renderCveReject(
  plan: CveRejectPlan,
  format: Format,
  results?: readonly ChangeResult<ToolPrChange>[],
): string {
  const md = format === 'markdown';
  const title = headline(`cve reject ${plan.cveId}`, plan, results);
  const lines = [md ? `## ${title}` : title, ''];
  if (plan.refused) lines.push(`Refused: ${plan.refused}`);
  else {
    lines.push(`${plan.path} becomes the rejected record of ${plan.cveId}.`);
    if (plan.effect) lines.push(EFFECT_TEXT[plan.effect]);
  }
  lines.push(...plan.notes.map((n) => renderNote(n, format)));
  const status = new Map(results?.map((r) => [r.change, r] as const));
  if (plan.changes.length > 0) {
    lines.push('', ...plan.changes.map((c) => withResult(describeToolPrChange(c), status.get(c))));
    if (!results) lines.push('', `Dry run: use --apply to open this pull request in ${plan.opsRepo}.`);
  } else if (!plan.refused) lines.push('', `${plan.opsRepo}'s default branch already holds this rejection.`);
  for (const r of results ?? []) if (r.detail) lines.push(`Pull request: ${r.detail}`);
  lines.push(...renderResultsLine(results, format));
  return `${lines.join('\n')}\n`;
}

export const cveRejectJob: Job<CveRejectSettings, CveRejectDeps, CveRejectObserved, CveRejectPlan, ToolPrChange> = {
  name: 'cve reject',
  read: (settings, config, deps) => readReject(settings, config, deps),
  plan: planCveReject,
  render: renderCveReject,
  apply: (plan, deps, ctx) =>
    applyInOrder(
      plan.changes.map((c) => [c]),
      ([c]) => applyToolPr(deps.gh.withoutFileCache(), c!),
      ctx,
      describeToolPrChange,
    ),
};

export function runCveReject(
  settings: CveRejectSettings,
  deps: CveRejectDeps,
  ctx: JobContext,
): Promise<JobResult<CveRejectPlan, ToolPrChange>> {
  return runJob(cveRejectJob, settings, deps, ctx);
}
