// The clocks of a report, each with its reason as data: the 90-day deadline and its reminder
// thresholds, and the Cyber Resilience Act's three steps for an actively exploited report.
import type { CraStep, Exploitation, ReportFile } from '../report-file.js';
import type { DeskAdvisory } from './advisory.js';
import type { DeskSettings } from './settings.js';
import { addDaysToTime, addHoursToTime, isoUtc, isoUtcText, parseZonedTime, wholeDaysBetween } from './time.js';

export interface ReportClock {
  /** When the PSRT received the report (UTC ISO). */
  receivedAt: string;
  /** Where that time comes from: the report file's `received` (earlier, an email intake) or the advisory. */
  receivedFrom: 'report-file' | 'advisory';
  deadline: string;
  /** Whole days since received. */
  ageDays: number;
  /** Whole days until the deadline, rounded down; negative once it has passed. */
  daysLeft: number;
  overdue: boolean;
  /** Whole days since the deadline (0 on the day it passed); undefined before it. */
  daysOverdue?: number;
}

/** Received: the report file's `received` when it is earlier than the advisory, else the advisory's creation. */
export function receivedTime(
  advisory: Pick<DeskAdvisory, 'createdAt'>,
  report: ReportFile | undefined,
): { at: Date; from: ReportClock['receivedFrom'] } {
  const created = new Date(advisory.createdAt);
  const fromFile = report?.received === undefined ? undefined : parseZonedTime(report.received);
  if (fromFile !== undefined && fromFile.getTime() < created.getTime()) return { at: fromFile, from: 'report-file' };
  return { at: created, from: 'advisory' };
}

export function reportClock(
  advisory: Pick<DeskAdvisory, 'createdAt'>,
  report: ReportFile | undefined,
  deadlineDays: number,
  now: Date,
): ReportClock {
  const received = receivedTime(advisory, report);
  const deadline = addDaysToTime(received.at, deadlineDays);
  const overdue = now.getTime() >= deadline.getTime();
  return {
    receivedAt: received.from === 'advisory' ? isoUtcText(advisory.createdAt) : isoUtc(received.at),
    receivedFrom: received.from,
    deadline: isoUtc(deadline),
    ageDays: wholeDaysBetween(received.at, now),
    daysLeft: wholeDaysBetween(now, deadline),
    overdue,
    ...(overdue ? { daysOverdue: wholeDaysBetween(deadline, now) } : {}),
  };
}

export interface ReminderThreshold {
  /** Day since received at which it falls due. */
  day: number;
  /** Before the deadline: a reminder; on and after it: overdue (the admins are told too). */
  kind: 'reminder' | 'overdue';
}

/**
 * The reminder thresholds after `afterDay` up to `throughDay`: from reminder_from_day every
 * reminder_every_days while before the deadline, the deadline itself, then every overdue_every_days
 * without end. Computed from `afterDay` on, so a report long overdue costs nothing per sweep.
 */
export function reminderThresholds(settings: DeskSettings, throughDay: number, afterDay = -1): ReminderThreshold[] {
  const out: ReminderThreshold[] = [];
  const deadline = settings.deadlineDays;
  const from = settings.reminderFromDay;
  const every = settings.reminderEveryDays;
  const firstReminder = from + Math.max(0, Math.ceil((afterDay + 1 - from) / every)) * every;
  for (let day = firstReminder; day < deadline && day <= throughDay; day += every) out.push({ day, kind: 'reminder' });
  const overdueEvery = settings.overdueEveryDays;
  const firstOverdue = deadline + Math.max(0, Math.floor((afterDay - deadline) / overdueEvery) + 1) * overdueEvery;
  for (let day = firstOverdue; day <= throughDay; day += overdueEvery) out.push({ day, kind: 'overdue' });
  return out;
}

// --- Cyber Resilience Act (EU 2024/2847, Art. 14(2)) --------------------------------------------------

export const CRA_STEPS: readonly CraStep[] = ['early-warning', 'notification', 'final'];

export const CRA_STEP_NAMES: Record<CraStep, string> = {
  'early-warning': 'early warning',
  notification: 'vulnerability notification',
  final: 'final report',
};

/** The time each step has: from becoming aware (early warning, notification) or from the fix (final). */
export const CRA_STEP_HOURS: Record<CraStep, number> = { 'early-warning': 24, notification: 72, final: 14 * 24 };

export interface CraClock {
  step: CraStep;
  /** What the step's time runs from; undefined for the final report until a fix is available. */
  startsAt?: string;
  due?: string;
  halfTime?: string;
  submittedAt?: string;
  status: 'met' | 'waiting-for-fix' | 'running' | 'past-half-time' | 'expired';
}

export interface CraReport {
  repo: string;
  ghsaId: string;
  awareAt: string;
  /** The report file says so, or the sweep took the time it first saw an [EXPLOITED] title tag. */
  awareFrom: 'report-file' | 'title-tag';
  /** Late by up to one sweep interval (the tag was seen, not reported with a time). */
  approximate: boolean;
  fixAvailableAt?: string;
  clocks: CraClock[];
}

/** The three clocks of one actively exploited report. */
export function craClocks(exploitation: Exploitation, now: Date): CraClock[] {
  const aware = parseZonedTime(exploitation.aware_at);
  const fix = exploitation.fix_available_at === undefined ? undefined : parseZonedTime(exploitation.fix_available_at);
  return CRA_STEPS.map((step): CraClock => {
    const submittedAt = exploitation.submitted?.[step];
    const start = step === 'final' ? fix : aware;
    if (start === undefined) {
      return submittedAt !== undefined ? { step, submittedAt, status: 'met' } : { step, status: 'waiting-for-fix' };
    }
    const hours = CRA_STEP_HOURS[step];
    const due = addHoursToTime(start, hours);
    const half = addHoursToTime(start, hours / 2);
    const base = { step, startsAt: isoUtc(start), due: isoUtc(due), halfTime: isoUtc(half) };
    if (submittedAt !== undefined) return { ...base, submittedAt, status: 'met' };
    const t = now.getTime();
    return {
      ...base,
      status: t >= due.getTime() ? 'expired' : t >= half.getTime() ? 'past-half-time' : 'running',
    };
  });
}
