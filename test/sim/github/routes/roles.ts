// Organization roles: the predefined ones (security_manager among them) and custom ones, the teams holding
// each, and assigning one to a team. Org owners, or Apps with organization administration, manage them.
import { noContent, ok, type Ctx, type Handler } from '../ctx.js';
import { integrationForbidden, notFound } from '../http.js';
import { paginated } from '../pagination.js';
import { orgRole, team } from '../render/teams.js';
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

const roleTeams: Handler = (ctx) => {
  const org = rolesOrg(ctx, 'read');
  const role = findRole(ctx, org);
  const teams = [...role.teams].flatMap((id) => ctx.store.teams.get(id) ?? []).sort((a, b) => a.id - b.id);
  return paginated(ctx, teams, (t) => ({ ...team(ctx.r, t), assignment: 'direct' }));
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

export const roleRoutes: RouteSpec<Handler>[] = [
  { method: 'GET', template: '/orgs/{org}/organization-roles', handler: listRoles },
  { method: 'GET', template: '/orgs/{org}/organization-roles/{role_id}/teams', handler: roleTeams },
  { method: 'PUT', template: '/orgs/{org}/organization-roles/teams/{team_slug}/{role_id}', handler: assignTeam },
];
