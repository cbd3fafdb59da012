// The CVE record (CVE JSON 5.2) built from a repository advisory, the report file's record inputs and
// the policy's CNA settings, in the PSF's conventions (config/cve/RANGES.md for versions). Pure: the
// caller reads the advisory, the report file, the roster and the GitHub profiles. Either a record that
// passed the official schema, or every reason it cannot be built, each saying what to change. Reasons
// name fields, never the advisory's text, which is under embargo until publication.
import type { Policy } from '../policy.js';
import type { RecordInputs, ReportFile } from '../report-file.js';
import { announcementOf } from '../report-file.js';
import type { RepositoryAdvisory } from './advisory.js';
import type { NamesByLogin } from './credits.js';
import { buildCredits } from './credits.js';
import { cvssMetricOf } from './cvss.js';
import { markdownToPlainText, markdownToSafeHtml } from './markdown.js';
import { readVersionRange } from './ranges.js';
import type {
  CnaContainer,
  CveAffected,
  CveMetric,
  CveProblemType,
  CveRecord,
  CveReference,
  CveVersion,
} from './types.js';
import { validateCveRecord } from './validate.js';

export interface CveRecordSources {
  advisory: RepositoryAdvisory;
  /** owner/name of the advisory's repository (a key of the policy's product map). */
  repo: string;
  cna: Policy['cna'];
  /** The report file's `record` block. */
  recordInputs?: RecordInputs;
  /** The report file's `reporter` block (`credit: false` keeps the reporter out of the credits). */
  reporter?: ReportFile['reporter'];
  rosterNames?: NamesByLogin;
  profileNames?: NamesByLogin;
}

export interface RecordRefusal {
  /** What to change: an advisory field, a report file field, the policy, or a path in the record. */
  field: string;
  reason: string;
}

export type CveRecordBuild = { ok: true; record: CveRecord } | { ok: false; refusals: RecordRefusal[] };

/** CVE JSON limits (config/cve/), checked first so the refusal says what to shorten. */
const MAX_TITLE = 256;
const MAX_DESCRIPTION = 4096;
const MAX_SUPPORTING_MEDIA = 16384;
const CVE_ID = /^CVE-[0-9]{4}-[0-9]{4,19}$/;
const CWE_ID = /^CWE-[1-9][0-9]*$/;
const GENERATOR = 'psrt-ops';

/**
 * The module part of a vulnerable function: before a colon when given (`http.client:HTTPResponse.read`),
 * else the dotted prefix before the first capitalised part (`tarfile.TarFile.extractall` → `tarfile`),
 * else the whole name (a module named on its own, `http.cookies`).
 */
export function moduleOfFunction(name: string): string | undefined {
  const text = name.trim();
  if (text === '') return undefined;
  const colon = text.indexOf(':');
  if (colon >= 0) return text.slice(0, colon).trim() || undefined;
  const parts = text.split('.');
  const firstClass = parts.findIndex((p) => /^[A-Z]/.test(p));
  if (firstClass === 0) return undefined;
  return (firstClass > 0 ? parts.slice(0, firstClass) : parts).join('.');
}

function affectedOf(sources: CveRecordSources, refusals: RecordRefusal[]): CveAffected | undefined {
  const product = sources.cna.products[sources.repo];
  if (!product) {
    refusals.push({
      field: 'policy.yaml cna.products',
      reason: `${sources.repo} has no product: add it under cna.products (vendor, product, repo, version_type)`,
    });
    return undefined;
  }
  const versions: CveVersion[] = [];
  const modules: string[] = [];
  const vulnerabilities = sources.advisory.vulnerabilities ?? [];
  if (vulnerabilities.length === 0) {
    refusals.push({
      field: 'advisory.vulnerabilities',
      reason: 'the advisory names no affected product: add one with its affected versions',
    });
  }
  vulnerabilities.forEach((vulnerability, i) => {
    const field = `advisory.vulnerabilities[${i}].vulnerable_version_range`;
    const range = vulnerability.vulnerable_version_range?.trim();
    if (!range) {
      refusals.push({
        field,
        reason: 'no affected versions: fill in the affected versions (see config/cve/RANGES.md)',
      });
    } else {
      const reading = readVersionRange(range, product.version_type);
      if (reading.ok) versions.push(...reading.versions);
      else refusals.push({ field, reason: `${reading.reason} (see config/cve/RANGES.md)` });
    }
    for (const fn of vulnerability.vulnerable_functions ?? []) {
      const module = moduleOfFunction(fn);
      if (module && !modules.includes(module)) modules.push(module);
    }
  });
  return {
    vendor: product.vendor,
    product: product.product,
    repo: product.repo,
    ...(product.package_name ? { packageName: product.package_name } : {}),
    ...(product.package_url ? { collectionURL: product.package_url } : {}),
    ...(modules.length > 0 ? { modules } : {}),
    defaultStatus: 'unaffected',
    versions,
  };
}

