// Repository security advisories, statuses and check runs.
import { cvss3Score, severityOf } from '../cvss.js';
import { cweName } from '../cwe.js';
import { minimalRepo, simpleRepo } from './repos.js';
import { team } from './teams.js';
import { simpleUser } from './users.js';
import type { RenderContext, Schemas } from './context.js';
import type { AdvisoryCommentRec, AdvisoryRec, CheckRunRec, RepoRec, StatusRec } from '../model.js';

export function advisory(
  ctx: RenderContext,
  a: AdvisoryRec,
  apiVersion = '2022-11-28',
): Schemas['repository-advisory'] {
  const r = a.repo;
  const user = (id: number | null): Schemas['simple-user'] | null =>
    id === null ? null : simpleUser(ctx, ctx.store.shownUser(id));
  const score = a.cvss_vector_string ? cvss3Score(a.cvss_vector_string) : null;
  const cvss = { vector_string: a.cvss_vector_string, score };
  const body: Schemas['repository-advisory'] = {
    ghsa_id: a.ghsa_id,
    cve_id: a.cve_id,
    url: `${ctx.api}/repos/${r.full_name}/security-advisories/${a.ghsa_id}`,
    html_url: `${ctx.html}/${r.full_name}/security/advisories/${a.ghsa_id}`,
    summary: a.summary,
    description: a.description,
    severity: a.severity ?? (score !== null ? severityOf(score) : null),
    author: user(a.authorId),
    publisher: user(a.publisherId),
    identifiers: [{ value: a.ghsa_id, type: 'GHSA' }, ...(a.cve_id ? [{ value: a.cve_id, type: 'CVE' as const }] : [])],
    state: a.state,
    created_at: a.created_at,
    updated_at: a.updated_at,
    published_at: a.published_at,
    closed_at: a.closed_at,
    withdrawn_at: a.withdrawn_at,
    submission: a.submission,
    vulnerabilities: a.vulnerabilities.map((v) => ({
      package: {
        ecosystem: v.package.ecosystem as Schemas['security-advisory-ecosystems'],
        name: v.package.name ?? null,
      },
      vulnerable_version_range: v.vulnerable_version_range,
      patched_versions: v.patched_versions,
      vulnerable_functions: v.vulnerable_functions,
    })),
    cvss: a.cvss_vector_string ? cvss : null,
    cvss_severities: { cvss_v3: cvss, cvss_v4: { vector_string: a.cvss_v4_vector_string, score: null } },
    cwes: a.cwe_ids.map((id) => ({ cwe_id: id, name: cweName(id) })),
    cwe_ids: a.cwe_ids,
    credits: a.credits.map((c) => ({ login: ctx.store.shownUser(c.userId).login, type: c.type })),
    credits_detailed: a.credits.map((c) => ({
      user: simpleUser(ctx, ctx.store.shownUser(c.userId)),
      type: c.type,
      state: c.state,
    })),
    collaborating_users: a.collaboratingUsers.map((u) => simpleUser(ctx, ctx.store.shownUser(u))),
    collaborating_teams: a.collaboratingTeams.flatMap((t) => {
      const rec = ctx.store.teams.get(t);
      return rec ? [team(ctx, rec)] : [];
    }),
    private_fork: a.fork ? simpleRepo(ctx, a.fork) : null,
  };
  if (apiVersion >= '2026-03-10') delete (body as { cvss?: unknown }).cvss;
  return body;
}

/** The advisory comments preview (not in the OpenAPI description): shaped like an issue comment. */
export interface AdvisoryComment {
  id: number;
  node_id: string;
  url: string;
  html_url: string;
  body: string;
  user: Schemas['simple-user'];
  created_at: string;
  updated_at: string;
  author_association: string;
}

export function advisoryComment(ctx: RenderContext, a: AdvisoryRec, c: AdvisoryCommentRec): AdvisoryComment {
  return {
    id: c.id,
    node_id: c.node_id,
    url: `${ctx.api}/repos/${a.repo.full_name}/security-advisories/${a.ghsa_id}/comments/${c.id}`,
    html_url: `${ctx.html}/${a.repo.full_name}/security/advisories/${a.ghsa_id}#advisory-comment-${c.id}`,
    body: c.body,
    user: simpleUser(ctx, ctx.store.shownUser(c.userId)),
    created_at: c.created_at,
    updated_at: c.updated_at,
    author_association: ctx.access.association(c.userId, a.repo),
  };
}

