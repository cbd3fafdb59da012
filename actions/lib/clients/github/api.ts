// The GitHub operations the jobs use, named for what they do. Jobs depend on this interface only: the
// Octokit implementation (octokit-api.ts) is tested against the GitHub simulator, and a plan or apply
// can also be tested against a small in-memory implementation. Every read either completes or
// throws; lists are whole (all pages) unless a method says otherwise. No method returns advisory
// prose except getAdvisory, whose answer is never cached.
import type { components } from '@octokit/openapi-types';
import type { Account } from '../../domain/account.js';
import type { AdvisoryRecord } from './projections.js';
import type { RequestCounters } from './transport.js';

export type { AdvisoryRecord } from './projections.js';
export type { RequestCounters } from './transport.js';

export type RepositoryAdvisory = components['schemas']['repository-advisory'];

/** coordinator, reporter, remediation_developer…: the credit types GitHub knows. */
export type CreditType = components['schemas']['security-advisory-credit-types'];

export type TeamRole = 'member' | 'maintainer';

export interface TeamMember extends Account {
  role: TeamRole;
}

export interface Invitation {
  id: number;
  login: string;
  createdAt?: string;
  failedAt?: string;
  failedReason?: string;
}

export interface OrgRole {
  id: number;
  name: string;
  /** Slugs of the teams holding the role. */
  teams: string[];
}

/** Who the token acts as: an App installation (a bot that holds no membership) or a person's account. */
export type TokenIdentity = { kind: 'app' } | { kind: 'user'; account: Account };

export interface RepositoryInfo {
  fullName: string;
  defaultBranch: string;
  private: boolean;
}

export interface TextFile {
  text: string;
  /** The blob sha (needed to update the file). */
  sha: string;
}

export interface SecurityPolicyFile {
  path: string;
  text: string;
}

/** A profile as GraphQL gives it for a login: null when GitHub has no such account. */
export interface Profile extends Account {
  name?: string;
}

export interface PullRequestInfo {
  number: number;
  url: string;
  state: 'open' | 'closed';
  merged: boolean;
  createdAt: string;
  author?: Account;
  headSha: string;
  baseSha: string;
  labels: string[];
}

/** A PR the tool opened on one of its branches, with what convergence compares. */
export interface ToolPullRequest {
  number: number;
  url: string;
  title: string;
  body: string;
  headSha: string;
  labels: string[];
  requestedUsers: string[];
  requestedTeams: string[];
}

export interface IssueRef {
  number: number;
  url: string;
  state: 'open' | 'closed';
  createdAt: string;
  updatedAt: string;
}

/** An issue with its text: for the tool's own issues only (report issue, dashboard), never cached. */
export interface IssueWithText extends IssueRef {
  title: string;
  body: string;
  author?: Account;
  labels: string[];
}

export interface CommentWithText {
  id: number;
  url: string;
  body: string;
  author?: Account;
  /** Written by an App (a bot account): people cannot write as one. */
  authorIsBot: boolean;
  createdAt: string;
}

/** Who did something, when, and where (activity for the audit): no text. */
export interface DatedEvent {
  user?: Account;
  at: string;
  url: string;
}

export interface Review {
  user?: Account;
  state: string;
  submittedAt?: string;
  url: string;
}

export interface LabelEvent {
  event: 'labeled' | 'unlabeled';
  label: string;
  actor?: Account;
  at: string;
}

export interface CommitStatusInfo {
  state: 'pending' | 'success' | 'failure' | 'error';
  description: string;
  creator?: Account;
}

/** What a PATCH of an advisory may set. `credits` and `collaborating_users` replace the whole list. */
export interface AdvisoryPatch {
  summary?: string;
  state?: 'published' | 'closed' | 'draft';
  cve_id?: string | null;
  collaborating_users?: string[];
  collaborating_teams?: string[];
  credits?: { login: string; type: CreditType }[];
}

// --- intake ---------------------------------------------------------------------------------------

/** What creating an advisory sends (GitHub requires all three; the rest is set later by the coordinator). */
export type NewAdvisory = Pick<
  components['schemas']['repository-advisory-create'],
  'summary' | 'description' | 'vulnerabilities'
>;

/** A created advisory, by id: the answer's text is not kept. */
export interface CreatedAdvisory {
  ghsaId: string;
  url: string;
  state: RepositoryAdvisory['state'];
}

/** A title the desk reads: an advisory's summary, held in memory only (never cached, never logged). */
export interface AdvisoryTitle {
  /** Lower-case owner/name. */
  repo: string;
  ghsaId: string;
  title: string;
  updatedAt: string | null;
}

/** An advisory from a list read with its text: the projected record, and the title beside it. */
export interface AdvisoryWithTitle extends AdvisoryTitle {
  record: AdvisoryRecord;
}

export interface GitHubApi {
  /** Requests sent, for the job's report: total, answered 304 from the cache, writes. */
  readonly counters: RequestCounters;

