// What reconcile reads from GitHub and Mailman, as plain data (no client types): the planner is a
// pure function of this, the roster and the policy.

import type { Account, PersonRef } from '../account.js';
import type { GrantRecord } from './grants.js';

export type { Account } from '../account.js';

export type TeamRole = 'member' | 'maintainer';

export interface ObservedTeamMember extends Account {
  role: TeamRole;
}

export interface ObservedInvitation {
  id: number;
  login: string;
  createdAt?: string;
  failedAt?: string;
  failedReason?: string;
}

export type AdvisoryState = 'triage' | 'draft' | 'published' | 'closed' | 'withdrawn';

export interface ObservedAdvisory {
  repo: string;
  ghsaId: string;
  state: AdvisoryState;
  htmlUrl: string;
  collaboratingUsers: Account[];
  collaboratingTeams: string[];
  /**
   * People the report gives access, whom reconcile never removes: the advisory's author, its credited
   * reporters and finders, and the logins its report file (reports/<GHSA>.yaml) grants access until a
   * day not yet passed.
   */
  reportPeople: PersonRef[];
}

export interface ObservedRepo {
  repo: string;
  privateVulnerabilityReporting: boolean;
  /** The first SECURITY.md found (.github/, root, docs/) and whether it links to the advisory form; undefined: none. */
  securityPolicy?: { path: string; linksAdvisoryForm: boolean };
  /**
   * When the two settings above were read from GitHub (UTC): they change rarely, so reconcile re-reads
   * them every `github.recheck_settings_days` and otherwise uses what it saw last.
   */
  settingsCheckedAt: string;
  advisories: ObservedAdvisory[];
}

export interface ObservedRole {
  id: number;
  name: string;
  teams: string[];
}

export interface ObservedList {
  address: string;
  members: { address: string; name?: string }[];
  owners: { address: string; name?: string }[];
}

export interface ObservedGitHub {
  /**
   * Who the token acts as: an App installation (a bot holds no membership), a person's account, or
   * unknown when GitHub did not say (then nothing may be removed: the own-identity guard).
   */
  identity: { kind: 'app' } | { kind: 'user'; account: Account } | { kind: 'unknown'; why: string };
  orgMembers: Account[];
  orgOwners: Account[];
  /** The team's direct members (a child team's members are not the team's: GitHub lists them under it too). */
  team: ObservedTeamMember[];
  /** Pending invitations to the team (an org invitation that names the team). */
  pendingInvitations: ObservedInvitation[];
  repos: ObservedRepo[];
  /** The org role named security_manager, when policy asks for it; null when the org has none. */
  securityManager?: ObservedRole | null;
  /** Pinned ids looked up one by one (not seen in any list): the account, or null when it is gone. */
  accountsById: Map<number, Account | null>;
  /**
   * Logins of members without a pinned id that no list showed, checked in one batched query (by
   * lower-case login): the account, or null when GitHub has no such user.
   */
  accountsByLogin: Map<string, Account | null>;
}

export interface Observed {
  github: ObservedGitHub;
  /** Who the roster granted access to when reconcile last recorded it; undefined before the first record. */
  granted?: GrantRecord;
  /** Undefined when no Mailman is configured: lists are then not reconciled (and the plan says so). */
  lists?: ObservedList[];
}
