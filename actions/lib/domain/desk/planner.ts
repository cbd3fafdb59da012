// planSweep: everything the hourly sweep decides, from the advisories, the report files, the roster,
// the policy and the desk's memory. Pure: no I/O, no clock (now is given), same input → same plan.
//
// Fail closed: with `state: undefined` (the memory could not be read) nothing that could repeat is
// sent (reminders, escalations) and nobody is removed; coordinators and title tags, whose effects GitHub
// itself records, are still handled.
import { PersonIndex } from '../account.js';
import type { Policy } from '../policy.js';
import type { Exploitation, ReportFile } from '../report-file.js';
import type { Member, Roster } from '../roster.js';
import { admins, isAway, loginKey } from '../roster.js';
import { isoDay } from '../roster-rules.js';
import { ProtectedPeople, planAdvisoryAccess } from './access.js';
import type { DeskAdvisory } from './advisory.js';
import { coordinatorCredits, isOpen } from './advisory.js';
import { CoordinatorPool, assignableMembers, coordinatorLoads, creditsWithCoordinator, excludedFor } from './assign.js';
import type { CnaPublication } from './cna.js';
import { cnaClockViews, cnaNoticeTargets, cnaPublishedKey, cnaThresholds } from './cna.js';
import type { CraReport, ReportClock } from './clocks.js';
import { craClocks, reminderThresholds, reportClock } from './clocks.js';
import type {
  NoticeReason,
  OutsideAccessView,
  ReportView,
  ReservationToReject,
  SinceLastSweep,
  SinceLastSweepEvent,
  SweepChange,
  SweepNote,
  SweepPlan,
} from './plan.js';
import type { DeskSettings } from './settings.js';
import { deskSettings } from './settings.js';
import type { DeskState, ReportMemory, ReportSnapshot } from './state.js';
import { compactFired, emptyReportMemory, isNoticeSent, sentThrough } from './state.js';
import type { TitleTag } from './tags.js';
import { CLOSING_TAGS, TEMPLATE_REPLIES, findTitleTags, stripTitleTags, templateForTags } from './tags.js';
import { DAY_MS, HOUR_MS, addDaysToTime, formatUtcTime, isoUtc, isoUtcText, wholeDaysBetween } from './time.js';

export interface SweepInput {
  now: Date;
  roster: Roster;
  policy: Policy;
  /** Open (triage, draft) advisories of every covered repo, and those finished within closedLookbackDays. */
  advisories: readonly DeskAdvisory[];
  /** Every report file (reports/GHSA-….yaml) of the ops repo. */
  reports: readonly ReportFile[];
  /** The desk's memory; undefined when it could not be read. A desk that never swept passes emptyDeskState(). */
  state: DeskState | undefined;
  /** Why the state could not be read (shown in the plan). */
  stateProblem?: string;
  /** GHSA ids with an open ops-repo PR already recording their exploitation (not planned again). */
  exploitedPending?: readonly string[];
  /**
   * Report files that could not be read (fail closed): their GHSA ids get no access change and no
   * exploitation record; with `blockRemovals` (the reason), nobody is removed from any advisory.
   */
  reportProblems?: { ghsas: readonly string[]; blockRemovals?: string };
  /** The reports whose CNA clock runs (cnaCandidates) and whether their records are published yet. */
  cnaPublications?: readonly CnaPublication[];
}

type Change<K extends SweepChange['kind']> = Extract<SweepChange, { kind: K }>;

interface TagOutcome {
  changes: SweepChange[];
  notes: SweepNote[];
  closing?: TitleTag[];
  /** The time the sweep first saw [EXPLOITED] (now, or remembered). */
  exploitedSeen?: string;
}

/** Who escalations go to: policy's team, or the admins not away (all admins when every one is away). */
export function escalationTargets(settings: DeskSettings, roster: Roster, today: string): string[] {
  if (settings.escalateTo.startsWith('@')) return [settings.escalateTo.slice(1)];
  const all = admins(roster);
  const present = all.filter((m) => !isAway(m, today));
  return (present.length > 0 ? present : all).map((m) => m.login);
}

