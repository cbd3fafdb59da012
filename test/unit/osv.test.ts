// OSV records from the PSF's published CVE records: the mapping (aliases, GIT and PyPI ranges, severity,
// typed references, credits, CWE ids), stable PSF ids kept in a map, OSV's own JSON Schema, and the same
// bytes on a second run. The CVE records are synthetic.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { CveRecord } from '../../actions/lib/domain/cve/types.js';
import {
  assignOsvIds,
  buildOsvRecord,
  exportOsvRecords,
  normalizeTimestamp,
  readOsvIdMap,
  renderOsvIdMap,
  renderOsvJson,
} from '../../actions/lib/domain/osv.js';
import { validateOsvRecord } from '../../actions/lib/domain/osv-validate.js';

const ORG = '00000000-0000-4000-8000-000000000000';
const SHA_MAIN = 'a'.repeat(40);
const SHA_314 = '0123456789abcdef0123456789abcdef01234567';
const V4 = 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:H/SC:N/SI:N/SA:N';
const V31 = 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H';

function cpythonRecord(
  over: { cveId?: string; datePublished?: string; state?: 'PUBLISHED' | 'REJECTED' } = {},
): CveRecord {
  return {
    dataType: 'CVE_RECORD',
    dataVersion: '5.2',
    cveMetadata: {
      cveId: over.cveId ?? 'CVE-2026-40001',
      assignerOrgId: ORG,
      assignerShortName: 'PSF',
      state: over.state ?? 'PUBLISHED',
      dateReserved: '2026-09-01T10:00:00.000Z',
      ...(over.datePublished === '' ? {} : { datePublished: over.datePublished ?? '2026-10-02T14:30:00.000' }),
      dateUpdated: '2026-10-03T08:00:00.000',
    },
    containers: {
      cna: {
        providerMetadata: { orgId: ORG, shortName: 'PSF' },
        title: 'Quadratic  time in the tarfile\nheader parser',
        descriptions: [
          { lang: 'en', value: 'The tarfile module took quadratic time on crafted headers.\r\n\r\nUpgrade.' },
          { lang: 'fr', value: 'Le module tarfile…' },
        ],
        affected: [
          {
            vendor: 'Python Software Foundation',
            product: 'CPython',
            repo: 'https://github.com/python/cpython',
            defaultStatus: 'unaffected',
            versions: [
              { version: '0', lessThan: '3.13.9', status: 'affected', versionType: 'python' },
              { version: '3.14.0a1', lessThan: '3.14.1', status: 'affected', versionType: 'python' },
            ],
          },
        ],
        problemTypes: [
          {
            descriptions: [
              {
                lang: 'en',
                type: 'CWE',
                cweId: 'CWE-1333',
                description: 'CWE-1333 Inefficient Regular Expression Complexity',
              },
            ],
          },
          {
            descriptions: [
              { lang: 'en', type: 'CWE', cweId: 'CWE-400', description: 'CWE-400 Uncontrolled Resource Consumption' },
            ],
          },
          { descriptions: [{ lang: 'en', type: 'CWE', cweId: 'CWE-1333', description: 'CWE-1333 again' }] },
        ],
        metrics: [
          {
            format: 'CVSS',
            cvssV4_0: { version: '4.0', vectorString: V4, baseScore: 8.7, baseSeverity: 'HIGH' },
          },
        ],
        credits: [
          { lang: 'en', type: 'reporter', value: 'Zoë Çelik' },
          { lang: 'en', type: 'remediation developer', value: 'Ada Lovelace (https://github.com/ada)' },
          { lang: 'en', type: 'coordinator', value: 'Bob Builder (https://github.com/bob)' },
        ],
        references: [
          {
            url: 'https://mail.python.org/archives/list/security-announce@python.org/thread/ABCDEF/',
            tags: ['vendor-advisory'],
          },
          { url: 'https://github.com/python/cpython/issues/139100', tags: ['issue-tracking'] },
          { url: 'https://github.com/python/cpython/pull/139101', tags: ['patch'] },
          { url: `https://github.com/python/cpython/commit/${SHA_MAIN}`, tags: ['patch'] },
          { url: `https://github.com/python/cpython/commit/${SHA_314}`, tags: ['patch'] },
          { url: 'https://example.org/writeup', tags: ['technical-description'] },
          { url: 'https://example.org/other' },
        ],
        source: { discovery: 'UNKNOWN', advisory: 'GHSA-c2hm-8x2v-9w3p' },
      },
    },
  };
}

