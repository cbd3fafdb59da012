// planReconcile: from the roster, the policy and what GitHub and Mailman hold, the changes that make
// them agree. Pure: no I/O, same input → same plan.
import type { Policy } from '../policy.js';
import type { PersonRef } from '../account.js';
import { PersonIndex } from '../account.js';
import type { EmeritusMember, Member, Roster } from '../roster.js';
import { emailKey, hasRole, loginKey } from '../roster.js';
import type { Account, Observed, ObservedList, TeamRole } from './observed.js';
import { memberAccessPlanner } from './advisory-access.js';
import { checkGuards } from './guards.js';
import type { Change, Note, ReconcilePlan } from './plan.js';

/** An active member as GitHub knows them now (their login follows a rename when the id is pinned). */
interface Person {
  index: number;
  member: Member;
  /** Current login, or undefined when the pinned account no longer exists. */
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
}

export function planReconcile({ roster, policy, observed, allowLargeRemoval }: PlanInput): ReconcilePlan {
  const gh = observed.github;
  const changes: Change[] = [];
  const notes: Note[] = [];
  const org = policy.org;
  const team = policy.team;

  // Every account GitHub showed, to follow pinned ids to today's logins.
  const index = new PersonIndex<Account>([]);
  for (const a of gh.orgMembers) index.add(a);
  for (const a of gh.team) index.add(a);
  for (const r of gh.repos) for (const adv of r.advisories) for (const u of adv.collaboratingUsers) index.add(u);
  for (const a of gh.accountsById.values()) if (a) index.add(a);

  // Who the active members are on GitHub today.
  const people: Person[] = roster.members.map((member, i) => {
    const admin = hasRole(member, 'admin');
    if (member.id === undefined) return { index: i, member, login: member.login, admin };
    const account = index.id(member.id) ?? gh.accountsById.get(member.id);
    if (account === null) {
      notes.push({
        system: 'roster',
        level: 'warning',
        text: `${member.name} (\`${member.login}\`, id ${member.id}): the GitHub account no longer exists; nothing is done for them on GitHub. Update members.yaml.`,
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
        text: `login \`${member.login}\` now belongs to another account (id ${holder.id}, not ${member.id}): that account gets no access.`,
      });
    }
    return { index: i, member, login: account?.login ?? member.login, id: member.id, admin };
  });
  const present = people.filter((p): p is Person & { login: string } => p.login !== undefined);
  const activeIndex = new PersonIndex(present.map((p) => ({ login: p.login, id: p.id })));
  const emeritus: EmeritusMember[] = roster.emeritus ?? [];
  const emeritusIndex = new PersonIndex(emeritus);
  const isActive = (a: PersonRef): boolean => activeIndex.has(a);
  const isEmeritus = (a: PersonRef): boolean => emeritusIndex.has(a);

  const orgMembers = new PersonIndex(gh.orgMembers);
  const orgOwners = new PersonIndex(gh.orgOwners);
  const orgMember = (p: PersonRef) => orgMembers.has(p);
  const orgOwner = (p: PersonRef) => orgOwners.has(p);
  const teamEntries = new PersonIndex(gh.team);
  const pendingLogins = new Set(gh.pendingInvitations.map((i) => loginKey(i.login)));
  const failedCount = new Map<string, number>();
  for (const i of gh.failedInvitations)
    failedCount.set(loginKey(i.login), (failedCount.get(loginKey(i.login)) ?? 0) + 1);

  // --- the GitHub team -------------------------------------------------------------------------
  const outside: string[] = [];
  const matchedTeam = new Set<number>();
  for (const p of present) {
    const want: TeamRole = p.admin ? 'maintainer' : 'member';
    const entry = teamEntries.find({ login: p.login, id: p.id });
    if (entry) matchedTeam.add(entry.id);
    if (orgMember(p)) {
      if (!entry) {
        changes.push({ kind: 'team-add', system: 'team', login: p.login, role: want, why: 'roster' });
      } else if (entry.role !== want && !orgOwner(p)) {
        // Org owners are maintainers of every team whatever we ask: no perpetual diff for them.
        changes.push({ kind: 'team-role', system: 'team', login: entry.login, role: want });
      }
      continue;
    }
    outside.push(p.login);
    // Invitations carry a login, not an id.
    if (pendingLogins.has(loginKey(p.login))) {
      notes.push({
        system: 'team',
        level: 'info',
        text: `\`${p.login}\` has a pending invitation to the team: counted as present, not re-sent.`,
      });
      continue;
    }
    const failed = failedCount.get(loginKey(p.login)) ?? 0;
    if (failed === 1) {
      changes.push({ kind: 'team-add', system: 'team', login: p.login, role: want, why: 'reinvite' });
    } else if (failed > 1) {
      notes.push({
        system: 'team',
        level: 'warning',
        text: `the invitation of \`${p.login}\` failed or expired ${failed} times: not re-sent again; ask them directly.`,
      });
    }
  }
  if (outside.length > 0) {
    notes.push({
      system: 'team',
      level: 'info',
      text: `not members of the ${org} org, so not in the team; they get access on each open advisory instead: ${outside.map((l) => `\`${l}\``).join(', ')}.`,
    });
  }
  for (const entry of gh.team) {
    if (matchedTeam.has(entry.id) || isActive(entry)) continue;
    changes.push({
      kind: 'team-remove',
      system: 'team',
      login: entry.login,
      why: isEmeritus(entry) ? 'emeritus' : 'not-in-roster',
    });
  }
  for (const inv of gh.pendingInvitations) {
    if (!isActive(inv)) {
      notes.push({
        system: 'team',
        level: 'drift',
        text: `\`${inv.login}\` has a pending invitation to the team but is not in members.yaml: cancel it on GitHub (cancelling here would also cancel their whole org invitation).`,
      });
    }
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
  const memberAccess = memberAccessPlanner({
    org,
    team,
    members: present,
    isOrgMember: orgMember,
    isActive,
    isEmeritus,
  });
  for (const repo of gh.repos)
    for (const adv of repo.advisories) {
      const edit = memberAccess.plan(adv);
      if (edit) changes.push({ kind: 'advisory-access', system: 'ghsa', repo: repo.repo, ghsaId: adv.ghsaId, ...edit });
    }

  // --- covered projects -------------------------------------------------------------------------
  for (const repo of gh.repos) {
    if (!repo.privateVulnerabilityReporting) changes.push({ kind: 'pvr-enable', system: 'projects', repo: repo.repo });
    const form = `https://github.com/${repo.repo}/security/advisories/new`;
    if (!repo.securityPolicy) {
      notes.push({
        system: 'projects',
        level: 'drift',
        text: `${repo.repo} has no SECURITY.md (root, .github/ or docs/): add one that links to ${form}.`,
      });
    } else if (!repo.securityPolicy.text.includes(form)) {
      notes.push({
        system: 'projects',
        level: 'drift',
        text: `${repo.repo}/${repo.securityPolicy.path} does not link to its advisory form ${form}: reporters may use another channel.`,
      });
    }
  }

  // --- mailing lists ------------------------------------------------------------------------------
  const lists = policy.mailing_lists ?? [];
  if (lists.length > 0 && observed.lists === undefined) {
    notes.push({
      system: 'list',
      level: 'warning',
      text: `no Mailman REST API is configured (MAILMAN_REST_URL, MAILMAN_REST_USER, MAILMAN_REST_PASSWORD): ${lists.map((l) => l.address).join(', ')} not reconciled.`,
    });
  }
  const observedLists = observed.lists ?? [];
  for (const listPolicy of observed.lists === undefined ? [] : lists) {
    const obs = observedLists.find((l) => l.address.toLowerCase() === listPolicy.address.toLowerCase());
    if (!obs || !obs.exists) {
      notes.push({
        system: 'list',
        level: 'warning',
        text: `${listPolicy.address} does not exist on the Mailman server: create it there first.`,
      });
      continue;
    }
    changes.push(...planList(obs, roster, listPolicy.owners ?? 'admins', listPolicy.remove_unknown === true, notes));
  }
  const noEmail = roster.members.filter((m) => m.email === undefined);
  if (lists.length > 0 && noEmail.length > 0) {
    notes.push({
      system: 'list',
      level: 'warning',
      text: `${noEmail.length} member(s) have no email in members.yaml and cannot be subscribed: ${noEmail.map((m) => `\`${m.login}\``).join(', ')}.`,
    });
  }

  const activeMembers = roster.members.length;
  const guards = checkGuards({
    plan: { changes, activeMembers },
    policy,
    roster,
    observed,
    ...(allowLargeRemoval ? { allowLargeRemoval } : {}),
  });
  const scope = {
    org,
    team,
    opsRepo: policy.ops_repo,
    lists: lists.map((l) => ({ address: l.address, rest_url: l.rest_url })),
  };
  return { scope, changes, notes, guards, activeMembers };
}

function planList(
  obs: ObservedList,
  roster: Roster,
  owners: 'admins' | 'none',
  removeUnknown: boolean,
  notes: Note[],
): Change[] {
  const changes: Change[] = [];
  const list = obs.address;
  const active = new Map(roster.members.filter((m) => m.email).map((m) => [emailKey(m.email!), m]));
  const former = new Map((roster.emeritus ?? []).filter((e) => e.email).map((e) => [emailKey(e.email!), e]));
  const subscribed = new Set(obs.members.map((m) => emailKey(m.address)));
  for (const [key, m] of active) {
    if (!subscribed.has(key))
      changes.push({ kind: 'list-subscribe', system: 'list', list, address: m.email!, name: m.name, login: m.login });
  }
  let unknown = 0;
  for (const entry of obs.members) {
    const key = emailKey(entry.address);
    if (active.has(key)) continue;
    const e = former.get(key);
    if (e) {
      changes.push({
        kind: 'list-unsubscribe',
        system: 'list',
        list,
        address: entry.address,
        ...(e.login ? { login: e.login } : {}),
        why: 'emeritus',
      });
    } else {
      unknown++;
      if (removeUnknown)
        changes.push({ kind: 'list-unsubscribe', system: 'list', list, address: entry.address, why: 'unknown' });
    }
  }
  if (unknown > 0 && !removeUnknown) {
    notes.push({
      system: 'list',
      level: 'drift',
      text: `${list} has ${unknown} subscriber(s) the roster does not know (kept: policy remove_unknown is off). Run \`psrt reconcile\` in a terminal to see the addresses.`,
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
    for (const o of obs.owners) {
      const key = emailKey(o.address);
      if (admins.has(key)) continue;
      const member = active.get(key);
      const e = former.get(key);
      if (member)
        changes.push({
          kind: 'list-owner-remove',
          system: 'list',
          list,
          address: o.address,
          login: member.login,
          why: 'not-admin',
        });
      else if (e)
        changes.push({
          kind: 'list-owner-remove',
          system: 'list',
          list,
          address: o.address,
          ...(e.login ? { login: e.login } : {}),
          why: 'emeritus',
        });
      else if (removeUnknown)
        changes.push({ kind: 'list-owner-remove', system: 'list', list, address: o.address, why: 'unknown' });
      else
        notes.push({
          system: 'list',
          level: 'drift',
          text: `${list} has an owner the roster does not know (kept: policy remove_unknown is off).`,
        });
    }
  }
  return changes;
}
