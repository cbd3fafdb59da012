// From the advisory to OSV through the CNA desk's own record: the OSV export finds the GHSA id only where
// the record states it (source.advisory, as GitHub's CNA writes it), so the record builder must write it,
// or every PSF OSV record built from the desk's records loses its GHSA alias (issue 14: aliases the CVE
// and the GHSA). Found by the demo (test/demo/ends.ts).
import { describe, expect, it } from 'vitest';
import { readAdvisoryJson } from '../../actions/lib/domain/cve/advisory.js';
import { buildCveRecord } from '../../actions/lib/domain/cve/record.js';
import type { CveRecord } from '../../actions/lib/domain/cve/types.js';
import { exportOsvRecords } from '../../actions/lib/domain/osv.js';
import type { Policy } from '../../actions/lib/domain/policy.js';
import { psfCna } from '../support/cna.js';

const GHSA = 'GHSA-5w7c-q2mh-x9vr';
const CVE = 'CVE-2026-1077';
const CNA: Policy['cna'] = psfCna({ cpythonOnly: true });

/** A draft CPython advisory as GitHub's REST API answers it (the fields the desk reads). */
const ADVISORY_JSON = JSON.stringify({
  ghsa_id: GHSA,
  cve_id: CVE,
  html_url: `https://github.com/python/cpython/security/advisories/${GHSA}`,
  summary: 'Out-of-bounds read in a synthetic parser',
  description: 'A crafted input reads past the end of a buffer.',
  state: 'draft',
  severity: 'high',
  cvss_severities: {
    cvss_v3: { vector_string: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N', score: null },
    cvss_v4: { vector_string: null, score: null },
  },
  cwes: [{ cwe_id: 'CWE-125', name: 'Out-of-bounds Read' }],
  credits_detailed: [],
  vulnerabilities: [
    {
      package: { ecosystem: 'other', name: 'CPython' },
      vulnerable_version_range: '< 3.14.2',
      patched_versions: '3.14.2',
      vulnerable_functions: [],
    },
  ],
});

function desksRecord(): CveRecord {
  const read = readAdvisoryJson(ADVISORY_JSON, 'advisory.json');
  if (!read.ok) throw new Error(read.errors.join('\n'));
  const built = buildCveRecord({
    advisory: read.advisory,
    repo: 'python/cpython',
    cna: CNA,
    recordInputs: {
      references: [
        { url: 'https://github.com/python/cpython/commit/0123456789abcdef0123456789abcdef01234567', tags: ['patch'] },
        {
          url: 'https://mail.python.org/archives/list/security-announce@python.org/thread/X/',
          tags: ['vendor-advisory'],
        },
      ],
    },
  });
  if (!built.ok) throw new Error(built.refusals.map((r) => `${r.field}: ${r.reason}`).join('\n'));
  return built.record;
}

describe('the CNA desk record, exported to OSV', () => {
  it('states the advisory it was built from, as GitHub’s CNA does', () => {
    expect(desksRecord().containers.cna.source).toEqual({ advisory: GHSA, discovery: 'UNKNOWN' });
  });

  it('keeps the GHSA id as an OSV alias once published', () => {
    const record = desksRecord();
    // What cve publish's metadata PR gives the record file once CVE Services published it.
    const published: CveRecord = {
      ...record,
      cveMetadata: {
        ...record.cveMetadata,
        datePublished: '2026-11-26T15:00:00.000Z',
        dateUpdated: '2026-11-26T15:00:00.000Z',
      },
    };
    const exported = exportOsvRecords([published], {});
    expect(exported.problems).toEqual([]);
    expect(exported.files).toHaveLength(1);
    const osv = JSON.parse(exported.files[0]!.json) as { aliases?: string[] };
    expect(osv.aliases).toEqual([CVE, GHSA]);
  });
});
