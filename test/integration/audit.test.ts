// `psrt audit` against the GitHub simulator: on the fixture world, the report issue and exactly one pruning
// PR whose members.yaml differs from main only by the moved entries; a re-run leaves that one PR and
// drops anyone who became active; nothing inactive closes it. On a generated world, the inactive set
// equals the set computed independently from the world's own data.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Roster } from '../../actions/lib/domain/roster.js';
import type { World } from '../sim/world/index.js';
import { generateWorld } from '../sim/world/generate.js';
import { largeConfig } from '../support/lifecycle.js';
import { api, fixtureWorld, fileAt, psrt, startSim, workdir } from '../support/psrt.js';

const OPS = 'python/psrt-ops';
const EXEMPT = ['hvlier', 'zbw', 'paloma-qr', 'marisolq', 'grebe'];
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

interface Pull {
  number: number;
  title: string;
  body: string;
  head: { sha: string; ref: string };
  labels: { name: string }[];
  requested_teams: { slug: string }[];
}
interface Issue {
  number: number;
  title: string;
  body: string;
  state: string;
  labels: { name: string }[];
  pull_request?: unknown;
}
type Sim = Awaited<ReturnType<typeof startSim>>;

const prunePulls = (sim: Sim, state = 'open') =>
  api<Pull[]>(sim, `/repos/${OPS}/pulls?state=${state}&head=python:psrt/prune-inactive`);
const reportIssues = async (sim: Sim, state = 'all') =>
  (await api<Issue[]>(sim, `/repos/${OPS}/issues?state=${state}&labels=activity-report`)).filter(
    (i) => !i.pull_request,
  );

/** Lines of `text` that are not part of the listed members' entries (an entry: "  - name:" up to the next). */
function withoutEntries(text: string, logins: readonly string[]): string[] {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.startsWith('  - name: ')) {
      let end = i + 1;
      while (end < lines.length && lines[end]!.startsWith('    ')) end++;
      const entry = lines.slice(i, end);
      if (entry.some((l) => logins.some((login) => l === `    login: ${login}`))) {
        i = end - 1;
        continue;
      }
    }
    out.push(lines[i]!);
  }
  return out;
}

