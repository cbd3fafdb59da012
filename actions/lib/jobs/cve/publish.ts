// cve publish: CVE Services made to hold what records/ on the ops repository's default branch says
// (read → plan in domain/cve/publish-plan.ts → apply). Run by the cve-publish workflow on every push
// to main touching records/ and by hand; `psrt cve publish [CVE-…]` is the same from a terminal.
// Records are read from the default branch, never a local checkout: only reviewed, merged records are
// sent. Each write's answer gives the record file its cveMetadata through a PR.
import type { CveServicesClient, CveServicesRecord } from '../../clients/cve-services.js';
import type { Config } from '../../config/load.js';
import { operatorReviewers, operatorsMention } from '../../domain/cve/operators.js';
import type {
  AdvisoryMatch,
  CvePublishChange,
  CvePublishPlan,
  PublishRecordInput,
  ServiceState,
} from '../../domain/cve/publish-plan.js';
import {
  cveOrgUrl,
  describePublishChange,
  metadataBranch,
  metadataPr,
  needsMetadata,
  planCvePublish,
  recentlyPublished,
  renderCvePublish,
  serviceAction,
} from '../../domain/cve/publish-plan.js';
import { RECORD_FILE_NAME, readCveRecordFile, recordFileWithServiceMetadata } from '../../domain/cve/record-file.js';
import { cveRecordFilePath } from '../../domain/cve/format.js';
import { formatDiagnostic } from '../../domain/findings.js';
import type { ChangeResult } from '../../domain/plan.js';
import { reposByOwner } from '../../domain/policy.js';
import type { JobContext } from '../context.js';
import type { Job, JobResult, JobSettings } from '../job.js';
import { applyInOrder, runJob } from '../job.js';
import { reading } from '../reading.js';
import { applyToolPr, convergeToolPr, readToolPr } from '../tool-pr.js';
import { RECORDS_DIR, readReportOnMain } from './ops-files.js';
import type { CveReadDeps } from './record.js';

/** What the desk asks of CVE Services. */
export type CveServicesApi = Pick<
  CveServicesClient,
  'getRecord' | 'getId' | 'publishRecord' | 'updateRecord' | 'rejectReservedId' | 'rejectPublishedRecord'
>;

export interface CvePublishDeps extends CveReadDeps {
  cve: CveServicesApi;
}

export interface CvePublishSettings extends JobSettings {
  /** Only this record (records/CVE-….json); every record file when absent. */
  cveId?: string;
}

export interface CvePublishObserved {
  records: PublishRecordInput[];
  strayFiles: string[];
}

/** Every advisory GitHub has, since the beginning: covered repositories list few enough. */
const ALL_TIME = '1970-01-01T00:00:00Z';

/** CVE ID → the advisories that carry it, over the covered repositories. */
async function advisoriesByCveId(config: Config, deps: CveReadDeps): Promise<Map<string, AdvisoryMatch>> {
  const found = new Map<string, { ghsa: string; repo: string }[]>();
  for (const [owner, repos] of reposByOwner(config.policy.covered_repos)) {
    const lists = await reading(`the advisories of ${repos.join(', ')}`, () =>
      deps.ghFor(owner).listAdvisoriesSince(owner, repos, ALL_TIME),
    );
    for (const repo of repos) {
      for (const a of lists.get(repo.toLowerCase()) ?? []) {
        const id = a.cve_id?.trim().toUpperCase();
        if (!id) continue;
        found.set(id, [...(found.get(id) ?? []), { ghsa: a.ghsa_id, repo }]);
      }
    }
  }
  const out = new Map<string, AdvisoryMatch>();
  for (const [id, list] of found) out.set(id, list.length === 1 ? list[0]! : { ghsas: list.map((l) => l.ghsa) });
  return out;
}

async function serviceStateOf(cve: CveServicesApi, cveId: string): Promise<ServiceState> {
  const record = await cve.getRecord(cveId);
  if (record) return { record };
  const id = await cve.getId(cveId);
  return { record: null, idState: id ? id.state : null };
}

