// The sweep as a job: the desk's plan (planSweep) plus what the sweep writes around it: the PSRT's own
// access to reports it has not seen before (reconcile's GHSA part), a CVE id for each accepted report
// (the CNA desk's reserve on accept), the dashboard issue and the desk's memory, and the guards checked
// before the first write. After an apply, settleSweep gives the memory to store and the dashboard to
// show, both as the next sweep will see them, so a sweep right after writes nothing. Pure.
import type { Account } from '../account.js';
import { PersonIndex } from '../account.js';
import type { GuardResult, Note, Plan } from '../plan.js';
import { memberAccessPlanner } from '../reconcile/advisory-access.js';
import type { DeskAdvisory } from './advisory.js';
import { isOpen } from './advisory.js';
import { nextDeskState, withCveReservation } from './advance.js';
import { dashboardFingerprint } from './dashboard.js';
import type { SweepChange, SweepJobChange, SweepPlan } from './plan.js';
import { removedPeopleOf } from './plan.js';
import type { SweepInput } from './planner.js';
import { planSweep } from './planner.js';
import { cnaPublishedKey } from './cna.js';
import { deskSettings } from './settings.js';
import type { DeadlineShift } from './shifts.js';
import type { CveReservation, DeskState } from './state.js';
import { serializeDeskState } from './state.js';

/** The desk's memory lives on its own branch of the ops repo, in one file (STATE.md). */
export const DESK_STATE_BRANCH = 'psrt/desk-state';
export const DESK_STATE_PATH = 'desk-state.json';
/** Marks the dashboard issue the tool keeps (found by label, told apart from people's issues by this). */
export const DASHBOARD_MARKER = '<!-- psrt-ops:report-desk-dashboard -->';
export const DASHBOARD_TITLE = 'PSRT report desk';

export interface SweepJobInput extends SweepInput {
  opsRepo: string;
  /** Whether GitHub says the ops repo is private: the dashboard and reminders go nowhere else. */
  opsRepoPrivate: boolean;
  /** Whether CVE Services credentials were given: without them no CVE id is reserved. */
  cveCredentials: boolean;
  /** The members of the PSRT's org, read when there is a report the desk has not seen before. */
  orgMembers?: readonly Account[];
  /** allow-large-removal: the reason an operator gave for removing more than the share allows. */
  allowLargeRemoval?: string;
}

export type LastChanges = DeskState['lastChanges'];

export interface SweepJobPlan extends Plan<SweepJobChange> {
  /** The desk's own plan (changes, notes and the dashboard's views). */
  desk: SweepPlan;
  /** What the plan was made from: apply settles the memory and the dashboard from it. */
  input: SweepJobInput;
  scope: { opsRepo: string; label: string; stateBranch: string; statePath: string };
  /** Active members: the denominator of the removal share. */
  activeMembers: number;
  /** The dashboard's "what changed" as this plan sees it. */
  lastChanges: LastChanges;
  /**
   * Against a base policy (a pull request that changes the clocks): the open reports whose deadline or
   * first reminder moves. Undefined when no base was given.
   */
  shifts?: DeadlineShift[];
}

/** Open reports the desk has never seen (no memory of them): they get the PSRT's access in this sweep. */
export function newReports(input: Pick<SweepInput, 'advisories' | 'state'>): DeskAdvisory[] {
  return input.advisories.filter((a) => isOpen(a) && !input.state?.reports[a.ghsaId]?.snapshot);
}

/** What the dashboard shows as changed: this sweep's findings, else the last sweep's that found any. */
export function lastChangesOf(plan: SweepPlan, previous: LastChanges): LastChanges {
  return plan.sinceLastSweep.length > 0 ? { at: plan.now, reports: plan.sinceLastSweep } : previous;
}

/** The memory to store for a plan's observations (before any change's effect). */
export function observedState(plan: SweepPlan, lastChanges: LastChanges, dashboardHash: string | null) {
  return plan.observed ? { ...plan.observed, sweptAt: plan.now, lastChanges, dashboardHash } : undefined;
}

/** Two memories hold the same, when the time of the sweep that wrote them is left aside. */
export function sameDeskState(a: DeskState, b: DeskState): boolean {
  return serializeDeskState({ ...a, sweptAt: null }) === serializeDeskState({ ...b, sweptAt: null });
}

function planMemberAccess(input: SweepJobInput, closing: ReadonlySet<string>): SweepChange[] {
  if (!input.orgMembers) return [];
  const { roster, policy } = input;
  const org = new PersonIndex(input.orgMembers);
  const planner = memberAccessPlanner({
    org: policy.org,
    team: policy.team,
    members: roster.members,
    isOrgMember: (p) => org.has(p),
  });
  const out: SweepChange[] = [];
  for (const advisory of newReports(input)) {
    if (closing.has(advisory.ghsaId)) continue;
    const edit = planner.plan(advisory);
    if (!edit) continue;
    out.push({
      kind: 'member-access',
      system: 'access',
      repo: advisory.repo,
      ghsaId: advisory.ghsaId,
      addTeams: edit.addTeams,
      addUsers: edit.addUsers,
      removeUsers: [],
    });
  }
  return out;
}

