// The cve-publish plan: make CVE Services hold what records/ on the default branch says, and records/
// carry what CVE Services set. Pure: the job reads the record files, CVE Services, the advisories
// (which one carries each CVE ID) and the report files, and applies what this plans.
//
// A published-state record is sent (POST /cve/{id}/cna when the ID has no record, PUT when its
// container differs, providerMetadata and surrounding spaces aside) only once its report file records
// the advisory email with its archive URL, the record references that URL, and the email's time has
// come: publishing never precedes the announcement. A rejected-state record is applied as a rejection
// of the reserved ID (PUT /cve-id/{id}?state=REJECTED) or of the published record (PUT /cve/{id}/reject).
// Once CVE Services holds the record, the file gets its cveMetadata (state, dates) through a PR.
import type { ChangeResult, Format, Plan } from '../plan.js';
import { headline, renderNote, renderResultsLine, withResult } from '../plan.js';
import type { ReportFile } from '../report-file.js';
import type { DesiredToolPr, ObservedToolPr, ToolPrChange } from '../tool-pr.js';
import { describeToolPrChange, planToolPr } from '../tool-pr.js';
import type { CnaClock } from './clocks.js';
import { announcedAt, announcementUrl, cnaClocks, describeCnaClock } from './clocks.js';
import type { RecordFile, RecordFileReading } from './record-file.js';
import { changedContainerFields, recordFileWithServiceMetadata, rejectionReason } from './record-file.js';
import type { CnaContainer } from './types.js';

/** A record as CVE Services serves it: the parts the plan reads. */
export interface ServiceRecord {
  cveMetadata: { state: string; datePublished?: string; dateUpdated?: string } & Record<string, unknown>;
  containers: { cna: Record<string, unknown> };
}

/** What CVE Services holds for an ID: its record, or (without one) the ID's state; null: no such ID. */
export interface ServiceState {
  record: ServiceRecord | null;
  idState?: 'RESERVED' | 'PUBLISHED' | 'REJECTED' | null;
}

/** The write a record file asks of CVE Services, or why there is none. */
export type ServiceAction =
  | { kind: 'publish' }
  | { kind: 'update'; fields: string[] }
  | { kind: 'reject-record'; was: 'PUBLISHED' | 'REJECTED' }
  | { kind: 'reject-id' }
  | { kind: 'in-sync' }
  | { kind: 'conflict'; reason: string };

/** Compare one record file with CVE Services. */
export function serviceAction(cveId: string, path: string, file: RecordFile, service: ServiceState): ServiceAction {
  const remote = service.record;
  if (file.state === 'PUBLISHED') {
    if (!remote) {
      if (service.idState === 'RESERVED') return { kind: 'publish' };
      if (service.idState === 'REJECTED')
        return {
          kind: 'conflict',
          reason: `CVE Services holds ${cveId} as a rejected ID, and ${path} is a published record: a rejected ID is not published again. Reserve a new ID, or restore this one by hand if the rejection was a mistake.`,
        };
      if (service.idState === null || service.idState === undefined)
        return {
          kind: 'conflict',
          reason: `CVE Services has no ${cveId}: check the ID in ${path}, and that CVE_API_URL is the service it was reserved on (test IDs do not exist in production).`,
        };
      return {
        kind: 'conflict',
        reason: `CVE Services lists ${cveId} as ${service.idState} without a record: ask the CVE Program Secretariat.`,
      };
    }
    if (remote.cveMetadata.state === 'REJECTED')
      return {
        kind: 'conflict',
        reason: `CVE Services holds ${cveId} as rejected, and ${path} is a published record: psrt does not restore rejected records. Replace the file with the rejection (git history has it), or restore the record by hand.`,
      };
    const fields = changedContainerFields(file.record.containers.cna, remote.containers.cna);
    return fields.length > 0 ? { kind: 'update', fields } : { kind: 'in-sync' };
  }
  if (!remote) {
    if (service.idState === 'RESERVED') return { kind: 'reject-id' };
    if (service.idState === 'REJECTED') return { kind: 'in-sync' };
    return {
      kind: 'conflict',
      reason: `CVE Services has no ${cveId} to reject: check the ID in ${path}, and CVE_API_URL.`,
    };
  }
  if (remote.cveMetadata.state === 'PUBLISHED') return { kind: 'reject-record', was: 'PUBLISHED' };
  return rejectionReason(file.record) === rejectionReason(remote as { containers: { cna: Record<string, unknown> } })
    ? { kind: 'in-sync' }
    : { kind: 'reject-record', was: 'REJECTED' };
}

