// Lookups shared by the routes: they answer 404 the way GitHub does when something is missing or hidden.
import { HttpError, integrationForbidden, notFound } from '../http.js';
import type { Ctx } from '../ctx.js';
import type { IssueRec, OrgRec, RepoRec, TeamRec, UserRec } from '../model.js';

export function findOrg(ctx: Ctx): OrgRec {
  const org = ctx.store.org(ctx.params['org']!);
  if (!org) throw notFound();
  return org;
}

export function findTeam(ctx: Ctx, org: OrgRec): TeamRec {
  const team = ctx.store.team(org.login, ctx.params['team_slug']!);
  if (!team || !ctx.access.canSeeTeam(ctx.id, team)) throw notFound();
  return team;
}

export function findUser(ctx: Ctx, login = ctx.params['username']!): UserRec {
  const user = ctx.store.user(login);
  if (!user) throw notFound();
  return user;
}

/** The repo from the path, 404 when missing or invisible to the token. */
export function findRepo(ctx: Ctx): RepoRec {
  const repo = ctx.store.repo(ctx.params['owner']!, ctx.params['repo']!);
  if (!repo || !ctx.access.canSeeRepo(ctx.id, repo)) throw notFound();
  return repo;
}

export function findIssue(ctx: Ctx, repo: RepoRec, param = 'issue_number'): IssueRec {
  const issue = repo.issues.get(Number(ctx.params[param]));
  if (!issue) throw notFound();
  return issue;
}

export function findPull(ctx: Ctx, repo: RepoRec): IssueRec {
  const issue = findIssue(ctx, repo, 'pull_number');
  if (!issue.pull) throw notFound();
  return issue;
}

/** Advisories, teams and org roles are out of reach of the Actions GITHUB_TOKEN. */
export function noActionsToken(ctx: Ctx, permission: string): void {
  if (ctx.id.token.kind === 'actions') throw integrationForbidden(permission);
}

export function requireUserToken(ctx: Ctx): void {
  if (ctx.id.token.kind !== 'user') throw new HttpError(403, 'Resource not accessible by integration');
}

export function stringField(body: Record<string, unknown>, name: string): string | undefined {
  const v = body[name];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string')
    throw new HttpError(422, `Invalid request.\n\nFor '${name}', ${JSON.stringify(v)} is not a string.`);
  return v;
}

export function stringArray(body: Record<string, unknown>, name: string): string[] | undefined {
  const v = body[name];
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
    throw new HttpError(422, `Invalid request.\n\nFor '${name}', ${JSON.stringify(v)} is not an array of strings.`);
  return v as string[];
}
