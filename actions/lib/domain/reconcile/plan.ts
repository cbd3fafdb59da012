// The reconcile plan: typed changes (a discriminated union), notes, and one line per change.
import type { Finding } from '../findings.js';
import type { Format, Note as PlanNote, Plan } from '../plan.js';
import type { GrantedPerson } from './grants.js';
import { GRANTS_BRANCH } from './grants.js';
import type { TeamRole } from './observed.js';

export type { Format } from '../plan.js';

export type System = 'team' | 'org-role' | 'ghsa' | 'list' | 'projects' | 'roster';

/** Why someone loses access: moved to emeritus, deleted from members.yaml (the grant record knew them), or never in it. */
export type RemovalReason = 'emeritus' | 'former' | 'not-in-roster';

export type Change =
  | { kind: 'team-add'; system: 'team'; login: string; role: TeamRole }
  | { kind: 'team-role'; system: 'team'; login: string; role: TeamRole }
  | { kind: 'team-remove'; system: 'team'; login: string; why: RemovalReason }
  /** The team-membership DELETE also removes a pending membership; the org invitation itself stays. */
  | { kind: 'team-invitation-cancel'; system: 'team'; login: string; why: RemovalReason }
  | { kind: 'role-assign'; system: 'org-role'; roleId: number; roleName: string; team: string }
  | {
      kind: 'advisory-access';
      system: 'ghsa';
      repo: string;
      ghsaId: string;
      addTeams: string[];
      addUsers: string[];
      removeUsers: string[];
      /** Why each of removeUsers goes (emeritus or former), in the same order. */
      removeWhy: RemovalReason[];
      /** The whole lists to write (PATCH replaces them): what was there, plus and minus the above. */
      users: string[];
      teams: string[];
    }
  | { kind: 'pvr-enable'; system: 'projects'; repo: string }
  | { kind: 'list-subscribe'; system: 'list'; list: string; address: string; name: string; login: string }
  | {
      kind: 'list-unsubscribe';
      system: 'list';
      list: string;
      address: string;
      login?: string;
      why: 'emeritus' | 'former' | 'unknown';
    }
  | { kind: 'list-owner-add'; system: 'list'; list: string; address: string; name: string; login: string }
  | {
      kind: 'list-owner-remove';
      system: 'list';
      list: string;
      address: string;
      login?: string;
      why: 'emeritus' | 'former' | 'not-admin' | 'unknown';
    }
  | { kind: 'roster-login'; system: 'roster'; index: number; id: number; from: string; to: string }
  /**
   * The grant record (grants.ts) rewritten: 'before' grants (recording newcomers, applied first),
   * 'after' removals (forgetting people whose access is gone, applied last).
   */
  | {
      kind: 'grants-record';
      system: 'roster';
      phase: 'before' | 'after';
      people: GrantedPerson[];
      added: string[];
      dropped: string[];
    };

export type ChangeKind = Change['kind'];

export interface Note extends PlanNote {
  system: System;
  /** Addresses the note is about: in full in a terminal, masked in markdown (PR comments, summaries). */
  addresses?: string[];
}

/** Where the plan applies: what render and apply need from the policy. */
export interface ReconcileScope {
  org: string;
  team: string;
  opsRepo: string;
  lists: { address: string; rest_url: string }[];
}

export interface ReconcilePlan extends Plan<Change> {
  scope: ReconcileScope;
  notes: Note[];
  /** Active members (the removal share is counted of them and of the people losing access). */
  activeMembers: number;
  /** --add-only: removals are shown, never written (their result is 'suppressed'). */
  addOnly: boolean;
  /** Errors in members.yaml only GitHub can tell (a login with no account), as data paths. */
  findings: Finding[];
}

/** Changes that take access away from someone: what the removal-share guard counts. */
export function removedPeople(change: Change): string[] {
  switch (change.kind) {
    case 'team-remove':
    case 'team-invitation-cancel':
      return [change.login.toLowerCase()];
    case 'advisory-access':
      return change.removeUsers.map((u) => u.toLowerCase());
    case 'list-unsubscribe':
      return [change.login?.toLowerCase() ?? change.address.toLowerCase()];
    case 'list-owner-remove':
      // An active member who is no longer an admin keeps the list, like a team maintainer demoted.
      return change.why === 'not-admin' ? [] : [change.login?.toLowerCase() ?? change.address.toLowerCase()];
    default:
      return [];
  }
}

