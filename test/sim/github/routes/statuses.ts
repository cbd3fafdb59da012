// Commit statuses (list and combined) and check runs.
import { jsonBody, ok, type Ctx, type Handler } from '../ctx.js';
import { HttpError, validationFailed } from '../http.js';
import { nodeId } from '../ids.js';
import { pageParams, paginated } from '../pagination.js';
import { checkRun, combinedStatus, latestStatuses, status } from '../render/advisories.js';
import { findRepo, stringField } from './common.js';
import type { CheckRunRec, RepoRec } from '../model.js';
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

const combined: Handler = (ctx) => {
  const repo = findRepo(ctx);
  ctx.access.requireRepo(ctx.id, repo, 'statuses', 'read');
  const sha = commitSha(ctx, repo);
  const latest = latestStatuses(repo, sha);
  const { page, perPage } = pageParams(ctx, 100);
  return ok(
    combinedStatus(ctx.r, repo, sha, latest.slice((page - 1) * perPage, page * perPage), latest.length, latest),
  );
};

const STATUSES = ['queued', 'in_progress', 'completed', 'waiting', 'requested', 'pending'] as const;
const CONCLUSIONS = ['success', 'failure', 'neutral', 'cancelled', 'skipped', 'timed_out', 'action_required'] as const;

const createCheckRun: Handler = (ctx) => {
  const repo = findRepo(ctx);
  if (ctx.id.token.kind === 'user') throw new HttpError(403, 'You must authenticate via a GitHub App.');
  ctx.access.requireRepo(ctx.id, repo, 'checks', 'write');
  const body = jsonBody(ctx);
  const name = stringField(body, 'name');
  const headSha = stringField(body, 'head_sha');
  if (!name) throw validationFailed([{ resource: 'CheckRun', field: 'name', code: 'missing_field' }]);
  if (!headSha || !repo.git.commits.has(headSha))
    throw validationFailed([{ resource: 'CheckRun', field: 'head_sha', code: 'invalid' }]);
  const conclusion = body['conclusion'] as CheckRunRec['conclusion'] | undefined;
  const st = (body['status'] as CheckRunRec['status'] | undefined) ?? (conclusion ? 'completed' : 'queued');
  if (!STATUSES.includes(st)) throw validationFailed([{ resource: 'CheckRun', field: 'status', code: 'invalid' }]);
  if (conclusion != null && !CONCLUSIONS.includes(conclusion))
    throw validationFailed([{ resource: 'CheckRun', field: 'conclusion', code: 'invalid' }]);
  if (st === 'completed' && !conclusion)
    throw validationFailed([{ resource: 'CheckRun', field: 'conclusion', code: 'missing_field' }]);
  const output = (typeof body['output'] === 'object' && body['output'] !== null ? body['output'] : {}) as Record<
    string,
    unknown
  >;
  const id = ctx.store.ids.check.next();
  const now = ctx.nowIso();
  const rec: CheckRunRec = {
    id,
    node_id: nodeId('CheckRun', id),
    name,
    head_sha: headSha,
    status: st,
    conclusion: conclusion ?? null,
    details_url: stringField(body, 'details_url') ?? null,
    external_id: stringField(body, 'external_id') ?? null,
    started_at: stringField(body, 'started_at') ?? now,
    completed_at: stringField(body, 'completed_at') ?? (st === 'completed' ? now : null),
    output: {
      title: stringField(output, 'title') ?? null,
      summary: stringField(output, 'summary') ?? null,
      text: stringField(output, 'text') ?? null,
    },
    app: ctx.id.token.app ?? 'github-actions',
  };
  repo.checkRuns.push(rec);
  return ok(checkRun(ctx.r, repo, rec), 201);
};

const listCheckRuns: Handler = (ctx) => {
  const repo = findRepo(ctx);
  ctx.access.requireRepo(ctx.id, repo, 'checks', 'read');
  const sha = commitSha(ctx, repo);
  const name = ctx.query.get('check_name');
  const st = ctx.query.get('status');
  let runs = repo.checkRuns
    .filter((c) => c.head_sha === sha && (!name || c.name === name) && (!st || c.status === st))
    .sort((a, b) => b.id - a.id);
  if ((ctx.query.get('filter') ?? 'latest') === 'latest') {
    const seen = new Set<string>();
    runs = runs.filter((c) => (seen.has(c.name) ? false : (seen.add(c.name), true)));
  }
  const { page, perPage } = pageParams(ctx);
  return ok({
    total_count: runs.length,
    check_runs: runs.slice((page - 1) * perPage, page * perPage).map((c) => checkRun(ctx.r, repo, c)),
  });
};

export const statusRoutes: RouteSpec<Handler>[] = [
  { method: 'POST', template: '/repos/{owner}/{repo}/statuses/{sha}', handler: createStatus },
  { method: 'GET', template: '/repos/{owner}/{repo}/commits/{ref}/statuses', handler: listStatuses },
  { method: 'GET', template: '/repos/{owner}/{repo}/commits/{ref}/status', handler: combined },
  { method: 'POST', template: '/repos/{owner}/{repo}/check-runs', handler: createCheckRun },
  { method: 'GET', template: '/repos/{owner}/{repo}/commits/{ref}/check-runs', handler: listCheckRuns },
];
