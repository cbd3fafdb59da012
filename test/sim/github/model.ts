// In-memory records: the world with every default filled in, users referenced by id (logins change),
// plus the indexes the routes need. Rendering to GitHub's shapes lives in render/*.ts.
import type { GitRepo } from './git.js';
import type {
  AdvisoryState,
  CreditType,
  PermissionLevel,
  RepoLevel,
  TokenKind,
  WorldVulnerability,
} from '../world/types.js';

export interface UserRec {
  id: number;
  login: string;
  node_id: string;
  name: string | null;
  email: string | null;
  type: 'User' | 'Bot';
  site_admin: boolean;
  company: string | null;
  blog: string;
  location: string | null;
  bio: string | null;
  twitter_username: string | null;
  created_at: string;
  updated_at: string;
  deleted: boolean;
  previous_logins: string[];
  /** Not written back to the world (bots of apps, github-actions, ghost). */
  implicit?: boolean;
}

export interface OrgRoleRec {
  id: number;
  name: string;
  description: string | null;
  permissions: string[];
  base_role: RepoLevel | null;
  source: 'Organization' | 'Predefined';
  created_at: string;
  updated_at: string;
  teams: Set<number>;
  users: Set<number>;
  /** Predefined roles without assignments are not written back. */
  predefined: boolean;
}

export interface InvitationRec {
  id: number;
  node_id: string;
  userId: number | null;
  email: string | null;
  role: 'direct_member' | 'admin' | 'billing_manager' | 'hiring_manager' | 'reinstate';
  teams: Set<number>;
  inviterId: number;
  created_at: string;
  state: 'pending' | 'failed' | 'expired';
  failed_at: string | null;
  failed_reason: string | null;
}

export interface OrgRec {
  id: number;
  login: string;
  node_id: string;
  name: string | null;
  description: string | null;
  email: string | null;
  blog: string;
  created_at: string;
  updated_at: string;
  /** user id → role. */
  members: Map<number, 'admin' | 'member'>;
  team_member_roles: boolean;
  roles: OrgRoleRec[];
  invitations: InvitationRec[];
}

export interface TeamRec {
  id: number;
  node_id: string;
  org: OrgRec;
  slug: string;
  name: string;
  description: string | null;
  privacy: 'closed' | 'secret';
  notification_setting: 'notifications_enabled' | 'notifications_disabled';
  parentId: number | null;
  /** user id → role. */
  members: Map<number, 'member' | 'maintainer'>;
  created_at: string;
  updated_at: string;
}

export interface LabelRec {
  id: number;
  node_id: string;
  name: string;
  color: string;
  description: string | null;
  default: boolean;
}

export interface CommentRec {
  id: number;
  node_id: string;
  userId: number;
  body: string;
  created_at: string;
  updated_at: string;
}

export interface IssueEventRec {
  id: number;
  node_id: string;
  event: string;
  actorId: number;
  created_at: string;
  label?: string;
  explicit: boolean;
}

export interface ReviewRec {
  id: number;
  node_id: string;
  userId: number;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';
  body: string;
  submitted_at: string | null;
  commit_id: string;
}

export interface ReviewCommentRec {
  id: number;
  node_id: string;
  userId: number;
  body: string;
  path: string;
  line: number | null;
  side: 'LEFT' | 'RIGHT';
  created_at: string;
  updated_at: string;
  in_reply_to_id: number | null;
  review_id: number | null;
  commit_id: string;
}

export interface PullRec {
  headRef: string;
  baseRef: string;
  draft: boolean;
  merged_at: string | null;
  mergedById: number | null;
  merge_commit_sha: string | null;
  reviews: ReviewRec[];
  requestedReviewers: number[];
  requestedTeams: number[];
  reviewComments: ReviewCommentRec[];
  /** Head sha pinned by the world (kept when exporting). */
  headSha?: string;
}

export interface IssueRec {
  id: number;
  node_id: string;
  number: number;
  title: string;
  body: string | null;
  userId: number;
  state: 'open' | 'closed';
  state_reason: 'completed' | 'reopened' | 'not_planned' | 'duplicate' | null;
  locked: boolean;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  closedById: number | null;
  /** Lower-cased label name → label id, in the order added. */
  labels: string[];
  assignees: number[];
  comments: CommentRec[];
  events: IssueEventRec[];
  pinned: boolean;
  pull?: PullRec;
}

export interface StatusRec {
  id: number;
  node_id: string;
  sha: string;
  state: 'error' | 'failure' | 'pending' | 'success';
  context: string;
  description: string | null;
  target_url: string | null;
  creatorId: number;
  created_at: string;
  updated_at: string;
}

export interface CreditRec {
  userId: number;
  type: CreditType;
  state: 'accepted' | 'declined' | 'pending';
}

export interface AdvisoryCommentRec extends CommentRec {
  confidential: boolean;
}

export interface AdvisoryRec {
  ghsa_id: string;
  repo: RepoRec;
  cve_id: string | null;
  summary: string;
  description: string | null;
  severity: 'critical' | 'high' | 'medium' | 'low' | null;
  cvss_vector_string: string | null;
  cvss_v4_vector_string: string | null;
  state: AdvisoryState;
  authorId: number | null;
  publisherId: number | null;
  created_at: string;
  updated_at: string;
  published_at: string | null;
  closed_at: string | null;
  withdrawn_at: string | null;
  submission: { accepted: boolean } | null;
  credits: CreditRec[];
  collaboratingUsers: number[];
  collaboratingTeams: number[];
  vulnerabilities: Required<WorldVulnerability>[];
  cwe_ids: string[];
  fork: RepoRec | null;
  /**
   * When a fork started through the API becomes visible (GitHub answers 202 and creates it later): until
   * then `private_fork` reads null. Undefined: visible (forks of the world, or no delay set).
   */
  forkReadyAt?: number;
  comments: AdvisoryCommentRec[];
}

export interface RepoRec {
  id: number;
  node_id: string;
  ownerLogin: string;
  ownerIsOrg: boolean;
  name: string;
  full_name: string;
  private: boolean;
  description: string | null;
  homepage: string | null;
  language: string | null;
  topics: string[];
  archived: boolean;
  default_branch: string;
  created_at: string;
  updated_at: string;
  pushed_at: string;
  pvr: boolean;
  userPerms: Map<number, RepoLevel>;
  teamPerms: Map<number, RepoLevel>;
  git: GitRepo;
  labels: Map<string, LabelRec>;
  /** Issues and pull requests by number. */
  issues: Map<number, IssueRec>;
  nextNumber: number;
  statuses: StatusRec[];
  advisories: AdvisoryRec[];
  /** Temporary private fork: the advisory it belongs to. */
  forkOf: { parent: RepoRec; ghsa_id: string } | null;
}

export interface TokenRec {
  name: string;
  token: string;
  kind: TokenKind;
  /** The acting user: the PAT's user, the App's bot, github-actions[bot]. */
  userId: number;
  app: string | null;
  app_id: number | null;
  installation_id: number | null;
  orgs: string[];
  repositories: string[] | null;
  permissions: Record<string, PermissionLevel>;
  repo_permissions: Record<string, Record<string, PermissionLevel>>;
  repo: string | null;
  rate_limit: number | null;
  /** Whether the world spelled this token out (defaults are not written back). */
  explicit: boolean;
}
