export const id = 283;
export const ids = [283];
export const modules = {

/***/ 1292:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ isPerson),
/* harmony export */   O: () => (/* binding */ PersonIndex)
/* harmony export */ });
/* harmony import */ var _roster_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8764);
// A GitHub account as reviews, events, credits and team lists show it, and how it is matched to a
// roster entry: by the immutable id once both sides have one, else by login (case-insensitive).

/** The same person: by the pinned id when both sides have one, else by login (case-insensitive). */
function isPerson(a, b) {
    if (a.id !== undefined && b.id !== undefined)
        return a.id === b.id;
    return a.login !== undefined && b.login !== undefined && (0,_roster_js__WEBPACK_IMPORTED_MODULE_0__/* .loginKey */ .H$)(a.login) === (0,_roster_js__WEBPACK_IMPORTED_MODULE_0__/* .loginKey */ .H$)(b.login);
}
/**
 * People indexed by id and by login, asked with the rule of isPerson in O(1): the large orgs the
 * benchmarks use have thousands of members and tens of thousands of advisories.
 */
class PersonIndex {
    byId = new Map();
    byLogin = new Map();
    constructor(people) {
        for (const p of people)
            this.add(p);
    }
    add(p) {
        if (p.id !== undefined)
            this.byId.set(p.id, p);
        if (p.login !== undefined) {
            const key = (0,_roster_js__WEBPACK_IMPORTED_MODULE_0__/* .loginKey */ .H$)(p.login);
            this.byLogin.set(key, [...(this.byLogin.get(key) ?? []), p]);
        }
    }
    /** The indexed person who is `q` (isPerson), if any. */
    find(q) {
        const byId = q.id === undefined ? undefined : this.byId.get(q.id);
        if (byId)
            return byId;
        const candidates = q.login === undefined ? [] : (this.byLogin.get((0,_roster_js__WEBPACK_IMPORTED_MODULE_0__/* .loginKey */ .H$)(q.login)) ?? []);
        return candidates.find((c) => isPerson(c, q));
    }
    has(q) {
        return this.find(q) !== undefined;
    }
    /** Look up by id alone (a pinned id), or by login alone. */
    id(id) {
        return this.byId.get(id);
    }
    login(login) {
        return this.byLogin.get((0,_roster_js__WEBPACK_IMPORTED_MODULE_0__/* .loginKey */ .H$)(login))?.[0];
    }
}


/***/ }),

/***/ 5283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reconcileFailed: () => (/* binding */ reconcileFailed),
  runReconcile: () => (/* binding */ runReconcile)
});

// EXTERNAL MODULE: ./actions/lib/config/load.ts
var load = __webpack_require__(4101);
// EXTERNAL MODULE: ./actions/lib/domain/roster.ts
var domain_roster = __webpack_require__(8764);
;// CONCATENATED MODULE: ./actions/lib/domain/reconcile/plan.ts
/** Changes that take access away from someone: what the removal-share guard counts. */
function removedPeople(change) {
    switch (change.kind) {
        case 'team-remove':
            return [change.login.toLowerCase()];
        case 'advisory-access':
            return change.removeUsers.map((u) => u.toLowerCase());
        case 'list-unsubscribe':
            return [change.login?.toLowerCase() ?? change.address.toLowerCase()];
        case 'list-owner-remove':
            // An active member who is no longer an admin keeps the list, like a team maintainer demoted.
            return change.why === 'not-admin' ? [] : [change.login?.toLowerCase() ?? change.address.toLowerCase()];
        default:
            return [];
    }
}
/** Applied last: anything that narrows access, including demotions. */
function isRemoval(change) {
    return (removedPeople(change).length > 0 ||
        (change.kind === 'team-role' && change.role === 'member') ||
        change.kind === 'list-owner-remove');
}
/** Addresses in markdown (PR comments, summaries) show only the domain and the first letter. */
function maskAddress(address, format) {
    if (format === 'text')
        return address;
    const at = address.indexOf('@');
    return at <= 0 ? '…' : `${address[0]}…${address.slice(at)}`;
}
function list(items) {
    return items.join(', ');
}
/** One line per change. Lines are shown in a ```diff block in markdown, so they carry no markdown. */
function describeChange(c, ctx, format) {
    const team = `${ctx.org}/${ctx.team}`;
    switch (c.kind) {
        case 'team-add':
            return `+ add ${c.login} to team ${team} as ${c.role}${c.why === 'reinvite' ? ' (re-sending a failed invitation)' : ''}`;
        case 'team-role':
            return c.role === 'maintainer'
                ? `~ make ${c.login} a maintainer of team ${team} (admin)`
                : `~ make ${c.login} a plain member of team ${team} (not an admin)`;
        case 'team-remove':
            return `- remove ${c.login} from team ${team} (${c.why === 'emeritus' ? 'moved to emeritus' : 'not in members.yaml: added by hand on GitHub'})`;
        case 'role-assign':
            return `+ give team ${team} the org role ${c.roleName}`;
        case 'advisory-access': {
            const parts = [];
            if (c.addTeams.length)
                parts.push(`add team ${c.addTeams.join(', ')}`);
            if (c.addUsers.length)
                parts.push(`add ${list(c.addUsers)}`);
            if (c.removeUsers.length)
                parts.push(`remove ${list(c.removeUsers)} (emeritus)`);
            return `${c.removeUsers.length && !c.addUsers.length && !c.addTeams.length ? '-' : c.removeUsers.length ? '~' : '+'} ${c.ghsaId} (${c.repo}): ${parts.join('; ')}`;
        }
        case 'pvr-enable':
            return `+ enable private vulnerability reporting on ${c.repo}`;
        case 'list-subscribe':
            return `+ subscribe ${c.login} to ${c.list}`;
        case 'list-unsubscribe':
            return c.why === 'emeritus'
                ? `- unsubscribe ${c.login ?? maskAddress(c.address, format)} from ${c.list} (moved to emeritus)`
                : `- unsubscribe ${maskAddress(c.address, format)} from ${c.list} (an address the roster does not know)`;
        case 'list-owner-add':
            return `+ make ${c.login} an owner of ${c.list} (admin)`;
        case 'list-owner-remove':
            return `- remove ${c.login ? c.login : maskAddress(c.address, format)} as owner of ${c.list} (${c.why === 'emeritus' ? 'moved to emeritus' : c.why === 'not-admin' ? 'not an admin' : 'an address the roster does not know'})`;
        case 'roster-login':
            return `~ members.yaml: ${c.from} is now ${c.to} on GitHub (id ${c.id}); a PR follows the rename`;
    }
}

