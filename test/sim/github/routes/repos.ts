// Repositories, private vulnerability reporting (read, enable), contents (read at a ref, create/update with
// the sha check) and git refs (read, create, move), over the tiny git model.
import { jsonBody, noContent, ok, type Ctx, type Handler } from '../ctx.js';
import { HttpError, notFound } from '../http.js';
import { contentFile, directoryEntry, fileCommit, gitRef } from '../render/git.js';
import { fullRepo } from '../render/repos.js';
import { findRepo, stringField } from './common.js';
import type { GitCommit, GitPerson } from '../git.js';
import type { RepoRec } from '../model.js';
import type { RouteSpec } from '../router.js';

const getRepo: Handler = (ctx) => ok(fullRepo(ctx.r, findRepo(ctx)));

const getPvr: Handler = (ctx) => {
  const repo = findRepo(ctx);
  ctx.access.requireRepo(ctx.id, repo, 'administration', 'read');
  return ok({ enabled: repo.pvr });
};

const enablePvr: Handler = (ctx) => {
  const repo = findRepo(ctx);
  ctx.access.requireRepo(ctx.id, repo, 'administration', 'write', 'admin');
  repo.pvr = true;
  return noContent();
};

function resolveRef(ctx: Ctx, repo: RepoRec): { commit: GitCommit; ref: string } {
  const ref = ctx.query.get('ref') ?? repo.default_branch;
  const commit = repo.git.resolve(ref);
  if (!commit) throw new HttpError(404, `No commit found for the ref ${ref}`);
  return { commit, ref };
}

const RAW = /application\/vnd\.github(\.v3)?\.raw/;

const getContents: Handler = (ctx) => {
  const repo = findRepo(ctx);
  ctx.access.requireRepo(ctx.id, repo, 'contents', 'read');
  const path = ctx.params['path']!.replace(/^\/+|\/+$/g, '');
  const { commit, ref } = resolveRef(ctx, repo);
  const blobSha = commit.tree.get(path);
  if (blobSha) {
    const data = ctx.store.blobs.get(blobSha)!;
    if (RAW.test(ctx.req.headers['accept'] ?? ''))
      return { status: 200, raw: { contentType: 'application/vnd.github.raw; charset=utf-8', data } };
    return ok(contentFile(ctx.r, repo, path, blobSha, ref, data));
  }
  // A directory: its files and the first level of subdirectories.
  const prefix = `${path}/`;
  const entries = new Map<string, ReturnType<typeof directoryEntry>>();
  for (const [p, sha] of commit.tree) {
    if (!p.startsWith(prefix)) continue;
    const rest = p.slice(prefix.length);
    const slash = rest.indexOf('/');
    if (slash < 0) entries.set(p, directoryEntry(ctx.r, repo, p, ref, 'file', sha, ctx.store.blobs.get(sha)!.length));
    else {
      const dir = `${prefix}${rest.slice(0, slash)}`;
      if (!entries.has(dir)) entries.set(dir, directoryEntry(ctx.r, repo, dir, ref, 'dir', commit.treeSha, 0));
    }
  }
  if (entries.size === 0) throw notFound();
  return ok([...entries.values()].sort((a, b) => a.name.localeCompare(b.name)));
};

function person(ctx: Ctx, value: unknown): GitPerson {
  const u = ctx.id.user;
  const fallback = {
    name: u.name ?? u.login,
    email: `${u.id}+${u.login}@users.noreply.github.com`,
    date: ctx.nowIso(),
  };
  if (typeof value !== 'object' || value === null) return fallback;
  const v = value as Record<string, unknown>;
  return {
    name: typeof v['name'] === 'string' ? v['name'] : fallback.name,
    email: typeof v['email'] === 'string' ? v['email'] : fallback.email,
    date: typeof v['date'] === 'string' ? v['date'] : fallback.date,
  };
}

export function touchPush(ctx: Ctx, repo: RepoRec): void {
  repo.pushed_at = ctx.nowIso();
  repo.updated_at = repo.pushed_at;
}

