// `psrt audit --apply` when GitHub answers badly, against the simulator: any read that fails or is
// malformed stops the audit before planning (no report issue, no pruning PR, exit 1, the cause named);
// the ETag cache keeps no private-fork branch name, file path or text; a failure in the middle of the
// apply, or a write GitHub made whose answer was lost, is completed by the next run; two open report
// issues (two runs at once) are folded into one.
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../actions/lib/entry/cli.js';
import { parse } from 'yaml';
import type { Roster } from '../../actions/lib/domain/roster.js';
import type { FaultSpec } from '../sim/github/index.js';
import { FIXTURE_NOW, api, fileAt, fixtureWorld, psrt, startSim, workdir } from '../support/psrt.js';

const OPS = 'python/psrt-ops';
/** The fixture's inactive members: nobody else may ever be proposed for emeritus. */
const INACTIVE = [
  'AB-Kestrel',
  'hollis',
  'bramvos',
  'thorn',
  'JonahTea',
  'ravisen',
  'nebula7',
  'larkspur',
  'pmcardle',
  'Tv0k',
  'tam-two',
  'wallacew',
];
type Sim = Awaited<ReturnType<typeof startSim>>;

interface Pull {
  number: number;
  body: string;
  head: { sha: string };
  labels: { name: string }[];
  requested_teams: { slug: string }[];
}
interface Issue {
  number: number;
  title: string;
  body: string;
  state: string;
  pull_request?: unknown;
}

const prunePulls = (sim: Sim) => api<Pull[]>(sim, `/repos/${OPS}/pulls?state=open&head=python:psrt/prune-inactive`);
const reportIssues = async (sim: Sim, state = 'open') =>
  (await api<Issue[]>(sim, `/repos/${OPS}/issues?state=${state}&labels=activity-report`)).filter(
    (i) => !i.pull_request,
  );

/** The logins the open pruning PR moves to emeritus (none without a PR). */
async function proposed(sim: Sim): Promise<string[]> {
  const [pr] = await prunePulls(sim);
  if (!pr) return [];
  const before = new Set(
    (parse(await fileAt(sim, OPS, 'members.yaml', 'main')) as Roster).emeritus?.map((e) => e.login),
  );
  const after = parse(await fileAt(sim, OPS, 'members.yaml', pr.head.sha)) as Roster;
  return (after.emeritus ?? []).map((e) => e.login!).filter((l) => !before.has(l));
}

/** The pruning PR is complete: it moves exactly the inactive members, carries its label and asks the SC. */
async function expectCompletePrunePr(sim: Sim): Promise<void> {
  const pulls = await prunePulls(sim);
  expect(pulls).toHaveLength(1);
  expect(pulls[0]!.labels.map((l) => l.name)).toEqual(['pruning']);
  expect(pulls[0]!.requested_teams.map((t) => t.slug)).toEqual(['steering-council']);
  expect((await proposed(sim)).sort()).toEqual([...INACTIVE].sort());
  const issues = await reportIssues(sim);
  expect(issues).toHaveLength(1);
  expect(pulls[0]!.body).toContain(`Report: #${issues[0]!.number}.`);
}

/** A run after the fault is gone completes everything; the one after it writes nothing. */
async function expectConvergence(sim: Sim): Promise<void> {
  sim.clearFaults();
  const next = await psrt(sim, ['audit', '--apply']);
  expect(next.err).not.toContain('error');
  expect(next.code).toBe(0);
  await expectCompletePrunePr(sim);
  sim.resetStats();
  const again = await psrt(sim, ['audit', '--apply']);
  expect(again.code).toBe(0);
  expect(again.out).toContain('nothing to change');
  expect(sim.stats().writes).toBe(0);
}

