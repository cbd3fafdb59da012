// The report desk's reads with titles: the same advisory lists as listAdvisoriesSince (advisory-lists.ts),
// with the same strategy and stops, but unconditional, so the answers keep their text, and reduced page
// by page to the projected record (projections.ts) and the title. Titles are embargoed: they never reach
// the ETag cache (these requests carry no conditional header) and are held in memory by the caller only.
import type { AdvisoryWithTitle } from './api.js';
import { ORG_LISTING_THRESHOLD, advisoryRepo } from './advisory-lists.js';
import { MalformedResponseError, statusOf } from './failures.js';
import { PROJECTIONS } from './projections.js';
import type { Transport } from './transport.js';

interface TitlePage {
  ghsa_id: string;
  summary: string;
  html_url: string;
  state: string;
  updated_at: string | null;
}

/** Only what the desk keeps from an answer; anything of another shape is refused, never echoed. */
function titleOf(route: string, value: unknown): TitlePage {
  const a = value as Partial<Record<keyof TitlePage, unknown>> | null;
  if (
    !a ||
    typeof a.ghsa_id !== 'string' ||
    typeof a.summary !== 'string' ||
    typeof a.html_url !== 'string' ||
    typeof a.state !== 'string' ||
    (a.updated_at !== null && typeof a.updated_at !== 'string')
  )
    throw new MalformedResponseError(route, 'an advisory without id, summary, link, state or update time');
  return {
    ghsa_id: a.ghsa_id,
    summary: a.summary,
    html_url: a.html_url,
    state: a.state,
    updated_at: (a.updated_at as string | null) ?? null,
  };
}

/** A page as titles and records: the text kept is the title alone. */
function pageOf(route: string, data: unknown): { page: TitlePage; record: AdvisoryWithTitle['record'] }[] {
  if (!Array.isArray(data)) throw new MalformedResponseError(route, 'a body that is not a list');
  const records = PROJECTIONS.advisories(data, route);
  return data.map((a, i) => ({ page: titleOf(route, a), record: records[i]! }));
}

const isOpen = (a: TitlePage) => a.state === 'triage' || a.state === 'draft';

export async function listAdvisoriesWithTitles(
  t: Transport,
  owner: string,
  repos: readonly string[],
  since: string,
): Promise<AdvisoryWithTitle[]> {
  const wanted = new Set(repos.map((r) => r.toLowerCase()));
  const start = Date.parse(since);
  const recent = (a: TitlePage) => a.updated_at !== null && Date.parse(a.updated_at) >= start;
  const out = new Map<string, AdvisoryWithTitle>();
  const keep = (a: TitlePage, record: AdvisoryWithTitle['record'], repo: string | undefined) => {
    if (!repo || !wanted.has(repo.toLowerCase()) || out.has(a.ghsa_id)) return;
    out.set(a.ghsa_id, {
      repo: repo.toLowerCase(),
      ghsaId: a.ghsa_id,
      title: a.summary,
      updatedAt: a.updated_at,
      record,
    });
  };
  if (repos.length >= ORG_LISTING_THRESHOLD) {
    const route = `GET /orgs/${owner}/security-advisories`;
    const lists: { state?: 'triage' | 'draft'; direction: 'asc' | 'desc'; counts: (a: TitlePage) => boolean }[] = [
      { direction: 'desc', counts: recent },
      { state: 'triage', direction: 'asc', counts: (a) => !recent(a) },
      { state: 'draft', direction: 'asc', counts: (a) => !recent(a) },
    ];
    try {
      await Promise.all(
        lists.map(({ state, direction, counts }) =>
          t.octokit.paginate(
            'GET /orgs/{org}/security-advisories',
            { org: owner, ...(state ? { state } : {}), sort: 'updated', direction, per_page: 100 },
            (response, done) => {
              const page = pageOf(route, response.data);
              const kept = page.filter((x) => counts(x.page));
              if (kept.length < page.length) done();
              for (const x of kept) keep(x.page, x.record, advisoryRepo(x.page));
              return [];
            },
          ),
        ),
      );
      return [...out.values()];
    } catch (err) {
      const status = statusOf(err);
      if (status !== 403 && status !== 404) throw err;
      out.clear();
    }
  }
  await Promise.all(
    repos.map((repo) => {
      const slash = repo.indexOf('/');
      const route = `GET /repos/${repo}/security-advisories`;
      return t.octokit.paginate(
        'GET /repos/{owner}/{repo}/security-advisories',
        { owner: repo.slice(0, slash), repo: repo.slice(slash + 1), per_page: 100, sort: 'updated', direction: 'desc' },
        (response) => {
          for (const x of pageOf(route, response.data))
            if (isOpen(x.page) || recent(x.page)) keep(x.page, x.record, repo);
          return [];
        },
      );
    }),
  );
  return [...out.values()];
}

/**
 * The titles of the advisories updated at or after `after` (ISO), most recently updated first: the
 * org-wide list from ORG_LISTING_THRESHOLD repositories in the org, else each repository's list, each
 * read only down to the first advisory updated before `after`.
 */
export async function listRecentTitles(
  t: Transport,
  owner: string,
  repos: readonly string[],
  after: string,
): Promise<AdvisoryWithTitle[]> {
  const wanted = new Set(repos.map((r) => r.toLowerCase()));
  const start = Date.parse(after);
  const out: AdvisoryWithTitle[] = [];
  const take = (route: string, data: unknown, repoOf: (a: TitlePage) => string | undefined, done: () => void) => {
    for (const { page, record } of pageOf(route, data)) {
      if (page.updated_at === null || Date.parse(page.updated_at) < start) {
        done();
        return;
      }
      const repo = repoOf(page)?.toLowerCase();
      if (repo && wanted.has(repo))
        out.push({ repo, ghsaId: page.ghsa_id, title: page.summary, updatedAt: page.updated_at, record });
    }
  };
  if (repos.length >= ORG_LISTING_THRESHOLD) {
    const route = `GET /orgs/${owner}/security-advisories`;
    try {
      await t.octokit.paginate(
        'GET /orgs/{org}/security-advisories',
        { org: owner, sort: 'updated', direction: 'desc', per_page: 100 },
        (response, done) => {
          take(route, response.data, advisoryRepo, done);
          return [];
        },
      );
      return out;
    } catch (err) {
      const status = statusOf(err);
      if (status !== 403 && status !== 404) throw err;
      out.length = 0;
    }
  }
  await Promise.all(
    repos.map((repo) => {
      const slash = repo.indexOf('/');
      const route = `GET /repos/${repo}/security-advisories`;
      return t.octokit.paginate(
        'GET /repos/{owner}/{repo}/security-advisories',
        { owner: repo.slice(0, slash), repo: repo.slice(slash + 1), per_page: 100, sort: 'updated', direction: 'desc' },
        (response, done) => {
          take(route, response.data, () => repo, done);
          return [];
        },
      );
    }),
  );
  return out;
}
