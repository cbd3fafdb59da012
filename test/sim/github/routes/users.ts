// Users: by login, by numeric id (follows renames; deleted accounts 404), and the authenticated user.
import { ok, type Handler } from '../ctx.js';
import { integrationForbidden, notFound } from '../http.js';
import { organizationFull, privateUser, publicUser } from '../render/users.js';
import type { RouteSpec } from '../router.js';
import type { Ctx } from '../ctx.js';
import type { OrgRec } from '../model.js';

function orgAsPublicUser(ctx: Ctx, org: OrgRec): unknown {
  const o = organizationFull(ctx.r, org);
  return {
    login: o.login,
    id: o.id,
    node_id: o.node_id,
    avatar_url: o.avatar_url,
    gravatar_id: '',
    url: `${ctx.r.api}/users/${o.login}`,
    html_url: o.html_url,
    followers_url: `${ctx.r.api}/users/${o.login}/followers`,
    following_url: `${ctx.r.api}/users/${o.login}/following{/other_user}`,
    gists_url: `${ctx.r.api}/users/${o.login}/gists{/gist_id}`,
    starred_url: `${ctx.r.api}/users/${o.login}/starred{/owner}{/repo}`,
    subscriptions_url: `${ctx.r.api}/users/${o.login}/subscriptions`,
    organizations_url: `${ctx.r.api}/users/${o.login}/orgs`,
    repos_url: `${ctx.r.api}/users/${o.login}/repos`,
    events_url: `${ctx.r.api}/users/${o.login}/events{/privacy}`,
    received_events_url: `${ctx.r.api}/users/${o.login}/received_events`,
    type: 'Organization',
    user_view_type: 'public',
    site_admin: false,
    name: o.name ?? null,
    company: null,
    blog: o.blog ?? '',
    location: null,
    email: o.email ?? null,
    hireable: null,
    bio: o.description,
    twitter_username: null,
    public_repos: o.public_repos,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: o.created_at,
    updated_at: o.updated_at,
  };
}

const byLogin: Handler = (ctx) => {
  const login = ctx.params['username']!;
  const user = ctx.store.user(login);
  if (user) return ok(publicUser(ctx.r, user));
  const org = ctx.store.org(login);
  if (org) return ok(orgAsPublicUser(ctx, org));
  throw notFound();
};

const byId: Handler = (ctx) => {
  const id = Number(ctx.params['account_id']);
  const user = ctx.store.users.get(id);
  if (user && !user.deleted) return ok(publicUser(ctx.r, user));
  const org = [...ctx.store.orgs.values()].find((o) => o.id === id);
  if (org) return ok(orgAsPublicUser(ctx, org));
  throw notFound();
};

const authenticated: Handler = (ctx) => {
  if (ctx.id.token.kind !== 'user') throw integrationForbidden();
  return ok(privateUser(ctx.r, ctx.id.user));
};

export const userRoutes: RouteSpec<Handler>[] = [
  { method: 'GET', template: '/users/{username}', handler: byLogin },
  { method: 'GET', template: '/user/{account_id}', handler: byId },
  { method: 'GET', template: '/user', handler: authenticated },
];
