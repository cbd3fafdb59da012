// OSV 1.7 records (psf/advisory-database, PSF-YYYY-N) from the PSF's published CVE records (CVE JSON 5.2,
// records/CVE-YYYY-NNNN.json). Pure and deterministic: the same records and id map give the same bytes.
//
// From the CVE record (what the record builder must provide):
// - cveMetadata.state PUBLISHED and cveMetadata.datePublished (dateUpdated for `modified`): a record not
//   yet published at CVE.org gets no OSV record;
// - the GHSA id in containers.cna.source.advisory (as GitHub's own CNA writes it), else a reference to
//   the advisory's GitHub URL: it becomes an alias;
// - fix commits as references tagged `patch` with full-hash commit URLs under the affected product's
//   `repo`: they become GIT `fixed` events (one per branch's commit);
// - PyPI packages as affected entries with collectionURL https://pypi.org and packageName: ECOSYSTEM
//   ranges from `versions` (`version` → introduced, `lessThan` → fixed);
// - problemTypes[].descriptions[].cweId: database_specific.cwe_ids (the generator the PSF runs today reads
//   a misspelt `cwdId` and loses every CWE).
import type { CveAffected, CveCredit, CveRecord, CveReference } from './cve/types.js';
import { validateOsvRecord } from './osv-validate.js';
import { CVE_ID, GHSA_ID } from './ids.js';
import { comparePythonVersions } from './cve/ranges.js';

export const OSV_SCHEMA_VERSION = '1.7.5';
export const OSV_ID_PREFIX = 'PSF';
/** The id map's place in the ops repository (YAML, so a `records/*.json` glob never mistakes it for a record). */
export const OSV_ID_MAP_PATH = 'records/osv-ids.yaml';

export type OsvReferenceType =
  | 'ADVISORY'
  | 'ARTICLE'
  | 'DETECTION'
  | 'DISCUSSION'
  | 'REPORT'
  | 'FIX'
  | 'INTRODUCED'
  | 'GIT'
  | 'PACKAGE'
  | 'EVIDENCE'
  | 'WEB';

export type OsvCreditType =
  | 'FINDER'
  | 'REPORTER'
  | 'ANALYST'
  | 'COORDINATOR'
  | 'REMEDIATION_DEVELOPER'
  | 'REMEDIATION_REVIEWER'
  | 'REMEDIATION_VERIFIER'
  | 'TOOL'
  | 'SPONSOR'
  | 'OTHER';

export type OsvEvent = { introduced: string } | { fixed: string } | { last_affected: string } | { limit: string };

export interface OsvRange {
  type: 'GIT' | 'ECOSYSTEM' | 'SEMVER';
  repo?: string;
  events: OsvEvent[];
}

export interface OsvAffected {
  package?: { ecosystem: string; name: string; purl?: string };
  ranges?: OsvRange[];
  versions?: string[];
}

export interface OsvRecord {
  schema_version: string;
  id: string;
  modified: string;
  published?: string;
  aliases?: string[];
  summary?: string;
  details?: string;
  severity?: { type: 'CVSS_V3' | 'CVSS_V4'; score: string }[];
  affected?: OsvAffected[];
  references?: { type: OsvReferenceType; url: string }[];
  credits?: { name: string; contact?: string[]; type?: OsvCreditType }[];
  database_specific: { cwe_ids: string[] };
}

export interface OsvProblem {
  severity: 'error' | 'warning';
  cve: string;
  message: string;
}

/** CVE id → PSF id. An entry, once written, is never changed or removed. */
export type OsvIdMap = Record<string, string>;

const PSF_ID = /^PSF-(\d{4})-([1-9]\d*)$/;
const GHSA_IN_URL =
  /^https:\/\/github\.com\/(?:[^/]+\/[^/]+\/security\/advisories|advisories)\/(GHSA(?:-[a-z0-9]{4}){3})\/?$/i;

// ----------------------------------------------------------------------------------------------------
// The id map