/** The advisory that carries a CVE ID, as found among the covered repositories' advisories. */
export type AdvisoryMatch = { ghsa: string; repo: string } | { ghsas: string[] };

export interface PublishReport {
  path: string;
  exists: boolean;
  report?: ReportFile;
  /** The file's errors, "file:line:col: message". */
  errors: string[];
}

export interface PublishRecordInput {
  cveId: string;
  path: string;
  text: string;
  reading: RecordFileReading;
  /** Absent when the file could not be read (nothing was asked of CVE Services). */
  service?: ServiceState;
  /** For records to send, and recently published ones (their clock). */
  advisory?: AdvisoryMatch;
  report?: PublishReport;
  /** The record's metadata PR (read when the file lacks what the service set). */
  metadataPr?: ObservedToolPr;
}

export interface PublishInput {
  opsRepo: string;
  /** The one CVE asked for (`psrt cve publish CVE-…`), else every record file. */
  asked?: string;
  records: PublishRecordInput[];
  /** Files in records/ that are not record files. */
  strayFiles: string[];
  reviewers: { users: string[]; teams: string[] };
  /** "@sethmlarson, @JacobCoffee": who a late record escalates to. */
  escalateTo: string;
  now: Date;
}

export type CvePublishChange =
  | { kind: 'publish'; cveId: string; ghsa: string; path: string; container: CnaContainer }
  | { kind: 'update'; cveId: string; ghsa: string; path: string; container: CnaContainer; fields: string[] }
  | { kind: 'reject-record'; cveId: string; path: string; reason: string; was: 'PUBLISHED' | 'REJECTED' }
  | { kind: 'reject-id'; cveId: string; path: string }
  /** The file takes cveMetadata as CVE Services holds it now. */
  | { kind: 'record-metadata'; cveId: string; path: string; pr: ToolPrChange }
  /** The file takes cveMetadata from the service's answer to this run's write (decided at apply time). */
  | { kind: 'record-metadata-after'; cveId: string; path: string; file: RecordFile; text: string };

export interface PublishRefusal {
  cveId: string;
  path: string;
  /** waiting: the normal state before the advisory email; error: something to fix. */
  level: 'waiting' | 'error';
  reason: string;
}

export interface CvePublishPlan extends Plan<CvePublishChange> {
  opsRepo: string;
  asked?: string;
  reviewers: { users: string[]; teams: string[] };
  escalateTo: string;
  now: string;
  inSync: string[];
  refusals: PublishRefusal[];
  clocks: CnaClock[];
}

/** The branch of a record's metadata PR. */
export function metadataBranch(cveId: string): string {
  return `psrt/cve/${cveId}/metadata`;
}

const RECENT_MS = 7 * 24 * 3_600_000;

/** Published within the last week: its clock is still worth showing. */
export function recentlyPublished(service: ServiceState | undefined, now: Date): boolean {
  const at = service?.record?.cveMetadata.datePublished;
  return typeof at === 'string' && now.getTime() - Date.parse(at) < RECENT_MS;
}

/** The PR that gives a record file the cveMetadata CVE Services set. */
export function metadataPr(
  opsRepo: string,
  path: string,
  cveId: string,
  content: string,
  service: ServiceRecord['cveMetadata'],
  reviewers: { users: string[]; teams: string[] },
): DesiredToolPr {
  const said = ['state', 'datePublished', 'dateUpdated', 'dateRejected']
    .filter((k) => typeof service[k] === 'string')
    .map((k) => `\`${k}\` ${String(service[k])}`);
  return {
    repo: opsRepo,
    branch: metadataBranch(cveId),
    title: `${path}: state and dates from CVE Services`,
    body: [
      `CVE Services holds ${cveId} with ${said.join(', ')}.`,
      '',
      `This writes the fields CVE Services sets (\`cveMetadata\`: state, dates, the assigner) into \`${path}\`; the OSV export reads them. The record's content is unchanged, so merging this sends nothing to CVE Services: the next \`cve-publish\` run plans nothing for ${cveId}.`,
      '',
      'Opened by `psrt cve publish`; later runs update it and never merge it.',
    ].join('\n'),
    commitMessage: `${path}: cveMetadata from CVE Services`,
    files: [{ path, content }],
    labels: ['psrt-ops', 'cve-record'],
    reviewers,
  };
}

