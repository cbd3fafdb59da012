// World → Store: fills every default (ids, node ids, timestamps, git history) and builds the indexes.
import { SimClock, isoSeconds } from './clock.js';
import { GitRepo, type GitPerson } from './git.js';
import { daysFrom, eventNodeId, ghsaId, nodeId } from './ids.js';
import { ACTIONS_BOT_ID, GHOST_ID, Store } from './store.js';
import { PREDEFINED_ROLES } from './roles.js';
import type {
  AdvisoryRec,
  CommentRec,
  IssueEventRec,
  IssueRec,
  LabelRec,
  OrgRec,
  PullRec,
  RepoRec,
  TeamRec,
  TokenRec,
  UserRec,
} from './model.js';
import type {
  World,
  WorldAdvisory,
  WorldBranch,
  WorldFile,
  WorldIssue,
  WorldPull,
  WorldRepo,
  WorldToken,
} from '../world/types.js';

const DAY = 86_400_000;

/** Default token permissions of an App when the world does not list them: everything the routes check. */
export const FULL_APP_PERMISSIONS: Record<string, 'write'> = {
  administration: 'write',
  contents: 'write',
  issues: 'write',
  pull_requests: 'write',
  statuses: 'write',
  repository_advisories: 'write',
  members: 'write',
  organization_administration: 'write',
  metadata: 'write',
  organization_custom_org_roles: 'write',
};

export function buildStore(world: World, options: { frozen?: boolean } = {}): Store {
  const clock = new SimClock(new Date(world.now), { frozen: options.frozen ?? false });
  const store = new Store(clock, isoSeconds(new Date(world.now)), world.rateLimits ?? {}, world.cve);
  new Loader(store, world).run();
  return store;
}

class Loader {
  private readonly now: string;
  constructor(
    private readonly s: Store,
    private readonly w: World,
  ) {
    this.now = isoSeconds(new Date(w.now));
  }

  run(): void {
    this.reserveExplicitIds();
    this.loadUsers();
    this.loadTokens();
    this.loadOrgs();
    for (const r of this.w.repos ?? []) this.loadRepo(r);
  }

  /** Explicit ids first, so derived ones never take them. */
  private reserveExplicitIds(): void {
    const { ids } = this.s;
    ids.user.reserve(GHOST_ID);
    ids.user.reserve(ACTIONS_BOT_ID);
    for (const u of this.w.users ?? []) if (u.id) ids.user.reserve(u.id);
    for (const t of Object.values(this.w.tokens ?? {})) if (t.app_id) ids.user.reserve(t.app_id);
    for (const o of this.w.orgs ?? []) {
      if (o.id) ids.org.reserve(o.id);
      for (const r of o.roles ?? []) if (r.id) ids.role.reserve(r.id);
      for (const i of o.invitations ?? []) if (i.id) ids.invitation.reserve(i.id);
    }
    for (const t of this.w.teams ?? []) if (t.id) ids.team.reserve(t.id);
    const issue = (is: WorldIssue): void => {
      if (is.id) ids.issue.reserve(is.id);
      for (const c of is.comments ?? []) if (c.id) ids.comment.reserve(c.id);
      for (const e of is.events ?? []) if (e.id) ids.event.reserve(e.id);
    };
    const pull = (p: WorldPull): void => {
      issue(p);
      for (const r of p.reviews ?? []) if (r.id) ids.review.reserve(r.id);
      for (const c of p.review_comments ?? []) if (c.id) ids.reviewComment.reserve(c.id);
    };
    for (const r of this.w.repos ?? []) {
      if (r.id) ids.repo.reserve(r.id);
      for (const l of r.labels ?? []) if (l.id) ids.label.reserve(l.id);
      (r.issues ?? []).forEach(issue);
      (r.pulls ?? []).forEach(pull);
      for (const st of r.statuses ?? []) if (st.id) ids.status.reserve(st.id);
      for (const a of r.advisories ?? []) {
        for (const c of a.comments ?? []) if (c.id) ids.comment.reserve(c.id);
        if (a.private_fork?.id) ids.repo.reserve(a.private_fork.id);
        (a.private_fork?.pulls ?? []).forEach(pull);
      }
    }
  }

