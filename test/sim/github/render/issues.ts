// Issues, pull requests, comments, events, reviews and review comments.
import { repositoryShape } from './repos.js';
import { team as teamShape } from './teams.js';
import { simpleUser } from './users.js';
import { diffTrees, unifiedPatch } from '../git.js';
import type { RenderContext, Schemas } from './context.js';
import type { CommentRec, IssueEventRec, IssueRec, LabelRec, RepoRec, ReviewCommentRec, ReviewRec } from '../model.js';

export function label(ctx: RenderContext, r: RepoRec, l: LabelRec): Schemas['label'] {
  return {
    id: l.id,
    node_id: l.node_id,
    url: `${ctx.api}/repos/${r.full_name}/labels/${encodeURIComponent(l.name)}`,
    name: l.name,
    description: l.description,
    color: l.color,
    default: l.default,
  };
}

function issueLabels(ctx: RenderContext, r: RepoRec, i: IssueRec): Schemas['label'][] {
  return i.labels.flatMap((name) => {
    const l = r.labels.get(name);
    return l ? [label(ctx, r, l)] : [];
  });
}

export function issue(ctx: RenderContext, r: RepoRec, i: IssueRec): Schemas['issue'] {
  const base = `${ctx.api}/repos/${r.full_name}/issues/${i.number}`;
  const assignees = i.assignees.map((a) => simpleUser(ctx, ctx.store.shownUser(a)));
  const kind = i.pull ? 'pull' : 'issues';
  return {
    id: i.id,
    node_id: i.node_id,
    url: base,
    repository_url: `${ctx.api}/repos/${r.full_name}`,
    labels_url: `${base}/labels{/name}`,
    comments_url: `${base}/comments`,
    events_url: `${base}/events`,
    html_url: `${ctx.html}/${r.full_name}/${kind}/${i.number}`,
    number: i.number,
    state: i.state,
    state_reason: i.state_reason,
    title: i.title,
    body: i.body,
    user: simpleUser(ctx, ctx.store.shownUser(i.userId)),
    labels: issueLabels(ctx, r, i),
    assignee: assignees[0] ?? null,
    assignees,
    milestone: null,
    locked: i.locked,
    active_lock_reason: null,
    comments: i.comments.length,
    ...(i.pull
      ? {
          pull_request: {
            merged_at: i.pull.merged_at,
            diff_url: `${ctx.html}/${r.full_name}/pull/${i.number}.diff`,
            html_url: `${ctx.html}/${r.full_name}/pull/${i.number}`,
            patch_url: `${ctx.html}/${r.full_name}/pull/${i.number}.patch`,
            url: `${ctx.api}/repos/${r.full_name}/pulls/${i.number}`,
          },
          draft: i.pull.draft,
        }
      : {}),
    closed_at: i.closed_at,
    created_at: i.created_at,
    updated_at: i.updated_at,
    closed_by: i.closedById ? simpleUser(ctx, ctx.store.shownUser(i.closedById)) : null,
    author_association: ctx.access.association(i.userId, r),
    timeline_url: `${base}/timeline`,
    performed_via_github_app: null,
    reactions: reactions(`${base}/reactions`),
  };
}

function reactions(url: string): Schemas['reaction-rollup'] {
  return { url, total_count: 0, '+1': 0, '-1': 0, laugh: 0, hooray: 0, confused: 0, heart: 0, rocket: 0, eyes: 0 };
}

export function issueComment(ctx: RenderContext, r: RepoRec, i: IssueRec, c: CommentRec): Schemas['issue-comment'] {
  const url = `${ctx.api}/repos/${r.full_name}/issues/comments/${c.id}`;
  return {
    id: c.id,
    node_id: c.node_id,
    url,
    html_url: `${ctx.html}/${r.full_name}/${i.pull ? 'pull' : 'issues'}/${i.number}#issuecomment-${c.id}`,
    body: c.body,
    user: simpleUser(ctx, ctx.store.shownUser(c.userId)),
    created_at: c.created_at,
    updated_at: c.updated_at,
    issue_url: `${ctx.api}/repos/${r.full_name}/issues/${i.number}`,
    author_association: ctx.access.association(c.userId, r),
    performed_via_github_app: null,
    reactions: reactions(`${url}/reactions`),
  };
}

export function issueEvent(ctx: RenderContext, r: RepoRec, e: IssueEventRec): Schemas['issue-event'] {
  const l = e.label ? r.labels.get(e.label.toLowerCase()) : undefined;
  return {
    id: e.id,
    node_id: e.node_id,
    url: `${ctx.api}/repos/${r.full_name}/issues/events/${e.id}`,
    actor: simpleUser(ctx, ctx.store.shownUser(e.actorId)),
    event: e.event,
    commit_id: null,
    commit_url: null,
    created_at: e.created_at,
    ...(e.label ? { label: { name: l?.name ?? e.label, color: l?.color ?? 'ededed' } } : {}),
    performed_via_github_app: null,
  };
}