function gate(r: PublishRecordInput, file: RecordFile, now: Date): PublishRefusal | { ghsa: string } {
  const refuse = (level: PublishRefusal['level'], reason: string): PublishRefusal => ({
    cveId: r.cveId,
    path: r.path,
    level,
    reason,
  });
  const match = r.advisory;
  if (!match || 'ghsas' in match) {
    const several = match && match.ghsas.length > 1 ? match.ghsas : [];
    return refuse(
      'error',
      several.length > 0
        ? `${several.join(', ')} all carry ${r.cveId}: an ID belongs to one advisory; fix the advisories' CVE IDs.`
        : `no advisory of the covered repositories carries ${r.cveId}: set it as the advisory's CVE ID (the record's report file is found through it).`,
    );
  }
  const report = r.report;
  const reportPath = report?.path ?? `reports/${match.ghsa}.yaml`;
  if (report && report.errors.length > 0)
    return refuse(
      'error',
      `${reportPath} has errors, so whether the advisory email went out is unknown: ${report.errors.join('; ')}`,
    );
  const url = announcementUrl(report?.report);
  if (!url)
    return refuse(
      'waiting',
      `publishing waits for the advisory email (never before it): record it in ${reportPath}, record.announcement with its archive URL${report?.exists ? '' : ' (the file does not exist yet)'}.`,
    );
  const sent = announcedAt(report?.report);
  if (sent && Date.parse(sent) > now.getTime())
    return refuse(
      'waiting',
      `${reportPath} dates the advisory email ${sent}, later than now: publishing waits until then.`,
    );
  if (file.state === 'PUBLISHED' && !file.record.containers.cna.references.some((ref) => ref.url.trim() === url))
    return refuse(
      'waiting',
      `${r.path} does not reference the advisory email recorded in ${reportPath}: run \`psrt cve draft ${match.ghsa}\` and merge its PR (the record then carries it as vendor-advisory).`,
    );
  return { ghsa: match.ghsa };
}

