// The CNA's 24-hour clock: a CVE record is published within 24 hours after the advisory email, never
// before (the PSF CNA runbook). The clock starts when the email was sent (the report file's
// record.announcement.sent_at, else its record.date_public when that is a time). Pure: the caller gives
// the records (with the advisory each belongs to), the report files, what CVE Services published and
// when, and the time. The cve-publish plan shows these; the sweep's dashboard can show the same.
import type { ReportFile } from '../report-file.js';
import { announcementOf } from '../report-file.js';
import { HOUR_MS, formatUtcTime } from '../desk/time.js';

/** Hours from the advisory email to the published record (CNA runbook). */
export const CNA_PUBLISH_HOURS = 24;

export interface CnaClockRecord {
  cveId: string;
  /** The advisory whose report file says when the email went out; undefined when unknown. */
  ghsa?: string;
  /** The record file's state: rejected records have no clock. */
  state: 'PUBLISHED' | 'REJECTED';
}

export type CnaClockState =
  /** The report file records no advisory email yet: publishing waits (never before the email). */
  | 'awaiting-announcement'
  /** The email is recorded without its time: publish now. */
  | 'announced-time-unknown'
  /** Within the 24 hours. */
  | 'due'
  /** Past the 24 hours: escalate to the CNA operators. */
  | 'overdue'
  | 'published'
  /** Published before the email went out (by hand, or the email was resent later). */
  | 'published-early';

export interface CnaClock {
  cveId: string;
  ghsa?: string;
  state: CnaClockState;
  /** When the advisory email went out (ISO 8601), when known. */
  announcedAt?: string;
  /** announcedAt + 24 h. */
  dueAt?: string;
  publishedAt?: string;
  /** Hours from the email to publication (published), or past the deadline (overdue). */
  hours?: number;
}

/** The time the advisory email went out, from the report file, or undefined. */
export function announcedAt(report: ReportFile | undefined): string | undefined {
  const announcement = announcementOf(report?.record);
  const candidates = [announcement?.sent_at, report?.record?.date_public];
  for (const c of candidates) {
    // A date alone (YYYY-MM-DD) says the day, not the hour the clock needs.
    if (c === undefined || /^\d{4}-\d{2}-\d{2}$/.test(c)) continue;
    const t = Date.parse(c);
    if (!Number.isNaN(t)) return new Date(t).toISOString();
  }
  return undefined;
}

/** Whether the report file records the advisory email (its archive URL: the vendor-advisory reference). */
export function announcementUrl(report: ReportFile | undefined): string | undefined {
  return announcementOf(report?.record)?.url?.trim() || undefined;
}

function roundHours(ms: number): number {
  return Math.round((ms / HOUR_MS) * 10) / 10;
}

/**
 * The clock of every published-state record: where it stands against the 24 hours. `reports` by GHSA
 * id, `published` by CVE ID (the record's datePublished at CVE Services).
 */
export function cnaClocks(
  records: readonly CnaClockRecord[],
  reports: ReadonlyMap<string, ReportFile>,
  published: ReadonlyMap<string, string>,
  now: Date,
  limitHours = CNA_PUBLISH_HOURS,
): CnaClock[] {
  const clocks: CnaClock[] = [];
  for (const record of records) {
    if (record.state !== 'PUBLISHED') continue;
    const report = record.ghsa ? reports.get(record.ghsa) : undefined;
    const base = { cveId: record.cveId, ...(record.ghsa ? { ghsa: record.ghsa } : {}) };
    const sent = announcedAt(report);
    const due = sent ? new Date(Date.parse(sent) + limitHours * HOUR_MS).toISOString() : undefined;
    const times = { ...(sent ? { announcedAt: sent } : {}), ...(due ? { dueAt: due } : {}) };
    const publishedAt = published.get(record.cveId);
    if (publishedAt) {
      const hours = sent ? roundHours(Date.parse(publishedAt) - Date.parse(sent)) : undefined;
      clocks.push({
        ...base,
        ...times,
        state: hours !== undefined && hours < 0 ? 'published-early' : 'published',
        publishedAt,
        ...(hours !== undefined ? { hours } : {}),
      });
      continue;
    }
    if (!announcementUrl(report) && !sent) {
      clocks.push({ ...base, state: 'awaiting-announcement' });
      continue;
    }
    if (!sent || !due) {
      clocks.push({ ...base, state: 'announced-time-unknown' });
      continue;
    }
    if (now.getTime() < Date.parse(sent)) {
      clocks.push({ ...base, ...times, state: 'awaiting-announcement' });
      continue;
    }
    const late = now.getTime() - Date.parse(due);
    clocks.push(
      late > 0 ? { ...base, ...times, state: 'overdue', hours: roundHours(late) } : { ...base, ...times, state: 'due' },
    );
  }
  return clocks;
}

const utc = formatUtcTime;

function hoursText(hours: number): string {
  return `${hours} h`;
}

/** One line for people: "published 3 h after the announcement", "due by …", "overdue by …: escalate to …". */
export function describeCnaClock(clock: CnaClock, escalateTo: string, now: Date): string {
  switch (clock.state) {
    case 'awaiting-announcement':
      return clock.announcedAt
        ? `the advisory email is dated ${utc(clock.announcedAt)}: the record waits until then`
        : 'waits for the advisory email (never published before it)';
    case 'announced-time-unknown':
      return `the advisory email is recorded without its time (record.announcement.sent_at): publish now, within ${CNA_PUBLISH_HOURS} h of it`;
    case 'due': {
      const left = roundHours(Date.parse(clock.dueAt!) - now.getTime());
      return `due by ${utc(clock.dueAt!)} (${hoursText(left)} left; the advisory email went out ${utc(clock.announcedAt!)})`;
    }
    case 'overdue':
      return `overdue by ${hoursText(clock.hours!)} (due ${utc(clock.dueAt!)}): escalate to the CNA operators (${escalateTo})`;
    case 'published':
      return clock.hours !== undefined
        ? `published ${hoursText(clock.hours)} after the announcement${clock.hours > CNA_PUBLISH_HOURS ? ` (over ${CNA_PUBLISH_HOURS} h)` : ''}`
        : `published ${utc(clock.publishedAt!)}`;
    case 'published-early':
      return `published ${hoursText(-clock.hours!)} BEFORE the announcement (${utc(clock.announcedAt!)})`;
  }
}
