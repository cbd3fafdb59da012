// The simulator's state: records by id with the indexes the routes need (per-repo maps, sorted advisory
// lists rebuilt lazily), id allocators for objects created through the API, and the clock.
import type { SimClock } from './clock.js';
import { BlobStore } from './git.js';
import { IdAllocator, nodeId } from './ids.js';
import type { AdvisoryRec, OrgRec, RepoRec, TeamRec, TokenRec, UserRec } from './model.js';
import type { WorldRateLimits } from '../world/types.js';

export const GHOST_ID = 10137;
export const ACTIONS_BOT_ID = 41898282;

export class Store {
  readonly blobs = new BlobStore();
  readonly ids = {
    user: new IdAllocator(1_000_000, 80_000_000),
    org: new IdAllocator(100_000_000, 10_000_000),
    team: new IdAllocator(1_000_000, 10_000_000),
    repo: new IdAllocator(200_000_000, 500_000_000),
    issue: new IdAllocator(1_000_000_000, 1_000_000_000),
    comment: new IdAllocator(2_000_000_000, 1_000_000_000),
    event: new IdAllocator(10_000_000_000, 1_000_000_000),
    review: new IdAllocator(1_500_000_000, 400_000_000),
    reviewComment: new IdAllocator(1_100_000_000, 400_000_000),
    status: new IdAllocator(30_000_000_000, 1_000_000_000),
    label: new IdAllocator(5_000_000_000, 1_000_000_000),
    invitation: new IdAllocator(50_000_000, 10_000_000),
    role: new IdAllocator(20_000, 1_000_000),
  };
  readonly users = new Map<number, UserRec>();
  readonly usersByLogin = new Map<string, UserRec>();
  /** Deleted accounts included: worlds refer to them by login. */
  readonly anyUserByLogin = new Map<string, UserRec>();
  readonly orgs = new Map<string, OrgRec>();
  readonly teams = new Map<number, TeamRec>();
  readonly teamsBySlug = new Map<string, TeamRec>();
  readonly repos = new Map<string, RepoRec>();
  readonly reposById = new Map<number, RepoRec>();
  readonly advisories = new Map<string, AdvisoryRec>();
  readonly tokens = new Map<string, TokenRec>();
  readonly tokensByName = new Map<string, TokenRec>();
  /** How long a private fork started through the API takes to appear, in simulated milliseconds (0: at once). */
  forkDelayMs = 0;
  /** Bumped on every advisory change: sorted lists are rebuilt lazily after it moves. */
  advisoryEpoch = 0;
  private readonly sorted = new Map<string, { epoch: number; list: AdvisoryRec[] }>();

  constructor(
    readonly clock: SimClock,
    readonly worldNow: string,
    readonly rateLimits: WorldRateLimits,
    readonly cve: Record<string, unknown> | undefined,
  ) {}

  // --- users -----------------------------------------------------------------------------------------
  addUser(user: UserRec): void {
    this.users.set(user.id, user);
    this.anyUserByLogin.set(user.login.toLowerCase(), user);
    if (!user.deleted) this.usersByLogin.set(user.login.toLowerCase(), user);
  }

  /** A live user by current login (deleted accounts and former logins are not found). */
  user(login: string): UserRec | undefined {
    return this.usersByLogin.get(login.toLowerCase());
  }

  /** Any user by id, deleted ones included (comments of deleted users render as ghost). */
  userById(id: number): UserRec {
    return this.users.get(id) ?? this.users.get(GHOST_ID)!;
  }

  /** The user to show as author: deleted accounts appear as `ghost`, as on GitHub. */
  shownUser(id: number): UserRec {
    const u = this.userById(id);
    return u.deleted ? this.users.get(GHOST_ID)! : u;
  }

