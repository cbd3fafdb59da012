// Issues (pull requests are issues too, sharing numbers), comments, labels and their events.
import { jsonBody, noContent, ok, type Ctx, type Handler } from '../ctx.js';
import { HttpError, notFound, validationFailed } from '../http.js';
import { eventNodeId, fnv1a, nodeId } from '../ids.js';
import { paginated } from '../pagination.js';
import { issue as renderIssue, issueComment, issueEvent, label as renderLabel } from '../render/issues.js';
import { findIssue, findRepo, stringArray, stringField } from './common.js';
import type { IssueRec, LabelRec, RepoRec } from '../model.js';
import type { RouteSpec } from '../router.js';

const LEVELS = ['read', 'triage', 'write', 'maintain', 'admin'];

/** Issues (or pull_requests, for a PR) permission; users need `userLevel` unless they wrote the issue. */
function requireIssueWrite(
  ctx: Ctx,
  repo: RepoRec,
  issue: IssueRec | null,
  userLevel: 'triage' | 'write' = 'triage',
): void {
  if (ctx.id.token.kind === 'user') {
    ctx.access.requireRepo(ctx.id, repo, 'issues', 'read');
    if (issue && issue.userId === ctx.id.user.id) return;
    const level = ctx.access.userRepoLevel(ctx.id.user.id, repo);
    if (LEVELS.indexOf(level ?? '') < LEVELS.indexOf(userLevel))
      throw new HttpError(403, 'Must have push access to repository');
    return;
  }
  if (issue?.pull && ctx.access.tokenPermission(ctx.id.token, 'pull_requests', repo) === 'write') return;
  ctx.access.requireRepo(ctx.id, repo, 'issues', 'write');
}

export function ensureLabel(ctx: Ctx, repo: RepoRec, name: string): LabelRec {
  const existing = repo.labels.get(name.toLowerCase());
  if (existing) return existing;
  const id = ctx.store.ids.label.next();
  const l: LabelRec = {
    id,
    node_id: nodeId('Label', id),
    name,
    color: (fnv1a(name) % 0xffffff).toString(16).padStart(6, '0'),
    description: null,
    default: false,
  };
  repo.labels.set(name.toLowerCase(), l);
  return l;
}

export function addEvent(ctx: Ctx, issue: IssueRec, event: string, label?: string): void {
  const id = ctx.store.ids.event.next();
  issue.events.push({
    id,
    node_id: eventNodeId(event, id),
    event,
    actorId: ctx.id.user.id,
    created_at: ctx.nowIso(),
    label,
    explicit: true,
  });
}

function addLabels(ctx: Ctx, repo: RepoRec, issue: IssueRec, names: string[]): void {
  for (const name of names) {
    const l = ensureLabel(ctx, repo, name);
    if (issue.labels.includes(l.name.toLowerCase())) continue;
    issue.labels.push(l.name.toLowerCase());
    addEvent(ctx, issue, 'labeled', l.name);
  }
}

function removeLabel(ctx: Ctx, repo: RepoRec, issue: IssueRec, key: string): void {
  issue.labels = issue.labels.filter((l) => l !== key);
  addEvent(ctx, issue, 'unlabeled', repo.labels.get(key)?.name ?? key);
}

function sortIssues(ctx: Ctx, items: IssueRec[]): IssueRec[] {
  const sort = ctx.query.get('sort') ?? 'created';
  const direction = ctx.query.get('direction') ?? 'desc';
  const key = (i: IssueRec): string | number =>
    sort === 'updated' ? i.updated_at : sort === 'comments' ? i.comments.length : i.created_at;
  const sorted = [...items].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : a.number - b.number;
  });
  return direction === 'asc' ? sorted : sorted.reverse();
}

