// Who may do what: a token's identity (App installation, user PAT, Actions GITHUB_TOKEN) against org,
// team and repo rights, following GitHub's rules as documented per endpoint. Checks throw HttpErrors:
// 404 where GitHub hides existence, 403 "Resource not accessible by integration" for missing App
// permissions.
import { HttpError, integrationForbidden, notFound } from './http.js';
import type { AdvisoryRec, OrgRec, RepoRec, TeamRec, TokenRec, UserRec } from './model.js';
import type { Store } from './store.js';
import type { PermissionLevel, RepoLevel } from '../world/types.js';

export interface Identity {
  token: TokenRec;
  user: UserRec;
}

const LEVELS: RepoLevel[] = ['read', 'triage', 'write', 'maintain', 'admin'];
const rank = (level: RepoLevel | null | undefined): number => (level ? LEVELS.indexOf(level) + 1 : 0);
const permRank = (level: PermissionLevel | 'none' | undefined): number =>
  level === 'admin' ? 3 : level === 'write' ? 2 : level === 'read' ? 1 : 0;

/** The Actions GITHUB_TOKEN's default permissions on its own repository ("permissive" defaults). */
export const ACTIONS_DEFAULT_PERMISSIONS: Record<string, PermissionLevel> = {
  actions: 'write',
  checks: 'write',
  contents: 'write',
  deployments: 'write',
  issues: 'write',
  metadata: 'read',
  packages: 'write',
  pages: 'write',
  pull_requests: 'write',
  statuses: 'write',
  discussions: 'write',
};

/** Org-level App permissions (checked against the installation's orgs, not repos). */
const ORG_PERMISSIONS = new Set(['members', 'organization_administration', 'organization_custom_org_roles']);

export class Access {
  constructor(private readonly store: Store) {}

  orgRole(org: OrgRec, userId: number): 'admin' | 'member' | null {
    return org.members.get(userId) ?? null;
  }

  isOwner(org: OrgRec, userId: number): boolean {
    return org.members.get(userId) === 'admin';
  }

  /** The security_manager org role, held directly or through a team (with parent teams). */
  isSecurityManager(org: OrgRec, userId: number): boolean {
    const role = org.roles.find((r) => r.name === 'security_manager');
    if (!role) return false;
    if (role.users.has(userId)) return true;
    for (const t of this.store.teamsOfUser(org, userId)) if (role.teams.has(t.id)) return true;
    return false;
  }

  /** A user's level on a repo from ownership, org ownership, grants, teams, org roles; null = none. */
  userRepoLevel(userId: number, repo: RepoRec, explicitOnly = false): RepoLevel | null {
    const store = this.store;
    if (repo.forkOf) {
      // Temporary private forks: advisory collaborators write; the parent's admins administer.
      const adv = store.advisory(repo.forkOf.ghsa_id);
      const parentLevel = this.userRepoLevel(userId, repo.forkOf.parent);
      if (rank(parentLevel) >= rank('admin')) return 'admin';
      if (adv && this.isAdvisoryCollaborator(adv, userId)) return 'write';
      return null;
    }
    // explicitOnly: rights granted to the user, not the read access everyone has on public repos.
    let best: RepoLevel | null = repo.private || explicitOnly ? null : 'read';
    const raise = (l: RepoLevel | null | undefined): void => {
      if (rank(l) > rank(best)) best = l ?? best;
    };
    if (!repo.ownerIsOrg) {
      if (store.user(repo.ownerLogin)?.id === userId) return 'admin';
    } else {
      const org = store.org(repo.ownerLogin)!;
      if (this.isOwner(org, userId)) return 'admin';
      const teams = store.teamsOfUser(org, userId);
      for (const t of teams) raise(repo.teamPerms.get(t.id));
      for (const role of org.roles) {
        if (!role.base_role) continue;
        if (role.users.has(userId) || [...teams].some((t) => role.teams.has(t.id))) raise(role.base_role);
      }
    }
    raise(repo.userPerms.get(userId));
    return best;
  }