function pipRecord(): CveRecord {
  const record = cpythonRecord({ cveId: 'CVE-2026-40002', datePublished: '2026-10-05T09:00:00Z' });
  record.containers.cna.title = 'pip follows a symlink out of the build directory';
  record.containers.cna.affected = [
    {
      vendor: 'Pip maintainers',
      product: 'pip',
      repo: 'https://github.com/pypa/pip',
      collectionURL: 'https://pypi.org',
      packageName: 'Pip',
      defaultStatus: 'unaffected',
      versions: [
        { version: '25.0', lessThan: '25.2.1', status: 'affected', versionType: 'python' },
        { version: '0', lessThan: '24.3.2', status: 'affected', versionType: 'python' },
        { version: '23.1', lessThanOrEqual: '23.1.9', status: 'affected', versionType: 'python' },
        { version: '22.0.4', status: 'affected', versionType: 'python' },
        { version: '26.0', lessThan: '*', status: 'unaffected', versionType: 'python' },
      ],
    },
  ];
  record.containers.cna.references = [
    { url: 'https://github.com/pypa/pip/pull/13500', tags: ['patch'] },
    { url: `https://github.com/pypa/pip/commit/${'b'.repeat(40)}`, tags: ['patch'] },
    { url: 'https://github.com/pypa/pip/security/advisories/GHSA-4xh5-x5gv-qwph' },
  ];
  record.containers.cna.metrics = [
    { cvssV3_1: { version: '3.1', vectorString: V31, baseScore: 7.5, baseSeverity: 'HIGH' } },
    { cvssV4_0: { version: '4.0', vectorString: V4, baseScore: 8.7, baseSeverity: 'HIGH' } },
  ];
  delete record.containers.cna.source;
  return record;
}

