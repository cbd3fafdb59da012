// Bulk reads of GitHub that several jobs share. Every list is read whole (all pages, 100 a page) as
// conditional requests: an unchanged re-run answers from 304s, which cost no rate limit.
import type { components } from '@octokit/openapi-types';
import type { GitHub } from '../clients/github.js';
import { CONDITIONAL, conditional, isNotFound } from '../clients/github.js';
import type { AdvisoryRecord } from '../clients/projections.js';
import { splitRepo } from '../domain/policy.js';

export type { AdvisoryRecord };
export type SimpleUser = components['schemas']['simple-user'];
export type OrganizationInvitation = components['schemas']['organization-invitation'];

/**
 * Every advisory of a repository, all states (Link-cursor pages, most recently updated first), as
 * AdvisoryRecords: state, dates, people and the private fork, never the advisory's text.
 */
export async function listRepoAdvisories(gh: GitHub, repo: string): Promise<AdvisoryRecord[]> {
  const { owner, repo: name } = splitRepo(repo);
  const records = await gh.rest.paginate(gh.rest.rest.securityAdvisories.listRepositoryAdvisories, {
    owner,
    repo: name,
    per_page: 100,
    sort: 'updated',
    direction: 'desc',
    ...conditional('advisories'),
  });
  // The projection ran in the client: these are AdvisoryRecords, whatever Octokit's types say.
  return records as unknown as AdvisoryRecord[];
}

export async function listTeamMembers(
  gh: GitHub,
  org: string,
  team: string,
  role: 'all' | 'maintainer' | 'member' = 'all',
): Promise<SimpleUser[]> {
  return gh.rest.paginate(gh.rest.rest.teams.listMembersInOrg, {
    org,
    team_slug: team,
    role,
    per_page: 100,
    ...CONDITIONAL,
  });
}

export async function listOrgMembers(gh: GitHub, org: string, role: 'all' | 'admin' = 'all'): Promise<SimpleUser[]> {
  return gh.rest.paginate(gh.rest.rest.orgs.listMembers, { org, role, per_page: 100, ...CONDITIONAL });
}

export async function listTeamInvitations(gh: GitHub, org: string, team: string): Promise<OrganizationInvitation[]> {
  return gh.rest.paginate(gh.rest.rest.teams.listPendingInvitationsInOrg, {
    org,
    team_slug: team,
    per_page: 100,
    ...CONDITIONAL,
  });
}

export async function listFailedInvitations(gh: GitHub, org: string): Promise<OrganizationInvitation[]> {
  return gh.rest.paginate(gh.rest.rest.orgs.listFailedInvitations, { org, per_page: 100, ...CONDITIONAL });
}

/** A text file at a ref (default branch when omitted), or undefined when there is none. */
export async function readTextFile(
  gh: GitHub,
  repo: string,
  path: string,
  ref?: string,
): Promise<{ text: string; sha: string } | undefined> {
  const { owner, repo: name } = splitRepo(repo);
  try {
    const { data } = await gh.rest.rest.repos.getContent({
      owner,
      repo: name,
      path,
      ...(ref ? { ref } : {}),
      ...CONDITIONAL,
    });
    if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) return undefined;
    return { text: Buffer.from(data.content, 'base64').toString('utf8'), sha: data.sha };
  } catch (err) {
    if (isNotFound(err)) return undefined;
    throw err;
  }
}

/** The repository (owner/name) of an advisory, from its html_url. */
export function advisoryRepo(a: Pick<AdvisoryRecord, 'html_url'>): string | undefined {
  const m = /^https?:\/\/[^/]+\/([^/]+\/[^/]+)\/security\/advisories\//.exec(a.html_url);
  return m?.[1];
}

/** From this many covered repositories in one org, open advisories are read org-wide (fewer pages). */
export const ORG_LISTING_THRESHOLD = 3;

/** Where GitHub looks for a repository's security policy, in our reading order. */
export const SECURITY_POLICY_PATHS = ['SECURITY.md', '.github/SECURITY.md', 'docs/SECURITY.md'];

export interface SecurityPolicyFile {
  path: string;
  text: string;
}

const GRAPHQL_BATCH = 100;

/**
 * Each repository's SECURITY.md (the first of SECURITY_POLICY_PATHS that exists), by lower-case
 * owner/name. A few repositories: the contents API, conditionally. Many (ORG_LISTING_THRESHOLD and
 * up): GraphQL, a hundred repositories a query, where REST would take one request per file.
 */
