// Reconcile fails closed (issue 10): access never outlives membership, a bad or missing answer never
// removes anyone, advisory text never leaks. Each case runs the psrt CLI against the GitHub simulator
// (and a real Mailman 3 where lists are involved), from situations other tools' test suites cover.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MailmanClient } from '../../actions/lib/clients/mailman.js';
import { runCli } from '../../actions/lib/entry/cli.js';
import { bodyAsGiven } from '../sim/github/faults.js';
import type { GitHubSim } from '../sim/github/index.js';
import type { World } from '../sim/world/index.js';
import type { MailmanSettings, RunResult } from '../support/psrt.js';
import {
  FIXTURE_NOW,
  api,
  fixtureWorld,
  psrt,
  realMailman,
  startSim,
  uniqueListAddress,
  workdir,
} from '../support/psrt.js';

function teamOf(world: World, slug = 'psrt'): string[] {
  const t = world.teams!.find((x) => x.org === 'python' && x.slug === slug)!;
  return [...(t.members ?? []), ...(t.maintainers ?? [])].sort();
}

interface AdvisoryAnswer {
  ghsa_id: string;
  state: string;
  collaborating_users: { login: string }[] | null;
}

async function openAdvisories(sim: GitHubSim): Promise<AdvisoryAnswer[]> {
  const lists = await Promise.all(
    ['python/cpython', 'pypa/pip'].map((r) =>
      api<AdvisoryAnswer[]>(sim, `/repos/${r}/security-advisories?per_page=100`),
    ),
  );
  return lists.flat().filter((a) => a.state === 'triage' || a.state === 'draft');
}

const collaborators = (a: AdvisoryAnswer) => (a.collaborating_users ?? []).map((u) => u.login);

/** members.yaml without the entry of `login` (deleted, not moved to emeritus). */
function withoutMember(login: string): (members: string) => string {
  return (members) => {
    const out = members.replace(new RegExp(`  - name: [^\\n]+\\n    login: ${login}\\n(?:    [^\\n]+\\n)*`), '');
    if (out === members) throw new Error(`no entry for ${login}`);
    return out;
  };
}

function writesOf(sim: GitHubSim): number {
  return sim.stats().writes;
}