describe('an OSV record from a CVE record', () => {
  it('maps a CPython record: aliases, GIT fixed events, severity, typed references, credits, CWE ids', () => {
    const { record, problems } = buildOsvRecord(cpythonRecord(), 'PSF-2026-3');
    expect(problems).toEqual([]);
    expect(record).toEqual({
      schema_version: '1.7.5',
      id: 'PSF-2026-3',
      modified: '2026-10-03T08:00:00.000Z',
      published: '2026-10-02T14:30:00.000Z',
      aliases: ['CVE-2026-40001', 'GHSA-c2hm-8x2v-9w3p'],
      summary: 'Quadratic time in the tarfile header parser',
      details: 'The tarfile module took quadratic time on crafted headers.\n\nUpgrade.',
      severity: [{ type: 'CVSS_V4', score: V4 }],
      affected: [
        {
          ranges: [
            {
              type: 'GIT',
              repo: 'https://github.com/python/cpython',
              events: [{ introduced: '0' }, { fixed: SHA_MAIN }, { fixed: SHA_314 }],
            },
          ],
        },
      ],
      references: [
        { type: 'ADVISORY', url: 'https://mail.python.org/archives/list/security-announce@python.org/thread/ABCDEF/' },
        { type: 'REPORT', url: 'https://github.com/python/cpython/issues/139100' },
        { type: 'FIX', url: 'https://github.com/python/cpython/pull/139101' },
        { type: 'FIX', url: `https://github.com/python/cpython/commit/${SHA_MAIN}` },
        { type: 'FIX', url: `https://github.com/python/cpython/commit/${SHA_314}` },
        { type: 'ARTICLE', url: 'https://example.org/writeup' },
        { type: 'WEB', url: 'https://example.org/other' },
      ],
      credits: [
        { name: 'Zoë Çelik', type: 'REPORTER' },
        { name: 'Ada Lovelace', contact: ['https://github.com/ada'], type: 'REMEDIATION_DEVELOPER' },
        { name: 'Bob Builder', contact: ['https://github.com/bob'], type: 'COORDINATOR' },
      ],
      database_specific: { cwe_ids: ['CWE-1333', 'CWE-400'] },
    });
    expect(validateOsvRecord(record)).toEqual([]);
  });

  it('writes keys in the specification’s order, pretty-printed with a final newline', () => {
    const json = renderOsvJson(buildOsvRecord(cpythonRecord(), 'PSF-2026-3').record);
    expect(Object.keys(JSON.parse(json) as object)).toEqual([
      'schema_version',
      'id',
      'modified',
      'published',
      'aliases',
      'summary',
      'details',
      'severity',
      'affected',
      'references',
      'credits',
      'database_specific',
    ]);
    expect(json.startsWith('{\n  "schema_version": "1.7.5",\n  "id": "PSF-2026-3",\n')).toBe(true);
    expect(json.endsWith('}\n')).toBe(true);
  });

  it('orders ECOSYSTEM events as Python orders versions: a release candidate before its release', () => {
    const record = pipRecord();
    record.containers.cna.affected![0]!.versions = [
      { version: '25.0', lessThan: '25.0.1', status: 'affected', versionType: 'python' },
      { version: '25.0rc2', lessThan: '25.0', status: 'affected', versionType: 'python' },
    ];
    const built = buildOsvRecord(record, 'PSF-2026-4').record;
    expect(built.affected![0]!.ranges![0]!.events).toEqual([
      { introduced: '25.0rc2' },
      { fixed: '25.0' },
      { introduced: '25.0' },
      { fixed: '25.0.1' },
    ]);
  });

  it('maps pip on PyPI: normalised name and purl, ECOSYSTEM ranges in version order, exact versions, a GIT range', () => {
    const { record, problems } = buildOsvRecord(pipRecord(), 'PSF-2026-4');
    expect(problems).toEqual([]);
    expect(record.aliases).toEqual(['CVE-2026-40002', 'GHSA-4xh5-x5gv-qwph']);
    expect(record.severity).toEqual([
      { type: 'CVSS_V4', score: V4 },
      { type: 'CVSS_V3', score: V31 },
    ]);
    expect(record.affected).toEqual([
      {
        package: { ecosystem: 'PyPI', name: 'pip', purl: 'pkg:pypi/pip' },
        versions: ['22.0.4'],
        ranges: [
          {
            type: 'ECOSYSTEM',
            events: [{ introduced: '0' }, { fixed: '24.3.2' }, { introduced: '25.0' }, { fixed: '25.2.1' }],
          },
          { type: 'ECOSYSTEM', events: [{ introduced: '23.1' }, { last_affected: '23.1.9' }] },
          {
            type: 'GIT',
            repo: 'https://github.com/pypa/pip',
            events: [{ introduced: '0' }, { fixed: 'b'.repeat(40) }],
          },
        ],
      },
    ]);
    expect(validateOsvRecord(record)).toEqual([]);
  });

  it('keeps every CWE id (the misspelt cwdId of the current generator loses them)', () => {
    const { record } = buildOsvRecord(cpythonRecord(), 'PSF-2026-3');
    expect(record.database_specific.cwe_ids).toEqual(['CWE-1333', 'CWE-400']);
    const bare = cpythonRecord();
    delete bare.containers.cna.problemTypes;
    expect(buildOsvRecord(bare, 'PSF-2026-3').record.database_specific).toEqual({ cwe_ids: [] });
  });

  it('warns about a short commit hash and a product with no range, and leaves them out', () => {
    const record = cpythonRecord();
    record.containers.cna.references = [{ url: 'https://github.com/python/cpython/commit/abc1234', tags: ['patch'] }];
    const built = buildOsvRecord(record, 'PSF-2026-3');
    expect(built.record.affected).toBeUndefined();
    expect(built.problems).toEqual([
      {
        severity: 'warning',
        cve: 'CVE-2026-40001',
        message:
          "CVE-2026-40001: the patch reference https://github.com/python/cpython/commit/abc1234 has a short commit hash; OSV needs the full hash: write the full commit URL in the record's references.",
      },
      {
        severity: 'warning',
        cve: 'CVE-2026-40001',
        message:
          "CVE-2026-40001: nothing says which versions of CPython are affected in OSV terms (no PyPI package, no fix commit): add the fix commits (https://github.com/python/cpython/commit/<full hash>) to the record's references tagged patch.",
      },
    ]);
    expect(validateOsvRecord(built.record)).toEqual([]);
  });

  it('has only the CVE as alias when the record carries no GHSA id', () => {
    const record = cpythonRecord();
    delete record.containers.cna.source;
    expect(buildOsvRecord(record, 'PSF-2026-3').record.aliases).toEqual(['CVE-2026-40001']);
  });

  it('normalises CVE times to RFC 3339 UTC', () => {
    expect(normalizeTimestamp('2026-10-02T14:30:00')).toBe('2026-10-02T14:30:00.000Z');
    expect(normalizeTimestamp('2026-10-02T16:30:00+02:00')).toBe('2026-10-02T14:30:00.000Z');
    expect(normalizeTimestamp('yesterday')).toBeUndefined();
  });
});

