// PEP 811's yearly activity audit, decided from data: the window since the previous report, what counts
// as activity on a vulnerability report, who is exempt (a role proven by a team), and so who is
// inactive. Pure: facts read from GitHub in, one row per member out. Advisories are referred to by
// GHSA id and link only: their titles and descriptions may be under embargo.
import type { Policy } from './policy.js';
import type { Member, Role } from './roster.js';
import { hasRole, loginKey } from './roster.js';
import { isoDay } from './roster-rules.js';
import type { Account, PersonRef } from './account.js';
import { isPerson } from './account.js';

const DAY_MS = 86_400_000;

/** Read-only: the window's bounds are parsed once per window object. */
export interface AuditWindow {
  /** ISO timestamps, inclusive. */
  readonly start: string;
  readonly end: string;
  /** The previous report's date (YYYY-MM-DD), when there was one. */
  readonly previousReport?: string;
  /** True when the previous report is older than the window allows (or there is none). */
  readonly capped: boolean;
}

/**
 * From the previous report's date to now, at most `windowDays` long. Day granularity at the start:
 * a report dated 2025-11-26 counts activity from 2025-11-26T00:00Z.
 */
/** GitHub's timestamp form (seconds, no milliseconds): what `since` parameters and reports show. */
function isoSeconds(t: number): string {
  return new Date(Math.floor(t / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

export function auditWindow(now: Date, windowDays: number, previousReport?: string): AuditWindow {
  // The cap starts at a midnight (the next one, so the window is never longer than windowDays):
  // every run of the same day reads with the same `since`, and conditional requests stay cached.
  const cap = Math.ceil((now.getTime() - windowDays * DAY_MS) / DAY_MS) * DAY_MS;
  const previous = previousReport ? Date.parse(`${previousReport}T00:00:00Z`) : Number.NaN;
  const capped = Number.isNaN(previous) || previous < cap;
  const start = isoSeconds(capped ? cap : previous);
  return { start, end: isoSeconds(now.getTime()), ...(previousReport ? { previousReport } : {}), capped };
}

export type ActivityKind =
  'coordinator' | 'advisory-comment' | 'fork-pull' | 'fork-review' | 'fork-review-comment' | 'report-comment';

/** Who did it: an account, or a login alone (the plain `credits` list of an advisory has no ids). */
export type Actor = PersonRef & { login: string };

export interface Activity {
  kind: ActivityKind;
  user: Actor;
  /** When it happened (for a coordinator: the last moment in the window the advisory was open). */
  at: string;
  url: string;
  /** What it was on, for people: a GHSA id, or owner/name#number. Never a title. */
  on: string;
}

export const ACTIVITY_LABEL: Record<ActivityKind, string> = {
  coordinator: 'coordinator of',
  'advisory-comment': 'commented on',
  'fork-pull': 'pull request in the private fork of',
  'fork-review': 'review in the private fork of',
  'fork-review-comment': 'review comment in the private fork of',
  'report-comment': 'commented on report',
};

/**
 * Milliseconds of an ISO timestamp. Times are compared as numbers, never as strings: GitHub writes
 * 2026-11-26T12:00:00Z, the clock 2026-11-26T12:00:00.000Z, and "Z" sorts after ".".
 */
function timeOf(at: string): number {
  return Date.parse(at);
}

/** The window's bounds as numbers, parsed once per window (the audit asks for every advisory). */
const boundsOf = new WeakMap<AuditWindow, { start: number; end: number }>();
function bounds(w: AuditWindow): { start: number; end: number } {
  let b = boundsOf.get(w);
  if (!b) {
    b = { start: timeOf(w.start), end: timeOf(w.end) };
    boundsOf.set(w, b);
  }
  return b;
}

/** Is `at` inside the window, bounds included? */
export function inWindow(at: string | null | undefined, w: AuditWindow): boolean {
  if (!at) return false;
  const t = timeOf(at);
  const b = bounds(w);
  return t >= b.start && t <= b.end;
}

/** The advisory fields the audit reads (a structural subset of GitHub's repository-advisory). */
export interface AdvisoryFacts {
  ghsa_id: string;
  html_url: string;
  state: string;
  created_at: string | null;
  updated_at?: string | null;
  published_at?: string | null;
  closed_at?: string | null;
  withdrawn_at?: string | null;
  credits?: readonly { login?: string; type?: string }[] | null;
  credits_detailed?: readonly { user: { login: string; id: number | bigint }; type: string; state?: string }[] | null;
  private_fork?: { full_name: string } | null;
}

/** When the advisory stopped being open (published, closed or withdrawn), or undefined while it is open. */
export function finishedAt(a: AdvisoryFacts): string | undefined {
  if (a.state === 'triage' || a.state === 'draft') return undefined;
  const times = [a.published_at, a.closed_at, a.withdrawn_at].filter(
    (t): t is string => typeof t === 'string' && t !== '',
  );
  return times.sort((x, y) => timeOf(x) - timeOf(y))[0] ?? a.updated_at ?? undefined;
}

/** Was the advisory open at some time in the window? */
export function openDuring(a: AdvisoryFacts, w: AuditWindow): boolean {
  const b = bounds(w);
  if (!a.created_at || timeOf(a.created_at) > b.end) return false;
  const done = finishedAt(a);
  return done === undefined || timeOf(done) >= b.start;
}

/**
 * The coordinators of an advisory open during the window: `credits_detailed` (with ids) and `credits`
 * (logins only) together, one activity per person. A credit the person declined does not count.
 */
export function coordinatorActivity(a: AdvisoryFacts, w: AuditWindow): Activity[] {
  if (!openDuring(a, w)) return [];
  const done = finishedAt(a);
  const at = done !== undefined && timeOf(done) < bounds(w).end ? done : w.end;
  const people: Actor[] = [];
  const declined: string[] = [];
  for (const c of a.credits_detailed ?? []) {
    if (c.type !== 'coordinator') continue;
    if (c.state === 'declined') declined.push(loginKey(c.user.login));
    else people.push({ login: c.user.login, id: Number(c.user.id) });
  }
  for (const c of a.credits ?? []) {
    if (c.type !== 'coordinator' || !c.login) continue;
    const key = loginKey(c.login);
    if (declined.includes(key) || people.some((p) => loginKey(p.login) === key)) continue;
    people.push({ login: c.login });
  }
  return people.map((user) => ({ kind: 'coordinator', user, at, url: a.html_url, on: a.ghsa_id }));
}

/** Anything dated with an author: comments, pulls, reviews. Kept if it falls in the window. */
export function datedActivity(
  kind: ActivityKind,
  user: Actor | null | undefined,
  at: string | null | undefined,
  url: string,
  on: string,
  w: AuditWindow,
): Activity[] {
  return user && inWindow(at, w) ? [{ kind, user, at: at!, url, on }] : [];
}

// ---------------------------------------------------------------------------------------------
// Exemptions and the verdict per member

export type AuditStatus = 'active' | 'exempt' | 'new' | 'inactive';

export interface MemberAudit {
  member: Member;
  status: AuditStatus;
  /** The latest activity in the window. */
  last?: Activity;
  /** The verified role that exempts the member. */
  exemption?: { role: Role; team: string };
  /** Roles claimed in members.yaml that the proving team does not confirm. */
  unverified: Role[];
}

export interface AuditInput {
  members: readonly Member[];
  window: AuditWindow;
  activities: readonly Activity[];
  org: string;
  /** Role → team slug (policy membership.inactivity.exempt_roles). */
  exemptRoles: Partial<Record<Role, string | null>>;
  /** Team slug → its members, or undefined when the team could not be read. */
  teams: ReadonlyMap<string, readonly Account[] | undefined>;
}

export interface AuditReport {
  window: AuditWindow;
  rows: MemberAudit[];
  warnings: string[];
  counts: Record<AuditStatus, number>;
}

/** Newer first; equal times by link, so reads in any order give the same evidence. */
function later(a: Activity, b: Activity): boolean {
  const ta = timeOf(a.at);
  const tb = timeOf(b.at);
  return ta > tb || (ta === tb && a.url < b.url);
}

/** Latest activity per person, indexed by id and by login: one pass over everything read. */
class ActivityIndex {
  private byId = new Map<number, Activity>();
  private byLoginWithoutId = new Map<string, Activity>();
  private byLogin = new Map<string, Activity>();

  constructor(activities: readonly Activity[]) {
    const keep = (map: Map<string | number, Activity>, key: string | number, a: Activity) => {
      const prev = map.get(key);
      if (!prev || later(a, prev)) map.set(key, a);
    };
    for (const a of activities) {
      const login = loginKey(a.user.login);
      keep(this.byLogin as Map<string | number, Activity>, login, a);
      if (a.user.id !== undefined) keep(this.byId as Map<string | number, Activity>, a.user.id, a);
      else keep(this.byLoginWithoutId as Map<string | number, Activity>, login, a);
    }
  }

  /** As isPerson: a pinned id matches ids (and id-less records by login); otherwise the login. */
  latest(member: Member): Activity | undefined {
    if (member.id === undefined) return this.byLogin.get(loginKey(member.login));
    const a = this.byId.get(member.id);
    const b = this.byLoginWithoutId.get(loginKey(member.login));
    return !a ? b : !b ? a : later(b, a) ? b : a;
  }
}

const ROLE_ORDER: Role[] = ['steering-council', 'release-manager', 'admin'];

export function auditMembers(input: AuditInput): AuditReport {
  const index = new ActivityIndex(input.activities);
  const warnings: string[] = [];
  const { window: w } = input;
  const startDay = w.start.slice(0, 10);

  for (const [role, team] of Object.entries(input.exemptRoles) as [Role, string | null][]) {
    if (!team)
      warnings.push(
        `exempt role ${role} names no team to prove it (policy membership.inactivity.exempt_roles): nobody is exempt by it.`,
      );
    else if (input.teams.get(team) === undefined && input.members.some((m) => hasRole(m, role))) {
      warnings.push(
        `the team ${input.org}/${team} (proves ${role}) could not be read: nobody is exempt by ${role} in this report.`,
      );
    }
  }

  const rows = input.members.map((member): MemberAudit => {
    const last = index.latest(member);
    let exemption: MemberAudit['exemption'];
    const unverified: Role[] = [];
    for (const role of ROLE_ORDER) {
      if (!hasRole(member, role) || !(role in input.exemptRoles)) continue;
      const team = input.exemptRoles[role];
      const people = team ? input.teams.get(team) : undefined;
      if (team && people?.some((p) => isPerson(member, p))) exemption ??= { role, team };
      else {
        unverified.push(role);
        if (team && people)
          warnings.push(
            `\`${member.login}\` is listed as ${role} but is not in the team ${input.org}/${team}: no exemption. Fix members.yaml or the team.`,
          );
      }
    }
    for (const [role, team] of Object.entries(input.exemptRoles) as [Role, string | null][]) {
      if (!team || hasRole(member, role)) continue;
      if (input.teams.get(team)?.some((p) => isPerson(member, p))) {
        warnings.push(
          `\`${member.login}\` is in the team ${input.org}/${team} but members.yaml does not list the ${role} role: not exempt until it does.`,
        );
      }
    }
    const isNew = member.joined !== undefined && member.joined > startDay;
    const status: AuditStatus = last ? 'active' : exemption ? 'exempt' : isNew ? 'new' : 'inactive';
    return { member, status, ...(last ? { last } : {}), ...(exemption ? { exemption } : {}), unverified };
  });
  const counts: Record<AuditStatus, number> = { active: 0, exempt: 0, new: 0, inactive: 0 };
  for (const r of rows) counts[r.status]++;
  return { window: w, rows, warnings, counts };
}

export function inactiveMembers(report: AuditReport): Member[] {
  return report.rows.filter((r) => r.status === 'inactive').map((r) => r.member);
}

// ---------------------------------------------------------------------------------------------
// Settings from the policy, and the plan

export interface AuditLabels {
  /** The SC report issue in the ops repo. */
  report: string;
  /** The pruning PR. */
  prune: string;
  /** Vulnerability reports tracked as issues in the ops repo: comments on them are activity. */
  reportIssues: string;
}

export function auditLabels(policy: Policy): AuditLabels {
  const i = policy.membership.inactivity;
  return {
    report: i.report_label ?? 'activity-report',
    prune: i.prune_label ?? 'pruning',
    reportIssues: policy.reports.issue_label ?? 'report',
  };
}

/** The branch of the pruning PR: one, reused by every run until it is merged or closed. */
export const PRUNE_BRANCH = 'psrt/prune-inactive';

/** Hidden in the report issue's body: the report's date, read back by the next audit as its window start. */
export function reportMarker(date: string, since: string): string {
  return `<!-- psrt-ops:activity-report date=${date} since=${since} -->`;
}

export function parseReportMarker(body: string | null | undefined): { date: string; since: string } | undefined {
  const m = /<!-- psrt-ops:activity-report date=(\d{4}-\d{2}-\d{2}) since=(\d{4}-\d{2}-\d{2}) -->/.exec(body ?? '');
  return m ? { date: m[1]!, since: m[2]! } : undefined;
}

/** Put in place of the marker when a second copy of the open report is closed: never read as a report. */
export function duplicateReportMarker(of: number): string {
  return `<!-- psrt-ops:activity-report-duplicate of=${of} -->`;
}

/** A report issue as read from the ops repo (by the report label). */
export interface ReportIssueFacts {
  number: number;
  state: 'open' | 'closed';
  body: string;
  createdAt: string;
}

export interface ChosenReports<T extends ReportIssueFacts> {
  /** The open report the audit keeps current: the oldest open issue carrying the marker. */
  current?: T;
  /** Later open copies of it (two runs at once): folded into the current one. */
  duplicates: T[];
  /** The newest closed report: its date starts the window. */
  previous?: T & { date: string };
}

/**
 * Which report issue is which. Only issues the audit wrote (they carry the marker) are kept current
 * or folded, never a person's own issue under the label. A closed report is the previous one by its
 * marker's date (its creation day when it has none, as reports written by hand once were); a copy the
 * audit closed as a duplicate is never a report.
 */
export function chooseReportIssues<T extends ReportIssueFacts>(issues: readonly T[]): ChosenReports<T> {
  const open = issues
    .filter((i) => i.state === 'open' && parseReportMarker(i.body) !== undefined)
    .sort((a, b) => a.number - b.number);
  const closed = issues
    .filter((i) => i.state === 'closed' && !i.body.includes('<!-- psrt-ops:activity-report-duplicate '))
    .map((i) => ({ ...i, date: parseReportMarker(i.body)?.date ?? i.createdAt.slice(0, 10) }))
    .sort((a, b) => b.date.localeCompare(a.date) || b.number - a.number);
  const [current, ...duplicates] = open;
  return { ...(current ? { current } : {}), duplicates, ...(closed[0] ? { previous: closed[0] } : {}) };
}

/** The day (YYYY-MM-DD) of a timestamp, for people. */
export function dayOf(at: string): string {
  return at.slice(0, 10);
}

export function reportDate(now: Date): string {
  return isoDay(now);
}
