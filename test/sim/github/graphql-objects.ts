// GraphQL objects for the fields psrt-ops queries: organization → team → members, membersWithRole,
// user(login) (aliased in batches), nodes(ids), viewer, rateLimit, and the pinIssue/unpinIssue mutations.
// Objects carry field values or functions of the field's arguments; graphql.ts resolves them.
import { TypedError } from './graphql.js';
import { decodeNodeId, eventNodeId } from './ids.js';
import type { Access, Identity } from './access.js';
import type { Bucket } from './ratelimit.js';
import type { IssueRec, OrgRec, RepoRec, TeamRec, UserRec } from './model.js';
import type { Store } from './store.js';

export interface GqlContext {
  store: Store;
  access: Access;
  id: Identity;
  html: string;
  nowIso(): string;
  bucket: Bucket;
  cost: number;
  nodeCount: number;
  markWrite(): void;
  touchedRepo(fullName: string): void;
}

type Obj = Record<string, unknown>;
interface PageArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

const encodeCursor = (i: number): string => Buffer.from(`cursor:v2:${i}`).toString('base64');
const decodeCursor = (c: string): number => {
  const m = /^cursor:v2:(\d+)$/.exec(Buffer.from(c, 'base64').toString('utf8'));
  if (!m) throw new TypedError('INVALID_CURSOR_ARGUMENTS', `\`${c}\` does not appear to be a valid cursor.`);
  return Number(m[1]);
};

/** A connection over `items` with GitHub's pagination rules (first/last required, at most 100). */
export function connection<T>(
  name: string,
  items: T[],
  args: PageArgs,
  edge: (item: T, cursor: string) => Obj,
  node: (item: T) => Obj,
): Obj {
  const { first, last, after, before } = args;
  if (first == null && last == null)
    throw new TypedError(
      'MISSING_PAGINATION_BOUNDARIES',
      `You must provide a \`first\` or \`last\` value to properly paginate the \`${name}\` connection.`,
    );
  for (const [label, v] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (v != null && v > 100)
      throw new TypedError(
        'EXCESSIVE_PAGINATION',
        `Requesting ${v} records on the \`${name}\` connection exceeds the \`${label}\` limit of 100 records.`,
      );
    if (v != null && v < 0)
      throw new TypedError(
        'INVALID_PAGINATION',
        `\`${label}\` on the \`${name}\` connection cannot be less than zero.`,
      );
  }
  let start = after ? decodeCursor(after) + 1 : 0;
  let end = before ? decodeCursor(before) : items.length;
  if (first != null) end = Math.min(end, start + first);
  if (last != null) start = Math.max(start, end - last);
  const slice = items.slice(start, end).map((item, k) => ({ item, index: start + k }));
  return {
    __typename: `${name}Connection`,
    totalCount: items.length,
    edges: slice.map(({ item, index }) => edge(item, encodeCursor(index))),
    nodes: slice.map(({ item }) => node(item)),
    pageInfo: {
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      startCursor: slice.length > 0 ? encodeCursor(slice[0]!.index) : null,
      endCursor: slice.length > 0 ? encodeCursor(slice.at(-1)!.index) : null,
    },
  };
}

export function userObject(ctx: GqlContext, u: UserRec): Obj {
  return {
    __typename: u.type === 'Bot' ? 'Bot' : 'User',
    id: u.node_id,
    databaseId: u.id,
    login: u.login,
    name: u.name,
    // GraphQL's User.email is non-null: the public email, or "" when there is none.
    email: u.email ?? '',
    company: u.company,
    location: u.location,
    bio: u.bio,
    twitterUsername: u.twitter_username,
    url: `${ctx.html}/${u.login}`,
    resourcePath: `/${u.login}`,
    avatarUrl: `https://avatars.githubusercontent.com/u/${u.id}?v=4`,
    createdAt: u.created_at,
    updatedAt: u.updated_at,
    isSiteAdmin: u.site_admin,
    websiteUrl: u.blog || null,
  };
}