;// CONCATENATED MODULE: ./actions/lib/domain/reconcile/guards.ts


function maintainersAfter(plan, observed) {
    const gh = observed.github;
    const owners = new Set(gh.orgOwners.map((o) => o.login.toLowerCase()));
    const maint = new Set(gh.team
        .filter((m) => m.role === 'maintainer' || owners.has(m.login.toLowerCase()))
        .map((m) => m.login.toLowerCase()));
    const before = maint.size;
    for (const c of plan.changes) {
        const login = 'login' in c && typeof c.login === 'string' ? c.login.toLowerCase() : undefined;
        if (!login)
            continue;
        if (c.kind === 'team-remove')
            maint.delete(login);
        if (c.kind === 'team-role' && c.role === 'member' && !owners.has(login))
            maint.delete(login);
        if (c.kind === 'team-role' && c.role === 'maintainer')
            maint.add(login);
        if (c.kind === 'team-add' && c.role === 'maintainer' && c.why === 'roster')
            maint.add(login);
    }
    return { before, after: maint.size };
}
function checkGuards({ plan, policy, roster, observed, allowLargeRemoval }) {
    const results = [];
    results.push({ guard: 'reads', ok: true, detail: 'every read of GitHub and Mailman completed' });
    const min = policy.membership.min_admins;
    const rosterAdmins = (0,domain_roster/* admins */.ZQ)(roster).length;
    const { before, after } = maintainersAfter(plan, observed);
    const teamDrops = after < min && after < before;
    results.push({
        guard: 'min-admins',
        ok: rosterAdmins >= min && !teamDrops,
        detail: `${rosterAdmins} admin(s) in members.yaml; team maintainers ${before} → ${after} after this plan; minimum ${min}`,
    });
    const people = new Set(plan.changes.flatMap(removedPeople));
    const share = plan.activeMembers === 0 ? (people.size > 0 ? 1 : 0) : people.size / plan.activeMembers;
    const limit = policy.guards.max_removal_share;
    const tooMany = share > limit;
    const pct = (x) => `${Math.round(x * 1000) / 10}%`;
    const base = `${people.size} of ${plan.activeMembers} member(s) (${pct(share)}) would lose some access; limit ${pct(limit)} (guards.max_removal_share)`;
    if (tooMany && allowLargeRemoval) {
        results.push({
            guard: 'removal-share',
            ok: true,
            overridden: allowLargeRemoval,
            detail: `${base}; overridden: "${allowLargeRemoval}"`,
        });
    }
    else {
        results.push({
            guard: 'removal-share',
            ok: !tooMany,
            detail: tooMany ? `${base}. If this is intended, run again with allow-large-removal and a reason.` : base,
        });
    }
    const self = observed.github.self;
    const selfRemoved = self !== undefined && people.has(self.login.toLowerCase());
    results.push({
        guard: 'own-identity',
        ok: !selfRemoved,
        detail: self === undefined
            ? 'a GitHub App token: the bot holds no membership'
            : selfRemoved
                ? `this plan would remove the token's own account ${self.login}: add it to members.yaml or run with another token`
                : `the token's account ${self.login} keeps its access`,
    });
    return results;
}
function tripped(guards) {
    return guards.filter((g) => !g.ok);
}

