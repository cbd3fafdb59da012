// Access with expiry on one advisory: report-file grants are made true until they end; collaborators
// added by hand (not members, not the author, not a credited reporter or finder, no grant) are adopted
// and end on the same rule. Members are reconcile's; nobody protected is ever removed here.
import type { PersonRef } from '../account.js';
import { PersonIndex, isPerson } from '../account.js';
import type { AccessGrant, ReportFile } from '../report-file.js';
import type { Roster } from '../roster.js';
import { loginKey } from '../roster.js';
import type { DeskAdvisory, GitHubAccount } from './advisory.js';
import { finishedAt, isOpen } from './advisory.js';
import type { AccessEdit, AccessReason, OutsideAccessView, SweepChange } from './plan.js';
import type { DeskSettings } from './settings.js';
import type { AdoptedCollaborator, ReportMemory } from './state.js';
import { addDaysToTime, earliestTime, isoUtc, parseZonedTime } from './time.js';

export interface AccessPlan {
  change?: Extract<SweepChange, { kind: 'access' }>;
  views: OutsideAccessView[];
  /** Collaborators adopted, as the state remembers them (by id). */
  adopted: Record<string, AdoptedCollaborator>;
}

/**
 * Who the desk never removes: members and emeritus (reconcile's), the author, credited reporters and
 * finders, and the report's coordinators (a maintainer of another org coordinating its own project's
 * report keeps the access it coordinates with).
 */
export class ProtectedPeople {
  private readonly roster: PersonIndex<PersonRef>;

  constructor(roster: Roster) {
    this.roster = new PersonIndex<PersonRef>([...roster.members, ...(roster.emeritus ?? [])]);
  }

  isMember(person: PersonRef): boolean {
    return this.roster.has(person);
  }

  isProtected(person: PersonRef, advisory: DeskAdvisory): boolean {
    if (this.roster.has(person)) return true;
    if (advisory.author && isPerson(advisory.author, person)) return true;
    return advisory.credits.some(
      (c) => (c.type === 'reporter' || c.type === 'finder' || c.type === 'coordinator') && isPerson(c, person),
    );
  }
}

/** One grant per login: the one that ends last. */
function grantsByLogin(grants: readonly AccessGrant[]): Map<string, AccessGrant> {
  const out = new Map<string, AccessGrant>();
  for (const g of grants) {
    const previous = out.get(loginKey(g.login));
    if (!previous || g.until > previous.until) out.set(loginKey(g.login), g);
  }
  return out;
}

/** The end of access, and why it ends then: the earlier of its own end and after_close_days after closing. */
function accessEnd(
  ownEnd: Date,
  ownReason: AccessReason,
  closeEnd: Date | undefined,
): { end: Date; why: AccessReason } {
  const end = earliestTime(ownEnd, closeEnd);
  return { end, why: closeEnd !== undefined && end === closeEnd ? 'closed' : ownReason };
}

export function planAdvisoryAccess(params: {
  advisory: DeskAdvisory;
  report: ReportFile | undefined;
  memory: ReportMemory | undefined;
  people: ProtectedPeople;
  settings: DeskSettings;
  now: Date;
  /** False when the state could not be read: nothing is removed, nobody's first sighting is known. */
  stateReadable: boolean;
  /** False when removals are blocked for another reason (a report file that cannot be read). Default true. */
  allowRemovals?: boolean;
}): AccessPlan {
  const { advisory, report, memory, people, settings, now, stateReadable } = params;
  const removals = stateReadable && params.allowRemovals !== false;
  const t = now.getTime();
  const open = isOpen(advisory);
  const finished = finishedAt(advisory);
  const closeEnd =
    finished === undefined ? undefined : addDaysToTime(new Date(finished), settings.accessAfterCloseDays);
  const collaborators = new Map(advisory.collaboratingUsers.map((u) => [loginKey(u.login), u] as const));
  const grants = grantsByLogin(report?.access ?? []);
  const add: AccessEdit[] = [];
  const remove: AccessEdit[] = [];
  const views: OutsideAccessView[] = [];
  const adopted: Record<string, AdoptedCollaborator> = {};
  const base = { repo: advisory.repo, ghsaId: advisory.ghsaId };

  for (const [key, grant] of grants) {
    const account = collaborators.get(key);
    const person: PersonRef = account ?? { login: grant.login };
    if (people.isProtected(person, advisory)) continue;
    const until = parseZonedTime(grant.until);
    if (until === undefined) continue; // the schema and validate reject such a file before it is read
    const { end, why } = accessEnd(until, 'grant-ended', closeEnd);
    const active = t < end.getTime();
    const view: OutsideAccessView = {
      ...base,
      login: account?.login ?? grant.login,
      source: 'grant',
      reason: grant.reason,
      ends: isoUtc(end),
      status: active ? 'active' : 'ended',
    };
    if (active && !account && open) {
      add.push({ login: grant.login, why: 'grant', until: isoUtc(end) });
      view.status = 'adding';
    } else if (!active && account && removals) {
      remove.push({ login: account.login, why, until: isoUtc(end) });
      view.status = 'removing';
    }
    if (active || account) views.push(view);
  }

  for (const user of advisory.collaboratingUsers) {
    if (grants.has(loginKey(user.login)) || people.isProtected(user, advisory)) continue;
    if (!stateReadable) {
      views.push({ ...base, login: user.login, source: 'adopted', status: 'active' });
      continue;
    }
    const firstSeen = memory?.adopted[String(user.id)]?.firstSeen ?? isoUtc(now);
    const { end, why } = accessEnd(
      addDaysToTime(new Date(firstSeen), settings.accessDefaultDays),
      'adoption-ended',
      closeEnd,
    );
    adopted[String(user.id)] = { login: user.login, firstSeen };
    const ending = t >= end.getTime() && removals;
    if (ending) remove.push({ login: user.login, why, until: isoUtc(end) });
    views.push({
      ...base,
      login: user.login,
      source: 'adopted',
      firstSeen,
      ends: isoUtc(end),
      status: ending ? 'removing' : 'active',
    });
  }

  if (add.length === 0 && remove.length === 0) return { views, adopted };
  const removing = new Set(remove.map((r) => loginKey(r.login)));
  const users = [
    ...advisory.collaboratingUsers.map((u) => u.login).filter((l) => !removing.has(loginKey(l))),
    ...add.map((a) => a.login),
  ];
  return { change: { kind: 'access', system: 'access', ...base, add, remove, users }, views, adopted };
}

/**
 * The collaborator list to write, from a fresh read taken right before the PATCH: the change's adds and
 * removals re-applied, everything else as GitHub has it now (someone may have added a person meanwhile).
 */
export function mergeCollaborators(
  current: readonly (GitHubAccount | string)[],
  change: Pick<Extract<SweepChange, { kind: 'access' }>, 'add' | 'remove'>,
): { users: string[]; changed: boolean } {
  const logins = current.map((c) => (typeof c === 'string' ? c : c.login));
  const removing = new Set(change.remove.map((r) => loginKey(r.login)));
  const kept = logins.filter((l) => !removing.has(loginKey(l)));
  const present = new Set(kept.map(loginKey));
  const added = change.add.map((a) => a.login).filter((l) => !present.has(loginKey(l)));
  const users = [...kept, ...added];
  return { users, changed: kept.length !== logins.length || added.length > 0 };
}