/** Check the id map as read from YAML: CVE ids to PSF ids, no PSF id given twice. */
export function readOsvIdMap(data: unknown): { ids: OsvIdMap; problems: string[] } {
  const problems: string[] = [];
  const ids: OsvIdMap = {};
  if (data === null || data === undefined) return { ids, problems };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { ids, problems: [`${OSV_ID_MAP_PATH} must map CVE ids to PSF ids (CVE-2026-1234: PSF-2026-1).`] };
  }
  const owner = new Map<string, string>();
  for (const [cve, value] of Object.entries(data as Record<string, unknown>)) {
    if (!CVE_ID.test(cve)) {
      problems.push(`${OSV_ID_MAP_PATH}: "${cve}" is not a CVE id.`);
      continue;
    }
    if (typeof value !== 'string' || !PSF_ID.test(value)) {
      problems.push(`${OSV_ID_MAP_PATH}: ${cve} maps to ${JSON.stringify(value)}, not to an id like PSF-2026-1.`);
      continue;
    }
    const earlier = owner.get(value);
    if (earlier) {
      problems.push(`${OSV_ID_MAP_PATH}: ${value} is given to both ${earlier} and ${cve}; an id names one record.`);
      continue;
    }
    owner.set(value, cve);
    ids[cve] = value;
  }
  return { ids, problems };
}

function psfParts(id: string): { year: number; n: number } {
  const m = PSF_ID.exec(id)!;
  return { year: Number(m[1]), n: Number(m[2]) };
}

function comparePsfIds(a: string, b: string): number {
  const x = psfParts(a);
  const y = psfParts(b);
  return x.year - y.year || x.n - y.n;
}

/** The id map as YAML: a header comment, then one `CVE: PSF` line per record in PSF id order. */
export function renderOsvIdMap(ids: OsvIdMap): string {
  const entries = Object.entries(ids).sort(([, a], [, b]) => comparePsfIds(a, b));
  return [
    '# OSV ids of the PSF (psf/advisory-database: advisories/python/PSF-YYYY-N.json), by CVE id.',
    '# Written by `psrt osv`. An id once given is never changed, removed or given again: edit only to add',
    '# the ids the database already holds.',
    ...entries.map(([cve, id]) => `${cve}: ${id}`),
    '',
  ].join('\n');
}

/** Whether a CVE record is published at CVE.org, as the record file says. */
export function isPublished(record: CveRecord): boolean {
  return record.cveMetadata.state === 'PUBLISHED' && Boolean(record.cveMetadata.datePublished);
}

/**
 * Give every published record without an id the next free PSF id of its publication year (UTC):
 * one above the highest of that year, so numbers are never reused. New records are numbered in order of
 * publication, then CVE id; existing entries never change.
 */
export function assignOsvIds(
  ids: OsvIdMap,
  records: readonly CveRecord[],
): { ids: OsvIdMap; added: { cve: string; id: string }[] } {
  const out: OsvIdMap = { ...ids };
  const highest = new Map<number, number>();
  for (const id of Object.values(out)) {
    const { year, n } = psfParts(id);
    highest.set(year, Math.max(highest.get(year) ?? 0, n));
  }
  const fresh = records
    .filter((r) => isPublished(r) && out[r.cveMetadata.cveId] === undefined)
    .map((r) => ({ cve: r.cveMetadata.cveId, published: normalizeTimestamp(r.cveMetadata.datePublished!) }))
    .filter((r): r is { cve: string; published: string } => r.published !== undefined)
    .sort((a, b) => a.published.localeCompare(b.published) || a.cve.localeCompare(b.cve));
  const added: { cve: string; id: string }[] = [];
  for (const { cve, published } of fresh) {
    if (out[cve] !== undefined) continue;
    const year = Number(published.slice(0, 4));
    const n = (highest.get(year) ?? 0) + 1;
    highest.set(year, n);
    out[cve] = `${OSV_ID_PREFIX}-${year}-${n}`;
    added.push({ cve, id: out[cve] });
  }
  return { ids: out, added };
}

// ----------------------------------------------------------------------------------------------------
// One record

