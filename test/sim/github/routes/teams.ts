// Teams: members (with the role filter), memberships (PUT invites non-members of the org,
// who stay `pending`, as GitHub does) and the team's pending invitations.
import { jsonBody, noContent, ok, type Ctx, type Handler } from '../ctx.js';
import { HttpError, notFound, validationFailed } from '../http.js';
import { paginated } from '../pagination.js';
import { invitation, teamMembership } from '../render/teams.js';
import { simpleUser } from '../render/users.js';
import { findOrg, findTeam, findUser, noActionsToken } from './common.js';
import { inviteToOrg, pendingInvitation } from './orgs.js';
import type { OrgRec, TeamRec } from '../model.js';
import type { RouteSpec } from '../router.js';

function teamOrg(ctx: Ctx): OrgRec {
  noActionsToken(ctx, 'members=read');
  const org = findOrg(ctx);
  ctx.access.requireOrg(ctx.id, org, 'members', 'read', 'member');
  return org;
}

/** Members of the team and its child teams, with the role each holds (maintainer wins). */
function effectiveMembers(ctx: Ctx, team: TeamRec): Map<number, 'member' | 'maintainer'> {
  const result = new Map<number, 'member' | 'maintainer'>();
  const visit = (t: TeamRec, depth: number): void => {
    for (const [id, role] of t.members)
      if (result.get(id) !== 'maintainer') result.set(id, depth === 0 ? role : (result.get(id) ?? 'member'));
    if (depth < 10) for (const child of ctx.store.childTeams(t)) visit(child, depth + 1);
  };
  visit(team, 0);
  return result;
}

const listMembers: Handler = (ctx) => {
  const org = teamOrg(ctx);
  const team = findTeam(ctx, org);
  const role = ctx.query.get('role') ?? 'all';
  if (!['all', 'member', 'maintainer'].includes(role))
    throw validationFailed([{ resource: 'Team', field: 'role', code: 'invalid' }]);
  const members = [...effectiveMembers(ctx, team)]
    .filter(([id, r]) => (role === 'all' || r === role) && !ctx.store.userById(id).deleted)
    .sort(([a], [b]) => a - b);
  return paginated(ctx, members, ([id, r]) => ({
    ...simpleUser(ctx.r, ctx.store.userById(id)),
    // Only where GitHub enabled it for the org do member lists say which role each member holds.
    ...(org.team_member_roles ? { role: r } : {}),
  }));
};

const getMembership: Handler = (ctx) => {
  const org = teamOrg(ctx);
  const team = findTeam(ctx, org);
  const user = findUser(ctx);
  const role = effectiveMembers(ctx, team).get(user.id);
  if (role) return ok(teamMembership(ctx.r, team, user.login, role, 'active'));
  const inv = pendingInvitation(org, user.id);
  if (inv?.teams.has(team.id)) return ok(teamMembership(ctx.r, team, user.login, 'member', 'pending'));
  throw notFound();
};

function manageable(ctx: Ctx): { org: OrgRec; team: TeamRec } {
  noActionsToken(ctx, 'members=write');
  const org = findOrg(ctx);
  ctx.access.requireOrg(ctx.id, org, 'members', 'write', 'member');
  const team = findTeam(ctx, org);
  if (!ctx.access.canManageTeam(ctx.id, team))
    throw new HttpError(403, 'You must be an organization owner or team maintainer to manage team membership.');
  return { org, team };
}

const putMembership: Handler = (ctx) => {
  const { org, team } = manageable(ctx);
  const body = jsonBody(ctx);
  const role = body['role'] ?? 'member';
  if (role !== 'member' && role !== 'maintainer')
    throw validationFailed([{ resource: 'TeamMember', field: 'role', code: 'invalid' }]);
  const user = findUser(ctx);
  if (user.type === 'Bot')
    throw validationFailed([
      { resource: 'TeamMember', field: 'user', code: 'invalid', message: 'Bots cannot be team members' },
    ]);
  if (org.members.has(user.id)) {
    team.members.set(user.id, role);
    team.updated_at = ctx.nowIso();
    return ok(teamMembership(ctx.r, team, user.login, role, 'active'));
  }
  // Adding someone outside the org invites them; only owners (and Apps with members:write) may invite.
  if (ctx.id.token.kind === 'user' && !ctx.access.isOwner(org, ctx.id.user.id)) {
    throw new HttpError(403, 'You must be an organization owner to invite new members.');
  }
  inviteToOrg(ctx, org, user.id, team.id);
  return ok(teamMembership(ctx.r, team, user.login, role, 'pending'));
};

const deleteMembership: Handler = (ctx) => {
  const { org, team } = manageable(ctx);
  const user = findUser(ctx);
  // Removing someone who is not on the team is a no-op (GitHub documents only 204 and 403 here).
  if (team.members.delete(user.id)) team.updated_at = ctx.nowIso();
  pendingInvitation(org, user.id)?.teams.delete(team.id);
  return noContent();
};

const listTeamInvitations: Handler = (ctx) => {
  const org = teamOrg(ctx);
  const team = findTeam(ctx, org);
  return paginated(
    ctx,
    org.invitations.filter((i) => i.state === 'pending' && i.teams.has(team.id)),
    (i) => invitation(ctx.r, org, i),
  );
};

export const teamRoutes: RouteSpec<Handler>[] = [
  { method: 'GET', template: '/orgs/{org}/teams/{team_slug}/members', handler: listMembers },
  { method: 'GET', template: '/orgs/{org}/teams/{team_slug}/memberships/{username}', handler: getMembership },
  { method: 'PUT', template: '/orgs/{org}/teams/{team_slug}/memberships/{username}', handler: putMembership },
  { method: 'DELETE', template: '/orgs/{org}/teams/{team_slug}/memberships/{username}', handler: deleteMembership },
  { method: 'GET', template: '/orgs/{org}/teams/{team_slug}/invitations', handler: listTeamInvitations },
];
