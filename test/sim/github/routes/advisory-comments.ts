// The repository security advisory comments preview (GitHub changelog 2026-10-02; not in the OpenAPI
// description or Octokit's types): list (with `since`), get, add and edit comments, on public
// repositories only. Access follows the advisory's. Routes and shapes beyond the changelog's wording
// (paths of single comments, page pagination, the issue-comment-like shape) are the simulator's design.
import { jsonBody, ok, type Ctx, type Handler } from '../ctx.js';
import { HttpError, integrationForbidden, notFound, validationFailed } from '../http.js';
import { nodeId } from '../ids.js';
import { paginated } from '../pagination.js';
import { advisoryComment } from '../render/advisories.js';
import { advisoryRepo, findAdvisory } from './advisories.js';
import type { AdvisoryCommentRec, AdvisoryRec } from '../model.js';
import type { RouteSpec } from '../router.js';

function target(ctx: Ctx, need: 'read' | 'write'): AdvisoryRec {
  const repo = advisoryRepo(ctx, need);
  if (repo.private) throw notFound();
  return findAdvisory(ctx, repo);
}

function findComment(ctx: Ctx, adv: AdvisoryRec): AdvisoryCommentRec {
  const c = adv.comments.find((x) => x.id === Number(ctx.params['comment_id']) && !x.confidential);
  if (!c) throw notFound();
  return c;
}

const list: Handler = (ctx) => {
  const adv = target(ctx, 'read');
  const since = ctx.query.get('since');
  const comments = adv.comments.filter((c) => !c.confidential && (!since || c.updated_at >= since));
  return paginated(ctx, comments, (c) => advisoryComment(ctx.r, adv, c));
};

const getOne: Handler = (ctx) => {
  const adv = target(ctx, 'read');
  return ok(advisoryComment(ctx.r, adv, findComment(ctx, adv)));
};

function bodyText(ctx: Ctx): string {
  const text = jsonBody(ctx)['body'];
  if (typeof text !== 'string' || text.trim() === '')
    throw validationFailed([{ resource: 'RepositoryAdvisoryComment', field: 'body', code: 'missing_field' }]);
  return text;
}

const create: Handler = (ctx) => {
  const adv = target(ctx, 'write');
  const text = bodyText(ctx);
  const id = ctx.store.ids.comment.next();
  const now = ctx.nowIso();
  const c: AdvisoryCommentRec = {
    id,
    node_id: nodeId('RepositoryAdvisoryComment', id),
    userId: ctx.id.user.id,
    body: text,
    created_at: now,
    updated_at: now,
    confidential: false,
  };
  adv.comments.push(c);
  return ok(advisoryComment(ctx.r, adv, c), 201, {
    location: `${ctx.r.api}/repos/${adv.repo.full_name}/security-advisories/${adv.ghsa_id}/comments/${id}`,
  });
};

const edit: Handler = (ctx) => {
  const adv = target(ctx, 'write');
  const c = findComment(ctx, adv);
  if (c.userId !== ctx.id.user.id && !ctx.access.canAdministerAdvisory(ctx.id, adv)) {
    throw ctx.id.token.kind === 'app'
      ? integrationForbidden('repository_advisories=write')
      : new HttpError(403, 'You can only edit your own comments.');
  }
  c.body = bodyText(ctx);
  c.updated_at = ctx.nowIso();
  return ok(advisoryComment(ctx.r, adv, c));
};

const base = '/repos/{owner}/{repo}/security-advisories/{ghsa_id}/comments';

export const advisoryCommentRoutes: RouteSpec<Handler>[] = [
  { method: 'GET', template: base, handler: list, preview: true },
  { method: 'POST', template: base, handler: create, preview: true },
  { method: 'GET', template: `${base}/{comment_id}`, handler: getOne, preview: true },
  { method: 'PATCH', template: `${base}/{comment_id}`, handler: edit, preview: true },
];
