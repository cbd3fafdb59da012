// PEP 811's rules for the roster and the policy, beyond what the JSON Schemas can say. Pure: data
// in, findings (with data paths) out.
import type { Finding } from './findings.js';
import { someOf } from './plan.js';
import type { Policy } from './policy.js';
import type { EmeritusMember, Member, Roster } from './roster.js';
import { admins, emailKey, loginKey } from './roster.js';

/** PEP 811 was accepted on this day; members who join after it are admitted by a recorded vote. */
export const PEP_811_ACCEPTED = '2025-12-04';

/** A real calendar date in YYYY-MM-DD (the schema checks the shape; this checks the calendar). */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function duplicates<T>(
  items: readonly T[],
  key: (item: T) => string | undefined,
): { first: number; again: number; value: string }[] {
  const seen = new Map<string, number>();
  const out: { first: number; again: number; value: string }[] = [];
  items.forEach((item, i) => {
    const k = key(item);
    if (k === undefined) return;
    const first = seen.get(k);
    if (first === undefined) seen.set(k, i);
    else out.push({ first, again: i, value: k });
  });
  return out;
}

function checkDates(
  list: 'members' | 'emeritus',
  people: readonly (Member | EmeritusMember)[],
  today: string,
): Finding[] {
  const out: Finding[] = [];
  people.forEach((p, i) => {
    for (const field of ['joined', 'left'] as const) {
      const value = (p as EmeritusMember)[field];
      if (value === undefined) continue;
      if (!isCalendarDate(value)) {
        out.push({
          rule: 'date-invalid',
          severity: 'error',
          file: 'members',
          path: [list, i, field],
          message: `${field} "${value}" of ${p.name} is not a calendar date.`,
        });
      } else if (value > today) {
        out.push({
          rule: 'date-future',
          severity: 'error',
          file: 'members',
          path: [list, i, field],
          message: `${field} ${value} of ${p.name} is in the future (today is ${today}).`,
        });
      }
    }
    const e = p as EmeritusMember;
    if (e.joined && e.left && isCalendarDate(e.joined) && isCalendarDate(e.left) && e.left < e.joined) {
      out.push({
        rule: 'date-order',
        severity: 'error',
        file: 'members',
        path: [list, i, 'left'],
        message: `${p.name} left (${e.left}) before joining (${e.joined}).`,
      });
    }
  });
  return out;
}

/** `away_until` is a future date by nature: it must be on the calendar; once passed it is only clutter. */
function checkAwayUntil(members: readonly Member[], today: string): Finding[] {
  const out: Finding[] = [];
  members.forEach((m, i) => {
    if (m.away_until === undefined) return;
    if (!isCalendarDate(m.away_until)) {
      out.push({
        rule: 'date-invalid',
        severity: 'error',
        file: 'members',
        path: ['members', i, 'away_until'],
        message: `away_until "${m.away_until}" of ${m.name} is not a calendar date.`,
      });
    } else if (m.away_until < today) {
      out.push({
        rule: 'away-ended',
        severity: 'warning',
        file: 'members',
        path: ['members', i, 'away_until'],
        message: `${m.name} was away until ${m.away_until}, which has passed: remove away_until.`,
      });
    }
  });
  return out;
}