function teamObject(ctx: GqlContext, t: TeamRec): Obj {
  return {
    __typename: 'Team',
    id: t.node_id,
    databaseId: t.id,
    slug: t.slug,
    name: t.name,
    description: t.description,
    combinedSlug: `${t.org.login}/${t.slug}`,
    privacy: t.privacy === 'secret' ? 'SECRET' : 'VISIBLE',
    url: `${ctx.html}/orgs/${t.org.login}/teams/${t.slug}`,
    createdAt: t.created_at,
    updatedAt: t.updated_at,
    organization: () => orgObject(ctx, t.org),
    parentTeam: () => (t.parentId ? teamObject(ctx, ctx.store.teams.get(t.parentId)!) : null),
    members: (args: PageArgs & { membership?: string; role?: string; query?: string }) => {
      const entries = teamMembers(ctx, t, args.membership ?? 'ALL')
        .filter(([, role]) => !args.role || role === args.role.toLowerCase())
        .filter(([id]) => !args.query || ctx.store.userById(id).login.toLowerCase().includes(args.query.toLowerCase()));
      return connection(
        'TeamMember',
        entries,
        args,
        ([id, role], cursor) => ({
          cursor,
          role: role.toUpperCase(),
          node: userObject(ctx, ctx.store.userById(id)),
          memberAccessResourcePath: `/orgs/${t.org.login}/teams/${t.slug}/members`,
          memberAccessUrl: `${ctx.html}/orgs/${t.org.login}/teams/${t.slug}/members`,
        }),
        ([id]) => userObject(ctx, ctx.store.userById(id)),
      );
    },
  };
}

/** Team members: IMMEDIATE (direct), CHILD_TEAM (through child teams only) or ALL; by user id. */
function teamMembers(ctx: GqlContext, team: TeamRec, membership: string): [number, 'member' | 'maintainer'][] {
  const direct = new Map(team.members);
  const inherited = new Map<number, 'member' | 'maintainer'>();
  const visit = (t: TeamRec, depth: number): void => {
    for (const child of ctx.store.childTeams(t)) {
      for (const [id] of child.members) if (!inherited.has(id)) inherited.set(id, 'member');
      if (depth < 10) visit(child, depth + 1);
    }
  };
  visit(team, 0);
  const result =
    membership === 'IMMEDIATE'
      ? direct
      : membership === 'CHILD_TEAM'
        ? new Map([...inherited].filter(([id]) => !direct.has(id)))
        : new Map([...inherited, ...direct]);
  return [...result].sort(([a], [b]) => a - b);
}

function canReadMembers(ctx: GqlContext, org: OrgRec): boolean {
  const t = ctx.id.token;
  if (t.kind === 'actions') return false;
  if (t.kind === 'app') return ctx.access.tokenPermission(t, 'members', null, org) !== 'none';
  return org.members.has(ctx.id.user.id);
}

function orgObject(ctx: GqlContext, o: OrgRec): Obj {
  return {
    __typename: 'Organization',
    id: o.node_id,
    databaseId: o.id,
    login: o.login,
    name: o.name,
    description: o.description,
    email: o.email,
    url: `${ctx.html}/${o.login}`,
    resourcePath: `/${o.login}`,
    avatarUrl: `https://avatars.githubusercontent.com/u/${o.id}?v=4`,
    createdAt: o.created_at,
    updatedAt: o.updated_at,
    websiteUrl: o.blog || null,
    team: ({ slug }: { slug: string }) => {
      const t = ctx.store.team(o.login, slug);
      if (!t) return null;
      if (!ctx.access.canSeeTeam(ctx.id, t)) {
        if (ctx.id.token.kind !== 'user') throw new TypedError('FORBIDDEN', 'Resource not accessible by integration');
        return null;
      }
      return teamObject(ctx, t);
    },
    teams: (args: PageArgs) => {
      const teams = ctx.store.teamsOf(o).filter((t) => ctx.access.canSeeTeam(ctx.id, t));
      return connection(
        'Team',
        teams,
        args,
        (t, cursor) => ({ cursor, node: teamObject(ctx, t) }),
        (t) => teamObject(ctx, t),
      );
    },
    membersWithRole: (args: PageArgs) => {
      if (!canReadMembers(ctx, o)) throw new TypedError('FORBIDDEN', 'Resource not accessible by integration');
      const members = [...o.members].sort(([a], [b]) => a - b);
      return connection(
        'OrganizationMember',
        members,
        args,
        ([id, role], cursor) => ({
          cursor,
          role: role === 'admin' ? 'ADMIN' : 'MEMBER',
          hasTwoFactorEnabled: null,
          node: userObject(ctx, ctx.store.userById(id)),
        }),
        ([id]) => userObject(ctx, ctx.store.userById(id)),
      );
    },
  };
}