function planTags(
  advisory: DeskAdvisory,
  report: ReportFile | undefined,
  memory: ReportMemory | undefined,
  ctx: { settings: DeskSettings; now: Date; previousSweepAt: string | null; exploitedPending: ReadonlySet<string> },
  firedKeys: ReadonlySet<string> | undefined,
): TagOutcome {
  const tags = findTitleTags(advisory.title);
  const out: TagOutcome = { changes: [], notes: [] };
  if (tags.length === 0 && memory?.tagsSeen.EXPLOITED === undefined) return out;
  const base = { repo: advisory.repo, ghsaId: advisory.ghsaId };
  const open = isOpen(advisory);
  const closing = tags.filter((t) => CLOSING_TAGS.includes(t));
  const accepted = tags.includes('ACCEPTED');
  const acted: TitleTag[] = [];
  let to: 'draft' | 'closed' | undefined;
  let fork = false;
  const shown = (list: readonly TitleTag[]) => list.map((t) => `[${t}]`).join(' ');

  if (closing.length > 0 && accepted) {
    out.notes.push({
      level: 'warning',
      ...base,
      text: `${base.ghsaId}: the title has both ${shown(['ACCEPTED'])} and ${shown(closing)}; nothing is done for them until one is removed.`,
    });
  } else if (closing.length > 0) {
    if (open) {
      to = 'closed';
      acted.push(...closing);
      out.closing = closing;
      if (closing.includes('COMPLETED') && advisory.state === 'triage' && closing.length === 1) {
        out.notes.push({
          level: 'info',
          ...base,
          text: `${base.ghsaId} was never accepted and is closed as [COMPLETED]: if it was not a vulnerability, tell the reporter (the devguide's rejection reply).`,
        });
      }
      const template = templateForTags(closing);
      if (template !== undefined) {
        const key = `template/${template}`;
        if (firedKeys === undefined || !firedKeys.has(key)) {
          if (ctx.settings.commentsApi) {
            out.changes.push({
              kind: 'template-comment',
              system: 'tags',
              ...base,
              template,
              body: TEMPLATE_REPLIES[template],
              key,
            });
          } else {
            out.notes.push({
              level: 'info',
              ...base,
              text: `${base.ghsaId}: send the reporter the devguide's ${template === 'duplicate' ? '"duplicate report"' : '"rejecting a vulnerability report"'} reply by hand (advisory comments are off: reports.comments_api); the reminder comment tells the coordinator.`,
            });
          }
        }
      }
    } else if (advisory.state !== 'closed') {
      out.notes.push({
        level: 'warning',
        ...base,
        text: `${base.ghsaId} is ${advisory.state}: GitHub cannot close a ${advisory.state} advisory, so ${shown(closing)} is left in its title; remove it by hand.`,
      });
    }
  } else if (accepted) {
    if (advisory.state === 'triage' || advisory.state === 'draft') {
      if (advisory.state === 'triage') to = 'draft';
      acted.push('ACCEPTED');
      fork = advisory.privateFork === null;
    } else {
      out.notes.push({
        level: 'warning',
        ...base,
        text: `${base.ghsaId} is ${advisory.state}: [ACCEPTED] cannot move it back to draft (GitHub's API reopens nothing from here); reopen it by hand or remove the tag.`,
      });
    }
  }

  const exploitedNow = tags.includes('EXPLOITED');
  if (exploitedNow || memory?.tagsSeen.EXPLOITED !== undefined) {
    out.exploitedSeen = memory?.tagsSeen.EXPLOITED ?? isoUtc(ctx.now);
    if (report?.exploited === undefined && !ctx.exploitedPending.has(advisory.ghsaId)) {
      out.changes.push({
        kind: 'record-exploited',
        system: 'report-files',
        ...base,
        awareAt: out.exploitedSeen,
        approximate: true,
        previousSweepAt: ctx.previousSweepAt,
      });
    }
    if (exploitedNow && open) acted.push('EXPLOITED');
  }

  if (fork) out.changes.push({ kind: 'fork-create', system: 'tags', ...base });
  if (acted.length > 0) {
    out.changes.push({
      kind: 'tag-action',
      system: 'tags',
      ...base,
      tags: acted,
      from: advisory.state,
      ...(to ? { to } : {}),
      title: stripTitleTags(advisory.title, acted, advisory.ghsaId),
    });
  }
  return out;
}

function coordinatorsOf(advisory: DeskAdvisory): string[] {
  return coordinatorCredits(advisory).map((c) => c.login);
}

function snapshotOf(advisory: DeskAdvisory, clock: ReportClock): ReportSnapshot {
  return {
    state: advisory.state,
    coordinators: coordinatorsOf(advisory).map(loginKey).sort(),
    deadline: clock.deadline,
    cveId: advisory.cveId,
    updatedAt: advisory.updatedAt,
  };
}