  isAdvisoryCollaborator(adv: AdvisoryRec, userId: number): boolean {
    if (adv.collaboratingUsers.includes(userId)) return true;
    if (!adv.repo.ownerIsOrg) return false;
    const org = this.store.org(adv.repo.ownerLogin)!;
    const teams = this.store.teamsOfUser(org, userId);
    return adv.collaboratingTeams.some((id) => [...teams].some((t) => t.id === id));
  }

  /** An App/Actions token's level for a permission on a repo (or org-level when repo is null). */
  tokenPermission(
    token: TokenRec,
    permission: string,
    repo: RepoRec | null,
    org?: OrgRec | null,
  ): PermissionLevel | 'none' {
    if (token.kind === 'user') return 'admin';
    if (token.kind === 'actions') {
      if (!repo || repo.full_name.toLowerCase() !== token.repo?.toLowerCase() || ORG_PERMISSIONS.has(permission))
        return 'none';
      return token.permissions[permission] ?? ACTIONS_DEFAULT_PERMISSIONS[permission] ?? 'none';
    }
    const account = (repo ? (repo.forkOf?.parent ?? repo).ownerLogin : (org?.login ?? '')).toLowerCase();
    if (!token.orgs.some((o) => o.toLowerCase() === account)) return 'none';
    if (repo && !ORG_PERMISSIONS.has(permission)) {
      const target = repo.forkOf?.parent ?? repo;
      if (token.repositories && !token.repositories.some((r) => r.toLowerCase() === target.full_name.toLowerCase()))
        return 'none';
      const extra = Object.entries(token.repo_permissions).find(
        ([name]) => name.toLowerCase() === target.full_name.toLowerCase(),
      )?.[1]?.[permission];
      const base = token.permissions[permission] ?? (permission === 'metadata' ? 'read' : undefined);
      return permRank(extra) > permRank(base) ? extra! : (base ?? 'none');
    }
    return token.permissions[permission] ?? 'none';
  }

  /** Whether the token can see the repo at all (404 otherwise). */
  canSeeRepo(id: Identity, repo: RepoRec): boolean {
    if (id.token.kind === 'user') return this.userRepoLevel(id.user.id, repo) !== null;
    if (!repo.private && !repo.forkOf) return true;
    return this.tokenPermission(id.token, 'metadata', repo) !== 'none';
  }

  /**
   * Requires a repo permission: for Apps and Actions the named App permission, for users a repo level.
   * Invisible repos answer 404; visible ones without the right 403.
   */
  requireRepo(
    id: Identity,
    repo: RepoRec,
    permission: string,
    need: 'read' | 'write',
    userLevel: RepoLevel = need === 'read' ? 'read' : 'write',
  ): void {
    if (!this.canSeeRepo(id, repo)) throw notFound();
    if (id.token.kind === 'user') {
      if (rank(this.userRepoLevel(id.user.id, repo)) < rank(userLevel)) {
        throw userLevel === 'admin'
          ? new HttpError(403, 'Must have admin rights to Repository.')
          : new HttpError(403, `Must have ${userLevel === 'read' ? 'read' : 'push'} access to repository`);
      }
      return;
    }
    const have = this.tokenPermission(id.token, permission, repo);
    // Public repos are readable by any installation token without the permission.
    if (
      need === 'read' &&
      have === 'none' &&
      !repo.private &&
      !repo.forkOf &&
      permission !== 'administration' &&
      permission !== 'repository_advisories'
    )
      return;
    if (permRank(have) < permRank(need)) throw integrationForbidden(`${permission}=${need}`);
  }

