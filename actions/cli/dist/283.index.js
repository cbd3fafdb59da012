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

/***/ 4189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D2: () => (/* binding */ splitRepo),
/* harmony export */   at: () => (/* binding */ parseFraction),
/* harmony export */   ih: () => (/* binding */ reposByOwner)
/* harmony export */ });
/** "2/3" → {2, 3}. The schema guarantees the shape; exact integer arithmetic avoids 0.6666… rounding. */
function parseFraction(text) {
    const [n, d] = text.split('/').map((part) => Number.parseInt(part, 10));
    return { numerator: n ?? 0, denominator: d ?? 1 };
}
function splitRepo(fullName) {
    const slash = fullName.indexOf('/');
    return { owner: fullName.slice(0, slash), repo: fullName.slice(slash + 1) };
}
/** Repositories (owner/name) by owner: each org is read with its own token, some lists org-wide. */
function reposByOwner(repos) {
    const out = new Map();
    for (const repo of repos) {
        const { owner } = splitRepo(repo);
        out.set(owner, [...(out.get(owner) ?? []), repo]);
    }
    return out;
}


/***/ }),

/***/ 8656:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ describeToolPrChange),
/* harmony export */   a: () => (/* binding */ planToolPr)
/* harmony export */ });
// Pull requests the tool keeps in the ops repository (login fixes, pinned ids, pruning, report files):
// one branch per purpose, one open PR per branch, never merged by the tool. Convergence is planned
// here from what the PR holds now: every property (files, title, body, labels, review requests), so
// a run that failed half-way, or whose answer was lost, is completed by the next one.
const lower = (xs) => new Set(xs.map((x) => x.toLowerCase()));
/** The change that makes the ops repository hold `desired` (or no PR when undefined), or none. */
function planToolPr(desired, observed, closeComment = 'Closed by psrt-ops: there is nothing left to change.', repo = desired?.repo ?? '') {
    const open = observed.open;
    if (!desired) {
        return open ? { kind: 'pr-close', repo, number: open.number, url: open.url, comment: closeComment } : undefined;
    }
    if (!open)
        return { kind: 'pr-open', pr: desired, base: observed.base };
    const files = desired.files.some((f) => open.files[f.path] !== f.content);
    const text = open.title !== desired.title || open.body !== desired.body;
    const haveLabels = lower(open.labels);
    const labels = desired.labels.filter((l) => !haveLabels.has(l.toLowerCase()));
    const users = open.reviewed
        ? []
        : desired.reviewers.users.filter((u) => !lower(open.requestedUsers).has(u.toLowerCase()));
    const teams = open.reviewed
        ? []
        : desired.reviewers.teams.filter((t) => !lower(open.requestedTeams).has(t.toLowerCase()));
    if (!files && !text && labels.length === 0 && users.length === 0 && teams.length === 0)
        return undefined;
    return {
        kind: 'pr-update',
        pr: desired,
        base: observed.base,
        number: open.number,
        url: open.url,
        files,
        text,
        labels,
        reviewers: { users, teams },
    };
}
function describeToolPrChange(c) {
    switch (c.kind) {
        case 'pr-open':
            return `+ open a pull request in ${c.pr.repo}: "${c.pr.title}"`;
        case 'pr-update': {
            const what = [
                ...(c.files ? ['files'] : []),
                ...(c.text ? ['title and description'] : []),
                ...(c.labels.length ? [`labels ${c.labels.join(', ')}`] : []),
                ...(c.reviewers.users.length || c.reviewers.teams.length
                    ? [`review request (${[...c.reviewers.users, ...c.reviewers.teams.map((t) => `team ${t}`)].join(', ')})`]
                    : []),
            ];
            return `~ update pull request #${c.number} (${what.join('; ')}): "${c.pr.title}"`;
        }
        case 'pr-close':
            return `- close pull request #${c.number}`;
    }
}


/***/ }),

/***/ 5283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reconcileJob: () => (/* binding */ reconcileJob),
  runReconcile: () => (/* binding */ runReconcile)
});