describe('1: access never outlives membership', () => {
  let mailman: MailmanSettings | undefined;
  beforeAll(async () => {
    mailman = await realMailman();
  });
  afterAll(async () => {
    await mailman?.stop();
  });

  it('a member deleted from members.yaml loses the team, every open advisory in and outside the org and the list in one apply; reporters and report-file grants stay; a second run writes nothing', async () => {
    const world = fixtureWorld();
    // A per-report expert grant for nebula7 on one pip advisory: it outlives their PSRT membership.
    const ops = world.repos!.find((r) => r.full_name === 'python/psrt-ops')!;
    ops.files = {
      ...ops.files,
      'reports/GHSA-g2w7-m9xc-r4pq.yaml':
        'repo: pypa/pip\nghsa: GHSA-g2w7-m9xc-r4pq\naccess:\n  - login: nebula7\n    reason: knows the resolver\n    until: 2027-03-01\n',
    };
    const sim = await startSim(world);
    const list = uniqueListAddress('psrt-leave');
    const policy = (p: string) => p.replace('address: psrt@python.org', `address: ${list}`);
    const env: Record<string, string> = {};
    let client: MailmanClient | undefined;
    if (mailman) {
      client = new MailmanClient({ url: mailman.url, user: mailman.user, password: mailman.password });
      await client.createList(list);
      Object.assign(env, {
        MAILMAN_REST_URL: mailman.url,
        MAILMAN_REST_USER: mailman.user,
        MAILMAN_REST_PASSWORD: mailman.password,
      });
    }
    const first = await psrt(sim, ['reconcile', '--apply'], { cwd: workdir({ policy }), env });
    expect(first.code, first.err).toBe(0);
    expect(teamOf(sim.snapshot())).toContain('vhorvat');
    for (const a of await openAdvisories(sim)) expect(collaborators(a)).toContain('nebula7');
    if (client) expect((await client.listMembers(list, 'member')).map((m) => m.address)).toContain('vesna@example.org');

    // vhorvat (an org member, in the team, on the list) and nebula7 (outside the org) are deleted.
    const dir = workdir({ members: (m) => withoutMember('nebula7')(withoutMember('vhorvat')(m)), policy });
    const leave = await psrt(sim, ['reconcile', '--apply'], { cwd: dir, env });
    expect(leave.err).not.toContain('error:');
    expect(leave.code).toBe(0);
    expect(leave.out).toContain('- remove vhorvat from team python/psrt (deleted from members.yaml)');
    expect(leave.out).toMatch(/GHSA-j8v3-5hqx-w2cm \(pypa\/pip\): remove .*nebula7 \(deleted from members\.yaml\)/);
    expect(leave.out).toContain('kept on the advisories whose report names them');
    expect(teamOf(sim.snapshot())).not.toContain('vhorvat');
    for (const a of await openAdvisories(sim)) {
      const users = collaborators(a);
      expect(users).not.toContain('vhorvat');
      // The report file grants nebula7 access to this one advisory until March.
      if (a.ghsa_id === 'GHSA-g2w7-m9xc-r4pq') expect(users).toContain('nebula7');
      else expect(users).not.toContain('nebula7');
    }
    // Reporters and the report's own people are untouched.
    const byId = new Map((await openAdvisories(sim)).map((a) => [a.ghsa_id, collaborators(a)]));
    expect(byId.get('GHSA-r2v8-hc5x-m4qf')).toContain('nadia-fuzzes');
    expect(byId.get('GHSA-f4c8-q3mw-v7h2')).toContain('kp-seclab');
    if (client) {
      const members = (await client.listMembers(list, 'member')).map((m) => m.address);
      expect(members).not.toContain('vesna@example.org');
      expect(leave.out).toContain(`- unsubscribe vhorvat from ${list} (deleted from members.yaml)`);
    }
    expect(leave.out).toContain('~ forget');

    sim.resetStats();
    const again = await psrt(sim, ['reconcile', '--apply'], { cwd: dir, env });
    expect(again.code).toBe(0);
    expect(again.out.split('\n')[0]).toBe('Reconcile: nothing to change');
    expect(writesOf(sim)).toBe(0);
  });

  it('an apply that stops half-way forgets nobody: the next run still removes what is left', async () => {
    const sim = await startSim();
    expect((await psrt(sim, ['reconcile', '--apply'])).code).toBe(0);
    const dir = workdir({ members: withoutMember('nebula7') });
    // The first advisory PATCH of the leaving run fails: the team and the other advisories wait.
    sim.injectFault({
      method: 'PATCH',
      route: '/repos/{owner}/{repo}/security-advisories/{ghsa_id}',
      status: 502,
      count: 10,
    });
    const failed = await psrt(sim, ['reconcile', '--apply'], { cwd: dir });
    expect(failed.code).toBe(1);
    expect(failed.out.split('\n')[0]).toMatch(/^Reconcile: \d+ of \d+ changes made, 1 failed, \d+ not attempted/);
    sim.clearFaults();
    const rerun = await psrt(sim, ['reconcile', '--apply'], { cwd: dir });
    expect(rerun.code).toBe(0);
    for (const a of await openAdvisories(sim)) expect(collaborators(a)).not.toContain('nebula7');
    expect((await psrt(sim, ['reconcile'], { cwd: dir })).out.split('\n')[0]).toBe('Reconcile: nothing to change');
  });
});

