// The PSRT's access to one open advisory (reconcile's GHSA part), shared by reconcile (every open
// advisory, daily) and the report desk's sweep (reports new since the last sweep, hourly): the team as
// a collaborating team where the repository is in the PSRT's org, and every active member who is not in
// that org (or, on another org's repository, every active member) in person. Who loses access is
// reconcile's own decision (planner.ts: the roster's leavers, never the report's people). Pure.
import type { Account, PersonRef } from '../account.js';
import { PersonIndex } from '../account.js';

/** What the planner knows of the PSRT for this: decided once, asked for each advisory. */
export interface MemberAccessContext {
  org: string;
  team: string;
  /** Active members as GitHub knows them now (a pinned id follows a rename). */
  members: readonly { login: string; id?: number }[];
  isOrgMember: (person: PersonRef) => boolean;
}

/** The advisory as far as access goes. */
export interface MemberAccessTarget {
  repo: string;
  state: string;
  collaboratingUsers: readonly Account[];
  collaboratingTeams: readonly string[];
}

export interface MemberAccessEdit {
  addTeams: string[];
  addUsers: string[];
}

export interface MemberAccessPlanner {
  /** What gives the PSRT its access to this advisory, or undefined when it has it (or it is not open). */
  plan(advisory: MemberAccessTarget): MemberAccessEdit | undefined;
}

/** Prepares the member lists once: a large org has thousands of members and advisories. */
export function memberAccessPlanner(ctx: MemberAccessContext): MemberAccessPlanner {
  const org = ctx.org.toLowerCase();
  // On another org's repository the team cannot collaborate: every member is added in person.
  const outsideOrg = ctx.members.filter((p) => !ctx.isOrgMember(p));
  return {
    plan(adv) {
      if (adv.state !== 'triage' && adv.state !== 'draft') return undefined;
      const inOrg = adv.repo.slice(0, adv.repo.indexOf('/')).toLowerCase() === org;
      const wanted = inOrg ? outsideOrg : ctx.members;
      const collaborators = new PersonIndex(adv.collaboratingUsers);
      const addTeams = inOrg && !adv.collaboratingTeams.includes(ctx.team) ? [ctx.team] : [];
      const addUsers = wanted.filter((p) => !collaborators.has({ login: p.login, id: p.id })).map((p) => p.login);
      return addTeams.length + addUsers.length === 0 ? undefined : { addTeams, addUsers };
    },
  };
}