  private loadUsers(): void {
    const s = this.s;
    for (const u of this.w.users ?? []) {
      const type = u.type ?? (u.login.endsWith('[bot]') ? 'Bot' : 'User');
      const id = u.id ?? s.ids.user.derive(`user:${u.login.toLowerCase()}`);
      const created = u.created_at ?? isoSeconds(Date.parse('2012-01-01T00:00:00Z') + daysFrom(u.login, 3000) * DAY);
      s.addUser({
        id,
        login: u.login,
        node_id: u.node_id ?? nodeId(type, id),
        name: u.name ?? null,
        email: u.email ?? null,
        type,
        site_admin: u.site_admin ?? false,
        company: u.company ?? null,
        blog: u.blog ?? '',
        location: u.location ?? null,
        bio: u.bio ?? null,
        twitter_username: u.twitter_username ?? null,
        created_at: created,
        updated_at: u.updated_at ?? created,
        deleted: u.deleted ?? false,
        previous_logins: u.previous_logins ?? [],
      });
    }
    s.implicitUser('ghost', GHOST_ID, 'User', '2013-03-01T00:00:00Z');
    s.implicitUser('github-actions[bot]', ACTIONS_BOT_ID, 'Bot', '2018-07-30T00:00:00Z');
    s.implicitUser('dependabot[bot]', 49699333, 'Bot', '2019-04-16T00:00:00Z');
  }

  private loadTokens(): void {
    const tokens: Record<string, WorldToken> = { ...(this.w.tokens ?? {}) };
    const orgs = (this.w.orgs ?? []).map((o) => o.login);
    const firstOwner =
      this.w.orgs?.find((o) => (o.owners ?? []).length > 0)?.owners?.[0] ??
      this.w.users?.find((u) => !u.deleted)?.login;
    const firstRepo = this.w.repos?.[0]?.full_name;
    const implicit = new Set<string>();
    if (!tokens['app']) {
      tokens['app'] = { kind: 'app', app: 'sim-app', orgs };
      implicit.add('app');
    }
    if (!tokens['member'] && firstOwner) {
      tokens['member'] = { kind: 'user', login: firstOwner };
      implicit.add('member');
    }
    if (!tokens['actions'] && firstRepo) {
      tokens['actions'] = { kind: 'actions', repo: firstRepo };
      implicit.add('actions');
    }
    for (const [name, t] of Object.entries(tokens)) {
      let user: UserRec;
      if (t.kind === 'user') user = this.s.user(t.login!)!;
      else if (t.kind === 'app') {
        const login = `${t.app}[bot]`;
        user =
          this.s.user(login) ??
          this.s.implicitUser(login, t.app_id ?? this.s.ids.user.derive(`bot:${t.app}`), 'Bot', '2020-01-01T00:00:00Z');
      } else user = this.s.userById(ACTIONS_BOT_ID);
      const prefix = t.kind === 'app' || t.kind === 'actions' ? 'ghs_' : 'ghp_';
      const rec: TokenRec = {
        name,
        token:
          t.token ?? `${prefix}sim${name.replace(/[^A-Za-z0-9]/g, '')}${String(daysFrom(name, 1e9)).padStart(9, '0')}`,
        kind: t.kind,
        userId: user.id,
        app: t.kind === 'app' ? t.app! : t.kind === 'actions' ? 'github-actions' : null,
        app_id: t.kind === 'app' ? (t.app_id ?? user.id) : t.kind === 'actions' ? 15368 : null,
        installation_id:
          t.kind === 'app' ? (t.installation_id ?? 40_000_000 + daysFrom(`inst:${name}`, 9_000_000)) : null,
        orgs: t.orgs ?? (t.kind === 'app' ? orgs : []),
        repositories: t.repositories ?? null,
        permissions: t.permissions ?? (t.kind === 'app' ? { ...FULL_APP_PERMISSIONS } : {}),
        repo_permissions: t.repo_permissions ?? {},
        repo: t.repo ?? null,
        rate_limit: t.rate_limit ?? null,
        explicit: !implicit.has(name),
      };
      this.s.tokens.set(rec.token, rec);
      this.s.tokensByName.set(name, rec);
    }
  }