function prLinks(ctx: RenderContext, r: RepoRec, n: number): Schemas['pull-request']['_links'] {
  const api = `${ctx.api}/repos/${r.full_name}`;
  return {
    self: { href: `${api}/pulls/${n}` },
    html: { href: `${ctx.html}/${r.full_name}/pull/${n}` },
    issue: { href: `${api}/issues/${n}` },
    comments: { href: `${api}/issues/${n}/comments` },
    review_comments: { href: `${api}/pulls/${n}/comments` },
    review_comment: { href: `${api}/pulls/comments{/number}` },
    commits: { href: `${api}/pulls/${n}/commits` },
    statuses: { href: `${api}/statuses/${headSha(r, { number: n } as IssueRec)}` },
  };
}

export function headSha(r: RepoRec, i: IssueRec): string {
  const pull = i.pull ?? r.issues.get(i.number)?.pull;
  if (!pull) return '';
  return r.git.branch(pull.headRef)?.sha ?? pull.headSha ?? r.git.branch(r.default_branch)!.sha;
}

function baseSha(r: RepoRec, i: IssueRec): string {
  return r.git.branch(i.pull!.baseRef)?.sha ?? r.git.branch(r.default_branch)!.sha;
}

export function pullRequestSimple(ctx: RenderContext, r: RepoRec, i: IssueRec): Schemas['pull-request-simple'] {
  return pullCore(ctx, r, i);
}

function pullCore(ctx: RenderContext, r: RepoRec, i: IssueRec) {
  const p = i.pull!;
  const api = `${ctx.api}/repos/${r.full_name}`;
  const owner = r.ownerLogin;
  const repo = repositoryShape(ctx, r);
  const user = simpleUser(ctx, ctx.store.shownUser(i.userId));
  const ownerUser = repo.owner;
  const assignees = i.assignees.map((a) => simpleUser(ctx, ctx.store.shownUser(a)));
  return {
    url: `${api}/pulls/${i.number}`,
    id: i.id,
    node_id: i.node_id,
    html_url: `${ctx.html}/${r.full_name}/pull/${i.number}`,
    diff_url: `${ctx.html}/${r.full_name}/pull/${i.number}.diff`,
    patch_url: `${ctx.html}/${r.full_name}/pull/${i.number}.patch`,
    issue_url: `${api}/issues/${i.number}`,
    commits_url: `${api}/pulls/${i.number}/commits`,
    review_comments_url: `${api}/pulls/${i.number}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${api}/issues/${i.number}/comments`,
    statuses_url: `${api}/statuses/${headSha(r, i)}`,
    number: i.number,
    state: i.state,
    locked: i.locked,
    title: i.title,
    user,
    body: i.body,
    // The description says pull request labels always carry a string description.
    labels: issueLabels(ctx, r, i).map((l) => ({ ...l, description: l.description ?? '' })),
    milestone: null,
    active_lock_reason: null,
    created_at: i.created_at,
    updated_at: i.updated_at,
    closed_at: i.closed_at,
    merged_at: p.merged_at,
    merge_commit_sha: p.merge_commit_sha,
    assignee: assignees[0] ?? null,
    assignees,
    requested_reviewers: p.requestedReviewers.map((u) => simpleUser(ctx, ctx.store.shownUser(u))),
    requested_teams: p.requestedTeams.flatMap((t) => {
      const team = ctx.store.teams.get(t);
      return team ? [teamShape(ctx, team)] : [];
    }),
    head: { label: `${owner}:${p.headRef}`, ref: p.headRef, sha: headSha(r, i), user: ownerUser, repo },
    base: { label: `${owner}:${p.baseRef}`, ref: p.baseRef, sha: baseSha(r, i), user: ownerUser, repo },
    _links: prLinks(ctx, r, i.number),
    author_association: ctx.access.association(i.userId, r),
    auto_merge: null,
    draft: p.draft,
  };
}

export function pullRequest(ctx: RenderContext, r: RepoRec, i: IssueRec): Schemas['pull-request'] {
  const p = i.pull!;
  const simple = pullCore(ctx, r, i);
  const files = pullFiles(ctx, r, i);
  const merged = p.merged_at !== null;
  return {
    ...simple,
    merged,
    mergeable: merged || i.state === 'closed' ? null : true,
    rebaseable: merged ? null : true,
    mergeable_state: merged || i.state === 'closed' ? 'unknown' : 'clean',
    merged_by: p.mergedById ? simpleUser(ctx, ctx.store.shownUser(p.mergedById)) : null,
    comments: i.comments.length,
    review_comments: p.reviewComments.length,
    maintainer_can_modify: false,
    commits: commitCount(r, i),
    additions: files.reduce((n, f) => n + f.additions, 0),
    deletions: files.reduce((n, f) => n + f.deletions, 0),
    changed_files: files.length,
  };
}