/** Applied after every grant: anything that narrows access, including demotions. */
export function isRemoval(change: Change): boolean {
  return (
    removedPeople(change).length > 0 ||
    (change.kind === 'team-role' && change.role === 'member') ||
    change.kind === 'list-owner-remove'
  );
}

/**
 * What --add-only leaves unwritten: every removal, and forgetting people in the grant record (they
 * keep what the roster gave them, so the record must keep them too). With --add-only the planner
 * splits an advisory change that both adds and removes into two.
 */
export function isSuppressedByAddOnly(change: Change): boolean {
  return change.kind === 'grants-record' ? change.phase === 'after' : isRemoval(change);
}

/** Addresses in markdown (PR comments, summaries) show only the domain and the first letter. */
export function maskAddress(address: string, format: Format): string {
  if (format === 'text') return address;
  const at = address.indexOf('@');
  return at <= 0 ? '…' : `${address[0]}…${address.slice(at)}`;
}

function list(items: string[]): string {
  return items.join(', ');
}

const REASON: Record<RemovalReason, string> = {
  emeritus: 'moved to emeritus',
  former: 'deleted from members.yaml',
  'not-in-roster': 'not in members.yaml',
};

/** One line per change. Lines are shown in a ```diff block in markdown, so they carry no markdown. */
export function describeChange(c: Change, ctx: { org: string; team: string }, format: Format): string {
  const team = `${ctx.org}/${ctx.team}`;
  switch (c.kind) {
    case 'team-add':
      return `+ add ${c.login} to team ${team} as ${c.role}`;
    case 'team-role':
      return c.role === 'maintainer'
        ? `~ make ${c.login} a maintainer of team ${team} (admin)`
        : `~ make ${c.login} a plain member of team ${team} (not an admin)`;
    case 'team-remove':
      return `- remove ${c.login} from team ${team} (${REASON[c.why]})`;
    case 'team-invitation-cancel':
      return `- cancel the pending invitation of ${c.login} to team ${team} (${REASON[c.why]})`;
    case 'role-assign':
      return `+ give team ${team} the org role ${c.roleName}`;
    case 'advisory-access': {
      const parts: string[] = [];
      if (c.addTeams.length) parts.push(`add team ${c.addTeams.join(', ')}`);
      if (c.addUsers.length) parts.push(`add ${list(c.addUsers)}`);
      if (c.removeUsers.length)
        parts.push(
          `remove ${c.removeUsers.map((u, i) => `${u} (${REASON[c.removeWhy[i] ?? 'emeritus']})`).join(', ')}`,
        );
      return `${c.removeUsers.length && !c.addUsers.length && !c.addTeams.length ? '-' : c.removeUsers.length ? '~' : '+'} ${c.ghsaId} (${c.repo}): ${parts.join('; ')}`;
    }
    case 'pvr-enable':
      return `+ enable private vulnerability reporting on ${c.repo}`;
    case 'list-subscribe':
      return `+ subscribe ${c.login} to ${c.list}`;
    case 'list-unsubscribe':
      return c.why === 'unknown'
        ? `- unsubscribe ${maskAddress(c.address, format)} from ${c.list} (an address the roster does not know)`
        : `- unsubscribe ${c.login ?? maskAddress(c.address, format)} from ${c.list} (${REASON[c.why]})`;
    case 'list-owner-add':
      return `+ make ${c.login} an owner of ${c.list} (admin)`;
    case 'list-owner-remove':
      return `- remove ${c.login ? c.login : maskAddress(c.address, format)} as owner of ${c.list} (${c.why === 'not-admin' ? 'not an admin' : c.why === 'unknown' ? 'an address the roster does not know' : REASON[c.why]})`;
    case 'roster-login':
      return `~ members.yaml: ${c.from} is now ${c.to} on GitHub (id ${c.id}); a PR follows the rename`;
    case 'grants-record':
      return c.phase === 'before'
        ? `~ record who the roster grants access to, before granting: ${c.people.length} entries${c.added.length ? ` (new: ${list(c.added)})` : ''} (ops repo, branch ${GRANTS_BRANCH})`
        : `~ forget ${list(c.dropped)} in the grant record, once their access is gone: ${c.people.length} entries left (ops repo, branch ${GRANTS_BRANCH})`;
  }
}