const putContents: Handler = (ctx) => {
  const repo = findRepo(ctx);
  ctx.access.requireRepo(ctx.id, repo, 'contents', 'write');
  const path = ctx.params['path']!.replace(/^\/+|\/+$/g, '');
  const body = jsonBody(ctx);
  const message = stringField(body, 'message');
  const content = stringField(body, 'content');
  if (message === undefined) throw new HttpError(422, 'Invalid request.\n\n"message" wasn\'t supplied.');
  if (content === undefined) throw new HttpError(422, 'Invalid request.\n\n"content" wasn\'t supplied.');
  if (!/^[A-Za-z0-9+/=\s]*$/.test(content)) throw new HttpError(422, 'content is not valid Base64');
  const branch = stringField(body, 'branch') ?? repo.default_branch;
  const head = repo.git.branch(branch);
  if (!head) throw new HttpError(404, `Branch ${branch} not found`);
  const existing = head.tree.get(path);
  const sha = stringField(body, 'sha');
  if (existing && sha === undefined) throw new HttpError(422, 'Invalid request.\n\n"sha" wasn\'t supplied.');
  if ((existing && sha !== existing) || (!existing && sha !== undefined))
    throw new HttpError(409, `${path} does not match ${sha ?? ''}`);
  const data = Buffer.from(content, 'base64');
  const blob = ctx.store.blobs.put(data);
  const tree = new Map(head.tree);
  tree.set(path, blob);
  const author = person(ctx, body['author'] ?? body['committer']);
  const commit = repo.git.commit({
    tree,
    parents: [head.sha],
    message,
    author,
    committer: person(ctx, body['committer'] ?? body['author']),
  });
  repo.git.refs.set(`refs/heads/${branch}`, commit.sha);
  touchPush(ctx, repo);
  return ok(fileCommit(ctx.r, repo, path, branch, { sha: blob, size: data.length }, commit), existing ? 200 : 201);
};

const getRef: Handler = (ctx) => {
  const repo = findRepo(ctx);
  ctx.access.requireRepo(ctx.id, repo, 'contents', 'read');
  const ref = `refs/${ctx.params['ref']!.replace(/^refs\//, '')}`;
  const sha = repo.git.refs.get(ref);
  if (!sha) throw notFound();
  return ok(gitRef(ctx.r, repo, ref, sha));
};

const createRef: Handler = (ctx) => {
  const repo = findRepo(ctx);
  ctx.access.requireRepo(ctx.id, repo, 'contents', 'write');
  const body = jsonBody(ctx);
  const ref = stringField(body, 'ref');
  const sha = stringField(body, 'sha');
  if (ref === undefined) throw new HttpError(422, 'Invalid request.\n\n"ref" wasn\'t supplied.');
  if (sha === undefined) throw new HttpError(422, 'Invalid request.\n\n"sha" wasn\'t supplied.');
  if (!/^refs\/[^/]+\/.+/.test(ref) || /\.\.|[\s~^:?*[\\]|\/$|\.lock$/.test(ref))
    throw new HttpError(422, `${ref} is not a valid ref name.`);
  if (repo.git.refs.has(ref)) throw new HttpError(422, 'Reference already exists');
  if (!repo.git.commits.has(sha)) throw new HttpError(422, 'Object does not exist');
  repo.git.refs.set(ref, sha);
  touchPush(ctx, repo);
  return ok(gitRef(ctx.r, repo, ref, sha), 201, { location: `${ctx.r.api}/repos/${repo.full_name}/git/${ref}` });
};

const updateRef: Handler = (ctx) => {
  const repo = findRepo(ctx);
  ctx.access.requireRepo(ctx.id, repo, 'contents', 'write');
  const ref = `refs/${ctx.params['ref']!.replace(/^refs\//, '')}`;
  const body = jsonBody(ctx);
  const sha = stringField(body, 'sha');
  if (sha === undefined) throw new HttpError(422, 'Invalid request.\n\n"sha" wasn\'t supplied.');
  const current = repo.git.refs.get(ref);
  if (!current) throw new HttpError(422, 'Reference does not exist');
  if (!repo.git.commits.has(sha)) throw new HttpError(422, 'Object does not exist');
  if (body['force'] !== true && current !== sha && !repo.git.isAncestor(current, sha))
    throw new HttpError(422, 'Update is not a fast forward');
  repo.git.refs.set(ref, sha);
  touchPush(ctx, repo);
  return ok(gitRef(ctx.r, repo, ref, sha));
};

export const repoRoutes: RouteSpec<Handler>[] = [
  { method: 'GET', template: '/repos/{owner}/{repo}', handler: getRepo },
  { method: 'GET', template: '/repos/{owner}/{repo}/private-vulnerability-reporting', handler: getPvr },
  { method: 'PUT', template: '/repos/{owner}/{repo}/private-vulnerability-reporting', handler: enablePvr },
  { method: 'GET', template: '/repos/{owner}/{repo}/contents/{path}', handler: getContents },
  { method: 'PUT', template: '/repos/{owner}/{repo}/contents/{path}', handler: putContents },
  { method: 'GET', template: '/repos/{owner}/{repo}/git/ref/{ref}', handler: getRef },
  { method: 'POST', template: '/repos/{owner}/{repo}/git/refs', handler: createRef },
  { method: 'PATCH', template: '/repos/{owner}/{repo}/git/refs/{ref}', handler: updateRef },
];