const listIssues: Handler = (ctx) => {
  const repo = findRepo(ctx);
  ctx.access.requireRepo(ctx.id, repo, 'issues', 'read');
  const state = ctx.query.get('state') ?? 'open';
  const labels = (ctx.query.get('labels') ?? '')
    .split(',')
    .map((l) => l.trim().toLowerCase())
    .filter(Boolean);
  const creator = ctx.query.get('creator');
  const creatorId = creator ? (ctx.store.user(creator)?.id ?? -1) : null;
  const since = ctx.query.get('since');
  const items = [...repo.issues.values()].filter(
    (i) =>
      (state === 'all' || i.state === state) &&
      labels.every((l) => i.labels.includes(l)) &&
      (creatorId === null || i.userId === creatorId) &&
      (!since || i.updated_at >= since),
  );
  return paginated(ctx, sortIssues(ctx, items), (i) => renderIssue(ctx.r, repo, i));
};

const createIssue: Handler = (ctx) => {
  const repo = findRepo(ctx);
  const body = jsonBody(ctx);
  if (ctx.id.token.kind === 'user') ctx.access.requireRepo(ctx.id, repo, 'issues', 'read');
  else ctx.access.requireRepo(ctx.id, repo, 'issues', 'write');
  const title = body['title'];
  if (typeof title !== 'string' && typeof title !== 'number')
    throw validationFailed([{ resource: 'Issue', field: 'title', code: 'missing_field' }]);
  const number = repo.nextNumber++;
  const id = ctx.store.ids.issue.next();
  const now = ctx.nowIso();
  const issue: IssueRec = {
    id,
    node_id: nodeId('Issue', id),
    number,
    title: String(title),
    body: stringField(body, 'body') ?? null,
    userId: ctx.id.user.id,
    state: 'open',
    state_reason: null,
    locked: false,
    created_at: now,
    updated_at: now,
    closed_at: null,
    closedById: null,
    labels: [],
    assignees: [],
    comments: [],
    events: [],
    pinned: false,
  };
  repo.issues.set(number, issue);
  const canTriage =
    ctx.id.token.kind !== 'user' ||
    LEVELS.indexOf(ctx.access.userRepoLevel(ctx.id.user.id, repo) ?? '') >= LEVELS.indexOf('triage');
  // Without triage rights GitHub silently drops labels and assignees.
  if (canTriage) {
    addLabels(ctx, repo, issue, stringArray(body, 'labels') ?? []);
    issue.assignees = (stringArray(body, 'assignees') ?? []).flatMap((l) => ctx.store.user(l)?.id ?? []);
  }
  return ok(renderIssue(ctx.r, repo, issue), 201, {
    location: `${ctx.r.api}/repos/${repo.full_name}/issues/${number}`,
  });
};

const getIssue: Handler = (ctx) => {
  const repo = findRepo(ctx);
  ctx.access.requireRepo(ctx.id, repo, 'issues', 'read');
  return ok(renderIssue(ctx.r, repo, findIssue(ctx, repo)));
};

export function setState(ctx: Ctx, issue: IssueRec, state: unknown, reason: unknown): void {
  if (state === undefined || state === issue.state) return;
  if (state !== 'open' && state !== 'closed')
    throw validationFailed([{ resource: 'Issue', field: 'state', code: 'invalid' }]);
  issue.state = state;
  if (state === 'closed') {
    issue.closed_at = ctx.nowIso();
    issue.closedById = ctx.id.user.id;
    issue.state_reason = reason === 'not_planned' || reason === 'duplicate' ? reason : 'completed';
    addEvent(ctx, issue, 'closed');
  } else {
    issue.closed_at = null;
    issue.closedById = null;
    issue.state_reason = 'reopened';
    addEvent(ctx, issue, 'reopened');
  }
}

