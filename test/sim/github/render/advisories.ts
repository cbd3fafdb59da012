// Repository security advisories (with their comments) and commit statuses.
import { cvss3Score, cvss4Score, severityOf } from '../cvss.js';
import { cweName } from '../cwe.js';
import { simpleRepo } from './repos.js';
import { team } from './teams.js';
import { simpleUser } from './users.js';
import type { RenderContext, Schemas } from './context.js';
import type { AdvisoryCommentRec, AdvisoryRec, RepoRec, StatusRec } from '../model.js';

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
    cvss_severities: {
      cvss_v3: cvss,
      cvss_v4: {
        vector_string: a.cvss_v4_vector_string,
        score: a.cvss_v4_vector_string ? cvss4Score(a.cvss_v4_vector_string) : null,
      },
    },
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
    private_fork:
      a.fork && (a.forkReadyAt === undefined || ctx.store.clock.nowMs() >= a.forkReadyAt)
        ? simpleRepo(ctx, a.fork)
        : null,
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
