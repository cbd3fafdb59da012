// Generated from world.schema.json by schema-types.ts: do not edit. Change the schema, then run
//   npx tsx test/sim/world/schema-types.ts
// The schema is the world format (README.md beside it is the guide); these are its TypeScript types.

/**
 * State served by the psrt-ops GitHub simulator: users, orgs, teams, repos with files, pull requests, issues and
 * advisories, and the tokens that may call it. Users, teams and repos are referred to by login, slug and full name;
 * ids, node ids, timestamps and URLs are derived when omitted. README.md beside this file is the guide.
 */
export interface World {
  $schema?: string;
  /** The simulator's clock starts here and then advances with real time (tests can freeze it). */
  now: IsoDate;
  users?: WorldUser[];
  orgs?: WorldOrg[];
  teams?: WorldTeam[];
  repos?: WorldRepo[];
  /** Tokens by name; `app`, `member` and `actions` get defaults when absent. */
  tokens?: Record<string, WorldToken>;
  rateLimits?: WorldRateLimits;
  /** Owned by the CVE Services simulator: passed through untouched. */
  cve?: Record<string, unknown>;
}

/** A time stamp, ISO 8601 (UTC). */
export type IsoDate = string;

/** A GitHub login (users, orgs, bots). */
export type Login = string;

export interface WorldUser {
  login: Login;
  id?: number;
  node_id?: string;
  name?: string | null;
  /** Public email; GraphQL answers "" when absent, as GitHub does. */
  email?: string | null;
  type?: 'User' | 'Bot';
  site_admin?: boolean;
  company?: string | null;
  blog?: string;
  location?: string | null;
  bio?: string | null;
  twitter_username?: string | null;
  created_at?: IsoDate;
  updated_at?: IsoDate;
  /** A deleted account: 404 by login and by id; its comments show the `ghost` user. */
  deleted?: boolean;
  /** Former logins (renames): they answer 404, the numeric id still finds the user. */
  previous_logins?: Login[];
}

export interface WorldOrgRoleEntry {
  /** A predefined role's name (e.g. `security_manager`) or a custom role's. */
  name: string;
  id?: number;
  description?: string | null;
  permissions?: string[];
  base_role?: 'read' | 'triage' | 'write' | 'maintain' | 'admin' | null;
  created_at?: IsoDate;
  updated_at?: IsoDate;
  /** Team slugs holding the role. */
  teams?: string[];
  /** Logins holding the role directly. */
  users?: Login[];
}

export interface WorldInvitation {
  id?: number;
  /** An invitation goes to a login or to an email address (one of them is required). */
  login?: Login | null;
  email?: string | null;
  role?: 'direct_member' | 'admin' | 'billing_manager' | 'hiring_manager' | 'reinstate';
  /** Team slugs the invitation adds the user to once accepted. */
  teams?: string[];
  inviter: Login;
  created_at?: IsoDate;
  /** pending (default), failed, or expired (listed with failed ones, reason "Invitation expired…"). */
  state?: 'pending' | 'failed' | 'expired';
  failed_at?: IsoDate | null;
  failed_reason?: string | null;
  node_id?: string;
}

export interface WorldOrg {
  login: Login;
  id?: number;
  node_id?: string;
  name?: string | null;
  description?: string | null;
  email?: string | null;
  blog?: string;
  created_at?: IsoDate;
  updated_at?: IsoDate;
  /** Members (role member). Owners may be listed here too. */
  members?: Login[];
  /** Owners (role admin); they are members. */
  owners?: Login[];
  /** Whether team member lists carry a `role` field (GitHub enables it per org). Default false. */
  team_member_roles?: boolean;
  /** Custom roles, and assignments of predefined roles (all_repo_read … all_repo_admin, security_manager). */
  roles?: WorldOrgRoleEntry[];
  invitations?: WorldInvitation[];
}

export interface WorldTeam {
  org: Login;
  slug: string;
  id?: number;
  node_id?: string;
  name?: string;
  description?: string | null;
  privacy?: 'closed' | 'secret';
  notification_setting?: 'notifications_enabled' | 'notifications_disabled';
  /** Slug of the parent team in the same org. */
  parent?: string | null;
  members?: Login[];
  maintainers?: Login[];
  created_at?: IsoDate;
  updated_at?: IsoDate;
}

