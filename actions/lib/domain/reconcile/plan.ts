// The reconcile plan: typed changes (a discriminated union), notes, and one line per change.
import type { Format, Note as PlanNote, Plan } from '../plan.js';
import type { TeamRole } from './observed.js';

export type { Format } from '../plan.js';

export type System = 'team' | 'org-role' | 'ghsa' | 'list' | 'projects' | 'roster';

export type Change =
  | { kind: 'team-add'; system: 'team'; login: string; role: TeamRole; why: 'roster' | 'reinvite' }
  | { kind: 'team-role'; system: 'team'; login: string; role: TeamRole }
  | { kind: 'team-remove'; system: 'team'; login: string; why: 'emeritus' | 'not-in-roster' }
  | { kind: 'role-assign'; system: 'org-role'; roleId: number; roleName: string; team: string }
  | {
      kind: 'advisory-access';
      system: 'ghsa';
      repo: string;
      ghsaId: string;
      addTeams: string[];
      addUsers: string[];
      removeUsers: string[];
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
      why: 'emeritus' | 'unknown';
    }
  | { kind: 'list-owner-add'; system: 'list'; list: string; address: string; name: string; login: string }
  | {
      kind: 'list-owner-remove';
      system: 'list';
      list: string;
      address: string;
      login?: string;
      why: 'emeritus' | 'not-admin' | 'unknown';
    }
  | { kind: 'roster-login'; system: 'roster'; index: number; id: number; from: string; to: string };

export type ChangeKind = Change['kind'];

export interface Note extends PlanNote {
  system: System;
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
  /** Active members, the denominator of the removal share. */
  activeMembers: number;
}

/** Changes that take access away from someone: what the removal-share guard counts. */
export function removedPeople(change: Change): string[] {
  switch (change.kind) {
    case 'team-remove':
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

/** Applied last: anything that narrows access, including demotions. */
export function isRemoval(change: Change): boolean {
  return (
    removedPeople(change).length > 0 ||
    (change.kind === 'team-role' && change.role === 'member') ||
    change.kind === 'list-owner-remove'
  );
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

/** One line per change. Lines are shown in a ```diff block in markdown, so they carry no markdown. */
export function describeChange(c: Change, ctx: { org: string; team: string }, format: Format): string {
  const team = `${ctx.org}/${ctx.team}`;
  switch (c.kind) {
    case 'team-add':
      return `+ add ${c.login} to team ${team} as ${c.role}${c.why === 'reinvite' ? ' (re-sending a failed invitation)' : ''}`;
    case 'team-role':
      return c.role === 'maintainer'
        ? `~ make ${c.login} a maintainer of team ${team} (admin)`
        : `~ make ${c.login} a plain member of team ${team} (not an admin)`;
    case 'team-remove':
      return `- remove ${c.login} from team ${team} (${c.why === 'emeritus' ? 'moved to emeritus' : 'not in members.yaml: added by hand on GitHub'})`;
    case 'role-assign':
      return `+ give team ${team} the org role ${c.roleName}`;
    case 'advisory-access': {
      const parts: string[] = [];
      if (c.addTeams.length) parts.push(`add team ${c.addTeams.join(', ')}`);
      if (c.addUsers.length) parts.push(`add ${list(c.addUsers)}`);
      if (c.removeUsers.length) parts.push(`remove ${list(c.removeUsers)} (emeritus)`);
      return `${c.removeUsers.length && !c.addUsers.length && !c.addTeams.length ? '-' : c.removeUsers.length ? '~' : '+'} ${c.ghsaId} (${c.repo}): ${parts.join('; ')}`;
    }
    case 'pvr-enable':
      return `+ enable private vulnerability reporting on ${c.repo}`;
    case 'list-subscribe':
      return `+ subscribe ${c.login} to ${c.list}`;
    case 'list-unsubscribe':
      return c.why === 'emeritus'
        ? `- unsubscribe ${c.login ?? maskAddress(c.address, format)} from ${c.list} (moved to emeritus)`
        : `- unsubscribe ${maskAddress(c.address, format)} from ${c.list} (an address the roster does not know)`;
    case 'list-owner-add':
      return `+ make ${c.login} an owner of ${c.list} (admin)`;
    case 'list-owner-remove':
      return `- remove ${c.login ? c.login : maskAddress(c.address, format)} as owner of ${c.list} (${c.why === 'emeritus' ? 'moved to emeritus' : c.why === 'not-admin' ? 'not an admin' : 'an address the roster does not know'})`;
    case 'roster-login':
      return `~ members.yaml: ${c.from} is now ${c.to} on GitHub (id ${c.id}); a PR follows the rename`;
  }
}