function sinceLastSweep(previous: ReportSnapshot | null | undefined, now: ReportSnapshot): SinceLastSweepEvent[] {
  const open = (s: ReportSnapshot) => s.state === 'triage' || s.state === 'draft';
  if (!previous) return open(now) ? [{ what: 'new' }] : [];
  const events: SinceLastSweepEvent[] = [];
  if (previous.state === 'triage' && now.state === 'draft') events.push({ what: 'accepted' });
  if (open(previous) && !open(now)) events.push({ what: 'finished', state: now.state });
  if (!open(previous) && open(now)) events.push({ what: 'reopened', state: now.state });
  if (previous.coordinators.join(',') !== now.coordinators.join(','))
    events.push({ what: 'coordinator', from: previous.coordinators, to: now.coordinators });
  if (previous.deadline !== now.deadline)
    events.push({ what: 'deadline-moved', from: previous.deadline, to: now.deadline });
  if (previous.cveId === null && now.cveId !== null) events.push({ what: 'cve', cveId: now.cveId });
  return events;
}

function nextAction(
  advisory: DeskAdvisory,
  clock: ReportClock,
  ctx: { closing?: TitleTag[]; assigning?: string; coordinators: string[]; settings: DeskSettings; now: Date },
): string {
  const prefix = clock.overdue ? `overdue by ${clock.daysOverdue} day(s): ` : '';
  if (ctx.closing) return `closing (${ctx.closing.map((t) => `[${t}]`).join(' ')})`;
  if (ctx.assigning) return `${prefix}${ctx.assigning} assigned as coordinator by this sweep`;
  if (ctx.coordinators.length === 0) {
    const due = addDaysToTime(new Date(clock.receivedAt), ctx.settings.autoAssignAfterDays);
    return due.getTime() > ctx.now.getTime()
      ? `${prefix}a coordinator is assigned automatically from ${formatUtcTime(due)}`
      : `${prefix}assign a coordinator by hand (no member could be)`;
  }
  if (advisory.state === 'triage') return `${prefix}decide: [ACCEPTED], or [CLOSED] / [INVALID] / [DUPLICATE]`;
  // (Not the severity: the lists the sweep reads do not carry it, and the dashboard must not change
  // with what a sweep happened to read.)
  if (advisory.cveId === null) return `${prefix}reserve a CVE id`;
  if (advisory.privateFork === null) return `${prefix}start the temporary private fork`;
  return `${prefix}fix merged publicly, advisory email sent, then [COMPLETED]`;
}

/** What a report's memory says was sent, asked key by key. */
class SentNotices {
  private readonly fired: Readonly<Record<string, string>>;
  private readonly through: ReadonlyMap<string, number>;

  constructor(memory: ReportMemory | undefined) {
    this.fired = memory?.fired ?? {};
    this.through = sentThrough(this.fired);
  }

  has(key: string): boolean {
    return isNoticeSent(this.fired, this.through, key);
  }

  /** The latest position sent in a sequence, -1 when none. */
  position(sequence: string): number {
    return this.through.get(sequence) ?? -1;
  }
}