export function status(ctx: RenderContext, r: RepoRec, s: StatusRec): Schemas['status'] {
  return {
    url: `${ctx.api}/repos/${r.full_name}/statuses/${s.sha}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${s.creatorId}?v=4`,
    id: s.id,
    node_id: s.node_id,
    state: s.state,
    description: s.description,
    target_url: s.target_url,
    context: s.context,
    created_at: s.created_at,
    updated_at: s.updated_at,
    creator: simpleUser(ctx, ctx.store.shownUser(s.creatorId)),
  };
}

/** Latest status per context, newest first (GitHub's combined view). */
export function latestStatuses(r: RepoRec, sha: string): StatusRec[] {
  const byContext = new Map<string, StatusRec>();
  for (const s of r.statuses) {
    if (s.sha !== sha) continue;
    const prev = byContext.get(s.context);
    if (!prev || s.created_at > prev.created_at || (s.created_at === prev.created_at && s.id > prev.id))
      byContext.set(s.context, s);
  }
  return [...byContext.values()].sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id - a.id);
}

export function combinedStatus(
  ctx: RenderContext,
  r: RepoRec,
  sha: string,
  page: StatusRec[],
  total: number,
  all: StatusRec[],
): Schemas['combined-commit-status'] {
  const state =
    all.length === 0
      ? 'pending'
      : all.some((s) => s.state === 'error' || s.state === 'failure')
        ? 'failure'
        : all.some((s) => s.state === 'pending')
          ? 'pending'
          : 'success';
  return {
    state,
    sha,
    total_count: total,
    statuses: page.map((s) => {
      const { creator: _c, ...rest } = status(ctx, r, s);
      return { ...rest, required: false };
    }),
    repository: minimalRepo(ctx, r),
    commit_url: `${ctx.api}/repos/${r.full_name}/commits/${sha}`,
    url: `${ctx.api}/repos/${r.full_name}/commits/${sha}/status`,
  };
}

export function integration(ctx: RenderContext, slug: string): Schemas['integration'] {
  const bot = ctx.store.user(`${slug}[bot]`);
  const token = [...ctx.store.tokens.values()].find((t) => t.app === slug);
  const id = token?.app_id ?? bot?.id ?? 15368;
  const owner = slug === 'github-actions' ? undefined : token?.orgs[0] ? ctx.store.org(token.orgs[0]) : undefined;
  const ownerUser = owner
    ? {
        ...simpleUser(ctx, ctx.store.userById(bot?.id ?? 0)),
        login: owner.login,
        id: owner.id,
        node_id: owner.node_id,
        type: 'Organization',
      }
    : simpleUser(ctx, ctx.store.user('github-actions[bot]')!);
  return {
    id,
    slug,
    node_id: Buffer.from(`03:App${id}`).toString('base64'),
    owner: ownerUser,
    name: slug === 'github-actions' ? 'GitHub Actions' : slug,
    description: null,
    external_url: `${ctx.html}/apps/${slug}`,
    html_url: `${ctx.html}/apps/${slug}`,
    created_at: '2020-01-01T00:00:00Z',
    updated_at: '2020-01-01T00:00:00Z',
    permissions: token?.permissions ?? { checks: 'write', contents: 'write', metadata: 'read' },
    events: [],
  };
}

export function checkRun(ctx: RenderContext, r: RepoRec, c: CheckRunRec): Schemas['check-run'] {
  const url = `${ctx.api}/repos/${r.full_name}/check-runs/${c.id}`;
  return {
    id: c.id,
    head_sha: c.head_sha,
    node_id: c.node_id,
    external_id: c.external_id,
    url,
    html_url: `${ctx.html}/${r.full_name}/runs/${c.id}`,
    details_url: c.details_url,
    status: c.status,
    conclusion: c.conclusion ?? null,
    started_at: c.started_at,
    completed_at: c.completed_at,
    output: { ...c.output, annotations_count: 0, annotations_url: `${url}/annotations` },
    name: c.name,
    check_suite: { id: 10_000_000_000 + (c.id % 1_000_000_000) },
    app: integration(ctx, c.app),
    pull_requests: [],
  };
}
