// One comment per pull request and purpose, updated in place: a hidden marker names the purpose,
// so a re-run edits its own comment instead of adding one per push. Only the tool's own comments
// count (written by a bot, or by the token's account): a person's comment quoting the marker is
// never taken over. Extra copies (two runs at once, a lost answer) are folded into the first.
import type { CommentWithText, GitHubApi, TokenIdentity } from '../clients/github/api.js';
import { isPerson } from '../domain/account.js';
import { reading } from './reading.js';

export function markerOf(purpose: string): string {
  return `<!-- psrt-ops:${purpose} -->`;
}

/** The tool's own comments carrying the marker, oldest first. */
export function ownMarkedComments(
  comments: readonly CommentWithText[],
  purpose: string,
  identity: TokenIdentity | undefined,
): CommentWithText[] {
  const marker = markerOf(purpose);
  return comments
    .filter(
      (c) =>
        c.body.startsWith(marker) &&
        (c.authorIsBot ||
          (identity?.kind === 'user' && c.author !== undefined && isPerson(c.author, identity.account))),
    )
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id);
}

export type CommentAction = 'created' | 'updated' | 'unchanged';

export async function upsertMarkedComment(
  gh: GitHubApi,
  repo: string,
  issueNumber: number,
  purpose: string,
  body: string,
): Promise<{ action: CommentAction; url: string }> {
  const full = `${markerOf(purpose)}\n${body}`;
  const [comments, identity] = await Promise.all([
    gh.listComments(repo, issueNumber),
    // Which comments are the tool's own: unknown, a second plan comment would be written.
    reading("who the token is (to find the tool's own comments)", () => gh.tokenIdentity()),
  ]);
  const [mine, ...duplicates] = ownMarkedComments(comments, purpose, identity);
  for (const d of duplicates) await gh.deleteComment(repo, d.id);
  if (!mine) return { action: 'created', url: (await gh.createComment(repo, issueNumber, full)).url };
  if (mine.body === full) return { action: 'unchanged', url: mine.url };
  await gh.updateComment(repo, mine.id, full);
  return { action: 'updated', url: mine.url };
}
