import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitHubSim } from './index.js';
import { client, link } from './test-helpers.js';
import { generateWorld } from '../world/generate.js';
import { psrtWorld } from '../world/psrt/index.js';

interface Advisory {
  ghsa_id: string;
  state: string;
  updated_at: string;
  created_at: string;
  published_at: string | null;
  credits_detailed: { user: { login: string }; type: string; state: string }[];
  collaborating_teams: { slug: string }[];
  cvss: { score: number | null } | null;
  severity: string | null;
}

describe('advisory lists page by Link cursors', () => {
  let sim: GitHubSim;
  const world = generateWorld({ members: 20, repos: 3, advisories: 450, seed: 7 });
  beforeAll(async () => {
    sim = await GitHubSim.start({ world, inProcessOnly: true });
  });
  afterAll(() => sim.close());

  it('walks forward with `after` and back with `before`, never by page', async () => {
    const api = client(sim, sim.tokens.app);
    const seen: string[] = [];
    const pages: string[][] = [];
    let path: string | undefined = '/orgs/bigorg/security-advisories?per_page=100&sort=updated&direction=desc';
    let last: Headers | undefined;
    while (path) {
      expect(path).not.toMatch(/[?&]page=/);
      const r = await api.get<Advisory[]>(path);
      expect(r.status).toBe(200);
      pages.push(r.body.map((a) => a.ghsa_id));
      seen.push(...r.body.map((a) => a.ghsa_id));
      for (let i = 1; i < r.body.length; i++) expect(r.body[i - 1]!.updated_at >= r.body[i]!.updated_at).toBe(true);
      last = r.headers;
      path = link(r.headers, 'next');
    }
    expect(seen).toHaveLength(450);
    expect(new Set(seen).size).toBe(450);
    expect(pages.map((p) => p.length)).toEqual([100, 100, 100, 100, 50]);
    // Back from the last page: `before` gives the page before it, exactly.
    let back = link(last!, 'prev');
    for (let i = pages.length - 2; i >= 0; i--) {
      const r = await api.get<Advisory[]>(back!);
      expect(r.body.map((a) => a.ghsa_id)).toEqual(pages[i]);
      back = link(r.headers, 'prev');
    }
    expect(back).toBeUndefined();
  });

  it('sorts ascending and filters by state', async () => {
    const api = client(sim, sim.tokens.app);
    const r = await api.get<Advisory[]>(
      `/repos/${world.repos![0]!.full_name}/security-advisories?sort=created&direction=asc&state=published&per_page=50`,
    );
    expect(r.status).toBe(200);
    expect(r.body.length).toBeGreaterThan(10);
    expect(r.body.every((a) => a.state === 'published')).toBe(true);
    for (let i = 1; i < r.body.length; i++) expect(r.body[i - 1]!.created_at <= r.body[i]!.created_at).toBe(true);
  });

  it("accepts per_page up to 100 and refuses more (400, as GitHub's description documents)", async () => {
    const api = client(sim, sim.tokens.app);
    expect((await api.get<Advisory[]>('/orgs/bigorg/security-advisories?per_page=100')).body).toHaveLength(100);
    const r = await api.get<{ message: string }>('/orgs/bigorg/security-advisories?per_page=101');
    expect(r.status).toBe(400);
    expect(r.body.message).toMatch(/per_page/);
    expect((await api.get('/orgs/bigorg/security-advisories?state=open')).status).toBe(400);
  });

  it('ignores `page`: the first page again', async () => {
    const api = client(sim, sim.tokens.app);
    const a = await api.get<Advisory[]>('/orgs/bigorg/security-advisories?per_page=5');
    const b = await api.get<Advisory[]>('/orgs/bigorg/security-advisories?per_page=5&page=3');
    expect(b.body.map((x) => x.ghsa_id)).toEqual(a.body.map((x) => x.ghsa_id));
  });
});

