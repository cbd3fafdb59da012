// Reference checks the JSON Schema cannot express: every login, team slug, branch and repo named in a
// world must exist, and ids must be unique. Problems come back as "path: message" lines.
import type { World, WorldPull, WorldRepo } from './types.js';

export function checkReferences(world: World): string[] {
  const problems: string[] = [];
  const users = new Map<string, boolean>();
  for (const u of world.users ?? []) {
    const key = u.login.toLowerCase();
    if (users.has(key)) problems.push(`/users: duplicate login '${u.login}'`);
    users.set(key, true);
  }
  const orgs = new Set<string>();
  world.orgs?.forEach((o, i) => {
    const key = o.login.toLowerCase();
    if (orgs.has(key) || users.has(key)) problems.push(`/orgs/${i}/login: '${o.login}' is already a user or org`);
    orgs.add(key);
  });
  const apps = new Set(
    Object.values(world.tokens ?? {}).flatMap((t) =>
      t.kind === 'app' && t.app ? [`${t.app}[bot]`.toLowerCase()] : [],
    ),
  );
  const builtins = new Set(['ghost', 'github-actions[bot]', 'dependabot[bot]']);
  const user = (path: string, login: string | null | undefined): void => {
    if (login == null) return;
    const key = login.toLowerCase();
    if (!users.has(key) && !apps.has(key) && !builtins.has(key)) problems.push(`${path}: unknown user '${login}'`);
  };
  const teams = new Set((world.teams ?? []).map((t) => `${t.org}/${t.slug}`.toLowerCase()));
  const team = (path: string, org: string, slug: string): void => {
    if (!teams.has(`${org}/${slug}`.toLowerCase())) problems.push(`${path}: unknown team '${org}/${slug}'`);
  };

  const orgMembers = new Map<string, Set<string>>();
  world.orgs?.forEach((o, i) => {
    const members = new Set<string>();
    o.members?.forEach((m, j) => {
      user(`/orgs/${i}/members/${j}`, m);
      members.add(m.toLowerCase());
    });
    o.owners?.forEach((m, j) => {
      user(`/orgs/${i}/owners/${j}`, m);
      members.add(m.toLowerCase());
    });
    orgMembers.set(o.login.toLowerCase(), members);
    o.roles?.forEach((r, j) => {
      r.teams?.forEach((t, k) => team(`/orgs/${i}/roles/${j}/teams/${k}`, o.login, t));
      r.users?.forEach((u, k) => user(`/orgs/${i}/roles/${j}/users/${k}`, u));
    });
    o.invitations?.forEach((inv, j) => {
      user(`/orgs/${i}/invitations/${j}/inviter`, inv.inviter);
      user(`/orgs/${i}/invitations/${j}/login`, inv.login);
      inv.teams?.forEach((t, k) => team(`/orgs/${i}/invitations/${j}/teams/${k}`, o.login, t));
    });
  });

  const seenTeams = new Set<string>();
  world.teams?.forEach((t, i) => {
    const key = `${t.org}/${t.slug}`.toLowerCase();
    if (seenTeams.has(key)) problems.push(`/teams/${i}: duplicate team '${t.org}/${t.slug}'`);
    seenTeams.add(key);
    const members = orgMembers.get(t.org.toLowerCase());
    if (!members) {
      problems.push(`/teams/${i}/org: unknown org '${t.org}'`);
      return;
    }
    if (t.parent) team(`/teams/${i}/parent`, t.org, t.parent);
    for (const field of ['members', 'maintainers'] as const) {
      t[field]?.forEach((m, j) => {
        user(`/teams/${i}/${field}/${j}`, m);
        if (users.has(m.toLowerCase()) && !members.has(m.toLowerCase())) {
          problems.push(`/teams/${i}/${field}/${j}: '${m}' is not a member of org '${t.org}' (invite them instead)`);
        }
      });
    }
  });

  const repos = new Set<string>();
  const ghsas = new Set<string>();
  world.repos?.forEach((r, i) => {
    const key = r.full_name.toLowerCase();
    if (repos.has(key)) problems.push(`/repos/${i}: duplicate repo '${r.full_name}'`);
    repos.add(key);
    const owner = r.full_name.split('/')[0]!;
    const ownerIsOrg = orgs.has(owner.toLowerCase());
    if (!ownerIsOrg) user(`/repos/${i}/full_name`, owner);
    checkRepo(`/repos/${i}`, r, owner, ownerIsOrg);
    r.advisories?.forEach((a, j) => {
      const p = `/repos/${i}/advisories/${j}`;
      if (a.ghsa_id) {
        if (ghsas.has(a.ghsa_id)) problems.push(`${p}/ghsa_id: duplicate '${a.ghsa_id}'`);
        ghsas.add(a.ghsa_id);
      }
      user(`${p}/author`, a.author);
      user(`${p}/publisher`, a.publisher);
      a.credits?.forEach((c, k) => user(`${p}/credits/${k}/login`, c.login));
      a.collaborating_users?.forEach((u, k) => user(`${p}/collaborating_users/${k}`, u));
      a.collaborating_teams?.forEach((t, k) => {
        if (!ownerIsOrg) problems.push(`${p}/collaborating_teams/${k}: repo owner '${owner}' is not an org`);
        else team(`${p}/collaborating_teams/${k}`, owner, t);
      });
      a.comments?.forEach((c, k) => user(`${p}/comments/${k}/user`, c.user));
      if (a.private_fork) {
        const fork = a.private_fork;
        const branches = new Set([...Object.keys(fork.branches ?? {}), r.default_branch ?? 'main']);
        fork.pulls?.forEach((pr, k) => checkPull(`${p}/private_fork/pulls/${k}`, pr, branches, owner, ownerIsOrg));
      }
    });
  });

  for (const [name, t] of Object.entries(world.tokens ?? {})) {
    const p = `/tokens/${name}`;
    if (t.kind === 'user') {
      if (!t.login) problems.push(`${p}/login: a user token needs a login`);
      else user(`${p}/login`, t.login);
    }
    if (t.kind === 'app' && !t.app) problems.push(`${p}/app: an app token needs the App's slug`);
    if (t.kind === 'actions' && (!t.repo || !repos.has(t.repo.toLowerCase())))
      problems.push(`${p}/repo: an actions token needs a repo of the world`);
    t.orgs?.forEach((o, k) => {
      if (!orgs.has(o.toLowerCase()) && !users.has(o.toLowerCase()))
        problems.push(`${p}/orgs/${k}: unknown account '${o}'`);
    });
    t.repositories?.forEach((r, k) => {
      if (!repos.has(r.toLowerCase())) problems.push(`${p}/repositories/${k}: unknown repo '${r}'`);
    });
  }
  return problems;

  function checkRepo(p: string, r: WorldRepo, owner: string, ownerIsOrg: boolean): void {
    for (const [login, _] of Object.entries(r.permissions?.users ?? {})) user(`${p}/permissions/users/${login}`, login);
    for (const slug of Object.keys(r.permissions?.teams ?? {})) {
      if (!ownerIsOrg) problems.push(`${p}/permissions/teams/${slug}: repo owner '${owner}' is not an org`);
      else team(`${p}/permissions/teams/${slug}`, owner, slug);
    }
    const branches = new Set([r.default_branch ?? 'main', ...Object.keys(r.branches ?? {})]);
    for (const [name, b] of Object.entries(r.branches ?? {})) {
      if (b.from && !branches.has(b.from)) problems.push(`${p}/branches/${name}/from: unknown branch '${b.from}'`);
      user(`${p}/branches/${name}/author`, b.author);
    }
    const numbers = new Set<number>();
    const number = (path: string, n: number | undefined): void => {
      if (n === undefined) return;
      if (numbers.has(n)) problems.push(`${path}/number: #${n} is used twice (issues and pulls share numbers)`);
      numbers.add(n);
    };
    r.issues?.forEach((is, k) => {
      const ip = `${p}/issues/${k}`;
      number(ip, is.number);
      checkIssue(ip, is);
    });
    r.pulls?.forEach((pr, k) => {
      number(`${p}/pulls/${k}`, pr.number);
      checkPull(`${p}/pulls/${k}`, pr, branches, owner, ownerIsOrg);
    });
    r.statuses?.forEach((s, k) => {
      user(`${p}/statuses/${k}/creator`, s.creator);
      if (s.ref && !branches.has(s.ref)) problems.push(`${p}/statuses/${k}/ref: unknown branch '${s.ref}'`);
    });
  }

  function checkIssue(ip: string, is: WorldPull | NonNullable<WorldRepo['issues']>[number]): void {
    user(`${ip}/user`, is.user);
    user(`${ip}/closed_by`, is.closed_by);
    is.assignees?.forEach((a, j) => user(`${ip}/assignees/${j}`, a));
    is.labels?.forEach((l, j) => {
      if (typeof l !== 'string') user(`${ip}/labels/${j}/by`, l.by);
    });
    is.comments?.forEach((c, j) => user(`${ip}/comments/${j}/user`, c.user));
    is.events?.forEach((e, j) => user(`${ip}/events/${j}/actor`, e.actor));
  }

  function checkPull(pp: string, pr: WorldPull, branches: Set<string>, owner: string, ownerIsOrg: boolean): void {
    checkIssue(pp, pr);
    if (typeof pr.head === 'string' && !branches.has(pr.head))
      problems.push(`${pp}/head: unknown branch '${pr.head}' (or give {ref, files})`);
    if (typeof pr.head !== 'string') branches.add(pr.head.ref);
    if (pr.base && !branches.has(pr.base)) problems.push(`${pp}/base: unknown branch '${pr.base}'`);
    user(`${pp}/merged_by`, pr.merged_by);
    pr.reviews?.forEach((rv, j) => user(`${pp}/reviews/${j}/user`, rv.user));
    pr.review_comments?.forEach((c, j) => user(`${pp}/review_comments/${j}/user`, c.user));
    pr.requested_reviewers?.forEach((u, j) => user(`${pp}/requested_reviewers/${j}`, u));
    pr.requested_teams?.forEach((t, j) => {
      if (!ownerIsOrg) problems.push(`${pp}/requested_teams/${j}: repo owner '${owner}' is not an org`);
      else team(`${pp}/requested_teams/${j}`, owner, t);
    });
  }
}
