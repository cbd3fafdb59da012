// The sweep's plan: typed changes (a discriminated union, each carrying everything apply needs and
// rendering to one line), notes, and the views the dashboard shows. Advisory titles appear only in the
// `title` a tag-action writes back; no line, note or view carries one.
import type { CraStep } from '../report-file.js';
import type { AdvisoryState, CreditInput } from './advisory.js';
import type { CraReport, ReportClock } from './clocks.js';
import { CRA_STEP_NAMES } from './clocks.js';
import type { CnaClockView, CnaPhase } from './cna.js';
import { describeCnaPhase } from './cna.js';
import type { DeskState } from './state.js';
import type { TemplateReply, TitleTag } from './tags.js';
import { formatUtcTime } from './time.js';

export type SweepSystem =
  'report-files' | 'tags' | 'coordinators' | 'access' | 'cve' | 'notices' | 'dashboard' | 'state';

/** Why a notice is sent, as data. */
export type NoticeReason =
  | { what: 'reminder'; day: number; deadline: string; daysLeft: number }
  | { what: 'overdue'; day: number; deadline: string; daysOverdue: number }
  | { what: 'stale'; idleDays: number; updatedAt: string }
  | { what: 'unassigned'; ageDays: number }
  | { what: 'template'; template: TemplateReply }
  | { what: 'cra'; step: CraStep; phase: 'half-time' | 'expired' | 'still-unmet'; due: string }
  | { what: 'cna'; cveId: string; phase: CnaPhase; due?: string };

export type AccessReason = 'grant' | 'grant-ended' | 'closed' | 'adoption-ended';

export interface AccessEdit {
  login: string;
  why: AccessReason;
  /** When the access ends (an add) or ended (a removal), UTC ISO. */
  until: string;
}

export type SweepChange =
  | {
      /** Write `exploited` into the report file (a PR in the ops repo): the time the sweep first saw [EXPLOITED]. */
      kind: 'record-exploited';
      system: 'report-files';
      repo: string;
      ghsaId: string;
      awareAt: string;
      approximate: true;
      /** The sweep before the one that saw the tag: the true time lies between it and awareAt. */
      previousSweepAt: string | null;
    }
  | { kind: 'fork-create'; system: 'tags'; repo: string; ghsaId: string }
  | {
      /** The devguide's template reply as an advisory comment (reports.comments_api). */
      kind: 'template-comment';
      system: 'tags';
      repo: string;
      ghsaId: string;
      template: TemplateReply;
      body: string;
      key: string;
    }
  | {
      /** One PATCH: the new state (if any) and the title without the tags acted on. */
      kind: 'tag-action';
      system: 'tags';
      repo: string;
      ghsaId: string;
      tags: TitleTag[];
      from: AdvisoryState;
      to?: 'draft' | 'closed';
      /** The title to write. Embargoed text: never log it. */
      title: string;
    }
  | {
      kind: 'assign-coordinator';
      system: 'coordinators';
      repo: string;
      ghsaId: string;
      login: string;
      id?: number;
      /** The whole list to write (a PATCH replaces it): every existing credit, plus the coordinator. */
      credits: CreditInput[];
      /** Open reports the member coordinated before this one. */
      openReports: number;
      why: string;
    }
  | {
      kind: 'access';
      system: 'access';
      repo: string;
      ghsaId: string;
      add: AccessEdit[];
      remove: AccessEdit[];
      /** The whole collaborator list to write, as read; re-apply add/remove on a fresh read (mergeCollaborators). */
      users: string[];
    }
  | {
      /**
       * The PSRT's own access to a report the desk has not seen before (reconcile's GHSA part, so a new
       * report has it within the hour): the team, members in person, former members removed.
       */
      kind: 'member-access';
      system: 'access';
      repo: string;
      ghsaId: string;
      addTeams: string[];
      addUsers: string[];
      removeUsers: string[];
    }
  | {
      /** Reserve one CVE id, record it in the desk state, then write it into the advisory (its PATCH). */
      kind: 'cve-reserve';
      system: 'cve';
      repo: string;
      ghsaId: string;
      year: number;
      shortName: string;
    }
  | { kind: 'cve-id-write'; system: 'cve'; repo: string; ghsaId: string; cveId: string }
  | {
      /** A line of the reminder comment; its keys are recorded once the comment is posted. */
      kind: 'notify';
      system: 'notices';
      repo: string;
      ghsaId: string;
      reason: NoticeReason;
      /** Logins, and teams as org/team, to @-mention. */
      to: string[];
      /** The admins (or policy's escalate_to) are among `to`. */
      escalated: boolean;
      /** One key per threshold this line stands for (several when runs were missed), oldest first. */
      keys: string[];
    };

export type SweepChangeKind = SweepChange['kind'];