async function readPublish(
  settings: CvePublishSettings,
  config: Config,
  deps: CvePublishDeps,
  ctx: JobContext,
): Promise<CvePublishObserved> {
  const opsRepo = config.policy.ops_repo;
  const files = deps.gh.withoutFileCache();
  const names = settings.cveId
    ? [`${settings.cveId}.json`]
    : await reading(`${RECORDS_DIR}/ of ${opsRepo}`, () => deps.gh.listDirectory(opsRepo, RECORDS_DIR));
  const strayFiles = names.filter((n) => !RECORD_FILE_NAME.test(n) && n !== 'README.md' && !n.startsWith('.'));
  const records: PublishRecordInput[] = [];
  for (const name of names.filter((n) => RECORD_FILE_NAME.test(n)).sort()) {
    const cveId = RECORD_FILE_NAME.exec(name)![1]!;
    const path = cveRecordFilePath(cveId);
    const file = await reading(`${path} of ${opsRepo}`, () => files.readFile(opsRepo, path));
    if (!file) continue;
    const parsed = readCveRecordFile(file.text, path);
    const record: PublishRecordInput = { cveId, path, text: file.text, reading: parsed };
    if (parsed.ok) record.service = await serviceStateOf(deps.cve, cveId);
    records.push(record);
  }

  // Which advisory (and so which report file) each record belongs to: needed to send a record, and to
  // show the clock of one published this week.
  const now = ctx.now();
  const wanted = records.filter((r) => {
    if (!r.reading.ok || !r.service) return false;
    const action = serviceAction(r.cveId, r.path, r.reading, r.service).kind;
    return action === 'publish' || action === 'update' || recentlyPublished(r.service, now);
  });
  if (wanted.length > 0) {
    const matches = await advisoriesByCveId(config, deps);
    for (const r of wanted) {
      const match = matches.get(r.cveId);
      if (!match) continue;
      r.advisory = match;
      if ('ghsa' in match) {
        const report = await readReportOnMain(deps.gh, config, match.ghsa, now);
        r.report = {
          path: report.path,
          exists: report.exists,
          ...(report.report ? { report: report.report } : {}),
          errors: report.diagnostics.map(formatDiagnostic),
        };
      }
    }
  }
  for (const r of records) {
    if (!r.reading.ok || !r.service) continue;
    if (serviceAction(r.cveId, r.path, r.reading, r.service).kind !== 'in-sync') continue;
    if (!needsMetadata(r.reading, r.service, r.text)) continue;
    r.metadataPr = await reading(`the metadata pull request of ${r.cveId}`, () =>
      readToolPr(files, opsRepo, metadataBranch(r.cveId), [r.path]),
    );
  }
  return { records, strayFiles };
}

async function applyPublish(
  plan: CvePublishPlan,
  deps: CvePublishDeps,
  ctx: JobContext,
): Promise<ChangeResult<CvePublishChange>[]> {
  const files = deps.gh.withoutFileCache();
  const answers = new Map<string, CveServicesRecord>();
  return applyInOrder(
    plan.changes.map((c) => [c]),
    async ([c]) => {
      const change = c!;
      switch (change.kind) {
        case 'publish':
          answers.set(change.cveId, await deps.cve.publishRecord(change.cveId, change.container));
          return cveOrgUrl(change.cveId);
        case 'update':
          answers.set(change.cveId, await deps.cve.updateRecord(change.cveId, change.container));
          return cveOrgUrl(change.cveId);
        case 'reject-record':
          answers.set(change.cveId, await deps.cve.rejectPublishedRecord(change.cveId, change.reason));
          return cveOrgUrl(change.cveId);
        case 'reject-id':
          await deps.cve.rejectReservedId(change.cveId);
          return cveOrgUrl(change.cveId);
        case 'record-metadata':
          return applyToolPr(files, change.pr);
        case 'record-metadata-after': {
          const answer = answers.get(change.cveId);
          if (!answer) return '';
          const content = recordFileWithServiceMetadata(change.file, answer.cveMetadata);
          if (content === change.text) return '';
          return convergeToolPr(
            files,
            metadataPr(plan.opsRepo, change.path, change.cveId, content, answer.cveMetadata, plan.reviewers),
          );
        }
      }
    },
    ctx,
    describePublishChange,
  );
}

export const cvePublishJob: Job<
  CvePublishSettings,
  CvePublishDeps,
  CvePublishObserved,
  CvePublishPlan,
  CvePublishChange
> = {
  name: 'cve publish',
  read: readPublish,
  plan: (config, observed, settings, now) => {
    const reviewers = operatorReviewers(config.policy);
    return planCvePublish({
      opsRepo: config.policy.ops_repo,
      ...(settings.cveId ? { asked: settings.cveId } : {}),
      records: observed.records,
      strayFiles: observed.strayFiles,
      reviewers: { users: reviewers.users, teams: reviewers.teams },
      escalateTo: operatorsMention(config.policy),
      now,
    });
  },
  render: renderCvePublish,
  apply: applyPublish,
};

export function runCvePublish(
  settings: CvePublishSettings,
  deps: CvePublishDeps,
  ctx: JobContext,
): Promise<JobResult<CvePublishPlan, CvePublishChange>> {
  return runJob(cvePublishJob, settings, deps, ctx);
}
