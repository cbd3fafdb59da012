// Store → World: the current state in the world format, every derived value written out, so that loading
// the export serves the same thing (branch heads keep their shas; commit history is not kept).
import type { GitRepo } from './git.js';
import type { AdvisoryRec, IssueRec, OrgRec, RepoRec, TeamRec } from './model.js';
import type { Store } from './store.js';
import type {
  World,
  WorldAdvisory,
  WorldBranch,
  WorldFile,
  WorldIssue,
  WorldOrg,
  WorldPull,
  WorldRateLimits,
  WorldRepo,
  WorldTeam,
  WorldToken,
} from '../world/types.js';

export function exportWorld(store: Store, rateLimits: WorldRateLimits): World {
  const login = (id: number): string => store.userById(id).login;
  const file = (sha: string): WorldFile => {
    const data = store.blobs.get(sha)!;
    const text = data.toString('utf8');
    return Buffer.from(text, 'utf8').equals(data) ? text : { base64: data.toString('base64') };
  };
  const teamSlug = (id: number): string => store.teams.get(id)!.slug;

  const users = [...store.users.values()]
    .filter((u) => !u.implicit)
    .map((u) => ({
      login: u.login,
      id: u.id,
      node_id: u.node_id,
      name: u.name,
      email: u.email,
      type: u.type,
      site_admin: u.site_admin,
      company: u.company,
      blog: u.blog,
      location: u.location,
      bio: u.bio,
      twitter_username: u.twitter_username,
      created_at: u.created_at,
      updated_at: u.updated_at,
      ...(u.deleted ? { deleted: true } : {}),
      ...(u.previous_logins.length > 0 ? { previous_logins: u.previous_logins } : {}),
    }));

  const orgs: WorldOrg[] = [...store.orgs.values()].map((o: OrgRec) => ({
    login: o.login,
    id: o.id,
    node_id: o.node_id,
    name: o.name,
    description: o.description,
    email: o.email,
    blog: o.blog,
    created_at: o.created_at,
    updated_at: o.updated_at,
    members: [...o.members].filter(([, r]) => r === 'member').map(([id]) => login(id)),
    owners: [...o.members].filter(([, r]) => r === 'admin').map(([id]) => login(id)),
    team_member_roles: o.team_member_roles,
    roles: o.roles
      .filter((r) => !r.predefined || r.teams.size > 0 || r.users.size > 0)
      .map((r) => ({
        name: r.name,
        id: r.id,
        ...(r.predefined
          ? {}
          : {
              description: r.description,
              permissions: r.permissions,
              base_role: r.base_role,
              created_at: r.created_at,
              updated_at: r.updated_at,
            }),
        teams: [...r.teams].map(teamSlug),
        users: [...r.users].map(login),
      })),
    invitations: o.invitations.map((i) => ({
      id: i.id,
      node_id: i.node_id,
      login: i.userId === null ? null : login(i.userId),
      email: i.email,
      role: i.role,
      teams: [...i.teams].map(teamSlug),
      inviter: login(i.inviterId),
      created_at: i.created_at,
      state: i.state,
      failed_at: i.failed_at,
      failed_reason: i.failed_reason,
    })),
  }));

  const teams: WorldTeam[] = [...store.teams.values()].map((t: TeamRec) => ({
    org: t.org.login,
    slug: t.slug,
    id: t.id,
    node_id: t.node_id,
    name: t.name,
    description: t.description,
    privacy: t.privacy,
    notification_setting: t.notification_setting,
    parent: t.parentId ? store.teams.get(t.parentId)!.slug : null,
    members: [...t.members].filter(([, r]) => r === 'member').map(([id]) => login(id)),
    maintainers: [...t.members].filter(([, r]) => r === 'maintainer').map(([id]) => login(id)),
    created_at: t.created_at,
    updated_at: t.updated_at,
  }));

  const branchesOf = (git: GitRepo, defaultBranch: string, base: Map<string, string>): Record<string, WorldBranch> => {
    const out: Record<string, WorldBranch> = {};
    for (const name of git.branchNames()) {
      const c = git.branch(name)!;
      if (name === defaultBranch) {
        out[name] = { sha: c.sha };
        continue;
      }
      const files: Record<string, WorldFile | null> = {};
      for (const [p, sha] of c.tree) if (base.get(p) !== sha) files[p] = file(sha);
      for (const p of base.keys()) if (!c.tree.has(p)) files[p] = null;
      out[name] = { from: defaultBranch, files, sha: c.sha, message: c.message, date: c.author.date };
    }
    return out;
  };

  const issueOf = (i: IssueRec, repo: RepoRec): WorldIssue => {
    const labels = i.labels.map((key) => {
      const name = repo.labels.get(key)?.name ?? key;
      const ev = [...i.events].reverse().find((e) => e.event === 'labeled' && e.label?.toLowerCase() === key);
      return ev ? { name, by: login(ev.actorId), at: ev.created_at } : name;
    });
    return {
      number: i.number,
      id: i.id,
      node_id: i.node_id,
      title: i.title,
      body: i.body,
      user: login(i.userId),
      state: i.state,
      state_reason: i.state_reason,
      locked: i.locked,
      created_at: i.created_at,
      updated_at: i.updated_at,
      closed_at: i.closed_at,
      closed_by: i.closedById === null ? null : login(i.closedById),
      labels,
      assignees: i.assignees.map(login),
      comments: i.comments.map((c) => ({
        id: c.id,
        node_id: c.node_id,
        user: login(c.userId),
        body: c.body,
        created_at: c.created_at,
        updated_at: c.updated_at,
      })),
      events: i.events.map((e) => ({
        id: e.id,
        event: e.event,
        actor: login(e.actorId),
        created_at: e.created_at,
        ...(e.label ? { label: e.label } : {}),
      })),
      pinned: i.pinned,
    };
  };

  const pullOf = (i: IssueRec, repo: RepoRec): WorldPull => {
    const p = i.pull!;
    return {
      ...issueOf(i, repo),
      head: repo.git.branch(p.headRef) ? p.headRef : { ref: p.headRef, files: {} },
      base: p.baseRef,
      draft: p.draft,
      merged_at: p.merged_at,
      merged_by: p.mergedById === null ? null : login(p.mergedById),
      merge_commit_sha: p.merge_commit_sha,
      reviews: p.reviews.map((r) => ({
        id: r.id,
        node_id: r.node_id,
        user: login(r.userId),
        state: r.state,
        body: r.body,
        ...(r.submitted_at ? { submitted_at: r.submitted_at } : {}),
        commit_id: r.commit_id,
      })),
      requested_reviewers: p.requestedReviewers.map(login),
      requested_teams: p.requestedTeams.map(teamSlug),
      review_comments: p.reviewComments.map((c) => ({
        id: c.id,
        node_id: c.node_id,
        user: login(c.userId),
        body: c.body,
        path: c.path,
        ...(c.line !== null ? { line: c.line } : {}),
        side: c.side,
        created_at: c.created_at,
        updated_at: c.updated_at,
        ...(c.in_reply_to_id !== null ? { in_reply_to_id: c.in_reply_to_id } : {}),
        ...(c.review_id !== null ? { review_id: c.review_id } : {}),
      })),
    };
  };

  const issuesAndPulls = (repo: RepoRec): { issues: WorldIssue[]; pulls: WorldPull[] } => {
    const all = [...repo.issues.values()].sort((a, b) => a.number - b.number);
    return {
      issues: all.filter((i) => !i.pull).map((i) => issueOf(i, repo)),
      pulls: all.filter((i) => i.pull).map((i) => pullOf(i, repo)),
    };
  };

  const advisoryOf = (a: AdvisoryRec): WorldAdvisory => {
    const repo = a.repo;
    let private_fork: WorldAdvisory['private_fork'] = null;
    if (a.fork) {
      const parentTree = repo.git.branch(repo.default_branch)!.tree;
      const forkHead = a.fork.git.branch(a.fork.default_branch)!;
      const files: Record<string, WorldFile | null> = {};
      for (const [p, sha] of forkHead.tree) if (parentTree.get(p) !== sha) files[p] = file(sha);
      for (const p of parentTree.keys()) if (!forkHead.tree.has(p)) files[p] = null;
      // The fork's own default-branch head keeps its sha when it moved away from the parent's.
      const parentSha = repo.git.branch(repo.default_branch)!.sha;
      const branches = Object.fromEntries(
        Object.entries(branchesOf(a.fork.git, a.fork.default_branch, forkHead.tree)).filter(
          ([name]) => name !== a.fork!.default_branch || forkHead.sha !== parentSha,
        ),
      );
      private_fork = {
        name: a.fork.name,
        id: a.fork.id,
        created_at: a.fork.created_at,
        files,
        branches,
        pulls: issuesAndPulls(a.fork).pulls,
      };
    }
    return {
      ghsa_id: a.ghsa_id,
      cve_id: a.cve_id,
      summary: a.summary,
      description: a.description,
      severity: a.severity,
      cvss_vector_string: a.cvss_vector_string,
      cvss_v4_vector_string: a.cvss_v4_vector_string,
      state: a.state,
      author: a.authorId === null ? null : login(a.authorId),
      publisher: a.publisherId === null ? null : login(a.publisherId),
      created_at: a.created_at,
      updated_at: a.updated_at,
      published_at: a.published_at,
      closed_at: a.closed_at,
      withdrawn_at: a.withdrawn_at,
      submission: a.submission,
      credits: a.credits.map((c) => ({ login: login(c.userId), type: c.type, state: c.state })),
      collaborating_users: a.collaboratingUsers.map(login),
      collaborating_teams: a.collaboratingTeams.map(teamSlug),
      vulnerabilities: a.vulnerabilities.map((v) => ({ ...v, package: { ...v.package } })),
      cwe_ids: a.cwe_ids,
      private_fork,
      comments: a.comments.map((c) => ({
        id: c.id,
        node_id: c.node_id,
        user: login(c.userId),
        body: c.body,
        created_at: c.created_at,
        updated_at: c.updated_at,
        ...(c.confidential ? { confidential: true } : {}),
      })),
    };
  };

  const repos: WorldRepo[] = [...store.repos.values()]
    .filter((r) => !r.forkOf)
    .map((r) => {
      const head = r.git.branch(r.default_branch)!;
      const files: Record<string, WorldFile> = {};
      for (const [p, sha] of [...head.tree].sort(([a], [b]) => (a < b ? -1 : 1))) files[p] = file(sha);
      return {
        full_name: r.full_name,
        id: r.id,
        node_id: r.node_id,
        private: r.private,
        description: r.description,
        homepage: r.homepage,
        language: r.language,
        topics: r.topics,
        archived: r.archived,
        default_branch: r.default_branch,
        created_at: r.created_at,
        updated_at: r.updated_at,
        pushed_at: r.pushed_at,
        private_vulnerability_reporting: r.pvr,
        permissions: {
          users: Object.fromEntries([...r.userPerms].map(([id, l]) => [login(id), l])),
          teams: Object.fromEntries([...r.teamPerms].map(([id, l]) => [teamSlug(id), l])),
        },
        files,
        branches: branchesOf(r.git, r.default_branch, head.tree),
        labels: [...r.labels.values()].map((l) => ({
          name: l.name,
          id: l.id,
          color: l.color,
          description: l.description,
        })),
        ...issuesAndPulls(r),
        statuses: r.statuses.map((s) => ({
          id: s.id,
          sha: s.sha,
          state: s.state,
          context: s.context,
          description: s.description,
          target_url: s.target_url,
          creator: login(s.creatorId),
          created_at: s.created_at,
          updated_at: s.updated_at,
        })),
        advisories: r.advisories.map(advisoryOf),
      };
    });

  const tokens: Record<string, WorldToken> = {};
  for (const t of store.tokensByName.values()) {
    if (!t.explicit) continue;
    tokens[t.name] = {
      token: t.token,
      kind: t.kind,
      ...(t.kind === 'user' ? { login: login(t.userId) } : {}),
      ...(t.kind === 'app'
        ? {
            app: t.app!,
            app_id: t.app_id!,
            installation_id: t.installation_id!,
            orgs: t.orgs,
            ...(t.repositories ? { repositories: t.repositories } : {}),
            permissions: t.permissions,
            repo_permissions: t.repo_permissions,
          }
        : {}),
      ...(t.kind === 'actions'
        ? { repo: t.repo!, ...(Object.keys(t.permissions).length > 0 ? { permissions: t.permissions } : {}) }
        : {}),
      ...(t.rate_limit !== null ? { rate_limit: t.rate_limit } : {}),
    };
  }

  return {
    now: store.clock.iso(),
    users,
    orgs,
    teams,
    repos,
    tokens,
    rateLimits,
    ...(store.cve !== undefined ? { cve: store.cve } : {}),
  };
}