/** RFC 3339 in UTC with a Z, as OSV wants; CVE Services writes times without a zone, which are UTC. */
export function normalizeTimestamp(text: string): string | undefined {
  const withZone = /(Z|[+-]\d{2}:?\d{2})$/i.test(text) ? text : `${text}Z`;
  const date = new Date(withZone);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The advisory's GHSA id a record names: source.advisory, else a reference to the advisory on GitHub. */
export function ghsaOfRecord(record: CveRecord): string | undefined {
  const cna = record.containers.cna;
  const stated = cna.source?.['advisory'];
  if (typeof stated === 'string' && GHSA_ID.test(stated)) return stated;
  for (const ref of cna.references) {
    const m = GHSA_IN_URL.exec(ref.url);
    if (m && GHSA_ID.test(m[1]!)) return m[1]!;
  }
  return undefined;
}

/** The reference type from the CVE tags, the most specific tag first. */
export function referenceType(ref: CveReference): OsvReferenceType {
  const tags = new Set(ref.tags ?? []);
  if (tags.has('patch')) return 'FIX';
  if (tags.has('vendor-advisory') || tags.has('third-party-advisory')) return 'ADVISORY';
  if (tags.has('issue-tracking')) return 'REPORT';
  if (tags.has('exploit')) return 'EVIDENCE';
  if (tags.has('technical-description') || tags.has('media-coverage') || tags.has('research')) return 'ARTICLE';
  if (tags.has('mailing-list')) return 'DISCUSSION';
  return 'WEB';
}

/** PEP 503's normalised name: PyPI is case- and separator-insensitive. */
function normalizePypiName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

function isPypi(affected: CveAffected): boolean {
  if (!affected.packageName || !affected.collectionURL) return false;
  try {
    return new URL(affected.collectionURL).hostname.replace(/^www\./, '') === 'pypi.org';
  } catch {
    return false;
  }
}

/**
 * Versions in Python's order (PEP 440: 3.14.0rc2 before 3.14.0), as the record builder read them;
 * a version that is not a Python version falls back to dotted numbers, then text.
 */
function compareVersions(a: string, b: string): number {
  try {
    return comparePythonVersions(a, b);
  } catch {
    return compareDotted(a, b);
  }
}

/** Dotted release numbers compared number by number; what is not a number compares as text. */
function compareDotted(a: string, b: string): number {
  const x = a.split(/[.+-]/);
  const y = b.split(/[.+-]/);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const p = x[i] ?? '0';
    const q = y[i] ?? '0';
    const diff = /^\d+$/.test(p) && /^\d+$/.test(q) ? Number(p) - Number(q) : p.localeCompare(q);
    if (diff !== 0) return diff;
  }
  return 0;
}

function ecosystemRanges(affected: CveAffected): { ranges: OsvRange[]; versions: string[] } {
  const fixedPairs: { introduced: string; fixed?: string }[] = [];
  const lastAffected: { introduced: string; last: string }[] = [];
  const versions: string[] = [];
  for (const v of affected.versions ?? []) {
    if (v.status !== 'affected') continue;
    if (v.lessThan !== undefined) {
      fixedPairs.push({ introduced: v.version, ...(v.lessThan === '*' ? {} : { fixed: v.lessThan }) });
    } else if (v.lessThanOrEqual !== undefined) {
      lastAffected.push({ introduced: v.version, last: v.lessThanOrEqual });
    } else {
      versions.push(v.version);
    }
  }
  const ranges: OsvRange[] = [];
  if (fixedPairs.length > 0) {
    fixedPairs.sort((a, b) => compareVersions(a.introduced, b.introduced));
    ranges.push({
      type: 'ECOSYSTEM',
      events: fixedPairs.flatMap((p): OsvEvent[] => [
        { introduced: p.introduced },
        ...(p.fixed !== undefined ? [{ fixed: p.fixed }] : []),
      ]),
    });
  }
  // OSV forbids fixed and last_affected in one range.
  if (lastAffected.length > 0) {
    lastAffected.sort((a, b) => compareVersions(a.introduced, b.introduced));
    ranges.push({
      type: 'ECOSYSTEM',
      events: lastAffected.flatMap((p): OsvEvent[] => [{ introduced: p.introduced }, { last_affected: p.last }]),
    });
  }
  return { ranges, versions };
}