/** The plan: writes to CVE Services, record-file PRs, refusals with what to do, and the 24-hour clocks. */
export function planCvePublish(input: PublishInput): CvePublishPlan {
  const plan: CvePublishPlan = {
    opsRepo: input.opsRepo,
    ...(input.asked ? { asked: input.asked } : {}),
    reviewers: input.reviewers,
    escalateTo: input.escalateTo,
    now: input.now.toISOString(),
    changes: [],
    notes: [],
    guards: [],
    inSync: [],
    refusals: [],
    clocks: [],
  };
  for (const name of input.strayFiles)
    plan.notes.push({
      level: 'warning',
      text: `records/${name} is not a record file (records/CVE-YYYY-NNNN.json): it is ignored.`,
    });
  if (input.asked && input.records.length === 0)
    plan.refusals.push({
      cveId: input.asked,
      path: `records/${input.asked}.json`,
      level: 'error',
      reason: `${input.opsRepo}'s default branch has no records/${input.asked}.json: merge its record PR first (psrt cve draft GHSA-…).`,
    });

  const clockRecords: { cveId: string; ghsa?: string; state: 'PUBLISHED' | 'REJECTED' }[] = [];
  const reports = new Map<string, ReportFile>();
  const published = new Map<string, string>();
  for (const r of input.records) {
    if (!r.reading.ok) {
      plan.refusals.push({ cveId: r.cveId, path: r.path, level: 'error', reason: r.reading.errors.join('; ') });
      continue;
    }
    const file: RecordFile = r.reading;
    if (!r.service) continue;
    const action = serviceAction(r.cveId, r.path, file, r.service);
    const match = r.advisory && 'ghsa' in r.advisory ? r.advisory : undefined;
    if (match && r.report?.report) reports.set(match.ghsa, r.report.report);
    const datePublished = r.service.record?.cveMetadata.datePublished;
    if (typeof datePublished === 'string' && r.service.record?.cveMetadata.state === 'PUBLISHED')
      published.set(r.cveId, datePublished);
    // The 24 hours run to the first publication: updates of older records have no clock.
    if (file.state === 'PUBLISHED' && (action.kind === 'publish' || recentlyPublished(r.service, input.now)))
      clockRecords.push({ cveId: r.cveId, ...(match ? { ghsa: match.ghsa } : {}), state: 'PUBLISHED' });

    switch (action.kind) {
      case 'conflict':
        plan.refusals.push({ cveId: r.cveId, path: r.path, level: 'error', reason: action.reason });
        break;
      case 'publish':
      case 'update': {
        if (file.state !== 'PUBLISHED') break;
        const gated = gate(r, file, input.now);
        if ('reason' in gated) {
          plan.refusals.push(gated);
          break;
        }
        const container = file.record.containers.cna;
        plan.changes.push(
          action.kind === 'publish'
            ? { kind: 'publish', cveId: r.cveId, ghsa: gated.ghsa, path: r.path, container }
            : { kind: 'update', cveId: r.cveId, ghsa: gated.ghsa, path: r.path, container, fields: action.fields },
        );
        plan.changes.push({ kind: 'record-metadata-after', cveId: r.cveId, path: r.path, file, text: r.text });
        break;
      }
      case 'reject-record':
        if (file.state !== 'REJECTED') break;
        plan.changes.push({
          kind: 'reject-record',
          cveId: r.cveId,
          path: r.path,
          reason: rejectionReason(file.record),
          was: action.was,
        });
        plan.changes.push({ kind: 'record-metadata-after', cveId: r.cveId, path: r.path, file, text: r.text });
        break;
      case 'reject-id':
        plan.changes.push({ kind: 'reject-id', cveId: r.cveId, path: r.path });
        break;
      case 'in-sync': {
        plan.inSync.push(r.cveId);
        const remote = r.service.record;
        if (!remote) break;
        const content = recordFileWithServiceMetadata(file, remote.cveMetadata);
        if (content === r.text || !r.metadataPr) break;
        const pr = planToolPr(
          metadataPr(input.opsRepo, r.path, r.cveId, content, remote.cveMetadata, input.reviewers),
          r.metadataPr,
        );
        if (pr) plan.changes.push({ kind: 'record-metadata', cveId: r.cveId, path: r.path, pr });
        break;
      }
    }
  }
  plan.clocks = cnaClocks(clockRecords, reports, published, input.now);
  for (const c of plan.clocks)
    if (c.state === 'overdue' || c.state === 'published-early')
      plan.notes.push({ level: 'error', text: `${c.cveId}: ${describeCnaClock(c, input.escalateTo, input.now)}` });
  return plan;
}

/** The record file needs what CVE Services set (its metadata PR must be read to plan it). */
export function needsMetadata(file: RecordFile, service: ServiceState, text: string): boolean {
  return service.record !== null && recordFileWithServiceMetadata(file, service.record.cveMetadata) !== text;
}

/** Whether the plan refuses what was asked for, or something is wrong beyond waiting: the run fails. */
export function publishRefusedAsked(plan: CvePublishPlan): boolean {
  return plan.refusals.some((r) => r.level === 'error' || (plan.asked !== undefined && r.cveId === plan.asked));
}

const CVE_ORG = 'https://www.cve.org/CVERecord?id=';

/** The page of a published record, for people. */
export function cveOrgUrl(cveId: string): string {
  return `${CVE_ORG}${cveId}`;
}

export function describePublishChange(c: CvePublishChange): string {
  switch (c.kind) {
    case 'publish':
      return `+ publish ${c.cveId} (${c.ghsa}) from ${c.path} (POST /cve/${c.cveId}/cna)`;
    case 'update':
      return `~ update ${c.cveId} (${c.ghsa}) from ${c.path} (PUT /cve/${c.cveId}/cna): ${c.fields.join(', ')}`;
    case 'reject-record':
      return c.was === 'PUBLISHED'
        ? `- reject the published record ${c.cveId}, as ${c.path} says (PUT /cve/${c.cveId}/reject)`
        : `~ change the rejection reason of ${c.cveId}, as ${c.path} says (PUT /cve/${c.cveId}/reject)`;
    case 'reject-id':
      return `- reject the reserved ID ${c.cveId}, as ${c.path} says (PUT /cve-id/${c.cveId}?state=REJECTED)`;
    case 'record-metadata':
      return `~ ${c.path}: state and dates as CVE Services holds them: ${describeToolPrChange(c.pr)}`;
    case 'record-metadata-after':
      return `~ ${c.path}: state and dates from CVE Services' answer, through a pull request`;
  }
}

