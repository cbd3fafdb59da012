// The yearly credits: per person, the reports they coordinated, fixed (remediation developer) or reviewed
// (remediation reviewer), from the advisories' GHSA credits and the PSF's CVE records. Rendered as a
// Markdown thank-you list and as CSV (RFC 4180). Pure: the caller reads the advisories and records.
//
// A report counts in the year it became public: the CVE record's datePublished when a published record
// names it (by CVE id, or the GHSA id in source.advisory); else the advisory's published_at; else, for an
// advisory closed without publishing (the PSRT's usual end, [COMPLETED]), its closed_at. An advisory still
// in triage or draft without a published record has no date yet and waits for the year it ends in.
// Declined GHSA credits are left out; pending ones count (the CVE record credits them too).
//
// Names: the roster (login → name, members and emeritus), else the name in the CVE record's credit
// ("Name (https://github.com/login)"), else the GitHub profile's name, else the login. Reports are named
// by their ids only, never by their titles.
import type { components } from '@octokit/openapi-types';
import type { CveRecord } from './cve/types.js';
import { ghsaOfRecord, isPublished, normalizeTimestamp } from './osv.js';
import type { Roster } from './roster.js';
import { loginKey } from './roster.js';

export type CreditRole = 'coordinator' | 'remediation developer' | 'remediation reviewer';
export const CREDIT_ROLES: readonly CreditRole[] = ['coordinator', 'remediation developer', 'remediation reviewer'];

type GitHubAdvisory = components['schemas']['repository-advisory'];

/**
 * What the credits read of an advisory, with the repository it belongs to: the fields GitHub returns,
 * each credit's user by login with the profile's name when known (an advisory list names no one).
 */
export type AdvisoryForCredits = Pick<GitHubAdvisory, 'ghsa_id' | 'cve_id' | 'state' | 'published_at' | 'closed_at'> & {
  repo: string;
  credits_detailed: { user: { login: string; name?: string | null }; type: string; state?: string }[] | null;
};

export interface CreditsInput {
  year: number;
  advisories: readonly AdvisoryForCredits[];
  records: readonly CveRecord[];
  roster: Roster;
}

export interface CreditedReport {
  ghsa?: string;
  cve?: string;
  repo?: string;
  /** YYYY-MM-DD (UTC): the day the report counts from. */
  date: string;
  roles: CreditRole[];
}

export interface CreditedPerson {
  name: string;
  login?: string;
  reports: CreditedReport[];
}

export interface CreditsReport {
  year: number;
  people: CreditedPerson[];
  /** Distinct reports credited in the year. */
  reports: number;
}

const GHSA_ROLE: Partial<Record<string, CreditRole>> = {
  coordinator: 'coordinator',
  remediation_developer: 'remediation developer',
  remediation_reviewer: 'remediation reviewer',
};

interface ReportEntry {
  key: string;
  ghsa?: string;
  cve?: string;
  repo?: string;
  date?: string;
}

interface PersonEntry {
  login?: string;
  names: { roster?: string; record?: string; github?: string };
  roles: Map<string, Set<CreditRole>>;
}