describe('2: direct team membership only', () => {
  it('with a child team under psrt, inherited people are left alone and a roster member who is only inherited is added directly; an unchanged roster then plans nothing', async () => {
    const world = fixtureWorld();
    const psrtTeam = world.teams!.find((t) => t.org === 'python' && t.slug === 'psrt')!;
    psrtTeam.members = psrtTeam.members!.filter((m) => m !== 'thorn');
    world.orgs!.find((o) => o.login === 'python')!.members!.push('sunhee-oh', 'emberlind', 'bcanto');
    world.teams!.push({
      org: 'python',
      slug: 'psrt-triage',
      parent: 'psrt',
      members: ['thorn', 'sunhee-oh', 'emberlind', 'bcanto'],
    });
    const sim = await startSim(world);
    const first = await psrt(sim, ['reconcile', '--apply']);
    expect(first.code, first.out).toBe(0);
    expect(first.out).toContain('+ add thorn to team python/psrt as member');
    for (const login of ['sunhee-oh', 'emberlind', 'bcanto']) expect(first.out).not.toContain(`remove ${login}`);
    const t = sim.snapshot().teams!.find((x) => x.slug === 'psrt')!;
    expect(t.members).toContain('thorn');
    sim.resetStats();
    const again = await psrt(sim, ['reconcile']);
    expect(again.out.split('\n')[0]).toBe('Reconcile: nothing to change');
    expect(again.out).toContain('0 of 31 people holding access');
    // One GraphQL query reads the direct members with their roles.
    expect(sim.stats().byRoute['GET /orgs/{org}/teams/{team_slug}/members']).toBeUndefined();
  });
});

describe('3: the own-identity guard fails closed', () => {
  for (const status of [401, 403, 404, 500]) {
    it(`GET /user answering ${status} with a roster that drops the token's own account removes nobody`, async () => {
      const sim = await startSim();
      sim.injectFault({ method: 'GET', route: '/user', status, count: 100 });
      const dir = workdir({ members: withoutMember('wrenfield') });
      const r = await psrt(sim, ['reconcile', '--apply'], { cwd: dir, token: sim.tokens.member });
      expect(r.code).toBe(1);
      expect(r.out).toContain('own-identity: TRIPPED (GitHub did not say who the token is');
      expect(r.out).not.toContain('a GitHub App token');
      expect(writesOf(sim)).toBe(0);
      expect(teamOf(sim.snapshot())).toContain('wrenfield');
    });
  }
});

describe('4: logins are checked against GitHub before planning', () => {
  it('a login with no account fails the dry run, named at its line in members.yaml; valid members are still planned, and applied', async () => {
    const sim = await startSim();
    const dir = workdir({
      members: (m) => m.replace('members:\n', 'members:\n  - name: Nobody Here\n    login: no-such-person-zz\n'),
    });
    const dry = await psrt(sim, ['reconcile'], { cwd: dir });
    expect(dry.code).toBe(1);
    const line = readFileSync(join(dir, 'members.yaml'), 'utf8')
      .split('\n')
      .findIndex((l) => l.includes('no-such-person-zz'));
    expect(dry.err).toContain(
      `members.yaml:${line + 1}:12: error [unknown-login] GitHub has no account "no-such-person-zz"`,
    );
    expect(dry.out).toContain('+ add mirarune to team python/psrt as member');
    expect(dry.out).not.toMatch(/add [^\n]*no-such-person-zz/);
    expect(sim.stats().byRoute['POST /graphql']?.requests).toBe(2); // team members, and the logins in one query
    expect(writesOf(sim)).toBe(0);

    const applied = await psrt(sim, ['reconcile', '--apply'], { cwd: dir });
    expect(applied.code).toBe(1);
    expect(applied.out).toMatch(/^Reconcile applied \d+ changes/);
    expect(teamOf(sim.snapshot())).toContain('mirarune');
    // No membership write was refused for a login that does not exist.
    const puts = sim.stats().byRoute['PUT /orgs/{org}/teams/{team_slug}/memberships/{username}']!;
    expect(puts.byStatus['422']).toBeUndefined();
    expect(puts.requests).toBe(4);
  });
});