describe('OSV schema validation', () => {
  it('rejects what OSV rejects: an unregistered prefix, a short GIT hash, a broken CVSS vector, an unknown field', () => {
    const { record } = buildOsvRecord(cpythonRecord(), 'PSF-2026-3');
    expect(validateOsvRecord({ ...record, id: 'XYZ-2026-1' }).join('\n')).toContain('/id');
    const shortHash = structuredClone(record);
    shortHash.affected![0]!.ranges![0]!.events = [{ introduced: '0' }, { fixed: 'abc1234' }];
    expect(validateOsvRecord(shortHash).join('\n')).toContain('/affected/0/ranges/0/events/1');
    expect(
      validateOsvRecord({ ...record, severity: [{ type: 'CVSS_V4', score: 'CVSS:4.0/AV:N' }] }).join('\n'),
    ).toContain('/severity/0/score');
    expect(validateOsvRecord({ ...record, cwe_ids: [] })).toEqual(['the record: unknown field "cwe_ids"']);
  });
});

describe('PSF ids', () => {
  it('gives new records the next number of their publication year, never reusing one, in publication order', () => {
    const records = [
      cpythonRecord({ cveId: 'CVE-2026-40010', datePublished: '2026-12-01T00:00:00Z' }),
      cpythonRecord({ cveId: 'CVE-2026-40011', datePublished: '2026-11-01T00:00:00Z' }),
      cpythonRecord({ cveId: 'CVE-2025-9999', datePublished: '2027-01-02T00:00:00Z' }),
      cpythonRecord({ cveId: 'CVE-2026-40001' }),
      cpythonRecord({ cveId: 'CVE-2026-40012', datePublished: '' }),
      cpythonRecord({ cveId: 'CVE-2026-40013', state: 'REJECTED' }),
    ];
    // PSF-2026-2 was given to a record since removed: 3 is the next, 2 stays unused.
    const ids = { 'CVE-2026-40001': 'PSF-2026-1', 'CVE-2026-30000': 'PSF-2026-2' };
    const { ids: out, added } = assignOsvIds(ids, records);
    expect(added).toEqual([
      { cve: 'CVE-2026-40011', id: 'PSF-2026-3' },
      { cve: 'CVE-2026-40010', id: 'PSF-2026-4' },
      { cve: 'CVE-2025-9999', id: 'PSF-2027-1' },
    ]);
    expect(out['CVE-2026-40001']).toBe('PSF-2026-1');
    expect(out['CVE-2026-40012']).toBeUndefined();
    expect(out['CVE-2026-40013']).toBeUndefined();
    expect(assignOsvIds(out, records).added).toEqual([]);
  });

  it('writes the map as YAML in id order, and reads it back the same', () => {
    const ids = { 'CVE-2026-1002': 'PSF-2026-10', 'CVE-2026-1001': 'PSF-2026-9', 'CVE-2025-1001': 'PSF-2025-1' };
    const text = renderOsvIdMap(ids);
    expect(text.split('\n').filter((l) => !l.startsWith('#'))).toEqual([
      'CVE-2025-1001: PSF-2025-1',
      'CVE-2026-1001: PSF-2026-9',
      'CVE-2026-1002: PSF-2026-10',
      '',
    ]);
    expect(readOsvIdMap(parse(text))).toEqual({ ids, problems: [] });
    expect(readOsvIdMap(parse(renderOsvIdMap({})))).toEqual({ ids: {}, problems: [] });
  });

  it('refuses a map that gives one id twice or holds something else', () => {
    const { ids, problems } = readOsvIdMap({
      'CVE-2026-1001': 'PSF-2026-1',
      'CVE-2026-1002': 'PSF-2026-1',
      'not-a-cve': 'PSF-2026-2',
      'CVE-2026-1003': 'GHSA-xxxx',
    });
    expect(ids).toEqual({ 'CVE-2026-1001': 'PSF-2026-1' });
    expect(problems).toEqual([
      'records/osv-ids.yaml: PSF-2026-1 is given to both CVE-2026-1001 and CVE-2026-1002; an id names one record.',
      'records/osv-ids.yaml: "not-a-cve" is not a CVE id.',
      'records/osv-ids.yaml: CVE-2026-1003 maps to "GHSA-xxxx", not to an id like PSF-2026-1.',
    ]);
    expect(readOsvIdMap(['CVE-2026-1001']).problems).toHaveLength(1);
  });
});

