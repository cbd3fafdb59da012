// Organization roles: the predefined ones (security_manager among them) and custom ones, with the teams
// and users holding each. Org owners, or Apps with organization administration, manage them.
import { noContent, ok, type Ctx, type Handler } from '../ctx.js';
import { integrationForbidden, notFound } from '../http.js';
import { paginated } from '../pagination.js';
import { orgRole, team, teamSimple } from '../render/teams.js';
import { simpleUser } from '../render/users.js';
import { findOrg, noActionsToken } from './common.js';
import type { OrgRec, OrgRoleRec } from '../model.js';
import type { RouteSpec } from '../router.js';

function rolesOrg(ctx: Ctx, need: 'read' | 'write'): OrgRec {
  noActionsToken(ctx, `organization_administration=${need}`);
  const org = findOrg(ctx);
  if (ctx.id.token.kind === 'app') {
    const admin = ctx.access.tokenPermission(ctx.id.token, 'organization_administration', null, org);
    const roles = ctx.access.tokenPermission(ctx.id.token, 'organization_custom_org_roles', null, org);
    const level = (l: string): number => (l === 'write' || l === 'admin' ? 2 : l === 'read' ? 1 : 0);
    if (Math.max(level(admin), level(roles)) < (need === 'write' ? 2 : 1))
      throw integrationForbidden(`organization_administration=${need}`);
  } else {
    ctx.access.requireOrg(ctx.id, org, 'organization_administration', need, 'owner');
  }
  return org;
}

function findRole(ctx: Ctx, org: OrgRec): OrgRoleRec {
  const role = org.roles.find((r) => r.id === Number(ctx.params['role_id']));
  if (!role) throw notFound();
  return role;
}

const listRoles: Handler = (ctx) => {
  const org = rolesOrg(ctx, 'read');
  return ok({ total_count: org.roles.length, roles: org.roles.map((r) => orgRole(ctx.r, org, r)) });
};

const getRole: Handler = (ctx) => {
  const org = rolesOrg(ctx, 'read');
  return ok(orgRole(ctx.r, org, findRole(ctx, org)));
};

const roleTeams: Handler = (ctx) => {
  const org = rolesOrg(ctx, 'read');
  const role = findRole(ctx, org);
  const teams = [...role.teams].flatMap((id) => ctx.store.teams.get(id) ?? []).sort((a, b) => a.id - b.id);
  return paginated(ctx, teams, (t) => ({ ...team(ctx.r, t), assignment: 'direct' }));
};

const roleUsers: Handler = (ctx) => {
  const org = rolesOrg(ctx, 'read');
  const role = findRole(ctx, org);
  const users = new Map<number, { direct: boolean; teams: number[] }>();
  for (const id of role.users) users.set(id, { direct: true, teams: [] });
  for (const teamId of role.teams) {
    for (const id of ctx.store.teams.get(teamId)?.members.keys() ?? []) {
      const entry = users.get(id) ?? { direct: false, teams: [] };
      entry.teams.push(teamId);
      users.set(id, entry);
    }
  }
  const list = [...users].sort(([a], [b]) => a - b);
  return paginated(ctx, list, ([id, how]) => ({
    ...simpleUser(ctx.r, ctx.store.userById(id)),
    assignment: how.direct ? (how.teams.length > 0 ? 'mixed' : 'direct') : 'indirect',
    inherited_from: how.teams.flatMap((t) => {
      const rec = ctx.store.teams.get(t);
      return rec ? [teamSimple(ctx.r, rec)] : [];
    }),
  }));
};

function assignment(ctx: Ctx): { role: OrgRoleRec; teamId: number } {
  const org = rolesOrg(ctx, 'write');
  const t = ctx.store.team(org.login, ctx.params['team_slug']!);
  if (!t) throw notFound();
  return { role: findRole(ctx, org), teamId: t.id };
}

const assignTeam: Handler = (ctx) => {
  const { role, teamId } = assignment(ctx);
  role.teams.add(teamId);
  role.updated_at = ctx.nowIso();
  return noContent();
};

const removeTeam: Handler = (ctx) => {
  const { role, teamId } = assignment(ctx);
  role.teams.delete(teamId);
  role.updated_at = ctx.nowIso();
  return noContent();
};

export const roleRoutes: RouteSpec<Handler>[] = [
  { method: 'GET', template: '/orgs/{org}/organization-roles', handler: listRoles },
  { method: 'GET', template: '/orgs/{org}/organization-roles/{role_id}', handler: getRole },
  { method: 'GET', template: '/orgs/{org}/organization-roles/{role_id}/teams', handler: roleTeams },
  { method: 'GET', template: '/orgs/{org}/organization-roles/{role_id}/users', handler: roleUsers },
  { method: 'PUT', template: '/orgs/{org}/organization-roles/teams/{team_slug}/{role_id}', handler: assignTeam },
  { method: 'DELETE', template: '/orgs/{org}/organization-roles/teams/{team_slug}/{role_id}', handler: removeTeam },
];
