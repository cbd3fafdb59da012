// `psrt osv` on a work directory holding the fixture roster and policy and a records/ directory of synthetic
// PSF CVE records: one OSV file per published PSF record, valid against OSV's own schema (compiled here,
// apart from the tool's validator), CWE ids kept, ids written back to records/osv-ids.yaml and never
// renumbered, byte-identical output on a second run (which plans nothing), a dry run that writes nothing,
// and a bad record that stops the whole export before any write.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../../actions/lib/entry/cli.js';
import type { CveRecord } from '../../actions/lib/domain/cve/types.js';
import { FIXTURE_NOW, ROOT, workdir } from '../support/psrt.js';

const PSF_ORG = '28c92f92-d60d-412d-b760-e73465c3df22';
const OTHER_ORG = 'b3476cb9-2e3d-41a6-98d0-0f47421a65b6';
const SHA = 'c0ffee0123456789abcdef0123456789abcdef01';

const osvSchema = JSON.parse(readFileSync(join(ROOT, 'config/osv/osv-schema.json'), 'utf8')) as object;
const ajv = new Ajv2020({ allErrors: true, strict: false });
(addFormats as unknown as { default: (a: Ajv2020) => void }).default(ajv);
const validateOsv = ajv.compile(osvSchema);

async function osv(cwd: string, args: string[] = []): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(['osv', ...args], {
    out: (t) => (out += t),
    err: (t) => (err += t),
    env: { PSRT_NOW: FIXTURE_NOW },
    cwd,
  });
  return { code, out, err };
}

function cveRecord(
  cve: string,
  over: {
    published?: string;
    state?: 'PUBLISHED' | 'REJECTED';
    org?: string;
    ghsa?: string;
    cwes?: string[];
    pypi?: boolean;
  } = {},
): CveRecord {
  const org = over.org ?? PSF_ORG;
  const pypi = over.pypi === true;
  return {
    dataType: 'CVE_RECORD',
    dataVersion: '5.2',
    cveMetadata: {
      cveId: cve,
      assignerOrgId: org,
      assignerShortName: 'PSF',
      state: over.state ?? 'PUBLISHED',
      dateReserved: '2026-01-10T10:00:00.000Z',
      ...(over.state === 'REJECTED' ? {} : { datePublished: over.published ?? '2026-03-01T12:00:00.000Z' }),
      dateUpdated: over.published ?? '2026-03-01T12:00:00.000Z',
    },
    containers: {
      cna: {
        providerMetadata: { orgId: org, shortName: 'PSF' },
        title: `Synthetic vulnerability ${cve}`,
        descriptions: [{ lang: 'en', value: `A synthetic description of ${cve}.` }],
        affected: [
          pypi
            ? {
                vendor: 'Pip maintainers',
                product: 'pip',
                repo: 'https://github.com/pypa/pip',
                collectionURL: 'https://pypi.org',
                packageName: 'pip',
                defaultStatus: 'unaffected',
                versions: [{ version: '0', lessThan: '26.0.1', status: 'affected', versionType: 'python' }],
              }
            : {
                vendor: 'Python Software Foundation',
                product: 'CPython',
                repo: 'https://github.com/python/cpython',
                defaultStatus: 'unaffected',
                versions: [{ version: '0', lessThan: '3.14.3', status: 'affected', versionType: 'python' }],
              },
        ],
        problemTypes: (over.cwes ?? ['CWE-93']).map((cweId) => ({
          descriptions: [{ lang: 'en', type: 'CWE', cweId, description: `${cweId} synthetic` }],
        })),
        metrics: [
          {
            format: 'CVSS',
            cvssV4_0: {
              version: '4.0',
              vectorString: 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:L/VA:N/SC:N/SI:N/SA:N',
              baseScore: 6.9,
              baseSeverity: 'MEDIUM',
            },
          },
        ],
        credits: [{ lang: 'en', type: 'coordinator', value: 'Wren Field (https://github.com/wrenfield)' }],
        references: [
          {
            url: 'https://mail.python.org/archives/list/security-announce@python.org/thread/SYNTHETIC/',
            tags: ['vendor-advisory'],
          },
          {
            url: pypi ? `https://github.com/pypa/pip/commit/${SHA}` : `https://github.com/python/cpython/commit/${SHA}`,
            tags: ['patch'],
          },
          { url: 'https://github.com/python/cpython/issues/140000', tags: ['issue-tracking'] },
        ],
        ...(over.ghsa ? { source: { discovery: 'UNKNOWN', advisory: over.ghsa } } : {}),
      },
    },
  } as CveRecord;
}

function writeRecords(dir: string, records: CveRecord[]): void {
  mkdirSync(join(dir, 'records'), { recursive: true });
  writeFileSync(
    join(dir, 'records/osv-ids.yaml'),
    readFileSync(join(ROOT, 'test/fixtures/records/osv-ids.yaml'), 'utf8'),
  );
  for (const r of records)
    writeFileSync(join(dir, 'records', `${r.cveMetadata.cveId}.json`), `${JSON.stringify(r, null, 2)}\n`);
}

function outputs(dir: string): Record<string, string> {
  const out = join(dir, 'osv');
  if (!existsSync(out)) return {};
  return Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f), 'utf8')]));
}