export function planSweep(input: SweepInput): SweepPlan {
  const { now, roster, policy, state } = input;
  const settings = deskSettings(policy);
  const nowIso = isoUtc(now);
  const today = isoDay(now);
  const stateReadable = state !== undefined;
  const previousSweepAt = state?.sweptAt ?? null;
  const advisories = [...input.advisories].sort((a, b) => cmp(a.repo, b.repo) || cmp(a.ghsaId, b.ghsaId));
  const reportByGhsa = new Map<string, ReportFile>();
  for (const r of input.reports) if (!reportByGhsa.has(r.ghsa)) reportByGhsa.set(r.ghsa, r);
  // A Map: tens of thousands of lookups in an object of as many keys are slow.
  const memories = new Map(Object.entries(state?.reports ?? {}));
  const memoryOf = (ghsa: string): ReportMemory | undefined => memories.get(ghsa);
  const exploitedPending = new Set([...(input.exploitedPending ?? []), ...(input.reportProblems?.ghsas ?? [])]);
  const brokenReports = new Set(input.reportProblems?.ghsas ?? []);
  const blockRemovals = input.reportProblems?.blockRemovals;
  const escalation = escalationTargets(settings, roster, today);
  const people = new ProtectedPeople(roster);

  const notes: SweepNote[] = [];
  const reportFileChanges: SweepChange[] = [];
  const tagChanges: SweepChange[] = [];
  const assignChanges: Change<'assign-coordinator'>[] = [];
  const accessChanges: SweepChange[] = [];
  const cveChanges: SweepChange[] = [];
  const notices: Change<'notify'>[] = [];
  const observedReports: Record<string, ReportMemory> = {};

  if (!stateReadable) {
    notes.push({
      level: 'warning',
      text: `The desk's memory could not be read${input.stateProblem ? ` (${input.stateProblem})` : ''}: this sweep sends no reminder or escalation and removes nobody; it still assigns coordinators and acts on title tags. Fix the state file, or delete it to start afresh.`,
    });
  }

  // --- title tags -------------------------------------------------------------------------------------
  const closingNow = new Map<string, TitleTag[]>();
  const exploitedSeen = new Map<string, string>();
  for (const advisory of advisories) {
    const memory = memoryOf(advisory.ghsaId);
    const firedKeys = stateReadable ? new Set(Object.keys(memory?.fired ?? {})) : undefined;
    const outcome = planTags(
      advisory,
      reportByGhsa.get(advisory.ghsaId),
      memory,
      { settings, now, previousSweepAt, exploitedPending },
      firedKeys,
    );
    for (const c of outcome.changes) (c.kind === 'record-exploited' ? reportFileChanges : tagChanges).push(c);
    notes.push(...outcome.notes);
    if (outcome.closing) closingNow.set(advisory.ghsaId, outcome.closing);
    if (outcome.exploitedSeen) exploitedSeen.set(advisory.ghsaId, outcome.exploitedSeen);
    // The devguide's reply when comments are off: a notice to the coordinator, sent once.
    const template = outcome.closing ? templateForTags(outcome.closing) : undefined;
    if (template !== undefined && !settings.commentsApi) {
      const key = `template/${template}`;
      if (firedKeys === undefined || !firedKeys.has(key)) {
        const coordinators = coordinatorsOf(advisory);
        notices.push({
          kind: 'notify',
          system: 'notices',
          repo: advisory.repo,
          ghsaId: advisory.ghsaId,
          reason: { what: 'template', template },
          to: coordinators.length > 0 ? coordinators : escalation,
          escalated: coordinators.length === 0,
          keys: [key],
        });
      }
    }
  }
  // Forks and comments before the PATCH that strips the tag: if they fail, the tag stays and asks again.
  tagChanges.sort((a, b) => cmp(a.ghsaId, b.ghsaId) || TAG_ORDER[a.kind] - TAG_ORDER[b.kind]);

  // --- clocks and coordinators --------------------------------------------------------------------------
  const open = advisories.filter((a) => isOpen(a) && !closingNow.has(a.ghsaId));
  const clocks = new Map(
    advisories.map((a) => [a.ghsaId, reportClock(a, reportByGhsa.get(a.ghsaId), settings.deadlineDays, now)] as const),
  );
  const eligible = assignableMembers(roster, today);
  const eligibleIndex = new PersonIndex<Member>(eligible);
  const pool = new CoordinatorPool(eligible, coordinatorLoads(eligible, open));
  let lastAssigned = state?.rotation.lastAssigned ?? null;
  const assigned = new Map<string, Member>();
  const needing = open
    .filter((a) => coordinatorCredits(a).length === 0 && clocks.get(a.ghsaId)!.ageDays >= settings.autoAssignAfterDays)
    .sort((a, b) => cmp(clocks.get(a.ghsaId)!.receivedAt, clocks.get(b.ghsaId)!.receivedAt) || cmp(a.ghsaId, b.ghsaId));
  const unassignable: DeskAdvisory[] = [];
  for (const advisory of needing) {
    const pick = pool.pick(lastAssigned, excludedFor(advisory, eligibleIndex));
    if (!pick) {
      unassignable.push(advisory);
      continue;
    }
    const key = loginKey(pick.member.login);
    assignChanges.push({
      kind: 'assign-coordinator',
      system: 'coordinators',
      repo: advisory.repo,
      ghsaId: advisory.ghsaId,
      login: pick.member.login,
      ...(pick.member.id !== undefined ? { id: pick.member.id } : {}),
      credits: creditsWithCoordinator(advisory.credits, pick.member.login),
      openReports: pick.load,
      why: pick.why,
    });
    pool.assign(pick.member.login);
    lastAssigned = key;
    assigned.set(advisory.ghsaId, pick.member);
  }
  if (unassignable.length > 0) {
    notes.push({
      level: 'warning',
      text: `no member can be assigned (every active member is a release manager, on the Steering Council, away, or the report's author): ${unassignable.map((a) => a.ghsaId).join(', ')}. Assign a coordinator by hand.`,
    });
  }

  // --- notices: reminders, overdue, stale, unassigned -----------------------------------------------------
  const tagActed = new Set(tagChanges.filter((c) => c.kind === 'tag-action').map((c) => c.ghsaId));
  const unassignableIds = new Set(unassignable.map((a) => a.ghsaId));
  if (stateReadable) {
    for (const advisory of open) {
      const memory = memoryOf(advisory.ghsaId);
      const clock = clocks.get(advisory.ghsaId)!;
      const assignee = assigned.get(advisory.ghsaId);
      const coordinators = assignee ? [assignee.login] : coordinatorsOf(advisory);
      const base = {
        kind: 'notify' as const,
        system: 'notices' as const,
        repo: advisory.repo,
        ghsaId: advisory.ghsaId,
      };
      const toCoordinators = (): { to: string[]; escalated: boolean } =>
        coordinators.length > 0 ? { to: coordinators, escalated: false } : { to: escalation, escalated: true };

      // Every threshold passed unseen goes in one line, named after the latest; each is listed.
      const sent = new SentNotices(memory);
      // Only the thresholds after the latest sent: a report long overdue costs nothing per sweep.
      const after = sent.position('deadline');
      const thresholds = reminderThresholds(settings, clock.ageDays, after);
      const due = thresholds.map((t) => `${t.kind}/day-${t.day}`);
      if (due.length > 0) {
        const latest = thresholds.at(-1)!;
        const reason: NoticeReason =
          latest.kind === 'reminder'
            ? { what: 'reminder', day: latest.day, deadline: clock.deadline, daysLeft: clock.daysLeft }
            : { what: 'overdue', day: latest.day, deadline: clock.deadline, daysOverdue: clock.daysOverdue ?? 0 };
        const who =
          latest.kind === 'overdue'
            ? { to: unique([...coordinators, ...escalation]), escalated: true }
            : toCoordinators();
        notices.push({ ...base, reason, ...who, keys: due });
      }

      // A report this sweep edits (coordinator, tag) is being updated now: no stale nudge for it.
      const touched = assignee !== undefined || tagActed.has(advisory.ghsaId);
      if (settings.staleAfterDays !== undefined && !touched) {
        // One nudge per period without an update; periods passed unseen are covered by the latest.
        const updated = new Date(advisory.updatedAt);
        const idle = now.getTime() - updated.getTime();
        const periods = Math.floor(idle / (settings.staleAfterDays * DAY_MS));
        const updatedIso = periods >= 1 ? isoUtcText(advisory.updatedAt) : '';
        if (periods >= 1 && periods > sent.position(`stale/${updatedIso}`)) {
          notices.push({
            ...base,
            reason: { what: 'stale', idleDays: wholeDaysBetween(updated, now), updatedAt: updatedIso },
            ...toCoordinators(),
            keys: [`stale/${updatedIso}/${periods}`],
          });
        }
      }

      if (unassignableIds.has(advisory.ghsaId)) {
        const due = sent.has('unassigned') ? [] : ['unassigned'];
        if (due.length > 0)
          notices.push({
            ...base,
            reason: { what: 'unassigned', ageDays: clock.ageDays },
            to: escalation,
            escalated: true,
            keys: due,
          });
      }
    }
  }

  // --- CRA clocks -----------------------------------------------------------------------------------------
  const advisoryByGhsa = new Map(advisories.map((a) => [a.ghsaId, a] as const));
  const craGhsas = new Set<string>([
    ...input.reports.filter((r) => r.exploited !== undefined).map((r) => r.ghsa),
    ...exploitedSeen.keys(),
  ]);
  for (const [ghsa, memory] of memories) if (memory.tagsSeen.EXPLOITED !== undefined) craGhsas.add(ghsa);
  const cra: CraReport[] = [];
  for (const ghsa of [...craGhsas].sort()) {
    const file = reportByGhsa.get(ghsa);
    const advisory = advisoryByGhsa.get(ghsa);
    const seen = exploitedSeen.get(ghsa) ?? memoryOf(ghsa)?.tagsSeen.EXPLOITED;
    const exploitation: Exploitation | undefined =
      file?.exploited ?? (seen !== undefined ? { aware_at: seen, approximate: true } : undefined);
    const repo = file?.repo ?? advisory?.repo ?? memoryOf(ghsa)?.repo;
    if (exploitation === undefined || repo === undefined) continue;
    const report: CraReport = {
      repo,
      ghsaId: ghsa,
      awareAt: isoUtc(new Date(exploitation.aware_at)),
      awareFrom: file?.exploited ? 'report-file' : 'title-tag',
      approximate: exploitation.approximate === true || !file?.exploited,
      ...(exploitation.fix_available_at ? { fixAvailableAt: isoUtc(new Date(exploitation.fix_available_at)) } : {}),
      clocks: craClocks(exploitation, now),
    };
    cra.push(report);
    if (!stateReadable) continue;
    const sent = new SentNotices(memoryOf(ghsa));
    const coordinators = advisory ? coordinatorsOf(advisory) : [];
    for (const clock of report.clocks) {
      if (clock.status === 'met' || clock.due === undefined || clock.halfTime === undefined) continue;
      const all: { key: string; phase: 'half-time' | 'expired' | 'still-unmet' }[] = [];
      const due = new Date(clock.due);
      if (now.getTime() >= new Date(clock.halfTime).getTime())
        all.push({ key: `cra/${clock.step}/half-time`, phase: 'half-time' });
      if (now.getTime() >= due.getTime()) {
        all.push({ key: `cra/${clock.step}/expired`, phase: 'expired' });
        // Repeats passed unseen are covered by the latest.
        const repeats = Math.floor((now.getTime() - due.getTime()) / (settings.craRepeatEveryHours * HOUR_MS));
        if (repeats > 0) all.push({ key: `cra/${clock.step}/repeat-${repeats}`, phase: 'still-unmet' });
      }
      const pending = all.filter((t) => !sent.has(t.key));
      if (pending.length === 0) continue;
      notices.push({
        kind: 'notify',
        system: 'notices',
        repo,
        ghsaId: ghsa,
        reason: { what: 'cra', step: clock.step, phase: pending.at(-1)!.phase, due: clock.due },
        to: unique([...escalation, ...coordinators]),
        escalated: true,
        keys: pending.map((t) => t.key),
      });
    }
  }
  cra.sort((a, b) => cmp(nextCraDue(a), nextCraDue(b)) || cmp(a.ghsaId, b.ghsaId));

  // --- the CNA's 24-hour clocks (advisory email → CVE record published) ------------------------------------
  const cna = cnaClockViews(input.cnaPublications ?? [], reportByGhsa, now);
  const cnaTargets = cnaNoticeTargets(policy, escalation);
  const cnaPublished = new Map<string, { cveId: string; at: string }>();
  for (const view of cna) {
    if (view.clock.state === 'published' || view.clock.state === 'published-early') {
      cnaPublished.set(view.ghsaId, {
        cveId: view.cveId,
        at: view.clock.publishedAt ? isoUtcText(view.clock.publishedAt) : nowIso,
      });
      continue;
    }
    if (!stateReadable) continue;
    const sent = new SentNotices(memoryOf(view.ghsaId));
    const pending = cnaThresholds(view.cveId, view.clock, now).filter((t) => !sent.has(t.key));
    const last = pending.at(-1);
    if (!last) continue;
    const late = last.phase === 'overdue' || last.phase === 'still-overdue';
    notices.push({
      kind: 'notify',
      system: 'notices',
      repo: view.repo,
      ghsaId: view.ghsaId,
      reason: {
        what: 'cna',
        cveId: view.cveId,
        phase: last.phase,
        ...(view.clock.dueAt ? { due: view.clock.dueAt } : {}),
      },
      to: late ? unique([...cnaTargets, ...escalation]) : cnaTargets,
      escalated: late,
      keys: pending.map((t) => t.key),
    });
  }

  // --- access ---------------------------------------------------------------------------------------------
  const outsideAccess: OutsideAccessView[] = [];
  const adoptedBy = new Map<string, ReportMemory['adopted']>();
  for (const advisory of advisories) {
    if (brokenReports.has(advisory.ghsaId)) {
      // Its grants are unknown: neither add nor remove anyone, and keep what the memory knew.
      adoptedBy.set(advisory.ghsaId, memoryOf(advisory.ghsaId)?.adopted ?? {});
      notes.push({
        level: 'warning',
        repo: advisory.repo,
        ghsaId: advisory.ghsaId,
        text: `${advisory.ghsaId}: its report file cannot be read (npx psrt validate): nobody's access to it changes until it is fixed.`,
      });
      continue;
    }
    const plan = planAdvisoryAccess({
      advisory,
      report: reportByGhsa.get(advisory.ghsaId),
      memory: memoryOf(advisory.ghsaId),
      people,
      settings,
      now,
      stateReadable,
      allowRemovals: blockRemovals === undefined,
    });
    if (plan.change) accessChanges.push(plan.change);
    outsideAccess.push(...plan.views);
    adoptedBy.set(advisory.ghsaId, plan.adopted);
  }

  if (blockRemovals !== undefined)
    notes.push({ level: 'warning', text: `Nobody is removed from any advisory in this sweep: ${blockRemovals}` });

  // --- CVE reservations -----------------------------------------------------------------------------------
  const reservationsToReject: ReservationToReject[] = [];
  const carried = new Set(advisories.flatMap((a) => (a.cveId ? [a.cveId] : [])));
  const reservations = (state?.cveReservations ?? []).map((r) => ({ ...r }));
  for (const r of reservations) {
    if (carried.has(r.cveId)) {
      r.written = true;
      continue;
    }
    const advisory = advisoryByGhsa.get(r.ghsa);
    if (!advisory) continue; // not read: whether it is used cannot be told
    if (!r.written && isOpen(advisory) && advisory.cveId === null) {
      cveChanges.push({ kind: 'cve-id-write', system: 'cve', repo: r.repo, ghsaId: r.ghsa, cveId: r.cveId });
      continue;
    }
    reservationsToReject.push({
      ...r,
      why: advisory.cveId
        ? `${r.ghsa} carries ${advisory.cveId} instead`
        : isOpen(advisory)
          ? `${r.ghsa} no longer carries it`
          : `${r.ghsa} is ${advisory.state} without it`,
    });
  }

  // --- views, since the last sweep, the observed state ------------------------------------------------------
  const reports: ReportView[] = [];
  const since: SinceLastSweep[] = [];
  for (const advisory of advisories) {
    const clock = clocks.get(advisory.ghsaId)!;
    const snapshot = snapshotOf(advisory, clock);
    const memory = memoryOf(advisory.ghsaId);
    if (stateReadable) {
      const events = sinceLastSweep(memory?.snapshot, snapshot);
      if (events.length > 0) since.push({ repo: advisory.repo, ghsaId: advisory.ghsaId, events });
      const tagsSeen: Record<string, string> = {};
      for (const tag of findTitleTags(advisory.title)) tagsSeen[tag] = memory?.tagsSeen[tag] ?? nowIso;
      const exploited = exploitedSeen.get(advisory.ghsaId);
      if (exploited !== undefined && reportByGhsa.get(advisory.ghsaId)?.exploited === undefined)
        tagsSeen.EXPLOITED = exploited;
      observedReports[advisory.ghsaId] = {
        repo: advisory.repo,
        snapshot,
        fired: currentKeys(memory?.fired ?? {}, advisory),
        tagsSeen,
        adopted: adoptedBy.get(advisory.ghsaId) ?? {},
      };
    }
    if (!isOpen(advisory)) continue;
    const assignee = assigned.get(advisory.ghsaId);
    const coordinators = coordinatorsOf(advisory);
    const closing = closingNow.get(advisory.ghsaId);
    reports.push({
      repo: advisory.repo,
      ghsaId: advisory.ghsaId,
      state: advisory.state,
      coordinators,
      ...(assignee ? { assigning: assignee.login } : {}),
      clock,
      cveId: advisory.cveId,
      exploited: craGhsas.has(advisory.ghsaId),
      nextAction: nextAction(advisory, clock, {
        ...(closing ? { closing } : {}),
        ...(assignee ? { assigning: assignee.login } : {}),
        coordinators,
        settings,
        now,
      }),
    });
  }
  reports.sort(
    (a, b) =>
      Number(b.exploited) - Number(a.exploited) || cmp(a.clock.deadline, b.clock.deadline) || cmp(a.ghsaId, b.ghsaId),
  );
  if (stateReadable) {
    // A record seen published: its clock is done, and the memory says so (no further read of it).
    for (const [ghsa, seen] of cnaPublished) {
      const memory = observedReports[ghsa];
      if (!memory) continue;
      const prefix = `cna/${seen.cveId}/`;
      memory.fired = {
        ...Object.fromEntries(Object.entries(memory.fired).filter(([k]) => !k.startsWith(prefix))),
        [cnaPublishedKey(seen.cveId)]: seen.at,
      };
    }
    // Reports known only through their CRA clocks keep their memory (the notices sent).
    for (const report of cra) {
      if (observedReports[report.ghsaId]) continue;
      const memory = memoryOf(report.ghsaId) ?? emptyReportMemory(report.repo);
      const keepSeen = memory.tagsSeen.EXPLOITED !== undefined && report.awareFrom === 'title-tag';
      observedReports[report.ghsaId] = {
        ...memory,
        snapshot: null,
        adopted: {},
        tagsSeen: keepSeen ? { EXPLOITED: memory.tagsSeen.EXPLOITED! } : {},
      };
    }
  }
  if (previousSweepAt !== null && reportFileChanges.length > 0) {
    notes.push({
      level: 'info',
      text: `aware_at of a report first seen tagged [EXPLOITED] is the time of this sweep: the tag was set after the previous sweep (${formatUtcTime(previousSweepAt)}), so the true time is earlier by up to one sweep interval. Correct it in the report file if it is known.`,
    });
  }

  const changes: SweepChange[] = [
    ...reportFileChanges,
    ...tagChanges,
    ...assignChanges,
    ...accessChanges,
    ...cveChanges,
    ...orderNotices(notices),
  ];
  const losingAccess = changes.flatMap((c) =>
    c.kind === 'access' ? c.remove.map((r) => ({ login: r.login, repo: c.repo, ghsaId: c.ghsaId, why: r.why })) : [],
  );

  return {
    now: nowIso,
    previousSweepAt,
    stateReadable,
    ...(input.stateProblem !== undefined ? { stateProblem: input.stateProblem } : {}),
    changes,
    notes,
    reports,
    cra,
    cna,
    outsideAccess,
    reservationsToReject,
    sinceLastSweep: since,
    losingAccess,
    observed: stateReadable
      ? {
          version: state.version,
          sweptAt: state.sweptAt,
          reports: observedReports,
          rotation: { ...state.rotation },
          cveReservations: reservations,
          dashboardHash: state.dashboardHash,
          lastChanges: state.lastChanges,
        }
      : undefined,
  };
}

