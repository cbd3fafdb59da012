// Conformance of the GitHub simulator with GitHub's own OpenAPI description: every route the router
// serves has cases here, each response is validated (Ajv) against the description's schema for its
// status; preview routes against preview-schemas.json, GraphQL through GitHub's schema.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { GitHubSim } from '../sim/github/index.js';
import { psrtWorld } from '../sim/world/psrt/index.js';
import { extract, installedVersion, subsetPath, type ResponseSubset } from './extract-schemas.js';
import { graphqlProblems, type GraphqlResponse } from './graphql-check.js';
import { ResponseValidator } from './validator.js';

interface Call {
  method: string;
  path: string;
  token?: 'app' | 'member' | 'actions';
  body?: unknown;
  expect: number;
  headers?: Record<string, string>;
}
interface Recorded {
  route: string;
  status: number;
  problems: string[];
}

let sim: GitHubSim;
let validator: ResponseValidator;
const recorded: Recorded[] = [];

/** Which route a concrete path hits, from the simulator's own router. */
function routeOf(method: string, path: string): string {
  const template = sim.routeFor(method, path.split('?')[0]!);
  return template ? `${method} ${template}` : `${method} (no route)`;
}

async function call(c: Call): Promise<{ status: number; body: unknown; headers: Headers }> {
  const res = await sim.fetch(c.path, {
    method: c.method,
    headers: {
      authorization: `token ${sim.tokens[c.token ?? 'app']}`,
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
      ...(c.headers ?? {}),
    },
    body: c.body === undefined ? undefined : JSON.stringify(c.body),
  });
  const text = await res.text();
  const body: unknown = text ? JSON.parse(text) : null;
  const route = routeOf(c.method, c.path);
  const preview = sim.routes().find((r) => `${r.method} ${r.template}` === route)?.preview ?? false;
  const problems: string[] = [];
  if (res.status !== c.expect) problems.push(`expected ${c.expect}, got ${res.status}: ${text.slice(0, 300)}`);
  else if (route.endsWith('/graphql')) {
    // Checked by the GraphQL cases themselves.
  } else if (preview) {
    const name = res.status >= 400 ? 'error' : Array.isArray(body) ? 'advisory-comment-list' : 'advisory-comment';
    problems.push(...validator.validatePreview(name, body));
  } else {
    problems.push(...validator.validate(route, res.status, body));
  }
  recorded.push({ route, status: res.status, problems });
  expect(problems, `${c.method} ${c.path}`).toEqual([]);
  return { status: res.status, body, headers: res.headers };
}

const get = (
  path: string,
  expectStatus = 200,
  token?: Call['token'],
): Promise<{ status: number; body: unknown; headers: Headers }> =>
  call({ method: 'GET', path, expect: expectStatus, token });

beforeAll(async () => {
  validator = new ResponseValidator();
  sim = await GitHubSim.start({ world: psrtWorld('fixture'), inProcessOnly: true, frozenClock: true });
  sim.setRateLimits({ secondary: false });
});

describe('the committed schema subset', () => {
  it('was extracted from the installed @octokit/openapi and covers the routes served', () => {
    const committed = JSON.parse(readFileSync(subsetPath, 'utf8')) as ResponseSubset;
    expect(committed.version).toBe(installedVersion());
    expect(extract()).toEqual(committed);
  });
});