describe('psrt osv', () => {
  it('writes one valid OSV record per published PSF record, CWE ids kept, ids recorded; a second run is identical', async () => {
    const dir = workdir();
    writeRecords(dir, [
      cveRecord('CVE-2026-0865', { published: '2026-01-20T14:00:00Z', ghsa: 'GHSA-j4w9-6p2x-c8mr' }),
      cveRecord('CVE-2026-1703', { published: '2026-02-10T10:00:00Z', pypi: true, cwes: ['CWE-295', 'CWE-20'] }),
      cveRecord('CVE-2026-3112', { state: 'REJECTED' }),
      cveRecord('CVE-2026-9999', { org: OTHER_ORG }),
    ]);

    const first = await osv(dir);
    expect(first.code, first.out + first.err).toBe(0);
    const files = outputs(dir);
    expect(Object.keys(files).sort()).toEqual(['PSF-2026-1.json', 'PSF-2026-2.json']);
    for (const [name, text] of Object.entries(files)) {
      const record = JSON.parse(text) as { id: string };
      expect(validateOsv(record), `${name}: ${JSON.stringify(validateOsv.errors)}`).toBe(true);
      expect(`${record.id}.json`).toBe(name);
    }
    const cpython = JSON.parse(files['PSF-2026-1.json']!) as Record<string, unknown>;
    expect(cpython.aliases).toEqual(['CVE-2026-0865', 'GHSA-j4w9-6p2x-c8mr']);
    expect(cpython.database_specific).toEqual({ cwe_ids: ['CWE-93'] });
    expect(cpython.affected).toEqual([
      {
        ranges: [
          { type: 'GIT', repo: 'https://github.com/python/cpython', events: [{ introduced: '0' }, { fixed: SHA }] },
        ],
      },
    ]);
    const pip = JSON.parse(files['PSF-2026-2.json']!) as Record<string, unknown>;
    expect(pip.database_specific).toEqual({ cwe_ids: ['CWE-295', 'CWE-20'] });
    expect((pip.affected as { package: unknown }[])[0]!.package).toEqual({
      ecosystem: 'PyPI',
      name: 'pip',
      purl: 'pkg:pypi/pip',
    });
    expect(parse(readFileSync(join(dir, 'records/osv-ids.yaml'), 'utf8'))).toEqual({
      'CVE-2026-0865': 'PSF-2026-1',
      'CVE-2026-1703': 'PSF-2026-2',
    });
    expect(first.out).toContain("Left out, not the PSF's");
    expect(first.out).toContain('Not published at CVE.org, no OSV record: CVE-2026-3112');

    const idMap = readFileSync(join(dir, 'records/osv-ids.yaml'), 'utf8');
    const second = await osv(dir);
    expect(second.code).toBe(0);
    expect(second.out).toContain('all up to date; nothing to change');
    expect(outputs(dir)).toEqual(files);
    expect(readFileSync(join(dir, 'records/osv-ids.yaml'), 'utf8')).toBe(idMap);
  });

  it('never renumbers: a record published earlier but exported later gets the next free id', async () => {
    const dir = workdir();
    writeRecords(dir, [cveRecord('CVE-2026-1703', { published: '2026-02-10T10:00:00Z' })]);
    expect((await osv(dir)).code).toBe(0);
    writeFileSync(
      join(dir, 'records/CVE-2026-0865.json'),
      JSON.stringify(cveRecord('CVE-2026-0865', { published: '2026-01-20T14:00:00Z' })),
    );
    const run = await osv(dir);
    expect(run.code, run.out + run.err).toBe(0);
    expect(parse(readFileSync(join(dir, 'records/osv-ids.yaml'), 'utf8'))).toEqual({
      'CVE-2026-1703': 'PSF-2026-1',
      'CVE-2026-0865': 'PSF-2026-2',
    });
    expect(run.out).toContain('CVE-2026-0865 → PSF-2026-2');
  });

  it('--dry-run prints what would be written and writes nothing', async () => {
    const dir = workdir();
    writeRecords(dir, [cveRecord('CVE-2026-0865')]);
    const before = readFileSync(join(dir, 'records/osv-ids.yaml'), 'utf8');
    const run = await osv(dir, ['--dry-run', '--out', 'osv']);
    expect(run.code).toBe(0);
    expect(run.out).toContain('+ osv/PSF-2026-1.json (CVE-2026-0865, new)');
    expect(run.out).toContain('Dry run: nothing written');
    expect(outputs(dir)).toEqual({});
    expect(readFileSync(join(dir, 'records/osv-ids.yaml'), 'utf8')).toBe(before);
  });

  it('writes nothing at all when one record cannot be read, and names the file', async () => {
    const dir = workdir();
    writeRecords(dir, [cveRecord('CVE-2026-0865')]);
    writeFileSync(join(dir, 'records/CVE-2026-0866.json'), '{ "dataType": "CVE_RECORD", ');
    const run = await osv(dir);
    expect(run.code).toBe(1);
    expect(run.out).toContain('records/CVE-2026-0866.json: not valid JSON');
    expect(run.out).toContain('nothing written');
    expect(outputs(dir)).toEqual({});
  });
});
