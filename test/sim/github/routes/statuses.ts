// Commit statuses: set one, list a commit's.
import { jsonBody, ok, type Ctx, type Handler } from '../ctx.js';
import { HttpError, validationFailed } from '../http.js';
import { nodeId } from '../ids.js';
import { paginated } from '../pagination.js';
import { status } from '../render/advisories.js';
import { findRepo, stringField } from './common.js';
import type { RepoRec } from '../model.js';
import type { RouteSpec } from '../router.js';

function commitSha(ctx: Ctx, repo: RepoRec): string {
  const ref = ctx.params['ref'] ?? ctx.params['sha']!;
  const commit = repo.git.resolve(ref);
  if (!commit) throw new HttpError(422, `No commit found for SHA: ${ref}`);
  return commit.sha;
}

const createStatus: Handler = (ctx) => {
  const repo = findRepo(ctx);
  ctx.access.requireRepo(ctx.id, repo, 'statuses', 'write');
  const sha = commitSha(ctx, repo);
  const body = jsonBody(ctx);
  const state = body['state'];
  if (state !== 'error' && state !== 'failure' && state !== 'pending' && state !== 'success') {
    throw validationFailed([
      { resource: 'Status', field: 'state', code: 'custom', message: 'state is not included in the list' },
    ]);
  }
  const id = ctx.store.ids.status.next();
  const now = ctx.nowIso();
  const rec = {
    id,
    node_id: nodeId('StatusContext', id),
    sha,
    state,
    context: stringField(body, 'context') ?? 'default',
    description: stringField(body, 'description') ?? null,
    target_url: stringField(body, 'target_url') ?? null,
    creatorId: ctx.id.user.id,
    created_at: now,
    updated_at: now,
  } as const;
  repo.statuses.push({ ...rec });
  return ok(status(ctx.r, repo, rec), 201, { location: `${ctx.r.api}/repos/${repo.full_name}/statuses/${sha}` });
};

const listStatuses: Handler = (ctx) => {
  const repo = findRepo(ctx);
  ctx.access.requireRepo(ctx.id, repo, 'statuses', 'read');
  const sha = commitSha(ctx, repo);
  const list = repo.statuses
    .filter((s) => s.sha === sha)
    .sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id - a.id);
  return paginated(ctx, list, (s) => status(ctx.r, repo, s));
};

export const statusRoutes: RouteSpec<Handler>[] = [
  { method: 'POST', template: '/repos/{owner}/{repo}/statuses/{sha}', handler: createStatus },
  { method: 'GET', template: '/repos/{owner}/{repo}/commits/{ref}/statuses', handler: listStatuses },
];