  // --- accounts -----------------------------------------------------------------------------
  /** Who the token acts as; throws when GitHub does not say (then nothing may be removed). */
  tokenIdentity(): Promise<TokenIdentity>;
  /** The account with this immutable id, or null when it no longer exists. */
  accountById(id: number): Promise<Account | null>;
  /** Profiles by login (one GraphQL query per hundred); null for a login GitHub does not know. Keys as given. */
  profilesByLogin(logins: readonly string[]): Promise<Map<string, Profile | null>>;

  // --- the org, teams and roles --------------------------------------------------------------
  listOrgMembers(org: string, role?: 'all' | 'admin'): Promise<Account[]>;
  /** Everyone in the team, its child teams' members included (what proves a role); one list, no roles. */
  listTeamMembers(org: string, team: string): Promise<Account[]>;
  listTeamInvitations(org: string, team: string): Promise<Invitation[]>;
  /** Adds (or invites) the person, or changes their role. */
  setTeamMembership(org: string, team: string, login: string, role: TeamRole): Promise<void>;
  /** Removes the person or their pending invitation; already gone is fine. */
  removeTeamMembership(org: string, team: string, login: string): Promise<void>;
  /** The org role of this name with the teams holding it, or null when the org has none. */
  findOrgRole(org: string, name: string): Promise<OrgRole | null>;
  assignOrgRoleToTeam(org: string, team: string, roleId: number): Promise<void>;

  // --- repositories --------------------------------------------------------------------------
  getRepository(repo: string): Promise<RepositoryInfo>;
  privateVulnerabilityReporting(repo: string): Promise<boolean>;
  enablePrivateVulnerabilityReporting(repo: string): Promise<void>;
  /** Each repository's SECURITY.md (root, .github/, docs/), by lower-case owner/name. */
  securityPolicies(repos: readonly string[]): Promise<Map<string, SecurityPolicyFile | undefined>>;
  /** A text file at a ref (default branch when omitted), or undefined when there is none. */
  readFile(repo: string, path: string, ref?: string): Promise<TextFile | undefined>;

  // --- advisories ------------------------------------------------------------------------------
  /** The open advisories (triage, draft) of some repositories of one owner, by lower-case repository. */
  listOpenAdvisories(owner: string, repos: readonly string[]): Promise<Map<string, AdvisoryRecord[]>>;
  /** The advisories of some repositories of one owner that may have been open at some time since `since`. */
  listAdvisoriesSince(owner: string, repos: readonly string[], since: string): Promise<Map<string, AdvisoryRecord[]>>;
  /** One advisory, whole (its text included): never cached. */
  getAdvisory(repo: string, ghsa: string): Promise<RepositoryAdvisory>;
  updateAdvisory(repo: string, ghsa: string, patch: AdvisoryPatch): Promise<void>;
  /** Comments on an advisory since a time (a REST preview: public repositories only). */
  listAdvisoryComments(repo: string, ghsa: string, since: string): Promise<DatedEvent[]>;

  // --- pull requests, reviews, statuses --------------------------------------------------------
  listOpenPullRequests(repo: string): Promise<PullRequestInfo[]>;
  getPullRequest(repo: string, number: number): Promise<PullRequestInfo>;
  /** Files a PR changes (a renamed file counts under both names). */
  listPullRequestFiles(repo: string, number: number): Promise<string[]>;
  listReviews(repo: string, number: number): Promise<Review[]>;
  listLabelEvents(repo: string, number: number): Promise<LabelEvent[]>;
  /** Activity in a (private-fork) repository since a time: PRs opened, reviews, review comments. */
  listPullActivitySince(repo: string, since: string): Promise<{ pulls: DatedEvent[]; reviews: DatedEvent[] }>;
  listCommitStatuses(repo: string, sha: string, context: string): Promise<CommitStatusInfo[]>;
  setCommitStatus(
    repo: string,
    sha: string,
    status: { state: CommitStatusInfo['state']; context: string; description: string; targetUrl?: string },
  ): Promise<void>;

  // --- issues and comments of the ops repository ------------------------------------------------
  /** Issues (not PRs) with a label, their text included: the tool's own issues; never cached. */
  listLabelledIssues(repo: string, label: string, state: 'open' | 'closed' | 'all'): Promise<IssueWithText[]>;
  /** Issues (not PRs) with a label updated since a time, without text. */
  listLabelledIssuesSince(repo: string, label: string, since: string): Promise<IssueRef[]>;
  /** Comments on the repository's issues since a time: who, when, on which issue (no text). */
  listIssueCommentsSince(repo: string, since: string): Promise<(DatedEvent & { issue: number })[]>;
  /** The comments of one issue or PR, text included (the tool finds its own by a marker); never cached. */
  listComments(repo: string, number: number): Promise<CommentWithText[]>;
  createIssue(repo: string, issue: { title: string; body: string; labels: string[] }): Promise<IssueRef>;
  updateIssue(
    repo: string,
    number: number,
    fields: { title?: string; body?: string; state?: 'open' | 'closed' },
  ): Promise<void>;
  createComment(repo: string, number: number, body: string): Promise<{ id: number; url: string }>;
  updateComment(repo: string, id: number, body: string): Promise<void>;
  deleteComment(repo: string, id: number): Promise<void>;