  private loadOrgs(): void {
    const s = this.s;
    for (const o of this.w.orgs ?? []) {
      const id = o.id ?? s.ids.org.derive(`org:${o.login.toLowerCase()}`);
      const created = o.created_at ?? isoSeconds(Date.parse('2010-01-01T00:00:00Z') + daysFrom(o.login, 2000) * DAY);
      const members = new Map<number, 'admin' | 'member'>();
      for (const m of o.members ?? []) members.set(this.userId(m), 'member');
      for (const m of o.owners ?? []) members.set(this.userId(m), 'admin');
      const org: OrgRec = {
        id,
        login: o.login,
        node_id: o.node_id ?? nodeId('Organization', id),
        name: o.name ?? o.login,
        description: o.description ?? null,
        email: o.email ?? null,
        blog: o.blog ?? '',
        created_at: created,
        updated_at: o.updated_at ?? created,
        members,
        team_member_roles: o.team_member_roles ?? false,
        roles: [],
        invitations: [],
      };
      s.orgs.set(o.login.toLowerCase(), org);
    }
    for (const t of this.w.teams ?? []) {
      const org = s.org(t.org)!;
      const id = t.id ?? s.ids.team.derive(`team:${t.org}/${t.slug}`.toLowerCase());
      const created = t.created_at ?? isoSeconds(Date.parse(org.created_at) + (1 + daysFrom(t.slug, 1500)) * DAY);
      const members = new Map<number, 'member' | 'maintainer'>();
      for (const m of t.members ?? []) members.set(this.userId(m), 'member');
      for (const m of t.maintainers ?? []) members.set(this.userId(m), 'maintainer');
      const team: TeamRec = {
        id,
        node_id: t.node_id ?? nodeId('Team', id),
        org,
        slug: t.slug,
        name: t.name ?? t.slug,
        description: t.description ?? null,
        privacy: t.privacy ?? 'closed',
        notification_setting: t.notification_setting ?? 'notifications_enabled',
        parentId: null,
        members,
        created_at: created,
        updated_at: t.updated_at ?? created,
      };
      s.addTeam(team);
    }
    for (const t of this.w.teams ?? []) if (t.parent) s.team(t.org, t.slug)!.parentId = s.team(t.org, t.parent)!.id;
    for (const o of this.w.orgs ?? []) {
      const org = s.org(o.login)!;
      for (const p of PREDEFINED_ROLES) {
        org.roles.push({
          ...p,
          description: p.description,
          permissions: [],
          source: 'Predefined',
          created_at: org.created_at,
          updated_at: org.created_at,
          teams: new Set(),
          users: new Set(),
          predefined: true,
        });
      }
      for (const r of o.roles ?? []) {
        let role = org.roles.find((x) => x.predefined && x.name === r.name);
        if (!role) {
          const id = r.id ?? s.ids.role.derive(`role:${o.login}/${r.name}`);
          role = {
            id,
            name: r.name,
            description: r.description ?? null,
            permissions: r.permissions ?? [],
            base_role: r.base_role ?? null,
            source: 'Organization',
            created_at: r.created_at ?? this.now,
            updated_at: r.updated_at ?? r.created_at ?? this.now,
            teams: new Set(),
            users: new Set(),
            predefined: false,
          };
          org.roles.push(role);
        } else if (r.id) role.id = r.id;
        for (const slug of r.teams ?? []) role.teams.add(s.team(o.login, slug)!.id);
        for (const u of r.users ?? []) role.users.add(this.userId(u));
      }
      (o.invitations ?? []).forEach((inv, i) => {
        const id = inv.id ?? s.ids.invitation.derive(`inv:${o.login}/${i}/${inv.login ?? inv.email ?? ''}`);
        const created = inv.created_at ?? this.now;
        const state = inv.state ?? 'pending';
        const failedAt = state === 'pending' ? null : (inv.failed_at ?? isoSeconds(Date.parse(created) + 7 * DAY));
        org.invitations.push({
          id,
          node_id: inv.node_id ?? nodeId('OrganizationInvitation', id),
          userId: inv.login ? this.userId(inv.login) : null,
          email: inv.email ?? null,
          role: inv.role ?? 'direct_member',
          teams: new Set((inv.teams ?? []).map((t) => s.team(o.login, t)!.id)),
          inviterId: this.userId(inv.inviter),
          created_at: created,
          state,
          failed_at: failedAt,
          failed_reason:
            state === 'pending'
              ? null
              : (inv.failed_reason ??
                (state === 'expired'
                  ? 'Invitation expired. User did not accept this invite for 7 days'
                  : 'Invitation failed')),
        });
      });
    }
  }

  private userId(login: string): number {
    return this.s.anyUserByLogin.get(login.toLowerCase())!.id;
  }