describe("REST responses match GitHub's description", () => {
  it('users', async () => {
    const hollis = (await get('/users/hollis')).body as { id: number };
    await get('/users/no-such-user-here', 404);
    await get(`/user/${hollis.id}`);
    await get('/user/999999999', 404);
    await get('/user', 200, 'member');
    await get('/user', 403, 'app');
  });

  it('orgs, members and invitations', async () => {
    await get('/orgs/python');
    await get('/orgs/no-such-org', 404);
    await get('/orgs/python/members?per_page=5&role=admin');
    await get('/orgs/python/members?role=boss', 422);
    await get('/orgs/python/failed_invitations');
  });

  it('teams and memberships', async () => {
    await get('/orgs/python/teams/psrt/members?role=maintainer');
    await get('/orgs/python/teams/psrt/memberships/hollis');
    await get('/orgs/python/teams/psrt/memberships/OttoFromOslo');
    await get('/orgs/python/teams/psrt/memberships/nadia-fuzzes', 404);
    await call({
      method: 'PUT',
      path: '/orgs/python/teams/psrt/memberships/mirarune',
      body: { role: 'member' },
      expect: 200,
    });
    await call({
      method: 'PUT',
      path: '/orgs/python/teams/psrt/memberships/kp-seclab',
      body: { role: 'member' },
      expect: 200,
    });
    await call({
      method: 'PUT',
      path: '/orgs/python/teams/psrt/memberships/hollis',
      body: { role: 'boss' },
      expect: 422,
    });
    await call({ method: 'DELETE', path: '/orgs/python/teams/psrt/memberships/vstrand', expect: 204 });
    await get('/orgs/python/teams/psrt/invitations');
  });

  it('organization roles', async () => {
    const roles = (await get('/orgs/python/organization-roles')).body as { roles: { id: number; name: string }[] };
    const sm = roles.roles.find((r) => r.name === 'security_manager')!;
    await get('/orgs/python/organization-roles/1/teams', 404);
    await call({ method: 'PUT', path: `/orgs/python/organization-roles/teams/psrt/${sm.id}`, expect: 204 });
    await call({ method: 'PUT', path: `/orgs/python/organization-roles/teams/nope/${sm.id}`, expect: 404 });
    await get(`/orgs/python/organization-roles/${sm.id}/teams`);
  });

  it('repos, private vulnerability reporting, contents and refs', async () => {
    await get('/repos/python/cpython');
    await get('/repos/python/psrt-ops', 200, 'actions');
    await get('/repos/python/nope', 404);
    await get('/repos/python/cpython/private-vulnerability-reporting');
    await call({ method: 'PUT', path: '/repos/python/cpython/private-vulnerability-reporting', expect: 204 });
    await get('/repos/python/cpython/contents/SECURITY.md');
    await get('/repos/python/cpython/contents/NOPE.md', 404);
    const file = (await get('/repos/python/psrt-ops/contents/members.yaml?ref=main')).body as {
      sha: string;
      content: string;
    };
    const content = Buffer.from(`${Buffer.from(file.content, 'base64').toString('utf8')}# edited\n`).toString('base64');
    await call({
      method: 'PUT',
      path: '/repos/python/psrt-ops/contents/members.yaml',
      body: { message: 'Edit', content, sha: file.sha },
      expect: 200,
    });
    await call({
      method: 'PUT',
      path: '/repos/python/psrt-ops/contents/members.yaml',
      body: { message: 'Edit', content, sha: file.sha },
      expect: 409,
    });
    await call({
      method: 'PUT',
      path: '/repos/python/psrt-ops/contents/notes/new.md',
      body: { message: 'Add', content: Buffer.from('hi\n').toString('base64') },
      expect: 201,
    });
    await call({ method: 'PUT', path: '/repos/python/psrt-ops/contents/x.md', body: { content: 'aGk=' }, expect: 422 });
    const ref = (await get('/repos/python/psrt-ops/git/ref/heads/main')).body as { object: { sha: string } };
    await get('/repos/python/psrt-ops/git/ref/heads/nope', 404);
    await call({
      method: 'POST',
      path: '/repos/python/psrt-ops/git/refs',
      body: { ref: 'refs/heads/conformance', sha: ref.object.sha },
      expect: 201,
    });
    await call({
      method: 'POST',
      path: '/repos/python/psrt-ops/git/refs',
      body: { ref: 'refs/heads/conformance', sha: ref.object.sha },
      expect: 422,
    });
    await call({
      method: 'PATCH',
      path: '/repos/python/psrt-ops/git/refs/heads/conformance',
      body: { sha: ref.object.sha, force: true },
      expect: 200,
    });
  });

  it('pull requests, reviews and review comments', async () => {
    const main = (await get('/repos/python/psrt-ops/git/ref/heads/main')).body as { object: { sha: string } };
    await call({
      method: 'POST',
      path: '/repos/python/psrt-ops/git/refs',
      body: { ref: 'refs/heads/nominate-someone', sha: main.object.sha },
      expect: 201,
    });
    await call({
      method: 'PUT',
      path: '/repos/python/psrt-ops/contents/members.yaml',
      body: {
        message: 'Nominate',
        content: Buffer.from('members: []\n').toString('base64'),
        branch: 'nominate-someone',
        sha: ((await get('/repos/python/psrt-ops/contents/members.yaml?ref=nominate-someone')).body as { sha: string })
          .sha,
      },
      expect: 200,
    });
    const pr = (
      await call({
        method: 'POST',
        path: '/repos/python/psrt-ops/pulls',
        body: { title: 'Nominate someone', head: 'nominate-someone', base: 'main', body: 'Vote please' },
        expect: 201,
      })
    ).body as { number: number };
    await call({
      method: 'POST',
      path: '/repos/python/psrt-ops/pulls',
      body: { title: 'Again', head: 'nominate-someone', base: 'main' },
      expect: 422,
    });
    await get('/repos/python/psrt-ops/pulls?state=all&per_page=1');
    await get(`/repos/python/psrt-ops/pulls/${pr.number}`);
    await get('/repos/python/psrt-ops/pulls/999', 404);
    await call({
      method: 'PATCH',
      path: `/repos/python/psrt-ops/pulls/${pr.number}`,
      body: { title: 'Nominate someone (vote)' },
      expect: 200,
    });
    await get(`/repos/python/psrt-ops/pulls/${pr.number}/files`);
    await call({
      method: 'POST',
      path: `/repos/python/psrt-ops/pulls/${pr.number}/requested_reviewers`,
      body: { reviewers: ['hollis'], team_reviewers: ['steering-council'] },
      expect: 201,
    });
    await call({
      method: 'POST',
      path: `/repos/python/psrt-ops/pulls/${pr.number}/requested_reviewers`,
      body: { reviewers: ['nadia-fuzzes'] },
      expect: 422,
    });
    // Merging: a stale head sha is a conflict, the merge moves main, and a merged PR cannot merge again.
    await call({
      method: 'POST',
      path: '/repos/python/psrt-ops/git/refs',
      body: { ref: 'refs/heads/conformance-merge', sha: main.object.sha },
      expect: 201,
    });
    await call({
      method: 'PUT',
      path: '/repos/python/psrt-ops/contents/records/CVE-2026-0001.json',
      body: { message: 'A record', content: Buffer.from('{}\n').toString('base64'), branch: 'conformance-merge' },
      expect: 201,
    });
    const toMerge = (
      await call({
        method: 'POST',
        path: '/repos/python/psrt-ops/pulls',
        body: { title: 'A record', head: 'conformance-merge', base: 'main' },
        expect: 201,
      })
    ).body as { number: number };
    const mergePath = `/repos/python/psrt-ops/pulls/${toMerge.number}/merge`;
    await call({ method: 'PUT', path: mergePath, body: { sha: main.object.sha }, expect: 409 });
    await call({ method: 'PUT', path: mergePath, body: { merge_method: 'fast' }, expect: 422 });
    await call({ method: 'PUT', path: mergePath, body: { merge_method: 'squash' }, expect: 200 });
    await call({ method: 'PUT', path: mergePath, expect: 405 });
    await get(`/repos/python/psrt-ops/contents/records/CVE-2026-0001.json?ref=main`);
    // The private fork of an advisory: its pull requests, reviews and review comments.
    const fork = 'python/cpython-ghsa-r2v8-hc5x-m4qf';
    await get(`/repos/${fork}/pulls?state=all`, 200, 'member');
    await get(`/repos/${fork}/pulls/1/reviews`, 200, 'member');
    await get(`/repos/${fork}/pulls/comments?since=2026-01-01T00:00:00Z`, 200, 'member');
  });

  it('issues, comments, labels and events', async () => {
    const issue = (
      await call({
        method: 'POST',
        path: '/repos/python/psrt-ops/issues',
        body: { title: 'Vote: nominate someone', body: 'Vote here', labels: ['vote-open'] },
        expect: 201,
      })
    ).body as { number: number };
    await call({ method: 'POST', path: '/repos/python/psrt-ops/issues', body: { body: 'no title' }, expect: 422 });
    await get('/repos/python/psrt-ops/issues?state=all&labels=vote-open&per_page=1');
    await get(`/repos/python/psrt-ops/issues/${issue.number}`);
    await get('/repos/python/psrt-ops/issues/999', 404);
    await call({
      method: 'PATCH',
      path: `/repos/python/psrt-ops/issues/${issue.number}`,
      body: { state: 'closed', state_reason: 'completed' },
      expect: 200,
    });
    const comment = (
      await call({
        method: 'POST',
        path: `/repos/python/psrt-ops/issues/${issue.number}/comments`,
        body: { body: '+1' },
        expect: 201,
      })
    ).body as { id: number };
    await call({
      method: 'POST',
      path: `/repos/python/psrt-ops/issues/${issue.number}/comments`,
      body: {},
      expect: 422,
    });
    await get(`/repos/python/psrt-ops/issues/${issue.number}/comments`);
    await call({
      method: 'PATCH',
      path: `/repos/python/psrt-ops/issues/comments/${comment.id}`,
      body: { body: '+1 (edited)' },
      expect: 200,
    });
    await get('/repos/python/psrt-ops/issues/comments?since=2025-01-01T00:00:00Z');
    const extra = (
      await call({
        method: 'POST',
        path: `/repos/python/psrt-ops/issues/${issue.number}/comments`,
        body: { body: 'a second copy' },
        expect: 201,
      })
    ).body as { id: number };
    await call({ method: 'DELETE', path: `/repos/python/psrt-ops/issues/comments/${extra.id}`, expect: 204 });
    await call({
      method: 'POST',
      path: `/repos/python/psrt-ops/issues/${issue.number}/labels`,
      body: { labels: ['sc-veto'] },
      expect: 200,
    });
    await get(`/repos/python/psrt-ops/issues/${issue.number}/events`);
  });

  it('statuses', async () => {
    const main = (await get('/repos/python/psrt-ops/git/ref/heads/main')).body as { object: { sha: string } };
    await call({
      method: 'POST',
      path: `/repos/python/psrt-ops/statuses/${main.object.sha}`,
      body: { state: 'success', context: 'psrt/validate', description: 'ok' },
      expect: 201,
    });
    await get('/repos/python/psrt-ops/commits/main/statuses');
  });

  it('repository security advisories', async () => {
    const page = await get('/repos/python/cpython/security-advisories?per_page=3&sort=updated');
    expect(page.headers.get('link')).toContain('rel="next"');
    await get('/repos/python/cpython/security-advisories?per_page=101', 400);
    await get('/repos/python/cpython/security-advisories?state=draft', 200, 'member');
    await get('/orgs/python/security-advisories?per_page=5&state=published');
    await get('/orgs/python/security-advisories', 200, 'member');
    await get('/repos/python/cpython/security-advisories/GHSA-r2v8-hc5x-m4qf');
    await get('/repos/python/cpython/security-advisories/GHSA-2222-2222-2222', 404);
    const created = (
      await call({
        method: 'POST',
        path: '/repos/python/cpython/security-advisories',
        expect: 201,
        body: {
          summary: 'Conformance advisory',
          description: 'Made by the conformance suite',
          vulnerabilities: [{ package: { ecosystem: 'other', name: 'CPython' } }],
          cvss_vector_string: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N',
          cwe_ids: ['CWE-20'],
        },
      })
    ).body as { ghsa_id: string };
    await call({
      method: 'POST',
      path: '/repos/python/cpython/security-advisories',
      body: { summary: 'No vulnerabilities' },
      expect: 422,
    });
    await call({
      method: 'PATCH',
      path: `/repos/python/cpython/security-advisories/${created.ghsa_id}`,
      expect: 200,
      body: {
        collaborating_teams: ['psrt'],
        collaborating_users: ['nadia-fuzzes'],
        credits: [{ login: 'wrenfield', type: 'coordinator' }],
      },
    });
    await call({
      method: 'PATCH',
      path: `/repos/python/cpython/security-advisories/${created.ghsa_id}`,
      expect: 422,
      body: { state: 'triage' },
    });
    await call({
      method: 'PATCH',
      path: `/repos/python/cpython/security-advisories/${created.ghsa_id}`,
      expect: 422,
      body: { collaborating_teams: ['no-such-team'] },
    });
    await call({
      method: 'POST',
      path: `/repos/python/cpython/security-advisories/${created.ghsa_id}/forks`,
      expect: 202,
    });
    await call({
      method: 'PATCH',
      path: `/repos/python/cpython/security-advisories/${created.ghsa_id}`,
      expect: 200,
      body: { state: 'published' },
    });
  });

  it('advisory comments preview (own schema)', async () => {
    const list = (await get('/repos/python/cpython/security-advisories/GHSA-j4w9-6p2x-c8mr/comments')).body as {
      id: number;
    }[];
    expect(list.length).toBeGreaterThan(0);
    await get(`/repos/python/cpython/security-advisories/GHSA-j4w9-6p2x-c8mr/comments/${list[0]!.id}`);
    const c = (
      await call({
        method: 'POST',
        path: '/repos/python/cpython/security-advisories/GHSA-j4w9-6p2x-c8mr/comments',
        body: { body: 'Noted.' },
        expect: 201,
        token: 'member',
      })
    ).body as { id: number };
    await call({
      method: 'PATCH',
      path: `/repos/python/cpython/security-advisories/GHSA-j4w9-6p2x-c8mr/comments/${c.id}`,
      body: { body: 'Noted, thanks.' },
      expect: 200,
      token: 'member',
    });
    await get('/repos/python/cpython/security-advisories/GHSA-j4w9-6p2x-c8mr/comments?since=2026-11-01T00:00:00Z');
  });

  it('GraphQL responses are well-formed for the queries psrt-ops sends', async () => {
    const queries: { query: string; variables?: Record<string, unknown>; errors?: boolean; token?: Call['token'] }[] = [
      {
        query:
          'query($after: String) { organization(login: "python") { team(slug: "psrt") { members(first: 10, after: $after, membership: IMMEDIATE, role: MAINTAINER) { edges { role node { login databaseId name } } pageInfo { hasNextPage endCursor } totalCount } } membersWithRole(first: 5) { edges { role node { login } } pageInfo { hasNextPage endCursor } totalCount } } }',
        variables: { after: null },
      },
      {
        query:
          '{ a: user(login: "hollis") { login databaseId name email } b: user(login: "wrenfield") { login databaseId name email } c: user(login: "no-such-login-x") { login databaseId } }',
        errors: true,
      },
      { query: '{ viewer { login } rateLimit { cost remaining limit resetAt used } }', token: 'member' },
      { query: '{ nodes(ids: ["MDQ6VXNlcjE="]) { __typename id ... on User { login } } }' },
      // reconcile's batched SECURITY.md read (one query per hundred repositories).
      {
        query:
          'query SecurityPolicies { r0: repository(owner: "python", name: "cpython") { p0: object(expression: "HEAD:SECURITY.md") { __typename ... on Blob { text } } p1: object(expression: "HEAD:.github/SECURITY.md") { __typename ... on Blob { text } } } r1: repository(owner: "pypa", name: "pip") { p0: object(expression: "HEAD:SECURITY.md") { __typename ... on Blob { text } } } }',
      },
    ];
    for (const q of queries) {
      const r = await call({
        method: 'POST',
        path: '/graphql',
        body: { query: q.query, variables: q.variables ?? {} },
        expect: 200,
        token: q.token,
      });
      expect(await graphqlProblems(q.query, q.variables ?? {}, r.body as GraphqlResponse, q.errors)).toEqual([]);
    }
    const issues = (await get('/repos/python/psrt-ops/issues?state=all')).body as {
      node_id: string;
      pull_request?: unknown;
    }[];
    const issue = issues.find((i) => !i.pull_request)!;
    const pin = `mutation { pinIssue(input: { issueId: "${issue.node_id}" }) { issue { number isPinned } } }`;
    const r = await call({ method: 'POST', path: '/graphql', body: { query: pin }, expect: 200 });
    expect(await graphqlProblems(pin, {}, r.body as GraphqlResponse)).toEqual([]);
  });
});

describe('coverage', () => {
  it('every route the simulator serves has a conformance case with a valid success response', () => {
    const uncovered = sim
      .routes()
      .map((r) => `${r.method} ${r.template}`)
      .filter((route) => !recorded.some((x) => x.route === route && x.status < 300 && x.problems.length === 0));
    expect(uncovered).toEqual([]);
  });
});