describe('advisory access and updates', () => {
  let sim: GitHubSim;
  beforeAll(async () => {
    sim = await GitHubSim.start({ world: psrtWorld('fixture'), inProcessOnly: true, frozenClock: true });
    sim.setRateLimits({ secondary: false });
  });
  afterAll(() => sim.close());

  it('refuses the Actions token (403) and hides drafts from non-collaborators (404)', async () => {
    const actions = client(sim, sim.tokens.actions);
    const r = await actions.get<{ message: string }>('/repos/python/cpython/security-advisories');
    expect(r.status).toBe(403);
    expect(r.body.message).toBe('Resource not accessible by integration');
    expect((await actions.get('/repos/python/cpython/security-advisories/GHSA-r2v8-hc5x-m4qf')).status).toBe(403);
    expect((await actions.get('/orgs/python/security-advisories')).status).toBe(403);

    sim.load({
      ...psrtWorld('fixture'),
      tokens: {
        ...psrtWorld('fixture').tokens,
        kp: { token: 'ghp_kp', kind: 'user', login: 'kp-seclab' },
        nadia: { token: 'ghp_nadia', kind: 'user', login: 'nadia-fuzzes' },
      },
    });
    const kp = client(sim, 'ghp_kp');
    // Not a collaborator of the ipaddress draft: 404, as if it did not exist; published ones are public.
    expect((await kp.get('/repos/python/cpython/security-advisories/GHSA-w8h2-c4xq-5mr9')).status).toBe(404);
    expect((await kp.get('/repos/python/cpython/security-advisories/GHSA-2c9f-x4mp-7qrw')).status).toBe(200);
    // Their own report (author) and drafts they collaborate on are visible.
    expect((await kp.get('/repos/python/cpython/security-advisories/GHSA-x3q9-m7vh-2wcp')).status).toBe(200);
    const nadia = client(sim, 'ghp_nadia');
    expect((await nadia.get('/repos/python/cpython/security-advisories/GHSA-r2v8-hc5x-m4qf')).status).toBe(200);
    const listed = await kp.get<Advisory[]>('/repos/python/cpython/security-advisories?per_page=100');
    expect(
      listed.body.every(
        (a) =>
          ['published', 'closed'].includes(a.state) ||
          a.ghsa_id === 'GHSA-x3q9-m7vh-2wcp' ||
          a.ghsa_id === 'GHSA-q9x4-2cfm-7rwh' ||
          // The report desk's reports kp-seclab wrote.
          a.ghsa_id === 'GHSA-3m7q-wx2c-9vhp' ||
          a.ghsa_id === 'GHSA-h9c3-x7qm-4wvp',
      ),
    ).toBe(true);
    // The org-wide list needs an owner or security manager.
    expect((await kp.get('/orgs/python/security-advisories')).status).toBe(404);
    expect((await client(sim, sim.tokens.member).get('/orgs/python/security-advisories')).status).toBe(200);
  });

  it('lets a team member read through the collaborating team, and the security manager role read everything', async () => {
    sim.load({
      ...psrtWorld('fixture'),
      tokens: { ...psrtWorld('fixture').tokens, quillon: { token: 'ghp_pic', kind: 'user', login: 'quillon' } },
    });
    const pic = client(sim, 'ghp_pic');
    expect((await pic.get('/repos/python/cpython/security-advisories/GHSA-r2v8-hc5x-m4qf')).status).toBe(200);
    // The ipaddress draft lacks the team: a team member cannot see it …
    expect((await pic.get('/repos/python/cpython/security-advisories/GHSA-w8h2-c4xq-5mr9')).status).toBe(404);
    // … until the team holds the security_manager org role.
    const app = client(sim, sim.tokens.app);
    const roles = await app.get<{ roles: { id: number; name: string }[] }>('/orgs/python/organization-roles');
    const sm = roles.body.roles.find((r) => r.name === 'security_manager')!;
    expect(sm.id).toBeGreaterThan(1000);
    expect((await app.put(`/orgs/python/organization-roles/teams/psrt/${sm.id}`)).status).toBe(204);
    expect((await pic.get('/repos/python/cpython/security-advisories/GHSA-w8h2-c4xq-5mr9')).status).toBe(200);
    expect((await pic.get('/orgs/python/security-advisories')).status).toBe(200);
  });

  it("follows GitHub's state rules on PATCH", async () => {
    sim.reset();
    const app = client(sim, sim.tokens.app);
    const path = (ghsa: string): string => `/repos/python/cpython/security-advisories/${ghsa}`;
    // Only published, closed and draft may be asked for.
    expect((await app.patch(path('GHSA-x3q9-m7vh-2wcp'), { state: 'triage' })).status).toBe(422);
    expect((await app.patch(path('GHSA-x3q9-m7vh-2wcp'), { state: 'withdrawn' })).status).toBe(422);
    // A report must be accepted (draft) before it is published.
    expect((await app.patch(path('GHSA-x3q9-m7vh-2wcp'), { state: 'published' })).status).toBe(422);
    const accepted = await app.patch<Advisory>(path('GHSA-x3q9-m7vh-2wcp'), { state: 'draft' });
    expect(accepted.status).toBe(200);
    expect(accepted.body.state).toBe('draft');
    // Close, reopen as draft, publish; then it cannot go back.
    expect((await app.patch<Advisory>(path('GHSA-w8h2-c4xq-5mr9'), { state: 'closed' })).body.state).toBe('closed');
    expect((await app.patch<Advisory>(path('GHSA-w8h2-c4xq-5mr9'), { state: 'published' })).status).toBe(422);
    expect((await app.patch<Advisory>(path('GHSA-w8h2-c4xq-5mr9'), { state: 'draft' })).body.state).toBe('draft');
    const published = await app.patch<Advisory>(path('GHSA-w8h2-c4xq-5mr9'), { state: 'published' });
    expect(published.status).toBe(200);
    expect(published.body.published_at).toBe(sim.now().toISOString().replace('.000Z', 'Z'));
    expect((await app.patch(path('GHSA-w8h2-c4xq-5mr9'), { state: 'closed' })).status).toBe(422);
    expect((await app.patch(path('GHSA-w8h2-c4xq-5mr9'), { state: 'draft' })).status).toBe(422);
  });

  it('scores CVSS 3.x and 4.0 vectors in cvss_severities, and names the CWEs', async () => {
    sim.reset();
    const app = client(sim, sim.tokens.app);
    const a = await app.get<{
      severity: string;
      cvss_severities: { cvss_v3: { score: number | null }; cvss_v4: { vector_string: string; score: number | null } };
      cwes: { cwe_id: string; name: string }[];
    }>('/repos/python/cpython/security-advisories/GHSA-6hm8-9x3w-qq5j');
    // 6.5 is the 3.1 base score (FIRST's formula); 7.1 the 4.0 one, as ae-cvss-calculator computes it.
    expect(a.body.cvss_severities.cvss_v3.score).toBe(6.5);
    expect(a.body.cvss_severities.cvss_v4.score).toBe(7.1);
    expect(a.body.severity).toBe('medium');
    expect(a.body.cwes).toEqual([
      { cwe_id: 'CWE-22', name: "Improper Limitation of a Pathname to a Restricted Directory ('Path Traversal')" },
    ]);
  });

  it('validates fields: CVSS 3 only, known teams, credit types; credits come back with their state', async () => {
    sim.reset();
    const app = client(sim, sim.tokens.app);
    const path = '/repos/python/cpython/security-advisories/GHSA-v6w3-9mqx-f2c4';
    expect(
      (await app.patch(path, { cvss_vector_string: 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N' }))
        .status,
    ).toBe(422);
    expect(
      (await app.patch(path, { severity: 'high', cvss_vector_string: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }))
        .status,
    ).toBe(422);
    expect((await app.patch(path, { collaborating_teams: ['psrt', 'ghost-team'] })).status).toBe(422);
    expect((await app.patch(path, { credits: [{ login: 'hollis', type: 'cheerleader' }] })).status).toBe(422);
    const ok = await app.patch<Advisory>(path, {
      cvss_vector_string: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
      collaborating_teams: ['psrt', 'release-managers'],
      credits: [
        { login: 'lmarchetti', type: 'reporter' },
        { login: 'hollis', type: 'coordinator' },
        { login: 'grebe', type: 'remediation_developer' },
      ],
    });
    expect(ok.status).toBe(200);
    expect(ok.body.cvss?.score).toBe(9.8);
    expect(ok.body.severity).toBe('critical');
    expect(ok.body.collaborating_teams.map((t) => t.slug)).toEqual(['psrt', 'release-managers']);
    expect(ok.body.credits_detailed.map((c) => [c.user.login, c.type, c.state])).toEqual([
      ['lmarchetti', 'reporter', 'accepted'],
      ['hollis', 'coordinator', 'pending'],
      ['grebe', 'remediation_developer', 'pending'],
    ]);
  });

  it('creates a private fork that exists as a repo with pull requests', async () => {
    sim.reset();
    const app = client(sim, sim.tokens.app);
    const member = client(sim, sim.tokens.member);
    const fork = await app.post<{ full_name: string; private: boolean }>(
      '/repos/python/cpython/security-advisories/GHSA-w8h2-c4xq-5mr9/forks',
    );
    expect(fork.status).toBe(202);
    expect(fork.body).toMatchObject({ full_name: 'python/cpython-ghsa-w8h2-c4xq-5mr9', private: true });
    const adv = await app.get<{ private_fork: { full_name: string } | null }>(
      '/repos/python/cpython/security-advisories/GHSA-w8h2-c4xq-5mr9',
    );
    expect(adv.body.private_fork?.full_name).toBe('python/cpython-ghsa-w8h2-c4xq-5mr9');
    expect((await member.get('/repos/python/cpython-ghsa-w8h2-c4xq-5mr9/pulls')).status).toBe(200);
    expect((await member.get('/repos/python/cpython-ghsa-r2v8-hc5x-m4qf/pulls/1/reviews')).body).toHaveLength(2);
  });

  it('with a fork delay, answers 202 at once and shows the fork on the advisory only once the delay has passed', async () => {
    sim.reset();
    const app = client(sim, sim.tokens.app);
    const path = '/repos/python/cpython/security-advisories/GHSA-w8h2-c4xq-5mr9';
    const control = await sim.fetch(`${sim.url}/_sim/forks`, {
      method: 'POST',
      body: JSON.stringify({ delaySeconds: 600 }),
    });
    expect(control.status).toBe(200);
    const start = sim.now();
    sim.setNow(start);
    expect((await app.post(`${path}/forks`)).status).toBe(202);
    expect((await app.get<{ private_fork: unknown }>(path)).body.private_fork).toBeNull();
    sim.setNow(new Date(start.getTime() + 599_000));
    expect((await app.get<{ private_fork: unknown }>(path)).body.private_fork).toBeNull();
    sim.setNow(new Date(start.getTime() + 600_000));
    expect((await app.get<{ private_fork: { full_name: string } | null }>(path)).body.private_fork?.full_name).toBe(
      'python/cpython-ghsa-w8h2-c4xq-5mr9',
    );
    // Asking again while one exists gives the same fork, not a second one.
    expect((await app.post<{ full_name: string }>(`${path}/forks`)).body.full_name).toBe(
      'python/cpython-ghsa-w8h2-c4xq-5mr9',
    );
  });

  it('serves advisory comments on public repositories only', async () => {
    sim.reset();
    const app = client(sim, sim.tokens.app);
    const r = await app.get<{ body: string }[]>(
      '/repos/python/cpython/security-advisories/GHSA-j4w9-6p2x-c8mr/comments',
    );
    expect(r.status).toBe(200);
    expect(r.body.map((c) => c.body)).toHaveLength(2);
    expect(
      (
        await app.get(
          '/repos/python/cpython/security-advisories/GHSA-j4w9-6p2x-c8mr/comments?since=2026-01-20T15:30:00Z',
        )
      ).body,
    ).toHaveLength(1);
    sim.load({
      now: '2026-11-26T12:00:00Z',
      users: [{ login: 'owner' }],
      orgs: [{ login: 'o', owners: ['owner'] }],
      repos: [
        {
          full_name: 'o/private',
          private: true,
          advisories: [
            { ghsa_id: 'GHSA-2222-3333-4444', summary: 'x', state: 'draft', comments: [{ user: 'owner', body: 'hi' }] },
          ],
        },
      ],
    });
    const priv = client(sim, sim.tokens.app);
    expect((await priv.get('/repos/o/private/security-advisories/GHSA-2222-3333-4444')).status).toBe(200);
    expect((await priv.get('/repos/o/private/security-advisories/GHSA-2222-3333-4444/comments')).status).toBe(404);
  });
});
