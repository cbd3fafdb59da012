// What a conditional (cached) GitHub answer keeps. Two reasons to keep less than GitHub sends:
// embargo (advisory summaries and descriptions, issue and comment bodies must never reach the disk,
// and the cache is stored between runs) and size (a page of 100 advisories is ~0.5 MB, most of it
// API links and profile fields that no job reads). A conditional request returns the projected
// form on a 200 as well as on a 304, so a job sees the same shape whether the cache answered or not.
import type { components } from '@octokit/openapi-types';

/**
 * Prose and code that may be embargoed: never kept. Review comments in an advisory's private fork
 * quote the fix (`diff_hunk`); commits carry their message.
 */
const FREE_TEXT = new Set([
  'summary',
  'description',
  'body',
  'body_html',
  'body_text',
  'title',
  'patch',
  'diff_hunk',
  'message',
]);
/** API links and profile trivia: not kept (html_url is: reports link to it). */
const NOISE = new Set([
  'url',
  'node_id',
  'gravatar_id',
  'avatar_url',
  'user_view_type',
  'site_admin',
  '_links',
  'starred_at',
]);

/** Generic compaction: every key but free text and API links, recursively. */
export function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(compact);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (FREE_TEXT.has(k) || NOISE.has(k) || (k.endsWith('_url') && k !== 'html_url')) continue;
      out[k] = compact(v);
    }
    return out;
  }
  return value;
}

export interface AccountRef {
  login: string;
  id: number;
}

/** An advisory as the jobs use it: state, dates, people and the private fork; no prose. */
export interface AdvisoryRecord {
  ghsa_id: string;
  cve_id: string | null;
  html_url: string;
  state: 'triage' | 'draft' | 'published' | 'closed' | 'withdrawn';
  created_at: string | null;
  updated_at: string | null;
  published_at: string | null;
  closed_at: string | null;
  withdrawn_at: string | null;
  credits: { login: string; type: string }[] | null;
  credits_detailed: { user: AccountRef; type: string; state: string }[] | null;
  collaborating_users: AccountRef[] | null;
  collaborating_teams: { slug: string }[] | null;
  private_fork: { full_name: string } | null;
}

type RepositoryAdvisory = components['schemas']['repository-advisory'];

const ref = (u: { login: string; id: number | bigint }): AccountRef => ({ login: u.login, id: Number(u.id) });

export function advisoryRecord(a: RepositoryAdvisory): AdvisoryRecord {
  return {
    ghsa_id: a.ghsa_id,
    cve_id: a.cve_id,
    html_url: a.html_url,
    state: a.state,
    created_at: a.created_at,
    updated_at: a.updated_at,
    published_at: a.published_at,
    closed_at: a.closed_at,
    withdrawn_at: a.withdrawn_at,
    credits: a.credits?.map((c) => ({ login: c.login ?? '', type: c.type ?? '' })) ?? null,
    credits_detailed: a.credits_detailed?.map((c) => ({ user: ref(c.user), type: c.type, state: c.state })) ?? null,
    collaborating_users: a.collaborating_users?.map(ref) ?? null,
    collaborating_teams: a.collaborating_teams?.map((t) => ({ slug: t.slug })) ?? null,
    private_fork: a.private_fork ? { full_name: a.private_fork.full_name } : null,
  };
}

export const PROJECTIONS = {
  compact,
  advisories: (data: unknown): unknown =>
    Array.isArray(data) ? (data as RepositoryAdvisory[]).map(advisoryRecord) : compact(data),
} as const;

export type ProjectionName = keyof typeof PROJECTIONS;