/** Commits on the head branch that the base does not have (`git rev-list base..head`), up to 250. */
function commitCount(r: RepoRec, i: IssueRec): number {
  const reachable = (start: string): Set<string> => {
    const seen = new Set<string>();
    const stack = [start];
    while (stack.length > 0 && seen.size < 5000) {
      const sha = stack.pop()!;
      if (seen.has(sha)) continue;
      seen.add(sha);
      stack.push(...(r.git.commits.get(sha)?.parents ?? []));
    }
    return seen;
  };
  const base = reachable(baseSha(r, i));
  let count = 0;
  for (const sha of reachable(headSha(r, i))) if (!base.has(sha)) count++;
  return Math.min(count, 250);
}

export function pullFiles(ctx: RenderContext, r: RepoRec, i: IssueRec): Schemas['diff-entry'][] {
  const head = r.git.commits.get(headSha(r, i));
  const base = r.git.commits.get(baseSha(r, i));
  if (!head || !base) return [];
  const text = (sha: string | undefined): string => (sha ? (ctx.store.blobs.get(sha)?.toString('utf8') ?? '') : '');
  return diffTrees(base.tree, head.tree).map((ch) => {
    const { patch, additions, deletions } = unifiedPatch(text(ch.before), text(ch.after));
    const sha = ch.after ?? ch.before!;
    const path = ch.filename.split('/').map(encodeURIComponent).join('/');
    return {
      sha,
      filename: ch.filename,
      status: ch.status,
      additions,
      deletions,
      changes: additions + deletions,
      blob_url: `${ctx.html}/${r.full_name}/blob/${head.sha}/${path}`,
      raw_url: `${ctx.html}/${r.full_name}/raw/${head.sha}/${path}`,
      contents_url: `${ctx.api}/repos/${r.full_name}/contents/${path}?ref=${head.sha}`,
      patch,
    };
  });
}

export function review(ctx: RenderContext, r: RepoRec, i: IssueRec, rv: ReviewRec): Schemas['pull-request-review'] {
  return {
    id: rv.id,
    node_id: rv.node_id,
    user: simpleUser(ctx, ctx.store.shownUser(rv.userId)),
    body: rv.body,
    state: rv.state,
    html_url: `${ctx.html}/${r.full_name}/pull/${i.number}#pullrequestreview-${rv.id}`,
    pull_request_url: `${ctx.api}/repos/${r.full_name}/pulls/${i.number}`,
    _links: {
      html: { href: `${ctx.html}/${r.full_name}/pull/${i.number}#pullrequestreview-${rv.id}` },
      pull_request: { href: `${ctx.api}/repos/${r.full_name}/pulls/${i.number}` },
    },
    submitted_at: rv.submitted_at ?? undefined,
    commit_id: rv.commit_id,
    author_association: ctx.access.association(rv.userId, r),
  };
}

export function reviewComment(
  ctx: RenderContext,
  r: RepoRec,
  i: IssueRec,
  c: ReviewCommentRec,
): Schemas['pull-request-review-comment'] {
  const url = `${ctx.api}/repos/${r.full_name}/pulls/comments/${c.id}`;
  const html = `${ctx.html}/${r.full_name}/pull/${i.number}#discussion_r${c.id}`;
  const pr = `${ctx.api}/repos/${r.full_name}/pulls/${i.number}`;
  return {
    url,
    id: c.id,
    node_id: c.node_id,
    pull_request_review_id: c.review_id,
    diff_hunk: `@@ -1,1 +1,1 @@`,
    path: c.path,
    position: c.line ?? undefined,
    original_position: c.line ?? undefined,
    commit_id: c.commit_id,
    original_commit_id: c.commit_id,
    in_reply_to_id: c.in_reply_to_id ?? undefined,
    user: simpleUser(ctx, ctx.store.shownUser(c.userId)),
    body: c.body,
    created_at: c.created_at,
    updated_at: c.updated_at,
    html_url: html,
    pull_request_url: pr,
    author_association: ctx.access.association(c.userId, r),
    _links: { self: { href: url }, html: { href: html }, pull_request: { href: pr } },
    line: c.line ?? undefined,
    original_line: c.line ?? undefined,
    side: c.side,
    subject_type: c.line ? 'line' : 'file',
    reactions: reactions(`${url}/reactions`),
  };
}
