/** Where the roster lives in the ops repository (the tools' PRs edit it there). */
export const ROSTER_PATH = 'members.yaml';
// The roster (members.yaml) as typed data. Field names mirror the file, so a path in the data is a
// path in the file and every finding can point at a line.

export const ROLES = ['admin', 'release-manager', 'steering-council'] as const;
export type Role = (typeof ROLES)[number];

export interface Member {
  name: string;
  login: string;
  id?: number;
  email?: string;
  roles?: Role[];
  joined?: string;
  vote?: string;
  /** YYYY-MM-DD: away through this day (UTC); the report desk assigns them no report until it has passed. */
  away_until?: string;
}

export interface EmeritusMember {
  name: string;
  login?: string;
  id?: number;
  email?: string;
  roles?: Role[];
  joined?: string;
  left?: string;
  reason?: string;
}

export interface Roster {
  members: Member[];
  emeritus?: EmeritusMember[];
}

/** GitHub logins are case-insensitive; compare them through this. */
export function loginKey(login: string): string {
  return login.toLowerCase();
}

export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

export function hasRole(person: { roles?: readonly Role[] }, role: Role): boolean {
  return person.roles?.includes(role) ?? false;
}

export function admins(roster: Roster): Member[] {
  return roster.members.filter((m) => hasRole(m, 'admin'));
}

/** Away on `today` (YYYY-MM-DD, UTC): `away_until` is today or later. */
export function isAway(member: Member, today: string): boolean {
  return member.away_until !== undefined && member.away_until >= today;
}