const updateIssue: Handler = (ctx) => {
  const repo = findRepo(ctx);
  const issue = findIssue(ctx, repo);
  requireIssueWrite(ctx, repo, issue);
  const body = jsonBody(ctx);
  const title = stringField(body, 'title');
  if (title !== undefined) issue.title = title;
  if ('body' in body) issue.body = stringField(body, 'body') ?? null;
  setState(ctx, issue, body['state'], body['state_reason']);
  const labels = stringArray(body, 'labels');
  if (labels) {
    const keep = new Set(labels.map((l) => l.toLowerCase()));
    for (const key of [...issue.labels]) if (!keep.has(key)) removeLabel(ctx, repo, issue, key);
    addLabels(ctx, repo, issue, labels);
  }
  const assignees = stringArray(body, 'assignees');
  if (assignees) issue.assignees = assignees.flatMap((l) => ctx.store.user(l)?.id ?? []);
  issue.updated_at = ctx.nowIso();
  return ok(renderIssue(ctx.r, repo, issue));
};

function sinceFilter<T extends { updated_at: string }>(ctx: Ctx, items: T[]): T[] {
  const since = ctx.query.get('since');
  return since ? items.filter((c) => c.updated_at >= since) : items;
}

const listComments: Handler = (ctx) => {
  const repo = findRepo(ctx);
  ctx.access.requireRepo(ctx.id, repo, 'issues', 'read');
  const issue = findIssue(ctx, repo);
  return paginated(ctx, sinceFilter(ctx, issue.comments), (c) => issueComment(ctx.r, repo, issue, c));
};

const createComment: Handler = (ctx) => {
  const repo = findRepo(ctx);
  const issue = findIssue(ctx, repo);
  if (ctx.id.token.kind === 'user') ctx.access.requireRepo(ctx.id, repo, 'issues', 'read');
  else requireIssueWrite(ctx, repo, issue);
  const text = stringField(jsonBody(ctx), 'body');
  if (text === undefined) throw validationFailed([{ resource: 'IssueComment', field: 'body', code: 'missing_field' }]);
  if (
    issue.locked &&
    ctx.id.token.kind === 'user' &&
    LEVELS.indexOf(ctx.access.userRepoLevel(ctx.id.user.id, repo) ?? '') < LEVELS.indexOf('write')
  ) {
    throw new HttpError(403, 'Unable to create comment because issue is locked.');
  }
  const id = ctx.store.ids.comment.next();
  const now = ctx.nowIso();
  const c = {
    id,
    node_id: nodeId('IssueComment', id),
    userId: ctx.id.user.id,
    body: text,
    created_at: now,
    updated_at: now,
  };
  issue.comments.push(c);
  issue.updated_at = now;
  return ok(issueComment(ctx.r, repo, issue, c), 201, {
    location: `${ctx.r.api}/repos/${repo.full_name}/issues/comments/${id}`,
  });
};

function findComment(ctx: Ctx, repo: RepoRec): { issue: IssueRec; index: number } {
  const id = Number(ctx.params['comment_id']);
  for (const issue of repo.issues.values()) {
    const index = issue.comments.findIndex((c) => c.id === id);
    if (index >= 0) return { issue, index };
  }
  throw notFound();
}

function requireCommentWrite(ctx: Ctx, repo: RepoRec, authorId: number): void {
  if (ctx.id.token.kind === 'user' && authorId === ctx.id.user.id) return;
  requireIssueWrite(ctx, repo, null, 'write');
}

const updateComment: Handler = (ctx) => {
  const repo = findRepo(ctx);
  const { issue, index } = findComment(ctx, repo);
  const c = issue.comments[index]!;
  requireCommentWrite(ctx, repo, c.userId);
  const text = stringField(jsonBody(ctx), 'body');
  if (text === undefined) throw validationFailed([{ resource: 'IssueComment', field: 'body', code: 'missing_field' }]);
  c.body = text;
  c.updated_at = ctx.nowIso();
  issue.updated_at = c.updated_at;
  return ok(issueComment(ctx.r, repo, issue, c));
};

