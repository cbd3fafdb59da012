// Organizations: the org, its members and memberships, and invitations (pending, failed and expired).
import { noContent, ok, type Ctx, type Handler } from '../ctx.js';
import { notFound, validationFailed } from '../http.js';
import { nodeId } from '../ids.js';
import { paginated } from '../pagination.js';
import { invitation } from '../render/teams.js';
import { organizationFull, simpleUser } from '../render/users.js';
import { findOrg, findUser } from './common.js';
import type { InvitationRec, OrgRec } from '../model.js';
import type { RouteSpec } from '../router.js';

const getOrg: Handler = (ctx) => ok(organizationFull(ctx.r, findOrg(ctx)));

/** Members are listed to anyone (the simulator treats every membership as public). */
const listMembers: Handler = (ctx) => {
  const org = findOrg(ctx);
  const role = ctx.query.get('role') ?? 'all';
  if (!['all', 'admin', 'member'].includes(role))
    throw validationFailed([{ resource: 'Organization', field: 'role', code: 'invalid' }]);
  // A deleted account leaves every org it was in.
  const ids = [...org.members]
    .filter(([id, r]) => (role === 'all' || r === role) && !ctx.store.userById(id).deleted)
    .map(([id]) => id)
    .sort((a, b) => a - b);
  return paginated(ctx, ids, (id) => simpleUser(ctx.r, ctx.store.userById(id)));
};

const checkMember: Handler = (ctx) => {
  const org = findOrg(ctx);
  const user = ctx.store.user(ctx.params['username']!);
  if (!user || !org.members.has(user.id)) throw notFound();
  return noContent();
};

export function pendingInvitation(org: OrgRec, userId: number): InvitationRec | undefined {
  return org.invitations.find((i) => i.state === 'pending' && i.userId === userId);
}

const getMembership: Handler = (ctx) => {
  const org = findOrg(ctx);
  ctx.access.requireOrg(ctx.id, org, 'members', 'read', 'member');
  const user = findUser(ctx);
  const role = org.members.get(user.id);
  const pending = role ? undefined : pendingInvitation(org, user.id);
  if (!role && !pending) throw notFound();
  return ok({
    url: `${ctx.r.api}/orgs/${org.login}/memberships/${user.login}`,
    state: role ? 'active' : 'pending',
    role: role ?? (pending!.role === 'admin' ? 'admin' : 'member'),
    organization_url: `${ctx.r.api}/orgs/${org.login}`,
    organization: {
      login: org.login,
      id: org.id,
      node_id: org.node_id,
      url: `${ctx.r.api}/orgs/${org.login}`,
      repos_url: `${ctx.r.api}/orgs/${org.login}/repos`,
      events_url: `${ctx.r.api}/orgs/${org.login}/events`,
      hooks_url: `${ctx.r.api}/orgs/${org.login}/hooks`,
      issues_url: `${ctx.r.api}/orgs/${org.login}/issues`,
      members_url: `${ctx.r.api}/orgs/${org.login}/members{/member}`,
      public_members_url: `${ctx.r.api}/orgs/${org.login}/public_members{/member}`,
      avatar_url: `https://avatars.githubusercontent.com/u/${org.id}?v=4`,
      description: org.description,
    },
    user: simpleUser(ctx.r, user),
    permissions: { can_create_repository: role === 'admin' },
  });
};

const listInvitations: Handler = (ctx) => {
  const org = findOrg(ctx);
  ctx.access.requireOrg(ctx.id, org, 'members', 'read', 'owner');
  return paginated(
    ctx,
    org.invitations.filter((i) => i.state === 'pending'),
    (i) => invitation(ctx.r, org, i),
  );
};

const listFailedInvitations: Handler = (ctx) => {
  const org = findOrg(ctx);
  ctx.access.requireOrg(ctx.id, org, 'members', 'read', 'owner');
  return paginated(
    ctx,
    org.invitations.filter((i) => i.state !== 'pending'),
    (i) => invitation(ctx.r, org, i),
  );
};

const cancelInvitation: Handler = (ctx) => {
  const org = findOrg(ctx);
  ctx.access.requireOrg(ctx.id, org, 'members', 'write', 'owner');
  const index = org.invitations.findIndex((i) => i.id === Number(ctx.params['invitation_id']) && i.state === 'pending');
  if (index < 0) throw notFound();
  org.invitations.splice(index, 1);
  return noContent();
};

/** Invites a user to the org (or adds teams to their pending invitation), as a team membership PUT does. */
export function inviteToOrg(ctx: Ctx, org: OrgRec, userId: number, teamId: number | null): InvitationRec {
  let inv = pendingInvitation(org, userId);
  if (!inv) {
    const id = ctx.store.ids.invitation.next();
    inv = {
      id,
      node_id: nodeId('OrganizationInvitation', id),
      userId,
      email: null,
      role: 'direct_member',
      teams: new Set(),
      inviterId: ctx.id.user.id,
      created_at: ctx.nowIso(),
      state: 'pending',
      failed_at: null,
      failed_reason: null,
    };
    org.invitations.push(inv);
  }
  if (teamId !== null) inv.teams.add(teamId);
  return inv;
}

export const orgRoutes: RouteSpec<Handler>[] = [
  { method: 'GET', template: '/orgs/{org}', handler: getOrg },
  { method: 'GET', template: '/orgs/{org}/members', handler: listMembers },
  { method: 'GET', template: '/orgs/{org}/members/{username}', handler: checkMember },
  { method: 'GET', template: '/orgs/{org}/memberships/{username}', handler: getMembership },
  { method: 'GET', template: '/orgs/{org}/invitations', handler: listInvitations },
  { method: 'GET', template: '/orgs/{org}/failed_invitations', handler: listFailedInvitations },
  { method: 'DELETE', template: '/orgs/{org}/invitations/{invitation_id}', handler: cancelInvitation },
];