/** The writes to the ops repo that carry the desk itself: the dashboard issue and the desk's memory. */
export type DeskSiteChange =
  | {
      /** Create or update the one dashboard issue in the ops repo (labelled, pinned; duplicates folded). */
      kind: 'dashboard';
      system: 'dashboard';
      repo: string;
      label: string;
    }
  | {
      /** Write the desk's memory: last, with only what was applied. */
      kind: 'desk-state';
      system: 'state';
      repo: string;
      branch: string;
      path: string;
    };

/** Everything a sweep may write, in apply order: the reports' changes, then the dashboard and the memory. */
export type SweepJobChange = SweepChange | DeskSiteChange;

/** One line for a dashboard or memory write. */
export function describeDeskSiteChange(c: DeskSiteChange): string {
  return c.kind === 'dashboard'
    ? `~ ${c.repo}: update the dashboard issue (label ${c.label})`
    : `~ ${c.repo}: write the desk's memory (${c.path} on branch ${c.branch})`;
}

/** One line per change of a sweep. */
export function describeSweepJobChange(c: SweepJobChange): string {
  return c.kind === 'dashboard' || c.kind === 'desk-state' ? describeDeskSiteChange(c) : describeSweepChange(c);
}

export interface SweepNote {
  level: 'info' | 'warning';
  repo?: string;
  ghsaId?: string;
  /** Markdown-free text; ids and logins only. */
  text: string;
}

export interface ReportView {
  repo: string;
  ghsaId: string;
  state: AdvisoryState;
  /** Logins of the coordinators (credits not declined). */
  coordinators: string[];
  /** A coordinator this sweep assigns. */
  assigning?: string;
  clock: ReportClock;
  cveId: string | null;
  exploited: boolean;
  nextAction: string;
}

export interface OutsideAccessView {
  repo: string;
  ghsaId: string;
  login: string;
  source: 'grant' | 'adopted';
  /** The grant's reason (private ops-repo data). */
  reason?: string;
  /** When the sweep first saw an adopted collaborator; undefined when the state is unreadable. */
  firstSeen?: string;
  /** When access ends; undefined when it cannot be known (unreadable state, open report). */
  ends?: string;
  status: 'active' | 'adding' | 'removing' | 'ended';
}

export interface ReservationToReject {
  cveId: string;
  repo: string;
  ghsa: string;
  reservedAt: string;
  why: string;
}

export type SinceLastSweepEvent =
  | { what: 'new' }
  | { what: 'accepted' }
  | { what: 'finished'; state: AdvisoryState }
  | { what: 'reopened'; state: AdvisoryState }
  | { what: 'coordinator'; from: string[]; to: string[] }
  | { what: 'deadline-moved'; from: string; to: string }
  | { what: 'cve'; cveId: string };

export interface SinceLastSweep {
  repo: string;
  ghsaId: string;
  events: SinceLastSweepEvent[];
}

export interface PersonLosingAccess {
  login: string;
  repo: string;
  ghsaId: string;
  why: AccessReason;
}

export interface SweepPlan {
  now: string;
  previousSweepAt: string | null;
  /** False when the state could not be read: no reminder, escalation or removal was planned. */
  stateReadable: boolean;
  stateProblem?: string;
  /** In apply order: report files, forks, template comments, tag actions, coordinators, access, CVE ids, notices. */
  changes: SweepChange[];
  notes: SweepNote[];
  /** Open reports, most urgent first. */
  reports: ReportView[];
  cra: CraReport[];
  /** The CNA's 24-hour clocks (advisory email → CVE record published) the sweep looked at. */
  cna: CnaClockView[];
  outsideAccess: OutsideAccessView[];
  reservationsToReject: ReservationToReject[];
  sinceLastSweep: SinceLastSweep[];
  /** Everyone this plan removes from an advisory: what the removal-share guard counts. */
  losingAccess: PersonLosingAccess[];
  /**
   * The state as this sweep observed it (snapshots, first sightings, reservations seen written), before
   * any change's effect; nextDeskState adds what was applied. Undefined when the state was unreadable.
   */
  observed: DeskState | undefined;
}

/** Logins (lower case) that lose access through this change. */
export function removedPeopleOf(change: SweepChange): string[] {
  if (change.kind === 'access') return change.remove.map((r) => r.login.toLowerCase());
  if (change.kind === 'member-access') return change.removeUsers.map((l) => l.toLowerCase());
  return [];
}

/**
 * The earlier change of the same advisory whose failure means this one must not be applied: the tag
 * stays in the title until what it asks for (report file, fork, template comment) is done.
 */
export function blockingFailure(change: SweepChange, failed: readonly SweepChange[]): SweepChange | undefined {
  if (change.kind !== 'tag-action') return undefined;
  return failed.find(
    (f) =>
      f.ghsaId === change.ghsaId &&
      (f.kind === 'record-exploited' || f.kind === 'fork-create' || f.kind === 'template-comment'),
  );
}

const ACCESS_WHY: Record<AccessReason, string> = {
  grant: 'grant',
  'grant-ended': 'grant ended',
  closed: 'report closed',
  'adoption-ended': 'added by hand; adopted access ended',
};

