// One comment per pull request and purpose, updated in place: a hidden marker names the purpose,
// so a re-run edits its own comment instead of adding one per push.
import type { GitHub } from '../clients/github.js';
import { splitRepo } from '../domain/policy.js';

export function markerOf(purpose: string): string {
  return `<!-- psrt-ops:${purpose} -->`;
}

export type CommentAction = 'created' | 'updated' | 'unchanged';

export async function upsertMarkedComment(
  gh: GitHub,
  repo: string,
  issueNumber: number,
  purpose: string,
  body: string,
): Promise<{ id: number; action: CommentAction; url: string }> {
  const { owner, repo: name } = splitRepo(repo);
  const marker = markerOf(purpose);
  const full = `${marker}\n${body}`;
  const comments = await gh.rest.paginate(gh.rest.rest.issues.listComments, {
    owner,
    repo: name,
    issue_number: issueNumber,
    per_page: 100,
  });
  const mine = comments.find((c) => c.body?.includes(marker));
  if (!mine) {
    const { data } = await gh.rest.rest.issues.createComment({
      owner,
      repo: name,
      issue_number: issueNumber,
      body: full,
    });
    return { id: data.id, action: 'created', url: data.html_url };
  }
  if (mine.body === full) return { id: mine.id, action: 'unchanged', url: mine.html_url };
  const { data } = await gh.rest.rest.issues.updateComment({ owner, repo: name, comment_id: mine.id, body: full });
  return { id: data.id, action: 'updated', url: data.html_url };
}