describe('the export', () => {
  it('writes one valid file per published record and the same bytes on a second run', () => {
    const records = [pipRecord(), cpythonRecord(), cpythonRecord({ cveId: 'CVE-2026-40099', datePublished: '' })];
    const first = exportOsvRecords(records, { 'CVE-2025-1001': 'PSF-2026-7' });
    expect(first.problems).toEqual([]);
    expect(first.added).toEqual([
      { cve: 'CVE-2026-40001', id: 'PSF-2026-8' },
      { cve: 'CVE-2026-40002', id: 'PSF-2026-9' },
    ]);
    expect(first.files.map((f) => f.fileName)).toEqual(['PSF-2026-8.json', 'PSF-2026-9.json']);
    expect(first.unpublished).toEqual(['CVE-2026-40099']);
    for (const file of first.files) expect(validateOsvRecord(JSON.parse(file.json))).toEqual([]);

    const second = exportOsvRecords([...records].reverse(), first.ids);
    expect(second.added).toEqual([]);
    expect(second.ids).toEqual(first.ids);
    expect(second.files).toEqual(first.files);
    expect(renderOsvIdMap(second.ids)).toBe(renderOsvIdMap(first.ids));
  });

  it('writes no file for a record that fails the schema, and says why', () => {
    const broken = cpythonRecord();
    broken.containers.cna.metrics = [
      { cvssV4_0: { version: '4.0', vectorString: 'CVSS:4.0/AV:N', baseScore: 0, baseSeverity: 'NONE' } },
    ];
    const result = exportOsvRecords([broken], {});
    expect(result.files).toEqual([]);
    expect(result.added).toEqual([{ cve: 'CVE-2026-40001', id: 'PSF-2026-1' }]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ severity: 'error', cve: 'CVE-2026-40001' });
    expect(result.problems[0]!.message).toMatch(
      /^CVE-2026-40001 \(PSF-2026-1\) fails OSV's schema at \/severity\/0\/score/,
    );
  });
});
