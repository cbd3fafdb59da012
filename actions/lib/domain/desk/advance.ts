// The state to store after a sweep: what the sweep observed, plus the effects of the changes that were
// applied (notices sent, the rotation pointer, CVE ids written). A change that failed or was not
// attempted leaves no trace, so the next sweep plans it again.
import { loginKey } from '../roster.js';
import type { DeskAdvisory } from './advisory.js';
import type { SweepChange, SweepPlan } from './plan.js';
import type { DeskState } from './state.js';
import { compactFired, emptyReportMemory } from './state.js';
import { isoUtc } from './time.js';

/**
 * The next state, or undefined when the sweep ran without a readable state (then nothing is written:
 * the unreadable file is left for a person to fix, and no fresh state hides what was sent).
 */
export function nextDeskState(plan: SweepPlan, applied: readonly SweepChange[]): DeskState | undefined {
  const observed = plan.observed;
  if (!observed) return undefined;
  // The observed state belongs to the plan: copy only what the applied changes touch.
  const state: DeskState = {
    ...observed,
    sweptAt: plan.now,
    reports: { ...observed.reports },
    rotation: { ...observed.rotation },
    cveReservations: observed.cveReservations.map((r) => ({ ...r })),
  };
  recordInto(state, applied, plan.now);
  return state;
}

/**
 * The memory with the notices (and template comments) among `sent` recorded as sent at `at`: for the
 * reminder comment, posted after the rest of the sweep was settled. A stale nudge about an update the
 * advisory has since moved past (this sweep wrote to it) is kept only as long as the next sweep would
 * keep it: not at all.
 */
export function withNoticesSent(
  state: DeskState,
  sent: readonly SweepChange[],
  at: string,
  advisories: readonly Pick<DeskAdvisory, 'ghsaId' | 'updatedAt'>[] = [],
): DeskState {
  const out: DeskState = { ...state, reports: { ...state.reports }, rotation: { ...state.rotation } };
  const notices = sent.filter((c) => c.kind === 'notify' || c.kind === 'template-comment');
  recordInto(out, notices, at);
  const updated = new Map(advisories.map((a) => [a.ghsaId, `stale/${isoUtc(new Date(a.updatedAt))}/`] as const));
  for (const ghsa of new Set(notices.map((n) => n.ghsaId))) {
    const prefix = updated.get(ghsa);
    const memory = out.reports[ghsa];
    if (prefix === undefined || !memory) continue;
    memory.fired = Object.fromEntries(
      Object.entries(memory.fired).filter(([k]) => !k.startsWith('stale/') || k.startsWith(prefix)),
    );
  }
  return out;
}

/** Applies the changes' effects to a state whose `reports` map (not its entries) the caller owns. */
function recordInto(state: DeskState, applied: readonly SweepChange[], at: string): void {
  const touched = new Set<string>();
  for (const change of applied) {
    switch (change.kind) {
      case 'notify':
      case 'template-comment': {
        if (!touched.has(change.ghsaId)) {
          const before = state.reports[change.ghsaId] ?? emptyReportMemory(change.repo);
          state.reports[change.ghsaId] = { ...before, fired: { ...before.fired } };
          touched.add(change.ghsaId);
        }
        const memory = state.reports[change.ghsaId]!;
        // A deadline line's keys are one sequence, oldest first: its latest stands for them all.
        const keys =
          change.kind !== 'notify'
            ? [change.key]
            : change.reason.what === 'reminder' || change.reason.what === 'overdue'
              ? change.keys.slice(-1)
              : change.keys;
        for (const key of keys) memory.fired[key] ??= at;
        break;
      }
      case 'assign-coordinator':
        state.rotation.lastAssigned = loginKey(change.login);
        break;
      case 'cve-id-write': {
        const i = state.cveReservations.findIndex((r) => r.cveId === change.cveId);
        if (i >= 0) state.cveReservations[i] = { ...state.cveReservations[i]!, written: true };
        break;
      }
      default:
        break;
    }
  }
  for (const ghsa of touched) state.reports[ghsa]!.fired = compactFired(state.reports[ghsa]!.fired);
}

/** Record a CVE id the CNA desk reserved, before the PATCH that writes it (so a failed PATCH costs no second id). */
export function withCveReservation(
  state: DeskState,
  reservation: { cveId: string; repo: string; ghsa: string; reservedAt: string },
): DeskState {
  if (state.cveReservations.some((r) => r.cveId === reservation.cveId)) return state;
  return { ...state, cveReservations: [...state.cveReservations, { ...reservation, written: false }] };
}

/** Forget a CVE id once it has been rejected (or otherwise settled) by the CNA desk. */
export function withoutCveReservation(state: DeskState, cveId: string): DeskState {
  return { ...state, cveReservations: state.cveReservations.filter((r) => r.cveId !== cveId) };
}
