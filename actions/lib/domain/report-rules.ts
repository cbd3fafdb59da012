// The rules of a report file beyond its schema: it names the advisory its file is named after, a
// covered repository, real dates and times, one grant per person, and times that follow each other.
// Pure: data in, findings (with data paths) out.
import type { Finding } from './findings.js';
import type { Policy } from './policy.js';
import type { ReportFile } from './report-file.js';
import { isCalendarDate } from './roster-rules.js';

/** An ISO 8601 time with its zone that names a real instant (2026-02-30T… does not). */
export function isRealTime(text: string): boolean {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(text);
  if (!m || !isCalendarDate(m[1]!)) return false;
  if (Number(m[2]) > 23 || Number(m[3]) > 59 || Number(m[4] ?? 0) > 59) return false;
  return !Number.isNaN(Date.parse(text));
}

/** A date (YYYY-MM-DD, midnight UTC) or a time with zone, as milliseconds; undefined when not real. */
export function instantOf(text: string): number | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return isCalendarDate(text) ? Date.parse(`${text}T00:00:00Z`) : undefined;
  return isRealTime(text) ? Date.parse(text) : undefined;
}

/**
 * Check a report file that passed its schema. `stem` is the file's name without `.yaml`; the policy,
 * when sound, gives the covered repositories.
 */
export function checkReport(report: ReportFile, stem: string, policy: Policy | undefined, now: Date): Finding[] {
  const out: Finding[] = [];
  const error = (rule: string, path: (string | number)[], message: string): void => {
    out.push({ rule, severity: 'error', file: 'report', path, message });
  };
  if (report.ghsa !== stem) {
    error(
      'report-file-name',
      ['ghsa'],
      `this file is ${stem}.yaml but names ${report.ghsa}: a report file is named after its advisory (reports/${report.ghsa}.yaml).`,
    );
  }
  if (policy && !policy.covered_repos.some((r) => r.toLowerCase() === report.repo.toLowerCase())) {
    error(
      'report-repo',
      ['repo'],
      `${report.repo} is not a covered repository (policy covered_repos: ${policy.covered_repos.join(', ')}).`,
    );
  }
  const time = (path: (string | number)[], value: string | undefined, what: string): number | undefined => {
    if (value === undefined) return undefined;
    const at = instantOf(value);
    if (at === undefined) error('date-invalid', path, `${what} "${value}" is not a real date or time.`);
    else if (at > now.getTime()) error('date-in-future', path, `${what} ${value} is in the future.`);
    return at;
  };
  time(['received'], report.received, 'received');
  const seen = new Map<string, number>();
  report.access?.forEach((grant, i) => {
    if (!isCalendarDate(grant.until))
      error('date-invalid', ['access', i, 'until'], `until "${grant.until}" is not a calendar date.`);
    const key = grant.login.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) {
      out.push({
        rule: 'grant-duplicate',
        severity: 'error',
        file: 'report',
        path: ['access', i, 'login'],
        message: `${grant.login} has two grants on this report: keep one, with the later until.`,
        related: [{ file: 'report', path: ['access', first, 'login'], label: 'first grant' }],
      });
    } else seen.set(key, i);
  });
  const e = report.exploited;
  if (e) {
    const aware = time(['exploited', 'aware_at'], e.aware_at, 'aware_at');
    const fix = time(['exploited', 'fix_available_at'], e.fix_available_at, 'fix_available_at');
    if (aware !== undefined && fix !== undefined && fix < aware)
      error('time-order', ['exploited', 'fix_available_at'], 'fix_available_at is earlier than aware_at.');
    for (const [step, at] of Object.entries(e.submitted ?? {})) {
      const t = time(['exploited', 'submitted', step], at, `the ${step} submission`);
      if (aware !== undefined && t !== undefined && t < aware)
        error('time-order', ['exploited', 'submitted', step], `the ${step} was submitted before aware_at.`);
    }
  }
  const a = report.record?.announcement;
  if (a && typeof a === 'object') time(['record', 'announcement', 'sent_at'], a.sent_at, 'sent_at');
  time(['record', 'date_public'], report.record?.date_public, 'date_public');
  return out;
}