function hoursSince(from: string, to: string): number {
  return Math.round(((Date.parse(to) - Date.parse(from)) / 3_600_000) * 10) / 10;
}

export function renderCvePublish(
  plan: CvePublishPlan,
  format: Format,
  results?: readonly ChangeResult<CvePublishChange>[],
): string {
  const md = format === 'markdown';
  const describe = (changes: readonly CvePublishChange[]): string => {
    const writes = changes.filter((c) => c.kind !== 'record-metadata' && c.kind !== 'record-metadata-after').length;
    const prs = changes.length - writes;
    return [writes ? `${writes} write(s) to CVE Services` : '', prs ? `${prs} record file PR(s)` : '']
      .filter(Boolean)
      .join(' and ');
  };
  const job = plan.asked ? `cve publish ${plan.asked}` : 'cve publish';
  const waitingCount = plan.refusals.filter((r) => r.level === 'waiting').length;
  const refusedCount = plan.refusals.length - waitingCount;
  const title =
    plan.changes.length === 0 && plan.refusals.length > 0
      ? `${job}: nothing sent (${[waitingCount ? `${waitingCount} waiting` : '', refusedCount ? `${refusedCount} refused` : ''].filter(Boolean).join(', ')})`
      : headline(job, plan, results, describe);
  const lines = [md ? `## ${title}` : title];
  const section = (heading: string): void => {
    lines.push('', md ? `### ${heading}` : `${heading}:`);
  };
  if (plan.changes.length > 0) lines.push('');
  const status = new Map(results?.map((r) => [r.change, r] as const));
  const clockOf = new Map(plan.clocks.map((c) => [c.cveId, c] as const));
  for (const c of plan.changes) {
    let line = describePublishChange(c);
    const clock = clockOf.get(c.cveId);
    if (clock && (c.kind === 'publish' || c.kind === 'update')) {
      const done = status.get(c)?.status === 'done';
      line +=
        done && c.kind === 'publish' && clock.announcedAt
          ? `: published ${hoursSince(clock.announcedAt, plan.now)} h after the announcement`
          : `: ${describeCnaClock(clock, plan.escalateTo, new Date(plan.now))}`;
    }
    line = withResult(line, status.get(c));
    lines.push(md ? `- ${line.replace(/^([+~-]) /, '`$1` ')}` : `  ${line}`);
  }
  const waiting = plan.refusals.filter((r) => r.level === 'waiting');
  const errors = plan.refusals.filter((r) => r.level === 'error');
  if (waiting.length > 0) {
    section('Waiting');
    for (const r of waiting) {
      const clock = clockOf.get(r.cveId);
      // The clock adds something once the email is recorded: the time left, or that it ran out.
      const when =
        clock && clock.state !== 'awaiting-announcement'
          ? ` (${describeCnaClock(clock, plan.escalateTo, new Date(plan.now))})`
          : '';
      lines.push(md ? `- **${r.cveId}**: ${r.reason}${when}` : `  ${r.cveId}: ${r.reason}${when}`);
    }
  }
  if (errors.length > 0) {
    section('Refused');
    for (const r of errors) lines.push(md ? `- **${r.cveId}**: ${r.reason}` : `  ${r.cveId}: ${r.reason}`);
  }
  const published = plan.clocks.filter(
    (c) => (c.state === 'published' || c.state === 'published-early') && !plan.changes.some((x) => x.cveId === c.cveId),
  );
  if (published.length > 0) {
    section('Recently published');
    for (const c of published) {
      const text = `${c.cveId}: ${describeCnaClock(c, plan.escalateTo, new Date(plan.now))}`;
      lines.push(md ? `- ${text}` : `  ${text}`);
    }
  }
  if (plan.notes.length > 0) lines.push('', ...plan.notes.map((n) => renderNote(n, format)));
  if (plan.inSync.length > 0)
    lines.push('', `In sync with CVE Services: ${plan.inSync.length} record(s) (${plan.inSync.join(', ')}).`);
  if (plan.changes.length > 0 && !results) lines.push('', 'Dry run: use --apply to make these changes.');
  for (const r of results ?? []) if (r.detail) lines.push(`${r.change.cveId}: ${r.detail}`);
  lines.push(...renderResultsLine(results, format));
  return `${lines.join('\n')}\n`;
}
