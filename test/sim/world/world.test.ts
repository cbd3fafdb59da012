import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GitHubSim } from '../github/index.js';
import { client } from '../github/test-helpers.js';
import { generateWorld } from './generate.js';
import { loadWorld, validateWorld, type WorldError } from './index.js';
import { DEMO_CAST, FIXTURE_CAST, buildPsrtWorld, psrtConfig, psrtWorld } from './psrt/index.js';
import { withMember } from './psrt/lifecycle.js';
import { generatedTypes, typesFromSchema, typesPath } from './schema-types.js';

const small = fileURLToPath(new URL('./fixtures/small.json', import.meta.url));

describe('world files', () => {
  it('validate with readable paths for shape and references', () => {
    const problems = (w: unknown): string[] => {
      try {
        validateWorld(w);
        return [];
      } catch (e) {
        return (e as WorldError).problems;
      }
    };
    expect(problems({ now: 'soon' })).toEqual(['/now: must match format "date-time"']);
    expect(problems({ now: '2026-01-01T00:00:00Z', users: [{ login: 'a', nickname: 'x' }] })).toEqual([
      "/users/0: must NOT have additional properties ('nickname')",
    ]);
    expect(
      problems({
        now: '2026-01-01T00:00:00Z',
        users: [{ login: 'a' }],
        orgs: [{ login: 'o', owners: ['a'] }],
        teams: [{ org: 'o', slug: 't', members: ['b'] }],
        repos: [{ full_name: 'o/r', advisories: [{ summary: 's', state: 'draft', collaborating_teams: ['nope'] }] }],
      }),
    ).toEqual([
      "/teams/0/members/0: unknown user 'b'",
      "/repos/0/advisories/0/collaborating_teams/0: unknown team 'o/nope'",
    ]);
    expect(
      problems({
        now: '2026-01-01T00:00:00Z',
        repos: [{ full_name: 'x/y', advisories: [{ summary: 's', state: 'open' }] }],
      })[0],
    ).toMatch(
      /^\/repos\/0\/advisories\/0\/state: must be equal to one of the allowed values \(triage, draft, published, closed, withdrawn\)/,
    );
  });

  it('the fixture world and the hand-written example are valid', () => {
    expect(psrtWorld('fixture').repos?.map((r) => r.full_name)).toEqual([
      'python/cpython',
      'pypa/pip',
      'python/psrt-ops',
    ]);
    expect(loadWorld(small).users).toHaveLength(4);
  });
});

describe('the world format, defined once', () => {
  it('types.ts is what schema-types.ts makes of world.schema.json (run it after changing the schema)', async () => {
    expect(readFileSync(typesPath, 'utf8')).toBe(await generatedTypes());
  });

  it('writes types from a schema: titled definitions, extension by $ref, nullable unions, maps and docs', async () => {
    const text = await typesFromSchema({
      title: 'Root',
      type: 'object',
      required: ['a'],
      properties: {
        a: { description: 'An a.', $ref: '#/$defs/base' },
        b: { type: 'array', items: { oneOf: [{ type: 'string' }, { type: 'null' }] } },
        c: { type: 'object', additionalProperties: { enum: ['x', 'y'] } },
      },
      $defs: {
        base: { title: 'Base', type: 'object', properties: { id: { type: 'integer' } } },
        more: { title: 'More', $ref: '#/$defs/base', properties: { on: { const: false } }, required: ['on'] },
        hidden: { type: 'string' },
      },
    });
    expect(text).toContain('export interface Root {\n  /** An a. */\n  a: Base;\n  b?: (string | null)[];');
    expect(text).toContain("c?: Record<string, 'x' | 'y'>;");
    expect(text).toContain('export interface More extends Base {\n  on: false;\n}');
    expect(text).not.toContain('hidden');
  });
});