// EXTERNAL MODULE: ./actions/lib/domain/policy.ts
var domain_policy = __webpack_require__(4189);
// EXTERNAL MODULE: ./actions/lib/domain/account.ts
var account = __webpack_require__(1292);
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
    const identity = observed.github.identity;
    if (identity.kind === 'app') {
        results.push({ guard: 'own-identity', ok: true, detail: 'a GitHub App token: the bot holds no membership' });
    }
    else if (identity.kind === 'unknown') {
        results.push({
            guard: 'own-identity',
            ok: people.size === 0,
            detail: people.size === 0
                ? `GitHub did not say who the token is (${identity.why}); nothing is removed in this plan`
                : `GitHub did not say who the token is (${identity.why}), so removals cannot be checked against it: nothing is removed. Run again when GET /user answers.`,
        });
    }
    else {
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

;// CONCATENATED MODULE: ./actions/lib/domain/reconcile/planner.ts




function planReconcile({ roster, policy, observed, allowLargeRemoval }) {
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

// EXTERNAL MODULE: ./actions/lib/domain/plan.ts
var domain_plan = __webpack_require__(7048);
;// CONCATENATED MODULE: ./actions/lib/domain/reconcile/render.ts


const SYSTEMS = [
    { system: 'team', title: (c) => `GitHub team ${c.org}/${c.team}` },
    { system: 'org-role', title: (c) => `Org role (${c.org})` },
    { system: 'ghsa', title: () => 'GHSA access (open advisories)' },
    { system: 'list', title: (c) => `Mailing list${c.lists.length === 1 ? '' : 's'} ${c.lists.join(', ')}` },
    { system: 'projects', title: () => 'Covered projects' },
    { system: 'roster', title: () => 'members.yaml' },
];
function describeCount(changes) {
    const removals = changes.filter(isRemoval).length;
    return `${(0,domain_plan/* plural */.LS)(changes.length, 'change')}${removals ? ` (${(0,domain_plan/* plural */.LS)(removals, 'removal')})` : ''}`;
}
function renderPlan(plan, format, results) {
    const md = format === 'markdown';
    const ctx = {
        org: plan.scope.org,
        team: plan.scope.team,
        lists: plan.scope.lists.map((l) => l.address),
    };
    const out = [];
    const title = (0,domain_plan/* headline */.Pl)('Reconcile', plan, results, describeCount);
    out.push(md ? `## ${title}` : title, '');
    if (!results && plan.changes.length > 0) {
        if ((0,domain_plan/* trippedGuards */.Hb)(plan.guards).length > 0)
            out.push(md ? '> Nothing was changed: a guard tripped (see Guards).' : 'Nothing was changed: a guard tripped.', '');
        else
            out.push(md ? '> Dry run: nothing was changed.' : 'Dry run: nothing was changed (use --apply to make these changes).', '');
    }
    const status = new Map(results?.map((r) => [r.change, r]));
    for (const { system, title: heading } of SYSTEMS) {
        const changes = plan.changes.filter((c) => c.system === system);
        const notes = plan.notes.filter((n) => n.system === system);
        if (changes.length === 0 && notes.length === 0)
            continue;
        out.push(md ? `### ${heading(ctx)}` : `${heading(ctx)}:`);
        if (changes.length > 0) {
            if (md)
                out.push('```diff');
            for (const c of changes)
                out.push(`${md ? '' : '  '}${(0,domain_plan/* withResult */.ox)(describeChange(c, ctx, format), status.get(c))}`);
            if (md)
                out.push('```');
        }
        for (const n of notes)
            out.push((0,domain_plan/* renderNote */.NS)(n, format));
        out.push('');
    }
    out.push(...(0,domain_plan/* renderGuards */.TW)(plan.guards, format));
    const applied = (0,domain_plan/* renderResultsLine */.$0)(results, format);
    if (applied.length > 0)
        out.push('', ...applied);
    return out.join('\n') + '\n';
}

// EXTERNAL MODULE: ./actions/lib/jobs/job.ts
var job = __webpack_require__(832);
// EXTERNAL MODULE: ./actions/lib/domain/roster-edit.ts
var roster_edit = __webpack_require__(7853);
// EXTERNAL MODULE: ./actions/lib/jobs/tool-pr.ts
var tool_pr = __webpack_require__(2764);
;// CONCATENATED MODULE: ./actions/lib/jobs/reconcile/apply.ts





const RENAME_BRANCH = 'psrt/follow-renames';
const ROSTER_PATH = 'members.yaml';
/** One PR in the ops repo follows every rename: members.yaml from its default branch, logins fixed. */
async function followRenames(gh, scope, renames) {
    const repo = scope.opsRepo;
    const file = await gh.readFile(repo, ROSTER_PATH);
    if (!file)
        throw new Error(`${repo} has no ${ROSTER_PATH} on its default branch`);
    // Entries are found in the ops repo's own file (by id, else by the old login): the local checkout the
    // plan came from may be a pull request's, with entries in other places.
    const text = (0,roster_edit/* setMemberLogins */.lB)(file.text, renames);
    const lines = renames.map((r) => `- \`${r.from}\` → \`${r.to}\` (GitHub id ${r.id})`);
    return (0,tool_pr/* convergeToolPr */.a4)(gh, {
        repo,
        branch: RENAME_BRANCH,
        title: `members.yaml: follow ${renames.length} GitHub rename${renames.length === 1 ? '' : 's'}`,
        body: `GitHub accounts keep their numeric id when renamed. These members were renamed on GitHub; reconcile already follows them by id, and this PR brings members.yaml up to date:\n\n${lines.join('\n')}\n\nOpened by \`psrt reconcile\`; it updates this PR on later runs and never merges it.`,
        commitMessage: `members.yaml: follow GitHub renames (${renames.map((r) => `${r.from} → ${r.to}`).join(', ')})`,
        files: [{ path: ROSTER_PATH, content: text }],
        labels: ['psrt-ops'],
        reviewers: { users: [], teams: [] },
    });
}
function mailman(deps, scope, list) {
    const listPolicy = scope.lists.find((l) => l.address.toLowerCase() === list.toLowerCase());
    const client = listPolicy ? deps.mailmanFor(listPolicy.rest_url) : undefined;
    if (!client)
        throw new Error(`no Mailman client configured for ${list}`);
    return client;
}
async function applyOne(deps, scope, c) {
    const { gh } = deps;
    const ghFor = deps.ghFor ?? (() => gh);
    const { org, team } = scope;
    switch (c.kind) {
        case 'team-add':
        case 'team-role':
            return gh.setTeamMembership(org, team, c.login, c.role);
        case 'team-remove':
            return gh.removeTeamMembership(org, team, c.login);
        case 'role-assign':
            return gh.assignOrgRoleToTeam(org, team, c.roleId);
        case 'advisory-access':
            return ghFor((0,domain_policy/* splitRepo */.D2)(c.repo).owner).updateAdvisory(c.repo, c.ghsaId, {
                collaborating_users: c.users,
                collaborating_teams: c.teams,
            });
        case 'pvr-enable':
            return ghFor((0,domain_policy/* splitRepo */.D2)(c.repo).owner).enablePrivateVulnerabilityReporting(c.repo);
        case 'list-subscribe':
            return mailman(deps, scope, c.list).subscribe(c.list, c.address, c.name);
        case 'list-unsubscribe':
            return mailman(deps, scope, c.list).unsubscribe(c.list, c.address);
        case 'list-owner-add':
            return mailman(deps, scope, c.list).addOwner(c.list, c.address, c.name);
        case 'list-owner-remove':
            return mailman(deps, scope, c.list).removeOwner(c.list, c.address);
    }
}
async function applyReconcile(plan, deps, ctx) {
    const renames = plan.changes.filter((c) => c.kind === 'roster-login');
    const others = plan.changes.filter((c) => c.kind !== 'roster-login');
    const steps = [
        ...(renames.length > 0 ? [renames] : []),
        ...others.filter((c) => !isRemoval(c)).map((c) => [c]),
        ...others.filter(isRemoval).map((c) => [c]),
    ];
    const results = await (0,job/* applyInOrder */.g$)(steps, async (changes) => {
        const first = changes[0];
        if (first.kind === 'roster-login')
            return followRenames(deps.gh, plan.scope, changes);
        return applyOne(deps, plan.scope, first);
    }, ctx, (c) => describeChange(c, plan.scope, 'text'));
    // Reported in the plan's order.
    const byChange = new Map(results.map((r) => [r.change, r]));
    return plan.changes.map((c) => byChange.get(c));
}

// EXTERNAL MODULE: ./actions/lib/clients/github/failures.ts
var failures = __webpack_require__(9026);
// EXTERNAL MODULE: ./actions/lib/jobs/reading.ts
var reading = __webpack_require__(3307);
;// CONCATENATED MODULE: ./actions/lib/jobs/reconcile/read.ts



async function readRepo(gh, repo, advisories, securityPolicy) {
    const pvr = await (0,reading/* reading */.h)(`private vulnerability reporting of ${repo}`, () => gh.privateVulnerabilityReporting(repo));
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
        const gh = ghFor(owner);
        const [lists, files] = await Promise.all([
            (0,reading/* reading */.h)(`the advisories of ${what}`, () => gh.listOpenAdvisories(owner, repos)),
            (0,reading/* reading */.h)(`SECURITY.md of ${what}`, () => gh.securityPolicies(repos)),
        ]);
        for (const [repo, list] of lists)
            open.set(repo, list);
        for (const [repo, file] of files)
            policies.set(repo, file);
    }));
    return Promise.all(covered.map((repo) => readRepo(ghFor((0,domain_policy/* splitRepo */.D2)(repo).owner), repo, open.get(repo.toLowerCase()) ?? [], policies.get(repo.toLowerCase()))));
}
async function readSecurityManager(gh, org) {
    return (0,reading/* reading */.h)(`the organization roles of ${org}`, () => gh.findOrgRole(org, 'security_manager'));
}
/** Who the token acts as; when GitHub does not say, the plan may add but never remove (own-identity guard). */
async function readIdentity(gh) {
    try {
        return await gh.tokenIdentity();
    }
    catch (err) {
        return { kind: 'unknown', why: (0,failures/* describeFailure */.Ic)(err) };
    }
}
async function readGitHub(gh, ghFor, roster, policy) {
    const { org, team } = policy;
    const [identity, orgMembers, orgOwners, teamMembers, pending, failed, repos, securityManager] = await Promise.all([
        readIdentity(gh),
        (0,reading/* reading */.h)(`the members of ${org}`, () => gh.listOrgMembers(org)),
        (0,reading/* reading */.h)(`the owners of ${org}`, () => gh.listOrgMembers(org, 'admin')),
        (0,reading/* reading */.h)(`team ${org}/${team}`, () => gh.listTeamMembers(org, team)),
        (0,reading/* reading */.h)(`the pending invitations of ${org}/${team}`, () => gh.listTeamInvitations(org, team)),
        (0,reading/* reading */.h)(`the failed invitations of ${org}`, () => gh.listFailedInvitations(org)),
        readRepos(ghFor, policy.covered_repos),
        policy.github?.team_security_manager ? readSecurityManager(gh, org) : Promise.resolve(undefined),
    ]);
    const observed = {
        identity,
        orgMembers,
        orgOwners,
        team: teamMembers,
        pendingInvitations: pending,
        failedInvitations: failed,
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
    const looked = await Promise.all(unseen.map((id) => (0,reading/* reading */.h)(`GitHub account ${id}`, async () => [id, await gh.accountById(id)])));
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





const reconcileJob = {
    name: 'reconcile',
    read: (_settings, { roster, policy }, deps) => readObserved(deps.gh, deps.ghFor ?? (() => deps.gh), deps.mailmanFor, roster, policy),
    plan: ({ roster, policy }, observed, settings) => planReconcile({
        roster,
        policy,
        observed,
        ...(settings.allowLargeRemoval ? { allowLargeRemoval: settings.allowLargeRemoval } : {}),
    }),
    render: renderPlan,
    apply: applyReconcile,
};
function runReconcile(settings, deps, ctx) {
    return (0,job/* runJob */.b5)(reconcileJob, settings, deps, ctx);
}


/***/ }),