describe('audit with a read that fails stops before planning', () => {
  const cases: { name: string; fault: FaultSpec; says: RegExp }[] = [
    {
      name: "a secondary rate limit (403, retry-after) on a private fork's reviews",
      fault: {
        method: 'GET',
        route: '/repos/python/cpython-ghsa-*/pulls/*/reviews',
        status: 403,
        headers: { 'retry-after': '1' },
        count: 99,
      },
      says: /could not read the private fork of GHSA(?:-[a-z0-9]{4}){3}: GitHub's secondary rate limit stopped it \(retry after 1 s\)/,
    },
    {
      name: 'a 404 on the release-managers team',
      fault: { method: 'GET', route: '/orgs/python/teams/release-managers/members', status: 404, count: 99 },
      says: /could not read the team python\/release-managers \(it proves an exempt role\): it does not exist, or the token cannot see it \(404\)/,
    },
    {
      name: "a 404 on pip's advisories",
      fault: { method: 'GET', route: '/repos/pypa/pip/security-advisories', status: 404, count: 99 },
      says: /could not read the advisories of pypa\/pip: it does not exist, or the token cannot see it \(404\)/,
    },
    {
      name: "{} for pip's advisories",
      fault: { method: 'GET', route: '/repos/pypa/pip/security-advisories', status: 200, body: {} },
      says: /could not read the advisories of pypa\/pip: a body that is not a list/,
    },
  ];
  for (const c of cases) {
    it(`${c.name}: exit 1, the cause named, no report issue, no pruning PR; the next run converges`, async () => {
      const sim = await startSim();
      sim.injectFault(c.fault);
      const run = await psrt(sim, ['audit', '--apply']);
      expect(run.code).toBe(1);
      expect(run.err).toMatch(c.says);
      expect(run.err).toContain('Nothing was changed');
      expect(run.err).not.toMatch(/missing permission|lacks a permission|unexpected failure/);
      expect(sim.stats().writes).toBe(0);
      expect(await reportIssues(sim)).toHaveLength(0);
      expect(await prunePulls(sim)).toHaveLength(0);
      await expectConvergence(sim);
    });
  }
});

describe('the audit cache', () => {
  it('keeps no private-fork branch name, file path or text, and serves a re-run', async () => {
    const world = fixtureWorld();
    const sim = await startSim(world);
    const cacheDir = mkdtempSync(join(tmpdir(), 'psrt-audit-cache-'));
    const first = await psrt(sim, ['audit'], { env: { PSRT_CACHE_DIR: cacheDir } });
    expect(first.code).toBe(0);
    const cache = readFileSync(join(cacheDir, 'audit.etags'), 'utf8');
    // It does hold the forks' activity (who, when, where), so the test can fail.
    expect(cache).toContain('cpython-ghsa-r2v8-hc5x-m4qf/pull/1');
    for (const secret of [
      'fix-array-overflow',
      'verify-record',
      'Modules/arraymodule.c',
      'src/pip/_internal/operations/install/wheel.py',
      'Use Py_ssize_t here.',
      'Please add a test.',
      'Check for overflow in array slice assignment',
    ])
      expect(cache).not.toContain(secret);
    for (const repo of world.repos!)
      for (const a of repo.advisories ?? []) {
        expect(cache).not.toContain(a.summary);
        if (a.description) expect(cache).not.toContain(a.description);
      }

    sim.resetStats();
    const again = await psrt(sim, ['audit'], { env: { PSRT_CACHE_DIR: cacheDir } });
    expect(again.code).toBe(0);
    expect(sim.stats().notModified).toBeGreaterThan(0);
    expect(again.out).toBe(first.out);
  });
});

describe('the pruning PR after a failure in the middle of the apply', () => {
  it('a label that failed to be added is added by the next run, with the review request', async () => {
    const sim = await startSim();
    sim.injectFault({ method: 'POST', route: '/repos/{owner}/{repo}/issues/{issue_number}/labels', status: 502 });
    const run = await psrt(sim, ['audit', '--apply']);
    expect(run.code).toBe(1);
    expect(run.err).toContain('GitHub answered 502');
    const [pr] = await prunePulls(sim);
    expect(pr!.labels).toEqual([]);
    expect(pr!.requested_teams).toEqual([]);
    await expectConvergence(sim);
  });

  it('a PR GitHub opened but whose answer was lost is found and completed, never opened twice', async () => {
    const sim = await startSim();
    sim.injectFault({ method: 'POST', route: '/repos/{owner}/{repo}/pulls', status: 502, afterCommit: true });
    const run = await psrt(sim, ['audit', '--apply']);
    expect(run.code).toBe(1);
    expect(run.err).toContain('GitHub answered 502');
    expect(await prunePulls(sim)).toHaveLength(1);
    await expectConvergence(sim);
  });
});