  implicitUser(login: string, id: number, type: 'User' | 'Bot', created_at: string): UserRec {
    const existing = this.user(login);
    if (existing) return existing;
    this.ids.user.reserve(id);
    const user: UserRec = {
      id,
      login,
      node_id: nodeId(type, id),
      name: null,
      email: null,
      type,
      site_admin: false,
      company: null,
      blog: '',
      location: null,
      bio: null,
      twitter_username: null,
      created_at,
      updated_at: created_at,
      deleted: false,
      previous_logins: [],
      implicit: true,
    };
    this.addUser(user);
    return user;
  }

  // --- orgs and teams --------------------------------------------------------------------------------
  org(login: string): OrgRec | undefined {
    return this.orgs.get(login.toLowerCase());
  }

  team(org: string, slug: string): TeamRec | undefined {
    return this.teamsBySlug.get(`${org}/${slug}`.toLowerCase());
  }

  addTeam(team: TeamRec): void {
    this.teams.set(team.id, team);
    this.teamsBySlug.set(`${team.org.login}/${team.slug}`.toLowerCase(), team);
  }

  teamsOf(org: OrgRec): TeamRec[] {
    return [...this.teams.values()]
      .filter((t) => t.org === org)
      .sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id);
  }

  childTeams(team: TeamRec): TeamRec[] {
    return [...this.teams.values()].filter((t) => t.parentId === team.id);
  }

  /** Teams of `org` the user belongs to, with their ancestors (child team members inherit parents' access). */
  teamsOfUser(org: OrgRec, userId: number): Set<TeamRec> {
    const result = new Set<TeamRec>();
    for (const t of this.teams.values()) {
      if (t.org !== org || !t.members.has(userId)) continue;
      let cur: TeamRec | undefined = t;
      while (cur && !result.has(cur)) {
        result.add(cur);
        cur = cur.parentId ? this.teams.get(cur.parentId) : undefined;
      }
    }
    return result;
  }

  // --- repos and advisories --------------------------------------------------------------------------
  repo(owner: string, name: string): RepoRec | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }

  addRepo(repo: RepoRec): void {
    this.repos.set(repo.full_name.toLowerCase(), repo);
    this.reposById.set(repo.id, repo);
  }

  addAdvisory(adv: AdvisoryRec): void {
    this.advisories.set(adv.ghsa_id.toUpperCase(), adv);
  }

  advisory(ghsa: string): AdvisoryRec | undefined {
    return this.advisories.get(ghsa.toUpperCase());
  }

  touchAdvisories(): void {
    this.advisoryEpoch++;
  }

  /** Advisories of a repo or an org, sorted by `sort` descending, ties by GHSA id; cached until a change. */
  sortedAdvisories(scope: RepoRec | OrgRec, sort: 'created' | 'updated' | 'published'): AdvisoryRec[] {
    const key = `${'full_name' in scope ? `r:${scope.id}` : `o:${scope.id}`}:${sort}`;
    const cached = this.sorted.get(key);
    if (cached && cached.epoch === this.advisoryEpoch) return cached.list;
    const source =
      'full_name' in scope
        ? scope.advisories
        : [...this.repos.values()]
            .filter((r) => r.ownerIsOrg && r.ownerLogin.toLowerCase() === scope.login.toLowerCase() && !r.forkOf)
            .flatMap((r) => r.advisories);
    const field = sort === 'created' ? 'created_at' : sort === 'updated' ? 'updated_at' : 'published_at';
    const list = [...source].sort((a, b) => compareAdvisories(a, b, field));
    this.sorted.set(key, { epoch: this.advisoryEpoch, list });
    return list;
  }
}

/** Descending by the field (missing values last), then by GHSA id descending. */
export function compareAdvisories(
  a: AdvisoryRec,
  b: AdvisoryRec,
  field: 'created_at' | 'updated_at' | 'published_at',
): number {
  const av = a[field] ?? '';
  const bv = b[field] ?? '';
  if (av !== bv) return av < bv ? 1 : -1;
  return a.ghsa_id < b.ghsa_id ? 1 : a.ghsa_id > b.ghsa_id ? -1 : 0;
}
