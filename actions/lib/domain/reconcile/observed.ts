// What reconcile reads from GitHub and Mailman, as plain data (no client types): the planner is a
// pure function of this, the roster and the policy.

import type { Account } from '../account.js';

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
}

export interface ObservedRepo {
  repo: string;
  privateVulnerabilityReporting: boolean;
  /** The first SECURITY.md found (.github/, root, docs/), or undefined. */
  securityPolicy?: { path: string; text: string };
  advisories: ObservedAdvisory[];
}

export interface ObservedRole {
  id: number;
  name: string;
  teams: string[];
}

export interface ObservedList {
  address: string;
  /** False when the list does not exist on the server. */
  exists: boolean;
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
  team: ObservedTeamMember[];
  pendingInvitations: ObservedInvitation[];
  failedInvitations: ObservedInvitation[];
  repos: ObservedRepo[];
  /** The org role named security_manager, when policy asks for it; null when the org has none. */
  securityManager?: ObservedRole | null;
  /** Pinned ids looked up one by one (not seen in any list): the account, or null when it is gone. */
  accountsById: Map<number, Account | null>;
}

export interface Observed {
  github: ObservedGitHub;
  /** Undefined when no Mailman is configured: lists are then not reconciled (and the plan says so). */
  lists?: ObservedList[];
}