export type RepoLevel = 'read' | 'triage' | 'write' | 'maintain' | 'admin';

/** File content: UTF-8 text, or bytes as base64. `null` in a branch's overrides deletes the file. */
export type WorldFile = string | { base64: string };

export interface WorldBranch {
  /** Branch this one starts from (default: the repo's default branch). */
  from?: string;
  /** Files added or changed on this branch (null deletes). On the default branch: ignored (use `files`). */
  files?: Record<string, WorldFile | null>;
  /** Head commit sha to use instead of the derived one (export writes it so statuses stay attached). */
  sha?: string;
  message?: string;
  date?: IsoDate;
  author?: Login;
}

export interface WorldLabel {
  name: string;
  id?: number;
  color?: string;
  description?: string | null;
}

/** A label on an issue: a name (added by the issue's author when it was created) or who added it and when. */
export type WorldIssueLabel = string | { name: string; by?: Login; at?: IsoDate };

export interface WorldIssueEvent {
  id?: number;
  event: string;
  actor: Login;
  created_at: IsoDate;
  /** For labeled / unlabeled. */
  label?: string;
}

export interface WorldComment {
  id?: number;
  node_id?: string;
  user: Login;
  body: string;
  created_at?: IsoDate;
  updated_at?: IsoDate;
}

export interface WorldIssue {
  number?: number;
  id?: number;
  node_id?: string;
  title: string;
  body?: string | null;
  user: Login;
  state?: 'open' | 'closed';
  state_reason?: 'completed' | 'reopened' | 'not_planned' | 'duplicate' | null;
  locked?: boolean;
  created_at?: IsoDate;
  updated_at?: IsoDate;
  closed_at?: IsoDate | null;
  closed_by?: Login | null;
  labels?: WorldIssueLabel[];
  assignees?: Login[];
  comments?: WorldComment[];
  /** Events beyond those derived from `labels` (e.g. an earlier unlabeled). */
  events?: WorldIssueEvent[];
  pinned?: boolean;
}

export interface WorldReview {
  id?: number;
  node_id?: string;
  user: Login;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';
  body?: string;
  submitted_at?: IsoDate;
  commit_id?: string;
}

export interface WorldReviewComment {
  id?: number;
  node_id?: string;
  user: Login;
  body: string;
  path: string;
  line?: number;
  side?: 'LEFT' | 'RIGHT';
  created_at?: IsoDate;
  updated_at?: IsoDate;
  in_reply_to_id?: number;
  /** Id of the review this comment belongs to. */
  review_id?: number;
}

export interface WorldPull extends WorldIssue {
  /** Head branch name in this repo, or a branch to create from `base` with file overrides. */
  head: string | { ref: string; files?: Record<string, WorldFile | null>; sha?: string; message?: string };
  /** Base branch (default: the repo's default branch). */
  base?: string;
  draft?: boolean;
  merged_at?: IsoDate | null;
  merged_by?: Login | null;
  merge_commit_sha?: string | null;
  reviews?: WorldReview[];
  requested_reviewers?: Login[];
  /** Team slugs of the repo's org. */
  requested_teams?: string[];
  review_comments?: WorldReviewComment[];
}

export interface WorldStatus {
  id?: number;
  /** The commit by sha; or give `ref` instead, a branch name resolved at load time. */
  sha?: string;
  ref?: string;
  state: 'error' | 'failure' | 'pending' | 'success';
  context?: string;
  description?: string | null;
  target_url?: string | null;
  creator: Login;
  created_at?: IsoDate;
  updated_at?: IsoDate;
}

export interface WorldRepo {
  /** owner/name; the owner is an org of the world or a user. */
  full_name: string;
  id?: number;
  node_id?: string;
  private?: boolean;
  description?: string | null;
  homepage?: string | null;
  language?: string | null;
  topics?: string[];
  archived?: boolean;
  default_branch?: string;
  created_at?: IsoDate;
  updated_at?: IsoDate;
  pushed_at?: IsoDate;
  private_vulnerability_reporting?: boolean;
  /** Explicit collaborators and team grants. Org owners are admins of every org repo. */
  permissions?: { users?: Record<string, RepoLevel>; teams?: Record<string, RepoLevel> };
  /** Files on the default branch. */
  files?: Record<string, WorldFile>;
  /** Other branches (and optionally the default branch's head `sha`). */
  branches?: Record<string, WorldBranch>;
  labels?: WorldLabel[];
  issues?: WorldIssue[];
  pulls?: WorldPull[];
  statuses?: WorldStatus[];
  advisories?: WorldAdvisory[];
}

