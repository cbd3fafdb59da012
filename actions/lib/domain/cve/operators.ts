// The CNA operators (policy cna.operators): logins and @org/team entries, as PR review requests and as
// the people a late record escalates to.
import type { Policy } from '../policy.js';
import { splitRepo } from '../policy.js';

export interface OperatorReviewers {
  users: string[];
  /** Team slugs of the ops repository's org (a PR can only ask its own org's teams). */
  teams: string[];
  /** Entries that cannot be asked for a review, with why. */
  skipped: string[];
}

/** Review requests for a record PR in the ops repository. */
export function operatorReviewers(policy: Pick<Policy, 'cna' | 'ops_repo'>): OperatorReviewers {
  const opsOrg = splitRepo(policy.ops_repo).owner.toLowerCase();
  const out: OperatorReviewers = { users: [], teams: [], skipped: [] };
  for (const entry of policy.cna.operators ?? []) {
    const team = /^@([^/]+)\/(.+)$/.exec(entry);
    if (!team) out.users.push(entry);
    else if (team[1]!.toLowerCase() === opsOrg) out.teams.push(team[2]!);
    else out.skipped.push(`${entry} (a team of another org than ${policy.ops_repo}'s)`);
  }
  return out;
}

/** Who a late record escalates to, for a message: "@login, @org/team", or what to set. */
export function operatorsMention(policy: Pick<Policy, 'cna'>): string {
  const operators = policy.cna.operators ?? [];
  return operators.length > 0
    ? operators.map((o) => (o.startsWith('@') ? o : `@${o}`)).join(', ')
    : 'nobody is named: set cna.operators in policy.yaml';
}
