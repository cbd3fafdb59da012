import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitHubSim } from './index.js';
import { client } from './test-helpers.js';
import { psrtWorld } from '../world/psrt/index.js';

interface Gql<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { type?: string; message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

let sim: GitHubSim;
let query: <T>(q: string, variables?: Record<string, unknown>, token?: string) => Promise<Gql<T>>;

beforeAll(async () => {
  const world = psrtWorld('fixture');
  // A child team, to tell IMMEDIATE members from ALL.
  world.teams!.push({ org: 'python', slug: 'psrt-triage', parent: 'psrt', members: ['sunhee-oh'] });
  sim = await GitHubSim.start({ world, inProcessOnly: true, frozenClock: true });
  query = async <T>(q: string, variables: Record<string, unknown> = {}, token = sim.tokens.app) =>
    (await client(sim, token).post<Gql<T>>('/graphql', { query: q, variables })).body;
});
afterAll(() => sim.close());

describe("GraphQL against GitHub's schema", () => {
  it('resolves many aliased users in one query; a missing login is null with a NOT_FOUND error', async () => {
    const r = await query<Record<string, { login: string; databaseId: number; name: string; email: string } | null>>(
      '{ u0: user(login: "hollis") { login databaseId name email } u1: user(login: "no-such-person") { login } u2: user(login: "quillon") { login email } }',
    );
    expect(r.data!['u0']).toMatchObject({ login: 'hollis', name: 'Hollis Brandt', email: 'hollis@example.org' });
    expect(r.data!['u1']).toBeNull();
    expect(r.data!['u2']).toEqual({ login: 'quillon', email: '' });
    expect(r.errors).toEqual([
      expect.objectContaining({
        type: 'NOT_FOUND',
        path: ['u1'],
        message: "Could not resolve to a User with the login of 'no-such-person'.",
      }),
    ]);
  });

  it('pages team members with roles, filters by role and membership', async () => {
    const q = `query($after: String, $membership: TeamMembershipType, $role: TeamMemberRole) { organization(login: "python") { team(slug: "psrt") {
      members(first: 10, after: $after, membership: $membership, role: $role) { edges { role node { login databaseId name } } pageInfo { hasNextPage endCursor } totalCount } } } }`;
    type R = {
      organization: {
        team: {
          members: {
            edges: { role: string; node: { login: string } }[];
            pageInfo: { hasNextPage: boolean; endCursor: string };
            totalCount: number;
          };
        };
      };
    };
    const logins: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 10; i++) {
      const r: Gql<R> = await query<R>(q, { after, membership: 'IMMEDIATE' });
      const m = r.data!.organization.team.members;
      logins.push(...m.edges.map((e) => e.node.login));
      total = m.totalCount;
      if (!m.pageInfo.hasNextPage) break;
      after = m.pageInfo.endCursor;
    }
    expect(logins).toHaveLength(total);
    expect(logins).toContain('vstrand');
    expect(logins).not.toContain('sunhee-oh');
    const all = await query<R>(q, { membership: 'ALL' });
    expect(all.data!.organization.team.members.totalCount).toBe(total + 1);
    const maintainers = await query<R>(q, { role: 'MAINTAINER' });
    expect(maintainers.data!.organization.team.members.edges.every((e) => e.role === 'MAINTAINER')).toBe(true);
    expect(maintainers.data!.organization.team.members.edges.map((e) => e.node.login).sort()).toEqual([
      'hollis',
      'ivyhale',
      'nell-ostrander',
      'wrenfield',
    ]);
  });

  it('lists org members with their role', async () => {
    const r = await query<{
      organization: { membersWithRole: { edges: { role: string; node: { login: string } }[]; totalCount: number } };
    }>(
      '{ organization(login: "python") { membersWithRole(first: 100) { edges { role node { login } } totalCount } } }',
    );
    const edges = r.data!.organization.membersWithRole.edges;
    expect(
      edges
        .filter((e) => e.role === 'ADMIN')
        .map((e) => e.node.login)
        .sort(),
    ).toEqual(['ivyhale', 'wrenfield']);
  });

  it('enforces pagination bounds like GitHub', async () => {
    const missing = await query('{ organization(login: "python") { membersWithRole { totalCount } } }');
    expect(missing.errors?.[0]?.type).toBe('MISSING_PAGINATION_BOUNDARIES');
    const excessive = await query('{ organization(login: "python") { membersWithRole(first: 101) { totalCount } } }');
    expect(excessive.errors?.[0]).toMatchObject({
      type: 'EXCESSIVE_PAGINATION',
      message: expect.stringMatching(/exceeds the `first` limit of 100/),
    });
  });

  it('rejects invalid queries with GitHub-like errors and no data', async () => {
    const r = await query('{ user(login: "hollis") { loginn } }');
    expect(r.data).toBeUndefined();
    expect(r.errors?.[0]).toMatchObject({
      message: "Field 'loginn' doesn't exist on type 'User'",
      extensions: { code: 'undefinedField', typeName: 'User', fieldName: 'loginn' },
    });
  });

  it('says clearly when a valid field is not implemented by the simulator', async () => {
    const r = await query('{ user(login: "hollis") { login followers(first: 1) { totalCount } } }');
    expect(r.errors?.[0]?.message).toMatch(/does not implement the field 'followers' on type 'User'/);
  });

  it('answers viewer, nodes and rateLimit', async () => {
    const r = await query<{
      viewer: { login: string };
      rateLimit: { cost: number; limit: number; remaining: number; used: number };
    }>('{ viewer { login } rateLimit { cost limit remaining used } }', {}, sim.tokens.member);
    expect(r.data!.viewer.login).toBe('wrenfield');
    expect(r.data!.rateLimit).toMatchObject({ cost: 1, limit: 5000 });
    const user = await client(sim, sim.tokens.app).get<{ node_id: string }>('/users/hollis');
    const nodes = await query<{ nodes: ({ __typename: string; login?: string } | null)[] }>(
      `{ nodes(ids: ["${user.body.node_id}", "bm9wZQ=="]) { __typename ... on User { login } } }`,
    );
    expect(nodes.data!.nodes).toEqual([{ __typename: 'User', login: 'hollis' }, null]);
  });

  it('keeps teams from the Actions token', async () => {
    const r = await query('{ organization(login: "python") { team(slug: "psrt") { slug } } }', {}, sim.tokens.actions);
    expect(r.errors?.[0]?.type).toBe('FORBIDDEN');
  });

  it('costs connections by their limits', async () => {
    const r = await query<{ rateLimit: { cost: number } }>(
      '{ rateLimit { cost } organization(login: "python") { teams(first: 100) { nodes { members(first: 100) { totalCount } } } } }',
    );
    // 1 request for the teams + 100 for each team's members: 101 / 100 → 1 point.
    expect(r.data!.rateLimit.cost).toBe(1);
    const nested = await query<{ rateLimit: { cost: number } }>(
      '{ rateLimit { cost } organization(login: "python") { teams(first: 100) { nodes { members(first: 100) { nodes { login } } } } membersWithRole(first: 100) { totalCount } } u: user(login: "hollis") { login } }',
    );
    // 1 + 100 + 1 requests → 1 point (102 / 100, rounded).
    expect(nested.data!.rateLimit.cost).toBe(1);
  });
});