  private person(login: string | undefined, date: string): GitPerson {
    const u = login ? this.s.user(login) : undefined;
    return {
      name: u?.name ?? u?.login ?? 'GitHub',
      email: u ? `${u.id}+${u.login}@users.noreply.github.com` : 'noreply@github.com',
      date,
    };
  }

  private blob(file: WorldFile): string {
    return this.s.blobs.put(typeof file === 'string' ? Buffer.from(file, 'utf8') : Buffer.from(file.base64, 'base64'));
  }

  private applyFiles(
    tree: Map<string, string>,
    files: Record<string, WorldFile | null> | undefined,
  ): Map<string, string> {
    const next = new Map(tree);
    for (const [path, content] of Object.entries(files ?? {})) {
      if (content === null) next.delete(path);
      else next.set(path, this.blob(content));
    }
    return next;
  }

  private newRepo(fullName: string, r: Partial<WorldRepo>, forkOf: RepoRec['forkOf']): RepoRec {
    const s = this.s;
    const [ownerLogin, name] = fullName.split('/') as [string, string];
    const id = r.id ?? s.ids.repo.derive(`repo:${fullName.toLowerCase()}`);
    const owner = s.org(ownerLogin);
    const created =
      r.created_at ??
      isoSeconds(Date.parse(owner?.created_at ?? '2012-01-01T00:00:00Z') + (1 + daysFrom(fullName, 1000)) * DAY);
    const repo: RepoRec = {
      id,
      node_id: r.node_id ?? nodeId('Repository', id),
      ownerLogin: owner?.login ?? s.user(ownerLogin)!.login,
      ownerIsOrg: !!owner,
      name,
      full_name: `${owner?.login ?? s.user(ownerLogin)!.login}/${name}`,
      private: r.private ?? false,
      description: r.description ?? null,
      homepage: r.homepage ?? null,
      language: r.language ?? null,
      topics: r.topics ?? [],
      archived: r.archived ?? false,
      default_branch: r.default_branch ?? 'main',
      created_at: created,
      updated_at: r.updated_at ?? this.now,
      pushed_at: r.pushed_at ?? r.updated_at ?? this.now,
      pvr: r.private_vulnerability_reporting ?? false,
      userPerms: new Map(),
      teamPerms: new Map(),
      git: new GitRepo(s.blobs),
      labels: new Map(),
      issues: new Map(),
      nextNumber: 1,
      statuses: [],
      advisories: [],
      forkOf,
    };
    for (const [login, level] of Object.entries(r.permissions?.users ?? {}))
      repo.userPerms.set(this.userId(login), level);
    for (const [slug, level] of Object.entries(r.permissions?.teams ?? {}))
      repo.teamPerms.set(s.team(repo.ownerLogin, slug)!.id, level);
    s.addRepo(repo);
    return repo;
  }

  private loadBranches(repo: RepoRec, branches: Record<string, WorldBranch> | undefined): void {
    const pending = Object.entries(branches ?? {}).filter(([name]) => name !== repo.default_branch);
    // Branches may start from each other: create them once their base exists.
    while (pending.length > 0) {
      const index = pending.findIndex(([, b]) => repo.git.branch(b.from ?? repo.default_branch));
      if (index < 0)
        throw new Error(
          `${repo.full_name}: branches ${pending.map(([n]) => n).join(', ')} start from missing branches`,
        );
      const [name, b] = pending.splice(index, 1)[0]!;
      this.createBranch(repo, name, b.from ?? repo.default_branch, b.files, b);
    }
  }

  private createBranch(
    repo: RepoRec,
    name: string,
    from: string,
    files: Record<string, WorldFile | null> | undefined,
    b: { sha?: string; message?: string; date?: string; author?: string },
  ): void {
    const base = repo.git.branch(from)!;
    const date = b.date ?? base.author.date;
    const commit =
      Object.keys(files ?? {}).length === 0 && !b.sha
        ? base
        : repo.git.commit({
            tree: this.applyFiles(base.tree, files),
            parents: [base.sha],
            message: b.message ?? `Update ${name}`,
            author: this.person(b.author ?? repo.ownerLogin, date),
            sha: b.sha,
          });
    repo.git.refs.set(`refs/heads/${name}`, commit.sha);
  }

