// Pull requests: list/create/get/update, files (diffed from the git model), reviews, review requests,
// review comments, and the merge (merge commit, squash or rebase of the model's flat trees).
import { jsonBody, ok, type Ctx, type Handler } from '../ctx.js';
import type { GitCommit, GitPerson } from '../git.js';
import { HttpError, validationFailed } from '../http.js';
import { nodeId } from '../ids.js';
import { paginated } from '../pagination.js';
import { pullFiles, pullRequest, pullRequestSimple, review, reviewComment } from '../render/issues.js';
import { findPull, findRepo, stringArray, stringField } from './common.js';
import { addEvent, setState } from './issues.js';
import { touchPush } from './repos.js';
import type { IssueRec, RepoRec, ReviewCommentRec } from '../model.js';
import type { RouteSpec } from '../router.js';

function readable(ctx: Ctx): RepoRec {
  const repo = findRepo(ctx);
  ctx.access.requireRepo(ctx.id, repo, 'pull_requests', 'read');
  return repo;
}

function writable(ctx: Ctx): RepoRec {
  const repo = findRepo(ctx);
  ctx.access.requireRepo(ctx.id, repo, 'pull_requests', 'write');
  return repo;
}

const listPulls: Handler = (ctx) => {
  const repo = readable(ctx);
  const state = ctx.query.get('state') ?? 'open';
  const head = ctx.query.get('head');
  const base = ctx.query.get('base');
  const sort = ctx.query.get('sort') ?? 'created';
  const direction = ctx.query.get('direction') ?? (sort === 'created' ? 'desc' : 'asc');
  const items = [...repo.issues.values()].filter(
    (i) =>
      i.pull &&
      (state === 'all' || i.state === state) &&
      (!head ||
        `${repo.ownerLogin}:${i.pull.headRef}`.toLowerCase() === head.toLowerCase() ||
        (!head.includes(':') && i.pull.headRef === head)) &&
      (!base || i.pull.baseRef === base),
  );
  const key = (i: IssueRec): string | number =>
    sort === 'updated'
      ? i.updated_at
      : sort === 'popularity'
        ? i.comments.length
        : sort === 'long-running'
          ? i.created_at
          : i.created_at;
  items.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : a.number - b.number;
  });
  if (direction === 'desc') items.reverse();
  return paginated(ctx, items, (i) => pullRequestSimple(ctx.r, repo, i));
};

const createPull: Handler = (ctx) => {
  const repo = writable(ctx);
  const body = jsonBody(ctx);
  const title = stringField(body, 'title');
  const headRaw = stringField(body, 'head');
  const base = stringField(body, 'base');
  if (headRaw === undefined)
    throw validationFailed([{ resource: 'PullRequest', field: 'head', code: 'missing_field' }]);
  if (base === undefined) throw validationFailed([{ resource: 'PullRequest', field: 'base', code: 'missing_field' }]);
  if (title === undefined) throw validationFailed([{ resource: 'PullRequest', field: 'title', code: 'missing_field' }]);
  const [owner, headRef] = headRaw.includes(':')
    ? (headRaw.split(':', 2) as [string, string])
    : [repo.ownerLogin, headRaw];
  if (owner.toLowerCase() !== repo.ownerLogin.toLowerCase() || !repo.git.branch(headRef))
    throw validationFailed([{ resource: 'PullRequest', field: 'head', code: 'invalid' }]);
  if (!repo.git.branch(base)) throw validationFailed([{ resource: 'PullRequest', field: 'base', code: 'invalid' }]);
  const existing = [...repo.issues.values()].find(
    (i) => i.pull && i.state === 'open' && i.pull.headRef === headRef && i.pull.baseRef === base,
  );
  if (existing)
    throw validationFailed([
      {
        resource: 'PullRequest',
        code: 'custom',
        message: `A pull request already exists for ${repo.ownerLogin}:${headRef}.`,
      },
    ]);
  const headCommit = repo.git.branch(headRef)!;
  const baseCommit = repo.git.branch(base)!;
  if (headCommit.sha === baseCommit.sha || repo.git.isAncestor(headCommit.sha, baseCommit.sha)) {
    throw validationFailed([
      { resource: 'PullRequest', code: 'custom', message: `No commits between ${base} and ${headRef}` },
    ]);
  }
  const number = repo.nextNumber++;
  const id = ctx.store.ids.issue.next();
  const now = ctx.nowIso();
  const issue: IssueRec = {
    id,
    node_id: nodeId('PullRequest', id),
    number,
    title,
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
    pull: {
      headRef,
      baseRef: base,
      draft: body['draft'] === true,
      merged_at: null,
      mergedById: null,
      merge_commit_sha: null,
      reviews: [],
      requestedReviewers: [],
      requestedTeams: [],
      reviewComments: [],
    },
  };
  repo.issues.set(number, issue);
  return ok(pullRequest(ctx.r, repo, issue), 201, { location: `${ctx.r.api}/repos/${repo.full_name}/pulls/${number}` });
};

const getPull: Handler = (ctx) => {
  const repo = readable(ctx);
  return ok(pullRequest(ctx.r, repo, findPull(ctx, repo)));
};