// EXTERNAL MODULE: ./actions/lib/domain/policy.ts
var domain_policy = __webpack_require__(4189);
// EXTERNAL MODULE: ./actions/lib/domain/account.ts
var account = __webpack_require__(1292);
;// CONCATENATED MODULE: ./actions/lib/domain/reconcile/planner.ts



function planReconcile({ roster, policy, observed }) {
    const gh = observed.github;
    const changes = [];
    const notes = [];
    const org = policy.org;
    const team = policy.team;
    // Every account GitHub showed, to follow pinned ids to today's logins.
    const index = new account/* PersonIndex */.O([]);
    for (const a of gh.orgMembers)
        index.add(a);
    for (const a of gh.team)
        index.add(a);
    for (const r of gh.repos)
        for (const adv of r.advisories)
            for (const u of adv.collaboratingUsers)
                index.add(u);
    for (const a of gh.accountsById.values())
        if (a)
            index.add(a);
    // Who the active members are on GitHub today.
    const people = roster.members.map((member, i) => {
        const admin = (0,domain_roster/* hasRole */.hf)(member, 'admin');
        if (member.id === undefined)
            return { index: i, member, login: member.login, admin };
        const account = index.id(member.id) ?? gh.accountsById.get(member.id);
        if (account === null) {
            notes.push({
                system: 'roster',
                level: 'warning',
                text: `${member.name} (\`${member.login}\`, id ${member.id}): the GitHub account no longer exists; nothing is done for them on GitHub. Update members.yaml.`,
            });
            return { index: i, member, id: member.id, admin };
        }
        if (account && (0,domain_roster/* loginKey */.H$)(account.login) !== (0,domain_roster/* loginKey */.H$)(member.login)) {
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
    const present = people.filter((p) => p.login !== undefined);
    const activeIndex = new account/* PersonIndex */.O(present.map((p) => ({ login: p.login, id: p.id })));
    const emeritus = roster.emeritus ?? [];
    const emeritusIndex = new account/* PersonIndex */.O(emeritus);
    const isActive = (a) => activeIndex.has(a);
    const isEmeritus = (a) => emeritusIndex.has(a);
    const orgMembers = new account/* PersonIndex */.O(gh.orgMembers);
    const orgOwners = new account/* PersonIndex */.O(gh.orgOwners);
    const orgMember = (p) => orgMembers.has(p);
    const orgOwner = (p) => orgOwners.has(p);
    const teamEntries = new account/* PersonIndex */.O(gh.team);
    const pendingLogins = new Set(gh.pendingInvitations.map((i) => (0,domain_roster/* loginKey */.H$)(i.login)));
    const failedCount = new Map();
    for (const i of gh.failedInvitations)
        failedCount.set((0,domain_roster/* loginKey */.H$)(i.login), (failedCount.get((0,domain_roster/* loginKey */.H$)(i.login)) ?? 0) + 1);
    // --- the GitHub team -------------------------------------------------------------------------
    const outside = [];
    const matchedTeam = new Set();
    for (const p of present) {
        const want = p.admin ? 'maintainer' : 'member';
        const entry = teamEntries.find({ login: p.login, id: p.id });
        if (entry)
            matchedTeam.add(entry.id);
        if (orgMember(p)) {
            if (!entry) {
                changes.push({ kind: 'team-add', system: 'team', login: p.login, role: want, why: 'roster' });
            }
            else if (entry.role !== want && !orgOwner(p)) {
                // Org owners are maintainers of every team whatever we ask: no perpetual diff for them.
                changes.push({ kind: 'team-role', system: 'team', login: entry.login, role: want });
            }
            continue;
        }
        outside.push(p.login);
        // Invitations carry a login, not an id.
        if (pendingLogins.has((0,domain_roster/* loginKey */.H$)(p.login))) {
            notes.push({
                system: 'team',
                level: 'info',
                text: `\`${p.login}\` has a pending invitation to the team: counted as present, not re-sent.`,
            });
            continue;
        }
        const failed = failedCount.get((0,domain_roster/* loginKey */.H$)(p.login)) ?? 0;
        if (failed === 1) {
            changes.push({ kind: 'team-add', system: 'team', login: p.login, role: want, why: 'reinvite' });
        }
        else if (failed > 1) {
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
        if (matchedTeam.has(entry.id) || isActive(entry))
            continue;
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
        }
        else if (!gh.securityManager.teams.includes(team)) {
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
    // On another org's repository the team cannot collaborate: every member is added in person.
    const wantedInOrg = present.filter((p) => !orgMember(p));
    for (const repo of gh.repos) {
        const inOrg = (0,domain_policy/* splitRepo */.D2)(repo.repo).owner.toLowerCase() === org.toLowerCase();
        const wanted = inOrg ? wantedInOrg : present;
        for (const adv of repo.advisories) {
            if (adv.state !== 'triage' && adv.state !== 'draft')
                continue;
            const collaborators = new account/* PersonIndex */.O(adv.collaboratingUsers);
            const addTeams = inOrg && !adv.collaboratingTeams.includes(team) ? [team] : [];
            const addUsers = wanted.filter((p) => !collaborators.has({ login: p.login, id: p.id })).map((p) => p.login);
            const removeUsers = adv.collaboratingUsers.filter((u) => isEmeritus(u) && !isActive(u)).map((u) => u.login);
            if (addTeams.length + addUsers.length + removeUsers.length === 0)
                continue;
            const users = [
                ...adv.collaboratingUsers.map((u) => u.login).filter((l) => !removeUsers.includes(l)),
                ...addUsers,
            ];
            changes.push({
                kind: 'advisory-access',
                system: 'ghsa',
                repo: repo.repo,
                ghsaId: adv.ghsaId,
                addTeams,
                addUsers,
                removeUsers,
                users,
                teams: [...adv.collaboratingTeams, ...addTeams],
            });
        }
    }
    // --- covered projects -------------------------------------------------------------------------
    for (const repo of gh.repos) {
        if (!repo.privateVulnerabilityReporting)
            changes.push({ kind: 'pvr-enable', system: 'projects', repo: repo.repo });
        const form = `https://github.com/${repo.repo}/security/advisories/new`;
        if (!repo.securityPolicy) {
            notes.push({
                system: 'projects',
                level: 'drift',
                text: `${repo.repo} has no SECURITY.md (root, .github/ or docs/): add one that links to ${form}.`,
            });
        }
        else if (!repo.securityPolicy.text.includes(form)) {
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
    return { changes, notes, activeMembers: roster.members.length };
}
function planList(obs, roster, owners, removeUnknown, notes) {
    const changes = [];
    const list = obs.address;
    const active = new Map(roster.members.filter((m) => m.email).map((m) => [(0,domain_roster/* emailKey */.c8)(m.email), m]));
    const former = new Map((roster.emeritus ?? []).filter((e) => e.email).map((e) => [(0,domain_roster/* emailKey */.c8)(e.email), e]));
    const subscribed = new Set(obs.members.map((m) => (0,domain_roster/* emailKey */.c8)(m.address)));
    for (const [key, m] of active) {
        if (!subscribed.has(key))
            changes.push({ kind: 'list-subscribe', system: 'list', list, address: m.email, name: m.name, login: m.login });
    }
    let unknown = 0;
    for (const entry of obs.members) {
        const key = (0,domain_roster/* emailKey */.c8)(entry.address);
        if (active.has(key))
            continue;
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
        }
        else {
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
        const admins = new Map(roster.members.filter((m) => m.email && (0,domain_roster/* hasRole */.hf)(m, 'admin')).map((m) => [(0,domain_roster/* emailKey */.c8)(m.email), m]));
        const owning = new Set(obs.owners.map((o) => (0,domain_roster/* emailKey */.c8)(o.address)));
        for (const [key, m] of admins) {
            if (!owning.has(key))
                changes.push({ kind: 'list-owner-add', system: 'list', list, address: m.email, name: m.name, login: m.login });
        }
        for (const o of obs.owners) {
            const key = (0,domain_roster/* emailKey */.c8)(o.address);
            if (admins.has(key))
                continue;
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

;// CONCATENATED MODULE: ./actions/lib/domain/reconcile/render.ts

const SYSTEMS = [
    { system: 'team', title: (c) => `GitHub team ${c.org}/${c.team}` },
    { system: 'org-role', title: (c) => `Org role (${c.org})` },
    { system: 'ghsa', title: () => 'GHSA access (open advisories)' },
    { system: 'list', title: (c) => `Mailing list${c.lists.length === 1 ? '' : 's'} ${c.lists.join(', ')}` },
    { system: 'projects', title: () => 'Covered projects' },
    { system: 'roster', title: () => 'members.yaml' },
];
const NOTE_MARK = { info: 'ℹ️', warning: '⚠️', drift: '↯' };
function stripMarkdown(text) {
    return text.replace(/`/g, '');
}
function headline(plan, ctx) {
    const n = plan.changes.length;
    const removals = plan.changes.filter(isRemoval).length;
    if (n === 0)
        return 'Reconcile: nothing to change';
    const what = `${n} change${n === 1 ? '' : 's'}${removals ? ` (${removals} removal${removals === 1 ? '' : 's'})` : ''}`;
    if (ctx.mode === 'applied')
        return `Reconcile applied ${what}`;
    if (ctx.mode === 'blocked')
        return `Reconcile blocked by a guard: ${what} planned, none made`;
    return `Reconcile plan: ${what}`;
}
function renderPlan(plan, guards, ctx, format, results) {
    const md = format === 'markdown';
    const out = [];
    out.push(md ? `## ${headline(plan, ctx)}` : headline(plan, ctx));
    out.push('');
    if (ctx.mode === 'plan' && plan.changes.length > 0)
        out.push(md ? '> Dry run: nothing was changed.' : 'Dry run: nothing was changed (use --apply to make these changes).', '');
    const status = new Map(results?.map((r) => [r.change, r]));
    for (const { system, title } of SYSTEMS) {
        const changes = plan.changes.filter((c) => c.system === system);
        const notes = plan.notes.filter((n) => n.system === system);
        if (changes.length === 0 && notes.length === 0)
            continue;
        out.push(md ? `### ${title(ctx)}` : `${title(ctx)}:`);
        if (changes.length > 0) {
            if (md)
                out.push('```diff');
            for (const c of changes) {
                const r = status.get(c);
                const suffix = r && r.status !== 'done' ? `   [${r.status}${r.error ? `: ${r.error}` : ''}]` : '';
                out.push(`${md ? '' : '  '}${describeChange(c, ctx, format)}${suffix}`);
            }
            if (md)
                out.push('```');
        }
        for (const n of notes)
            out.push(md ? `- ${NOTE_MARK[n.level]} ${n.text}` : `  ${n.level}: ${stripMarkdown(n.text)}`);
        out.push('');
    }
    out.push(md ? '### Guards' : 'Guards:');
    if (md)
        out.push('', '| Guard | Status | Detail |', '|---|---|---|');
    for (const g of guards) {
        const state = g.overridden ? 'overridden' : g.ok ? 'ok' : 'TRIPPED';
        out.push(md
            ? `| ${g.guard} | ${g.overridden ? '⚠️ overridden' : g.ok ? '✅ ok' : '❌ tripped'} | ${g.detail.replace(/\|/g, '\\|')} |`
            : `  ${g.guard}: ${state} (${g.detail})`);
    }
    if (results && results.length > 0) {
        const done = results.filter((r) => r.status === 'done').length;
        const failed = results.filter((r) => r.status === 'failed').length;
        out.push('', md
            ? `**Applied:** ${done} done, ${failed} failed, ${results.length - done - failed} not attempted.`
            : `Applied: ${done} done, ${failed} failed, ${results.length - done - failed} not attempted.`);
    }
    return out.join('\n') + '\n';
}

// EXTERNAL MODULE: ./actions/lib/clients/github.ts + 1 modules
var github = __webpack_require__(9739);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./actions/lib/domain/roster-edit.ts
var roster_edit = __webpack_require__(7853);
// EXTERNAL MODULE: ./actions/lib/errors.ts
var errors = __webpack_require__(2863);
// EXTERNAL MODULE: ./actions/lib/jobs/github-read.ts
var github_read = __webpack_require__(2205);
// EXTERNAL MODULE: ./actions/lib/jobs/ops-pr.ts
var ops_pr = __webpack_require__(7114);
;// CONCATENATED MODULE: ./actions/lib/jobs/reconcile/apply.ts








const RENAME_BRANCH = 'psrt/follow-renames';
/** One PR in the ops repo follows every rename: members.yaml from its default branch, logins fixed. */
async function followRenames(deps, renames) {
    const repo = deps.policy.ops_repo;
    const file = await (0,github_read/* readTextFile */.Gu)(deps.gh, repo, 'members.yaml');
    if (!file)
        throw new Error(`${repo} has no members.yaml on its default branch`);
    // Find each entry in the ops repo's own file (by id, else by the old login): the local checkout the
    // plan came from may be a pull request's, with entries in other places.
    const members = (0,dist/* parse */.qg)(file.text)?.members ?? [];
    let text = file.text;
    for (const r of renames) {
        const at = members.findIndex((m) => m.id === r.id);
        const index = at >= 0 ? at : members.findIndex((m) => m.login?.toLowerCase() === r.from.toLowerCase());
        if (index < 0)
            throw new Error(`${repo}'s members.yaml has no entry with id ${r.id} or login ${r.from}`);
        text = (0,roster_edit/* setMemberLogin */.mP)(text, index, r.to);
    }
    const lines = renames.map((r) => `- \`${r.from}\` → \`${r.to}\` (GitHub id ${r.id})`);
    const pr = await (0,ops_pr/* upsertPullRequest */._)(deps.gh, {
        repo,
        branch: RENAME_BRANCH,
        title: `members.yaml: follow ${renames.length} GitHub rename${renames.length === 1 ? '' : 's'}`,
        body: `GitHub accounts keep their numeric id when renamed. These members were renamed on GitHub; reconcile already follows them by id, and this PR brings members.yaml up to date:\n\n${lines.join('\n')}\n\nOpened by \`psrt reconcile\`; it updates this PR on later runs and never merges it.`,
        commitMessage: `members.yaml: follow GitHub renames (${renames.map((r) => `${r.from} → ${r.to}`).join(', ')})`,
        files: [{ path: 'members.yaml', content: text }],
        labels: ['psrt-ops'],
    });
    return `${pr.action} ${pr.url}`;
}
async function applyOne(deps, c) {
    const { gh, policy } = deps;
    const org = policy.org;
    const team = policy.team;
    switch (c.kind) {
        case 'team-add':
        case 'team-role':
            await gh.rest.rest.teams.addOrUpdateMembershipForUserInOrg({
                org,
                team_slug: team,
                username: c.login,
                role: c.role,
            });
            return;
        case 'team-remove':
            try {
                await gh.rest.rest.teams.removeMembershipForUserInOrg({ org, team_slug: team, username: c.login });
            }
            catch (err) {
                if (!(0,github.isNotFound)(err))
                    throw err; // already gone
            }
            return;
        case 'role-assign':
            await gh.rest.rest.orgs.assignTeamToOrgRole({ org, team_slug: team, role_id: c.roleId });
            return;
        case 'advisory-access': {
            const { owner, repo } = (0,domain_policy/* splitRepo */.D2)(c.repo);
            await deps
                .ghFor(owner)
                .rest.rest.securityAdvisories.updateRepositoryAdvisory({
                owner,
                repo,
                ghsa_id: c.ghsaId,
                collaborating_users: c.users,
                collaborating_teams: c.teams,
            });
            return;
        }
        case 'pvr-enable': {
            const { owner, repo } = (0,domain_policy/* splitRepo */.D2)(c.repo);
            await deps.ghFor(owner).rest.rest.repos.enablePrivateVulnerabilityReporting({ owner, repo });
            return;
        }
        case 'list-subscribe':
            await mailman(deps, c.list).subscribe(c.list, c.address, c.name);
            return;
        case 'list-unsubscribe':
            await mailman(deps, c.list).unsubscribe(c.list, c.address);
            return;
        case 'list-owner-add':
            await mailman(deps, c.list).addOwner(c.list, c.address, c.name);
            return;
        case 'list-owner-remove':
            await mailman(deps, c.list).removeOwner(c.list, c.address);
            return;
        case 'roster-login':
            throw new Error('renames are applied together (followRenames)');
    }
}
function mailman(deps, list) {
    const policy = deps.policy.mailing_lists?.find((l) => l.address.toLowerCase() === list.toLowerCase());
    const client = policy ? deps.mailmanFor(policy.rest_url) : undefined;
    if (!client)
        throw new Error(`no Mailman client configured for ${list}`);
    return client;
}
async function applyPlan(deps, plan) {
    const renames = plan.changes.filter((c) => c.kind === 'roster-login');
    const others = plan.changes.filter((c) => c.kind !== 'roster-login');
    const ordered = [
        ...(renames.length ? ['renames'] : []),
        ...others.filter((c) => !isRemoval(c)),
        ...others.filter(isRemoval),
    ];
    const results = new Map();
    let failed = false;
    for (const step of ordered) {
        const changes = step === 'renames' ? renames : [step];
        if (failed) {
            for (const change of changes)
                results.set(change, { change, status: 'not attempted' });
            continue;
        }
        try {
            if (step === 'renames')
                deps.log.info(`renames: ${await followRenames(deps, renames)}`);
            else
                await applyOne(deps, step);
            for (const change of changes)
                results.set(change, { change, status: 'done' });
        }
        catch (err) {
            failed = true;
            const error = (0,errors/* errorMessage */.gJ)(err);
            deps.log.error(`stopping at the first failure: ${error}`);
            for (const change of changes)
                results.set(change, { change, status: 'failed', error });
        }
    }
    return plan.changes.map((c) => results.get(c));
}

;// CONCATENATED MODULE: ./actions/lib/jobs/reconcile/read.ts




/** Wrap a read so a failure names what was being read and says what to check. */
async function reading(what, read) {
    try {
        return await read();
    }
    catch (err) {
        if (err instanceof errors/* UserError */.yo)
            throw err;
        const hint = (0,github.describeReadFailure)(err);
        throw new errors/* UserError */.yo(`could not read ${what}: ${hint}. Nothing was changed.`);
    }
}
const read_account = (u) => ({ login: u.login, id: Number(u.id) });
function invitation(i) {
    if (!i.login)
        return undefined;
    return {
        id: Number(i.id),
        login: i.login,
        createdAt: i.created_at,
        ...(i.failed_at ? { failedAt: i.failed_at } : {}),
        ...(i.failed_reason ? { failedReason: i.failed_reason } : {}),
    };
}
async function readSelf(gh) {
    if (gh.tokenKind === 'installation')
        return undefined;
    try {
        const { data } = await gh.rest.rest.users.getAuthenticated({ ...github.CONDITIONAL });
        return read_account(data);
    }
    catch (err) {
        // An installation token without the usual prefix: it acts as an App, which holds no membership.
        if ((0,github.statusOf)(err) === 403)
            return undefined;
        throw err;
    }
}
async function readRepo(gh, repo, advisories, securityPolicy) {
    const { owner, repo: name } = (0,domain_policy/* splitRepo */.D2)(repo);
    const pvr = await reading(`private vulnerability reporting of ${repo}`, async () => (await gh.rest.rest.repos.checkPrivateVulnerabilityReporting({ owner, repo: name, ...github.CONDITIONAL })).data.enabled);
    return {
        repo,
        privateVulnerabilityReporting: pvr,
        ...(securityPolicy ? { securityPolicy } : {}),
        advisories: advisories.map((a) => ({
            repo,
            ghsaId: a.ghsa_id,
            state: a.state,
            htmlUrl: a.html_url,
            collaboratingUsers: (a.collaborating_users ?? []).map((u) => ({ login: u.login, id: u.id })),
            collaboratingTeams: (a.collaborating_teams ?? []).map((t) => t.slug),
        })),
    };
}
/** Each covered repository, with its open advisories (closed and published ones are left as they are). */
async function readRepos(ghFor, covered) {
    const owners = (0,domain_policy/* reposByOwner */.ih)(covered);
    const open = new Map();
    const policies = new Map();
    await Promise.all([...owners].map(async ([owner, repos]) => {
        const what = repos.length === 1 ? repos[0] : `${repos.length} repositories of ${owner}`;
        const [lists, files] = await Promise.all([
            reading(`the advisories of ${what}`, () => (0,github_read/* listOpenAdvisories */.Ek)(ghFor(owner), owner, repos)),
            reading(`SECURITY.md of ${what}`, () => (0,github_read/* readSecurityPolicies */.HB)(ghFor(owner), repos)),
        ]);
        for (const [repo, list] of lists)
            open.set(repo, list);
        for (const [repo, file] of files)
            policies.set(repo, file);
    }));
    return Promise.all(covered.map((repo) => readRepo(ghFor((0,domain_policy/* splitRepo */.D2)(repo).owner), repo, open.get(repo.toLowerCase()) ?? [], policies.get(repo.toLowerCase()))));
}
async function readSecurityManager(gh, org) {
    return reading(`the organization roles of ${org}`, async () => {
        const { data } = await gh.rest.rest.orgs.listOrgRoles({ org, ...github.CONDITIONAL });
        const role = (data.roles ?? []).find((r) => r.name === 'security_manager');
        if (!role)
            return null;
        const teams = await gh.rest.paginate(gh.rest.rest.orgs.listOrgRoleTeams, {
            org,
            role_id: role.id,
            per_page: 100,
            ...github.CONDITIONAL,
        });
        return { id: role.id, name: role.name, teams: teams.map((t) => t.slug) };
    });
}
async function readGitHub(gh, ghFor, roster, policy) {
    const { org, team } = policy;
    const [self, orgMembers, orgOwners, teamAll, maintainers, pending, failed, repos, securityManager] = await Promise.all([
        reading("the token's own account", () => readSelf(gh)),
        reading(`the members of ${org}`, () => (0,github_read/* listOrgMembers */.cr)(gh, org)),
        reading(`the owners of ${org}`, () => (0,github_read/* listOrgMembers */.cr)(gh, org, 'admin')),
        reading(`team ${org}/${team}`, () => (0,github_read/* listTeamMembers */.vw)(gh, org, team)),
        reading(`the maintainers of ${org}/${team}`, () => (0,github_read/* listTeamMembers */.vw)(gh, org, team, 'maintainer')),
        reading(`the pending invitations of ${org}/${team}`, () => (0,github_read/* listTeamInvitations */.sR)(gh, org, team)),
        reading(`the failed invitations of ${org}`, () => (0,github_read/* listFailedInvitations */._4)(gh, org)),
        readRepos(ghFor, policy.covered_repos),
        policy.github?.team_security_manager ? readSecurityManager(gh, org) : Promise.resolve(undefined),
    ]);
    const maintainerIds = new Set(maintainers.map((m) => m.id));
    const observed = {
        ...(self ? { self } : {}),
        orgMembers: orgMembers.map(read_account),
        orgOwners: orgOwners.map(read_account),
        team: teamAll.map((m) => ({ ...read_account(m), role: maintainerIds.has(m.id) ? 'maintainer' : 'member' })),
        pendingInvitations: pending.map(invitation).filter((i) => i !== undefined),
        failedInvitations: failed.map(invitation).filter((i) => i !== undefined),
        repos,
        ...(securityManager !== undefined ? { securityManager } : {}),
        accountsById: new Map(),
    };
    // Pinned ids not seen in any list: look each up, to follow a rename or learn the account is gone.
    const seen = new Set([
        ...observed.orgMembers,
        ...observed.team,
        ...repos.flatMap((r) => r.advisories.flatMap((a) => a.collaboratingUsers)),
    ].map((a) => a.id));
    const unseen = roster.members.map((m) => m.id).filter((id) => id !== undefined && !seen.has(id));
    const looked = await Promise.all(unseen.map((id) => reading(`GitHub account ${id}`, async () => {
        try {
            const { data } = await gh.rest.request('GET /user/{account_id}', { account_id: id, ...github.CONDITIONAL });
            return [id, read_account(data)];
        }
        catch (err) {
            if ((0,github.isNotFound)(err))
                return [id, null];
            throw err;
        }
    })));
    for (const [id, acc] of looked)
        observed.accountsById.set(id, acc);
    return observed;
}
async function readLists(mailmanFor, policy) {
    const lists = policy.mailing_lists ?? [];
    const clients = lists.map((l) => mailmanFor(l.rest_url));
    if (lists.length === 0 || clients.some((c) => c === undefined))
        return undefined;
    return Promise.all(lists.map(async (l, i) => {
        const mailman = clients[i];
        const list = await mailman.getList(l.address);
        if (!list)
            return { address: l.address, exists: false, members: [], owners: [] };
        const [members, owners] = await Promise.all([
            mailman.listMembers(l.address, 'member'),
            mailman.listMembers(l.address, 'owner'),
        ]);
        const strip = (m) => ({
            address: m.address,
            ...(m.displayName ? { name: m.displayName } : {}),
        });
        return { address: l.address, exists: true, members: members.map(strip), owners: owners.map(strip) };
    }));
}
async function readObserved(gh, ghFor, mailmanFor, roster, policy) {
    const [github, lists] = await Promise.all([readGitHub(gh, ghFor, roster, policy), readLists(mailmanFor, policy)]);
    return { github, ...(lists ? { lists } : {}) };
}

;// CONCATENATED MODULE: ./actions/lib/jobs/reconcile.ts






function reconcileFailed(result) {
    return result.outcome === 'invalid' || result.outcome === 'blocked' || result.outcome === 'apply-failed';
}
async function runReconcile(settings, deps, ctx) {
    const loaded = await (0,load/* loadConfig */.Z9)(settings.paths, ctx.now());
    if (!loaded.config) {
        return {
            outcome: 'invalid',
            diagnostics: loaded.diagnostics,
            render: () => 'members.yaml or policy.yaml has errors: nothing was read or changed.\n',
        };
    }
    const { roster, policy } = loaded.config;
    const ghFor = deps.ghFor ?? (() => deps.gh);
    const observed = await readObserved(deps.gh, ghFor, deps.mailmanFor, roster, policy);
    const plan = planReconcile({ roster, policy, observed });
    const guards = checkGuards({
        plan,
        policy,
        roster,
        observed,
        ...(settings.allowLargeRemoval ? { allowLargeRemoval: settings.allowLargeRemoval } : {}),
    });
    const blocked = tripped(guards).length > 0;
    for (const g of tripped(guards))
        ctx.log.error(`guard ${g.guard} tripped: ${g.detail}`);
    let results;
    let outcome = plan.changes.length === 0 ? 'in-sync' : blocked ? 'blocked' : 'planned';
    if (settings.apply && !blocked && plan.changes.length > 0) {
        results = await applyPlan({ gh: deps.gh, ghFor, mailmanFor: deps.mailmanFor, policy, log: ctx.log }, plan);
        outcome = results.every((r) => r.status === 'done') ? 'applied' : 'apply-failed';
    }
    const ctxRender = {
        org: policy.org,
        team: policy.team,
        lists: (policy.mailing_lists ?? []).map((l) => l.address),
        mode: results ? 'applied' : blocked ? 'blocked' : 'plan',
    };
    return {
        outcome,
        diagnostics: loaded.diagnostics,
        plan,
        guards,
        observed,
        ...(results ? { results } : {}),
        render: (format) => renderPlan(plan, guards, ctxRender, format, results),
    };
}


/***/ })

};
