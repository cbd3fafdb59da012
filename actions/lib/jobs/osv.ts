// osv: an OSV 1.7 record (PSF-YYYY-N, for psf/advisory-database's advisories/python/) per published PSF
// CVE record in records/. Offline. read (the records, the id map records/osv-ids.yaml, the files already
// in the output directory) → plan (domain/osv.ts: ids never renumbered, each record checked against OSV's
// schema) → render → apply: the id map first (the ids are the commitment), then the files. A second run
// plans nothing. Any unreadable record, bad id map or record failing OSV's schema stops the run before
// any write: the export is all or nothing.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Config } from '../config/load.js';
import type { CveRecord } from '../domain/cve/types.js';
import type { OsvExport, OsvIdMap } from '../domain/osv.js';
import { OSV_ID_MAP_PATH, exportOsvRecords, readOsvIdMap, renderOsvIdMap } from '../domain/osv.js';
import type { ChangeResult, Format, GuardResult, Note, Plan } from '../domain/plan.js';
import { plural, renderGuards, renderNote, renderResultsLine, withResult } from '../domain/plan.js';
import type { JobContext } from './context.js';
import type { Job, JobResult, JobSettings } from './job.js';
import { applyInOrder, runJob } from './job.js';
import { readCveRecordFiles } from './osv-records.js';

export interface OsvSettings extends JobSettings {
  /** The CVE records (records/CVE-YYYY-NNNN.json) and the id map beside them. */
  recordsDir: string;
  /** Where the OSV files are written. */
  outDir: string;
  /** How messages name the two directories (as given on the command line). */
  names: { records: string; out: string };
}

export type OsvChange =
  | { kind: 'write-id-map'; path: string; display: string; text: string; added: { cve: string; id: string }[] }
  | {
      kind: 'write-osv';
      id: string;
      cve: string;
      path: string;
      display: string;
      json: string;
      status: 'new' | 'changed';
    };

interface OsvObserved {
  records: CveRecord[];
  /** Files in records/ that could not be read as CVE records. */
  unreadable: string[];
  ids: OsvIdMap;
  idMapProblems: string[];
  /** The files already in the output directory, by name. */
  existing: Map<string, string>;
}

export interface OsvPlan extends Plan<OsvChange> {
  export: OsvExport;
  /** OSV files already up to date. */
  unchanged: number;
  /** Records of another CNA (assignerOrgId is not policy cna.org_id): left out. */
  foreign: string[];
}

const ID_MAP_FILE = basename(OSV_ID_MAP_PATH);

