// Report files (reports/GHSA-….yaml): a sound file loads, every malformed one gets its rule at the
// exact line and column (a corpus like the roster's: `# expect: <rule> <line>:<col>`), `psrt validate`
// checks them beside members.yaml, and automated edits keep comments and untouched bytes.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadReportFiles, parseReportText } from '../../actions/lib/config/report-files.js';
import type { Policy } from '../../actions/lib/domain/policy.js';
import { newReportText, removeGrant, setGrant, setInReport } from '../../actions/lib/domain/report-edit.js';
import { fixtureSource } from '../support/fixtures.js';
import { runCli } from '../../actions/lib/entry/cli.js';
import { workdir } from '../support/psrt.js';

async function validate(cwd: string): Promise<{ code: number; err: string }> {
  let err = '';
  const code = await runCli(['validate'], {
    out: () => {},
    err: (t) => (err += t),
    env: { PSRT_NOW: NOW.toISOString() },
    cwd,
  });
  return { code, err };
}

const NOW = new Date('2026-11-26T12:00:00Z');
const POLICY = parse(Buffer.from(fixtureSource('policy.yaml').bytes).toString('utf8')) as Policy;
const CORPUS = join(import.meta.dirname, '../fixtures/bad-reports');

const GOOD = `# Expert access and the CVE record's inputs for one report.
repo: python/cpython
ghsa: GHSA-2222-3333-4444
received: 2026-10-01T09:00:00Z
reporter:
  name: Jane Doe
  email: jane@example.org
  credit: true
access:
  # asked for by the coordinator
  - login: expert
    reason: asyncio internals
    until: 2026-12-31
exploited:
  aware_at: 2026-11-02T15:30:00+01:00
  source: vendor telemetry
record:
  announcement: https://mail.python.org/archives/list/security-announce@python.org/thread/ABC/
  references:
    - url: https://github.com/python/cpython/pull/1
      tags: [patch]
  names:
    octocat: The Octocat
  credits:
    - name: Jane Doe
      type: reporter
  date_public: 2026-11-20
`;

describe('report files', () => {
  it('loads a sound file', () => {
    const r = parseReportText('reports/GHSA-2222-3333-4444.yaml', GOOD, POLICY, NOW);
    expect(r.diagnostics).toEqual([]);
    expect(r.report?.access?.[0]).toEqual({ login: 'expert', reason: 'asyncio internals', until: '2026-12-31' });
  });

  const cases = readdirSync(CORPUS).sort();
  it('has a corpus of malformed files', () => expect(cases.length).toBeGreaterThanOrEqual(10));
  for (const name of cases) {
    it(`refuses ${name} at the right line`, () => {
      const [file] = readdirSync(join(CORPUS, name));
      const text = readFileSync(join(CORPUS, name, file!), 'utf8');
      const expected = [...text.matchAll(/^# expect: (.*)$/gm)].map((m) => m[1]!);
      const r = parseReportText(`reports/${file}`, text, POLICY, NOW);
      expect(r.report).toBeUndefined();
      const got = r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.rule} ${d.line}:${d.column}`);
      expect(got.sort()).toEqual(expected.sort());
      for (const d of r.diagnostics) expect(d.file).toBe(`reports/${file}`);
    });
  }

  it('psrt validate checks reports/ beside members.yaml and fails at file:line:col', async () => {
    const dir = workdir();
    mkdirSync(join(dir, 'reports'));
    writeFileSync(join(dir, 'reports/GHSA-2222-3333-4444.yaml'), GOOD);
    const ok = await validate(dir);
    expect(ok.code).toBe(0);
    writeFileSync(
      join(dir, 'reports/GHSA-2222-3333-4445.yaml'),
      GOOD.replace('ghsa: GHSA-2222-3333-4444', 'ghsa: GHSA-2222-3333-4445').replace(
        'until: 2026-12-31',
        'until: 2026-13-01',
      ),
    );
    const bad = await validate(dir);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('reports/GHSA-2222-3333-4445.yaml:13:12: error [date-invalid]');
  });

  it('loads none from a missing directory and refuses a stray file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'psrt-reports-'));
    expect((await loadReportFiles(join(dir, 'reports'), 'reports', POLICY, NOW)).reports.size).toBe(0);
    mkdirSync(join(dir, 'reports'));
    writeFileSync(join(dir, 'reports', 'notes.yaml'), 'x: 1\n');
    const r = await loadReportFiles(join(dir, 'reports'), 'reports', POLICY, NOW);
    expect(r.diagnostics.map((d) => d.rule)).toEqual(['report-file-name']);
  });
});

describe('editing report files', () => {
  it('adds, replaces and removes grants, keeping comments and untouched lines', () => {
    const added = setGrant(GOOD, { login: 'second', reason: 'parser expert', until: '2027-01-15' });
    expect(added).toContain('  # asked for by the coordinator\n  - login: expert');
    expect(added).toContain('  - login: second\n    reason: parser expert\n    until: 2027-01-15');
    const replaced = setGrant(added, { login: 'EXPERT', reason: 'still needed', until: '2027-02-01' });
    expect(replaced).toContain('  - login: expert\n    reason: still needed\n    until: 2027-02-01');
    const removed = removeGrant(removeGrant(replaced, 'expert'), 'second');
    expect(removed).not.toContain('access:');
    expect(removed.replace(/\n/g, '')).toContain('# Expert access and the CVE record');
  });

  it('sets nested values and writes new files that load', () => {
    const text = setInReport(GOOD, ['record', 'announcement'], {
      url: 'https://mail.python.org/archives/list/security-announce@python.org/thread/ABC/',
      message_id: '<psrt.1@python.org>',
    });
    expect(parseReportText('reports/GHSA-2222-3333-4444.yaml', text, POLICY, NOW).diagnostics).toEqual([]);
    const fresh = newReportText(
      { repo: 'python/cpython', ghsa: 'GHSA-2222-3333-4446', received: '2026-11-01' },
      'Taken in by email.',
    );
    expect(fresh.startsWith('# Taken in by email.\nrepo: python/cpython\n')).toBe(true);
    expect(parseReportText('reports/GHSA-2222-3333-4446.yaml', fresh, POLICY, NOW).report?.received).toBe('2026-11-01');
  });
});