  // --- the tool's pull requests in the ops repository -----------------------------------------
  /** The open PR from one of the tool's branches, or undefined. */
  findToolPullRequest(repo: string, branch: string): Promise<ToolPullRequest | undefined>;
  /** Points the branch at `sha` (creating it when missing). */
  resetBranch(repo: string, branch: string, sha: string): Promise<void>;
  /** The head commit of a branch. */
  branchHead(repo: string, branch: string): Promise<string>;
  commitFile(
    repo: string,
    branch: string,
    file: { path: string; content: string; message: string; sha?: string },
  ): Promise<void>;
  createPullRequest(
    repo: string,
    pr: { branch: string; base: string; title: string; body: string },
  ): Promise<{ number: number; url: string }>;
  updatePullRequest(
    repo: string,
    number: number,
    fields: { title?: string; body?: string; state?: 'open' | 'closed' },
  ): Promise<void>;
  addLabels(repo: string, number: number, labels: string[]): Promise<void>;
  requestReviewers(repo: string, number: number, reviewers: { users: string[]; teams: string[] }): Promise<void>;

  // --- intake ---------------------------------------------------------------------------------
  /**
   * Creates an advisory on someone's behalf. GitHub creates it as a draft (triage cannot be reached by
   * API); the answer is reduced to its id, URL and state.
   */
  createAdvisory(repo: string, advisory: NewAdvisory): Promise<CreatedAdvisory>;
  // --- CNA desk ---------------------------------------------------------------------------------
  /** Names of the files (not subdirectories) in a directory at a ref (default branch when omitted); [] when there is none. */
  listDirectory(repo: string, path: string, ref?: string): Promise<string[]>;
  /**
   * The same client, except that readFile never uses the ETag cache: for files holding embargoed text
   * (records/ before publication, reports/), which must never reach the cache kept on disk.
   */
  withoutFileCache(): GitHubApi;
  // --- report desk ------------------------------------------------------------------------------------
  /**
   * The advisories listAdvisoriesSince reads (same lists, same stops) with their titles, never cached:
   * the conditional lists keep no text. Titles are held in memory by the caller and shown only on the
   * private dashboard.
   */
  listAdvisoriesWithTitles(owner: string, repos: readonly string[], since: string): Promise<AdvisoryWithTitle[]>;
  /**
   * The advisories of some repositories of one owner updated at or after `after`, with their titles,
   * most recently updated first, read only that far (never cached).
   */
  listRecentAdvisoryTitles(owner: string, repos: readonly string[], after: string): Promise<AdvisoryWithTitle[]>;
  /** A PATCH of an advisory that returns it as written (text included: never cache or log it). */
  updateAdvisoryReturning(repo: string, ghsa: string, patch: AdvisoryPatch): Promise<RepositoryAdvisory>;
  /** Starts the advisory's temporary private fork (GitHub answers 202; the fork appears later). */
  createPrivateFork(repo: string, ghsa: string): Promise<void>;
  /** A comment on an advisory (a REST preview, not in Octokit's types; public repositories only). */
  createAdvisoryComment(repo: string, ghsa: string, body: string): Promise<{ id: number; url: string }>;
  /** Creates an issue and returns its GraphQL node id too (pinning is GraphQL only). */
  createPinnableIssue(
    repo: string,
    issue: { title: string; body: string; labels: string[] },
  ): Promise<IssueRef & { nodeId: string }>;
  /** Pins an issue to its repository (GraphQL `pinIssue`). */
  pinIssue(nodeId: string): Promise<void>;
  /**
   * A text file on a branch, of any size: over 1 MB the contents API sends no content, so such a file is
   * read again with the raw media type (never cached). Undefined when there is none.
   */
  readLargeFile(repo: string, path: string, ref: string): Promise<TextFile | undefined>;
  /**
   * Writes a file on a branch of its own (the desk's memory), creating the branch from the default
   * branch when it does not exist yet. `sha`: the file's blob as read (absent for a new file). Returns
   * the new blob sha.
   */
  writeFileOnBranch(
    repo: string,
    branch: string,
    file: { path: string; content: string; message: string; sha?: string },
    /** The branch to start from when `branch` may not exist yet (a new file): created first, no failed write. */
    base?: string,
  ): Promise<string>;
  // --- reconcile -----------------------------------------------------------------------------------
  /**
   * The team's direct members with their role (GraphQL `members(membership: IMMEDIATE)`, 100 a page):
   * GitHub's REST list also holds the members of its child teams, who are not the team's own.
   */
  listDirectTeamMembers(org: string, team: string): Promise<TeamMember[]>;
  /** One advisory's collaborators now (read right before a PATCH, never cached; nothing else of it is kept). */
  advisoryCollaborators(repo: string, ghsa: string): Promise<AdvisoryCollaborators>;
}

/** Who collaborates on an advisory: logins (with ids) and team slugs. */
export interface AdvisoryCollaborators {
  users: Account[];
  teams: string[];
}

/** The client for a repository owner: an App installation token is per org (the action's org-tokens input). */
export type GitHubFor = (owner: string) => GitHubApi;
