// Contents, refs, commits and branches.
import { simpleUser } from './users.js';
import type { RenderContext, Schemas } from './context.js';
import type { GitCommit } from '../git.js';
import type { RepoRec } from '../model.js';

/** Base64 in lines of 60 characters, as the contents API sends it. */
export function wrappedBase64(data: Buffer): string {
  return (data.toString('base64').match(/.{1,60}/g) ?? []).join('\n') + (data.length > 0 ? '\n' : '');
}

/** Files larger than this come without their content from the contents API (GitHub's 1 MB rule). */
export const LARGE_FILE_BYTES = 1024 * 1024;

function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

export function contentFile(
  ctx: RenderContext,
  r: RepoRec,
  path: string,
  sha: string,
  ref: string,
  data: Buffer,
): Schemas['content-file'] {
  const self = `${ctx.api}/repos/${r.full_name}/contents/${encodePath(path)}?ref=${encodeURIComponent(ref)}`;
  const git = `${ctx.api}/repos/${r.full_name}/git/blobs/${sha}`;
  const html = `${ctx.html}/${r.full_name}/blob/${encodeURIComponent(ref)}/${encodePath(path)}`;
  // Over 1 MB, GitHub sends no content (encoding "none"): read such a file with the raw media type.
  const large = data.length > LARGE_FILE_BYTES;
  return {
    type: 'file',
    encoding: large ? 'none' : 'base64',
    size: data.length,
    name: path.split('/').at(-1)!,
    path,
    content: large ? '' : wrappedBase64(data),
    sha,
    url: self,
    git_url: git,
    html_url: html,
    download_url: `https://raw.githubusercontent.com/${r.full_name}/${encodeURIComponent(ref)}/${encodePath(path)}`,
    _links: { self, git, html },
  };
}

export type DirEntry = Schemas['content-directory'][number];

export function directoryEntry(
  ctx: RenderContext,
  r: RepoRec,
  path: string,
  ref: string,
  kind: 'file' | 'dir',
  sha: string,
  size: number,
): DirEntry {
  const self = `${ctx.api}/repos/${r.full_name}/contents/${encodePath(path)}?ref=${encodeURIComponent(ref)}`;
  const git = `${ctx.api}/repos/${r.full_name}/git/${kind === 'file' ? 'blobs' : 'trees'}/${sha}`;
  const html = `${ctx.html}/${r.full_name}/${kind === 'file' ? 'blob' : 'tree'}/${encodeURIComponent(ref)}/${encodePath(path)}`;
  return {
    type: kind,
    size,
    name: path.split('/').at(-1)!,
    path,
    sha,
    url: self,
    git_url: git,
    html_url: html,
    download_url:
      kind === 'file'
        ? `https://raw.githubusercontent.com/${r.full_name}/${encodeURIComponent(ref)}/${encodePath(path)}`
        : null,
    _links: { self, git, html },
  };
}

export function gitRef(ctx: RenderContext, r: RepoRec, ref: string, sha: string): Schemas['git-ref'] {
  return {
    ref,
    node_id: Buffer.from(`03:Ref${r.node_id}:${ref}`).toString('base64'),
    url: `${ctx.api}/repos/${r.full_name}/git/${ref}`,
    object: { type: 'commit', sha, url: `${ctx.api}/repos/${r.full_name}/git/commits/${sha}` },
  };
}

function gitUser(p: GitCommit['author']): { name: string; email: string; date: string } {
  return { name: p.name, email: p.email, date: p.date };
}

function userByEmail(ctx: RenderContext, email: string): Schemas['simple-user'] | null {
  const m = /^(\d+)\+/.exec(email);
  const user = m ? ctx.store.users.get(Number(m[1])) : undefined;
  return user && !user.deleted ? simpleUser(ctx, user) : null;
}

export function commit(ctx: RenderContext, r: RepoRec, c: GitCommit): Schemas['commit'] {
  const base = `${ctx.api}/repos/${r.full_name}`;
  return {
    sha: c.sha,
    node_id: Buffer.from(`06:Commit${r.id}:${c.sha}`).toString('base64'),
    url: `${base}/commits/${c.sha}`,
    html_url: `${ctx.html}/${r.full_name}/commit/${c.sha}`,
    comments_url: `${base}/commits/${c.sha}/comments`,
    commit: {
      url: `${base}/git/commits/${c.sha}`,
      author: gitUser(c.author),
      committer: gitUser(c.committer),
      message: c.message,
      comment_count: 0,
      tree: { sha: c.treeSha, url: `${base}/git/trees/${c.treeSha}` },
      verification: { verified: false, reason: 'unsigned', payload: null, signature: null, verified_at: null },
    },
    author: userByEmail(ctx, c.author.email),
    committer: userByEmail(ctx, c.committer.email),
    parents: c.parents.map((p) => ({
      sha: p,
      url: `${base}/commits/${p}`,
      html_url: `${ctx.html}/${r.full_name}/commit/${p}`,
    })),
  };
}

export function fileCommit(
  ctx: RenderContext,
  r: RepoRec,
  path: string,
  ref: string,
  blob: { sha: string; size: number } | null,
  c: GitCommit,
): Schemas['file-commit'] {
  const full = commit(ctx, r, c);
  return {
    content: blob
      ? (({ type, size, name, path: p, sha, url, git_url, html_url, download_url, _links }) => ({
          type,
          size,
          name,
          path: p,
          sha,
          url,
          git_url: git_url ?? undefined,
          html_url: html_url ?? undefined,
          download_url: download_url ?? undefined,
          _links: { self: _links.self, git: _links.git ?? undefined, html: _links.html ?? undefined },
        }))(directoryEntry(ctx, r, path, ref, 'file', blob.sha, blob.size))
      : null,
    commit: {
      sha: c.sha,
      node_id: full.node_id,
      url: `${ctx.api}/repos/${r.full_name}/git/commits/${c.sha}`,
      html_url: full.html_url,
      author: gitUser(c.author),
      committer: gitUser(c.committer),
      message: c.message,
      tree: full.commit.tree,
      parents: full.parents,
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
    },
  };
}
