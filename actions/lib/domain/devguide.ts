// The devguide's public lists (psrt.csv, psrt-emeritus.csv), generated from the roster: name,
// GitHub username, notes; the roster's order; fields quoted only when they must be; UTF-8, LF.
import type { Role, Roster } from './roster.js';

const NOTE: Record<Role, string> = {
  admin: 'Admin',
  'release-manager': 'Release Manager',
  'steering-council': 'Steering Council',
};
const NOTE_ORDER: Role[] = ['admin', 'release-manager', 'steering-council'];

function field(value: string): string {
  return /[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

function notes(roles: readonly Role[] | undefined): string {
  return NOTE_ORDER.filter((r) => roles?.includes(r))
    .map((r) => NOTE[r])
    .join(', ');
}

function rows(people: readonly { name: string; login?: string; roles?: Role[] }[]): string {
  return people.map((p) => [p.name, p.login ?? '', notes(p.roles)].map(field).join(',') + '\n').join('');
}

export function renderDevguideCsv(roster: Roster): { 'psrt.csv': string; 'psrt-emeritus.csv': string } {
  return { 'psrt.csv': rows(roster.members), 'psrt-emeritus.csv': rows(roster.emeritus ?? []) };
}