export type AdvisoryState = 'triage' | 'draft' | 'published' | 'closed' | 'withdrawn';

export type CreditType =
  | 'analyst'
  | 'finder'
  | 'reporter'
  | 'coordinator'
  | 'remediation_developer'
  | 'remediation_reviewer'
  | 'remediation_verifier'
  | 'tool'
  | 'sponsor'
  | 'other';

export interface WorldCredit {
  login: Login;
  type: CreditType;
  state?: 'accepted' | 'declined' | 'pending';
}

export interface WorldVulnerability {
  package: { ecosystem: string; name?: string | null };
  vulnerable_version_range?: string | null;
  patched_versions?: string | null;
  vulnerable_functions?: string[] | null;
}

export interface WorldAdvisoryComment extends WorldComment {
  /** Not counted and not served by the preview API. */
  confidential?: boolean;
}

export interface WorldPrivateFork {
  name?: string;
  id?: number;
  created_at?: IsoDate;
  /** Files changed on the fork's default branch relative to the parent's. */
  files?: Record<string, WorldFile | null>;
  branches?: Record<string, WorldBranch>;
  pulls?: WorldPull[];
}

export interface WorldAdvisory {
  ghsa_id?: string;
  cve_id?: string | null;
  summary: string;
  description?: string | null;
  severity?: 'critical' | 'high' | 'medium' | 'low' | null;
  /** CVSS 3.x vector; the score and (when no severity is given) the severity follow from it. */
  cvss_vector_string?: string | null;
  cvss_v4_vector_string?: string | null;
  state: AdvisoryState;
  author?: Login | null;
  publisher?: Login | null;
  created_at?: IsoDate;
  updated_at?: IsoDate;
  published_at?: IsoDate | null;
  closed_at?: IsoDate | null;
  withdrawn_at?: IsoDate | null;
  /** Set for advisories that came from a private vulnerability report. */
  submission?: { accepted: boolean } | null;
  credits?: WorldCredit[];
  collaborating_users?: Login[];
  /** Team slugs of the repo's org. */
  collaborating_teams?: string[];
  vulnerabilities?: WorldVulnerability[];
  cwe_ids?: string[];
  private_fork?: WorldPrivateFork | null;
  comments?: WorldAdvisoryComment[];
}

export type TokenKind = 'app' | 'user' | 'actions';

export type PermissionLevel = 'read' | 'write' | 'admin';

export interface WorldToken {
  /** The secret; derived from the token's name when omitted. */
  token?: string;
  kind: TokenKind;
  /** kind user: the user it acts as. */
  login?: Login;
  /** kind app: the App's slug (the bot user is `<slug>[bot]`). */
  app?: string;
  app_id?: number;
  installation_id?: number;
  /** kind app: orgs (or user accounts) the App is installed on. */
  orgs?: Login[];
  /** kind app: selected repositories (full names); all repos of `orgs` when omitted. */
  repositories?: string[];
  /** kind app / actions: GitHub App permission names → level, for every accessible repo and the orgs. */
  permissions?: Record<string, PermissionLevel>;
  /** kind app: extra permissions on single repos (full name → permissions). */
  repo_permissions?: Record<string, Record<string, PermissionLevel>>;
  /** kind actions: the repository of the workflow run. */
  repo?: string;
  /** Primary rate limit per hour for this token (defaults by kind, see rateLimits). */
  rate_limit?: number;
}

export interface WorldRateLimits {
  /** Primary REST limits per hour by token kind. Defaults: app 5000, user 5000, actions 1000. */
  core?: { app?: number; user?: number; actions?: number };
  /** GraphQL points per hour by token kind. Defaults: app 5000, user 5000, actions 1000. */
  graphql?: { app?: number; user?: number; actions?: number };
  /** Secondary limit on writes; false disables it. */
  secondary?: false | { writes_per_minute?: number; status?: 403 | 429; min_write_interval_ms?: number };
}