const TAG_ORDER: Record<SweepChange['kind'], number> = {
  'record-exploited': 0,
  'fork-create': 1,
  'template-comment': 2,
  'tag-action': 3,
  'assign-coordinator': 4,
  access: 5,
  'member-access': 5,
  'cve-reserve': 6,
  'cve-id-write': 6,
  notify: 7,
};

const NOTICE_ORDER: Record<NoticeReason['what'], number> = {
  cra: 0,
  cna: 1,
  overdue: 2,
  unassigned: 3,
  reminder: 4,
  stale: 5,
  template: 6,
};

/** CRA first, then the deadline clock, then the rest; within a kind by report. */
function orderNotices(notices: Change<'notify'>[]): Change<'notify'>[] {
  return [...notices].sort(
    (a, b) => NOTICE_ORDER[a.reason.what] - NOTICE_ORDER[b.reason.what] || cmp(a.ghsaId, b.ghsaId),
  );
}

/** Stale keys of an older update are dropped (the clock restarted); each sequence keeps its latest key. */
function currentKeys(fired: Record<string, string>, advisory: DeskAdvisory): Record<string, string> {
  const keys = Object.keys(fired);
  if (keys.length === 0) return {};
  if (!keys.some((k) => k.startsWith('stale/'))) return compactFired(fired);
  const prefix = `stale/${isoUtcText(advisory.updatedAt)}/`;
  return compactFired(
    Object.fromEntries(Object.entries(fired).filter(([k]) => !k.startsWith('stale/') || k.startsWith(prefix))),
  );
}

/** The earliest due time among a report's unmet CRA steps (met or waiting reports sort last). */
export function nextCraDue(report: CraReport): string {
  const due = report.clocks.filter((c) => c.status !== 'met' && c.due !== undefined).map((c) => c.due!);
  return due.sort()[0] ?? '9999';
}

function unique(list: readonly string[]): string[] {
  const seen = new Set<string>();
  return list.filter((x) => {
    const k = loginKey(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