  private loadRepo(r: WorldRepo): void {
    const repo = this.newRepo(r.full_name, r, null);
    const root = repo.git.commit({
      tree: this.applyFiles(new Map(), r.files),
      parents: [],
      message: 'Initial commit',
      author: this.person(repo.ownerIsOrg ? undefined : repo.ownerLogin, repo.created_at),
      sha: r.branches?.[repo.default_branch]?.sha,
    });
    repo.git.refs.set(`refs/heads/${repo.default_branch}`, root.sha);
    this.loadBranches(repo, r.branches);
    for (const l of r.labels ?? []) this.label(repo, l.name, l);
    this.loadIssues(repo, r.issues ?? [], r.pulls ?? []);
    for (const st of r.statuses ?? []) {
      const sha = st.sha ?? repo.git.branch(st.ref!)!.sha;
      const id =
        st.id ??
        this.s.ids.status.derive(`status:${repo.full_name}/${sha}/${st.context ?? 'default'}/${st.created_at ?? ''}`);
      const created = st.created_at ?? this.now;
      repo.statuses.push({
        id,
        node_id: nodeId('StatusContext', id),
        sha,
        state: st.state,
        context: st.context ?? 'default',
        description: st.description ?? null,
        target_url: st.target_url ?? null,
        creatorId: this.userId(st.creator),
        created_at: created,
        updated_at: st.updated_at ?? created,
      });
    }
    (r.advisories ?? []).forEach((a, i) => this.loadAdvisory(repo, a, i));
  }

  label(repo: RepoRec, name: string, l: { id?: number; color?: string; description?: string | null } = {}): LabelRec {
    const existing = repo.labels.get(name.toLowerCase());
    if (existing) return existing;
    const id = l.id ?? this.s.ids.label.derive(`label:${repo.full_name}/${name.toLowerCase()}`);
    const label: LabelRec = {
      id,
      node_id: nodeId('Label', id),
      name,
      color: l.color ?? daysFrom(name, 0xffffff).toString(16).padStart(6, '0'),
      description: l.description ?? null,
      default: false,
    };
    repo.labels.set(name.toLowerCase(), label);
    return label;
  }

  private loadIssues(repo: RepoRec, issues: WorldIssue[], pulls: WorldPull[]): void {
    const used = new Set<number>([...issues, ...pulls].flatMap((i) => (i.number ? [i.number] : [])));
    const unnumbered = [...issues, ...pulls]
      .filter((i) => !i.number)
      .map((item, index) => ({ item, index }))
      .sort(
        (a, b) => (a.item.created_at ?? this.now).localeCompare(b.item.created_at ?? this.now) || a.index - b.index,
      );
    const numbers = new Map<WorldIssue, number>();
    let next = 1;
    for (const { item } of unnumbered) {
      while (used.has(next)) next++;
      numbers.set(item, next);
      used.add(next);
    }
    for (const is of issues) this.loadIssue(repo, is, is.number ?? numbers.get(is)!);
    for (const p of pulls) {
      const number = p.number ?? numbers.get(p)!;
      const issue = this.loadIssue(repo, p, number);
      issue.pull = this.loadPull(repo, p, issue);
    }
    repo.nextNumber = Math.max(0, ...used) + 1;
  }

