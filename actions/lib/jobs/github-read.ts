// Bulk reads of GitHub that several jobs share. Every list is read whole (all pages, 100 a page) as
// conditional requests: an unchanged re-run answers from 304s, which cost no rate limit.
import type { components } from '@octokit/openapi-types';
import type { GitHub } from '../clients/github.js';
import { CONDITIONAL, conditional, isNotFound } from '../clients/github.js';
import type { AdvisoryRecord } from '../clients/projections.js';
import { splitRepo } from '../domain/policy.js';

export type { AdvisoryRecord };
/** @deprecated use AdvisoryRecord: what listRepoAdvisories returns (no prose, no API links). */
export type RepositoryAdvisory = AdvisoryRecord;
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

export async function listTeamMembers(gh: GitHub, org: string, team: string, role: 'all' | 'maintainer' | 'member' = 'all'): Promise<SimpleUser[]> {
  return gh.rest.paginate(gh.rest.rest.teams.listMembersInOrg, { org, team_slug: team, role, per_page: 100, ...CONDITIONAL });
}

/** Team members by lower-case login; a team that does not exist is an empty team only if `missingOk`. */
export async function teamLogins(gh: GitHub, org: string, team: string, missingOk = false): Promise<Set<string>> {
  try {
    return new Set((await listTeamMembers(gh, org, team)).map((u) => u.login.toLowerCase()));
  } catch (err) {
    if (missingOk && isNotFound(err)) return new Set();
    throw err;
  }
}

export async function listOrgMembers(gh: GitHub, org: string, role: 'all' | 'admin' = 'all'): Promise<SimpleUser[]> {
  return gh.rest.paginate(gh.rest.rest.orgs.listMembers, { org, role, per_page: 100, ...CONDITIONAL });
}

export async function listTeamInvitations(gh: GitHub, org: string, team: string): Promise<OrganizationInvitation[]> {
  return gh.rest.paginate(gh.rest.rest.teams.listPendingInvitationsInOrg, { org, team_slug: team, per_page: 100, ...CONDITIONAL });
}

export async function listFailedInvitations(gh: GitHub, org: string): Promise<OrganizationInvitation[]> {
  return gh.rest.paginate(gh.rest.rest.orgs.listFailedInvitations, { org, per_page: 100, ...CONDITIONAL });
}

/** A text file at a ref (default branch when omitted), or undefined when there is none. */
export async function readTextFile(gh: GitHub, repo: string, path: string, ref?: string): Promise<{ text: string; sha: string } | undefined> {
  const { owner, repo: name } = splitRepo(repo);
  try {
    const { data } = await gh.rest.rest.repos.getContent({ owner, repo: name, path, ...(ref ? { ref } : {}), ...CONDITIONAL });
    if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) return undefined;
    return { text: Buffer.from(data.content, 'base64').toString('utf8'), sha: data.sha };
  } catch (err) {
    if (isNotFound(err)) return undefined;
    throw err;
  }
}