function githubLogin(url: string): string | undefined {
  const m = /^https:\/\/github\.com\/([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/?$/.exec(url);
  return m?.[1];
}

/** "Name (https://github.com/login)" → name and login; any other value is a name alone. */
export function parseCreditValue(value: string): { name: string; login?: string } {
  const m = /^(.*\S)\s+\((https?:\/\/[^\s()]+)\)$/.exec(value.trim());
  if (!m) return { name: value.trim() };
  const login = githubLogin(m[2]!);
  return login ? { name: m[1]!, login } : { name: m[1]! };
}

function rosterNames(roster: Roster): { byLogin: Map<string, string>; byName: Map<string, string> } {
  const byLogin = new Map<string, string>();
  const byName = new Map<string, string>();
  for (const person of [...roster.members, ...(roster.emeritus ?? [])]) {
    if (!person.login) continue;
    if (!byLogin.has(loginKey(person.login))) byLogin.set(loginKey(person.login), person.name);
    byName.set(person.name.trim().toLowerCase(), person.login);
  }
  return { byLogin, byName };
}

function dayOf(time: string | null | undefined): string | undefined {
  return time ? normalizeTimestamp(time)?.slice(0, 10) : undefined;
}

/** Who was credited for what in one year, each person once, people and reports in a stable order. */
export function creditsForYear(input: CreditsInput): CreditsReport {
  const names = rosterNames(input.roster);
  const reports = new Map<string, ReportEntry>();
  const byGhsa = new Map<string, ReportEntry>();
  const byCve = new Map<string, ReportEntry>();
  const people = new Map<string, PersonEntry>();

  const reportFor = (ghsa: string | undefined, cve: string | undefined): ReportEntry => {
    const found = (ghsa && byGhsa.get(ghsa)) || (cve && byCve.get(cve)) || undefined;
    const entry = found ?? { key: ghsa ?? cve! };
    if (ghsa && !entry.ghsa) entry.ghsa = ghsa;
    if (cve && !entry.cve) entry.cve = cve;
    if (entry.ghsa) byGhsa.set(entry.ghsa, entry);
    if (entry.cve) byCve.set(entry.cve, entry);
    reports.set(entry.key, entry);
    return entry;
  };

  const credit = (
    who: { login?: string; name?: string; source: 'record' | 'github' },
    report: ReportEntry,
    role: CreditRole,
  ) => {
    const login = who.login ?? (who.name ? names.byName.get(who.name.trim().toLowerCase()) : undefined);
    const key = login ? `login:${loginKey(login)}` : `name:${(who.name ?? '').trim().toLowerCase()}`;
    const person: PersonEntry = people.get(key) ?? { ...(login ? { login } : {}), names: {}, roles: new Map() };
    if (login) person.names.roster ??= names.byLogin.get(loginKey(login));
    if (who.name) person.names[who.source] ??= who.name;
    const roles = person.roles.get(report.key) ?? new Set<CreditRole>();
    roles.add(role);
    person.roles.set(report.key, roles);
    people.set(key, person);
  };

  // Published records first: their date wins, and they link CVE ids to GHSA ids.
  for (const record of input.records) {
    if (!isPublished(record)) continue;
    const report = reportFor(ghsaOfRecord(record), record.cveMetadata.cveId);
    report.date = dayOf(record.cveMetadata.datePublished) ?? report.date;
    for (const c of record.containers.cna.credits ?? []) {
      if (!c.type || !CREDIT_ROLES.includes(c.type as CreditRole) || !/^en\b/i.test(c.lang)) continue;
      const parsed = parseCreditValue(c.value);
      credit({ ...parsed, source: 'record' }, report, c.type as CreditRole);
    }
  }

  for (const advisory of input.advisories) {
    const report = reportFor(advisory.ghsa_id, advisory.cve_id ?? undefined);
    report.repo ??= advisory.repo;
    if (!report.date) {
      if (advisory.published_at) report.date = dayOf(advisory.published_at);
      else if (advisory.state === 'closed') report.date = dayOf(advisory.closed_at);
    }
    if (advisory.state === 'withdrawn') report.date = undefined;
    for (const c of advisory.credits_detailed ?? []) {
      const role = GHSA_ROLE[c.type];
      if (!role || c.state === 'declined') continue;
      credit({ login: c.user.login, ...(c.user.name ? { name: c.user.name } : {}), source: 'github' }, report, role);
    }
  }

  const inYear = (r: ReportEntry) => r.date !== undefined && Number(r.date.slice(0, 4)) === input.year;
  const counted = new Set<string>();
  const out: CreditedPerson[] = [];
  for (const person of people.values()) {
    const credited: CreditedReport[] = [];
    for (const [key, roles] of person.roles) {
      const report = reports.get(key)!;
      if (!inYear(report)) continue;
      counted.add(key);
      credited.push({
        ...(report.ghsa ? { ghsa: report.ghsa } : {}),
        ...(report.cve ? { cve: report.cve } : {}),
        ...(report.repo ? { repo: report.repo } : {}),
        date: report.date!,
        roles: CREDIT_ROLES.filter((r) => roles.has(r)),
      });
    }
    if (credited.length === 0) continue;
    credited.sort((a, b) => a.date.localeCompare(b.date) || reportLabel(a).localeCompare(reportLabel(b)));
    const name = person.names.roster ?? person.names.record ?? person.names.github ?? person.login ?? '';
    out.push({ name, ...(person.login ? { login: person.login } : {}), reports: credited });
  }
  out.sort(
    (a, b) =>
      a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) ||
      a.name.localeCompare(b.name, 'en') ||
      (a.login ?? '').localeCompare(b.login ?? ''),
  );
  return { year: input.year, people: out, reports: counted.size };
}

/** A report by its ids: "CVE-2026-1234 (GHSA-…)", or whichever id it has. */
export function reportLabel(report: Pick<CreditedReport, 'ghsa' | 'cve'>): string {
  if (report.cve && report.ghsa) return `${report.cve} (${report.ghsa})`;
  return report.cve ?? report.ghsa ?? '';
}

const ROLE_VERB: Record<CreditRole, string> = {
  coordinator: 'coordinated',
  'remediation developer': 'fixed',
  'remediation reviewer': 'reviewed the fix of',
};

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~#]/g, (c) => `\\${c}`);
}

/** The thank-you list: one line per person, their reports grouped by role. */
export function renderCreditsMarkdown(report: CreditsReport): string {
  const lines = [`# PSRT credits for ${report.year}`, ''];
  if (report.people.length === 0) {
    lines.push(
      `Nobody was credited as coordinator, remediation developer or reviewer on a report that ended in ${report.year}.`,
    );
    return `${lines.join('\n')}\n`;
  }
  lines.push(
    `Thank you to the ${report.people.length} ${report.people.length === 1 ? 'person' : 'people'} who coordinated, fixed or reviewed the fixes of ${report.reports} vulnerability ${report.reports === 1 ? 'report' : 'reports'} in ${report.year}:`,
    '',
  );
  for (const person of report.people) {
    const parts = CREDIT_ROLES.map((role) => {
      const labels = person.reports.filter((r) => r.roles.includes(role)).map(reportLabel);
      return labels.length > 0 ? `${ROLE_VERB[role]} ${labels.join(', ')}` : '';
    }).filter((p) => p !== '');
    const who = `**${escapeMarkdown(person.name)}**${person.login && person.login !== person.name ? ` (\`${person.login}\`)` : ''}`;
    lines.push(`- ${who}: ${parts.join('; ')}`);
  }
  return `${lines.join('\n')}\n`;
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export const CREDITS_CSV_HEADER = ['name', 'login', 'role', 'ghsa', 'cve', 'repo', 'date'] as const;

/** One row per person, report and role (RFC 4180: CRLF line ends, fields quoted where needed). */
export function renderCreditsCsv(report: CreditsReport): string {
  const rows: string[][] = [[...CREDITS_CSV_HEADER]];
  for (const person of report.people) {
    for (const r of person.reports) {
      for (const role of r.roles) {
        rows.push([person.name, person.login ?? '', role, r.ghsa ?? '', r.cve ?? '', r.repo ?? '', r.date]);
      }
    }
  }
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