describe('psrt audit on the fixture world', () => {
  it('opens one report issue and exactly one pruning PR that only moves the inactive members; a re-run changes nothing', async () => {
    const world = fixtureWorld();
    const sim = await startSim(world);
    const main = await fileAt(sim, OPS, 'members.yaml', 'main');

    const run = await psrt(sim, ['audit', '--apply']);
    expect(run.code).toBe(0);
    expect(run.out).toContain('12 inactive, 13 active, 5 exempt, 1 new');

    const pulls = await prunePulls(sim);
    expect(pulls).toHaveLength(1);
    const pr = pulls[0]!;
    expect(pr.labels.map((l) => l.name)).toEqual(['pruning']);
    expect(pr.requested_teams.map((t) => t.slug)).toEqual(['steering-council']);
    const pruned = await fileAt(sim, OPS, 'members.yaml', pr.head.sha);

    // Everything but the moved entries is byte for byte main's, in order, comments included; the
    // moved entries are appended to emeritus with the date and reason.
    const kept = withoutEntries(main, INACTIVE);
    const prunedLines = pruned.split('\n');
    const tail = prunedLines.slice(kept.length - 1);
    expect([...prunedLines.slice(0, kept.length - 1), prunedLines[prunedLines.length - 1]]).toEqual(kept);
    expect(tail.filter((l) => l.startsWith('  - name: '))).toHaveLength(INACTIVE.length);
    expect(tail.filter((l) => l.startsWith('    left: 2026-11-26'))).toHaveLength(INACTIVE.length);
    const comments = (t: string) => t.split('\n').filter((l) => l.trimStart().startsWith('#'));
    expect(comments(pruned)).toEqual(comments(main));

    const roster = parse(pruned) as Roster;
    expect(roster.members.map((m) => m.login)).not.toEqual(expect.arrayContaining([INACTIVE[0]]));
    expect(roster.emeritus!.slice(-INACTIVE.length).map((e) => e.login)).toEqual(INACTIVE);
    for (const login of EXEMPT) expect(roster.members.map((m) => m.login)).toContain(login);
    const moved = pr.body.slice(0, pr.body.indexOf('<details>'));
    for (const login of EXEMPT) expect(moved).not.toContain(`\`${login}\``);
    for (const login of INACTIVE) expect(moved).toContain(`| \`${login}\` `);
    expect(pr.body).not.toMatch(/(^|[^`\w/])@[A-Za-z0-9]/);

    const issues = await reportIssues(sim, 'open');
    expect(issues).toHaveLength(1);
    expect(issues[0]!.body).toContain('@python/steering-council');
    expect(issues[0]!.body).toContain('<!-- psrt-ops:activity-report date=2026-11-26 since=2025-12-01 -->');
    expect(pr.body).toContain(`Report: #${issues[0]!.number}.`);

    // Embargo: no advisory title or description anywhere the audit wrote or printed.
    const outputs = [run.out, run.err, pr.body, pr.title, issues[0]!.body, issues[0]!.title].join('\n');
    for (const repo of world.repos!) {
      for (const a of repo.advisories ?? []) {
        expect(outputs).not.toContain(a.summary);
        if (a.description) expect(outputs).not.toContain(a.description);
      }
    }

    sim.resetStats();
    const again = await psrt(sim, ['audit', '--apply']);
    expect(again.code).toBe(0);
    expect(again.out).toContain('nothing to change');
    expect(sim.stats().writes).toBe(0);
    expect(await prunePulls(sim)).toHaveLength(1);
    expect(await reportIssues(sim, 'open')).toHaveLength(1);
  });

  it('drops a member who became active from the same PR, and closes the PR when nobody is inactive', async () => {
    // A small roster on the fixture world: two active admins and thorn, inactive until he comments.
    const world: World = fixtureWorld();
    world.tokens = { ...world.tokens, thorn: { kind: 'user', login: 'thorn' } };
    const small =
      'members:\n  # The two admins\n  - name: Wren Field\n    login: wrenfield\n    roles: [admin]\n  - name: Nell Ostrander\n    login: nell-ostrander\n    roles: [admin, release-manager]\n  - name: Thorn Abernathy\n    login: thorn\n  - name: Tamsin Petrie\n    login: tam-two\n';
    const ops = world.repos!.find((r) => r.full_name === OPS)!;
    ops.files = { ...ops.files, 'members.yaml': small };
    ops.pulls = [];
    const dir = workdir({ members: () => small });
    const sim = await startSim(world);

    expect((await psrt(sim, ['audit', '--apply'], { cwd: dir })).code).toBe(0);
    const first = await prunePulls(sim);
    expect(first).toHaveLength(1);
    expect(
      (parse(await fileAt(sim, OPS, 'members.yaml', first[0]!.head.sha)) as Roster).emeritus!.map((e) => e.login),
    ).toEqual(['thorn', 'tam-two']);

    // thorn comments on a report issue: active.
    const comment = await sim.fetch(`${sim.url}/repos/${OPS}/issues/2/comments`, {
      method: 'POST',
      headers: { authorization: `token ${sim.tokens.thorn}`, 'content-type': 'application/json' },
      body: JSON.stringify({ body: 'Seen.' }),
    });
    expect(comment.status).toBe(201);
    expect((await psrt(sim, ['audit', '--apply'], { cwd: dir })).code).toBe(0);
    const second = await prunePulls(sim);
    expect(second.map((p) => p.number)).toEqual([first[0]!.number]);
    expect(
      (parse(await fileAt(sim, OPS, 'members.yaml', second[0]!.head.sha)) as Roster).emeritus!.map((e) => e.login),
    ).toEqual(['tam-two']);
    expect(second[0]!.title).toContain('Move 1 inactive member');

    // tam-two leaves the roster by hand (merged elsewhere): nobody is inactive, the stale PR is closed.
    const none = small.replace('  - name: Tamsin Petrie\n    login: tam-two\n', '');
    ops.files['members.yaml'] = none;
    writeFileSync(join(dir, 'members.yaml'), none);
    await sim.fetch(`${sim.url}/repos/${OPS}/contents/members.yaml`, {
      method: 'PUT',
      headers: { authorization: `token ${sim.tokens.app}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        message: 'tam-two leaves',
        content: Buffer.from(none).toString('base64'),
        sha: (await api<{ sha: string }>(sim, `/repos/${OPS}/contents/members.yaml`)).sha,
      }),
    });
    const last = await psrt(sim, ['audit', '--apply'], { cwd: dir });
    expect(last.code).toBe(0);
    expect(last.out).toContain('close the pruning PR');
    expect(await prunePulls(sim)).toHaveLength(0);
    const closed = await api<{ body: string }[]>(sim, `/repos/${OPS}/issues/${first[0]!.number}/comments`);
    expect(closed.map((c) => c.body).join('\n')).toContain('nobody is inactive any more');
  });
});

describe('psrt audit on a generated year', () => {
  it('finds exactly the members who coordinated nothing open during the window', async () => {
    const world = generateWorld({ members: 300, repos: 40, advisories: 2000, seed: 11, teamSize: 200, spanDays: 900 });
    const { members, policy } = largeConfig(world);
    const org = world.orgs![0]!.login;
    world.repos!.push({
      full_name: `${org}/psrt-ops`,
      private: true,
      default_branch: 'main',
      files: { 'members.yaml': members, 'policy.yaml': policy },
    });
    const dir = workdir({ members: () => members, policy: () => policy });
    const sim = await startSim(world);
    const run = await psrt(sim, ['audit'], { cwd: dir });
    expect(run.code).toBe(0);

    // Independently, from the world's data: a coordinator credit on an advisory created before now and
    // not finished before the window (the last 365 days, from midnight), or a release manager / SC member.
    const now = Date.parse(world.now);
    const start = new Date(Math.ceil((now - 365 * 86_400_000) / 86_400_000) * 86_400_000).toISOString();
    const active = new Set<string>();
    for (const repo of world.repos!) {
      for (const a of repo.advisories ?? []) {
        const finished =
          a.state === 'triage' || a.state === 'draft'
            ? undefined
            : (a.published_at ?? a.closed_at ?? a.withdrawn_at ?? undefined);
        if ((a.created_at ?? '') > world.now || (finished !== undefined && new Date(finished).toISOString() < start))
          continue;
        for (const c of a.credits ?? []) if (c.type === 'coordinator') active.add(c.login);
      }
    }
    const exempt = new Set([
      ...(world.teams!.find((t) => t.slug === 'release-managers')!.members ?? []),
      ...(world.teams!.find((t) => t.slug === 'steering-council')!.members ?? []),
    ]);
    const expected = (parse(members) as Roster).members
      .map((m) => m.login)
      .filter((l) => !active.has(l) && !exempt.has(l));
    const reported = run.out
      .split('\n')
      .filter((l) => l.startsWith('  inactive '))
      .map((l) => l.trim().split(/\s+/)[1]);
    expect(expected.length).toBeGreaterThan(50);
    expect(reported.sort()).toEqual(expected.sort());
  });
});
