// The 90-day clock with its reasons as data, the reminder thresholds, the desk's settings defaults,
// and the deadline shifts a policy PR causes.
import { describe, expect, it } from 'vitest';
import { reminderThresholds, reportClock } from '../../actions/lib/domain/desk/clocks.js';
import { closedLookbackDays, deskSettings } from '../../actions/lib/domain/desk/settings.js';
import { deadlineShifts, renderDeadlineShifts } from '../../actions/lib/domain/desk/shifts.js';
import { formatUtcTime, parseZonedTime } from '../../actions/lib/domain/desk/time.js';
import type { Policy } from '../../actions/lib/domain/policy.js';
import { advisory, deskPolicy, ghsa } from '../fixtures/desk/builders.js';

const CREATED = '2026-11-01T09:30:00Z';

describe('the deadline clock', () => {
  it('runs from the advisory, or from the report file when the PSRT received it earlier', () => {
    const a = advisory(ghsa(1), CREATED);
    const now = new Date('2026-12-01T12:00:00Z');
    expect(reportClock(a, undefined, 90, now)).toEqual({
      receivedAt: '2026-11-01T09:30:00Z',
      receivedFrom: 'advisory',
      deadline: '2027-01-30T09:30:00Z',
      ageDays: 30,
      daysLeft: 59,
      overdue: false,
    });
    const email = { repo: 'example/lang', ghsa: ghsa(1), received: '2026-10-20' };
    expect(reportClock(a, email, 90, now)).toMatchObject({
      receivedAt: '2026-10-20T00:00:00Z',
      receivedFrom: 'report-file',
      deadline: '2027-01-18T00:00:00Z',
    });
    const withZone = { repo: 'example/lang', ghsa: ghsa(1), received: '2026-10-20T23:00:00-05:00' };
    expect(reportClock(a, withZone, 90, now).receivedAt).toBe('2026-10-21T04:00:00Z');
    const later = { repo: 'example/lang', ghsa: ghsa(1), received: '2026-11-05' };
    expect(reportClock(a, later, 90, now).receivedFrom).toBe('advisory');
  });

  it('says how long it has been overdue', () => {
    const clock = reportClock(advisory(ghsa(1), CREATED), undefined, 90, new Date('2027-02-08T10:00:00Z'));
    expect(clock).toMatchObject({ overdue: true, daysOverdue: 9, daysLeft: -10 });
  });

  it('reminds from day 76 every week until the deadline, then weekly without end', () => {
    const settings = deskSettings(deskPolicy());
    expect(reminderThresholds(settings, 75)).toEqual([]);
    expect(reminderThresholds(settings, 200).map((t) => `${t.kind}:${t.day}`)).toEqual([
      'reminder:76',
      'reminder:83',
      ...[90, 97, 104, 111, 118, 125, 132, 139, 146, 153, 160, 167, 174, 181, 188, 195].map((d) => `overdue:${d}`),
    ]);
    const custom = deskSettings(
      deskPolicy({ deadline_days: 60, reminder_from_day: 40, reminder_every_days: 5, overdue_every_days: 3 }),
    );
    expect(reminderThresholds(custom, 66).map((t) => t.day)).toEqual([40, 45, 50, 55, 60, 63, 66]);
    // Only those after the latest sent: the same days as filtering the whole list, for every start.
    for (let after = -1; after <= 70; after++)
      expect(reminderThresholds(custom, 66, after)).toEqual(
        reminderThresholds(custom, 66).filter((t) => t.day > after),
      );
    expect(reminderThresholds(settings, 200, 118).map((t) => t.day)).toEqual([
      125, 132, 139, 146, 153, 160, 167, 174, 181, 188, 195,
    ]);
  });

  it('fills every default the policy leaves out', () => {
    const bare: Policy = { ...deskPolicy(), access: undefined, cra: undefined };
    bare.reports = { deadline_days: 90, reminder_from_day: 76, auto_assign_after_days: 3 };
    expect(deskSettings(bare)).toEqual({
      deadlineDays: 90,
      reminderFromDay: 76,
      reminderEveryDays: 7,
      overdueEveryDays: 7,
      autoAssignAfterDays: 3,
      commentsApi: false,
      escalateTo: 'admins',
      dashboardLabel: 'psrt-dashboard',
      accessAfterCloseDays: 30,
      accessDefaultDays: 30,
      craRepeatEveryHours: 24,
    });
    expect(closedLookbackDays(deskSettings(bare))).toBe(37);
  });
});

describe('times', () => {
  it('are shown with their zone, never as a bare date', () => {
    expect(formatUtcTime('2026-11-01T09:30:00+02:00')).toBe('2026-11-01 07:30 UTC');
    expect(formatUtcTime(new Date('2026-11-01T00:00:00Z'))).toBe('2026-11-01 00:00 UTC');
  });

  it('parse a date as the start of its day, UTC, and refuse what is not a time with a zone', () => {
    expect(parseZonedTime('2026-11-01')).toEqual(new Date('2026-11-01T00:00:00Z'));
    expect(parseZonedTime('2026-02-30')).toBeUndefined();
    expect(parseZonedTime('2026-11-01T10:00:00')).toBeUndefined();
    expect(parseZonedTime('yesterday')).toBeUndefined();
  });
});

describe('deadline shifts (a PR changing the clocks)', () => {
  const now = new Date('2027-01-20T00:00:00Z');
  const open = [
    advisory(ghsa(1), '2026-10-01T00:00:00Z'),
    advisory(ghsa(2), '2026-11-15T00:00:00Z', { state: 'draft' }),
    advisory(ghsa(3), '2026-10-01T00:00:00Z', { state: 'closed', closedAt: '2026-11-01T00:00:00Z' }),
  ];

  it('lists each open report whose deadline moves, by how much, and whether it becomes overdue', () => {
    const shifts = deadlineShifts(deskPolicy(), deskPolicy({ deadline_days: 100 }), open, [], now);
    expect(shifts).toEqual([
      {
        repo: 'example/lang',
        ghsaId: ghsa(1),
        from: '2026-12-30T00:00:00Z',
        to: '2027-01-09T00:00:00Z',
        days: 10,
        becomesOverdue: false,
        stopsBeingOverdue: false,
      },
      {
        repo: 'example/lang',
        ghsaId: ghsa(2),
        from: '2027-02-13T00:00:00Z',
        to: '2027-02-23T00:00:00Z',
        days: 10,
        becomesOverdue: false,
        stopsBeingOverdue: false,
      },
    ]);
    const shorter = deadlineShifts(
      deskPolicy(),
      deskPolicy({ deadline_days: 60, reminder_from_day: 50 }),
      open,
      [],
      now,
    );
    expect(shorter.find((s) => s.ghsaId === ghsa(2))).toMatchObject({
      days: -30,
      becomesOverdue: true,
      firstReminder: { from: '2027-01-30T00:00:00Z', to: '2027-01-04T00:00:00Z' },
    });
    const text = renderDeadlineShifts(shorter, 'markdown');
    expect(text).toContain(
      `| ${ghsa(2)} (example/lang) | 2027-02-13 00:00 UTC | 2027-01-14 00:00 UTC | -30 d (now overdue) |`,
    );
  });

  it('lists nothing when the clocks do not change', () => {
    const policy: Policy = deskPolicy({ stale_after_days: 30 });
    expect(deadlineShifts(deskPolicy(), policy, open, [], now)).toEqual([]);
    expect(renderDeadlineShifts([], 'text')).toBe("No open report's clock moves.\n");
  });
});
