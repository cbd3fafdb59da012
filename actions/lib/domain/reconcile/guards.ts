// The guards reconcile checks before its first write. Any trip means no write at all.
import type { GuardResult as PlanGuardResult } from '../plan.js';
import type { Policy } from '../policy.js';
import type { Roster } from '../roster.js';
import { admins } from '../roster.js';
import type { Observed } from './observed.js';
import type { ReconcilePlan } from './plan.js';
import { removedPeople } from './plan.js';

export type GuardName = 'reads' | 'min-admins' | 'removal-share' | 'own-identity';

export interface GuardResult extends PlanGuardResult {
  guard: GuardName;
}

export interface GuardInput {
  plan: Pick<ReconcilePlan, 'changes' | 'activeMembers'>;
  policy: Policy;
  roster: Roster;
  observed: Observed;
  /** allow-large-removal: the reason an operator gave for removing more than the share allows. */
  allowLargeRemoval?: string;
  /** --add-only: removals are shown but never written. */
  addOnly?: boolean;
}

function maintainersAfter(plan: Pick<ReconcilePlan, 'changes'>, observed: Observed): { before: number; after: number } {
  const gh = observed.github;
  const owners = new Set(gh.orgOwners.map((o) => o.login.toLowerCase()));
  const maint = new Set(
    gh.team
      .filter((m) => m.role === 'maintainer' || owners.has(m.login.toLowerCase()))
      .map((m) => m.login.toLowerCase()),
  );
  const before = maint.size;
  for (const c of plan.changes) {
    const login = 'login' in c && typeof c.login === 'string' ? c.login.toLowerCase() : undefined;
    if (!login) continue;
    if (c.kind === 'team-remove') maint.delete(login);
    if (c.kind === 'team-role' && c.role === 'member' && !owners.has(login)) maint.delete(login);
    if (c.kind === 'team-role' && c.role === 'maintainer') maint.add(login);
    if (c.kind === 'team-add' && c.role === 'maintainer') maint.add(login);
  }
  return { before, after: maint.size };
}

export function checkGuards({
  plan,
  policy,
  roster,
  observed,
  allowLargeRemoval,
  addOnly = false,
}: GuardInput): GuardResult[] {
  const results: GuardResult[] = [];
  results.push({ guard: 'reads', ok: true, detail: 'every read of GitHub and Mailman completed' });

  const min = policy.membership.min_admins;
  const rosterAdmins = admins(roster).length;
  const { before, after } = maintainersAfter(plan, observed);
  const teamDrops = after < min && after < before;
  results.push({
    guard: 'min-admins',
    ok: rosterAdmins >= min && !teamDrops,
    detail: `${rosterAdmins} admin(s) in members.yaml; team maintainers ${before} → ${after} after this plan; minimum ${min}`,
  });

  // The share is counted of everyone holding PSRT access before the run, as peribolos counts it: the
  // members who stay plus the people who leave. A limit of 0 means nobody is removed without an override.
  const people = new Set(addOnly ? [] : plan.changes.flatMap(removedPeople));
  const holding = plan.activeMembers + people.size;
  const share = holding === 0 ? 0 : people.size / holding;
  const limit = policy.guards.max_removal_share;
  const tooMany = share > limit;
  const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
  const base = addOnly
    ? `add-only: ${new Set(plan.changes.flatMap(removedPeople)).size} removal(s) shown, none written`
    : `${people.size} of ${holding} people holding access (${plan.activeMembers} member(s) staying, ${people.size} leaving) would lose some (${pct(share)}); limit ${pct(limit)} (guards.max_removal_share)`;
  if (tooMany && allowLargeRemoval) {
    results.push({
      guard: 'removal-share',
      ok: true,
      overridden: allowLargeRemoval,
      detail: `${base}; overridden: "${allowLargeRemoval}"`,
    });
  } else {
    results.push({
      guard: 'removal-share',
      ok: !tooMany,
      detail: tooMany
        ? `${base}. If this is intended, run again with allow-large-removal and a reason${limit === 0 ? ' (guards.max_removal_share is 0: every removal needs one)' : ''}.`
        : base,
    });
  }

  const identity = observed.github.identity;
  if (identity.kind === 'app') {
    results.push({ guard: 'own-identity', ok: true, detail: 'a GitHub App token: the bot holds no membership' });
  } else if (identity.kind === 'unknown') {
    results.push({
      guard: 'own-identity',
      ok: people.size === 0,
      detail:
        people.size === 0
          ? `GitHub did not say who the token is (${identity.why}); nothing is removed in this plan`
          : `GitHub did not say who the token is (${identity.why}), so removals cannot be checked against it: nothing is removed. Run again when GET /user answers.`,
    });
  } else {
    const self = identity.account;
    const selfRemoved = people.has(self.login.toLowerCase());
    results.push({
      guard: 'own-identity',
      ok: !selfRemoved,
      detail: selfRemoved
        ? `this plan would remove the token's own account ${self.login}: add it to members.yaml or run with another token`
        : `the token's account ${self.login} keeps its access`,
    });
  }
  return results;
}
