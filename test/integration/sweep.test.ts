// The report desk end to end: `psrt sweep` against the GitHub simulator (and the CVE Services
// simulator) on the fixture world, the way a terminal or the hourly workflow runs it.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CveSim } from '../sim/cve/index.js';
import type { GitHubSim } from '../sim/github/index.js';
import type { World, WorldAdvisory, WorldIssue, WorldPull } from '../sim/world/index.js';
import { deskReportFiles } from '../sim/world/psrt/index.js';
import { FIXTURE_NOW, fileAt, fixtureConfig, fixtureWorld, psrt, startSim, workdir } from '../support/psrt.js';

const OPS = 'python/psrt-ops';
const TAGS = /\[\s*(ACCEPTED|CLOSED|INVALID|DUPLICATE|COMPLETED|EXPLOITED)\s*\]/i;

/** A work directory with the fixture roster and policy (edited) and the world's report files. */
function deskWorkdir(edit: { policy?: (text: string) => string } = {}): string {
  const dir = workdir(edit);
  mkdirSync(join(dir, 'reports'));
  for (const [path, text] of Object.entries(deskReportFiles())) writeFileSync(join(dir, path), text);
  return dir;
}

/** `psrt sweep …` with the simulator's clock and PSRT_NOW at `at`. */
async function sweep(
  sim: GitHubSim,
  dir: string,
  args: string[] = ['--apply'],
  opts: { at?: string; env?: Record<string, string> } = {},
) {
  const at = opts.at ?? FIXTURE_NOW;
  sim.setNow(new Date(at));
  return psrt(sim, ['sweep', ...args], { cwd: dir, env: { PSRT_NOW: at, ...opts.env } });
}

async function fetchJson<T>(sim: GitHubSim, path: string): Promise<T> {
  const r = await sim.fetch(`${sim.url}${path}`, { headers: { authorization: `token ${sim.tokens.app}` } });
  expect(r.status).toBe(200);
  return (await r.json()) as T;
}

function headRef(head: WorldPull['head']): string {
  return typeof head === 'string' ? head : head.ref;
}

function advisories(world: World): WorldAdvisory[] {
  return (world.repos ?? []).flatMap((r) => r.advisories ?? []);
}

function advisory(world: World, ghsa: string): WorldAdvisory {
  const a = advisories(world).find((x) => x.ghsa_id === ghsa);
  if (!a) throw new Error(`no advisory ${ghsa}`);
  return a;
}

function opsIssues(world: World): WorldIssue[] {
  return world.repos!.find((r) => r.full_name === OPS)!.issues ?? [];
}

function dashboards(world: World, state?: 'open' | 'closed'): WorldIssue[] {
  return opsIssues(world).filter(
    (i) =>
      (i.labels ?? []).some((l) => (typeof l === 'string' ? l : l.name) === 'psrt-dashboard') &&
      (state === undefined || (i.state ?? 'open') === state),
  );
}

/** Every reminder comment on the dashboard, oldest first. */
function reminders(world: World): string[] {
  return dashboards(world).flatMap((i) => (i.comments ?? []).map((c) => c.body));
}

const roster = fixtureConfig().members;
const rosterLogins = new Set([...roster.matchAll(/^ {4}login: (\S+)/gm)].map((m) => m[1]!.toLowerCase()));
/** Logins the fixture roster gives the release-manager or steering-council role. */
const rmOrSc = new Set(
  [...roster.matchAll(/^ {4}login: (\S+)\n(?: {4}(?!login).*\n)*? {4}roles: \[([^\]]*)\]/gm)]
    .filter((m) => /release-manager|steering-council/.test(m[2]!))
    .map((m) => m[1]!.toLowerCase()),
);