  loadIssue(repo: RepoRec, is: WorldIssue, number: number): IssueRec {
    const s = this.s;
    const key = `${repo.full_name}#${number}`;
    const id = is.id ?? s.ids.issue.derive(`issue:${key}`);
    const created = is.created_at ?? this.now;
    const comments: CommentRec[] = (is.comments ?? []).map((c, i) => this.comment(c, `${key}/c${i}`, created));
    const events: IssueEventRec[] = (is.events ?? []).map((e, i) => {
      const eid = e.id ?? s.ids.event.derive(`event:${key}/${i}`);
      return {
        id: eid,
        node_id: eventNodeId(e.event, eid),
        event: e.event,
        actorId: this.userId(e.actor),
        created_at: e.created_at,
        label: e.label,
        explicit: true,
      };
    });
    const labels: string[] = [];
    (is.labels ?? []).forEach((l, i) => {
      const name = typeof l === 'string' ? l : l.name;
      const label = this.label(repo, name);
      labels.push(label.name.toLowerCase());
      const actorId = this.userId(typeof l === 'string' || !l.by ? is.user : l.by);
      const at = typeof l === 'string' || !l.at ? created : l.at;
      if (
        !events.some(
          (e) =>
            e.event === 'labeled' &&
            e.label?.toLowerCase() === label.name.toLowerCase() &&
            e.actorId === actorId &&
            e.created_at === at,
        )
      ) {
        const eid = s.ids.event.derive(`event:${key}/label/${i}/${label.name}`);
        events.push({
          id: eid,
          node_id: eventNodeId('labeled', eid),
          event: 'labeled',
          actorId,
          created_at: at,
          label: label.name,
          explicit: false,
        });
      }
    });
    const closedAt = is.state === 'closed' ? (is.closed_at ?? is.updated_at ?? created) : null;
    const closedById = is.closed_by ? this.userId(is.closed_by) : closedAt ? this.userId(is.user) : null;
    if (closedAt && !events.some((e) => e.event === 'closed' && e.created_at === closedAt)) {
      const eid = s.ids.event.derive(`event:${key}/closed`);
      events.push({
        id: eid,
        node_id: eventNodeId('closed', eid),
        event: 'closed',
        actorId: closedById!,
        created_at: closedAt,
        explicit: false,
      });
    }
    events.sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id - b.id);
    const latest = [created, closedAt ?? '', ...comments.map((c) => c.updated_at), ...events.map((e) => e.created_at)]
      .sort()
      .at(-1)!;
    const issue: IssueRec = {
      id,
      node_id: is.node_id ?? nodeId((is as Partial<WorldPull>).head !== undefined ? 'PullRequest' : 'Issue', id),
      number,
      title: is.title,
      body: is.body ?? null,
      userId: this.userId(is.user),
      state: is.state ?? 'open',
      state_reason: is.state_reason ?? (closedAt ? 'completed' : null),
      locked: is.locked ?? false,
      created_at: created,
      updated_at: is.updated_at ?? latest,
      closed_at: closedAt,
      closedById,
      labels,
      assignees: (is.assignees ?? []).map((a) => this.userId(a)),
      comments,
      events,
      pinned: is.pinned ?? false,
    };
    repo.issues.set(number, issue);
    return issue;
  }

  private comment(
    c: { id?: number; node_id?: string; user: string; body: string; created_at?: string; updated_at?: string },
    seed: string,
    fallback: string,
  ): CommentRec {
    const id = c.id ?? this.s.ids.comment.derive(`comment:${seed}`);
    const created = c.created_at ?? fallback;
    return {
      id,
      node_id: c.node_id ?? nodeId('IssueComment', id),
      userId: this.userId(c.user),
      body: c.body,
      created_at: created,
      updated_at: c.updated_at ?? created,
    };
  }

  private loadPull(repo: RepoRec, p: WorldPull, issue: IssueRec): PullRec {
    const s = this.s;
    const baseRef = p.base ?? repo.default_branch;
    let headRef: string;
    if (typeof p.head === 'string') headRef = p.head;
    else {
      headRef = p.head.ref;
      if (!repo.git.branch(headRef)) {
        this.createBranch(repo, headRef, baseRef, p.head.files, {
          sha: p.head.sha,
          message: p.head.message ?? issue.title,
          date: issue.created_at,
          author: p.user,
        });
      }
    }
    const headSha = repo.git.branch(headRef)?.sha ?? repo.git.branch(baseRef)!.sha;
    const key = `${repo.full_name}#${issue.number}`;
    const reviews = (p.reviews ?? []).map((r, i) => {
      const id = r.id ?? s.ids.review.derive(`review:${key}/${i}`);
      return {
        id,
        node_id: r.node_id ?? nodeId('PullRequestReview', id),
        userId: this.userId(r.user),
        state: r.state,
        body: r.body ?? '',
        submitted_at: r.state === 'PENDING' ? null : (r.submitted_at ?? issue.created_at),
        commit_id: r.commit_id ?? headSha,
      };
    });
    const reviewComments = (p.review_comments ?? []).map((c, i) => {
      const id = c.id ?? s.ids.reviewComment.derive(`rc:${key}/${i}`);
      const created = c.created_at ?? issue.created_at;
      return {
        id,
        node_id: c.node_id ?? nodeId('PullRequestReviewComment', id),
        userId: this.userId(c.user),
        body: c.body,
        path: c.path,
        line: c.line ?? null,
        side: c.side ?? 'RIGHT',
        created_at: created,
        updated_at: c.updated_at ?? created,
        in_reply_to_id: c.in_reply_to_id ?? null,
        review_id: c.review_id ?? null,
        commit_id: headSha,
      } as const;
    });
    return {
      headRef,
      baseRef,
      draft: p.draft ?? false,
      merged_at: p.merged_at ?? null,
      mergedById: p.merged_by ? this.userId(p.merged_by) : null,
      merge_commit_sha: p.merge_commit_sha ?? null,
      reviews,
      requestedReviewers: (p.requested_reviewers ?? []).map((u) => this.userId(u)),
      requestedTeams: (p.requested_teams ?? []).map((t) => s.team(repo.ownerLogin, t)!.id),
      reviewComments: reviewComments.map((c) => ({ ...c })),
      headSha: typeof p.head !== 'string' ? p.head.sha : undefined,
    };
  }

  private loadAdvisory(repo: RepoRec, a: WorldAdvisory, index: number): void {
    const s = this.s;
    let ghsa = a.ghsa_id ?? ghsaId(`${repo.full_name}/${index}/${a.summary}`);
    while (!a.ghsa_id && s.advisory(ghsa)) ghsa = ghsaId(`${ghsa}/again`);
    const created = a.created_at ?? this.now;
    const state = a.state;
    const published =
      a.published_at ?? (state === 'published' || state === 'withdrawn' ? (a.updated_at ?? created) : null);
    const closed = a.closed_at ?? (state === 'closed' ? (a.updated_at ?? created) : null);
    const withdrawn = a.withdrawn_at ?? (state === 'withdrawn' ? (a.updated_at ?? created) : null);
    const latest = [created, published ?? '', closed ?? '', withdrawn ?? ''].sort().at(-1)!;
    const rec: AdvisoryRec = {
      ghsa_id: ghsa,
      repo,
      cve_id: a.cve_id ?? null,
      summary: a.summary,
      description: a.description ?? null,
      severity: a.severity ?? null,
      cvss_vector_string: a.cvss_vector_string ?? null,
      cvss_v4_vector_string: a.cvss_v4_vector_string ?? null,
      state,
      authorId: a.author ? this.userId(a.author) : null,
      publisherId: a.publisher ? this.userId(a.publisher) : null,
      created_at: created,
      updated_at: a.updated_at ?? latest,
      published_at: published,
      closed_at: closed,
      withdrawn_at: withdrawn,
      submission: a.submission ?? null,
      credits: (a.credits ?? []).map((c) => ({
        userId: this.userId(c.login),
        type: c.type,
        state: c.state ?? 'accepted',
      })),
      collaboratingUsers: (a.collaborating_users ?? []).map((u) => this.userId(u)),
      collaboratingTeams: (a.collaborating_teams ?? []).map((t) => s.team(repo.ownerLogin, t)!.id),
      vulnerabilities: (a.vulnerabilities ?? []).map((v) => ({
        package: { ecosystem: v.package.ecosystem, name: v.package.name ?? null },
        vulnerable_version_range: v.vulnerable_version_range ?? null,
        patched_versions: v.patched_versions ?? null,
        vulnerable_functions: v.vulnerable_functions ?? [],
      })),
      cwe_ids: a.cwe_ids ?? [],
      fork: null,
      comments: (a.comments ?? []).map((c, i) => ({
        ...this.comment(c, `${ghsa}/c${i}`, created),
        confidential: c.confidential ?? false,
      })),
    };
    s.addAdvisory(rec);
    repo.advisories.push(rec);
    if (a.private_fork) {
      const f = a.private_fork;
      const fork = this.newRepo(
        `${repo.ownerLogin}/${f.name ?? forkName(repo, ghsa)}`,
        {
          id: f.id,
          private: true,
          default_branch: repo.default_branch,
          created_at: f.created_at ?? created,
          description: repo.description,
        },
        { parent: repo, ghsa_id: ghsa },
      );
      fork.git.copyFrom(repo.git, [repo.default_branch]);
      const headSha = f.branches?.[repo.default_branch]?.sha;
      if ((f.files && Object.keys(f.files).length > 0) || headSha) {
        this.createBranch(fork, repo.default_branch, repo.default_branch, f.files, {
          message: 'Fork changes',
          date: fork.created_at,
          sha: headSha,
        });
      }
      this.loadBranches(fork, f.branches);
      this.loadIssues(fork, [], f.pulls ?? []);
      rec.fork = fork;
    }
  }
}

export function forkName(repo: RepoRec, ghsa: string): string {
  return `${repo.name}-${ghsa.toLowerCase()}`;
}