function metricsOf(advisory: RepositoryAdvisory, refusals: RecordRefusal[]): CveMetric[] {
  const candidates: { field: string; vector: string }[] = [];
  const add = (field: string, vector: string | null | undefined): void => {
    const v = vector?.trim();
    if (v && !candidates.some((c) => c.vector === v)) candidates.push({ field, vector: v });
  };
  add('advisory.cvss_severities.cvss_v4.vector_string', advisory.cvss_severities?.cvss_v4?.vector_string);
  add('advisory.cvss_severities.cvss_v3.vector_string', advisory.cvss_severities?.cvss_v3?.vector_string);
  // The legacy field repeats the CVSS 3 vector; it counts only where the newer fields are absent.
  add('advisory.cvss.vector_string', advisory.cvss?.vector_string);
  const metrics: CveMetric[] = [];
  const versions = new Set<string>();
  for (const { field, vector } of candidates) {
    const reading = cvssMetricOf(vector);
    if (!reading.ok) {
      refusals.push({ field, reason: `the CVSS vector "${vector}" is invalid: ${reading.reason}` });
      continue;
    }
    if (versions.has(reading.version)) {
      refusals.push({
        field,
        reason: `a second, different CVSS ${reading.version} vector: keep one (GitHub's cvss and cvss_severities disagree)`,
      });
      continue;
    }
    versions.add(reading.version);
    metrics.push(reading.metric);
  }
  return metrics;
}

function problemTypesOf(advisory: RepositoryAdvisory, refusals: RecordRefusal[]): CveProblemType[] {
  const out: CveProblemType[] = [];
  (advisory.cwes ?? []).forEach((cwe, i) => {
    const id = cwe.cwe_id.trim().toUpperCase();
    if (!CWE_ID.test(id)) {
      refusals.push({ field: `advisory.cwes[${i}].cwe_id`, reason: `"${cwe.cwe_id}" is not a CWE ID (CWE-nnn)` });
      return;
    }
    const name = cwe.name?.trim();
    out.push({ descriptions: [{ cweId: id, type: 'CWE', lang: 'en', description: name ? `${id} ${name}` : id }] });
  });
  return out;
}

function referencesOf(inputs: RecordInputs | undefined): CveReference[] {
  const references: CveReference[] = [];
  const add = (url: string, tags: readonly string[]): void => {
    const existing = references.find((r) => r.url === url);
    if (existing) {
      for (const tag of tags) if (!existing.tags?.includes(tag)) existing.tags = [...(existing.tags ?? []), tag];
      return;
    }
    references.push(tags.length > 0 ? { url, tags: [...tags] } : { url });
  };
  for (const reference of inputs?.references ?? []) add(reference.url.trim(), reference.tags ?? []);
  const announcement = announcementOf(inputs)?.url;
  if (announcement) add(announcement.trim(), ['vendor-advisory']);
  return references;
}

/** The report file's date_public (a date or a time with zone) as the record's UTC time stamp. */
function datePublicOf(inputs: RecordInputs | undefined, refusals: RecordRefusal[]): string | undefined {
  const given = inputs?.date_public;
  if (given === undefined) return undefined;
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(given) ? `${given}T00:00:00Z` : given;
  const time = Date.parse(iso);
  if (Number.isNaN(time)) {
    refusals.push({ field: 'report record.date_public', reason: 'not a date (YYYY-MM-DD) or a time with zone' });
    return undefined;
  }
  return new Date(time).toISOString();
}

