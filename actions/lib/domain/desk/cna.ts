// The CNA's 24-hour clock on the report desk: once a report file records the advisory email, the CVE
// record must be published at CVE Services within 24 hours (never before: cve-publish refuses). The
// sweep shows each running clock on the dashboard and tells the CNA operators (policy cna.operators):
// when the email is recorded, at half time, when the 24 hours pass, then every day until the record is
// published. Once a sweep sees the record published, the report's memory keeps that and the clock is
// never read again. Pure: the read (jobs/sweep/read.ts) says which records are published.
import type { Policy } from '../policy.js';
import type { ReportFile } from '../report-file.js';
import type { CnaClock } from '../cve/clocks.js';
import { CNA_PUBLISH_HOURS, announcedAt, announcementUrl, cnaClocks } from '../cve/clocks.js';
import type { DeskAdvisory } from './advisory.js';
import type { DeskState } from './state.js';
import { HOUR_MS, formatUtcTime } from './time.js';

/** A report whose advisory email is recorded and whose CVE record the sweep has not yet seen published. */
export interface CnaCandidate {
  repo: string;
  ghsaId: string;
  cveId: string;
}

/** What the read found about a candidate's record. */
export interface CnaPublication extends CnaCandidate {
  /** When CVE Services (or the record file's cveMetadata) says it was published; undefined: not yet. */
  publishedAt?: string;
  /** Where that came from: CVE Services when the sweep has credentials, else records/ on the default branch. */
  source: 'cve-services' | 'record-file';
}

/** A running (or just finished) clock, for the dashboard. */
export interface CnaClockView extends CnaCandidate {
  clock: CnaClock;
}

/** The memory key recording that the sweep saw the record published: the clock is done for good. */
export function cnaPublishedKey(cveId: string): string {
  return `cna/${cveId}/published`;
}

/** Hours between the daily reminders while a record is overdue. */
export const CNA_REPEAT_HOURS = 24;

/**
 * The reports whose 24-hour clock the sweep must look at: the report file records the advisory email
 * (its URL or its time), the advisory carries a CVE id, and the memory has not seen the record published.
 * Without a readable memory every such report is a candidate (what is shown stays right; nothing is sent).
 */
export function cnaCandidates(
  advisories: readonly DeskAdvisory[],
  reports: readonly ReportFile[],
  state: DeskState | undefined,
): CnaCandidate[] {
  const byGhsa = new Map(advisories.map((a) => [a.ghsaId, a] as const));
  const out: CnaCandidate[] = [];
  for (const report of reports) {
    if (announcementUrl(report) === undefined && announcedAt(report) === undefined) continue;
    const advisory = byGhsa.get(report.ghsa);
    const cveId = advisory?.cveId?.trim().toUpperCase();
    if (!advisory || !cveId) continue;
    if (state?.reports[report.ghsa]?.fired[cnaPublishedKey(cveId)] !== undefined) continue;
    out.push({ repo: advisory.repo, ghsaId: advisory.ghsaId, cveId });
  }
  return out.sort((a, b) => (a.cveId < b.cveId ? -1 : a.cveId > b.cveId ? 1 : 0));
}

/** Who the CNA's notices go to: cna.operators (logins and @org/team), else the desk's escalation targets. */
export function cnaNoticeTargets(policy: Pick<Policy, 'cna'>, escalation: readonly string[]): string[] {
  const operators = (policy.cna.operators ?? []).map((o) => (o.startsWith('@') ? o.slice(1) : o));
  return operators.length > 0 ? operators : [...escalation];
}

export type CnaPhase = 'announced' | 'half-time' | 'overdue' | 'still-overdue';

/** The notice thresholds a clock has reached, in order, each with its memory key. */
export function cnaThresholds(cveId: string, clock: CnaClock, now: Date): { key: string; phase: CnaPhase }[] {
  const out: { key: string; phase: CnaPhase }[] = [];
  if (clock.state === 'announced-time-unknown') return [{ key: `cna/${cveId}/announced`, phase: 'announced' }];
  if (clock.state !== 'due' && clock.state !== 'overdue') return out;
  out.push({ key: `cna/${cveId}/announced`, phase: 'announced' });
  const sent = Date.parse(clock.announcedAt!);
  const due = Date.parse(clock.dueAt!);
  if (now.getTime() >= sent + (due - sent) / 2) out.push({ key: `cna/${cveId}/half-time`, phase: 'half-time' });
  if (now.getTime() >= due) {
    out.push({ key: `cna/${cveId}/overdue`, phase: 'overdue' });
    // Repeats passed unseen are covered by the latest.
    const repeats = Math.floor((now.getTime() - due) / (CNA_REPEAT_HOURS * HOUR_MS));
    if (repeats > 0) out.push({ key: `cna/${cveId}/repeat-${repeats}`, phase: 'still-overdue' });
  }
  return out;
}

/** Each candidate's clock, from what the read found and the report files. */
export function cnaClockViews(
  publications: readonly CnaPublication[],
  reports: ReadonlyMap<string, ReportFile>,
  now: Date,
): CnaClockView[] {
  const published = new Map(publications.flatMap((p) => (p.publishedAt ? [[p.cveId, p.publishedAt] as const] : [])));
  const records = publications.map((p) => ({ cveId: p.cveId, ghsa: p.ghsaId, state: 'PUBLISHED' as const }));
  // One clock per record, in the order given (every record here is PUBLISHED-state).
  const views = cnaClocks(records, reports, published, now).map((clock, i): CnaClockView => ({
    repo: publications[i]!.repo,
    ghsaId: publications[i]!.ghsaId,
    cveId: clock.cveId,
    clock,
  }));
  const rank = (v: CnaClockView) => (v.clock.state === 'overdue' ? 0 : v.clock.state.startsWith('published') ? 2 : 1);
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return views.sort(
    (a, b) => rank(a) - rank(b) || cmp(a.clock.dueAt ?? '', b.clock.dueAt ?? '') || cmp(a.cveId, b.cveId),
  );
}

/** One line for a notice about a record's 24 hours. */
export function describeCnaPhase(cveId: string, phase: CnaPhase, dueAt: string | undefined): string {
  const due = dueAt ? formatUtcTime(dueAt) : 'now';
  switch (phase) {
    case 'announced':
      return `the advisory email is recorded: publish the CVE record ${cveId} by ${due} (npx psrt cve draft, a second operator's review, merge; cve-publish sends it)`;
    case 'half-time':
      return `${cveId} is not published yet: half of its ${CNA_PUBLISH_HOURS} hours have passed (due ${due})`;
    case 'overdue':
      return `${cveId} was due at CVE Services by ${due} and is not published`;
    case 'still-overdue':
      return `${cveId} is still not published (due ${due})`;
  }
}