function repoObject(ctx: GqlContext, r: RepoRec): Obj {
  return {
    __typename: 'Repository',
    id: r.node_id,
    databaseId: r.id,
    name: r.name,
    nameWithOwner: r.full_name,
    isPrivate: r.private,
    url: `${ctx.html}/${r.full_name}`,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    description: r.description,
    owner: () => {
      const org = r.ownerIsOrg ? ctx.store.org(r.ownerLogin) : undefined;
      return org ? orgObject(ctx, org) : userObject(ctx, ctx.store.user(r.ownerLogin)!);
    },
    // A git object by "REF:path" (e.g. "HEAD:SECURITY.md"); only blobs are simulated, null when absent.
    object: ({ expression }: { expression?: string }) => {
      if (!expression || !expression.includes(':'))
        throw new TypedError('NOT_IMPLEMENTED', 'The GitHub simulator resolves only "REF:path" object expressions.');
      // The same rule as the contents API: public repositories are readable by any token.
      try {
        ctx.access.requireRepo(ctx.id, r, 'contents', 'read');
      } catch {
        throw new TypedError('FORBIDDEN', 'Resource not accessible by integration');
      }
      const colon = expression.indexOf(':');
      const ref = expression.slice(0, colon);
      const path = expression.slice(colon + 1).replace(/^\/+/, '');
      const commit = r.git.resolve(ref === 'HEAD' || ref === '' ? r.default_branch : ref);
      const sha = commit?.tree.get(path);
      const data = sha ? ctx.store.blobs.get(sha) : undefined;
      if (!sha || !data) return null;
      const isBinary = data.includes(0);
      return {
        __typename: 'Blob',
        id: Buffer.from(`04:Blob${r.id}:${sha}`).toString('base64'),
        oid: sha,
        byteSize: data.length,
        isBinary,
        isTruncated: false,
        text: isBinary ? null : data.toString('utf8'),
      };
    },
  };
}

function issueObject(ctx: GqlContext, r: RepoRec, i: IssueRec): Obj {
  return {
    __typename: i.pull ? 'PullRequest' : 'Issue',
    id: i.node_id,
    databaseId: i.id,
    number: i.number,
    title: i.title,
    body: i.body ?? '',
    state: i.pull?.merged_at ? 'MERGED' : i.state.toUpperCase(),
    closed: i.state === 'closed',
    isPinned: i.pinned,
    url: `${ctx.html}/${r.full_name}/${i.pull ? 'pull' : 'issues'}/${i.number}`,
    createdAt: i.created_at,
    updatedAt: i.updated_at,
    closedAt: i.closed_at,
    author: () => userObject(ctx, ctx.store.shownUser(i.userId)),
    repository: () => repoObject(ctx, r),
  };
}

function findNode(ctx: GqlContext, id: string): Obj | null {
  const decoded = decodeNodeId(id);
  if (!decoded) return null;
  const num = Number(decoded.id);
  const s = ctx.store;
  switch (decoded.type) {
    case 'User':
    case 'Bot': {
      const u = s.users.get(num);
      return u && !u.deleted ? userObject(ctx, u) : null;
    }
    case 'Organization': {
      const o = [...s.orgs.values()].find((x) => x.id === num);
      return o ? orgObject(ctx, o) : null;
    }
    case 'Team': {
      const t = s.teams.get(num);
      return t && ctx.access.canSeeTeam(ctx.id, t) ? teamObject(ctx, t) : null;
    }
    case 'Repository': {
      const r = s.reposById.get(num);
      return r && ctx.access.canSeeRepo(ctx.id, r) ? repoObject(ctx, r) : null;
    }
    case 'Issue':
    case 'PullRequest': {
      const found = findIssue(ctx, id);
      return found && ctx.access.canSeeRepo(ctx.id, found.repo) ? issueObject(ctx, found.repo, found.issue) : null;
    }
    default:
      return null;
  }
}

function findIssue(ctx: GqlContext, id: string): { repo: RepoRec; issue: IssueRec } | undefined {
  for (const repo of ctx.store.repos.values()) {
    for (const issue of repo.issues.values()) if (issue.node_id === id) return { repo, issue };
  }
  return undefined;
}

