// Organizations: the org, its members, and its failed and expired invitations (pending ones are read per team).
import { ok, type Ctx, type Handler } from '../ctx.js';
import { validationFailed } from '../http.js';
import { nodeId } from '../ids.js';
import { paginated } from '../pagination.js';
import { invitation } from '../render/teams.js';
import { organizationFull, simpleUser } from '../render/users.js';
import { findOrg } from './common.js';
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

export function pendingInvitation(org: OrgRec, userId: number): InvitationRec | undefined {
  return org.invitations.find((i) => i.state === 'pending' && i.userId === userId);
}

const listFailedInvitations: Handler = (ctx) => {
  const org = findOrg(ctx);
  ctx.access.requireOrg(ctx.id, org, 'members', 'read', 'owner');
  return paginated(
    ctx,
    org.invitations.filter((i) => i.state !== 'pending'),
    (i) => invitation(ctx.r, org, i),
  );
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
  { method: 'GET', template: '/orgs/{org}/failed_invitations', handler: listFailedInvitations },
];