const deleteComment: Handler = (ctx) => {
  const repo = findRepo(ctx);
  const { issue, index } = findComment(ctx, repo);
  requireCommentWrite(ctx, repo, issue.comments[index]!.userId);
  issue.comments.splice(index, 1);
  return noContent();
};

const repoComments: Handler = (ctx) => {
  const repo = findRepo(ctx);
  ctx.access.requireRepo(ctx.id, repo, 'issues', 'read');
  const sort = ctx.query.get('sort') ?? 'created';
  const direction = ctx.query.get('direction') ?? 'asc';
  const all = [...repo.issues.values()].flatMap((issue) =>
    issue.comments.map((c) => ({ issue, c, updated_at: c.updated_at })),
  );
  const key = (x: (typeof all)[number]): string => (sort === 'updated' ? x.c.updated_at : x.c.created_at);
  all.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.c.id - b.c.id));
  if (direction === 'desc') all.reverse();
  return paginated(ctx, sinceFilter(ctx, all), (x) => issueComment(ctx.r, repo, x.issue, x.c));
};

function labelNames(body: unknown): string[] {
  const list = Array.isArray(body)
    ? body
    : typeof body === 'object' && body !== null
      ? (body as Record<string, unknown>)['labels']
      : undefined;
  if (!Array.isArray(list)) throw validationFailed([{ resource: 'Label', field: 'labels', code: 'missing_field' }]);
  return list
    .map((l: unknown) =>
      typeof l === 'string'
        ? l
        : typeof l === 'object' && l !== null && typeof (l as { name?: unknown }).name === 'string'
          ? (l as { name: string }).name
          : '',
    )
    .filter((l) => l !== '');
}

const postLabels: Handler = (ctx) => {
  const repo = findRepo(ctx);
  const issue = findIssue(ctx, repo);
  requireIssueWrite(ctx, repo, null);
  let parsed: unknown = [];
  if (ctx.req.body.length > 0) {
    try {
      parsed = JSON.parse(ctx.req.body.toString('utf8'));
    } catch {
      throw new HttpError(400, 'Problems parsing JSON');
    }
  }
  addLabels(ctx, repo, issue, labelNames(parsed));
  issue.updated_at = ctx.nowIso();
  return ok(issue.labels.map((k) => renderLabel(ctx.r, repo, repo.labels.get(k)!)));
};

const listEvents: Handler = (ctx) => {
  const repo = findRepo(ctx);
  ctx.access.requireRepo(ctx.id, repo, 'issues', 'read');
  const issue = findIssue(ctx, repo);
  return paginated(ctx, issue.events, (e) => issueEvent(ctx.r, repo, e));
};

export const issueRoutes: RouteSpec<Handler>[] = [
  { method: 'GET', template: '/repos/{owner}/{repo}/issues', handler: listIssues },
  { method: 'POST', template: '/repos/{owner}/{repo}/issues', handler: createIssue },
  { method: 'GET', template: '/repos/{owner}/{repo}/issues/{issue_number}', handler: getIssue },
  { method: 'PATCH', template: '/repos/{owner}/{repo}/issues/{issue_number}', handler: updateIssue },
  { method: 'GET', template: '/repos/{owner}/{repo}/issues/{issue_number}/comments', handler: listComments },
  { method: 'POST', template: '/repos/{owner}/{repo}/issues/{issue_number}/comments', handler: createComment },
  { method: 'GET', template: '/repos/{owner}/{repo}/issues/comments', handler: repoComments },
  { method: 'PATCH', template: '/repos/{owner}/{repo}/issues/comments/{comment_id}', handler: updateComment },
  { method: 'DELETE', template: '/repos/{owner}/{repo}/issues/comments/{comment_id}', handler: deleteComment },
  { method: 'POST', template: '/repos/{owner}/{repo}/issues/{issue_number}/labels', handler: postLabels },
  { method: 'GET', template: '/repos/{owner}/{repo}/issues/{issue_number}/events', handler: listEvents },
];