const updatePull: Handler = (ctx) => {
  const repo = findRepo(ctx);
  const issue = findPull(ctx, repo);
  if (!(ctx.id.token.kind === 'user' && issue.userId === ctx.id.user.id))
    ctx.access.requireRepo(ctx.id, repo, 'pull_requests', 'write');
  const body = jsonBody(ctx);
  const title = stringField(body, 'title');
  if (title !== undefined) issue.title = title;
  if ('body' in body) issue.body = stringField(body, 'body') ?? null;
  const base = stringField(body, 'base');
  if (base !== undefined) {
    if (!repo.git.branch(base)) throw validationFailed([{ resource: 'PullRequest', field: 'base', code: 'invalid' }]);
    issue.pull!.baseRef = base;
  }
  if (issue.pull!.merged_at && body['state'] === 'open')
    throw validationFailed([
      { resource: 'PullRequest', field: 'state', code: 'invalid', message: 'Cannot reopen a merged pull request' },
    ]);
  setState(ctx, issue, body['state'], undefined);
  issue.updated_at = ctx.nowIso();
  return ok(pullRequest(ctx.r, repo, issue));
};

const listFiles: Handler = (ctx) => {
  const repo = readable(ctx);
  const issue = findPull(ctx, repo);
  return paginated(ctx, pullFiles(ctx.r, repo, issue), (f) => f);
};

const listReviews: Handler = (ctx) => {
  const repo = readable(ctx);
  const issue = findPull(ctx, repo);
  return paginated(ctx, issue.pull!.reviews, (rv) => review(ctx.r, repo, issue, rv));
};

const requestReviewers: Handler = (ctx) => {
  const repo = writable(ctx);
  const issue = findPull(ctx, repo);
  const body = jsonBody(ctx);
  const reviewers = stringArray(body, 'reviewers') ?? [];
  const teams = stringArray(body, 'team_reviewers') ?? [];
  const users = reviewers.map((login) => ctx.store.user(login));
  const teamRecs = teams.map((slug) => (repo.ownerIsOrg ? ctx.store.team(repo.ownerLogin, slug) : undefined));
  if (users.some((u) => u && u.id === issue.userId))
    throw validationFailed([], 'Review cannot be requested from pull request author.');
  const notCollaborator =
    users.some((u) => !u || ctx.access.userRepoLevel(u.id, repo, true) === null) || teamRecs.some((t) => !t);
  if (notCollaborator) {
    throw validationFailed(
      [],
      `Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the ${repo.full_name} repository.`,
    );
  }
  const pull = issue.pull!;
  for (const u of users) if (!pull.requestedReviewers.includes(u!.id)) pull.requestedReviewers.push(u!.id);
  for (const t of teamRecs) if (!pull.requestedTeams.includes(t!.id)) pull.requestedTeams.push(t!.id);
  issue.updated_at = ctx.nowIso();
  return ok(pullRequestSimple(ctx.r, repo, issue), 201);
};

function sortComments(
  ctx: Ctx,
  items: { issue: IssueRec; c: ReviewCommentRec }[],
): { issue: IssueRec; c: ReviewCommentRec }[] {
  const since = ctx.query.get('since');
  const sort = ctx.query.get('sort') ?? 'created';
  const direction = ctx.query.get('direction') ?? 'asc';
  const key = (x: { c: ReviewCommentRec }): string => (sort === 'updated' ? x.c.updated_at : x.c.created_at);
  const list = items
    .filter((x) => !since || x.c.updated_at >= since)
    .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.c.id - b.c.id));
  return direction === 'desc' ? list.reverse() : list;
}

const repoReviewComments: Handler = (ctx) => {
  const repo = readable(ctx);
  const all = [...repo.issues.values()].flatMap((issue) =>
    (issue.pull?.reviewComments ?? []).map((c) => ({ issue, c })),
  );
  return paginated(ctx, sortComments(ctx, all), (x) => reviewComment(ctx.r, repo, x.issue, x.c));
};

// --- merging ------------------------------------------------------------------------------------------
/** The nearest commit reachable from `head` that `base` also reaches (where the branches met last). */
function mergeBase(repo: RepoRec, baseSha: string, headSha: string): GitCommit | undefined {
  const queue = [headSha];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const sha = queue.shift()!;
    if (seen.has(sha)) continue;
    seen.add(sha);
    if (repo.git.isAncestor(sha, baseSha)) return repo.git.commits.get(sha);
    queue.push(...(repo.git.commits.get(sha)?.parents ?? []));
  }
  return undefined;
}

/**
 * A three-way merge of flat trees (path → blob): a path changed on one side only takes that side; changed
 * alike on both is kept; changed differently on both is a conflict (undefined).
 */
function mergeTrees(
  ancestor: Map<string, string>,
  ours: Map<string, string>,
  theirs: Map<string, string>,
): Map<string, string> | undefined {
  const out = new Map<string, string>();
  for (const path of new Set([...ancestor.keys(), ...ours.keys(), ...theirs.keys()])) {
    const [a, o, t] = [ancestor.get(path), ours.get(path), theirs.get(path)];
    const kept = o === t || a === t ? o : a === o ? t : null;
    if (kept === null) return undefined;
    if (kept !== undefined) out.set(path, kept);
  }
  return out;
}

