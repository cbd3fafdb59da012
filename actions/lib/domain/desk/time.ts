// Times on the desk: every instant is a UTC ISO string or a Date, every time shown carries its zone.
import { isCalendarDate } from '../roster-rules.js';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

const ZONED_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** A time with its zone (ISO 8601) or a calendar date (its start, UTC); undefined for anything else. */
export function parseZonedTime(text: string): Date | undefined {
  if (isCalendarDate(text)) return new Date(`${text}T00:00:00Z`);
  if (!ZONED_TIME.test(text)) return undefined;
  const time = new Date(text);
  return Number.isNaN(time.getTime()) ? undefined : time;
}

/** The instant as the state and the changes carry it: ISO 8601 in UTC, to the second. */
export function isoUtc(time: Date): string {
  return `${time.toISOString().slice(0, 19)}Z`;
}

const UTC_SECOND = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/** A time GitHub sent (usually already "YYYY-MM-DDTHH:MM:SSZ") in that form, without a round trip through Date when it is. */
export function isoUtcText(text: string): string {
  return UTC_SECOND.test(text) ? text : isoUtc(new Date(text));
}

/** The instant as people read it: "2026-11-26 14:00 UTC". Never a bare date. */
export function formatUtcTime(time: Date | string): string {
  const t = typeof time === 'string' ? new Date(time) : time;
  return `${t.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export function addDaysToTime(time: Date, days: number): Date {
  return new Date(time.getTime() + days * DAY_MS);
}

export function addHoursToTime(time: Date, hours: number): Date {
  return new Date(time.getTime() + hours * HOUR_MS);
}

/** Whole days from `from` to `to`, rounded down (negative when `to` is earlier). */
export function wholeDaysBetween(from: Date, to: Date): number {
  return Math.floor((to.getTime() - from.getTime()) / DAY_MS);
}

/** The earlier of two instants (undefined counts as never). */
export function earliestTime(a: Date, b: Date | undefined): Date {
  return b !== undefined && b.getTime() < a.getTime() ? b : a;
}
