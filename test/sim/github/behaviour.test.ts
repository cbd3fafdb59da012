import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GitHubSim } from './index.js';
import { client } from './test-helpers.js';
import { psrtWorld } from '../world/psrt/index.js';

let sim: GitHubSim;
beforeEach(async () => {
  sim = await GitHubSim.start({ world: psrtWorld('fixture'), inProcessOnly: true, frozenClock: true });
});
afterEach(() => sim.close());

describe('authentication and rate limits', () => {
  it('answers 401 without a token and with an unknown one', async () => {
    expect((await sim.fetch('/users/hollis')).status).toBe(401);
    const r = await client(sim, 'ghp_nope').get<{ message: string }>('/users/hollis');
    expect(r.status).toBe(401);
    expect(r.body.message).toBe('Bad credentials');
  });

  it('counts requests per token in x-ratelimit headers', async () => {
    const app = client(sim, sim.tokens.app);
    const a = await app.get('/orgs/python');
    const b = await app.get('/orgs/python');
    expect(a.headers.get('x-ratelimit-limit')).toBe('5000');
    expect(Number(a.headers.get('x-ratelimit-remaining')) - Number(b.headers.get('x-ratelimit-remaining'))).toBe(1);
    expect(b.headers.get('x-ratelimit-resource')).toBe('core');
    expect(Number(b.headers.get('x-ratelimit-reset'))).toBe(Math.floor(sim.now().getTime() / 1000) + 3600);
    // Another token has its own budget; the Actions token has 1,000 an hour.
    expect((await client(sim, sim.tokens.actions).get('/orgs/python')).headers.get('x-ratelimit-limit')).toBe('1000');
  });

  it('sends ETags and answers a matching If-None-Match with an uncharged 304', async () => {
    const app = client(sim, sim.tokens.app);
    const first = await app.get('/repos/python/cpython');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
    const again = await sim.fetch('/repos/python/cpython', {
      headers: { authorization: `token ${sim.tokens.app}`, 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('x-ratelimit-remaining')).toBe(first.headers.get('x-ratelimit-remaining'));
    const stats = sim.stats();
    expect(stats.notModified).toBe(1);
    expect(stats.byRoute['GET /repos/{owner}/{repo}']).toMatchObject({
      requests: 2,
      charged: 1,
      notModified: 1,
      byStatus: { 200: 1, 304: 1 },
    });
  });

  it("keeps ETags specific to the token, as GitHub does: another token's ETag gets a full, charged answer", async () => {
    const first = await client(sim, sim.tokens.app).get('/repos/python/cpython');
    const etag = first.headers.get('etag')!;
    const other = await sim.fetch('/repos/python/cpython', {
      headers: { authorization: `token ${sim.tokens.member}`, 'if-none-match': etag },
    });
    expect(other.status).toBe(200);
    expect(other.headers.get('etag')).not.toBe(etag);
  });

  it("gives a fresh installation token the App's identity and rights, and its own ETags", async () => {
    const first = await client(sim, sim.tokens.app).get('/repos/python/cpython');
    const fresh = sim.freshToken('app');
    expect(fresh).not.toBe(sim.tokens.app);
    const again = await sim.fetch('/repos/python/cpython', {
      headers: { authorization: `token ${fresh}`, 'if-none-match': first.headers.get('etag')! },
    });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(first.body);
    // Still the App: it reads what only the installation may (advisories of the covered repos).
    expect((await client(sim, fresh).get('/repos/python/cpython/security-advisories')).status).toBe(200);
    expect((await client(sim, sim.tokens.app).get('/repos/python/cpython')).status).toBe(200);
  });

  it('refuses with 403 and x-ratelimit-remaining 0 once the primary limit is spent, until the reset', async () => {
    sim.load({
      ...psrtWorld('fixture'),
      tokens: {
        ...psrtWorld('fixture').tokens,
        tiny: { token: 'ghp_tiny', kind: 'user', login: 'hollis', rate_limit: 3 },
      },
    });
    const tiny = client(sim, 'ghp_tiny');
    for (let i = 0; i < 3; i++) expect((await tiny.get('/orgs/python')).status).toBe(200);
    const r = await tiny.get<{ message: string }>('/orgs/python');
    expect(r.status).toBe(403);
    expect(r.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(r.body.message).toMatch(/API rate limit exceeded/);
    sim.setNow(new Date(sim.now().getTime() + 3601_000));
    expect((await tiny.get('/orgs/python')).status).toBe(200);
  });

  it('applies the secondary limit to writes with retry-after (403 by default, 429 when configured)', async () => {
    sim.setRateLimits({ secondary: { writes_per_minute: 3 } });
    const app = client(sim, sim.tokens.app);
    const write = (): Promise<{ status: number; headers: Headers; body: unknown }> =>
      app.post('/repos/python/psrt-ops/issues', { title: 'x' });
    for (let i = 0; i < 3; i++) expect((await write()).status).toBe(201);
    const limited = await write();
    expect(limited.status).toBe(403);
    expect(limited.headers.get('retry-after')).toBe('60');
    expect((limited.body as { message: string }).message).toMatch(/secondary rate limit/);
    // Reads are not limited; after a minute, writes go again.
    expect((await app.get('/orgs/python')).status).toBe(200);
    sim.setNow(new Date(sim.now().getTime() + 61_000));
    expect((await write()).status).toBe(201);
    sim.setRateLimits({ secondary: { writes_per_minute: 1, status: 429 } });
    expect((await write()).status).toBe(429);
    sim.setRateLimits({ secondary: false });
    for (let i = 0; i < 5; i++) expect((await write()).status).toBe(201);
  });

  it('charges GraphQL in points on its own resource', async () => {
    const app = client(sim, sim.tokens.app);
    const r = await app.post<{ data: { rateLimit: { cost: number; remaining: number } } }>('/graphql', {
      query:
        '{ rateLimit { cost remaining } organization(login: "python") { membersWithRole(first: 100) { totalCount } } }',
    });
    expect(r.status).toBe(200);
    expect(r.headers.get('x-ratelimit-resource')).toBe('graphql');
    expect(r.body.data.rateLimit).toEqual({ cost: 1, remaining: 4999 });
    expect(sim.stats().graphqlPoints).toBe(1);
  });
});

describe('faults and latency', () => {
  it('injects statuses for a route, after some matches, a given number of times', async () => {
    const app = client(sim, sim.tokens.app);
    sim.injectFault({ route: '/repos/{owner}/{repo}/security-advisories', status: 502, count: 2, afterMatches: 1 });
    expect((await app.get('/repos/python/cpython/security-advisories')).status).toBe(200);
    expect((await app.get('/repos/python/cpython/security-advisories')).status).toBe(502);
    expect((await app.get('/repos/python/cpython/security-advisories')).status).toBe(502);
    expect((await app.get('/repos/python/cpython/security-advisories')).status).toBe(200);
    sim.injectFault({ method: 'GET', route: '/orgs/*/teams/**', status: 500, count: 5 });
    expect((await app.get('/orgs/python/teams/psrt/members')).status).toBe(500);
    expect((await app.get('/orgs/python')).status).toBe(200);
    sim.clearFaults();
    expect((await app.get('/orgs/python/teams/psrt/members')).status).toBe(200);
    expect(sim.stats().byRoute['GET /repos/{owner}/{repo}/security-advisories']!.byStatus).toEqual({ 200: 2, 502: 2 });
  });

  it('drops the connection on a reset fault, over HTTP and in-process', async () => {
    const live = await GitHubSim.start({ world: psrtWorld('fixture') });
    try {
      live.injectFault({ route: '/orgs/{org}', reset: true, count: 2 });
      await expect(
        fetch(`${live.url}/orgs/python`, { headers: { authorization: `token ${live.tokens.app}` } }),
      ).rejects.toThrow();
      await expect(
        live.fetch('/orgs/python', { headers: { authorization: `token ${live.tokens.app}` } }),
      ).rejects.toThrow(/fetch failed/);
      const ok = await fetch(`${live.url}/orgs/python`, { headers: { authorization: `token ${live.tokens.app}` } });
      expect(ok.status).toBe(200);
    } finally {
      await live.close();
    }
  });

  it('adds latency globally or per route', async () => {
    const app = client(sim, sim.tokens.app);
    sim.setLatency(60, '/orgs/{org}');
    let t = Date.now();
    await app.get('/orgs/python');
    expect(Date.now() - t).toBeGreaterThanOrEqual(55);
    t = Date.now();
    await app.get('/users/hollis');
    expect(Date.now() - t).toBeLessThan(50);
    sim.injectFault({ route: '/users/{username}', delayMs: 60 });
    t = Date.now();
    expect((await app.get('/users/hollis')).status).toBe(200);
    expect(Date.now() - t).toBeGreaterThanOrEqual(55);
  });

  it('serves the control routes over HTTP', async () => {
    const live = await GitHubSim.start({ world: psrtWorld('fixture') });
    try {
      const post = (path: string, body: unknown): Promise<Response> =>
        fetch(`${live.url}${path}`, { method: 'POST', body: JSON.stringify(body) });
      expect((await post('/_sim/clock', { now: '2027-01-01T00:00:00Z' })).status).toBe(200);
      expect(live.now().toISOString()).toBe('2027-01-01T00:00:00.000Z');
      expect((await post('/_sim/faults', { route: '/orgs/{org}', status: 503 })).status).toBe(200);
      const faulted = await fetch(`${live.url}/orgs/python`, {
        headers: { authorization: `token ${live.tokens.app}` },
      });
      expect(faulted.status).toBe(503);
      const stats = (await (await fetch(`${live.url}/_sim/stats`)).json()) as { requests: number };
      expect(stats.requests).toBe(1);
      const bad = await post('/_sim/world', { now: 'yesterday', users: [{ login: 'x', id: 'one' }] });
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as { errors: string[] }).errors.join('\n')).toMatch(/\/users\/0\/id/);
      expect((await post('/_sim/reset', {})).status).toBe(200);
      expect(((await (await fetch(`${live.url}/_sim/stats`)).json()) as { requests: number }).requests).toBe(0);
    } finally {
      await live.close();
    }
  });
});

describe('tokens map to identities and permissions', () => {
  it('refuses GET /user to an App and the Actions token, and answers a PAT', async () => {
    expect((await client(sim, sim.tokens.app).get('/user')).status).toBe(403);
    expect((await client(sim, sim.tokens.actions).get('/user')).status).toBe(403);
    expect((await client(sim, sim.tokens.member).get<{ login: string }>('/user')).body.login).toBe('wrenfield');
  });

  it('keeps the Actions token to its repository and away from teams and org roles', async () => {
    const actions = client(sim, sim.tokens.actions);
    expect((await actions.get('/repos/python/psrt-ops/contents/members.yaml')).status).toBe(200);
    expect((await actions.post('/repos/python/psrt-ops/issues', { title: 'From CI' })).status).toBe(201);
    expect((await actions.get('/orgs/python/teams/psrt/members')).status).toBe(403);
    expect((await actions.get('/orgs/python/organization-roles')).status).toBe(403);
    expect((await actions.post('/repos/python/cpython/issues', { title: 'x' })).status).toBe(403);
  });

  it('gives the App what its installation allows, repo by repo', async () => {
    const app = client(sim, sim.tokens.app);
    expect((await app.put('/repos/python/cpython/private-vulnerability-reporting')).status).toBe(204);
    // contents:write only on the ops repo.
    expect((await app.put('/repos/python/cpython/contents/x.txt', { message: 'x', content: 'eA==' })).status).toBe(403);
    expect((await app.put('/repos/python/psrt-ops/contents/x.txt', { message: 'x', content: 'eA==' })).status).toBe(
      201,
    );
  });
});

describe('teams, memberships and contents', () => {
  it('adds an org member to a team at once and invites a non-member (pending)', async () => {
    const app = client(sim, sim.tokens.app);
    const active = await app.put<{ state: string; role: string }>('/orgs/python/teams/psrt/memberships/mirarune', {
      role: 'maintainer',
    });
    expect(active.body).toMatchObject({ state: 'active', role: 'maintainer' });
    expect(
      (await app.get<{ login: string }[]>('/orgs/python/teams/psrt/members?role=maintainer&per_page=100')).body.map(
        (u) => u.login,
      ),
    ).toContain('mirarune');
    const pending = await app.put<{ state: string }>('/orgs/python/teams/psrt/memberships/kp-seclab', {
      role: 'member',
    });
    expect(pending.body.state).toBe('pending');
    expect(
      (await app.get<{ login: string }[]>('/orgs/python/teams/psrt/invitations')).body.map((i) => i.login),
    ).toEqual(expect.arrayContaining(['OttoFromOslo', 'kp-seclab']));
    expect((await app.get<{ state: string }>('/orgs/python/teams/psrt/memberships/kp-seclab')).body.state).toBe(
      'pending',
    );
    expect(
      (await app.get<{ login: string }[]>('/orgs/python/members?per_page=100')).body.map((u) => u.login),
    ).not.toContain('kp-seclab');
    // The expired invitation is listed with the failed ones.
    const failed = await app.get<{ login: string; failed_reason: string }[]>('/orgs/python/failed_invitations');
    expect(failed.body).toEqual([
      expect.objectContaining({ login: 'nebula7', failed_reason: expect.stringMatching(/expired/) }),
    ]);
    expect((await app.del('/orgs/python/teams/psrt/memberships/mirarune')).status).toBe(204);
    expect((await app.get('/orgs/python/teams/psrt/memberships/mirarune')).status).toBe(404);
  });

  it('lets a team maintainer manage members but not invite outsiders', async () => {
    sim.load({
      ...psrtWorld('fixture'),
      tokens: { ...psrtWorld('fixture').tokens, ned: { token: 'ghp_ned', kind: 'user', login: 'nell-ostrander' } },
    });
    const ned = client(sim, 'ghp_ned');
    expect((await ned.put('/orgs/python/teams/psrt/memberships/mirarune', { role: 'member' })).status).toBe(200);
    expect((await ned.put('/orgs/python/teams/psrt/memberships/kp-seclab', { role: 'member' })).status).toBe(403);
    expect((await ned.put('/orgs/python/teams/steering-council/memberships/mirarune', {})).status).toBe(403);
  });

  it('refuses a contents update with a stale sha (409) and commits coherent branches', async () => {
    const app = client(sim, sim.tokens.app);
    const file = await app.get<{ sha: string; content: string }>('/repos/python/psrt-ops/contents/policy.yaml');
    const encoded = (text: string): string => Buffer.from(text).toString('base64');
    const put = (body: Record<string, unknown>): Promise<{ status: number; body: unknown }> =>
      app.put('/repos/python/psrt-ops/contents/policy.yaml', { message: 'Edit policy', ...body });
    expect((await put({ content: encoded('a: 1\n') })).status).toBe(422);
    const updated = await put({ content: encoded('a: 1\n'), sha: file.body.sha });
    expect(updated.status).toBe(200);
    expect((await put({ content: encoded('a: 2\n'), sha: file.body.sha })).status).toBe(409);
    const now = await app.get<{ sha: string; content: string }>('/repos/python/psrt-ops/contents/policy.yaml?ref=main');
    expect(Buffer.from(now.body.content, 'base64').toString()).toBe('a: 1\n');
    // The blob sha is git's (`printf 'a: 1\n' | git hash-object --stdin`).
    expect(now.body.sha).toBe('a8926a52d8dcba5c4386945476ab6a2ad008afd4');
    const main = await app.get<{ object: { sha: string } }>('/repos/python/psrt-ops/git/ref/heads/main');
    const parent = (updated.body as { commit: { parents: { sha: string }[]; sha: string } }).commit;
    expect(main.body.object.sha).toBe(parent.sha);
    // An older commit still has the old content.
    const old = await app.get<{ content: string }>(
      `/repos/python/psrt-ops/contents/policy.yaml?ref=${parent.parents[0]!.sha}`,
    );
    expect(Buffer.from(old.body.content, 'base64').toString()).toBe(
      Buffer.from(file.body.content, 'base64').toString(),
    );
    // Refs: create, fast-forward only unless forced.
    expect(
      (await app.post('/repos/python/psrt-ops/git/refs', { ref: 'refs/heads/old', sha: parent.parents[0]!.sha }))
        .status,
    ).toBe(201);
    expect(
      (await app.patch('/repos/python/psrt-ops/git/refs/heads/main', { sha: parent.parents[0]!.sha })).status,
    ).toBe(422);
    expect((await app.patch('/repos/python/psrt-ops/git/refs/heads/old', { sha: parent.sha })).status).toBe(200);
    expect(
      (await app.get<{ object: { sha: string } }>('/repos/python/psrt-ops/git/ref/heads/old')).body.object.sha,
    ).toBe(parent.sha);
  });

  it('records who added a label and when, and pins issues through GraphQL', async () => {
    const app = client(sim, sim.tokens.app);
    const member = client(sim, sim.tokens.member);
    sim.setNow(new Date('2026-11-27T08:00:00Z'));
    const issue = await app.post<{ number: number; node_id: string }>('/repos/python/psrt-ops/issues', {
      title: 'Nomination vote',
    });
    expect(
      (await member.post(`/repos/python/psrt-ops/issues/${issue.body.number}/labels`, { labels: ['vote-open'] }))
        .status,
    ).toBe(200);
    const events = await app.get<
      { event: string; actor: { login: string }; created_at: string; label?: { name: string } }[]
    >(`/repos/python/psrt-ops/issues/${issue.body.number}/events`);
    expect(events.body).toEqual([
      expect.objectContaining({
        event: 'labeled',
        actor: expect.objectContaining({ login: 'wrenfield' }),
        created_at: '2026-11-27T08:00:00Z',
        label: expect.objectContaining({ name: 'vote-open' }),
      }),
    ]);
    const pin = await app.post<{ data: { pinIssue: { issue: { isPinned: boolean } } } }>('/graphql', {
      query: `mutation { pinIssue(input: { issueId: "${issue.body.node_id}" }) { issue { isPinned } } }`,
    });
    expect(pin.body.data.pinIssue.issue.isPinned).toBe(true);
    expect(sim.stats().writes).toBe(3);
  });
});
