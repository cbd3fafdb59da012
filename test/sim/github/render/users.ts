// Users and orgs as simple-user, public-user, private-user and organization-full.
import type { RenderContext, Schemas } from './context.js';
import type { OrgRec, UserRec } from '../model.js';

export function simpleUser(ctx: RenderContext, u: UserRec): Schemas['simple-user'] {
  const base = `${ctx.api}/users/${encodeURIComponent(u.login)}`;
  const html =
    u.type === 'Bot' && u.login.endsWith('[bot]')
      ? `${ctx.html}/apps/${u.login.slice(0, -5)}`
      : `${ctx.html}/${u.login}`;
  return {
    login: u.login,
    id: u.id,
    node_id: u.node_id,
    avatar_url: `https://avatars.githubusercontent.com/u/${u.id}?v=4`,
    gravatar_id: '',
    url: base,
    html_url: html,
    followers_url: `${base}/followers`,
    following_url: `${base}/following{/other_user}`,
    gists_url: `${base}/gists{/gist_id}`,
    starred_url: `${base}/starred{/owner}{/repo}`,
    subscriptions_url: `${base}/subscriptions`,
    organizations_url: `${base}/orgs`,
    repos_url: `${base}/repos`,
    events_url: `${base}/events{/privacy}`,
    received_events_url: `${base}/received_events`,
    type: u.type,
    user_view_type: 'public',
    site_admin: u.site_admin,
  };
}

/** An org shown where GitHub shows an owner (simple-user with type Organization). */
export function orgAsOwner(ctx: RenderContext, o: OrgRec): Schemas['simple-user'] {
  const base = `${ctx.api}/users/${o.login}`;
  return {
    login: o.login,
    id: o.id,
    node_id: o.node_id,
    avatar_url: `https://avatars.githubusercontent.com/u/${o.id}?v=4`,
    gravatar_id: '',
    url: base,
    html_url: `${ctx.html}/${o.login}`,
    followers_url: `${base}/followers`,
    following_url: `${base}/following{/other_user}`,
    gists_url: `${base}/gists{/gist_id}`,
    starred_url: `${base}/starred{/owner}{/repo}`,
    subscriptions_url: `${base}/subscriptions`,
    organizations_url: `${base}/orgs`,
    repos_url: `${base}/repos`,
    events_url: `${base}/events{/privacy}`,
    received_events_url: `${base}/received_events`,
    type: 'Organization',
    user_view_type: 'public',
    site_admin: false,
  };
}

export function publicUser(ctx: RenderContext, u: UserRec): Schemas['public-user'] {
  const s = simpleUser(ctx, u);
  const publicRepos = [...ctx.store.repos.values()].filter(
    (r) => !r.private && !r.ownerIsOrg && r.ownerLogin === u.login,
  ).length;
  return {
    login: s.login,
    id: s.id,
    user_view_type: 'public',
    node_id: s.node_id,
    avatar_url: s.avatar_url,
    gravatar_id: s.gravatar_id,
    url: s.url,
    html_url: s.html_url,
    followers_url: s.followers_url,
    following_url: s.following_url,
    gists_url: s.gists_url,
    starred_url: s.starred_url,
    subscriptions_url: s.subscriptions_url,
    organizations_url: s.organizations_url,
    repos_url: s.repos_url,
    events_url: s.events_url,
    received_events_url: s.received_events_url,
    type: s.type,
    site_admin: s.site_admin,
    name: u.name,
    company: u.company,
    blog: u.blog,
    location: u.location,
    email: u.email,
    hireable: null,
    bio: u.bio,
    twitter_username: u.twitter_username,
    public_repos: publicRepos,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: u.created_at,
    updated_at: u.updated_at,
  };
}

export function privateUser(ctx: RenderContext, u: UserRec): Schemas['private-user'] {
  return {
    ...publicUser(ctx, u),
    private_gists: 0,
    total_private_repos: 0,
    owned_private_repos: 0,
    disk_usage: 0,
    collaborators: 0,
    two_factor_authentication: true,
    plan: { name: 'free', space: 976562499, private_repos: 10000, collaborators: 0 },
  };
}

export function organizationFull(ctx: RenderContext, o: OrgRec): Schemas['organization-full'] {
  const base = `${ctx.api}/orgs/${o.login}`;
  const publicRepos = [...ctx.store.repos.values()].filter(
    (r) => r.ownerIsOrg && r.ownerLogin === o.login && !r.private,
  ).length;
  return {
    login: o.login,
    id: o.id,
    node_id: o.node_id,
    url: base,
    repos_url: `${base}/repos`,
    events_url: `${base}/events`,
    hooks_url: `${base}/hooks`,
    issues_url: `${base}/issues`,
    members_url: `${base}/members{/member}`,
    public_members_url: `${base}/public_members{/member}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${o.id}?v=4`,
    description: o.description,
    name: o.name ?? undefined,
    company: undefined,
    blog: o.blog,
    location: undefined,
    email: o.email ?? undefined,
    is_verified: true,
    has_organization_projects: true,
    has_repository_projects: true,
    public_repos: publicRepos,
    public_gists: 0,
    followers: 0,
    following: 0,
    html_url: `${ctx.html}/${o.login}`,
    type: 'Organization',
    created_at: o.created_at,
    updated_at: o.updated_at,
    archived_at: null,
  };
}
