// The CVE records in the ops repository's records/ (records/CVE-YYYY-NNNN.json, written by the CNA desk),
// read from a local checkout for the OSV export and the credits. A file that is not JSON or not shaped like
// a CVE record is a problem named by file, never skipped in silence.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { jsonSyntaxErrorOffset } from '../domain/cve/advisory.js';
import type { CveRecord } from '../domain/cve/types.js';

export interface CveRecordFiles {
  records: CveRecord[];
  /** One line per unreadable file: `records/CVE-….json: what is wrong`. */
  problems: string[];
}

const RECORD_FILE = /^(CVE-\d{4}-\d{4,})\.json$/;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** What is wrong with the shape the OSV export and the credits read (the CNA desk checks the whole schema). */
function shapeProblem(data: unknown, cve: string): string | undefined {
  if (!isObject(data) || data.dataType !== 'CVE_RECORD') return 'not a CVE record (dataType CVE_RECORD)';
  const meta = data.cveMetadata;
  if (!isObject(meta)) return 'has no cveMetadata';
  if (meta.cveId !== cve) return `names ${JSON.stringify(meta.cveId)}, not ${cve} as its file name says`;
  if (meta.state !== 'PUBLISHED' && meta.state !== 'REJECTED')
    return 'has a cveMetadata.state other than PUBLISHED or REJECTED';
  for (const key of ['datePublished', 'dateUpdated', 'assignerOrgId'] as const)
    if (meta[key] !== undefined && typeof meta[key] !== 'string')
      return `has a cveMetadata.${key} that is not a string`;
  const cna = isObject(data.containers) ? data.containers.cna : undefined;
  if (!isObject(cna)) return 'has no containers.cna';
  if (meta.state === 'PUBLISHED') {
    for (const key of ['affected', 'references', 'descriptions'] as const)
      if (!Array.isArray(cna[key])) return `has no list containers.cna.${key}`;
    for (const key of ['credits', 'problemTypes', 'metrics'] as const)
      if (cna[key] !== undefined && !Array.isArray(cna[key])) return `has a containers.cna.${key} that is not a list`;
  }
  return undefined;
}

/** Every CVE-YYYY-NNNN.json in `dir`, in file-name order; `display` is how messages name the directory. */
export async function readCveRecordFiles(dir: string, display: string): Promise<CveRecordFiles> {
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true })).filter((d) => d.isFile()).map((d) => d.name);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { records: [], problems: [] };
    throw err;
  }
  const records: CveRecord[] = [];
  const problems: string[] = [];
  for (const name of names.sort()) {
    const match = RECORD_FILE.exec(name);
    if (!match) continue;
    const file = `${display}/${name}`;
    const text = await readFile(join(dir, name), 'utf8');
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      // Node's message quotes the text: say where instead.
      const at = jsonSyntaxErrorOffset(text);
      problems.push(`${file}: not valid JSON${at !== undefined ? ` (at character ${at})` : ''}`);
      continue;
    }
    const problem = shapeProblem(data, match[1]!);
    if (problem) problems.push(`${file}: ${problem}`);
    else records.push(data as CveRecord);
  }
  return { records, problems };
}