/** The fix commits under a repository: full hashes from `patch` references; short ones reported. */
function fixCommits(repo: string, references: CveReference[], cve: string, problems: OsvProblem[]): string[] {
  const base = repo
    .replace(/\.git$/, '')
    .replace(/\/+$/, '')
    .toLowerCase();
  const commits: string[] = [];
  for (const ref of references) {
    if (!ref.tags?.includes('patch')) continue;
    const m = /^(.*)\/commit\/([0-9a-f]+)\/?$/i.exec(ref.url);
    if (!m || m[1]!.toLowerCase() !== base) continue;
    const sha = m[2]!.toLowerCase();
    if (sha.length !== 40 && sha.length !== 64) {
      problems.push({
        severity: 'warning',
        cve,
        message: `${cve}: the patch reference ${ref.url} has a short commit hash; OSV needs the full hash: write the full commit URL in the record's references.`,
      });
      continue;
    }
    if (!commits.includes(sha)) commits.push(sha);
  }
  return commits;
}

function affectedOf(record: CveRecord, problems: OsvProblem[]): OsvAffected[] {
  const cve = record.cveMetadata.cveId;
  const out: OsvAffected[] = [];
  for (const affected of record.containers.cna.affected) {
    const entry: OsvAffected = {};
    const ranges: OsvRange[] = [];
    if (isPypi(affected)) {
      const name = normalizePypiName(affected.packageName!);
      entry.package = { ecosystem: 'PyPI', name, purl: `pkg:pypi/${name}` };
      const ecosystem = ecosystemRanges(affected);
      ranges.push(...ecosystem.ranges);
      if (ecosystem.versions.length > 0) entry.versions = ecosystem.versions;
    }
    if (affected.repo) {
      const repo = affected.repo.replace(/\/+$/, '');
      const commits = fixCommits(repo, record.containers.cna.references, cve, problems);
      if (commits.length > 0) {
        ranges.push({ type: 'GIT', repo, events: [{ introduced: '0' }, ...commits.map((sha) => ({ fixed: sha }))] });
      }
    }
    if (ranges.length > 0) entry.ranges = ranges;
    if (entry.ranges === undefined && entry.versions === undefined) {
      problems.push({
        severity: 'warning',
        cve,
        message: `${cve}: nothing says which versions of ${affected.product ?? affected.packageName ?? 'a product'} are affected in OSV terms (no PyPI package, no fix commit): add the fix commits (${affected.repo ?? 'the repository'}/commit/<full hash>) to the record's references tagged patch.`,
      });
      continue;
    }
    out.push(entry);
  }
  return out;
}

function severityOf(record: CveRecord): OsvRecord['severity'] {
  const v4: string[] = [];
  const v3: string[] = [];
  for (const metric of record.containers.cna.metrics ?? []) {
    if (metric.cvssV4_0?.vectorString) v4.push(metric.cvssV4_0.vectorString);
    for (const v of [metric.cvssV3_1, metric.cvssV3_0]) if (v?.vectorString) v3.push(v.vectorString);
  }
  const out = [
    ...[...new Set(v4)].map((score) => ({ type: 'CVSS_V4' as const, score })),
    ...[...new Set(v3)].map((score) => ({ type: 'CVSS_V3' as const, score })),
  ];
  return out.length > 0 ? out : undefined;
}

function englishFirst<T extends { lang: string }>(items: readonly T[] | undefined): readonly T[] {
  const all = items ?? [];
  const english = all.filter((i) => /^en\b/i.test(i.lang));
  return english.length > 0 ? english : all;
}

/** "Name (https://github.com/login)" → name and contact; anything else is a name. */
function creditOf(credit: CveCredit): { name: string; contact?: string[]; type?: OsvCreditType } {
  const m = /^(.*\S)\s+\((https?:\/\/[^\s()]+)\)$/.exec(credit.value.trim());
  const name = m ? m[1]! : credit.value.trim();
  const type = credit.type ? (credit.type.toUpperCase().replace(/ /g, '_') as OsvCreditType) : undefined;
  return { name, ...(m ? { contact: [m[2]!] } : {}), ...(type ? { type } : {}) };
}

