// planReconcile: from the roster, the policy and what GitHub and Mailman hold, the changes that make
// them agree. Pure: no I/O, same input → same plan.
import type { Finding } from '../findings.js';
import type { Policy } from '../policy.js';
import { someOf } from '../plan.js';
import { DEFAULT_RECHECK_SETTINGS_DAYS } from '../policy.js';
import type { PersonRef } from '../account.js';
import { PersonIndex } from '../account.js';
import type { EmeritusMember, Member, Roster } from '../roster.js';
import { emailKey, hasRole, loginKey } from '../roster.js';
import type { GrantedPerson } from './grants.js';
import { GRANTS_BRANCH, formerPeople, sameGrants, unionGrants } from './grants.js';
import type { Account, Observed, ObservedList, TeamRole } from './observed.js';
import { memberAccessPlanner } from './advisory-access.js';
import { checkGuards } from './guards.js';
import type { Change, Note, ReconcilePlan, RemovalReason } from './plan.js';

/** An active member as GitHub knows them now (their login follows a rename when the id is pinned). */
interface Person {
  index: number;
  member: Member;
  /** Current login, or undefined when the account no longer exists (or never did). */
  login?: string;
  id?: number;
  admin: boolean;
}

export interface PlanInput {
  roster: Roster;
  policy: Policy;
  observed: Observed;
  /** allow-large-removal: the reason an operator gave for removing more than the share allows. */
  allowLargeRemoval?: string;
  /** --add-only: plan removals as usual (they are shown) but never write them. */
  addOnly?: boolean;
}

const code = (login: string) => `\`${login}\``;