describe('one report issue', () => {
  it('a report issue GitHub opened but whose answer was lost is found by the next run, never opened twice', async () => {
    const sim = await startSim();
    sim.injectFault({ method: 'POST', route: '/repos/{owner}/{repo}/issues', status: 502, afterCommit: true });
    const run = await psrt(sim, ['audit', '--apply']);
    expect(run.code).toBe(1);
    expect(run.err).toContain('GitHub answered 502');
    expect(await reportIssues(sim)).toHaveLength(1);
    expect(await prunePulls(sim)).toHaveLength(0);
    await expectConvergence(sim);
  });

  it('two open report issues (two runs at once): the newer is closed with a comment, the older kept', async () => {
    const sim = await startSim();
    expect((await psrt(sim, ['audit', '--apply'])).code).toBe(0);
    const [kept] = await reportIssues(sim);
    // The second run's copy, written as the App writes it.
    const copy = await sim.fetch(`${sim.url}/repos/${OPS}/issues`, {
      method: 'POST',
      headers: { authorization: `token ${sim.tokens.app}`, 'content-type': 'application/json' },
      body: JSON.stringify({ title: kept!.title, body: kept!.body, labels: ['activity-report'] }),
    });
    expect(copy.status).toBe(201);
    const duplicate = ((await copy.json()) as { number: number }).number;

    const run = await psrt(sim, ['audit', '--apply']);
    expect(run.code).toBe(0);
    expect(run.out).toContain(`close the duplicate report issue #${duplicate}`);
    expect((await reportIssues(sim)).map((i) => i.number)).toEqual([kept!.number]);
    const closed = await api<{ body: string }[]>(sim, `/repos/${OPS}/issues/${duplicate}/comments`);
    expect(closed.map((c) => c.body).join('\n')).toContain(`duplicate of #${kept!.number}`);
    // The closed copy does not become the previous report: the window still starts at 2025-12-01.
    const next = await psrt(sim, ['audit', '--apply']);
    expect(next.out).toContain('activity from 2025-12-01');
    await expectConvergence(sim);
  });

  it("never closes a person's own issue that carries the label", async () => {
    const sim = await startSim();
    expect((await psrt(sim, ['audit', '--apply'])).code).toBe(0);
    const theirs = await sim.fetch(`${sim.url}/repos/${OPS}/issues`, {
      method: 'POST',
      headers: { authorization: `token ${sim.tokens.member}`, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Notes for the SC', body: 'My own notes.', labels: ['activity-report'] }),
    });
    expect(theirs.status).toBe(201);
    const run = await psrt(sim, ['audit', '--apply']);
    expect(run.code).toBe(0);
    expect(run.out).toContain('nothing to change');
    expect(await reportIssues(sim)).toHaveLength(2);
  });
});

/** A local port nothing listens on (one just freed). */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

describe('GitHub out of reach', () => {
  it('a refused connection is named as such, with what to check', async () => {
    let err = '';
    const code = await runCli(['audit', '--apply'], {
      out: () => {},
      err: (t) => (err += t),
      env: {
        GITHUB_TOKEN: 'ghs_notUsedAnywhere000000000000000000001',
        GITHUB_API_URL: `http://127.0.0.1:${await closedPort()}`,
        PSRT_FAST_WRITES: '1',
        PSRT_NOW: FIXTURE_NOW,
        PSRT_CACHE_DIR: mkdtempSync(join(tmpdir(), 'psrt-cache-')),
      },
      cwd: workdir(),
    });
    expect(code).toBe(1);
    expect(err).toContain(
      'could not read the report issues of python/psrt-ops: the connection was refused (check GITHUB_API_URL). Nothing was changed.',
    );
  });
});
