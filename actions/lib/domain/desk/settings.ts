// The desk's settings: policy.yaml's reports, access and cra sections with every default filled in,
// so the planner never asks "is this set?".
import type { Policy } from '../policy.js';

export interface DeskSettings {
  deadlineDays: number;
  reminderFromDay: number;
  reminderEveryDays: number;
  overdueEveryDays: number;
  autoAssignAfterDays: number;
  /** Undefined: no stale nudges. */
  staleAfterDays?: number;
  commentsApi: boolean;
  /** "admins" or a team to mention ("@org/team"). */
  escalateTo: string;
  dashboardLabel: string;
  accessAfterCloseDays: number;
  accessDefaultDays: number;
  craRepeatEveryHours: number;
}

export const DESK_DEFAULTS = {
  reminderEveryDays: 7,
  overdueEveryDays: 7,
  escalateTo: 'admins',
  dashboardLabel: 'psrt-dashboard',
  accessAfterCloseDays: 30,
  accessDefaultDays: 30,
  craRepeatEveryHours: 24,
} as const;

export function deskSettings(policy: Policy): DeskSettings {
  const r = policy.reports;
  return {
    deadlineDays: r.deadline_days,
    reminderFromDay: r.reminder_from_day,
    reminderEveryDays: r.reminder_every_days ?? DESK_DEFAULTS.reminderEveryDays,
    overdueEveryDays: r.overdue_every_days ?? DESK_DEFAULTS.overdueEveryDays,
    autoAssignAfterDays: r.auto_assign_after_days,
    ...(r.stale_after_days !== undefined ? { staleAfterDays: r.stale_after_days } : {}),
    commentsApi: r.comments_api === true,
    escalateTo: r.escalate_to ?? DESK_DEFAULTS.escalateTo,
    dashboardLabel: r.dashboard_label ?? DESK_DEFAULTS.dashboardLabel,
    accessAfterCloseDays: policy.access?.after_close_days ?? DESK_DEFAULTS.accessAfterCloseDays,
    accessDefaultDays: policy.access?.default_days ?? DESK_DEFAULTS.accessDefaultDays,
    craRepeatEveryHours: policy.cra?.repeat_every_hours ?? DESK_DEFAULTS.craRepeatEveryHours,
  };
}

/**
 * How far back the sweep must read closed (and published, withdrawn) advisories: long enough to remove
 * outside collaborators `after_close_days` after closing and to show the closing on the dashboard, with a
 * week's margin for missed runs.
 */
export function closedLookbackDays(settings: DeskSettings): number {
  return settings.accessAfterCloseDays + 7;
}
