// `psrt intake` against the GitHub simulator: one draft advisory whose text holds no email address, one PR
// in the ops repository adding its report file (received, reporter with the email), the acknowledgement
// naming the advisory; the title and body never in the output; a second run creates nothing; a body holding
// an email address is refused before anything is read or written.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { ReportFile } from '../../actions/lib/domain/report-file.js';
import { api, fileAt, psrt, startSim, workdir } from '../support/psrt.js';

const OPS = 'python/psrt-ops';
const TITLE = 'Heap overflow in the embargoed frobnicator';
const BODY =
  'Calling frobnicate() with a 2 GiB buffer writes past its end.\n\nReproducer attached in the original email.\n';
const EMAIL_PATTERN = /[^\s@<>]+@[^\s@<>]+\.[A-Za-z]{2,}/;

interface Advisory {
  ghsa_id: string;
  state: string;
  summary: string;
  description: string;
  vulnerabilities: { package: { ecosystem: string; name: string } }[];
}
interface Pull {
  number: number;
  title: string;
  body: string;
  head: { ref: string; sha: string };
}
type Sim = Awaited<ReturnType<typeof startSim>>;

const drafts = async (sim: Sim, repo = 'python/cpython') =>
  (await api<Advisory[]>(sim, `/repos/${repo}/security-advisories?state=draft&per_page=100`)).filter(
    (a) => a.summary === TITLE,
  );

function intakeDir(body = BODY): string {
  const dir = workdir();
  writeFileSync(join(dir, 'report.txt'), body);
  return dir;
}

const intakeArgs = (...extra: string[]) => [
  'intake',
  '--repo',
  'python/cpython',
  '--title',
  TITLE,
  '--body-file',
  'report.txt',
  '--reporter',
  'Jane Doe <jane.doe@example.org>',
  '--received',
  '2026-11-20T09:15:00+01:00',
  ...extra,
];

describe('psrt intake', () => {
  it('creates one draft advisory without any email address and a PR adding its report file; a re-run creates nothing', async () => {
    const sim = await startSim();
    const cwd = intakeDir();
    const dry = await psrt(sim, intakeArgs('--dry-run'), { cwd });
    expect(dry.code).toBe(0);
    expect(dry.out).toContain(
      `+ create a draft advisory in python/cpython: title ${TITLE.length} characters, description ${BODY.length} characters`,
    );
    expect(dry.out).toContain('+  email: jane.doe@example.org');
    expect(sim.stats().writes).toBe(0);
    expect(await drafts(sim)).toEqual([]);

    const run = await psrt(sim, intakeArgs(), { cwd });
    expect(run.code).toBe(0);
    const created = await drafts(sim);
    expect(created).toHaveLength(1);
    const advisory = created[0]!;
    expect(advisory.state).toBe('draft');
    expect(advisory.description).toBe(BODY);
    expect(`${advisory.summary}\n${advisory.description}`).not.toMatch(EMAIL_PATTERN);
    expect(advisory.vulnerabilities.map((v) => v.package)).toEqual([{ ecosystem: 'other', name: 'CPython' }]);

    const ghsa = advisory.ghsa_id;
    const pulls = (await api<Pull[]>(sim, `/repos/${OPS}/pulls?state=open`)).filter(
      (p) => p.head.ref === `psrt/report/${ghsa}/intake`,
    );
    expect(pulls).toHaveLength(1);
    const report = parse(await fileAt(sim, OPS, `reports/${ghsa}.yaml`, pulls[0]!.head.sha)) as ReportFile;
    expect(report).toEqual({
      repo: 'python/cpython',
      ghsa,
      received: '2026-11-20T09:15:00+01:00',
      reporter: { name: 'Jane Doe', email: 'jane.doe@example.org', credit: true },
    });
    expect(pulls[0]!.body).not.toMatch(EMAIL_PATTERN);

    expect(run.out).toContain(`Advisory: ${ghsa}`);
    expect(run.out).toContain(`Pull request: https://github.com/${OPS}/pull/${pulls[0]!.number}`);
    expect(run.out).toContain(`Dear Jane Doe,\n\nThank you for reporting`);
    expect(run.out).toContain(`tracked privately as ${ghsa}`);
    for (const output of [dry.out, dry.err, run.out, run.err]) {
      expect(output).not.toContain(TITLE);
      expect(output).not.toContain('frobnicate');
    }

    const writes = sim.stats().writes;
    const again = await psrt(sim, intakeArgs(), { cwd });
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/^intake: nothing to change/);
    expect(again.out).toContain(`${ghsa} has this title and description`);
    expect(await drafts(sim)).toHaveLength(1);
    expect(sim.stats().writes).toBe(writes);
  });

  it("refuses a body or title holding an email address, the reporter's or any, before reading GitHub", async () => {
    const sim = await startSim();
    const own = await psrt(sim, intakeArgs(), { cwd: intakeDir(`${BODY}Write to jane.doe@example.org.\n`) });
    expect(own.code).toBe(1);
    expect(own.err).toBe(
      "psrt intake: report.txt holds the reporter's email address: it would reach the advisory, which is published later. Remove it; it goes only into the report file.\n",
    );
    const other = await psrt(sim, intakeArgs(), { cwd: intakeDir(`${BODY}cc: someone@python.org\n`) });
    expect(other.code).toBe(1);
    expect(other.err).toContain('report.txt holds an email address (line 4, column 5)');
    expect(other.err).not.toContain('someone@');
    expect(other.err).not.toContain('frobnicate');
    const future = await psrt(sim, [...intakeArgs().slice(0, -1), '2026-12-01T00:00:00Z'], { cwd: intakeDir() });
    expect([future.code, future.err]).toEqual([1, 'psrt intake: --received 2026-12-01T00:00:00Z is in the future.\n']);
    const badReporter = await psrt(sim, intakeArgs('--reporter', 'Jane Doe'), { cwd: intakeDir() });
    expect(badReporter.code).toBe(2);
    expect(sim.stats().requests).toBe(0);
  });

  it('sends pip as a PyPI package and records a reporter who does not want credit', async () => {
    const sim = await startSim();
    const args = intakeArgs('--no-credit').map((a) => (a === 'python/cpython' ? 'pypa/pip' : a));
    const run = await psrt(sim, args, { cwd: intakeDir() });
    expect(run.code).toBe(0);
    const [advisory] = await drafts(sim, 'pypa/pip');
    expect(advisory!.vulnerabilities.map((v) => v.package)).toEqual([{ ecosystem: 'pip', name: 'pip' }]);
    const [pull] = (await api<Pull[]>(sim, `/repos/${OPS}/pulls?state=open`)).filter(
      (p) => p.head.ref === `psrt/report/${advisory!.ghsa_id}/intake`,
    );
    const report = parse(await fileAt(sim, OPS, `reports/${advisory!.ghsa_id}.yaml`, pull!.head.sha)) as ReportFile;
    expect(report.reporter).toEqual({ name: 'Jane Doe', email: 'jane.doe@example.org', credit: false });
    expect(run.out).toContain('you will not be credited publicly');
  });
});