describe('the PSRT world builder', () => {
  const { members, policy } = psrtConfig('fixture');

  it('builds a valid world whoever is on the roster: the demo cast on the fictional roster shares nobody', () => {
    const world = buildPsrtWorld({ members, policy, cast: DEMO_CAST });
    const logins = new Set(world.users!.map((u) => u.login));
    for (const person of Object.values(DEMO_CAST)) expect(logins).toContain(person.login);
    const team = world.teams!.find((t) => t.slug === 'psrt')!;
    // The roster's members are on the team except the gaps the fixed data makes, which only apply to the cast.
    expect(team.members).toContain('AB-Kestrel');
    expect(team.members).toContain('mirarune');
  });

  it('follows a roster with one member added, one removed and one moved to emeritus', () => {
    const churned = withMember(
      members.replace('  - name: Tamsin Petrie\n    login: tam-two\n', ''),
      'Nadia Okafor',
      '  - name: Nadia Okafor\n    login: nadia-fuzzes\n    joined: 2026-11-01\n    vote: https://github.com/python/psrt-ops/pull/9\n',
    )
      .replace('  - name: Thorn Abernathy\n    login: thorn\n', '')
      .concat('  - name: Thorn Abernathy\n    login: thorn\n    left: 2026-11-20\n    reason: Stepped down\n');
    const world = buildPsrtWorld({ members: churned, policy, cast: FIXTURE_CAST });
    const team = world.teams!.find((t) => t.slug === 'psrt')!;
    expect(team.members).toContain('nadia-fuzzes');
    expect(team.members).not.toContain('tam-two');
    expect(team.members).not.toContain('thorn');
    // People the fixed data names stay GitHub users when they leave the roster.
    expect(world.users!.map((u) => u.login)).toEqual(expect.arrayContaining(['tam-two', 'thorn']));
    const ops = world.repos!.find((r) => r.full_name === 'python/psrt-ops')!;
    expect(ops.files!['members.yaml']).toBe(churned);
  });

  it('adds a nominee to members.yaml in name order, keeping everything else', () => {
    const text =
      'members:\n  - name: Ann\n    login: ann\n  # Carl: a comment\n  - name: Carl\n    login: carl\n\n# end\nemeritus: []\n';
    expect(withMember(text, 'Bea', '  - name: Bea\n    login: bea\n')).toBe(
      'members:\n  - name: Ann\n    login: ann\n  - name: Bea\n    login: bea\n  # Carl: a comment\n  - name: Carl\n    login: carl\n\n# end\nemeritus: []\n',
    );
    expect(withMember(text, 'Dee', '  - name: Dee\n    login: dee\n')).toBe(
      'members:\n  - name: Ann\n    login: ann\n  # Carl: a comment\n  - name: Carl\n    login: carl\n  - name: Dee\n    login: dee\n\n# end\nemeritus: []\n',
    );
  });
});

describe('load → mutate → export → load', () => {
  it('serves the exported world as the mutated one', async () => {
    const a = await GitHubSim.start({ world: psrtWorld('fixture'), inProcessOnly: true, frozenClock: true });
    const app = client(a, a.tokens.app);
    await app.put('/orgs/python/teams/psrt/memberships/mirarune', { role: 'member' });
    await app.put('/orgs/python/teams/psrt/memberships/kp-seclab', { role: 'member' });
    await app.patch('/repos/python/cpython/security-advisories/GHSA-w8h2-c4xq-5mr9', {
      collaborating_teams: ['psrt'],
      state: 'published',
      cvss_vector_string: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H',
    });
    await app.post('/repos/python/cpython/security-advisories/GHSA-v6w3-9mqx-f2c4/forks');
    const issue = await app.post<{ number: number }>('/repos/python/psrt-ops/issues', {
      title: 'Vote',
      labels: ['vote-open'],
    });
    await app.post(`/repos/python/psrt-ops/issues/${issue.body.number}/comments`, { body: '+1' });
    const file = await app.get<{ sha: string }>('/repos/python/psrt-ops/contents/members.yaml');
    await app.put('/repos/python/psrt-ops/contents/members.yaml', {
      message: 'Edit',
      content: Buffer.from('members: []\n').toString('base64'),
      sha: file.body.sha,
    });
    await app.post('/repos/python/psrt-ops/git/refs', {
      ref: 'refs/heads/nominate',
      sha: file.body.sha.replace(/./g, '0'),
    }); // refused: unknown object
    const main = await app.get<{ object: { sha: string } }>('/repos/python/psrt-ops/git/ref/heads/main');
    await app.post(`/repos/python/psrt-ops/statuses/${main.body.object.sha}`, { state: 'success', context: 'ci' });
    // A commit on a private fork's default branch (the member administers cpython).
    const forkFile = await client(a, a.tokens.member).get<{ sha: string }>(
      '/repos/python/cpython-ghsa-r2v8-hc5x-m4qf/contents/SECURITY.md',
    );
    await client(a, a.tokens.member).put('/repos/python/cpython-ghsa-r2v8-hc5x-m4qf/contents/SECURITY.md', {
      message: 'Fix',
      content: Buffer.from('fixed\n').toString('base64'),
      sha: forkFile.body.sha,
    });

    const exported = JSON.parse(JSON.stringify(a.snapshot())) as unknown;
    const b = await GitHubSim.start({ world: validateWorld(exported), inProcessOnly: true, frozenClock: true });
    const paths = [
      '/orgs/python/teams/psrt/members?per_page=100',
      '/orgs/python/teams/psrt/invitations',
      '/orgs/python/failed_invitations',
      '/repos/python/cpython/security-advisories?per_page=100',
      '/repos/python/cpython/security-advisories/GHSA-w8h2-c4xq-5mr9',
      '/repos/python/cpython-ghsa-v6w3-9mqx-f2c4',
      `/repos/python/psrt-ops/issues/${issue.body.number}/events`,
      `/repos/python/psrt-ops/issues/${issue.body.number}/comments`,
      '/repos/python/psrt-ops/contents/members.yaml',
      '/repos/python/psrt-ops/git/ref/heads/main',
      '/repos/python/psrt-ops/commits/main/statuses',
      '/users/gone-reporter',
      '/users/hanna-sec',
      '/repos/python/cpython-ghsa-r2v8-hc5x-m4qf/pulls/comments',
      '/repos/python/cpython-ghsa-r2v8-hc5x-m4qf/pulls/1',
      '/repos/python/cpython-ghsa-r2v8-hc5x-m4qf/git/ref/heads/main',
    ];
    for (const path of paths) {
      const [x, y] = await Promise.all([client(a, a.tokens.member).get(path), client(b, b.tokens.member).get(path)]);
      expect({ path, status: y.status, body: y.body }).toEqual({ path, status: x.status, body: x.body });
      // Served (the deleted account excepted), so the comparison says something.
      if (path !== '/users/gone-reporter') expect({ path, status: x.status }).toEqual({ path, status: 200 });
    }
    expect(JSON.parse(JSON.stringify(b.snapshot()))).toEqual(exported);
  });
});