/**
 * Reserve on accept: a draft (or a report this sweep accepts) without a CVE id and without a
 * reservation in the memory gets one. Without a readable memory, or without credentials, nothing is
 * reserved (a reservation must be recorded before it is written), and the plan says so.
 */
function planReservations(input: SweepJobInput, desk: SweepPlan, notes: Note[]): SweepChange[] {
  const tagMoves = new Map<string, 'draft' | 'closed' | undefined>();
  for (const c of desk.changes) if (c.kind === 'tag-action') tagMoves.set(c.ghsaId, c.to);
  const reserved = new Set((input.state?.cveReservations ?? []).map((r) => r.ghsa));
  const wanting = input.advisories.filter((a) => {
    const move = tagMoves.get(a.ghsaId);
    const draft = move === 'draft' || (a.state === 'draft' && move !== 'closed');
    return draft && a.cveId === null && !reserved.has(a.ghsaId);
  });
  if (wanting.length === 0) return [];
  const ids = wanting.map((a) => a.ghsaId).join(', ');
  if (!input.state) {
    notes.push({
      level: 'warning',
      text: `No CVE id is reserved while the desk's memory cannot be read (a reservation is recorded there first): ${ids}.`,
    });
    return [];
  }
  if (!input.cveCredentials) {
    notes.push({
      level: 'info',
      text: `No CVE id is reserved: CVE Services credentials are not set (CVE_API_ORG, CVE_API_USER, CVE_API_KEY). Accepted without one: ${ids}.`,
    });
    return [];
  }
  return wanting.map((a) => ({
    kind: 'cve-reserve' as const,
    system: 'cve' as const,
    repo: a.repo,
    ghsaId: a.ghsaId,
    year: new Date(desk.now).getUTCFullYear(),
    shortName: input.policy.cna.short_name,
  }));
}

function guards(input: SweepJobInput, desk: SweepPlan, changes: readonly SweepJobChange[]): GuardResult[] {
  const out: GuardResult[] = [
    { guard: 'reads', ok: true, detail: 'every read of GitHub completed' },
    {
      guard: 'ops-repo-private',
      ok: input.opsRepoPrivate,
      detail: input.opsRepoPrivate
        ? `${input.opsRepo} is private: the dashboard and reminders may go there`
        : `${input.opsRepo} is not private: the dashboard and reminders name reports under embargo, so nothing is written. Make the repository private.`,
    },
  ];
  const people = new Set(
    changes.flatMap((c) => (c.kind === 'dashboard' || c.kind === 'desk-state' ? [] : removedPeopleOf(c))),
  );
  const active = input.roster.members.length;
  const share = active === 0 ? (people.size > 0 ? 1 : 0) : people.size / active;
  const limit = input.policy.guards.max_removal_share;
  const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
  const base = `${people.size} person(s) would lose access to an advisory, ${pct(share)} of ${active} member(s); limit ${pct(limit)} (guards.max_removal_share)`;
  const tooMany = share > limit;
  out.push(
    tooMany && input.allowLargeRemoval
      ? {
          guard: 'removal-share',
          ok: true,
          overridden: input.allowLargeRemoval,
          detail: `${base}; overridden: "${input.allowLargeRemoval}"`,
        }
      : {
          guard: 'removal-share',
          ok: !tooMany,
          detail: tooMany ? `${base}. If this is intended, run again with allow-large-removal and a reason.` : base,
        },
  );
  // The template reply goes with its tag, which the same sweep removes: it cannot repeat, memory or not.
  const sends = changes.some((c) => c.kind === 'notify' && c.reason.what !== 'template') || people.size > 0;
  out.push({
    guard: 'desk-memory',
    ok: desk.stateReadable || !sends,
    detail: desk.stateReadable
      ? "the desk's memory was read: nothing already sent is sent again"
      : "the desk's memory could not be read: no reminder, escalation or removal is planned",
  });
  return out;
}

