// Repositories as simple-repository, minimal-repository and full-repository (also used where the
// description says `repository`, e.g. a pull request's head and base).
import { orgAsOwner, simpleUser } from './users.js';
import type { RenderContext, Schemas } from './context.js';
import type { RepoRec } from '../model.js';

export function repoOwner(ctx: RenderContext, r: RepoRec): Schemas['simple-user'] {
  const org = r.ownerIsOrg ? ctx.store.org(r.ownerLogin) : undefined;
  return org ? orgAsOwner(ctx, org) : simpleUser(ctx, ctx.store.user(r.ownerLogin)!);
}

export function simpleRepo(ctx: RenderContext, r: RepoRec): Schemas['simple-repository'] {
  const base = `${ctx.api}/repos/${r.full_name}`;
  return {
    id: r.id,
    node_id: r.node_id,
    name: r.name,
    full_name: r.full_name,
    owner: repoOwner(ctx, r),
    private: r.private,
    html_url: `${ctx.html}/${r.full_name}`,
    description: r.description,
    fork: false,
    url: base,
    archive_url: `${base}/{archive_format}{/ref}`,
    assignees_url: `${base}/assignees{/user}`,
    blobs_url: `${base}/git/blobs{/sha}`,
    branches_url: `${base}/branches{/branch}`,
    collaborators_url: `${base}/collaborators{/collaborator}`,
    comments_url: `${base}/comments{/number}`,
    commits_url: `${base}/commits{/sha}`,
    compare_url: `${base}/compare/{base}...{head}`,
    contents_url: `${base}/contents/{+path}`,
    contributors_url: `${base}/contributors`,
    deployments_url: `${base}/deployments`,
    downloads_url: `${base}/downloads`,
    events_url: `${base}/events`,
    forks_url: `${base}/forks`,
    git_commits_url: `${base}/git/commits{/sha}`,
    git_refs_url: `${base}/git/refs{/sha}`,
    git_tags_url: `${base}/git/tags{/sha}`,
    hooks_url: `${base}/hooks`,
    issue_comment_url: `${base}/issues/comments{/number}`,
    issue_events_url: `${base}/issues/events{/number}`,
    issues_url: `${base}/issues{/number}`,
    keys_url: `${base}/keys{/key_id}`,
    labels_url: `${base}/labels{/name}`,
    languages_url: `${base}/languages`,
    merges_url: `${base}/merges`,
    milestones_url: `${base}/milestones{/number}`,
    notifications_url: `${base}/notifications{?since,all,participating}`,
    pulls_url: `${base}/pulls{/number}`,
    releases_url: `${base}/releases{/id}`,
    stargazers_url: `${base}/stargazers`,
    statuses_url: `${base}/statuses/{sha}`,
    subscribers_url: `${base}/subscribers`,
    subscription_url: `${base}/subscription`,
    tags_url: `${base}/tags`,
    teams_url: `${base}/teams`,
    trees_url: `${base}/git/trees{/sha}`,
  };
}

function permissions(
  ctx: RenderContext,
  r: RepoRec,
): { admin: boolean; maintain: boolean; push: boolean; triage: boolean; pull: boolean } {
  const v = ctx.viewer;
  let level: string | null;
  if (v.token.kind === 'user') level = ctx.access.userRepoLevel(v.user.id, r);
  else {
    const contents = ctx.access.tokenPermission(v.token, 'contents', r);
    const admin = ctx.access.tokenPermission(v.token, 'administration', r);
    level = admin === 'write' ? 'admin' : contents === 'write' ? 'write' : 'read';
  }
  const at = (l: string): boolean =>
    ['read', 'triage', 'write', 'maintain', 'admin'].indexOf(level ?? '') >=
    ['read', 'triage', 'write', 'maintain', 'admin'].indexOf(l);
  return { admin: at('admin'), maintain: at('maintain'), push: at('write'), triage: at('triage'), pull: at('read') };
}

export function fullRepo(ctx: RenderContext, r: RepoRec): Schemas['full-repository'] {
  const s = simpleRepo(ctx, r);
  const openIssues = [...r.issues.values()].filter((i) => i.state === 'open').length;
  const org = r.ownerIsOrg ? ctx.store.org(r.ownerLogin) : undefined;
  const parent = r.forkOf?.parent;
  return {
    ...s,
    git_url: `git://github.com/${r.full_name}.git`,
    ssh_url: `git@github.com:${r.full_name}.git`,
    clone_url: `${ctx.html}/${r.full_name}.git`,
    svn_url: `${ctx.html}/${r.full_name}`,
    mirror_url: null,
    homepage: r.homepage,
    language: r.language,
    forks_count: 0,
    forks: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    size: 0,
    default_branch: r.default_branch,
    open_issues_count: openIssues,
    open_issues: openIssues,
    is_template: false,
    topics: r.topics,
    has_issues: true,
    has_projects: true,
    has_wiki: true,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: r.archived,
    disabled: false,
    visibility: r.private ? 'private' : 'public',
    pushed_at: r.pushed_at,
    created_at: r.created_at,
    updated_at: r.updated_at,
    permissions: permissions(ctx, r),
    allow_rebase_merge: true,
    allow_squash_merge: true,
    allow_merge_commit: true,
    allow_auto_merge: false,
    delete_branch_on_merge: false,
    allow_forking: !r.private,
    web_commit_signoff_required: false,
    license: null,
    network_count: 0,
    subscribers_count: 0,
    organization: org ? orgAsOwner(ctx, org) : null,
    ...(parent ? { parent: repositoryShape(ctx, parent), source: repositoryShape(ctx, parent) } : {}),
  };
}

/** The `repository` schema (pull request head/base, parents of forks). */
export function repositoryShape(ctx: RenderContext, r: RepoRec): Schemas['repository'] {
  const {
    network_count: _n,
    subscribers_count: _s,
    organization: _o,
    parent: _p,
    source: _src,
    ...rest
  } = fullRepo(ctx, r);
  return { ...rest, has_downloads: true, temp_clone_token: undefined };
}
