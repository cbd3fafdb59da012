// Teams, memberships, invitations and org roles.
import { orgAsOwner, simpleUser } from './users.js';
import type { RenderContext, Schemas } from './context.js';
import type { InvitationRec, OrgRec, OrgRoleRec, TeamRec } from '../model.js';

export function teamSimple(ctx: RenderContext, t: TeamRec): Schemas['team-simple'] {
  const base = `${ctx.api}/organizations/${t.org.id}/team/${t.id}`;
  return {
    id: t.id,
    node_id: t.node_id,
    url: base,
    html_url: `${ctx.html}/orgs/${t.org.login}/teams/${t.slug}`,
    name: t.name,
    slug: t.slug,
    description: t.description,
    privacy: t.privacy,
    notification_setting: t.notification_setting,
    permission: 'pull',
    members_url: `${base}/members{/member}`,
    repositories_url: `${base}/repos`,
    type: 'organization',
    organization_id: t.org.id,
  };
}

export function team(ctx: RenderContext, t: TeamRec): Schemas['team'] {
  const parent = t.parentId ? ctx.store.teams.get(t.parentId) : undefined;
  return {
    ...teamSimple(ctx, t),
    permissions: { pull: true, triage: false, push: false, maintain: false, admin: false },
    parent: parent ? teamSimple(ctx, parent) : null,
  };
}

export function teamMembership(
  ctx: RenderContext,
  t: TeamRec,
  userLogin: string,
  role: 'member' | 'maintainer',
  state: 'active' | 'pending',
): Schemas['team-membership'] {
  return { url: `${ctx.api}/organizations/${t.org.id}/team/${t.id}/memberships/${userLogin}`, role, state };
}

export function invitation(ctx: RenderContext, org: OrgRec, inv: InvitationRec): Schemas['organization-invitation'] {
  const user = inv.userId ? ctx.store.userById(inv.userId) : undefined;
  return {
    id: inv.id,
    login: user?.login ?? null,
    email: inv.email,
    role: inv.role,
    created_at: inv.created_at,
    failed_at: inv.failed_at,
    failed_reason: inv.failed_reason,
    inviter: simpleUser(ctx, ctx.store.shownUser(inv.inviterId)),
    team_count: inv.teams.size,
    node_id: inv.node_id,
    invitation_teams_url: `${ctx.api}/organizations/${org.id}/invitations/${inv.id}/teams`,
    invitation_source: 'member',
  };
}

export function orgRole(ctx: RenderContext, org: OrgRec, role: OrgRoleRec): Schemas['organization-role'] {
  return {
    id: role.id,
    name: role.name,
    description: role.description,
    base_role: role.base_role,
    source: role.source,
    permissions: role.permissions,
    organization: role.predefined ? null : orgAsOwner(ctx, org),
    created_at: role.created_at,
    updated_at: role.updated_at,
  };
}