async function readOsv(settings: OsvSettings): Promise<OsvObserved> {
  const { records, problems } = await readCveRecordFiles(settings.recordsDir, settings.names.records);
  let idMapText: string | undefined;
  try {
    idMapText = await readFile(join(settings.recordsDir, ID_MAP_FILE), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const idMapProblems: string[] = [];
  let data: unknown;
  try {
    data = idMapText === undefined ? undefined : parseYaml(idMapText);
  } catch {
    idMapProblems.push(`${settings.names.records}/${ID_MAP_FILE} is not YAML.`);
  }
  const read = readOsvIdMap(data);
  idMapProblems.push(...read.problems);
  const existing = new Map<string, string>();
  let names: string[] = [];
  try {
    names = await readdir(settings.outDir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  for (const name of names.filter((n) => /^PSF-\d{4}-\d+\.json$/.test(n)))
    existing.set(name, await readFile(join(settings.outDir, name), 'utf8'));
  return { records, unreadable: problems, ids: read.ids, idMapProblems, existing };
}

export function planOsv(config: Config, observed: OsvObserved, settings: OsvSettings): OsvPlan {
  const orgId = config.policy.cna.org_id;
  const own = observed.records.filter((r) => r.cveMetadata.assignerOrgId === orgId);
  const foreign = observed.records.filter((r) => r.cveMetadata.assignerOrgId !== orgId).map((r) => r.cveMetadata.cveId);
  const exported = exportOsvRecords(own, observed.ids);
  const errors = [
    ...observed.unreadable,
    ...observed.idMapProblems,
    ...exported.problems.filter((p) => p.severity === 'error').map((p) => p.message),
  ];
  const notes: Note[] = [
    ...exported.problems
      .filter((p) => p.severity === 'warning')
      .map((p): Note => ({ level: 'warning', text: p.message })),
    ...errors.map((text): Note => ({ level: 'error', text })),
  ];
  if (foreign.length > 0)
    notes.push({
      level: 'info',
      text: `Left out, not the PSF's (assignerOrgId is not cna.org_id): ${foreign.join(', ')}.`,
    });
  if (exported.unpublished.length > 0)
    notes.push({ level: 'info', text: `Not published at CVE.org, no OSV record: ${exported.unpublished.join(', ')}.` });

  const changes: OsvChange[] = [];
  const mapDisplay = `${settings.names.records}/${ID_MAP_FILE}`;
  if (exported.added.length > 0) {
    changes.push({
      kind: 'write-id-map',
      path: join(settings.recordsDir, ID_MAP_FILE),
      display: mapDisplay,
      text: renderOsvIdMap(exported.ids),
      added: exported.added,
    });
  }
  let unchanged = 0;
  for (const file of exported.files) {
    const before = observed.existing.get(file.fileName);
    if (before === file.json) {
      unchanged++;
      continue;
    }
    changes.push({
      kind: 'write-osv',
      id: file.id,
      cve: file.cve,
      path: join(settings.outDir, file.fileName),
      display: `${settings.names.out}/${file.fileName}`,
      json: file.json,
      status: before === undefined ? 'new' : 'changed',
    });
  }
  const guards: GuardResult[] = [
    {
      guard: 'records-valid',
      ok: errors.length === 0,
      detail:
        errors.length === 0
          ? `${plural(exported.files.length, 'record')} valid against OSV's schema`
          : `${plural(errors.length, 'problem')}: nothing is written until every record is sound`,
    },
  ];
  return { changes, notes, guards, export: exported, unchanged, foreign };
}

export function describeOsvChange(c: OsvChange): string {
  return c.kind === 'write-id-map'
    ? `+ ${c.display}: ${c.added.map((a) => `${a.cve} → ${a.id}`).join(', ')}`
    : `${c.status === 'new' ? '+' : '~'} ${c.display} (${c.cve}, ${c.status})`;
}

export function renderOsv(plan: OsvPlan, format: Format, results?: readonly ChangeResult<OsvChange>[]): string {
  const md = format === 'markdown';
  const files = plan.export.files.length;
  const tripped = plan.guards.some((g) => !g.ok);
  const head = tripped
    ? `osv: stopped, nothing written (${plural(plan.guards.filter((g) => !g.ok).length, 'guard')} tripped)`
    : plan.changes.length === 0
      ? `osv: ${plural(files, 'OSV record')}, all up to date; nothing to change`
      : results
        ? `osv: ${results.filter((r) => r.status === 'done').length} of ${plan.changes.length} file(s) written`
        : `osv: ${plural(plan.changes.length, 'file')} to write (${plan.unchanged} up to date)`;
  const status = new Map(results?.map((r) => [r.change, r] as const));
  const lines = [md ? `## ${head}` : head, ''];
  for (const c of plan.changes) {
    const line = withResult(describeOsvChange(c), status.get(c));
    lines.push(md ? `- \`${line}\`` : `  ${line}`);
  }
  if (plan.changes.length > 0) lines.push('');
  if (plan.notes.length > 0) lines.push(...plan.notes.map((n) => renderNote(n, format)), '');
  if (tripped) lines.push(...renderGuards(plan.guards, format), '');
  lines.push(...renderResultsLine(results, format));
  if (!results && !tripped && plan.changes.length > 0) lines.push('Dry run: nothing written (run without --dry-run).');
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}

async function applyOsv(plan: OsvPlan, _deps: unknown, ctx: JobContext): Promise<ChangeResult<OsvChange>[]> {
  return applyInOrder(
    plan.changes.map((c) => [c]),
    async ([c]) => {
      const change = c!;
      await mkdir(dirname(change.path), { recursive: true });
      await writeFile(change.path, change.kind === 'write-id-map' ? change.text : change.json);
    },
    ctx,
    describeOsvChange,
  );
}

export const osvJob: Job<OsvSettings, unknown, OsvObserved, OsvPlan, OsvChange> = {
  name: 'osv',
  read: (settings) => readOsv(settings),
  plan: (config, observed, settings) => planOsv(config, observed, settings),
  render: renderOsv,
  apply: applyOsv,
};

export function runOsv(settings: OsvSettings, ctx: JobContext): Promise<JobResult<OsvPlan, OsvChange>> {
  return runJob(osvJob, settings, undefined, ctx);
}
