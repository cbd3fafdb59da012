// Bulk reads that choose their strategy by size: a few repositories are read one by one, many through
// the org-wide advisory lists and batched GraphQL, which take far fewer requests.
import type { SecurityPolicyFile, TextFile } from './api.js';
import { MalformedResponseError, statusOf } from './failures.js';
import type { AdvisoryRecord } from './projections.js';
import type { Transport } from './transport.js';
import { conditional } from './transport.js';

function split(fullName: string): { owner: string; repo: string } {
  const slash = fullName.indexOf('/');
  return { owner: fullName.slice(0, slash), repo: fullName.slice(slash + 1) };
}

/** From this many covered repositories in one org, open advisories are read org-wide (fewer pages). */
export const ORG_LISTING_THRESHOLD = 3;

/** Where GitHub looks for a repository's security policy, in our reading order. */
export const SECURITY_POLICY_PATHS = ['SECURITY.md', '.github/SECURITY.md', 'docs/SECURITY.md'];

/** The repository (owner/name) of an advisory, from its html_url. */
export function advisoryRepo(a: Pick<AdvisoryRecord, 'html_url'>): string | undefined {
  const m = /^https?:\/\/[^/]+\/([^/]+\/[^/]+)\/security\/advisories\//.exec(a.html_url);
  return m?.[1];
}

/**
 * Every advisory of a repository, all states (Link-cursor pages, most recently updated first), as
 * AdvisoryRecords: state, dates, people and the private fork, never the advisory's text.
 */
async function listRepoAdvisories(t: Transport, repo: string): Promise<AdvisoryRecord[]> {
  const { owner, repo: name } = split(repo);
  const records = await t.octokit.paginate('GET /repos/{owner}/{repo}/security-advisories', {
    owner,
    repo: name,
    per_page: 100,
    sort: 'updated',
    direction: 'desc',
    ...conditional('advisories'),
  });
  // The projection ran in the transport: these are AdvisoryRecords, whatever Octokit's types say.
  return records as unknown as AdvisoryRecord[];
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
  t: Transport,
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
          t.octokit.paginate(
            'GET /orgs/{org}/security-advisories',
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
      const status = statusOf(err);
      if (status !== 403 && status !== 404) throw err;
    }
  }
  await Promise.all(
    repos.map(async (repo) => byRepo.set(repo.toLowerCase(), (await listRepoAdvisories(t, repo)).filter(wanted))),
  );
  return byRepo;
}

const isOpen = (a: AdvisoryRecord) => a.state === 'triage' || a.state === 'draft';

/** The open advisories (triage and draft) of some repositories of one owner, by repository. */
export function listOpenAdvisories(
  t: Transport,
  owner: string,
  repos: readonly string[],
): Promise<Map<string, AdvisoryRecord[]>> {
  return advisoriesByRepo(t, owner, repos, [{ state: 'triage' }, { state: 'draft' }], isOpen);
}

/**
 * The advisories of some repositories of one owner that may have been open at some time since
 * `since` (ISO), by repository. Org-wide: all of them most recently updated first, up to the first
 * one updated before `since` (finishing an advisory updates it, so one last updated before `since`
 * was finished before it), and the triage and draft ones least recently updated first, up to the
 * first one updated since (the first list has those): every page read holds advisories that count.
 */
export function listAdvisoriesSince(
  t: Transport,
  owner: string,
  repos: readonly string[],
  since: string,
): Promise<Map<string, AdvisoryRecord[]>> {
  const start = Date.parse(since);
  const recent = (a: AdvisoryRecord) => a.updated_at !== null && Date.parse(a.updated_at) >= start;
  const old = (a: AdvisoryRecord) => !recent(a);
  return advisoriesByRepo(
    t,
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

const GRAPHQL_BATCH = 100;

/**
 * Each repository's SECURITY.md (the first of SECURITY_POLICY_PATHS that exists), by lower-case
 * owner/name. A few repositories: the contents API, conditionally. Many (ORG_LISTING_THRESHOLD and
 * up): GraphQL, a hundred repositories a query, where REST would take one request per file.
 */
export async function readSecurityPolicies(
  files: { readFile(repo: string, path: string): Promise<TextFile | undefined> },
  t: Transport,
  repos: readonly string[],
): Promise<Map<string, SecurityPolicyFile | undefined>> {
  const out = new Map<string, SecurityPolicyFile | undefined>();
  if (repos.length < ORG_LISTING_THRESHOLD) {
    await Promise.all(
      repos.map(async (repo) => {
        for (const path of SECURITY_POLICY_PATHS) {
          const file = await files.readFile(repo, path);
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
      const { owner, repo: name } = split(repo);
      return `r${i}: repository(owner: ${JSON.stringify(owner)}, name: ${JSON.stringify(name)}) { ${objects} }`;
    });
    const data = await t.graphql<Record<string, Record<string, { text?: string | null } | null> | null>>(
      `query SecurityPolicies { ${fields.join(' ')} }`,
    );
    batch.forEach((repo, i) => {
      // A repository missing from the answer is not "no SECURITY.md": it was not answered.
      if (!(`r${i}` in data))
        throw new MalformedResponseError('POST /graphql', `an answer without the repository ${repo}`);
      const found = SECURITY_POLICY_PATHS.map((path, j) => ({ path, text: data[`r${i}`]?.[`p${j}`]?.text })).find(
        (f) => typeof f.text === 'string',
      );
      out.set(repo.toLowerCase(), found ? { path: found.path, text: found.text! } : undefined);
    });
  }
  return out;
}