export function rootQuery(ctx: GqlContext): Obj {
  return {
    user: ({ login }: { login: string }) => {
      const u = ctx.store.user(login);
      if (!u || u.type === 'Bot')
        throw new TypedError('NOT_FOUND', `Could not resolve to a User with the login of '${login}'.`);
      return userObject(ctx, u);
    },
    organization: ({ login }: { login: string }) => {
      const o = ctx.store.org(login);
      if (!o) throw new TypedError('NOT_FOUND', `Could not resolve to an Organization with the login of '${login}'.`);
      return orgObject(ctx, o);
    },
    repository: ({ owner, name }: { owner: string; name: string }) => {
      const r = ctx.store.repo(owner, name);
      if (!r || !ctx.access.canSeeRepo(ctx.id, r))
        throw new TypedError('NOT_FOUND', `Could not resolve to a Repository with the name '${owner}/${name}'.`);
      return repoObject(ctx, r);
    },
    viewer: () => ({ ...userObject(ctx, ctx.id.user), __typename: 'User' }),
    node: ({ id }: { id: string }) => {
      const n = findNode(ctx, id);
      if (!n) throw new TypedError('NOT_FOUND', `Could not resolve to a node with the global id of '${id}'`);
      return n;
    },
    nodes: ({ ids }: { ids: string[] }) => {
      if (ids.length > 100)
        throw new TypedError(
          'EXCESSIVE_PAGINATION',
          `You may not request more than 100 nodes at once (asked for ${ids.length}).`,
        );
      return ids.map((id) => findNode(ctx, id));
    },
    rateLimit: () => ({
      cost: ctx.cost,
      limit: ctx.bucket.limit,
      remaining: Math.max(0, ctx.bucket.limit - ctx.bucket.used),
      used: ctx.bucket.used,
      resetAt: new Date(ctx.bucket.reset * 1000).toISOString().replace('.000Z', 'Z'),
      nodeCount: ctx.nodeCount,
    }),
  };
}

function pin(ctx: GqlContext, input: { issueId: string; clientMutationId?: string | null }, pinned: boolean): Obj {
  ctx.markWrite();
  const found = findIssue(ctx, input.issueId);
  if (!found || !ctx.access.canSeeRepo(ctx.id, found.repo))
    throw new TypedError('NOT_FOUND', `Could not resolve to a node with the global id of '${input.issueId}'`);
  const { repo, issue } = found;
  ctx.touchedRepo(repo.full_name);
  if (issue.pull) throw new TypedError('UNPROCESSABLE', 'Pull requests cannot be pinned.');
  const t = ctx.id.token;
  const allowed =
    t.kind === 'user'
      ? ['write', 'maintain', 'admin'].includes(ctx.access.userRepoLevel(ctx.id.user.id, repo) ?? '')
      : ctx.access.tokenPermission(t, 'issues', repo) === 'write';
  if (!allowed)
    throw new TypedError(
      'FORBIDDEN',
      t.kind === 'user'
        ? `${ctx.id.user.login} does not have permission to pin issues in ${repo.full_name}.`
        : 'Resource not accessible by integration',
    );
  if (pinned && !issue.pinned && [...repo.issues.values()].filter((i) => i.pinned).length >= 3) {
    throw new TypedError('UNPROCESSABLE', 'A repository can only have 3 pinned issues.');
  }
  if (issue.pinned !== pinned) {
    issue.pinned = pinned;
    const id = ctx.store.ids.event.next();
    issue.events.push({
      id,
      node_id: eventNodeId(pinned ? 'pinned' : 'unpinned', id),
      event: pinned ? 'pinned' : 'unpinned',
      actorId: ctx.id.user.id,
      created_at: ctx.nowIso(),
      explicit: true,
    });
    issue.updated_at = ctx.nowIso();
  }
  return { clientMutationId: input.clientMutationId ?? null, issue: issueObject(ctx, repo, issue) };
}

export function rootMutation(ctx: GqlContext): Obj {
  return {
    pinIssue: ({ input }: { input: { issueId: string; clientMutationId?: string } }) => pin(ctx, input, true),
    unpinIssue: ({ input }: { input: { issueId: string; clientMutationId?: string } }) => pin(ctx, input, false),
  };
}
