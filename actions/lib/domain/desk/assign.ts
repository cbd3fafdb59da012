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

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The first index in a sorted list whose value is greater than `key`. */
function firstAfter(sorted: readonly string[], key: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! <= key) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Members grouped by how many open reports they coordinate, each group in login order: the next pick is
 * the first member of the lowest group after the rotation pointer (wrapping), so equals take turns.
 * Picking and counting cost a few steps per report, whatever the size of the roster.
 */
export class CoordinatorPool {
  private readonly byLoad = new Map<number, string[]>();
  private readonly load = new Map<string, number>();
  private readonly members = new Map<string, Member>();

  constructor(members: readonly Member[], loads: ReadonlyMap<string, number>) {
    for (const m of members) {
      const key = loginKey(m.login);
      this.members.set(key, m);
      this.load.set(key, loads.get(key) ?? 0);
    }
    for (const [key, n] of this.load) this.byLoad.set(n, [...(this.byLoad.get(n) ?? []), key]);
    for (const group of this.byLoad.values()) group.sort(cmp);
  }

  /** The member to assign, skipping `excluded` (login keys); undefined when nobody is left. */
  pick(lastAssigned: string | null, excluded: ReadonlySet<string>): CoordinatorPick | undefined {
    const loads = [...this.byLoad.keys()].filter((n) => this.byLoad.get(n)!.length > 0).sort((a, b) => a - b);
    for (const n of loads) {
      const group = this.byLoad.get(n)!;
      const tied = group.length - [...excluded].filter((k) => this.load.get(k) === n).length;
      if (tied === 0) continue;
      const start = lastAssigned === null ? 0 : firstAfter(group, lastAssigned);
      for (let i = 0; i < group.length; i++) {
        const key = group[(start + i) % group.length]!;
        if (excluded.has(key)) continue;
        const why =
          tied === 1
            ? `fewest open reports: ${n}`
            : `fewest open reports: ${n}, with ${tied - 1} other(s); next in turn`;
        return { member: this.members.get(key)!, load: n, tied, why };
      }
    }
    return undefined;
  }

  /** Count one more open report for the member. */
  assign(login: string): void {
    const key = loginKey(login);
    const n = this.load.get(key);
    if (n === undefined) return;
    const from = this.byLoad.get(n)!;
    from.splice(from.indexOf(key), 1);
    const to = this.byLoad.get(n + 1) ?? [];
    to.splice(firstAfter(to, key), 0, key);
    this.byLoad.set(n + 1, to);
    this.load.set(key, n + 1);
  }
}

/** Who may not coordinate this advisory (login keys): its author, anyone who declined coordinating it. */
export function excludedFor(advisory: DeskAdvisory, members: PersonIndex<Member>): Set<string> {
  const out = new Set<string>();
  const people = [
    ...(advisory.author ? [advisory.author] : []),
    ...advisory.credits.filter((c) => c.type === 'coordinator' && c.state === 'declined'),
  ];
  for (const p of people) {
    const member = members.find(p);
    if (member) out.add(loginKey(member.login));
  }
  return out;
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
