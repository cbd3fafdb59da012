// A report file (reports/GHSA-xxxx-xxxx-xxxx.yaml, config/report.schema.json) as typed data. Field
// names mirror the file, as in roster.ts, so a path in the data is a path in the file.
import type { CveCreditType } from './cve/types.js';

export interface AccessGrant {
  login: string;
  reason: string;
  /** YYYY-MM-DD: access ends at the start of this day, UTC. */
  until: string;
}

export type CraStep = 'early-warning' | 'notification' | 'final';

export interface Exploitation {
  /** ISO 8601 time with zone. */
  aware_at: string;
  source?: string;
  /** The sweep took aware_at from the first sight of an [EXPLOITED] tag: late by up to one interval. */
  approximate?: boolean;
  fix_available_at?: string;
  submitted?: Partial<Record<CraStep, string>>;
}

export interface Announcement {
  url?: string;
  message_id?: string;
  sent_at?: string;
}

export interface RecordInputs {
  /** The archive URL alone, or the sent message. */
  announcement?: string | Announcement;
  references?: { url: string; tags?: string[] }[];
  /** GitHub login → display name. */
  names?: Record<string, string>;
  credits?: { name: string; type: CveCreditType }[];
  date_public?: string;
}

export interface ReportFile {
  repo: string;
  ghsa: string;
  /** A date (YYYY-MM-DD) or a time with zone. */
  received?: string;
  reporter?: { name: string; email?: string; credit?: boolean };
  access?: AccessGrant[];
  exploited?: Exploitation;
  record?: RecordInputs;
}

/** Where report files live in the ops repository, and the name of one. */
export const REPORTS_DIR = 'reports';

export function reportFilePath(ghsa: string): string {
  return `${REPORTS_DIR}/${ghsa}.yaml`;
}

/** The announcement in its one normalised form (a bare URL is `{ url }`). */
export function announcementOf(inputs: RecordInputs | undefined): Announcement | undefined {
  const a = inputs?.announcement;
  if (a === undefined) return undefined;
  return typeof a === 'string' ? { url: a } : a;
}