/***/ 2764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hw: () => (/* binding */ applyToolPr),
/* harmony export */   a4: () => (/* binding */ convergeToolPr),
/* harmony export */   rT: () => (/* binding */ readToolPr)
/* harmony export */ });
/* harmony import */ var _domain_tool_pr_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8656);

/** What the ops repository holds for a tool branch: its open PR, the given files at its head, whether it was reviewed. */
async function readToolPr(gh, repo, branch, paths) {
    const [repository, pr] = await Promise.all([gh.getRepository(repo), gh.findToolPullRequest(repo, branch)]);
    if (!pr)
        return { base: repository.defaultBranch };
    const [files, reviews] = await Promise.all([
        Promise.all(paths.map(async (p) => [p, (await gh.readFile(repo, p, pr.headSha))?.text])),
        gh.listReviews(repo, pr.number),
    ]);
    return {
        base: repository.defaultBranch,
        open: {
            number: pr.number,
            url: pr.url,
            title: pr.title,
            body: pr.body,
            labels: pr.labels,
            requestedUsers: pr.requestedUsers,
            requestedTeams: pr.requestedTeams,
            reviewed: reviews.some((r) => r.state !== 'PENDING'),
            files: Object.fromEntries(files),
        },
    };
}
/** The branch reset to the base's head, with the files committed on top. */
async function commitFiles(gh, pr, base) {
    await gh.resetBranch(pr.repo, pr.branch, await gh.branchHead(pr.repo, base));
    for (const file of pr.files) {
        const current = await gh.readFile(pr.repo, file.path, pr.branch);
        if (current?.text === file.content)
            continue;
        await gh.commitFile(pr.repo, pr.branch, {
            path: file.path,
            content: file.content,
            message: pr.commitMessage,
            ...(current ? { sha: current.sha } : {}),
        });
    }
}
/** Make one planned PR change; returns the PR's URL. */
async function applyToolPr(gh, change) {
    switch (change.kind) {
        case 'pr-open': {
            const { pr } = change;
            await commitFiles(gh, pr, change.base);
            const created = await gh.createPullRequest(pr.repo, {
                branch: pr.branch,
                base: change.base,
                title: pr.title,
                body: pr.body,
            });
            if (pr.labels.length)
                await gh.addLabels(pr.repo, created.number, pr.labels);
            if (pr.reviewers.users.length || pr.reviewers.teams.length)
                await gh.requestReviewers(pr.repo, created.number, pr.reviewers);
            return created.url;
        }
        case 'pr-update': {
            const { pr } = change;
            if (change.files)
                await commitFiles(gh, pr, change.base);
            if (change.text)
                await gh.updatePullRequest(pr.repo, change.number, { title: pr.title, body: pr.body });
            if (change.labels.length)
                await gh.addLabels(pr.repo, change.number, change.labels);
            if (change.reviewers.users.length || change.reviewers.teams.length)
                await gh.requestReviewers(pr.repo, change.number, change.reviewers);
            return change.url;
        }
        case 'pr-close':
            await gh.createComment(change.repo, change.number, change.comment);
            await gh.updatePullRequest(change.repo, change.number, { state: 'closed' });
            return change.url;
    }
}
/** Read, plan and make one PR in a single step: for PRs decided at apply time (login fixes, pinned ids). */
async function convergeToolPr(gh, desired) {
    const observed = await readToolPr(gh, desired.repo, desired.branch, desired.files.map((f) => f.path));
    const change = (0,_domain_tool_pr_js__WEBPACK_IMPORTED_MODULE_0__/* .planToolPr */ .a)(desired, observed);
    return change ? applyToolPr(gh, change) : (observed.open?.url ?? '');
}


/***/ })

};

//# sourceMappingURL=283.index.js.map