// Reading and writing the tool's pull requests in the ops repository (the plan is domain/tool-pr.ts).
import type { GitHubApi } from '../clients/github/api.js';
import type { DesiredToolPr, ObservedToolPr, ToolPrChange } from '../domain/tool-pr.js';
import { planToolPr } from '../domain/tool-pr.js';

/** What the ops repository holds for a tool branch: its open PR, the given files at its head, whether it was reviewed. */
export async function readToolPr(
  gh: GitHubApi,
  repo: string,
  branch: string,
  paths: readonly string[],
): Promise<ObservedToolPr> {
  const [repository, pr] = await Promise.all([gh.getRepository(repo), gh.findToolPullRequest(repo, branch)]);
  if (!pr) return { base: repository.defaultBranch };
  const [files, reviews] = await Promise.all([
    Promise.all(paths.map(async (p) => [p, (await gh.readFile(repo, p, pr.headSha))?.text] as const)),
    gh.listReviews(repo, pr.number),
  ]);
  return {
    base: repository.defaultBranch,
    open: {
      number: pr.number,
      url: pr.url,
      title: pr.title,
      body: pr.body,
      labels: pr.labels,
      requestedUsers: pr.requestedUsers,
      requestedTeams: pr.requestedTeams,
      reviewed: reviews.some((r) => r.state !== 'PENDING'),
      files: Object.fromEntries(files),
    },
  };
}

/** The branch reset to the base's head, with the files committed on top. */
async function commitFiles(gh: GitHubApi, pr: DesiredToolPr, base: string): Promise<void> {
  await gh.resetBranch(pr.repo, pr.branch, await gh.branchHead(pr.repo, base));
  for (const file of pr.files) {
    const current = await gh.readFile(pr.repo, file.path, pr.branch);
    if (current?.text === file.content) continue;
    await gh.commitFile(pr.repo, pr.branch, {
      path: file.path,
      content: file.content,
      message: pr.commitMessage,
      ...(current ? { sha: current.sha } : {}),
    });
  }
}

/** Make one planned PR change; returns the PR's URL. */
export async function applyToolPr(gh: GitHubApi, change: ToolPrChange): Promise<string> {
  switch (change.kind) {
    case 'pr-open': {
      const { pr } = change;
      await commitFiles(gh, pr, change.base);
      const created = await gh.createPullRequest(pr.repo, {
        branch: pr.branch,
        base: change.base,
        title: pr.title,
        body: pr.body,
      });
      if (pr.labels.length) await gh.addLabels(pr.repo, created.number, pr.labels);
      if (pr.reviewers.users.length || pr.reviewers.teams.length)
        await gh.requestReviewers(pr.repo, created.number, pr.reviewers);
      return created.url;
    }
    case 'pr-update': {
      const { pr } = change;
      if (change.files) await commitFiles(gh, pr, change.base);
      if (change.text) await gh.updatePullRequest(pr.repo, change.number, { title: pr.title, body: pr.body });
      if (change.labels.length) await gh.addLabels(pr.repo, change.number, change.labels);
      if (change.reviewers.users.length || change.reviewers.teams.length)
        await gh.requestReviewers(pr.repo, change.number, change.reviewers);
      return change.url;
    }
    case 'pr-close':
      await gh.createComment(change.repo, change.number, change.comment);
      await gh.updatePullRequest(change.repo, change.number, { state: 'closed' });
      return change.url;
  }
}

/** Read, plan and make one PR in a single step: for PRs decided at apply time (login fixes, pinned ids). */
export async function convergeToolPr(gh: GitHubApi, desired: DesiredToolPr): Promise<string> {
  const observed = await readToolPr(
    gh,
    desired.repo,
    desired.branch,
    desired.files.map((f) => f.path),
  );
  const change = planToolPr(desired, observed);
  return change ? applyToolPr(gh, change) : (observed.open?.url ?? '');
}