describe('generated worlds', () => {
  it('are the same for the same seed, and valid', () => {
    const p = { members: 50, repos: 10, advisories: 300, seed: 42 };
    const one = generateWorld(p);
    expect(generateWorld(p)).toEqual(one);
    expect(generateWorld({ ...p, seed: 43 })).not.toEqual(one);
    expect(validateWorld(JSON.parse(JSON.stringify(one)))).toBeTruthy();
    expect(one.repos!.reduce((n, r) => n + (r.advisories?.length ?? 0), 0)).toBe(300);
  });
});

describe('npm run sim', () => {
  it('starts both simulators on a hand-written world file and serves it as written', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(new URL('../main.ts', import.meta.url)), '--world-file', small],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      const line = await new Promise<string>((resolve, reject) => {
        createInterface({ input: child.stdout }).once('line', resolve);
        child.once('exit', (code) => reject(new Error(`sim exited with ${code}`)));
      });
      const info = JSON.parse(line) as {
        github: string;
        graphql: string;
        cveServices: string;
        tokens: Record<string, string>;
        cve: { org: string; user: string; key: string };
      };
      expect(Object.keys(info)).toEqual(['github', 'graphql', 'cveServices', 'tokens', 'cve']);
      expect(info.tokens).toEqual({
        app: 'ghs_smallworldapp',
        member: 'ghp_smallworldbob',
        actions: 'ghs_smallworldactions',
      });
      const get = async (
        path: string,
        token = info.tokens['member']!,
      ): Promise<{ status: number; body: Record<string, unknown> & Record<string, unknown>[] }> => {
        const r = await fetch(`${info.github}${path}`, { headers: { authorization: `token ${token}` } });
        return { status: r.status, body: (await r.json()) as Record<string, unknown> & Record<string, unknown>[] };
      };
      expect((await get('/users/alice')).body).toMatchObject({
        login: 'alice',
        name: 'Alice Admin',
        email: 'alice@example.org',
      });
      expect((await get('/repos/acme/widget/pulls/7/reviews')).body).toEqual([
        expect.objectContaining({ state: 'APPROVED', submitted_at: '2026-05-31T12:00:00Z' }),
      ]);
      expect((await get('/repos/acme/widget/issues/3/events')).body).toEqual([
        expect.objectContaining({
          event: 'labeled',
          created_at: '2026-05-20T08:00:00Z',
          actor: expect.objectContaining({ login: 'alice' }),
        }),
      ]);
      expect((await get('/repos/acme/widget/security-advisories/GHSA-2345-6789-cfgh')).body).toMatchObject({
        summary: 'Widget overflow',
        state: 'draft',
        author: expect.objectContaining({ login: 'dave' }),
      });
      expect(
        (await get('/repos/acme/widget/security-advisories/GHSA-2345-6789-cfgh', 'ghp_smallworldcarol')).status,
      ).toBe(404);
      expect((await get('/orgs/acme/teams/security/memberships/carol', 'ghs_smallworldapp')).body).toMatchObject({
        state: 'pending',
      });
      const exit = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      expect(await exit).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
