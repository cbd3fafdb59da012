// An advisory as the report desk sees it: plain data, filled from one REST answer
// (GET /repos/{owner}/{repo}/security-advisories) field by field. Never the description.
import type { components } from '@octokit/openapi-types';

type RestAdvisory = components['schemas']['repository-advisory'];

export type AdvisoryState = RestAdvisory['state'];
export type CreditType = components['schemas']['security-advisory-credit-types'];
export type CreditState = components['schemas']['repository-advisory-credit']['state'];

export interface GitHubAccount {
  login: string;
  id: number;
}

/** One entry of `credits_detailed`. */
export interface AdvisoryCredit extends GitHubAccount {
  type: CreditType;
  state: CreditState;
}

/** One entry of the `credits` list a PATCH writes (it replaces the whole list). */
export interface CreditInput {
  login: string;
  type: CreditType;
}

export interface DeskAdvisory {
  /** owner/name of the covered repository. */
  repo: string;
  ghsaId: string;
  /**
   * GitHub's `summary`. Embargoed: held in memory, shown only on the private ops repo's dashboard, never
   * in logs, caches, plans or messages.
   */
  title: string;
  state: AdvisoryState;
  /** UTC ISO times, as GitHub sends them. */
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  publishedAt: string | null;
  withdrawnAt: string | null;
  cveId: string | null;
  /** `credits_detailed`. */
  credits: AdvisoryCredit[];
  collaboratingUsers: GitHubAccount[];
  /** Team slugs. */
  collaboratingTeams: string[];
  /** `private_fork.full_name`, or null while there is none. */
  privateFork: string | null;
  /** The submitter (for a private vulnerability report, the reporter). */
  author: GitHubAccount | null;
  /** Whether a CVSS vector (either version) is set. */
  hasSeverity: boolean;
  /** GitHub's severity word, when set; shown in CRA texts. */
  severity?: RestAdvisory['severity'];
}

export const OPEN_STATES: readonly AdvisoryState[] = ['triage', 'draft'];

export function isOpen(advisory: { state: AdvisoryState }): boolean {
  return OPEN_STATES.includes(advisory.state);
}

/** When the advisory left the open states (closed, published or withdrawn), if it has. */
export function finishedAt(advisory: DeskAdvisory): string | undefined {
  if (isOpen(advisory)) return undefined;
  return advisory.closedAt ?? advisory.publishedAt ?? advisory.withdrawnAt ?? advisory.updatedAt;
}

export function advisoryUrl(repo: string, ghsaId: string): string {
  return `https://github.com/${repo}/security/advisories/${ghsaId}`;
}

/** Credits that make someone the coordinator: a pending one counts; a declined one does not. */
export function coordinatorCredits(advisory: DeskAdvisory): AdvisoryCredit[] {
  return advisory.credits.filter((c) => c.type === 'coordinator' && c.state !== 'declined');
}

/** GitHub's user ids are typed number | bigint; every real one fits a number. */
function accountOf(user: { login: string; id: number | bigint }): GitHubAccount {
  return { login: user.login, id: Number(user.id) };
}

/**
 * A DeskAdvisory from one REST answer. Every field the desk uses is copied; the description is not.
 * Throws when the answer has no time at all (a malformed read: the job fails closed).
 */
export function deskAdvisoryFromRest(repo: string, a: RestAdvisory): DeskAdvisory {
  // Without its creation time a report's clock cannot run: refuse rather than guess (GitHub always sends it).
  const created = a.created_at ?? a.updated_at;
  if (created === null) throw new Error(`${a.ghsa_id} (${repo}) came without created_at or updated_at`);
  return {
    repo,
    ghsaId: a.ghsa_id,
    title: a.summary,
    state: a.state,
    createdAt: created,
    updatedAt: a.updated_at ?? created,
    closedAt: a.closed_at,
    publishedAt: a.published_at,
    withdrawnAt: a.withdrawn_at,
    cveId: a.cve_id,
    credits: (a.credits_detailed ?? []).map((c) => ({ ...accountOf(c.user), type: c.type, state: c.state })),
    collaboratingUsers: (a.collaborating_users ?? []).map(accountOf),
    collaboratingTeams: (a.collaborating_teams ?? []).map((t) => t.slug),
    privateFork: a.private_fork?.full_name ?? null,
    author: a.author ? accountOf(a.author) : null,
    hasSeverity: Boolean(
      a.cvss?.vector_string || a.cvss_severities?.cvss_v3?.vector_string || a.cvss_severities?.cvss_v4?.vector_string,
    ),
    severity: a.severity,
  };
}