export function planSweepJob(input: SweepJobInput): SweepJobPlan {
  const desk = planSweep(input);
  const settings = deskSettings(input.policy);
  const notes: Note[] = [...desk.notes];
  const closing = new Set(
    desk.changes.flatMap((c) => (c.kind === 'tag-action' && c.to === 'closed' ? [c.ghsaId] : [])),
  );
  const memberAccess = planMemberAccess(input, closing);
  const reservations = planReservations(input, desk, notes);
  // Apply order: report files, tags, coordinators, access, CVE ids, notices (then the dashboard and memory).
  const order: SweepChange['system'][] = ['report-files', 'tags', 'coordinators', 'access', 'cve', 'notices'];
  const reportChanges = [...desk.changes, ...memberAccess, ...reservations].sort(
    (a, b) => order.indexOf(a.system) - order.indexOf(b.system),
  );
  const changes: SweepJobChange[] = [...reportChanges];
  const scope = {
    opsRepo: input.opsRepo,
    label: settings.dashboardLabel,
    stateBranch: DESK_STATE_BRANCH,
    statePath: DESK_STATE_PATH,
  };
  const lastChanges = lastChangesOf(desk, input.state?.lastChanges ?? null);
  const fingerprint = dashboardFingerprint(desk, { advisories: input.advisories, changes: lastChanges });
  // Any change to a report shows on the dashboard; otherwise it is rewritten only when what it shows moved.
  const viewChanges = reportChanges.some((c) => c.kind !== 'notify');
  if (viewChanges || fingerprint !== input.state?.dashboardHash)
    changes.push({ kind: 'dashboard', system: 'dashboard', repo: input.opsRepo, label: settings.dashboardLabel });
  const observed = observedState(desk, lastChanges, input.state?.dashboardHash ?? null);
  if (observed && input.state && (changes.length > 0 || !sameDeskState(observed, input.state)))
    changes.push({
      kind: 'desk-state',
      system: 'state',
      repo: input.opsRepo,
      branch: DESK_STATE_BRANCH,
      path: DESK_STATE_PATH,
    });
  return {
    desk,
    input,
    scope,
    changes,
    notes,
    guards: guards(input, desk, changes),
    activeMembers: input.roster.members.length,
    lastChanges,
  };
}

export interface SettleInput {
  plan: SweepJobPlan;
  /** The reports' changes that were made. */
  applied: readonly SweepChange[];
  /** The advisories as GitHub holds them now: each one written, as its PATCH answered; the others as read. */
  advisories: readonly DeskAdvisory[];
  /** CVE ids reserved in this sweep (recorded in the memory before their PATCH). */
  reservations: readonly Omit<CveReservation, 'written'>[];
  /** GHSA ids whose exploitation record PR is open now (opened in this sweep, or before). */
  exploitedPending: readonly string[];
  /** New reports whose access write failed: the next sweep treats them as new again. */
  retryNew: readonly string[];
}

export interface Settled {
  /** The desk's plan over the advisories as they are now: the dashboard shows its views. */
  view: SweepPlan;
  /** The memory to store (its dashboardHash is the dashboard's as the next sweep will see it). */
  state: DeskState | undefined;
  /** The dashboard's "what changed". */
  lastChanges: LastChanges;
}

/**
 * The desk after an apply, as the next sweep will find it: the memory is what that sweep would
 * observe (snapshots of the advisories as written, tags gone from titles, adopted collaborators
 * removed, notices and reservations recorded), so a sweep right after plans nothing.
 */
export function settleSweep(s: SettleInput): Settled {
  const { plan } = s;
  const previous = plan.input.state;
  let next = nextDeskState(plan.desk, s.applied);
  if (!next || !previous) {
    const view = planSweep({ ...plan.input, advisories: s.advisories, state: undefined });
    return { view, state: undefined, lastChanges: null };
  }
  for (const r of s.reservations) next = withCveReservation(next, r);
  // "What changed" compares with the memory the sweep started from, so this sweep's own changes count.
  const reports = Object.fromEntries(
    Object.entries(next.reports).map(([ghsa, m]) => [
      ghsa,
      { ...m, snapshot: previous.reports[ghsa]?.snapshot ?? null },
    ]),
  );
  // A record this sweep saw published is no candidate of the next read: nor of the view stored here.
  const cnaPublications = (plan.input.cnaPublications ?? []).filter(
    (p) => next!.reports[p.ghsaId]?.fired[cnaPublishedKey(p.cveId)] === undefined,
  );
  const view = planSweep({
    ...plan.input,
    cnaPublications,
    advisories: s.advisories,
    state: { ...next, reports },
    exploitedPending: [...(plan.input.exploitedPending ?? []), ...s.exploitedPending],
  });
  const lastChanges = lastChangesOf(view, previous.lastChanges);
  const state = observedState(view, lastChanges, null)!;
  for (const ghsa of s.retryNew) {
    const memory = state.reports[ghsa];
    if (memory && !previous.reports[ghsa]?.snapshot) state.reports[ghsa] = { ...memory, snapshot: null };
  }
  state.dashboardHash = dashboardFingerprint(view, { advisories: s.advisories, changes: lastChanges });
  return { view, state, lastChanges };
}