export function checkRoster(roster: Roster, policy: Policy | undefined, now: Date): Finding[] {
  const findings: Finding[] = [];
  const members = roster.members;
  const emeritus = roster.emeritus ?? [];
  const today = isoDay(now);

  if (policy) {
    const count = admins(roster).length;
    const min = policy.membership.min_admins;
    if (count < min) {
      findings.push({
        rule: 'min-admins',
        severity: 'error',
        file: 'members',
        path: ['members'],
        at: 'key',
        message: `the roster has ${count} admin${count === 1 ? '' : 's'}; policy requires at least ${min} (membership.min_admins). Give the admin role to another member.`,
      });
    }
  }

  for (const d of duplicates(members, (m) => loginKey(m.login))) {
    findings.push({
      rule: 'unique-login',
      severity: 'error',
      file: 'members',
      path: ['members', d.again, 'login'],
      message: `login "${members[d.again]!.login}" is already used by ${members[d.first]!.name} ("${members[d.first]!.login}"); logins are compared case-insensitively.`,
      related: [{ file: 'members', path: ['members', d.first, 'login'], label: 'first entry' }],
    });
  }
  for (const d of duplicates(members, (m) => (m.id === undefined ? undefined : String(m.id)))) {
    findings.push({
      rule: 'unique-id',
      severity: 'error',
      file: 'members',
      path: ['members', d.again, 'id'],
      message: `GitHub id ${d.value} is already the id of ${members[d.first]!.name}; one account, one entry.`,
      related: [{ file: 'members', path: ['members', d.first, 'id'], label: 'first entry' }],
    });
  }
  for (const d of duplicates(members, (m) => (m.email === undefined ? undefined : emailKey(m.email)))) {
    findings.push({
      rule: 'unique-email',
      severity: 'error',
      file: 'members',
      path: ['members', d.again, 'email'],
      message: `email ${members[d.again]!.email} is already the address of ${members[d.first]!.name}.`,
      related: [{ file: 'members', path: ['members', d.first, 'email'], label: 'first entry' }],
    });
  }
  for (const d of duplicates(emeritus, (m) => (m.login === undefined ? undefined : loginKey(m.login)))) {
    findings.push({
      rule: 'unique-login',
      severity: 'error',
      file: 'members',
      path: ['emeritus', d.again, 'login'],
      message: `emeritus login "${emeritus[d.again]!.login}" appears twice.`,
      related: [{ file: 'members', path: ['emeritus', d.first, 'login'], label: 'first entry' }],
    });
  }

  const activeByLogin = new Map(members.map((m, i) => [loginKey(m.login), i]));
  const activeById = new Map(members.flatMap((m, i) => (m.id === undefined ? [] : [[m.id, i] as const])));
  emeritus.forEach((e, i) => {
    const byLogin = e.login === undefined ? undefined : activeByLogin.get(loginKey(e.login));
    const byId = e.id === undefined ? undefined : activeById.get(e.id);
    const index = byLogin ?? byId;
    if (index === undefined) return;
    findings.push({
      rule: 'active-and-emeritus',
      severity: 'error',
      file: 'members',
      path: ['emeritus', i, byLogin !== undefined ? 'login' : 'id'],
      message: `${e.name} is both an active member (${members[index]!.name}, "${members[index]!.login}") and emeritus: remove one of the two entries.`,
      related: [{ file: 'members', path: ['members', index], label: 'active entry' }],
    });
  });

  findings.push(...checkDates('members', members, today), ...checkDates('emeritus', emeritus, today));
  findings.push(...checkAwayUntil(members, today));

  members.forEach((m, i) => {
    if (m.joined && isCalendarDate(m.joined) && m.joined > PEP_811_ACCEPTED && m.joined <= today && !m.vote) {
      findings.push({
        rule: 'vote-link-required',
        severity: 'error',
        file: 'members',
        path: ['members', i, 'joined'],
        message: `${m.name} joined on ${m.joined}, after PEP 811 was accepted (${PEP_811_ACCEPTED}): add "vote:" with the link to the approving nomination vote.`,
      });
    }
  });

  const noEmail = members.filter((m) => m.email === undefined);
  if (noEmail.length > 0) {
    findings.push({
      rule: 'missing-email',
      severity: 'warning',
      file: 'members',
      path: ['members'],
      at: 'key',
      message: `${noEmail.length} member(s) have no email and cannot be subscribed to the mailing list: ${someOf(noEmail.map((m) => m.login))}.`,
    });
  }
  const noId = members.filter((m) => m.id === undefined);
  if (noId.length > 0) {
    findings.push({
      rule: 'missing-id',
      severity: 'warning',
      file: 'members',
      path: ['members'],
      at: 'key',
      message: `${noId.length} member(s) have no pinned GitHub id, so a rename cannot be followed: run \`npx psrt pin-ids\`. (${someOf(noId.map((m) => m.login))})`,
    });
  }
  return findings;
}

export function checkPolicy(policy: Policy): Finding[] {
  const findings: Finding[] = [];
  const exempt = policy.membership.inactivity.exempt_roles;
  for (const [role, team] of Object.entries(exempt)) {
    if (typeof team !== 'string' || team.trim() === '') {
      findings.push({
        rule: 'exempt-role-team',
        severity: 'error',
        file: 'policy',
        path: ['membership', 'inactivity', 'exempt_roles', role],
        at: 'key',
        message: `exempt role "${role}" names no GitHub team to verify it: a claimed role without a proving team would exempt anyone who writes it down.`,
      });
    }
  }
  if (policy.reports.reminder_from_day >= policy.reports.deadline_days) {
    findings.push({
      rule: 'clock-order',
      severity: 'error',
      file: 'policy',
      path: ['reports', 'reminder_from_day'],
      message: `reminders start on day ${policy.reports.reminder_from_day}, not before the ${policy.reports.deadline_days}-day deadline: make reminder_from_day smaller.`,
    });
  }
  policy.covered_repos.forEach((repo, i) => {
    if (!(repo in policy.cna.products)) {
      findings.push({
        rule: 'product-map',
        severity: 'error',
        file: 'policy',
        path: ['covered_repos', i],
        message: `covered repository ${repo} has no entry under cna.products, so its CVE records would have no vendor or product.`,
      });
    }
  });
  const threshold = policy.membership.vote.threshold.split('/').map(Number);
  if (threshold.length === 2 && threshold[0]! > threshold[1]!) {
    findings.push({
      rule: 'vote-threshold',
      severity: 'error',
      file: 'policy',
      path: ['membership', 'vote', 'threshold'],
      message: `vote threshold ${policy.membership.vote.threshold} is more than all votes: use a fraction at most 1 (PEP 811: 2/3).`,
    });
  }
  return findings;
}
