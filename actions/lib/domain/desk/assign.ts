// Coordinator auto-assignment: a report idle since it was received for auto_assign_after_days without
// a coordinator gets the least-loaded eligible member; ties rotate. An existing coordinator is never
// replaced.
import type { PersonRef } from '../account.js';
import { PersonIndex, isPerson } from '../account.js';
import type { Member, Roster } from '../roster.js';
import { hasRole, isAway, loginKey } from '../roster.js';
import type { AdvisoryCredit, CreditInput, DeskAdvisory } from './advisory.js';
import { coordinatorCredits } from './advisory.js';

/** Active members who may be picked: not release managers, not Steering Council, not away today. */
export function assignableMembers(roster: Roster, today: string): Member[] {
  return roster.members.filter(
    (m) => !hasRole(m, 'release-manager') && !hasRole(m, 'steering-council') && !isAway(m, today),
  );
}

/** Open reports each member coordinates (by login key), counting pending credits and not declined ones. */
export function coordinatorLoads(members: readonly Member[], open: readonly DeskAdvisory[]): Map<string, number> {
  const loads = new Map(members.map((m) => [loginKey(m.login), 0]));
  const index = new PersonIndex<Member>(members);
  for (const advisory of open) {
    for (const credit of coordinatorCredits(advisory)) {
      const member = index.find(credit);
      if (member) loads.set(loginKey(member.login), (loads.get(loginKey(member.login)) ?? 0) + 1);
    }
  }
  return loads;
}

export interface CoordinatorPick {
  member: Member;
  load: number;
  /** How many eligible members had that same lowest load. */
  tied: number;
  why: string;
}

/**
 * The member to assign: the lowest load; among equals the first after `lastAssigned` in login order
 * (wrapping), so equal members take turns. Candidates exclude anyone the advisory rules out.
 */
export function pickCoordinator(
  candidates: readonly Member[],
  loads: ReadonlyMap<string, number>,
  lastAssigned: string | null,
): CoordinatorPick | undefined {
  if (candidates.length === 0) return undefined;
  const load = (m: Member) => loads.get(loginKey(m.login)) ?? 0;
  const lowest = Math.min(...candidates.map(load));
  const tied = candidates.filter((m) => load(m) === lowest).sort((a, b) => cmp(loginKey(a.login), loginKey(b.login)));
  const next = lastAssigned === null ? undefined : tied.find((m) => loginKey(m.login) > lastAssigned);
  const member = next ?? tied[0]!;
  const why =
    tied.length === 1
      ? `fewest open reports: ${lowest}`
      : `fewest open reports: ${lowest}, with ${tied.length - 1} other(s); next in turn`;
  return { member, load: lowest, tied: tied.length, why };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Who may coordinate this advisory: not its author, nobody who declined coordinating it. */
export function candidatesFor(advisory: DeskAdvisory, members: readonly Member[]): Member[] {
  return members.filter(
    (m) =>
      !(advisory.author && isPerson(m, advisory.author)) &&
      !advisory.credits.some((c) => c.type === 'coordinator' && c.state === 'declined' && isPerson(m, c)),
  );
}

/** The credits to write: every existing credit, then the coordinator. */
export function creditsWithCoordinator(existing: readonly AdvisoryCredit[], login: string): CreditInput[] {
  return [...existing.map((c) => ({ login: c.login, type: c.type })), { login, type: 'coordinator' as const }];
}

/**
 * The credits to write from a fresh read taken right before the PATCH: unchanged (changed: false) when a
 * coordinator appeared meanwhile, else every credit GitHub has now plus the coordinator.
 */
export function mergeCredits(
  current: readonly AdvisoryCredit[],
  change: { login: string; id?: number },
): { credits: CreditInput[]; changed: boolean } {
  const kept = current.map((c) => ({ login: c.login, type: c.type }));
  const present = current.some((c) => c.type === 'coordinator' && c.state !== 'declined');
  const person: PersonRef = change.id === undefined ? { login: change.login } : { login: change.login, id: change.id };
  const again = current.some((c) => c.type === 'coordinator' && isPerson(c, person));
  if (present || again) return { credits: kept, changed: false };
  return { credits: [...kept, { login: change.login, type: 'coordinator' }], changed: true };
}