export async function readSecurityPolicies(
  gh: GitHub,
  repos: readonly string[],
): Promise<Map<string, SecurityPolicyFile | undefined>> {
  const out = new Map<string, SecurityPolicyFile | undefined>();
  if (repos.length < ORG_LISTING_THRESHOLD) {
    await Promise.all(
      repos.map(async (repo) => {
        for (const path of SECURITY_POLICY_PATHS) {
          const file = await readTextFile(gh, repo, path);
          if (file) return out.set(repo.toLowerCase(), { path, text: file.text });
        }
        return out.set(repo.toLowerCase(), undefined);
      }),
    );
    return out;
  }
  const objects = SECURITY_POLICY_PATHS.map(
    (p, j) => `p${j}: object(expression: ${JSON.stringify(`HEAD:${p}`)}) { __typename ... on Blob { text } }`,
  ).join(' ');
  for (let start = 0; start < repos.length; start += GRAPHQL_BATCH) {
    const batch = repos.slice(start, start + GRAPHQL_BATCH);
    const fields = batch.map((repo, i) => {
      const { owner, repo: name } = splitRepo(repo);
      return `r${i}: repository(owner: ${JSON.stringify(owner)}, name: ${JSON.stringify(name)}) { ${objects} }`;
    });
    const data = await gh.graphql<Record<string, Record<string, { text?: string | null } | null> | null>>(
      `query SecurityPolicies { ${fields.join(' ')} }`,
    );
    batch.forEach((repo, i) => {
      const found = SECURITY_POLICY_PATHS.map((path, j) => ({ path, text: data[`r${i}`]?.[`p${j}`]?.text })).find(
        (f) => typeof f.text === 'string',
      );
      out.set(repo.toLowerCase(), found ? { path: found.path, text: found.text! } : undefined);
    });
  }
  return out;
}

/** One org-wide advisory list: its filter and order, and the advisories of each page it keeps. */
interface OrgList {
  state?: 'triage' | 'draft';
  direction?: 'asc' | 'desc';
  /** Advisories to keep; the list stops at the first page holding one it does not (it is sorted so). */
  keep?: (a: AdvisoryRecord) => boolean;
}

/**
 * Advisories of some repositories of one owner, by lower-case repository. With few repositories,
 * each one's whole list (usually a single page each), filtered by `wanted`. With many, the org-wide
 * lists given, which hold fewer pages; they need write access to advisories, so a token without it
 * falls back to the lists of each repository.
 */
async function advisoriesByRepo(
  gh: GitHub,
  owner: string,
  repos: readonly string[],
  orgLists: readonly OrgList[],
  wanted: (a: AdvisoryRecord) => boolean,
): Promise<Map<string, AdvisoryRecord[]>> {
  const byRepo = new Map<string, AdvisoryRecord[]>(repos.map((r) => [r.toLowerCase(), []]));
  if (repos.length >= ORG_LISTING_THRESHOLD) {
    try {
      const lists = await Promise.all(
        orgLists.map(({ state, direction = 'desc', keep }) =>
          gh.rest.paginate(
            gh.rest.rest.securityAdvisories.listOrgRepositoryAdvisories,
            {
              org: owner,
              ...(state ? { state } : {}),
              sort: 'updated',
              direction,
              per_page: 100,
              ...conditional('advisories'),
            },
            (response, done) => {
              const page = response.data as unknown as AdvisoryRecord[];
              const kept = keep ? page.filter(keep) : page;
              if (kept.length < page.length) done();
              return kept;
            },
          ),
        ),
      );
      const seen = new Set<string>();
      for (const a of lists.flat() as unknown as AdvisoryRecord[]) {
        const repo = advisoryRepo(a)?.toLowerCase();
        if (!repo || seen.has(a.ghsa_id) || !wanted(a)) continue;
        seen.add(a.ghsa_id);
        byRepo.get(repo)?.push(a);
      }
      return byRepo;
    } catch (err) {
      const status = (err as { status?: number }).status;
      if (status !== 403 && status !== 404) throw err;
    }
  }
  await Promise.all(
    repos.map(async (repo) => byRepo.set(repo.toLowerCase(), (await listRepoAdvisories(gh, repo)).filter(wanted))),
  );
  return byRepo;
}

const isOpen = (a: AdvisoryRecord) => a.state === 'triage' || a.state === 'draft';

/** The open advisories (triage and draft) of some repositories of one owner, by repository. */
export function listOpenAdvisories(
  gh: GitHub,
  owner: string,
  repos: readonly string[],
): Promise<Map<string, AdvisoryRecord[]>> {
  return advisoriesByRepo(gh, owner, repos, [{ state: 'triage' }, { state: 'draft' }], isOpen);
}

/**
 * The advisories of some repositories of one owner that may have been open at some time since
 * `since` (ISO), by repository. Org-wide: all of them most recently updated first, up to the first
 * one updated before `since` (finishing an advisory updates it, so one last updated before `since`
 * was finished before it), and the triage and draft ones least recently updated first, up to the
 * first one updated since (the first list has those): every page read holds advisories that count.
 */
export function listAdvisoriesSince(
  gh: GitHub,
  owner: string,
  repos: readonly string[],
  since: string,
): Promise<Map<string, AdvisoryRecord[]>> {
  const recent = (a: AdvisoryRecord) => (a.updated_at ?? '') >= since;
  const old = (a: AdvisoryRecord) => !recent(a);
  return advisoriesByRepo(
    gh,
    owner,
    repos,
    [
      { keep: recent },
      { state: 'triage', direction: 'asc', keep: old },
      { state: 'draft', direction: 'asc', keep: old },
    ],
    () => true,
  );
}