describe('psrt sweep on the fixture world (issue 11)', () => {
  it('plans without writing; --apply gives each idle report one coordinator, acts on every tag, keeps one pinned dashboard; a second --apply writes nothing', async () => {
    const sim = await startSim(fixtureWorld());
    const dir = deskWorkdir();
    const before = sim.snapshot();

    const dry = await sweep(sim, dir, []);
    expect(dry.err).toBe('');
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('Dry run: nothing was changed');
    expect(sim.stats().writes).toBe(0);

    const applied = await sweep(sim, dir);
    expect(applied.err).toBe('');
    expect(applied.code).toBe(0);
    expect(applied.out).toMatch(/^Sweep applied \d+ changes/);
    const world = sim.snapshot();

    // Every open report received at least 3 days ago has exactly one coordinator.
    const now = Date.parse(FIXTURE_NOW);
    const open = advisories(world).filter((a) => a.state === 'triage' || a.state === 'draft');
    for (const a of open) {
      const coordinators = (a.credits ?? []).filter((c) => c.type === 'coordinator' && c.state !== 'declined');
      if (now - Date.parse(a.created_at!) >= 3 * 86_400_000) expect(coordinators, a.ghsa_id).toHaveLength(1);
    }
    // The ones the sweep assigned: roster members, neither release manager nor Steering Council, in turn.
    const assigned = open.flatMap((a) => {
      const had = advisory(before, a.ghsa_id!).credits ?? [];
      return (a.credits ?? []).filter((c) => c.type === 'coordinator' && !had.some((h) => h.login === c.login));
    });
    expect(assigned).toHaveLength(3);
    expect(new Set(assigned.map((c) => c.login)).size).toBe(3);
    for (const c of assigned) {
      expect(rosterLogins.has(c.login.toLowerCase()), c.login).toBe(true);
      expect(rmOrSc.has(c.login.toLowerCase()), c.login).toBe(false);
    }
    // Every tag acted on and gone from the title, the title otherwise kept.
    for (const a of advisories(world))
      if (a.state === 'triage' || a.state === 'draft') expect(a.summary).not.toMatch(TAGS);
    expect(advisory(world, 'GHSA-3m7q-wx2c-9vhp')).toMatchObject({
      state: 'draft',
      summary: 'Buffer over-read in binascii.a2b_qp with a trailing soft line break',
    });
    for (const ghsa of ['GHSA-5q2w-cm8x-h3vf', 'GHSA-7v9c-2hqm-wx4r', 'GHSA-9h4x-q2mv-c7wf', 'GHSA-c2r8-vq5m-3xhw']) {
      expect(advisory(world, ghsa).state, ghsa).toBe('closed');
      expect(advisory(world, ghsa).summary, ghsa).not.toMatch(TAGS);
    }
    expect(advisory(world, 'GHSA-9h4x-q2mv-c7wf').summary).toBe('tarfile filter bypass through hard links');
    for (const ghsa of ['GHSA-3m7q-wx2c-9vhp', 'GHSA-w8h2-c4xq-5mr9', 'GHSA-j8v3-5hqx-w2cm'])
      expect(advisory(world, ghsa).private_fork, ghsa).toBeTruthy();
    // A new report got the PSRT's access in the same sweep.
    expect(advisory(world, 'GHSA-c5p8-j2wq-h9mx').collaborating_teams).toContain('psrt');
    // One dashboard, labelled and pinned, with one reminder comment.
    const boards = dashboards(world);
    expect(boards).toHaveLength(1);
    expect(boards[0]).toMatchObject({ title: 'PSRT report desk', pinned: true });
    expect(boards[0]!.comments ?? []).toHaveLength(1);
    expect(boards[0]!.body).toContain('| Report | Title | State | Coordinator | Age | Days left | CVE | Next action |');
    expect(applied.out).toContain(`dashboard: https://github.com/${OPS}/issues/`);

    sim.resetStats();
    const again = await sweep(sim, dir);
    expect(again.code).toBe(0);
    expect(again.out.split('\n')[0]).toBe('Sweep: nothing to change');
    expect(sim.stats().writes).toBe(0);
  });

  it('refuses with zero writes when the ops repo is public', async () => {
    const world = fixtureWorld();
    world.repos!.find((r) => r.full_name === OPS)!.private = false;
    const sim = await startSim(world);
    const r = await sweep(sim, deskWorkdir());
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/ops-repo-private: TRIPPED \(python\/psrt-ops is not private/);
    expect(sim.stats().writes).toBe(0);
  });

  it('never lets an advisory description into any output, comment, summary, memory or cache file, nor a title into the terminal', async () => {
    const world = fixtureWorld();
    const sim = await startSim(world);
    const dir = deskWorkdir();
    const cache = mkdtempSync(join(tmpdir(), 'psrt-sweep-cache-'));
    const env = { PSRT_CACHE_DIR: cache };
    const outputs = [
      await sweep(sim, dir, ['--markdown'], { env }),
      await sweep(sim, dir, ['--apply', '--markdown'], { env }),
      await sweep(sim, dir, ['--apply'], { env, at: '2026-12-20T12:00:00Z' }),
    ];
    const after = sim.snapshot();
    const written = [
      ...outputs.flatMap((o) => [o.out, o.err]),
      ...opsIssues(after).flatMap((i) => [i.title, i.body ?? '', ...(i.comments ?? []).map((c) => c.body)]),
      ...(after.repos!.find((r) => r.full_name === OPS)!.pulls ?? []).map((p) => `${p.title}\n${p.body ?? ''}`),
      await fileAt(sim, OPS, 'desk-state.json', 'psrt/desk-state'),
      ...readdirSync(cache).map((f) => readFileSync(join(cache, f), 'utf8')),
    ].join('\n');
    const descriptions = advisories(world)
      .map((a) => a.description ?? '')
      .filter((d) => d.length > 10);
    expect(descriptions.length).toBeGreaterThan(10);
    for (const d of descriptions) expect(written, d).not.toContain(d);
    // Titles appear on the private dashboard only: never in a terminal, the memory or the cache.
    const private_ = [
      ...outputs.flatMap((o) => [o.out, o.err]),
      await fileAt(sim, OPS, 'desk-state.json', 'psrt/desk-state'),
      ...readdirSync(cache).map((f) => readFileSync(join(cache, f), 'utf8')),
    ].join('\n');
    for (const a of advisories(world)) expect(private_, a.summary).not.toContain(a.summary.replace(TAGS, '').trim());
    expect(dashboards(after)[0]!.body).toContain('Integer overflow in array.array slice assignment');
  });

  it('folds a second dashboard into the first; with comments_api on, the devguide reply goes on the advisory', async () => {
    const world = fixtureWorld();
    const ops = world.repos!.find((r) => r.full_name === OPS)!;
    ops.issues = [
      ...(ops.issues ?? []),
      ...['2026-10-01T09:00:00Z', '2026-10-02T09:00:00Z'].map((at) => ({
        title: 'PSRT report desk',
        body: '<!-- psrt-ops:report-desk-dashboard -->\nold',
        user: 'wrenfield',
        created_at: at,
        labels: [{ name: 'psrt-dashboard', by: 'wrenfield', at }],
      })),
    ];
    const sim = await startSim(world);
    const dir = deskWorkdir({ policy: (p) => p.replace('comments_api: false', 'comments_api: true') });
    const r = await sweep(sim, dir);
    expect(r.code).toBe(0);
    const after = sim.snapshot();
    expect(dashboards(after, 'open')).toHaveLength(1);
    const [closed] = dashboards(after, 'closed');
    expect(closed!.comments?.map((c) => c.body)).toEqual([
      expect.stringMatching(/^Folded into #\d+: the report desk keeps one dashboard\.$/),
    ]);
    expect(dashboards(after, 'open')[0]!.body).toContain('| Report | Title |');
    const replies = (ghsa: string) => (advisory(after, ghsa).comments ?? []).map((c) => c.body);
    expect(replies('GHSA-5q2w-cm8x-h3vf')).toEqual([expect.stringContaining("doesn't constitute a vulnerability")]);
    expect(replies('GHSA-9h4x-q2mv-c7wf')).toEqual([expect.stringContaining('is a duplicate of an issue')]);
    // Sent once: the next sweep does not send it again.
    await sweep(sim, dir, ['--apply'], { at: '2026-11-26T15:00:00Z' });
    expect((advisory(sim.snapshot(), 'GHSA-5q2w-cm8x-h3vf').comments ?? []).length).toBe(1);
  });

  it('gives a report that arrived after the last sweep the PSRT access in the next one', async () => {
    const sim = await startSim(fixtureWorld());
    const dir = deskWorkdir();
    await sweep(sim, dir);
    sim.setNow(new Date('2026-11-26T12:30:00Z'));
    const created = await sim.fetch(`${sim.url}/repos/python/cpython/security-advisories`, {
      method: 'POST',
      headers: { authorization: `token ${sim.tokens.member}` },
      body: JSON.stringify({ summary: 'Fresh report', description: 'Text.', vulnerabilities: [] }),
    });
    const ghsa = ((await created.json()) as { ghsa_id: string }).ghsa_id;
    const r = await sweep(sim, dir, ['--apply'], { at: '2026-11-26T13:00:00Z' });
    expect(r.code).toBe(0);
    expect(r.out).toContain(`${ghsa} (python/cpython): the PSRT's access to a new report: add team psrt`);
    expect(advisory(sim.snapshot(), ghsa).collaborating_teams).toEqual(['psrt']);
  });
});

describe('a pull request that changes the clocks', () => {
  it("shows which open reports' deadlines move against the base policy", async () => {
    const sim = await startSim(fixtureWorld());
    const dir = deskWorkdir({ policy: (p) => p.replace('deadline_days: 90', 'deadline_days: 100') });
    writeFileSync(join(dir, 'base-policy.yaml'), fixtureConfig().policy);
    const r = await sweep(sim, dir, ['--base-policy', 'base-policy.yaml']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Report clocks that move (');
    // Received 2026-09-12 18:00 UTC: 90 days → 2026-12-11, 100 days → 2026-12-21.
    expect(r.out).toContain(
      'GHSA-f3w9-7cxq-m2hv (python/cpython): 2026-12-11 18:00 UTC → 2026-12-21 18:00 UTC (+10 d)',
    );
    // An overdue one moves too (it stays overdue).
    expect(r.out).toMatch(
      /GHSA-v6w3-9mqx-f2c4 \(python\/cpython\): 2026-11-09 13:00 UTC → 2026-11-19 13:00 UTC \(\+10 d\)/,
    );
    expect(sim.stats().writes).toBe(0);
  });
});

describe('access that expires (issue 12)', () => {
  it('removes exactly the expired grant from its advisory and nobody else; adopts a collaborator added by hand and removes them after access.default_days', async () => {
    const sim = await startSim(fixtureWorld());
    const dir = deskWorkdir();
    const first = await sweep(sim, dir);
    expect(first.code).toBe(0);
    let world = sim.snapshot();
    const board = dashboards(world)[0]!.body!;
    expect(board).toMatch(
      /\| `fuzz-tobi` \| added by hand \(adopted\) \| 2026-11-26 12:00 UTC \| 2026-12-26 12:00 UTC \|/,
    );
    expect(board).toMatch(
      /\| `mara-crypto` \| grant: Reviews the fix to the random source \| — \| 2026-11-28 00:00 UTC \|/,
    );
    const collaborators = (w: World) =>
      new Map(advisories(w).map((a) => [a.ghsa_id!, [...(a.collaborating_users ?? [])].sort()] as const));
    const before = collaborators(world);

    const expired = await sweep(sim, dir, ['--apply'], { at: '2026-11-28T01:00:00Z' });
    expect(expired.code).toBe(0);
    expect(expired.out).toContain(
      '- GHSA-h9c3-x7qm-4wvp (python/cpython) collaborators: remove mara-crypto (grant ended',
    );
    world = sim.snapshot();
    const after = collaborators(world);
    for (const [ghsa, users] of before)
      expect(after.get(ghsa), ghsa).toEqual(
        ghsa === 'GHSA-h9c3-x7qm-4wvp' ? users.filter((u) => u !== 'mara-crypto') : users,
      );
    // The reporter stays.
    expect(after.get('GHSA-h9c3-x7qm-4wvp')).toContain('kp-seclab');

    sim.resetStats();
    const again = await sweep(sim, dir, ['--apply'], { at: '2026-11-28T01:00:00Z' });
    expect(again.out.split('\n')[0]).toBe('Sweep: nothing to change');
    expect(sim.stats().writes).toBe(0);

    await sweep(sim, dir, ['--apply'], { at: '2026-12-26T11:00:00Z' });
    expect(advisory(sim.snapshot(), 'GHSA-f3w9-7cxq-m2hv').collaborating_users).toContain('fuzz-tobi');
    const adoptionEnds = await sweep(sim, dir, ['--apply'], { at: '2026-12-26T12:30:00Z' });
    expect(adoptionEnds.out).toContain(
      '- GHSA-f3w9-7cxq-m2hv (python/cpython) collaborators: remove fuzz-tobi (added by hand; adopted access ended',
    );
    const left = advisory(sim.snapshot(), 'GHSA-f3w9-7cxq-m2hv').collaborating_users ?? [];
    expect(left).not.toContain('fuzz-tobi');
    // The finder stays, and so do the members the sweep gave access.
    expect(left).toContain('nadia-fuzzes');
    expect(left).toContain('nebula7');
  });
});

describe('a memory that cannot be read (fail closed)', () => {
  it('sends nothing and removes nobody, still handles tags and coordinators, and leaves the file for a person to fix', async () => {
    const sim = await startSim(fixtureWorld());
    const dir = deskWorkdir();
    await sweep(sim, dir);
    const board = dashboards(sim.snapshot())[0]!;
    const commentsBefore = (board.comments ?? []).length;
    // Someone breaks the file.
    const current = await fetchJson<{ sha: string }>(sim, `/repos/${OPS}/contents/desk-state.json?ref=psrt/desk-state`);
    const put = await sim.fetch(`${sim.url}/repos/${OPS}/contents/desk-state.json`, {
      method: 'PUT',
      headers: { authorization: `token ${sim.tokens.app}` },
      body: JSON.stringify({
        message: 'oops',
        branch: 'psrt/desk-state',
        sha: current.sha,
        content: Buffer.from('{"version": 1, "broken').toString('base64'),
      }),
    });
    expect(put.status).toBe(200);
    const world = sim.snapshot();
    advisory(world, 'GHSA-c5p8-j2wq-h9mx').summary = '[ACCEPTED] Regular expression DoS in email.utils.parseaddr';
    sim.load(world);
    const blind = await sweep(sim, dir, ['--apply'], { at: '2026-11-29T01:00:00Z' });
    expect(blind.code).toBe(0);
    expect(blind.out).toContain('Desk memory: UNREADABLE');
    expect(blind.out).not.toContain('remove mara-crypto');
    const after = sim.snapshot();
    // The grant ended, but nobody was removed; no reminder was sent; the tag was still acted on.
    expect(advisory(after, 'GHSA-h9c3-x7qm-4wvp').collaborating_users).toContain('mara-crypto');
    expect((dashboards(after)[0]!.comments ?? []).length).toBe(commentsBefore);
    expect(advisory(after, 'GHSA-c5p8-j2wq-h9mx')).toMatchObject({
      state: 'draft',
      summary: 'Regular expression DoS in email.utils.parseaddr',
    });
    expect(await fileAt(sim, OPS, 'desk-state.json', 'psrt/desk-state')).toBe('{"version": 1, "broken');
  });
});

describe('Cyber Resilience Act clocks (issue 12)', () => {
  it('[EXPLOITED]: records when it was first seen in a PR, shows the three clocks in UTC, and escalates once per step and phase', async () => {
    const world = fixtureWorld();
    const x3q9 = advisory(world, 'GHSA-x3q9-m7vh-2wcp');
    x3q9.summary = `${x3q9.summary} [EXPLOITED]`;
    const sim = await startSim(world);
    const dir = deskWorkdir();
    const t0 = Date.parse(FIXTURE_NOW);
    const at = (hours: number) => new Date(t0 + hours * 3_600_000).toISOString().replace('.000Z', 'Z');

    const first = await sweep(sim, dir);
    expect(first.code).toBe(0);
    expect(first.out).toContain(
      '+ GHSA-x3q9-m7vh-2wcp (python/cpython): record in its report file that it is actively exploited, aware since 2026-11-26 12:00 UTC (approximate',
    );
    let after = sim.snapshot();
    expect(advisory(after, 'GHSA-x3q9-m7vh-2wcp').summary).toBe(
      'Possible memory disclosure in ssl when handshakes fail',
    );
    const pr = after
      .repos!.find((r) => r.full_name === OPS)!
      .pulls!.find((p) => headRef(p.head) === 'psrt/report/GHSA-x3q9-m7vh-2wcp/exploited');
    expect(pr).toBeTruthy();
    const file = await fileAt(
      sim,
      OPS,
      'reports/GHSA-x3q9-m7vh-2wcp.yaml',
      'psrt/report/GHSA-x3q9-m7vh-2wcp/exploited',
    );
    expect(file).toContain('aware_at: 2026-11-26T12:00:00Z');
    expect(file).toContain('approximate: true');
    const board = dashboards(after)[0]!.body!;
    expect(board).toContain(
      '| 2026-11-26 12:00 UTC (approximate) | ⏳ due 2026-11-27 12:00 UTC | ⏳ due 2026-11-29 12:00 UTC | ⏸️ starts when a fix is available |',
    );

    for (const hours of [11, 12, 13, 24, 25, 36, 48, 72, 73])
      expect((await sweep(sim, dir, ['--apply'], { at: at(hours) })).code).toBe(0);
    after = sim.snapshot();
    // Still one PR: the open one is seen, not opened again.
    expect(
      after.repos!.find((r) => r.full_name === OPS)!.pulls!.filter((p) => headRef(p.head).includes('GHSA-x3q9')),
    ).toHaveLength(1);
    const lines = reminders(after)
      .flatMap((b) => b.split('\n'))
      .filter((l) => l.includes('GHSA-x3q9-m7vh-2wcp') && l.includes('CRA'));
    const count = (pattern: RegExp) => lines.filter((l) => pattern.test(l)).length;
    expect(count(/CRA early warning due 2026-11-27 12:00 UTC: half its time has passed/)).toBe(1);
    expect(count(/CRA early warning was due 2026-11-27 12:00 UTC and is not recorded as sent/)).toBe(1);
    expect(count(/CRA vulnerability notification due 2026-11-29 12:00 UTC: half its time has passed/)).toBe(1);
    expect(count(/CRA vulnerability notification was due 2026-11-29 12:00 UTC/)).toBe(1);
    // Unmet, it never goes silent: the early warning again every 24 hours after it was due.
    expect(count(/CRA early warning still not sent/)).toBe(2);
    expect(lines).toHaveLength(6);
    // Nothing before half time: the sweep at +11 h said nothing about it.
    const comments = dashboards(after)[0]!.comments!;
    expect(comments.find((c) => c.body.includes('sweep of 2026-11-26 23:00 UTC'))?.body ?? '').not.toContain(
      'GHSA-x3q9',
    );
  });
});

describe('a tag stays while what it asks for failed', () => {
  it('keeps [EXPLOITED] in the title when its report-file PR could not be opened, and strips it once the PR is open', async () => {
    const world = fixtureWorld();
    const x3q9 = advisory(world, 'GHSA-x3q9-m7vh-2wcp');
    x3q9.summary = `[EXPLOITED] ${x3q9.summary}`;
    const sim = await startSim(world);
    const dir = deskWorkdir();
    sim.injectFault({ method: 'POST', route: '/repos/{owner}/{repo}/pulls', status: 502, count: 1 });
    const failed = await sweep(sim, dir);
    expect(failed.code).toBe(1);
    expect(failed.out).toMatch(
      /record in its report file that it is actively exploited.*\[failed: GitHub answered 502\]/,
    );
    expect(failed.out).toMatch(
      /GHSA-x3q9-m7vh-2wcp \(python\/cpython\): \[EXPLOITED\]: stays triage; tag removed from the title {3}\[not attempted\]/,
    );
    expect(advisory(sim.snapshot(), 'GHSA-x3q9-m7vh-2wcp').summary).toMatch(/^\[EXPLOITED\] /);
    // The coordinator was still assigned: only what depends on the record waited.
    expect((advisory(sim.snapshot(), 'GHSA-x3q9-m7vh-2wcp').credits ?? []).some((c) => c.type === 'coordinator')).toBe(
      true,
    );

    const rerun = await sweep(sim, dir, ['--apply'], { at: '2026-11-26T13:00:00Z' });
    expect(rerun.code).toBe(0);
    expect(advisory(sim.snapshot(), 'GHSA-x3q9-m7vh-2wcp').summary).toBe(
      'Possible memory disclosure in ssl when handshakes fail',
    );
    const file = await fileAt(
      sim,
      OPS,
      'reports/GHSA-x3q9-m7vh-2wcp.yaml',
      'psrt/report/GHSA-x3q9-m7vh-2wcp/exploited',
    );
    // Aware since the first sweep that saw the tag, not the rerun.
    expect(file).toContain('aware_at: 2026-11-26T12:00:00Z');
  });
});

describe('reserve on accept (issue 13)', () => {
  const sims: CveSim[] = [];
  afterAll(async () => {
    await Promise.all(sims.map((s) => s.close()));
  });

  it('a PATCH that fails right after a reservation costs no second id: the rerun writes the same one', async () => {
    const cve = await CveSim.start({
      world: {
        cve: {
          now: FIXTURE_NOW,
          orgs: [
            { short_name: 'PSF', id_quota: 50, users: [{ username: 'psrt-bot@python.org', secret: 'k'.repeat(24) }] },
          ],
        },
      },
    });
    sims.push(cve);
    const env = {
      CVE_API_URL: cve.url,
      CVE_API_ORG: 'PSF',
      CVE_API_USER: 'psrt-bot@python.org',
      CVE_API_KEY: 'k'.repeat(24),
    };
    const world = fixtureWorld();
    // One accepted report to watch: the others already carry ids.
    for (const a of advisories(world))
      if ((a.state === 'draft' || a.state === 'triage') && !a.cve_id && a.ghsa_id !== 'GHSA-w8h2-c4xq-5mr9')
        a.cve_id = `CVE-2026-${String(20000 + advisories(world).indexOf(a))}`;
    const sim = await startSim(world);
    const dir = deskWorkdir();
    sim.injectFault({
      method: 'PATCH',
      route: '/repos/{owner}/{repo}/security-advisories/{ghsa_id}',
      status: 502,
      count: 1000,
    });

    const failed = await sweep(sim, dir, ['--apply'], { env });
    expect(failed.code).toBe(1);
    expect(failed.out).toMatch(
      /GHSA-w8h2-c4xq-5mr9 \(python\/cpython\): reserve a CVE id \(PSF, 2026\).*\[failed: CVE-2026-\d+ is reserved and recorded; writing it into the advisory failed/,
    );
    const memory = JSON.parse(await fileAt(sim, OPS, 'desk-state.json', 'psrt/desk-state')) as {
      cveReservations: { cveId: string; ghsa: string; written: boolean }[];
    };
    expect(memory.cveReservations).toEqual([expect.objectContaining({ ghsa: 'GHSA-w8h2-c4xq-5mr9', written: false })]);
    const id = memory.cveReservations[0]!.cveId;
    expect(advisory(sim.snapshot(), 'GHSA-w8h2-c4xq-5mr9').cve_id ?? null).toBeNull();

    sim.clearFaults();
    const rerun = await sweep(sim, dir, ['--apply'], { env, at: '2026-11-26T13:00:00Z' });
    expect(rerun.code).toBe(0);
    expect(rerun.out).toContain(`+ GHSA-w8h2-c4xq-5mr9 (python/cpython): write the reserved ${id} into the advisory`);
    expect(rerun.out).not.toContain('reserve a CVE id (PSF');
    expect(advisory(sim.snapshot(), 'GHSA-w8h2-c4xq-5mr9').cve_id).toBe(id);
    const stats = cve.stats();
    expect(stats.routes['POST /cve-id']?.count).toBe(1);
  });
});