export function planReconcile(input: PlanInput): ReconcilePlan {
  const { roster, policy, observed, allowLargeRemoval } = input;
  const addOnly = input.addOnly === true;
  const gh = observed.github;
  const changes: Change[] = [];
  const notes: Note[] = [];
  const findings: Finding[] = [];
  const org = policy.org;
  const team = policy.team;

  // Every account GitHub showed, to follow pinned ids to today's logins.
  const index = new PersonIndex<Account>([]);
  for (const a of gh.orgMembers) index.add(a);
  for (const a of gh.team) index.add(a);
  for (const r of gh.repos) for (const adv of r.advisories) for (const u of adv.collaboratingUsers) index.add(u);
  for (const a of gh.accountsById.values()) if (a) index.add(a);
  for (const a of gh.accountsByLogin.values()) if (a) index.add(a);

  // Who the active members are on GitHub today.
  const people: Person[] = roster.members.map((member, i) => {
    const admin = hasRole(member, 'admin');
    if (member.id === undefined) {
      if (gh.accountsByLogin.get(loginKey(member.login)) === null) {
        findings.push({
          rule: 'unknown-login',
          severity: 'error',
          file: 'members',
          path: ['members', i, 'login'],
          message: `GitHub has no account "${member.login}" (${member.name}): nothing is done for them until the login is fixed; everyone else is reconciled.`,
        });
        notes.push({
          system: 'roster',
          level: 'error',
          text: `${code(member.login)} (${member.name}) is not a GitHub account: nothing is done for them. Fix the login in members.yaml.`,
        });
        return { index: i, member, admin };
      }
      return { index: i, member, login: member.login, id: index.login(member.login)?.id, admin };
    }
    const account = index.id(member.id) ?? gh.accountsById.get(member.id);
    if (account === null) {
      notes.push({
        system: 'roster',
        level: 'warning',
        text: `${member.name} (${code(member.login)}, id ${member.id}): the GitHub account no longer exists; nothing is done for them on GitHub. Update members.yaml.`,
      });
      return { index: i, member, id: member.id, admin };
    }
    if (account && loginKey(account.login) !== loginKey(member.login)) {
      changes.push({
        kind: 'roster-login',
        system: 'roster',
        index: i,
        id: member.id,
        from: member.login,
        to: account.login,
      });
      return { index: i, member, login: account.login, id: member.id, admin };
    }
    const holder = index.login(member.login);
    if (holder && holder.id !== member.id) {
      notes.push({
        system: 'roster',
        level: 'warning',
        text: `login ${code(member.login)} now belongs to another account (id ${holder.id}, not ${member.id}): that account gets no access.`,
      });
    }
    return { index: i, member, login: account?.login ?? member.login, id: member.id, admin };
  });
  const present = people.filter((p): p is Person & { login: string } => p.login !== undefined);
  const emeritus: EmeritusMember[] = roster.emeritus ?? [];
  const emeritusIndex = new PersonIndex(emeritus);
  // Nobody the roster names is ever removed, even while their entry has a problem (an unknown login).
  const rosterIndex = new PersonIndex<PersonRef>([...present, ...roster.members]);
  const inRoster = (a: PersonRef): boolean => rosterIndex.has(a);
  const record = observed.granted?.people;
  const former = record ? formerPeople(record, [...present, ...roster.members]) : [];
  const formerIndex = new PersonIndex(former);
  const reason = (a: PersonRef): RemovalReason =>
    emeritusIndex.has(a) ? 'emeritus' : formerIndex.has(a) ? 'former' : 'not-in-roster';

  // guards.keep: logins never removed (bots, break-glass accounts).
  const keep = new Set((policy.guards.keep ?? []).map(loginKey));
  const kept = new Set<string>();
  const isKept = (login: string | undefined): boolean => {
    if (login === undefined || !keep.has(loginKey(login))) return false;
    kept.add(login);
    return true;
  };

  const orgMembers = new PersonIndex(gh.orgMembers);
  const orgOwners = new PersonIndex(gh.orgOwners);
  const orgMember = (p: PersonRef) => orgMembers.has(p);
  const orgOwner = (p: PersonRef) => orgOwners.has(p);
  const teamEntries = new PersonIndex(gh.team);
  const pendingLogins = new Set(gh.pendingInvitations.map((i) => loginKey(i.login)));

  // --- the GitHub team (direct members only: a child team's members are not the team's) ---------------
  const outside: string[] = [];
  const invited: string[] = [];
  const matchedTeam = new Set<number>();
  for (const p of present) {
    const want: TeamRole = p.admin ? 'maintainer' : 'member';
    const entry = teamEntries.find({ login: p.login, id: p.id });
    if (entry) matchedTeam.add(entry.id);
    if (orgMember(p)) {
      if (orgOwner(p) && !p.admin) {
        notes.push({
          system: 'team',
          level: 'warning',
          text: `${code(p.login)} is an owner of the ${org} org but not an admin in members.yaml: GitHub makes org owners maintainers of every team, so the team shows them as one. Give them the admin role in members.yaml, or ask an org owner to change their org role.`,
        });
      }
      if (!entry) {
        changes.push({ kind: 'team-add', system: 'team', login: p.login, role: want });
      } else if (entry.role !== want && !orgOwner(p)) {
        // Org owners are maintainers of every team whatever we ask: no perpetual diff for them.
        changes.push({ kind: 'team-role', system: 'team', login: entry.login, role: want });
      }
      continue;
    }
    // One rule for the org: reconcile sends no org invitations (org owners decide who joins the org).
    // Members outside it get access on each open advisory in person instead.
    if (pendingLogins.has(loginKey(p.login))) invited.push(p.login);
    else outside.push(p.login);
  }
  if (outside.length > 0) {
    notes.push({
      system: 'team',
      level: 'info',
      text: `not members of the ${org} org, so not in the team: reconcile sends no org invitations (an org owner invites people); they get access on each open advisory in person: ${someOf(outside.map(code))}.`,
    });
  }
  if (invited.length > 0) {
    notes.push({
      system: 'team',
      level: 'info',
      text: `invited to the ${org} org and the team, not yet accepted: until they accept, they get access on each open advisory in person: ${someOf(invited.map(code))}.`,
    });
  }
  for (const entry of gh.team) {
    if (matchedTeam.has(entry.id) || inRoster(entry) || isKept(entry.login)) continue;
    changes.push({ kind: 'team-remove', system: 'team', login: entry.login, why: reason(entry) });
  }
  for (const inv of gh.pendingInvitations) {
    if (inRoster(inv) || isKept(inv.login)) continue;
    changes.push({ kind: 'team-invitation-cancel', system: 'team', login: inv.login, why: reason(inv) });
  }

  // --- the security-manager org role ---------------------------------------------------------
  if (policy.github?.team_security_manager) {
    if (gh.securityManager === null || gh.securityManager === undefined) {
      notes.push({
        system: 'org-role',
        level: 'warning',
        text: `the ${org} org has no role named security_manager: the team cannot be given it.`,
      });
    } else if (!gh.securityManager.teams.includes(team)) {
      changes.push({
        kind: 'role-assign',
        system: 'org-role',
        roleId: gh.securityManager.id,
        roleName: gh.securityManager.name,
        team,
      });
    }
  }

  // --- GHSA access on every open advisory -----------------------------------------------------
  // On another org's repository the team cannot collaborate: every member is added in person. Only
  // people the roster gave access (emeritus, or deleted from it) lose it; the report's own people
  // (author, credited reporters and finders, report-file grants) are never touched.
  const memberAccess = memberAccessPlanner({ org, team, members: present, isOrgMember: orgMember });
  const reportKept = new Set<string>();
  for (const repo of gh.repos) {
    for (const adv of repo.advisories) {
      if (adv.state !== 'triage' && adv.state !== 'draft') continue;
      const reportPeople = new PersonIndex(adv.reportPeople);
      const { addTeams, addUsers } = memberAccess.plan(adv) ?? { addTeams: [], addUsers: [] };
      const leaving = adv.collaboratingUsers.filter((u) => !inRoster(u) && reason(u) !== 'not-in-roster');
      const removing = leaving.filter((u) => {
        if (!reportPeople.has(u)) return !isKept(u.login);
        reportKept.add(u.login);
        return false;
      });
      const removeUsers = removing.map((u) => u.login);
      const removeWhy = removing.map(reason);
      if (addTeams.length + addUsers.length + removeUsers.length === 0) continue;
      const current = adv.collaboratingUsers.map((u) => u.login);
      const base = { kind: 'advisory-access', system: 'ghsa', repo: repo.repo, ghsaId: adv.ghsaId } as const;
      const adding = addTeams.length + addUsers.length > 0;
      if (addOnly && adding && removeUsers.length > 0) {
        // Written without its removals: two changes, the second suppressed.
        changes.push({
          ...base,
          addTeams,
          addUsers,
          removeUsers: [],
          removeWhy: [],
          users: [...current, ...addUsers],
          teams: [...adv.collaboratingTeams, ...addTeams],
        });
        changes.push({
          ...base,
          addTeams: [],
          addUsers: [],
          removeUsers,
          removeWhy,
          users: current.filter((l) => !removeUsers.includes(l)),
          teams: adv.collaboratingTeams,
        });
        continue;
      }
      changes.push({
        ...base,
        addTeams,
        addUsers,
        removeUsers,
        removeWhy,
        users: [...current.filter((l) => !removeUsers.includes(l)), ...addUsers],
        teams: [...adv.collaboratingTeams, ...addTeams],
      });
    }
  }
  if (reportKept.size > 0) {
    notes.push({
      system: 'ghsa',
      level: 'info',
      text: `kept on the advisories whose report names them (author, credited reporter or finder, or a report-file grant): ${someOf([...reportKept].map(code))}.`,
    });
  }

  // --- covered projects -------------------------------------------------------------------------
  const checked = [...new Set(gh.repos.map((r) => r.settingsCheckedAt.slice(0, 10)))].sort();
  const recheck = policy.github?.recheck_settings_days ?? DEFAULT_RECHECK_SETTINGS_DAYS;
  if (gh.repos.length > 0 && recheck > 0)
    notes.push({
      system: 'projects',
      level: 'info',
      text: `private vulnerability reporting and SECURITY.md as checked ${checked.length === 1 ? `on ${checked[0]}` : `between ${checked[0]} and ${checked[checked.length - 1]}`} (re-checked every ${recheck} day${recheck === 1 ? '' : 's'}, github.recheck_settings_days).`,
    });
  for (const repo of gh.repos) {
    if (!repo.privateVulnerabilityReporting) changes.push({ kind: 'pvr-enable', system: 'projects', repo: repo.repo });
    const form = `https://github.com/${repo.repo}/security/advisories/new`;
    if (!repo.securityPolicy) {
      notes.push({
        system: 'projects',
        level: 'drift',
        text: `${repo.repo} has no SECURITY.md (root, .github/ or docs/): add one that links to ${form}.`,
      });
    } else if (!repo.securityPolicy.linksAdvisoryForm) {
      notes.push({
        system: 'projects',
        level: 'drift',
        text: `${repo.repo}/${repo.securityPolicy.path} does not link to its advisory form ${form}: reporters may use another channel.`,
      });
    }
  }

  // --- mailing lists ------------------------------------------------------------------------------
  const lists = policy.mailing_lists ?? [];
  const listsUnread = lists.length > 0 && observed.lists === undefined;
  if (listsUnread) {
    notes.push({
      system: 'list',
      level: 'warning',
      text: `no Mailman REST API is configured (MAILMAN_REST_URL, MAILMAN_REST_USER, MAILMAN_REST_PASSWORD): ${lists.map((l) => l.address).join(', ')} not reconciled.`,
    });
  }
  const formerEmails = new Map<string, GrantedPerson>();
  for (const p of record ?? []) if (p.email) formerEmails.set(emailKey(p.email), p);
  for (const m of roster.members) if (m.email) formerEmails.delete(emailKey(m.email));
  for (const listPolicy of observed.lists === undefined ? [] : lists) {
    const obs = observed.lists?.find((l) => l.address.toLowerCase() === listPolicy.address.toLowerCase());
    if (!obs) continue; // every list is read or the run fails (a missing list is a failed read)
    changes.push(
      ...planList(obs, {
        roster,
        formerEmails,
        owners: listPolicy.owners ?? 'admins',
        removeUnknown: listPolicy.remove_unknown === true,
        isKept,
        notes,
      }),
    );
  }
  const noEmail = roster.members.filter((m) => m.email === undefined);
  if (lists.length > 0 && noEmail.length > 0) {
    notes.push({
      system: 'list',
      level: 'warning',
      text: `${noEmail.length} member(s) have no email in members.yaml and cannot be subscribed: ${someOf(noEmail.map((m) => code(m.login)))}.`,
    });
  }

  if (kept.size > 0) {
    notes.push({
      system: 'roster',
      level: 'info',
      text: `never removed (policy guards.keep): ${[...kept].map(code).join(', ')}.`,
    });
  }

  // --- the grant record: newcomers recorded before they get anything, leavers forgotten after --------
  const rosterGrants: GrantedPerson[] = present.map((p) => ({
    login: p.login,
    ...(p.id !== undefined ? { id: p.id } : {}),
    ...(p.member.email ? { email: p.member.email } : {}),
  }));
  const before = record ?? [];
  const widened = unionGrants(before, rosterGrants);
  if (!record || !sameGrants(widened, before)) {
    const known = new PersonIndex(before);
    changes.push({
      kind: 'grants-record',
      system: 'roster',
      phase: 'before',
      people: widened,
      added: rosterGrants.filter((p) => !known.has(p)).map((p) => p.login),
      dropped: [],
    });
  }
  if (!record) {
    notes.push({
      system: 'roster',
      level: 'info',
      text: `no grant record yet (a first run, or branch ${GRANTS_BRANCH} of ${policy.ops_repo} was deleted): only people moved to emeritus lose access in this run. From now on, whoever is deleted from members.yaml loses what the roster gave them.`,
    });
  }
  // Forget only people whose access this plan removes: not those kept (guards.keep), and none while
  // the lists could not be read (their subscriptions may remain).
  const remembered = listsUnread
    ? widened
    : unionGrants(
        widened.filter((p) => keep.has(loginKey(p.login)) && !inRoster(p)),
        rosterGrants,
      );
  if (!sameGrants(remembered, widened)) {
    const entry = (p: GrantedPerson) => `${loginKey(p.login)}|${p.email ? emailKey(p.email) : ''}`;
    const stays = new Set(remembered.map(entry));
    changes.push({
      kind: 'grants-record',
      system: 'roster',
      phase: 'after',
      people: remembered,
      added: [],
      dropped: [...new Set(widened.filter((p) => !stays.has(entry(p))).map((p) => p.login))],
    });
  }

  const activeMembers = roster.members.length;
  const guards = checkGuards({
    plan: { changes, activeMembers },
    policy,
    roster,
    observed,
    addOnly,
    ...(allowLargeRemoval ? { allowLargeRemoval } : {}),
  });
  const scope = {
    org,
    team,
    opsRepo: policy.ops_repo,
    lists: lists.map((l) => ({ address: l.address, rest_url: l.rest_url })),
  };
  return { scope, changes, notes, guards, activeMembers, addOnly, findings };
}