function days(list: readonly number[]): string {
  if (list.length === 1) return `day ${list[0]}`;
  if (list.length <= 4) return `days ${list.join(', ')}`;
  return `days ${list[0]}, ${list[1]} … ${list[list.length - 1]} (${list.length} thresholds)`;
}

/** The thresholds' day numbers (keys of the form reminder/day-76, overdue/day-90). */
function thresholdDays(keys: readonly string[]): number[] {
  return keys.map((k) => Number(/day-(\d+)$/.exec(k)?.[1])).filter((d) => Number.isFinite(d));
}

/** What a notice says, without the people: shared by the plan line and the reminder comment. */
export function describeNoticeReason(reason: NoticeReason, keys: readonly string[]): string {
  switch (reason.what) {
    case 'reminder':
      return `${days(thresholdDays(keys))} of the deadline clock: ${reason.daysLeft} day(s) left, deadline ${formatUtcTime(reason.deadline)}`;
    case 'overdue':
      return `overdue (${days(thresholdDays(keys))}): deadline ${formatUtcTime(reason.deadline)} passed ${reason.daysOverdue} day(s) ago`;
    case 'stale':
      return `no update for ${reason.idleDays} days (last ${formatUtcTime(reason.updatedAt)})`;
    case 'unassigned':
      return `no coordinator after ${reason.ageDays} days and no member could be assigned: assign one by hand`;
    case 'template':
      return reason.template === 'duplicate'
        ? 'closed as [DUPLICATE]: send the reporter the devguide\'s "duplicate report" reply'
        : 'closed as not a vulnerability: send the reporter the devguide\'s "rejecting a vulnerability report" reply';
    case 'cra': {
      const step = `CRA ${CRA_STEP_NAMES[reason.step]}`;
      if (reason.phase === 'half-time') return `${step} due ${formatUtcTime(reason.due)}: half its time has passed`;
      if (reason.phase === 'expired') return `${step} was due ${formatUtcTime(reason.due)} and is not recorded as sent`;
      return `${step} still not sent (due ${formatUtcTime(reason.due)})`;
    }
    case 'cna':
      return describeCnaPhase(reason.cveId, reason.phase, reason.due);
  }
}

/** One line per change. Plain text (shown in a ```diff block in markdown); never a title. */
export function describeSweepChange(c: SweepChange): string {
  const where = `${c.ghsaId} (${c.repo})`;
  switch (c.kind) {
    case 'record-exploited':
      return `+ ${where}: record in its report file that it is actively exploited, aware since ${formatUtcTime(c.awareAt)} (approximate: when a sweep first saw [EXPLOITED]${c.previousSweepAt ? `; the sweep before ran at ${formatUtcTime(c.previousSweepAt)}` : ''})`;
    case 'fork-create':
      return `+ ${where}: start the temporary private fork`;
    case 'template-comment':
      return `+ ${where}: comment the devguide's ${c.template === 'duplicate' ? '"duplicate report"' : '"not a vulnerability"'} reply on the advisory`;
    case 'tag-action': {
      const tags = c.tags.map((t) => `[${t}]`).join(' ');
      const move = c.to ? `${c.from} → ${c.to}` : `stays ${c.from}`;
      return `~ ${where}: ${tags}: ${move}; tag${c.tags.length === 1 ? '' : 's'} removed from the title`;
    }
    case 'assign-coordinator':
      return `+ ${where}: coordinator ${c.login} (${c.why})`;
    case 'access': {
      const parts: string[] = [];
      for (const a of c.add) parts.push(`add ${a.login} (${ACCESS_WHY[a.why]} until ${formatUtcTime(a.until)})`);
      for (const r of c.remove) parts.push(`remove ${r.login} (${ACCESS_WHY[r.why]} ${formatUtcTime(r.until)})`);
      const mark = c.remove.length === 0 ? '+' : c.add.length === 0 ? '-' : '~';
      return `${mark} ${where} collaborators: ${parts.join('; ')}`;
    }
    case 'member-access': {
      const parts: string[] = [];
      if (c.addTeams.length) parts.push(`add team ${c.addTeams.join(', ')}`);
      if (c.addUsers.length) parts.push(`add ${c.addUsers.join(', ')}`);
      if (c.removeUsers.length) parts.push(`remove ${c.removeUsers.join(', ')} (emeritus)`);
      const mark = c.removeUsers.length === 0 ? '+' : c.addUsers.length + c.addTeams.length === 0 ? '-' : '~';
      return `${mark} ${where}: the PSRT's access to a new report: ${parts.join('; ')}`;
    }
    case 'cve-reserve':
      return `+ ${where}: reserve a CVE id (${c.shortName}, ${c.year}), record it in the desk's memory, then write it into the advisory`;
    case 'cve-id-write':
      return `+ ${where}: write the reserved ${c.cveId} into the advisory`;

    case 'notify':
      return `! ${where} → ${c.to.join(', ')}: ${describeNoticeReason(c.reason, c.keys)}`;
  }
}
