// For a pull request that changes the clocks in policy.yaml: which open reports' deadlines (and first
// reminders) move, and by how much. Ids and times only.
import type { Policy } from '../policy.js';
import type { ReportFile } from '../report-file.js';
import type { DeskAdvisory } from './advisory.js';
import { isOpen } from './advisory.js';
import { reportClock, receivedTime } from './clocks.js';
import { deskSettings } from './settings.js';
import { DAY_MS, addDaysToTime, formatUtcTime, isoUtc } from './time.js';

export interface DeadlineShift {
  repo: string;
  ghsaId: string;
  from: string;
  to: string;
  /** Positive: later. */
  days: number;
  /** Overdue under the new policy but not under the old one (or the other way round). */
  becomesOverdue: boolean;
  stopsBeingOverdue: boolean;
  /** When the first reminder falls, before and after, when it moves. */
  firstReminder?: { from: string; to: string };
}

export function deadlineShifts(
  oldPolicy: Policy,
  newPolicy: Policy,
  advisories: readonly DeskAdvisory[],
  reports: readonly ReportFile[],
  now: Date,
): DeadlineShift[] {
  const before = deskSettings(oldPolicy);
  const after = deskSettings(newPolicy);
  const files = new Map(reports.map((r) => [r.ghsa, r] as const));
  const out: DeadlineShift[] = [];
  for (const a of advisories.filter(isOpen)) {
    const file = files.get(a.ghsaId);
    const was = reportClock(a, file, before.deadlineDays, now);
    const will = reportClock(a, file, after.deadlineDays, now);
    const received = receivedTime(a, file).at;
    const reminderWas = isoUtc(addDaysToTime(received, before.reminderFromDay));
    const reminderWill = isoUtc(addDaysToTime(received, after.reminderFromDay));
    if (was.deadline === will.deadline && reminderWas === reminderWill) continue;
    out.push({
      repo: a.repo,
      ghsaId: a.ghsaId,
      from: was.deadline,
      to: will.deadline,
      days: Math.round((Date.parse(will.deadline) - Date.parse(was.deadline)) / DAY_MS),
      becomesOverdue: will.overdue && !was.overdue,
      stopsBeingOverdue: was.overdue && !will.overdue,
      ...(reminderWas !== reminderWill ? { firstReminder: { from: reminderWas, to: reminderWill } } : {}),
    });
  }
  return out.sort((x, y) => (x.to < y.to ? -1 : x.to > y.to ? 1 : x.ghsaId < y.ghsaId ? -1 : 1));
}

/** The shifts for a PR comment (markdown) or a terminal. */
export function renderDeadlineShifts(shifts: readonly DeadlineShift[], format: 'markdown' | 'text'): string {
  const md = format === 'markdown';
  if (shifts.length === 0) return md ? "No open report's clock moves.\n" : "No open report's clock moves.\n";
  const out = [
    md ? `### Report clocks that move (${shifts.length})` : `Report clocks that move (${shifts.length}):`,
    '',
  ];
  if (md) out.push('| Report | Deadline before | Deadline after | Shift | First reminder |', '|---|---|---|---|---|');
  for (const s of shifts) {
    const shift = `${s.days > 0 ? '+' : ''}${s.days} d${s.becomesOverdue ? ' (now overdue)' : s.stopsBeingOverdue ? ' (no longer overdue)' : ''}`;
    const reminder = s.firstReminder
      ? `${formatUtcTime(s.firstReminder.from)} → ${formatUtcTime(s.firstReminder.to)}`
      : 'unchanged';
    out.push(
      md
        ? `| ${s.ghsaId} (${s.repo}) | ${formatUtcTime(s.from)} | ${formatUtcTime(s.to)} | ${shift} | ${reminder} |`
        : `  ${s.ghsaId} (${s.repo}): ${formatUtcTime(s.from)} → ${formatUtcTime(s.to)} (${shift}); first reminder ${reminder}`,
    );
  }
  return out.join('\n') + '\n';
}