function cweIdsOf(record: CveRecord): string[] {
  const ids: string[] = [];
  for (const problemType of record.containers.cna.problemTypes ?? []) {
    for (const d of problemType.descriptions) {
      if (d.cweId && /^CWE-[1-9]\d*$/.test(d.cweId) && !ids.includes(d.cweId)) ids.push(d.cweId);
    }
  }
  return ids;
}

/** One OSV record from one published CVE record, fields in the specification's order. */
export function buildOsvRecord(record: CveRecord, id: string): { record: OsvRecord; problems: OsvProblem[] } {
  const problems: OsvProblem[] = [];
  const cna = record.containers.cna;
  const meta = record.cveMetadata;
  const cve = meta.cveId;
  const published = meta.datePublished ? normalizeTimestamp(meta.datePublished) : undefined;
  const modified = normalizeTimestamp(meta.dateUpdated ?? meta.datePublished ?? '') ?? published;
  if (!published || !modified) {
    problems.push({
      severity: 'error',
      cve,
      message: `${cve}: cveMetadata.datePublished is missing or not a time; the record must say when CVE.org published it.`,
    });
  }
  const ghsa = ghsaOfRecord(record);
  const summary = cna.title?.replace(/\s+/g, ' ').trim();
  const details = englishFirst(cna.descriptions)[0]?.value.replace(/\r\n?/g, '\n').trim();
  const severity = severityOf(record);
  const affected = affectedOf(record, problems);
  const references = [...new Map(cna.references.map((r) => [r.url, { type: referenceType(r), url: r.url }])).values()];
  const credits = englishFirst(cna.credits).map(creditOf);

  const osv: OsvRecord = {
    schema_version: OSV_SCHEMA_VERSION,
    id,
    modified: modified ?? '',
    ...(published ? { published } : {}),
    aliases: ghsa ? [cve, ghsa] : [cve],
    ...(summary ? { summary } : {}),
    ...(details ? { details } : {}),
    ...(severity ? { severity } : {}),
    ...(affected.length > 0 ? { affected } : {}),
    ...(references.length > 0 ? { references } : {}),
    ...(credits.length > 0 ? { credits } : {}),
    database_specific: { cwe_ids: cweIdsOf(record) },
  };
  return { record: osv, problems };
}

/** Pretty-printed JSON with a final newline; key order is the order buildOsvRecord writes. */
export function renderOsvJson(record: OsvRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

// ----------------------------------------------------------------------------------------------------
// The export

export interface OsvFile {
  id: string;
  cve: string;
  /** `PSF-YYYY-N.json` (psf/advisory-database keeps them under advisories/python/). */
  fileName: string;
  json: string;
}

export interface OsvExport {
  /** The id map with the new ids added (write it back to OSV_ID_MAP_PATH when `added` is not empty). */
  ids: OsvIdMap;
  added: { cve: string; id: string }[];
  files: OsvFile[];
  /** Records not exported because CVE.org has not published them (or rejected them). */
  unpublished: string[];
  /** Errors mean the record's file was not written; warnings are shown. */
  problems: OsvProblem[];
}

/** Every published record to an OSV file, each checked against OSV's schema; files in PSF id order. */
export function exportOsvRecords(records: readonly CveRecord[], ids: OsvIdMap): OsvExport {
  const { ids: allIds, added } = assignOsvIds(ids, records);
  const problems: OsvProblem[] = [];
  const files: OsvFile[] = [];
  const unpublished: string[] = [];
  for (const record of records) {
    const cve = record.cveMetadata.cveId;
    const id = allIds[cve];
    if (!isPublished(record) || id === undefined) {
      unpublished.push(cve);
      continue;
    }
    const built = buildOsvRecord(record, id);
    problems.push(...built.problems);
    const schemaErrors = validateOsvRecord(built.record);
    for (const message of schemaErrors) {
      problems.push({ severity: 'error', cve, message: `${cve} (${id}) fails OSV's schema at ${message}.` });
    }
    if (built.problems.some((p) => p.severity === 'error') || schemaErrors.length > 0) continue;
    files.push({ id, cve, fileName: `${id}.json`, json: renderOsvJson(built.record) });
  }
  files.sort((a, b) => comparePsfIds(a.id, b.id));
  return { ids: allIds, added, files, unpublished: unpublished.sort(), problems };
}