function descriptionsOf(advisory: RepositoryAdvisory, refusals: RecordRefusal[]): CnaContainer['descriptions'] {
  const markdown = advisory.description ?? '';
  const text = markdownToPlainText(markdown);
  if (text === '') {
    refusals.push({
      field: 'advisory.description',
      reason: 'the advisory has no description: a CVE record needs one (what is affected, the impact)',
    });
    return [];
  }
  if (text.length > MAX_DESCRIPTION) {
    refusals.push({
      field: 'advisory.description',
      reason: `the description is ${text.length} characters as plain text; a CVE description holds at most ${MAX_DESCRIPTION}: shorten it`,
    });
  }
  const html = markdownToSafeHtml(markdown);
  if (html.length > MAX_SUPPORTING_MEDIA) {
    refusals.push({
      field: 'advisory.description',
      reason: `the description is ${html.length} characters as HTML; a record's supporting media holds at most ${MAX_SUPPORTING_MEDIA}: shorten it`,
    });
  }
  return [{ lang: 'en', value: text, supportingMedia: [{ type: 'text/html', base64: false, value: html }] }];
}

/** Build the record for the advisory's CVE ID, checked against the CVE JSON 5.2 schema. */
export function buildCveRecord(sources: CveRecordSources): CveRecordBuild {
  const { advisory, cna } = sources;
  const refusals: RecordRefusal[] = [];
  const cveId = advisory.cve_id?.trim() ?? '';
  if (cveId === '') {
    refusals.push({
      field: 'advisory.cve_id',
      reason: 'the advisory has no CVE ID: reserve one for it (the sweep does on accept) and set it on the advisory',
    });
  } else if (!CVE_ID.test(cveId)) {
    refusals.push({ field: 'advisory.cve_id', reason: `"${cveId}" is not a CVE ID (CVE-YYYY-NNNN)` });
  }
  const title = advisory.summary.trim();
  if (title === '')
    refusals.push({ field: 'advisory.summary', reason: 'the advisory has no summary (the record title)' });
  else if (title.length > MAX_TITLE)
    refusals.push({
      field: 'advisory.summary',
      reason: `the summary is ${title.length} characters; a CVE title holds at most ${MAX_TITLE}: shorten it`,
    });
  const descriptions = descriptionsOf(advisory, refusals);
  const affected = affectedOf(sources, refusals);
  const metrics = metricsOf(advisory, refusals);
  const problemTypes = problemTypesOf(advisory, refusals);
  const credits = buildCredits({ ...sources, ...(cna.credit_format ? { format: cna.credit_format } : {}) });
  const references = referencesOf(sources.recordInputs);
  if (references.length === 0) {
    refusals.push({
      field: 'report record.references',
      reason:
        'a CVE record needs at least one reference: add the fix (patch) or the issue (issue-tracking), or the announcement',
    });
  }
  const datePublic = datePublicOf(sources.recordInputs, refusals);
  if (refusals.length > 0) return { ok: false, refusals };

  const container: CnaContainer = {
    providerMetadata: { orgId: cna.org_id, shortName: cna.short_name },
    title,
    ...(datePublic ? { datePublic } : {}),
    descriptions,
    affected: affected ? [affected] : [],
    ...(problemTypes.length > 0 ? { problemTypes } : {}),
    ...(metrics.length > 0 ? { metrics } : {}),
    ...(credits.length > 0 ? { credits } : {}),
    references,
    // The GHSA id as GitHub's CNA states it: the OSV export's alias comes from here (the PSF's records
    // otherwise name the advisory nowhere).
    source: { advisory: advisory.ghsa_id, discovery: 'UNKNOWN' },
    x_generator: { engine: GENERATOR },
  };
  const record: CveRecord = {
    dataType: 'CVE_RECORD',
    dataVersion: '5.2',
    cveMetadata: { cveId, assignerOrgId: cna.org_id, assignerShortName: cna.short_name, state: 'PUBLISHED' },
    containers: { cna: container },
  };
  const problems = validateCveRecord(record);
  if (problems.length > 0) {
    return {
      ok: false,
      refusals: problems.map((p) => ({
        field: `record ${p.path || '/'}`,
        reason: `the CVE JSON 5.2 schema says it ${p.message}`,
      })),
    };
  }
  return { ok: true, record };
}