const notMergeable = (message = 'Pull Request is not mergeable') => new HttpError(405, message);

const MERGE_METHODS = ['merge', 'squash', 'rebase'] as const;
type MergeMethod = (typeof MERGE_METHODS)[number];

/** The commits of the head branch since the merge base, oldest first (first parents, as a rebase replays them). */
function commitsSince(repo: RepoRec, head: GitCommit, stop: string): GitCommit[] {
  const out: GitCommit[] = [];
  for (let c: GitCommit | undefined = head; c && c.sha !== stop; c = repo.git.commits.get(c.parents[0] ?? ''))
    out.unshift(c);
  return out;
}

const mergePull: Handler = (ctx) => {
  const repo = findRepo(ctx);
  ctx.access.requireRepo(ctx.id, repo, 'contents', 'write');
  const issue = findPull(ctx, repo);
  const pull = issue.pull!;
  const body = jsonBody(ctx);
  const method = stringField(body, 'merge_method') ?? 'merge';
  if (!(MERGE_METHODS as readonly string[]).includes(method))
    throw validationFailed([{ resource: 'PullRequest', field: 'merge_method', code: 'invalid' }]);
  const title = stringField(body, 'commit_title');
  const detail = stringField(body, 'commit_message');
  const expected = stringField(body, 'sha');
  if (issue.state !== 'open' || pull.merged_at) throw notMergeable();
  if (pull.draft) throw notMergeable('Pull Request is still a draft');
  const head = repo.git.branch(pull.headRef);
  const base = repo.git.branch(pull.baseRef);
  if (!head || !base) throw notMergeable();
  if (expected !== undefined && expected !== head.sha)
    throw new HttpError(409, 'Head branch was modified. Review and try the merge again.');
  const ancestor = mergeBase(repo, base.sha, head.sha);
  const merged = mergeTrees(ancestor?.tree ?? new Map(), base.tree, head.tree);
  if (!merged) throw notMergeable();
  const u = ctx.id.user;
  const committer: GitPerson = {
    name: u.name ?? u.login,
    email: `${u.id}+${u.login}@users.noreply.github.com`,
    date: ctx.nowIso(),
  };
  const lines = (first: string) => (detail ? `${first}\n\n${detail}` : first);
  let result: GitCommit;
  switch (method as MergeMethod) {
    case 'merge':
      result = repo.git.commit({
        tree: merged,
        parents: [base.sha, head.sha],
        message: lines(title ?? `Merge pull request #${issue.number} from ${repo.ownerLogin}/${pull.headRef}`),
        author: committer,
      });
      break;
    case 'squash':
      result = repo.git.commit({
        tree: merged,
        parents: [base.sha],
        message: lines(title ?? `${issue.title} (#${issue.number})`),
        author: committer,
      });
      break;
    case 'rebase': {
      // Each commit of the branch replayed on the base, its author kept.
      result = base;
      for (const c of commitsSince(repo, head, ancestor?.sha ?? '')) {
        const parent = repo.git.commits.get(c.parents[0] ?? '');
        const tree = mergeTrees(parent?.tree ?? new Map(), result.tree, c.tree);
        if (!tree) throw notMergeable();
        result = repo.git.commit({ tree, parents: [result.sha], message: c.message, author: c.author, committer });
      }
      break;
    }
  }
  repo.git.refs.set(`refs/heads/${pull.baseRef}`, result.sha);
  touchPush(ctx, repo);
  pull.merged_at = ctx.nowIso();
  pull.mergedById = u.id;
  pull.merge_commit_sha = result.sha;
  addEvent(ctx, issue, 'merged');
  setState(ctx, issue, 'closed', undefined);
  issue.updated_at = ctx.nowIso();
  return ok({ sha: result.sha, merged: true, message: 'Pull Request successfully merged' });
};

export const pullRoutes: RouteSpec<Handler>[] = [
  { method: 'GET', template: '/repos/{owner}/{repo}/pulls', handler: listPulls },
  { method: 'POST', template: '/repos/{owner}/{repo}/pulls', handler: createPull },
  { method: 'GET', template: '/repos/{owner}/{repo}/pulls/comments', handler: repoReviewComments },
  { method: 'GET', template: '/repos/{owner}/{repo}/pulls/{pull_number}', handler: getPull },
  { method: 'PATCH', template: '/repos/{owner}/{repo}/pulls/{pull_number}', handler: updatePull },
  { method: 'GET', template: '/repos/{owner}/{repo}/pulls/{pull_number}/files', handler: listFiles },
  { method: 'GET', template: '/repos/{owner}/{repo}/pulls/{pull_number}/reviews', handler: listReviews },
  {
    method: 'POST',
    template: '/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
    handler: requestReviewers,
  },
  { method: 'PUT', template: '/repos/{owner}/{repo}/pulls/{pull_number}/merge', handler: mergePull },
];
