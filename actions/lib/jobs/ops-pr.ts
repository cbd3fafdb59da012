// Pull requests the tool opens in the ops repository (login fixes, pinned ids, pruning): one branch
// per purpose, one open PR per branch, updated in place on re-runs and never merged by the tool.
import type { GitHub } from '../clients/github.js';
import { isNotFound } from '../clients/github.js';
import { splitRepo } from '../domain/policy.js';

export interface FileChange {
  path: string;
  content: string;
}

export interface OpsPullRequest {
  /** owner/name of the ops repository. */
  repo: string;
  /** The head branch, e.g. `psrt/prune-2026`; owned by the tool and reset on every update. */
  branch: string;
  title: string;
  body: string;
  commitMessage: string;
  files: FileChange[];
  labels?: string[];
  reviewers?: { users?: string[]; teams?: string[] };
}

export interface OpsPullRequestResult {
  number: number;
  url: string;
  action: 'created' | 'updated' | 'unchanged';
}

export interface ExistingPullRequest {
  number: number;
  url: string;
  title: string;
  body: string;
  headSha: string;
}

/** The open PR of a tool branch, if there is one. */
export async function findOpenPullRequest(
  gh: GitHub,
  repo: string,
  branch: string,
): Promise<ExistingPullRequest | undefined> {
  const { owner, repo: name } = splitRepo(repo);
  const { data } = await gh.rest.rest.pulls.list({
    owner,
    repo: name,
    state: 'open',
    head: `${owner}:${branch}`,
    per_page: 10,
  });
  const pr = data[0];
  return pr
    ? { number: pr.number, url: pr.html_url, title: pr.title, body: pr.body ?? '', headSha: pr.head.sha }
    : undefined;
}

async function fileAt(
  gh: GitHub,
  repo: string,
  path: string,
  ref: string,
): Promise<{ sha: string; content: string } | undefined> {
  const { owner, repo: name } = splitRepo(repo);
  try {
    const { data } = await gh.rest.rest.repos.getContent({ owner, repo: name, path, ref });
    if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) return undefined;
    return { sha: data.sha, content: Buffer.from(data.content, 'base64').toString('utf8') };
  } catch (err) {
    if (isNotFound(err)) return undefined;
    throw err;
  }
}

/**
 * Make the ops repo hold exactly one open PR from `branch` whose files equal `files` on top of the
 * default branch. Nothing is written when the open PR already says and holds the same.
 */
export async function upsertPullRequest(gh: GitHub, pr: OpsPullRequest): Promise<OpsPullRequestResult> {
  const { owner, repo: name } = splitRepo(pr.repo);
  const { data: repository } = await gh.rest.rest.repos.get({ owner, repo: name });
  const base = repository.default_branch;
  const existing = await findOpenPullRequest(gh, pr.repo, pr.branch);

  let filesCurrent = false;
  if (existing) {
    const current = await Promise.all(pr.files.map((f) => fileAt(gh, pr.repo, f.path, existing.headSha)));
    filesCurrent = current.every((c, i) => c?.content === pr.files[i]!.content);
  }
  if (existing && filesCurrent && existing.title === pr.title && existing.body === pr.body) {
    return { number: existing.number, url: existing.url, action: 'unchanged' };
  }

  if (!filesCurrent) {
    const { data: baseRef } = await gh.rest.rest.git.getRef({ owner, repo: name, ref: `heads/${base}` });
    const baseSha = baseRef.object.sha;
    try {
      await gh.rest.rest.git.updateRef({ owner, repo: name, ref: `heads/${pr.branch}`, sha: baseSha, force: true });
    } catch (err) {
      // 422 "Reference does not exist" (or 404): a first run creates the branch.
      if (!isNotFound(err) && (err as { status?: number }).status !== 422) throw err;
      await gh.rest.rest.git.createRef({ owner, repo: name, ref: `refs/heads/${pr.branch}`, sha: baseSha });
    }
    for (const file of pr.files) {
      const current = await fileAt(gh, pr.repo, file.path, pr.branch);
      if (current?.content === file.content) continue;
      await gh.rest.rest.repos.createOrUpdateFileContents({
        owner,
        repo: name,
        path: file.path,
        branch: pr.branch,
        message: pr.commitMessage,
        content: Buffer.from(file.content, 'utf8').toString('base64'),
        ...(current ? { sha: current.sha } : {}),
      });
    }
  }

  if (existing) {
    if (existing.title !== pr.title || existing.body !== pr.body) {
      await gh.rest.rest.pulls.update({
        owner,
        repo: name,
        pull_number: existing.number,
        title: pr.title,
        body: pr.body,
      });
    }
    return { number: existing.number, url: existing.url, action: 'updated' };
  }
  const { data: created } = await gh.rest.rest.pulls.create({
    owner,
    repo: name,
    head: pr.branch,
    base,
    title: pr.title,
    body: pr.body,
  });
  if (pr.labels?.length)
    await gh.rest.rest.issues.addLabels({ owner, repo: name, issue_number: created.number, labels: pr.labels });
  if (pr.reviewers?.users?.length || pr.reviewers?.teams?.length) {
    await gh.rest.rest.pulls.requestReviewers({
      owner,
      repo: name,
      pull_number: created.number,
      reviewers: pr.reviewers.users ?? [],
      team_reviewers: pr.reviewers.teams ?? [],
    });
  }
  return { number: created.number, url: created.html_url, action: 'created' };
}