interface ListContext {
  roster: Roster;
  /** Addresses the grant record holds that no active member has (lower-case): the roster stopped granting them. */
  formerEmails: Map<string, GrantedPerson>;
  owners: 'admins' | 'none';
  removeUnknown: boolean;
  isKept: (login: string | undefined) => boolean;
  notes: Note[];
}

function planList(
  obs: ObservedList,
  { roster, formerEmails, owners, removeUnknown, isKept, notes }: ListContext,
): Change[] {
  const changes: Change[] = [];
  const list = obs.address;
  const active = new Map(roster.members.filter((m) => m.email).map((m) => [emailKey(m.email!), m]));
  const emeritus = new Map((roster.emeritus ?? []).filter((e) => e.email).map((e) => [emailKey(e.email!), e]));
  /** Why an address the roster no longer grants goes, or undefined when the roster never knew it. */
  const leaver = (key: string): { why: 'emeritus' | 'former'; login?: string } | undefined => {
    const e = emeritus.get(key);
    if (e) return { why: 'emeritus', ...(e.login ? { login: e.login } : {}) };
    const f = formerEmails.get(key);
    return f ? { why: 'former', login: f.login } : undefined;
  };
  const subscribed = new Set(obs.members.map((m) => emailKey(m.address)));
  for (const [key, m] of active) {
    if (!subscribed.has(key))
      changes.push({ kind: 'list-subscribe', system: 'list', list, address: m.email!, name: m.name, login: m.login });
  }
  const unknown: string[] = [];
  for (const entry of obs.members) {
    const key = emailKey(entry.address);
    if (active.has(key)) continue;
    const left = leaver(key);
    if (left) {
      if (isKept(left.login)) continue;
      changes.push({ kind: 'list-unsubscribe', system: 'list', list, address: entry.address, ...left });
    } else if (removeUnknown) {
      changes.push({ kind: 'list-unsubscribe', system: 'list', list, address: entry.address, why: 'unknown' });
    } else {
      unknown.push(entry.address);
    }
  }
  if (unknown.length > 0) {
    notes.push({
      system: 'list',
      level: 'drift',
      text: `${list} has ${unknown.length} subscriber(s) the roster does not know (kept: policy remove_unknown is off):`,
      addresses: unknown,
    });
  }
  if (owners === 'admins') {
    const admins = new Map(
      roster.members.filter((m) => m.email && hasRole(m, 'admin')).map((m) => [emailKey(m.email!), m]),
    );
    const owning = new Set(obs.owners.map((o) => emailKey(o.address)));
    for (const [key, m] of admins) {
      if (!owning.has(key))
        changes.push({ kind: 'list-owner-add', system: 'list', list, address: m.email!, name: m.name, login: m.login });
    }
    const unknownOwners: string[] = [];
    for (const o of obs.owners) {
      const key = emailKey(o.address);
      if (admins.has(key)) continue;
      const member = active.get(key);
      const left = leaver(key);
      if (member)
        changes.push({
          kind: 'list-owner-remove',
          system: 'list',
          list,
          address: o.address,
          login: member.login,
          why: 'not-admin',
        });
      else if (left) {
        if (!isKept(left.login))
          changes.push({ kind: 'list-owner-remove', system: 'list', list, address: o.address, ...left });
      } else if (removeUnknown)
        changes.push({ kind: 'list-owner-remove', system: 'list', list, address: o.address, why: 'unknown' });
      else unknownOwners.push(o.address);
    }
    if (unknownOwners.length > 0)
      notes.push({
        system: 'list',
        level: 'drift',
        text: `${list} has ${unknownOwners.length} owner(s) the roster does not know (kept: policy remove_unknown is off):`,
        addresses: unknownOwners,
      });
  }
  return changes;
}