  /** Org-level permission (members, organization_administration…) or, for users, membership/ownership. */
  requireOrg(
    id: Identity,
    org: OrgRec,
    permission: string,
    need: 'read' | 'write',
    user: 'member' | 'owner' | 'any' = need === 'write' ? 'owner' : 'member',
  ): void {
    if (id.token.kind === 'actions') throw integrationForbidden(`${permission}=${need}`);
    if (id.token.kind === 'app') {
      if (permRank(this.tokenPermission(id.token, permission, null, org)) < permRank(need))
        throw integrationForbidden(`${permission}=${need}`);
      return;
    }
    if (user === 'any') return;
    const role = this.orgRole(org, id.user.id);
    if (user === 'owner' ? role !== 'admin' : role === null) {
      throw user === 'owner'
        ? new HttpError(403, 'You must be an organization owner to access this resource.')
        : notFound();
    }
  }

  /** Teams visible to the identity: secret teams only to owners, their members and Apps with members:read. */
  canSeeTeam(id: Identity, team: TeamRec): boolean {
    if (id.token.kind === 'app') return this.tokenPermission(id.token, 'members', null, team.org) !== 'none';
    if (id.token.kind === 'actions') return false;
    const role = this.orgRole(team.org, id.user.id);
    if (role === 'admin') return true;
    if (role === null) return false;
    return team.privacy === 'closed' || team.members.has(id.user.id);
  }

  /** Team maintainers and org owners manage a team (Apps with members:write). */
  canManageTeam(id: Identity, team: TeamRec): boolean {
    if (id.token.kind === 'app') return this.tokenPermission(id.token, 'members', null, team.org) === 'write';
    if (id.token.kind === 'actions') return false;
    return this.isOwner(team.org, id.user.id) || team.members.get(id.user.id) === 'maintainer';
  }

  /** Read access to an advisory: published ones are public; otherwise admins, security managers, collaborators, the reporter. */
  canReadAdvisory(id: Identity, adv: AdvisoryRec): boolean {
    if (id.token.kind === 'actions') return false;
    if (id.token.kind === 'app') return this.tokenPermission(id.token, 'repository_advisories', adv.repo) !== 'none';
    if ((adv.state === 'published' || adv.state === 'withdrawn') && this.canSeeRepo(id, adv.repo)) return true;
    return (
      this.canAdministerAdvisory(id, adv) || this.isAdvisoryCollaborator(adv, id.user.id) || adv.authorId === id.user.id
    );
  }

  /** Publishing, closing, collaborators and credits: repo admins and security managers (Apps: write). */
  canAdministerAdvisory(id: Identity, adv: AdvisoryRec): boolean {
    if (id.token.kind === 'actions') return false;
    if (id.token.kind === 'app') return this.tokenPermission(id.token, 'repository_advisories', adv.repo) === 'write';
    if (this.userRepoLevel(id.user.id, adv.repo) === 'admin') return true;
    return adv.repo.ownerIsOrg && this.isSecurityManager(this.store.org(adv.repo.ownerLogin)!, id.user.id);
  }

  /** Editing text fields of a draft: administrators and collaborators. */
  canEditAdvisory(id: Identity, adv: AdvisoryRec): boolean {
    return (
      this.canAdministerAdvisory(id, adv) || (id.token.kind === 'user' && this.isAdvisoryCollaborator(adv, id.user.id))
    );
  }

  /** The REST `author_association` of a user on a repo. */
  association(userId: number, repo: RepoRec): 'OWNER' | 'MEMBER' | 'COLLABORATOR' | 'CONTRIBUTOR' | 'NONE' {
    const target = repo.forkOf?.parent ?? repo;
    if (!target.ownerIsOrg)
      return this.store.user(target.ownerLogin)?.id === userId
        ? 'OWNER'
        : target.userPerms.has(userId)
          ? 'COLLABORATOR'
          : 'NONE';
    const org = this.store.org(target.ownerLogin)!;
    if (org.members.has(userId)) return 'MEMBER';
    if (target.userPerms.has(userId)) return 'COLLABORATOR';
    return 'NONE';
  }
}

export { rank as repoLevelRank };