describe('5 and 7: invitations', () => {
  it('an unwanted pending invitation to the team is cancelled (team DELETE), counted as a removal; the org invitation stays', async () => {
    const sim = await startSim();
    const dir = workdir({ members: withoutMember('OttoFromOslo') });
    const r = await psrt(sim, ['reconcile', '--apply'], { cwd: dir });
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain(
      '- cancel the pending invitation of OttoFromOslo to team python/psrt (not in members.yaml)',
    );
    expect(r.out).toContain('2 of 32 people holding access (30 member(s) staying, 2 leaving)');
    expect(await api<{ login: string }[]>(sim, '/orgs/python/teams/psrt/invitations')).toEqual([]);
    const invitation = sim
      .snapshot()
      .orgs!.find((o) => o.login === 'python')!
      .invitations!.find((i) => i.login === 'OttoFromOslo')!;
    expect(invitation.state).toBe('pending');
    expect(invitation.teams ?? []).not.toContain('psrt');
  });

  it('sends no org invitation to anyone, expired or never invited, and says so in the plan', async () => {
    const sim = await startSim();
    const r = await psrt(sim, ['reconcile', '--apply']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('reconcile sends no org invitations (an org owner invites people)');
    expect(r.out).not.toMatch(/add nebula7 to team/);
    expect(sim.stats().byRoute['PUT /orgs/{org}/teams/{team_slug}/memberships/{username}']?.requests).toBe(4);
    const invitations = sim.snapshot().orgs!.find((o) => o.login === 'python')!.invitations!;
    expect(invitations.filter((i) => i.login === 'nebula7').map((i) => i.state)).toEqual(['expired']);
  });
});

describe('6: the headline says what happened', () => {
  it('a failed apply is never "applied", in the terminal and in markdown', async () => {
    for (const markdown of [false, true]) {
      const sim = await startSim();
      sim.injectFault({
        method: 'PUT',
        route: '/orgs/{org}/teams/{team_slug}/memberships/{username}',
        status: 502,
        count: 10,
      });
      const r = await psrt(sim, ['reconcile', '--apply', ...(markdown ? ['--markdown'] : [])]);
      expect(r.code).toBe(1);
      const head = r.out.split('\n')[0]!;
      expect(head).toMatch(/Reconcile: 1 of \d+ changes made, 1 failed, \d+ not attempted/);
      expect(head).not.toContain('applied');
    }
  });
});

describe('9 and 12: guards', () => {
  it('max_removal_share 0: nothing is removed without an override; with one, the removal goes ahead', async () => {
    const sim = await startSim();
    const dir = workdir({ policy: (p) => p.replace('max_removal_share: 0.25', 'max_removal_share: 0') });
    const blocked = await psrt(sim, ['reconcile', '--apply'], { cwd: dir });
    expect(blocked.code).toBe(1);
    expect(blocked.out).toContain('guards.max_removal_share is 0: every removal needs one');
    expect(writesOf(sim)).toBe(0);
    const allowed = await psrt(sim, ['reconcile', '--apply', '--allow-large-removal', 'vstrand left in 2025'], {
      cwd: dir,
    });
    expect(allowed.code).toBe(0);
    expect(teamOf(sim.snapshot())).not.toContain('vstrand');
  });

  it('guards.keep: a kept login is never removed, and the plan says so', async () => {
    const sim = await startSim();
    const dir = workdir({
      policy: (p) => p.replace('  max_removal_share: 0.25\n', '  max_removal_share: 0.25\n  keep: [vstrand]\n'),
    });
    const r = await psrt(sim, ['reconcile', '--apply'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.out).toContain('never removed (policy guards.keep): `vstrand`'.replace(/`/g, ''));
    expect(r.out).not.toContain('remove vstrand');
    expect(teamOf(sim.snapshot())).toContain('vstrand');
  });

  it('--add-only writes what adds access and lists removals as suppressed, none written', async () => {
    const sim = await startSim();
    const dry = await psrt(sim, ['reconcile', '--add-only']);
    expect(dry.out).toContain('- remove vstrand from team python/psrt (not in members.yaml)   [add-only: not written]');
    const r = await psrt(sim, ['reconcile', '--apply', '--add-only']);
    expect(r.code).toBe(0);
    const [, made, planned] = /^Reconcile: (\d+) of (\d+) changes made, 1 suppressed/.exec(r.out.split('\n')[0]!) ?? [];
    expect(Number(planned)).toBe(Number(made) + 1);
    expect(r.out).toContain('- remove vstrand from team python/psrt (not in members.yaml)   [suppressed: add-only]');
    expect(r.out).toContain('removal-share: ok (add-only: 1 removal(s) shown, none written)');
    expect(teamOf(sim.snapshot())).toContain('vstrand');
    expect(teamOf(sim.snapshot())).toContain('mirarune');
    expect(sim.stats().byRoute['DELETE /orgs/{org}/teams/{team_slug}/memberships/{username}']).toBeUndefined();
  });

  it('after an apply, what was written is read back: a write GitHub accepted but did not keep fails the run', async () => {
    const sim = await startSim();
    // GitHub answers the first membership PUT as done without doing it.
    sim.injectFault({
      method: 'PUT',
      route: '/orgs/{org}/teams/{team_slug}/memberships/{username}',
      status: 200,
      body: {},
    });
    const r = await psrt(sim, ['reconcile', '--apply']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('Read back: 1 change(s) written did not take effect:');
    expect(r.out).toContain('  + add mirarune to team python/psrt as member');
    expect(r.err).toContain('read back after the apply, still to do: + add mirarune to team python/psrt as member');
    const ok = await psrt(sim, ['reconcile', '--apply']);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('Read back: everything written took effect.');
  });
});

describe('A: an answer that is not JSON', () => {
  const SECRET_SUMMARY = 'tarfile extraction filters can be bypassed';

  it('fails the run naming the route, puts no advisory text in any output or cache file, and the next run succeeds', async () => {
    const sim = await startSim();
    const cache = mkdtempSync(join(tmpdir(), 'psrt-cache-'));
    const env = { PSRT_CACHE_DIR: cache };
    // A warm cache first: the broken answer must not replace what it holds.
    expect((await psrt(sim, ['reconcile'], { env })).code).toBe(0);
    const whole = await api<{ summary: string; description: string }[]>(
      sim,
      '/repos/python/cpython/security-advisories?per_page=100',
    );
    const text = JSON.stringify(whole);
    expect(text).toContain(SECRET_SUMMARY);
    const prose = whole.flatMap((a) => [a.summary, a.description]);
    for (const body of [text.slice(0, Math.floor(text.length / 2)), `<html><body>${text}</body></html>`]) {
      sim.injectFault(
        bodyAsGiven({
          method: 'GET',
          route: '/repos/{owner}/{repo}/security-advisories',
          text: body,
          contentType: body.startsWith('<') ? 'text/html' : 'application/json; charset=utf-8',
          count: 10,
        }),
      );
      const broken = await psrt(sim, ['reconcile', '--apply'], { env });
      for (const p of prose) expect(broken.err + broken.out).not.toContain(p);
      expect(broken.code).toBe(1);
      expect(broken.err).toMatch(
        /could not read the advisories of python\/cpython: a body that is not JSON \(\d+ bytes of [^)]+\) from GET \/repos\/python\/cpython\/security-advisories, so it was not used\. Nothing was changed\./,
      );
      expect(writesOf(sim)).toBe(0);
      sim.clearFaults();
      for (const f of readdirSync(cache))
        for (const p of prose) expect(readFileSync(join(cache, f), 'utf8')).not.toContain(p);
      const next = await psrt(sim, ['reconcile'], { env });
      expect(next.code).toBe(0);
      expect(next.out).toContain('GHSA access (open advisories)');
    }
  });

  it('an answer of the wrong shape names the route, is never cached, and the next run succeeds', async () => {
    const sim = await startSim();
    const cache = mkdtempSync(join(tmpdir(), 'psrt-cache-'));
    sim.injectFault({
      method: 'GET',
      route: '/repos/{owner}/{repo}/security-advisories',
      status: 200,
      body: {},
      count: 10,
    });
    const broken = await psrt(sim, ['reconcile'], { env: { PSRT_CACHE_DIR: cache } });
    expect(broken.code).toBe(1);
    expect(broken.err).toMatch(/could not read the advisories of (python\/cpython|pypa\/pip): .*not a list/);
    sim.clearFaults();
    expect((await psrt(sim, ['reconcile'], { env: { PSRT_CACHE_DIR: cache } })).code).toBe(0);
  });
});

describe('D: no lost update on advisory collaborators', () => {
  it('a collaborator a coordinator adds while the apply runs is kept: each advisory is re-read right before its PATCH', async () => {
    const sim = await startSim();
    const ghsa = 'GHSA-x3q9-m7vh-2wcp';
    const url = `${sim.url}/repos/python/cpython/security-advisories/${ghsa}`;
    const asCoordinator = { authorization: `token ${sim.tokens.member}`, accept: 'application/vnd.github+json' };
    let coordinatorActed = false;
    // The coordinator adds an expert just as reconcile starts writing (after its reads).
    const fetchWithCoordinator = (async (input: string | URL | Request, init?: RequestInit) => {
      const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
      if (method !== 'GET' && !coordinatorActed) {
        coordinatorActed = true;
        const now = (await (await sim.fetch(url, { headers: asCoordinator })).json()) as AdvisoryAnswer;
        const patched = await sim.fetch(url, {
          method: 'PATCH',
          headers: { ...asCoordinator, 'content-type': 'application/json' },
          body: JSON.stringify({ collaborating_users: [...collaborators(now), 'hanna-sec'] }),
        });
        expect(patched.status).toBe(200);
      }
      return sim.fetch(input as string, init);
    }) as typeof fetch;
    let out = '';
    let err = '';
    const code = await runCli(['reconcile', '--apply'], {
      out: (t) => (out += t),
      err: (t) => (err += t),
      env: {
        GITHUB_TOKEN: sim.tokens.app,
        GITHUB_API_URL: sim.url,
        GITHUB_GRAPHQL_URL: sim.graphqlUrl,
        PSRT_FAST_WRITES: '1',
        PSRT_NOW: FIXTURE_NOW,
        PSRT_CACHE_DIR: mkdtempSync(join(tmpdir(), 'psrt-cache-')),
      },
      cwd: workdir(),
      fetch: fetchWithCoordinator,
    });
    expect(code, err).toBe(0);
    expect(coordinatorActed).toBe(true);
    expect(out).toContain(`+ ${ghsa} (python/cpython): add nebula7, OttoFromOslo`);
    const after = collaborators(await api<AdvisoryAnswer>(sim, `/repos/python/cpython/security-advisories/${ghsa}`));
    expect(after).toEqual(expect.arrayContaining(['hanna-sec', 'nebula7', 'OttoFromOslo']));
  });
});

describe('F: each failure of a read says what was read and what happened', () => {
  async function run(sim: GitHubSim, env: Record<string, string> = {}): Promise<RunResult> {
    return psrt(sim, ['reconcile', '--apply'], { env: { PSRT_TIMEOUT_SECONDS: '1', ...env } });
  }

  it('timeout', async () => {
    const sim = await startSim();
    sim.injectFault({ method: 'GET', route: '/orgs/{org}/members', delayMs: 2500, count: 10 });
    const r = await run(sim);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /could not read the (members|owners) of python: no answer within 1 s \(timeout\)\. Nothing was changed\./,
    );
    expect(writesOf(sim)).toBe(0);
  }, 30_000);

  it('connection reset', async () => {
    const sim = await startSim();
    sim.injectFault({ method: 'GET', route: '/orgs/{org}/teams/{team_slug}/invitations', reset: true, count: 10 });
    const r = await run(sim);
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      'could not read the pending invitations of python/psrt: the connection was reset before GitHub answered. Nothing was changed.',
    );
    expect(writesOf(sim)).toBe(0);
  });

  it('secondary rate limit (403 with retry-after)', async () => {
    const sim = await startSim();
    sim.injectFault({
      method: 'GET',
      route: '/repos/{owner}/{repo}/private-vulnerability-reporting',
      status: 403,
      headers: { 'retry-after': '1' },
      count: 20,
    });
    const r = await run(sim);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /could not read private vulnerability reporting of (python\/cpython|pypa\/pip): GitHub's secondary rate limit stopped it \(retry after 1 s\); run again later/,
    );
    expect(r.err).not.toContain('missing permission');
    expect(writesOf(sim)).toBe(0);
  }, 30_000);

  it('a GraphQL answer without data, or without one of its aliases, stops the run before any write', async () => {
    // Each GraphQL read before the first write in turn (the team, the logins) answered 200 with no data.
    const bodies = [{ rawBody: 'upstream timeout', contentType: 'text/plain' }, { body: { data: {} } }];
    let hit = 0;
    for (let k = 0; k < 2; k++) {
      for (const answer of bodies) {
        const sim = await startSim();
        sim.injectFault({ method: 'POST', route: '/graphql', status: 200, ...answer, afterMatches: k, count: 1 });
        const r = await run(sim);
        const graphqlCalls = sim.stats().byRoute['POST /graphql']?.requests ?? 0;
        if (graphqlCalls <= k) continue; // the run makes fewer GraphQL reads
        hit++;
        expect(r.code, `GraphQL read ${k}, ${JSON.stringify(answer)}`).toBe(1);
        expect(writesOf(sim)).toBe(0);
        expect(r.err).not.toContain('unknown-login');
      }
    }
    expect(hit).toBe(4);
  });

  it('a 502 on the team query (GraphQL)', async () => {
    const sim = await startSim();
    sim.injectFault({ method: 'POST', route: '/graphql', status: 502, count: 20 });
    const r = await run(sim);
    expect(r.code).toBe(1);
    expect(r.err).toContain('could not read team python/psrt: GitHub answered 502. Nothing was changed.');
    expect(writesOf(sim)).toBe(0);
  });

  async function cli(env: Record<string, string>): Promise<RunResult> {
    let out = '';
    let err = '';
    const code = await runCli(['reconcile'], {
      out: (t) => (out += t),
      err: (t) => (err += t),
      env: {
        GITHUB_TOKEN: 'ghp_unused',
        PSRT_NOW: FIXTURE_NOW,
        PSRT_TIMEOUT_SECONDS: '2',
        PSRT_CACHE_DIR: mkdtempSync(join(tmpdir(), 'psrt-cache-')),
        ...env,
      },
      cwd: workdir(),
    });
    return { code, out, err };
  }

  it('connection refused', async () => {
    // A port that was just free: nothing listens there.
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const r = await cli({ GITHUB_API_URL: `http://127.0.0.1:${port}` });
    expect(r.code).toBe(1);
    expect(r.err).toContain('the connection was refused (check GITHUB_API_URL). Nothing was changed.');
  }, 30_000);

  it('a host name that does not resolve', async () => {
    const r = await cli({ GITHUB_API_URL: 'http://psrt-no-such-host.invalid' });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/could not read .*: the host name could not be resolved \(check GITHUB_API_URL\)/);
  }, 30_000);

  it('a GITHUB_GRAPHQL_URL that is not a URL', async () => {
    const r = await cli({ GITHUB_GRAPHQL_URL: 'not a url' });
    expect(r.code).toBe(2);
    expect(r.err).toContain('GITHUB_GRAPHQL_URL is not a URL');
    expect(r.err).not.toContain('Invalid URL');
    expect(r.err).not.toContain('unexpected failure');
  });
});

describe('I: secrets never printed', () => {
  it('a password inside MAILMAN_REST_URL is refused without printing it', async () => {
    const sim = await startSim();
    const r = await psrt(sim, ['reconcile'], {
      env: {
        MAILMAN_REST_URL: 'http://admin:hunter2-s3cret@127.0.0.1:9/3.1',
        MAILMAN_REST_USER: 'restadmin',
        MAILMAN_REST_PASSWORD: 'other-s3cret',
      },
    });
    expect(r.out + r.err).not.toContain('hunter2');
    expect(r.out + r.err).not.toContain('other-s3cret');
    expect(r.code).toBe(1);
    expect(r.err).toContain('the Mailman REST URL holds a user name or password');
    expect(writesOf(sim)).toBe(0);
  });
});
