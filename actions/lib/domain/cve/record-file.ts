// Record files (records/CVE-YYYY-NNNN.json) as the CNA desk reads them back: parsed, checked against the
// CVE JSON 5.2 schema and their own name, and compared with what CVE Services holds. Messages name the
// file, a line and column or a JSON pointer, never a value: a record is under embargo until published.
import { jsonSyntaxErrorOffset } from './advisory.js';
import { formatCveRecordFile } from './format.js';
import type { CnaContainer, CveRecord, CveRejectedRecord } from './types.js';
import { validateCveRecord } from './validate.js';

export type RecordFile = { state: 'PUBLISHED'; record: CveRecord } | { state: 'REJECTED'; record: CveRejectedRecord };

export type RecordFileReading = ({ ok: true } & RecordFile) | { ok: false; errors: string[] };

/** A record file's name: `CVE-YYYY-NNNN.json`. */
export const RECORD_FILE_NAME = /^(CVE-[0-9]{4}-[0-9]{4,19})\.json$/;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function lineColumn(text: string, offset: number): string {
  const lines = text.slice(0, offset).split('\n');
  return `${lines.length}:${lines[lines.length - 1]!.length + 1}`;
}

/** Read a record file: valid JSON, a CVE JSON 5.2 record (published or rejected), named after its CVE ID. */
export function readCveRecordFile(text: string, fileName: string): RecordFileReading {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    if (!(err instanceof SyntaxError)) throw err;
    const offset = jsonSyntaxErrorOffset(text);
    const where = offset === undefined ? fileName : `${fileName}:${lineColumn(text, offset)}`;
    return { ok: false, errors: [`${where}: not valid JSON`] };
  }
  if (!isObject(data) || !isObject(data.cveMetadata))
    return { ok: false, errors: [`${fileName}: not a CVE record (a JSON object with cveMetadata and containers)`] };
  const problems = validateCveRecord(data);
  if (problems.length > 0)
    return {
      ok: false,
      errors: problems.map((p) => `${fileName}: ${p.path || '/'}: the CVE JSON 5.2 schema says it ${p.message}`),
    };
  const cveId = String(data.cveMetadata.cveId);
  const base = fileName.replace(/^.*\//, '');
  if (base !== `${cveId}.json`)
    return { ok: false, errors: [`${fileName}: holds the record of ${cveId}: name it ${cveId}.json`] };
  return data.cveMetadata.state === 'REJECTED'
    ? { ok: true, state: 'REJECTED', record: data as unknown as CveRejectedRecord }
    : { ok: true, state: 'PUBLISHED', record: data as unknown as CveRecord };
}

/**
 * A container as CVE Services keeps it, for comparison: providerMetadata dropped (the service sets it),
 * strings trimmed (the service trims them), keys in one order.
 */
function comparable(value: unknown): unknown {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return value.map(comparable);
  if (isObject(value)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      if (key === 'providerMetadata') continue;
      out[key] = comparable(value[key]);
    }
    return out;
  }
  return value;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(comparable(a)) === JSON.stringify(comparable(b));
}

/**
 * The container's top-level fields whose content differs between the file and CVE Services (empty:
 * nothing to send). Names only: the plan may show them, never the values.
 */
export function changedContainerFields(
  local: CnaContainer | CveRejectedRecord['containers']['cna'],
  remote: Record<string, unknown>,
): string[] {
  const fields = new Set([...Object.keys(local), ...Object.keys(remote)]);
  fields.delete('providerMetadata');
  return [...fields].sort().filter((f) => !sameJson((local as unknown as Record<string, unknown>)[f], remote[f]));
}

/** cveMetadata fields that CVE Services sets; a record file carries them once the service has answered. */
export const SERVICE_METADATA_FIELDS = [
  'assignerOrgId',
  'assignerShortName',
  'state',
  'dateReserved',
  'datePublished',
  'dateUpdated',
  'dateRejected',
] as const;

/** cveMetadata as CVE Services answers it (fields beyond SERVICE_METADATA_FIELDS are left out). */
type ServiceMetadata = Readonly<Record<string, unknown>>;

/**
 * The record with cveMetadata as CVE Services holds it (`from`: the service's cveMetadata), its
 * containers untouched. Fields the service does not give are dropped from the file too.
 */
export function withServiceMetadata<R extends CveRecord | CveRejectedRecord>(record: R, from: ServiceMetadata): R {
  const { cveId, assignerOrgId, state } = record.cveMetadata;
  const meta: Record<string, unknown> = { cveId, assignerOrgId, state };
  for (const field of SERVICE_METADATA_FIELDS) {
    const value = from[field];
    if (typeof value === 'string') meta[field] = value;
  }
  return { ...record, cveMetadata: meta } as R;
}

/**
 * A rebuilt record keeping what the service set in the file it replaces (dates, the service's org id),
 * so that rebuilding an unchanged record leaves its file as it was.
 */
export function keepServiceMetadata(record: CveRecord, previous: RecordFile | undefined): CveRecord {
  if (!previous) return record;
  const meta: Record<string, unknown> = { ...record.cveMetadata };
  for (const field of SERVICE_METADATA_FIELDS) {
    if (field === 'state') continue;
    const value = (previous.record.cveMetadata as ServiceMetadata)[field];
    if (typeof value === 'string' && field !== 'dateRejected') meta[field] = value;
  }
  return { ...record, cveMetadata: meta as CveRecord['cveMetadata'] };
}

/** The record file's text with cveMetadata as the service holds it. */
export function recordFileWithServiceMetadata(file: RecordFile, from: ServiceMetadata): string {
  return formatCveRecordFile(withServiceMetadata(file.record, from));
}

/** The English rejection reason of a rejected record (what CVE Services shows). */
export function rejectionReason(record: CveRejectedRecord | { containers: { cna: Record<string, unknown> } }): string {
  const reasons = (record.containers.cna as { rejectedReasons?: unknown }).rejectedReasons;
  if (!Array.isArray(reasons)) return '';
  const english = reasons.find((r): r is { lang: string; value: string } => isObject(r) && r.lang === 'en');
  const first = english ?? reasons.find((r): r is { lang: string; value: string } => isObject(r));
  return typeof first?.value === 'string' ? first.value.trim() : '';
}
