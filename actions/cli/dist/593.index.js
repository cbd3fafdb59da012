export const id = 593;
export const ids = [593];
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
/* harmony export */   DI: () => (/* binding */ linksAdvisoryForm),
/* harmony export */   Wm: () => (/* binding */ DEFAULT_RECHECK_SETTINGS_DAYS),
/* harmony export */   at: () => (/* binding */ parseFraction),
/* harmony export */   ih: () => (/* binding */ reposByOwner),
/* harmony export */   l8: () => (/* binding */ DEFAULT_ANNOUNCE_FROM)
/* harmony export */ });
/** The advisory email's sender when policy.yaml names none: the PSRT's own address. */
const DEFAULT_ANNOUNCE_FROM = 'Python Security Response Team <security@python.org>';
/** How long reconcile trusts the covered repositories' settings it read (github.recheck_settings_days). */
const DEFAULT_RECHECK_SETTINGS_DAYS = 7;
/** Does a SECURITY.md send reporters to the repository's private advisory form? */
function linksAdvisoryForm(repo, securityPolicy) {
    return securityPolicy.includes(`https://github.com/${repo}/security/advisories/new`);
}
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

/***/ 1024:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ memberAccessPlanner)
/* harmony export */ });
/* harmony import */ var _account_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1292);

/** Prepares the member lists once: a large org has thousands of members and advisories. */
function memberAccessPlanner(ctx) {
    const org = ctx.org.toLowerCase();
    // On another org's repository the team cannot collaborate: every member is added in person.
    const outsideOrg = ctx.members.filter((p) => !ctx.isOrgMember(p));
    return {
        plan(adv) {
            if (adv.state !== 'triage' && adv.state !== 'draft')
                return undefined;
            const inOrg = adv.repo.slice(0, adv.repo.indexOf('/')).toLowerCase() === org;
            const wanted = inOrg ? outsideOrg : ctx.members;
            const collaborators = new _account_js__WEBPACK_IMPORTED_MODULE_0__/* .PersonIndex */ .O(adv.collaboratingUsers);
            const addTeams = inOrg && !adv.collaboratingTeams.includes(ctx.team) ? [ctx.team] : [];
            const addUsers = wanted.filter((p) => !collaborators.has({ login: p.login, id: p.id })).map((p) => p.login);
            return addTeams.length + addUsers.length === 0 ? undefined : { addTeams, addUsers };
        },
    };
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

/***/ 832:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b5: () => (/* binding */ runJob),
/* harmony export */   g$: () => (/* binding */ applyInOrder),
/* harmony export */   jg: () => (/* binding */ describeWriteFailure)
/* harmony export */ });
/* unused harmony export jobFailed */
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(874);
/* harmony import */ var _domain_plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7048);
/* harmony import */ var _clients_github_failures_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9026);
/* harmony import */ var _octokit_request_error__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1015);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2863);





function jobFailed(result) {
    return result.outcome === 'invalid' || result.outcome === 'blocked' || result.outcome === 'apply-failed';
}
function invalidText(diagnostics, format) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    const lines = errors.map((d) => `${d.file}:${d.line}:${d.column}: ${d.message} [${d.rule}]`);
    return format === 'markdown'
        ? `## The roster or policy has ${errors.length} error(s): nothing was read or changed\n\n${lines.map((l) => `- \`${l}\``).join('\n')}\n`
        : `The roster or policy has ${errors.length} error(s): nothing was read or changed (npx psrt validate).\n`;
}
async function runJob(job, settings, deps, ctx) {
    const loaded = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_0__.loadConfig)(settings.config, ctx.now(), undefined, { style: false });
    if (!loaded.config) {
        const diagnostics = loaded.diagnostics;
        return { outcome: 'invalid', diagnostics, render: (format) => invalidText(diagnostics, format) };
    }
    const config = loaded.config;
    const observed = await job.read(settings, config, deps, ctx);
    const plan = job.plan(config, observed, settings, ctx.now());
    const tripped = (0,_domain_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .trippedGuards */ .Hb)(plan.guards);
    for (const g of tripped)
        ctx.log.error(`guard ${g.guard} tripped: ${g.detail}`);
    let results;
    let outcome = plan.changes.length === 0 ? 'in-sync' : tripped.length > 0 ? 'blocked' : 'planned';
    if (settings.apply && tripped.length === 0 && plan.changes.length > 0) {
        results = await job.apply(plan, deps, ctx);
        outcome = results.some((r) => r.status === 'failed') ? 'apply-failed' : 'applied';
    }
    return {
        outcome,
        diagnostics: loaded.diagnostics,
        plan,
        ...(results ? { results } : {}),
        render: (format) => job.render(plan, format, results),
    };
}
/**
 * Apply changes one at a time, in order, stopping at the first failure: what was done, what failed
 * and what was not attempted are all reported, and a re-run converges from there. A step may write
 * several changes at once (they share its result).
 */
async function applyInOrder(steps, 
/** Returns what people should see of the write (a URL), or anything else when there is nothing to show. */
write, ctx, describe) {
    const results = new Map();
    let failed = false;
    for (const changes of steps) {
        if (failed) {
            for (const change of changes)
                results.set(change, { change, status: 'not attempted' });
            continue;
        }
        try {
            const written = await write(changes);
            const detail = typeof written === 'string' && written !== '' ? written : undefined;
            for (const change of changes) {
                results.set(change, { change, status: 'done', ...(detail ? { detail } : {}) });
                if (detail)
                    ctx.log.info(`${describe(change)}: ${detail}`);
                else
                    ctx.log.debug(`done: ${describe(change)}`);
            }
        }
        catch (err) {
            failed = true;
            const error = describeWriteFailure(err);
            ctx.log.error(`stopping at the first failure: ${describe(changes[0])}: ${error}`);
            for (const change of changes)
                results.set(change, { change, status: 'failed', error });
        }
    }
    return steps.flat().map((c) => results.get(c));
}
/** A failed write for people: GitHub's failures by status and network error, anything else by its message. */
function describeWriteFailure(err) {
    return err instanceof _octokit_request_error__WEBPACK_IMPORTED_MODULE_4__/* .RequestError */ .G || (0,_clients_github_failures_js__WEBPACK_IMPORTED_MODULE_2__/* .networkFailureOf */ .i2)(err) ? (0,_clients_github_failures_js__WEBPACK_IMPORTED_MODULE_2__/* .describeFailure */ .Ic)(err) : (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err);
}


/***/ }),

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reconcileJob: () => (/* binding */ reconcileJob),
  renderReadBack: () => (/* binding */ renderReadBack),
  runReconcile: () => (/* binding */ runReconcile)
});

// EXTERNAL MODULE: ./actions/lib/config/load.ts + 1 modules
var load = __webpack_require__(874);
// EXTERNAL MODULE: ./actions/lib/domain/account.ts
var account = __webpack_require__(1292);
// EXTERNAL MODULE: ./actions/lib/domain/roster.ts
var domain_roster = __webpack_require__(8764);
;// CONCATENATED MODULE: ./actions/lib/domain/reconcile/grants.ts


const GRANTS_BRANCH = 'psrt/reconcile-state';
const GRANTS_PATH = 'reconcile-state.json';
const FORMAT = 1;
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** The record's text as reconcile writes it: one person a line, sorted, so a diff of the branch reads well. */
function serializeGrantRecord(record) {
    const people = sortedPeople(record.people).map((p) => `    ${JSON.stringify(p)}`);
    return [
        '{',
        `  "format": ${FORMAT},`,
        '  "about": "Who members.yaml granted PSRT access to (written by psrt reconcile; do not edit by hand).",',
        `  "people": [${people.length ? `\n${people.join(',\n')}\n  ` : ''}]`,
        '}',
        '',
    ].join('\n');
}
/** Parse the record; a problem (never the text itself) when it is not one reconcile wrote. */
function parseGrantRecord(text) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        return { problem: 'it is not JSON' };
    }
    if (!isRecord(data) || data.format !== FORMAT || !Array.isArray(data.people))
        return { problem: `it is not a format-${FORMAT} record with a "people" list` };
    const people = [];
    for (const [i, p] of data.people.entries()) {
        if (!isRecord(p) || typeof p.login !== 'string' || p.login === '')
            return { problem: `entry ${i + 1} has no login` };
        if (p.id !== undefined && (typeof p.id !== 'number' || !Number.isSafeInteger(p.id) || p.id < 1))
            return { problem: `entry ${i + 1} has an id that is not a GitHub id` };
        if (p.email !== undefined && typeof p.email !== 'string')
            return { problem: `entry ${i + 1} has an odd email` };
        people.push({
            login: p.login,
            ...(typeof p.id === 'number' ? { id: p.id } : {}),
            ...(typeof p.email === 'string' ? { email: p.email } : {}),
        });
    }
    return { people };
}
function sortedPeople(people) {
    return [...people]
        .map((p) => ({
        login: p.login,
        ...(p.id !== undefined ? { id: p.id } : {}),
        ...(p.email ? { email: p.email } : {}),
    }))
        .sort((a, b) => ((0,domain_roster/* loginKey */.H$)(a.login) < (0,domain_roster/* loginKey */.H$)(b.login) ? -1 : (0,domain_roster/* loginKey */.H$)(a.login) > (0,domain_roster/* loginKey */.H$)(b.login) ? 1 : 0));
}
/** Everyone in either record; a person in both keeps the newer entry (`b`), and the older one's address stays known. */
function unionGrants(a, b) {
    const index = new account/* PersonIndex */.O(b);
    const out = [...b];
    for (const p of a) {
        const same = index.find(p);
        if (!same)
            out.push(p);
        // Same person, another address: the old one was granted too (until its subscription is gone).
        else if (p.email && (!same.email || (0,domain_roster/* emailKey */.c8)(p.email) !== (0,domain_roster/* emailKey */.c8)(same.email)))
            out.push({ login: p.login, ...(p.id !== undefined ? { id: p.id } : {}), email: p.email });
    }
    return sortedPeople(out);
}
/** Whether two records say the same thing (order and case of logins aside). */
function sameGrants(a, b) {
    const key = (people) => sortedPeople(people)
        .map((p) => `${(0,domain_roster/* loginKey */.H$)(p.login)}|${p.id ?? ''}|${p.email ? (0,domain_roster/* emailKey */.c8)(p.email) : ''}`)
        .sort()
        .join('\n');
    return key(a) === key(b);
}
/** People of the record who are not `active` (by id, else login): those the roster stopped granting. */
function formerPeople(record, active) {
    const index = new account/* PersonIndex */.O(active);
    return record.filter((p) => !index.has(p));
}

;// CONCATENATED MODULE: ./actions/lib/domain/reconcile/plan.ts

/** Changes that take access away from someone: what the removal-share guard counts. */
function removedPeople(change) {
    switch (change.kind) {
        case 'team-remove':
        case 'team-invitation-cancel':
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
/** Applied after every grant: anything that narrows access, including demotions. */
function isRemoval(change) {
    return (removedPeople(change).length > 0 ||
        (change.kind === 'team-role' && change.role === 'member') ||
        change.kind === 'list-owner-remove');
}
/**
 * What --add-only leaves unwritten: every removal, and forgetting people in the grant record (they
 * keep what the roster gave them, so the record must keep them too). With --add-only the planner
 * splits an advisory change that both adds and removes into two.
 */
function isSuppressedByAddOnly(change) {
    return change.kind === 'grants-record' ? change.phase === 'after' : isRemoval(change);
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
const REASON = {
    emeritus: 'moved to emeritus',
    former: 'deleted from members.yaml',
    'not-in-roster': 'not in members.yaml',
};
/** One line per change. Lines are shown in a ```diff block in markdown, so they carry no markdown. */
function describeChange(c, ctx, format) {
    const team = `${ctx.org}/${ctx.team}`;
    switch (c.kind) {
        case 'team-add':
            return `+ add ${c.login} to team ${team} as ${c.role}`;
        case 'team-role':
            return c.role === 'maintainer'
                ? `~ make ${c.login} a maintainer of team ${team} (admin)`
                : `~ make ${c.login} a plain member of team ${team} (not an admin)`;
        case 'team-remove':
            return `- remove ${c.login} from team ${team} (${REASON[c.why]})`;
        case 'team-invitation-cancel':
            return `- cancel the pending invitation of ${c.login} to team ${team} (${REASON[c.why]})`;
        case 'role-assign':
            return `+ give team ${team} the org role ${c.roleName}`;
        case 'advisory-access': {
            const parts = [];
            if (c.addTeams.length)
                parts.push(`add team ${c.addTeams.join(', ')}`);
            if (c.addUsers.length)
                parts.push(`add ${list(c.addUsers)}`);
            if (c.removeUsers.length)
                parts.push(`remove ${c.removeUsers.map((u, i) => `${u} (${REASON[c.removeWhy[i] ?? 'emeritus']})`).join(', ')}`);
            return `${c.removeUsers.length && !c.addUsers.length && !c.addTeams.length ? '-' : c.removeUsers.length ? '~' : '+'} ${c.ghsaId} (${c.repo}): ${parts.join('; ')}`;
        }
        case 'pvr-enable':
            return `+ enable private vulnerability reporting on ${c.repo}`;
        case 'list-subscribe':
            return `+ subscribe ${c.login} to ${c.list}`;
        case 'list-unsubscribe':
            return c.why === 'unknown'
                ? `- unsubscribe ${maskAddress(c.address, format)} from ${c.list} (an address the roster does not know)`
                : `- unsubscribe ${c.login ?? maskAddress(c.address, format)} from ${c.list} (${REASON[c.why]})`;
        case 'list-owner-add':
            return `+ make ${c.login} an owner of ${c.list} (admin)`;
        case 'list-owner-remove':
            return `- remove ${c.login ? c.login : maskAddress(c.address, format)} as owner of ${c.list} (${c.why === 'not-admin' ? 'not an admin' : c.why === 'unknown' ? 'an address the roster does not know' : REASON[c.why]})`;
        case 'roster-login':
            return `~ members.yaml: ${c.from} is now ${c.to} on GitHub (id ${c.id}); a PR follows the rename`;
        case 'grants-record':
            return c.phase === 'before'
                ? `~ record who the roster grants access to, before granting: ${c.people.length} entries${c.added.length ? ` (new: ${list(c.added)})` : ''} (ops repo, branch ${GRANTS_BRANCH})`
                : `~ forget ${list(c.dropped)} in the grant record, once their access is gone: ${c.people.length} entries left (ops repo, branch ${GRANTS_BRANCH})`;
    }
}

// EXTERNAL MODULE: ./actions/lib/domain/plan.ts
var domain_plan = __webpack_require__(7048);
// EXTERNAL MODULE: ./actions/lib/domain/policy.ts
var domain_policy = __webpack_require__(4189);
// EXTERNAL MODULE: ./actions/lib/domain/reconcile/advisory-access.ts
var advisory_access = __webpack_require__(1024);
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
        if (c.kind === 'team-add' && c.role === 'maintainer')
            maint.add(login);
    }
    return { before, after: maint.size };
}
function checkGuards({ plan, policy, roster, observed, allowLargeRemoval, addOnly = false, }) {
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
    // The share is counted of everyone holding PSRT access before the run, as peribolos counts it: the
    // members who stay plus the people who leave. A limit of 0 means nobody is removed without an override.
    const people = new Set(addOnly ? [] : plan.changes.flatMap(removedPeople));
    const holding = plan.activeMembers + people.size;
    const share = holding === 0 ? 0 : people.size / holding;
    const limit = policy.guards.max_removal_share;
    const tooMany = share > limit;
    const pct = (x) => `${Math.round(x * 1000) / 10}%`;
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
    }
    else {
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







const code = (login) => `\`${login}\``;
function planReconcile(input) {
    const { roster, policy, observed, allowLargeRemoval } = input;
    const addOnly = input.addOnly === true;
    const gh = observed.github;
    const changes = [];
    const notes = [];
    const findings = [];
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
    for (const a of gh.accountsByLogin.values())
        if (a)
            index.add(a);
    // Who the active members are on GitHub today.
    const people = roster.members.map((member, i) => {
        const admin = (0,domain_roster/* hasRole */.hf)(member, 'admin');
        if (member.id === undefined) {
            if (gh.accountsByLogin.get((0,domain_roster/* loginKey */.H$)(member.login)) === null) {
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
                text: `login ${code(member.login)} now belongs to another account (id ${holder.id}, not ${member.id}): that account gets no access.`,
            });
        }
        return { index: i, member, login: account?.login ?? member.login, id: member.id, admin };
    });
    const present = people.filter((p) => p.login !== undefined);
    const emeritus = roster.emeritus ?? [];
    const emeritusIndex = new account/* PersonIndex */.O(emeritus);
    // Nobody the roster names is ever removed, even while their entry has a problem (an unknown login).
    const rosterIndex = new account/* PersonIndex */.O([...present, ...roster.members]);
    const inRoster = (a) => rosterIndex.has(a);
    const record = observed.granted?.people;
    const former = record ? formerPeople(record, [...present, ...roster.members]) : [];
    const formerIndex = new account/* PersonIndex */.O(former);
    const reason = (a) => emeritusIndex.has(a) ? 'emeritus' : formerIndex.has(a) ? 'former' : 'not-in-roster';
    // guards.keep: logins never removed (bots, break-glass accounts).
    const keep = new Set((policy.guards.keep ?? []).map(domain_roster/* loginKey */.H$));
    const kept = new Set();
    const isKept = (login) => {
        if (login === undefined || !keep.has((0,domain_roster/* loginKey */.H$)(login)))
            return false;
        kept.add(login);
        return true;
    };
    const orgMembers = new account/* PersonIndex */.O(gh.orgMembers);
    const orgOwners = new account/* PersonIndex */.O(gh.orgOwners);
    const orgMember = (p) => orgMembers.has(p);
    const orgOwner = (p) => orgOwners.has(p);
    const teamEntries = new account/* PersonIndex */.O(gh.team);
    const pendingLogins = new Set(gh.pendingInvitations.map((i) => (0,domain_roster/* loginKey */.H$)(i.login)));
    // --- the GitHub team (direct members only: a child team's members are not the team's) ---------------
    const outside = [];
    const invited = [];
    const matchedTeam = new Set();
    for (const p of present) {
        const want = p.admin ? 'maintainer' : 'member';
        const entry = teamEntries.find({ login: p.login, id: p.id });
        if (entry)
            matchedTeam.add(entry.id);
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
            }
            else if (entry.role !== want && !orgOwner(p)) {
                // Org owners are maintainers of every team whatever we ask: no perpetual diff for them.
                changes.push({ kind: 'team-role', system: 'team', login: entry.login, role: want });
            }
            continue;
        }
        // One rule for the org: reconcile sends no org invitations (org owners decide who joins the org).
        // Members outside it get access on each open advisory in person instead.
        if (pendingLogins.has((0,domain_roster/* loginKey */.H$)(p.login)))
            invited.push(p.login);
        else
            outside.push(p.login);
    }
    if (outside.length > 0) {
        notes.push({
            system: 'team',
            level: 'info',
            text: `not members of the ${org} org, so not in the team: reconcile sends no org invitations (an org owner invites people); they get access on each open advisory in person: ${(0,domain_plan/* someOf */.yU)(outside.map(code))}.`,
        });
    }
    if (invited.length > 0) {
        notes.push({
            system: 'team',
            level: 'info',
            text: `invited to the ${org} org and the team, not yet accepted: until they accept, they get access on each open advisory in person: ${(0,domain_plan/* someOf */.yU)(invited.map(code))}.`,
        });
    }
    for (const entry of gh.team) {
        if (matchedTeam.has(entry.id) || inRoster(entry) || isKept(entry.login))
            continue;
        changes.push({ kind: 'team-remove', system: 'team', login: entry.login, why: reason(entry) });
    }
    for (const inv of gh.pendingInvitations) {
        if (inRoster(inv) || isKept(inv.login))
            continue;
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
    // On another org's repository the team cannot collaborate: every member is added in person. Only
    // people the roster gave access (emeritus, or deleted from it) lose it; the report's own people
    // (author, credited reporters and finders, report-file grants) are never touched.
    const memberAccess = (0,advisory_access/* memberAccessPlanner */.P)({ org, team, members: present, isOrgMember: orgMember });
    const reportKept = new Set();
    for (const repo of gh.repos) {
        for (const adv of repo.advisories) {
            if (adv.state !== 'triage' && adv.state !== 'draft')
                continue;
            const reportPeople = new account/* PersonIndex */.O(adv.reportPeople);
            const { addTeams, addUsers } = memberAccess.plan(adv) ?? { addTeams: [], addUsers: [] };
            const leaving = adv.collaboratingUsers.filter((u) => !inRoster(u) && reason(u) !== 'not-in-roster');
            const removing = leaving.filter((u) => {
                if (!reportPeople.has(u))
                    return !isKept(u.login);
                reportKept.add(u.login);
                return false;
            });
            const removeUsers = removing.map((u) => u.login);
            const removeWhy = removing.map(reason);
            if (addTeams.length + addUsers.length + removeUsers.length === 0)
                continue;
            const current = adv.collaboratingUsers.map((u) => u.login);
            const base = { kind: 'advisory-access', system: 'ghsa', repo: repo.repo, ghsaId: adv.ghsaId };
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
            text: `kept on the advisories whose report names them (author, credited reporter or finder, or a report-file grant): ${(0,domain_plan/* someOf */.yU)([...reportKept].map(code))}.`,
        });
    }
    // --- covered projects -------------------------------------------------------------------------
    const checked = [...new Set(gh.repos.map((r) => r.settingsCheckedAt.slice(0, 10)))].sort();
    const recheck = policy.github?.recheck_settings_days ?? domain_policy/* DEFAULT_RECHECK_SETTINGS_DAYS */.Wm;
    if (gh.repos.length > 0 && recheck > 0)
        notes.push({
            system: 'projects',
            level: 'info',
            text: `private vulnerability reporting and SECURITY.md as checked ${checked.length === 1 ? `on ${checked[0]}` : `between ${checked[0]} and ${checked[checked.length - 1]}`} (re-checked every ${recheck} day${recheck === 1 ? '' : 's'}, github.recheck_settings_days).`,
        });
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
        else if (!repo.securityPolicy.linksAdvisoryForm) {
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
    const formerEmails = new Map();
    for (const p of record ?? [])
        if (p.email)
            formerEmails.set((0,domain_roster/* emailKey */.c8)(p.email), p);
    for (const m of roster.members)
        if (m.email)
            formerEmails.delete((0,domain_roster/* emailKey */.c8)(m.email));
    for (const listPolicy of observed.lists === undefined ? [] : lists) {
        const obs = observed.lists?.find((l) => l.address.toLowerCase() === listPolicy.address.toLowerCase());
        if (!obs)
            continue; // every list is read or the run fails (a missing list is a failed read)
        changes.push(...planList(obs, {
            roster,
            formerEmails,
            owners: listPolicy.owners ?? 'admins',
            removeUnknown: listPolicy.remove_unknown === true,
            isKept,
            notes,
        }));
    }
    const noEmail = roster.members.filter((m) => m.email === undefined);
    if (lists.length > 0 && noEmail.length > 0) {
        notes.push({
            system: 'list',
            level: 'warning',
            text: `${noEmail.length} member(s) have no email in members.yaml and cannot be subscribed: ${(0,domain_plan/* someOf */.yU)(noEmail.map((m) => code(m.login)))}.`,
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
    const rosterGrants = present.map((p) => ({
        login: p.login,
        ...(p.id !== undefined ? { id: p.id } : {}),
        ...(p.member.email ? { email: p.member.email } : {}),
    }));
    const before = record ?? [];
    const widened = unionGrants(before, rosterGrants);
    if (!record || !sameGrants(widened, before)) {
        const known = new account/* PersonIndex */.O(before);
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
        : unionGrants(widened.filter((p) => keep.has((0,domain_roster/* loginKey */.H$)(p.login)) && !inRoster(p)), rosterGrants);
    if (!sameGrants(remembered, widened)) {
        const entry = (p) => `${(0,domain_roster/* loginKey */.H$)(p.login)}|${p.email ? (0,domain_roster/* emailKey */.c8)(p.email) : ''}`;
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
function planList(obs, { roster, formerEmails, owners, removeUnknown, isKept, notes }) {
    const changes = [];
    const list = obs.address;
    const active = new Map(roster.members.filter((m) => m.email).map((m) => [(0,domain_roster/* emailKey */.c8)(m.email), m]));
    const emeritus = new Map((roster.emeritus ?? []).filter((e) => e.email).map((e) => [(0,domain_roster/* emailKey */.c8)(e.email), e]));
    /** Why an address the roster no longer grants goes, or undefined when the roster never knew it. */
    const leaver = (key) => {
        const e = emeritus.get(key);
        if (e)
            return { why: 'emeritus', ...(e.login ? { login: e.login } : {}) };
        const f = formerEmails.get(key);
        return f ? { why: 'former', login: f.login } : undefined;
    };
    const subscribed = new Set(obs.members.map((m) => (0,domain_roster/* emailKey */.c8)(m.address)));
    for (const [key, m] of active) {
        if (!subscribed.has(key))
            changes.push({ kind: 'list-subscribe', system: 'list', list, address: m.email, name: m.name, login: m.login });
    }
    const unknown = [];
    for (const entry of obs.members) {
        const key = (0,domain_roster/* emailKey */.c8)(entry.address);
        if (active.has(key))
            continue;
        const left = leaver(key);
        if (left) {
            if (isKept(left.login))
                continue;
            changes.push({ kind: 'list-unsubscribe', system: 'list', list, address: entry.address, ...left });
        }
        else if (removeUnknown) {
            changes.push({ kind: 'list-unsubscribe', system: 'list', list, address: entry.address, why: 'unknown' });
        }
        else {
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
        const admins = new Map(roster.members.filter((m) => m.email && (0,domain_roster/* hasRole */.hf)(m, 'admin')).map((m) => [(0,domain_roster/* emailKey */.c8)(m.email), m]));
        const owning = new Set(obs.owners.map((o) => (0,domain_roster/* emailKey */.c8)(o.address)));
        for (const [key, m] of admins) {
            if (!owning.has(key))
                changes.push({ kind: 'list-owner-add', system: 'list', list, address: m.email, name: m.name, login: m.login });
        }
        const unknownOwners = [];
        for (const o of obs.owners) {
            const key = (0,domain_roster/* emailKey */.c8)(o.address);
            if (admins.has(key))
                continue;
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
            }
            else if (removeUnknown)
                changes.push({ kind: 'list-owner-remove', system: 'list', list, address: o.address, why: 'unknown' });
            else
                unknownOwners.push(o.address);
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

;// CONCATENATED MODULE: ./actions/lib/domain/reconcile/render.ts


/** A note, with the addresses it is about: in full in a terminal, masked in markdown. */
function renderReconcileNote(note, format) {
    const lines = [(0,domain_plan/* renderNote */.NS)(note, format)];
    for (const address of note.addresses ?? [])
        lines.push(format === 'markdown' ? `  - ${maskAddress(address, format)}` : `      ${address}`);
    return lines;
}
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
    if (plan.addOnly && plan.changes.some(isSuppressedByAddOnly))
        out.push(md
            ? '> Add-only: removals are listed but never written (suppressed).'
            : 'Add-only: removals are listed but never written (suppressed).', '');
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
            for (const c of changes) {
                const line = (0,domain_plan/* withResult */.ox)(describeChange(c, ctx, format), status.get(c));
                const unwritten = !results && plan.addOnly && isSuppressedByAddOnly(c) ? '   [add-only: not written]' : '';
                out.push(`${md ? '' : '  '}${line}${unwritten}`);
            }
            if (md)
                out.push('```');
        }
        for (const n of notes)
            out.push(...renderReconcileNote(n, format));
        out.push('');
    }
    out.push(...(0,domain_plan/* renderGuards */.TW)(plan.guards, format));
    const applied = (0,domain_plan/* renderResultsLine */.$0)(results, format);
    if (applied.length > 0)
        out.push('', ...applied);
    return out.join('\n') + '\n';
}

// EXTERNAL MODULE: ./actions/lib/errors.ts
var errors = __webpack_require__(2863);
// EXTERNAL MODULE: ./actions/lib/jobs/job.ts
var job = __webpack_require__(832);
// EXTERNAL MODULE: ./actions/lib/clients/github/failures.ts
var failures = __webpack_require__(9026);
// EXTERNAL MODULE: ./actions/lib/domain/roster-edit.ts
var roster_edit = __webpack_require__(7853);
// EXTERNAL MODULE: ./actions/lib/jobs/tool-pr.ts
var tool_pr = __webpack_require__(2764);
;// CONCATENATED MODULE: ./actions/lib/jobs/reconcile/memory.ts
// What reconcile remembers between runs (RunMemory, kept with its cache): each covered repository's
// private vulnerability reporting and SECURITY.md as last read, re-read every github.recheck_settings_days.
// An apply that enables reporting records it, so the next run does not plan it again.
function pvrMemoryKey(repo) {
    return `reconcile:pvr:${repo.toLowerCase()}`;
}
function securityPolicyMemoryKey(repo) {
    return `reconcile:security-policy:${repo.toLowerCase()}`;
}

;// CONCATENATED MODULE: ./actions/lib/jobs/reconcile/apply.ts










const RENAME_BRANCH = 'psrt/follow-renames';
/** The grant record written to its branch of the ops repo (created from the default branch's head if missing). */
async function writeGrants(gh, scope, c) {
    const repo = scope.opsRepo;
    const text = serializeGrantRecord({ people: c.people });
    const current = await gh.readFile(repo, GRANTS_PATH, GRANTS_BRANCH);
    if (current?.text === text)
        return;
    if (!current) {
        try {
            await gh.branchHead(repo, GRANTS_BRANCH);
        }
        catch (err) {
            if (!(0,failures/* isNotFound */.c4)(err))
                throw err;
            const { defaultBranch } = await gh.getRepository(repo);
            await gh.resetBranch(repo, GRANTS_BRANCH, await gh.branchHead(repo, defaultBranch));
        }
    }
    const what = c.phase === 'before' ? `record ${c.added.length} newcomer(s)` : `forget ${c.dropped.length} leaver(s)`;
    await gh.commitFile(repo, GRANTS_BRANCH, {
        path: GRANTS_PATH,
        content: text,
        message: `reconcile: ${what} in the grant record`,
        ...(current ? { sha: current.sha } : {}),
    });
}
/**
 * An advisory's collaborators are re-read right before its PATCH (which replaces the whole lists), and
 * the plan's additions and removals merged into what is there now: someone a coordinator added since
 * the run's read is kept, not dropped.
 */
async function updateAdvisoryAccess(gh, c) {
    const now = await gh.advisoryCollaborators(c.repo, c.ghsaId);
    const removing = new Set(c.removeUsers.map(domain_roster/* loginKey */.H$));
    const users = now.users.map((u) => u.login).filter((l) => !removing.has((0,domain_roster/* loginKey */.H$)(l)));
    const have = new Set(users.map(domain_roster/* loginKey */.H$));
    for (const login of c.addUsers)
        if (!have.has((0,domain_roster/* loginKey */.H$)(login)))
            users.push(login);
    const teams = [...now.teams];
    for (const t of c.addTeams)
        if (!teams.includes(t))
            teams.push(t);
    const unchanged = users.length === now.users.length &&
        teams.length === now.teams.length &&
        now.users.every((u) => have.has((0,domain_roster/* loginKey */.H$)(u.login)));
    if (unchanged)
        return;
    await gh.updateAdvisory(c.repo, c.ghsaId, { collaborating_users: users, collaborating_teams: teams });
}
/** One PR in the ops repo follows every rename: members.yaml from its default branch, logins fixed. */
async function followRenames(gh, scope, renames) {
    const repo = scope.opsRepo;
    const file = await gh.readFile(repo, domain_roster/* ROSTER_PATH */.O0);
    if (!file)
        throw new Error(`${repo} has no ${domain_roster/* ROSTER_PATH */.O0} on its default branch`);
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
        files: [{ path: domain_roster/* ROSTER_PATH */.O0, content: text }],
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
async function applyOne(deps, scope, c, now) {
    const { gh } = deps;
    const ghFor = deps.ghFor ?? (() => gh);
    const { org, team } = scope;
    switch (c.kind) {
        case 'team-add':
        case 'team-role':
            return gh.setTeamMembership(org, team, c.login, c.role);
        case 'team-remove':
        case 'team-invitation-cancel':
            // The team-membership DELETE removes an active membership and a pending one alike.
            return gh.removeTeamMembership(org, team, c.login);
        case 'role-assign':
            return gh.assignOrgRoleToTeam(org, team, c.roleId);
        case 'advisory-access':
            return updateAdvisoryAccess(ghFor((0,domain_policy/* splitRepo */.D2)(c.repo).owner), c);
        case 'grants-record':
            return writeGrants(gh, scope, c);
        case 'pvr-enable':
            await ghFor((0,domain_policy/* splitRepo */.D2)(c.repo).owner).enablePrivateVulnerabilityReporting(c.repo);
            deps.memory?.remember(pvrMemoryKey(c.repo), true, now.toISOString());
            return;
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
    const suppressed = plan.addOnly ? plan.changes.filter(isSuppressedByAddOnly) : [];
    const written = plan.changes.filter((c) => !suppressed.includes(c));
    const renames = written.filter((c) => c.kind === 'roster-login');
    const record = (phase) => written.filter((c) => c.kind === 'grants-record' && c.phase === phase).map((c) => [c]);
    const others = written.filter((c) => c.kind !== 'roster-login' && c.kind !== 'grants-record');
    const steps = [
        ...(renames.length > 0 ? [renames] : []),
        ...record('before'),
        ...others.filter((c) => !isRemoval(c)).map((c) => [c]),
        ...others.filter(isRemoval).map((c) => [c]),
        ...record('after'),
    ];
    const results = await (0,job/* applyInOrder */.g$)(steps, async (changes) => {
        const first = changes[0];
        if (first.kind === 'roster-login')
            return followRenames(deps.gh, plan.scope, changes);
        return applyOne(deps, plan.scope, first, ctx.now());
    }, ctx, (c) => describeChange(c, plan.scope, 'text'));
    // Reported in the plan's order.
    const byChange = new Map(results.map((r) => [r.change, r]));
    for (const c of suppressed)
        byChange.set(c, { change: c, status: 'suppressed', error: 'add-only' });
    return plan.changes.map((c) => byChange.get(c));
}

// EXTERNAL MODULE: ./actions/lib/clients/mailman.ts
var clients_mailman = __webpack_require__(2744);
// EXTERNAL MODULE: ./actions/lib/config/report-files.ts
var report_files = __webpack_require__(3849);
// EXTERNAL MODULE: ./actions/lib/domain/report-file.ts
var report_file = __webpack_require__(9200);
// EXTERNAL MODULE: ./actions/lib/jobs/reading.ts
var reading = __webpack_require__(3307);
;// CONCATENATED MODULE: ./actions/lib/jobs/reconcile/read.ts











/** Credit types whose holders the report names as its own (never removed by reconcile). */
const REPORT_CREDITS = new Set(['reporter', 'finder']);
/** The advisory's author and credited reporters and finders. */
function reportPeopleOf(a) {
    const people = [];
    if (a.author)
        people.push({ login: a.author.login, id: a.author.id });
    for (const c of a.credits_detailed ?? [])
        if (REPORT_CREDITS.has(c.type))
            people.push({ login: c.user.login, id: c.user.id });
    for (const c of a.credits ?? [])
        if (REPORT_CREDITS.has(c.type) && c.login)
            people.push({ login: c.login });
    return people;
}
/**
 * The settings of some repositories of one owner: what was read within `recheckDays` from memory, the
 * rest read now (SECURITY.md in one batch, beside the reporting checks) and remembered.
 */
async function readSettings(gh, owner, repos, memory, recheckDays, now) {
    const out = new Map();
    const fresh = now.getTime() - recheckDays * 86_400_000;
    const recall = (key) => {
        const memo = recheckDays > 0 ? memory?.recall(key) : undefined;
        return memo && Date.parse(memo.at) > fresh ? memo : undefined;
    };
    const stale = [];
    for (const repo of repos) {
        const pvr = recall(pvrMemoryKey(repo));
        const policy = recall(securityPolicyMemoryKey(repo));
        if (pvr && policy) {
            const checkedAt = pvr.at < policy.at ? pvr.at : policy.at;
            out.set(repo.toLowerCase(), {
                privateVulnerabilityReporting: pvr.value,
                securityPolicy: policy.value,
                checkedAt,
            });
        }
        else
            stale.push(repo);
    }
    if (stale.length === 0)
        return out;
    const what = stale.length === 1 ? stale[0] : `${stale.length} repositories of ${owner}`;
    const at = now.toISOString();
    // The two reads run together: nothing waits for the other.
    const [policies, pvr] = await Promise.all([
        (0,reading/* reading */.h)(`SECURITY.md of ${what}`, () => gh.securityPolicies(stale)),
        Promise.all(stale.map((repo) => (0,reading/* reading */.h)(`private vulnerability reporting of ${repo}`, () => gh.privateVulnerabilityReporting(repo)))),
    ]);
    stale.forEach((repo, i) => {
        const file = policies.get(repo.toLowerCase());
        const settings = {
            privateVulnerabilityReporting: pvr[i],
            securityPolicy: file ? { path: file.path, linksAdvisoryForm: (0,domain_policy/* linksAdvisoryForm */.DI)(repo, file.text) } : null,
        };
        memory?.remember(pvrMemoryKey(repo), settings.privateVulnerabilityReporting, at);
        memory?.remember(securityPolicyMemoryKey(repo), settings.securityPolicy, at);
        out.set(repo.toLowerCase(), { ...settings, checkedAt: at });
    });
    return out;
}
/** Each covered repository, with its open advisories (closed and published ones are left as they are). */
async function readRepos(ghFor, policy, memory, now) {
    const covered = policy.covered_repos;
    const recheck = policy.github?.recheck_settings_days ?? domain_policy/* DEFAULT_RECHECK_SETTINGS_DAYS */.Wm;
    const open = new Map();
    const settings = new Map();
    // Every owner's advisory lists and settings are read at once.
    await Promise.all([...(0,domain_policy/* reposByOwner */.ih)(covered)].map(async ([owner, repos]) => {
        const what = repos.length === 1 ? repos[0] : `${repos.length} repositories of ${owner}`;
        const gh = ghFor(owner);
        const [lists, found] = await Promise.all([
            (0,reading/* reading */.h)(`the advisories of ${what}`, () => gh.listOpenAdvisories(owner, repos)),
            readSettings(gh, owner, repos, memory, recheck, now),
        ]);
        for (const [repo, list] of lists)
            open.set(repo, list);
        for (const [repo, s] of found)
            settings.set(repo, s);
    }));
    return covered.map((repo) => {
        const s = settings.get(repo.toLowerCase());
        return {
            repo,
            privateVulnerabilityReporting: s.privateVulnerabilityReporting,
            ...(s.securityPolicy ? { securityPolicy: s.securityPolicy } : {}),
            settingsCheckedAt: s.checkedAt,
            advisories: (open.get(repo.toLowerCase()) ?? []).map((a) => ({
                repo,
                ghsaId: a.ghsa_id,
                state: a.state,
                htmlUrl: a.html_url,
                collaboratingUsers: (a.collaborating_users ?? []).map((u) => ({ login: u.login, id: u.id })),
                collaboratingTeams: (a.collaborating_teams ?? []).map((t) => t.slug),
                reportPeople: reportPeopleOf(a),
            })),
        };
    });
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
/** The grant record (grants.ts) from the ops repository; undefined when none was written yet. */
async function readGrants(gh, opsRepo) {
    const file = await (0,reading/* reading */.h)(`the grant record ${GRANTS_PATH} (branch ${GRANTS_BRANCH} of ${opsRepo})`, () => gh.readFile(opsRepo, GRANTS_PATH, GRANTS_BRANCH));
    if (!file)
        return undefined;
    const parsed = parseGrantRecord(file.text);
    if ('problem' in parsed)
        throw new errors/* UserError */.yo(`the grant record ${GRANTS_PATH} on branch ${GRANTS_BRANCH} of ${opsRepo} is not one reconcile wrote (${parsed.problem}): restore it from the branch's history, or delete the branch (reconcile then starts a new record, and until then only people moved to emeritus lose access). Nothing was changed.`);
    return parsed;
}
async function readGitHub(gh, ghFor, roster, policy, memory, now) {
    const { org, team } = policy;
    const [identity, orgMembers, orgOwners, teamMembers, pending, repos, securityManager] = await Promise.all([
        readIdentity(gh),
        (0,reading/* reading */.h)(`the members of ${org}`, () => gh.listOrgMembers(org)),
        (0,reading/* reading */.h)(`the owners of ${org}`, () => gh.listOrgMembers(org, 'admin')),
        (0,reading/* reading */.h)(`team ${org}/${team}`, () => gh.listDirectTeamMembers(org, team)),
        (0,reading/* reading */.h)(`the pending invitations of ${org}/${team}`, () => gh.listTeamInvitations(org, team)),
        readRepos(ghFor, policy, memory, now),
        policy.github?.team_security_manager ? readSecurityManager(gh, org) : Promise.resolve(undefined),
    ]);
    const observed = {
        identity,
        orgMembers,
        orgOwners,
        team: teamMembers,
        pendingInvitations: pending,
        repos,
        ...(securityManager !== undefined ? { securityManager } : {}),
        accountsById: new Map(),
        accountsByLogin: new Map(),
    };
    // Members not seen in any list: pinned ids one by one (to follow a rename or learn the account is
    // gone), logins without an id in one batched query (a login GitHub does not know is an error).
    const seen = [
        ...observed.orgMembers,
        ...observed.team,
        ...repos.flatMap((r) => r.advisories.flatMap((a) => a.collaboratingUsers)),
    ];
    const seenIds = new Set(seen.map((a) => a.id));
    const seenLogins = new Set(seen.map((a) => (0,domain_roster/* loginKey */.H$)(a.login)));
    const unseenIds = roster.members.map((m) => m.id).filter((id) => id !== undefined && !seenIds.has(id));
    const unseenLogins = [
        ...new Set(roster.members.filter((m) => m.id === undefined && !seenLogins.has((0,domain_roster/* loginKey */.H$)(m.login))).map((m) => m.login)),
    ];
    const [looked, profiles] = await Promise.all([
        Promise.all(unseenIds.map((id) => (0,reading/* reading */.h)(`GitHub account ${id}`, async () => [id, await gh.accountById(id)]))),
        unseenLogins.length === 0
            ? Promise.resolve(new Map())
            : (0,reading/* reading */.h)(`the GitHub accounts of ${unseenLogins.length} member(s) without a pinned id`, () => gh.profilesByLogin(unseenLogins)),
    ]);
    for (const [id, acc] of looked)
        observed.accountsById.set(id, acc);
    for (const [login, profile] of profiles)
        observed.accountsByLogin.set((0,domain_roster/* loginKey */.H$)(login), profile ? { login: profile.login, id: profile.id } : null);
    return observed;
}
/**
 * The access each report file grants (reports/<GHSA>.yaml in the ops repo, `access:` entries whose
 * day has not come), read only for advisories where someone the roster no longer grants access to
 * still collaborates: those are the only advisories where reconcile might remove someone.
 */
async function readReportGrants(gh, opsRepo, github, roster, granted, today) {
    const members = new account/* PersonIndex */.O(roster.members);
    const leavers = new account/* PersonIndex */.O([...(roster.emeritus ?? []), ...(granted?.people ?? [])]);
    const advisories = github.repos
        .flatMap((r) => r.advisories)
        .filter((a) => (a.state === 'triage' || a.state === 'draft') &&
        a.collaboratingUsers.some((u) => leavers.has(u) && !members.has(u)));
    await Promise.all(advisories.map(async (a) => {
        const path = (0,report_file/* reportFilePath */.KL)(a.ghsaId);
        const text = await (0,reading/* reading */.h)(`${path} of ${opsRepo}`, async () => (await gh.withoutFileCache().readFile(opsRepo, path))?.text);
        if (text === undefined)
            return;
        a.reportPeople.push(...grantedLogins(text, path, today).map((login) => ({ login })));
    }));
}
/** Logins a report file grants access until a day after `today`; a file that is not sound stops the run. */
function grantedLogins(text, path, today) {
    const parsed = (0,report_files/* parseReportText */.VC)(path, text, undefined, new Date(`${today}T23:59:59Z`));
    if (!parsed.report)
        throw new errors/* UserError */.yo(`${path} in the ops repository is not a sound report file (${parsed.diagnostics[0]?.message ?? 'it cannot be read'}): its access grants decide who keeps access, so fix it (npx psrt validate) and run again. Nothing was changed.`);
    return (parsed.report.access ?? []).filter((g) => g.until > today).map((g) => g.login);
}
/** Mailman's own message (it says what to check), as a failed read that changed nothing. */
async function readingList(what, read) {
    try {
        return await read();
    }
    catch (err) {
        if (err instanceof clients_mailman/* MailmanError */.c)
            throw new errors/* UserError */.yo(`could not read ${what}: ${err.message} Nothing was changed.`);
        throw err;
    }
}
async function readLists(mailmanFor, policy) {
    const lists = policy.mailing_lists ?? [];
    const clients = lists.map((l) => mailmanFor(l.rest_url));
    if (lists.length === 0 || clients.some((c) => c === undefined))
        return undefined;
    return Promise.all(lists.map(async (l, i) => {
        const mailman = clients[i];
        const list = await readingList(`mailing list ${l.address}`, () => mailman.getList(l.address));
        // Like a missing team: the run fails, and the message says where to look.
        if (!list)
            throw new errors/* UserError */.yo(`could not read mailing list ${l.address}: it does not exist on the Mailman server (${mailman.where}). Create it there, or fix mailing_lists in policy.yaml. Nothing was changed.`);
        const [members, owners] = await Promise.all([
            readingList(`the members of ${l.address}`, () => mailman.listMembers(l.address, 'member')),
            readingList(`the owners of ${l.address}`, () => mailman.listMembers(l.address, 'owner')),
        ]);
        const strip = (m) => ({
            address: m.address,
            ...(m.displayName ? { name: m.displayName } : {}),
        });
        return { address: l.address, members: members.map(strip), owners: owners.map(strip) };
    }));
}
async function readObserved(gh, ghFor, mailmanFor, roster, policy, now, memory) {
    const [github, granted, lists] = await Promise.all([
        readGitHub(gh, ghFor, roster, policy, memory, now),
        readGrants(gh, policy.ops_repo),
        readLists(mailmanFor, policy),
    ]);
    await readReportGrants(gh, policy.ops_repo, github, roster, granted, now.toISOString().slice(0, 10));
    return { github, ...(granted ? { granted } : {}), ...(lists ? { lists } : {}) };
}

;// CONCATENATED MODULE: ./actions/lib/jobs/reconcile.ts








function plan(config, observed, settings) {
    const planned = planReconcile({
        roster: config.roster,
        policy: config.policy,
        observed,
        ...(settings.allowLargeRemoval ? { allowLargeRemoval: settings.allowLargeRemoval } : {}),
        ...(settings.addOnly ? { addOnly: true } : {}),
    });
    return { ...planned, diagnostics: (0,load/* placeFindings */.ky)(config, planned.findings) };
}
const reconcileJob = {
    name: 'reconcile',
    read: (_settings, { roster, policy }, deps, ctx) => readObserved(deps.gh, deps.ghFor ?? (() => deps.gh), deps.mailmanFor, roster, policy, ctx.now(), deps.memory),
    plan,
    render: renderPlan,
    apply: applyReconcile,
};
/** What one change asks for, in parts that can be compared between two plans. */
function facts(c) {
    switch (c.kind) {
        case 'team-add':
        case 'team-role':
            return [`team:${c.login.toLowerCase()}:${c.role}`];
        case 'team-remove':
        case 'team-invitation-cancel':
            return [`team-out:${c.login.toLowerCase()}`];
        case 'role-assign':
            return [`role:${c.team}:${c.roleId}`];
        case 'advisory-access':
            return [
                ...c.addTeams.map((t) => `ghsa:${c.ghsaId}:+team:${t}`),
                ...c.addUsers.map((u) => `ghsa:${c.ghsaId}:+${u.toLowerCase()}`),
                ...c.removeUsers.map((u) => `ghsa:${c.ghsaId}:-${u.toLowerCase()}`),
            ];
        case 'pvr-enable':
            return [`pvr:${c.repo.toLowerCase()}`];
        case 'list-subscribe':
        case 'list-unsubscribe':
        case 'list-owner-add':
        case 'list-owner-remove':
            return [`${c.kind}:${c.list.toLowerCase()}:${c.address.toLowerCase()}`];
        case 'grants-record':
            return [`grants:${c.phase}`];
        case 'roster-login':
            // A PR: it stays planned until someone merges it.
            return [];
    }
}
/** The read-back after an apply, in the plan's format (exported for its test). */
function renderReadBack(readBack, format) {
    if (!readBack)
        return '';
    const md = format === 'markdown';
    if (readBack.failed)
        return `\n${md ? '**Read back:** ' : 'Read back: '}could not read back what was written (${readBack.failed}); the next run will show any difference.\n`;
    if (readBack.differences.length === 0)
        return `\n${md ? '**Read back:** ' : 'Read back: '}everything written took effect.\n`;
    const lines = readBack.differences.map((c) => describeChange(c, readBack.scope, format));
    return md
        ? `\n**Read back:** ${lines.length} change(s) written did not take effect:\n\n\`\`\`diff\n${lines.join('\n')}\n\`\`\`\n`
        : `\nRead back: ${lines.length} change(s) written did not take effect:\n${lines.map((l) => `  ${l}`).join('\n')}\n`;
}
/**
 * Reads everything again after an apply and plans once more: a change that was written ('done') and
 * is still planned did not take effect (GitHub or Mailman accepted it but holds something else).
 */
async function readBack(settings, deps, ctx, result) {
    const done = new Set((result.results ?? []).filter((r) => r.status === 'done').flatMap((r) => facts(r.change)));
    if (done.size === 0 || !result.plan)
        return undefined;
    try {
        const loaded = await (0,load.loadConfig)(settings.config, ctx.now(), undefined, { style: false });
        const none = { differences: [], scope: result.plan.scope };
        if (!loaded.config)
            return { ...none, failed: 'members.yaml or policy.yaml changed meanwhile' };
        const observed = await reconcileJob.read(settings, loaded.config, deps, ctx);
        const again = reconcileJob.plan(loaded.config, observed, settings, ctx.now());
        const scope = again.scope;
        const differences = again.changes.filter((c) => facts(c).some((f) => done.has(f)));
        // The log is public for a public ops repo's runs: addresses masked, as in the summary.
        for (const c of differences)
            ctx.log.error(`read back after the apply, still to do: ${describeChange(c, scope, 'markdown')}`);
        return { differences, scope };
    }
    catch (err) {
        const failed = (0,errors/* errorMessage */.gJ)(err);
        ctx.log.warning(`could not read back what was written: ${failed}`);
        return { differences: [], scope: result.plan.scope, failed };
    }
}
async function runReconcile(settings, deps, ctx) {
    const result = await (0,job/* runJob */.b5)(reconcileJob, settings, deps, ctx);
    const diagnostics = [...result.diagnostics, ...(result.plan?.diagnostics ?? [])];
    const checked = result.results ? await readBack(settings, deps, ctx, result) : undefined;
    const outcome = checked && checked.differences.length > 0 ? 'apply-failed' : result.outcome;
    return {
        ...result,
        outcome,
        diagnostics,
        ...(checked ? { readBack: checked } : {}),
        render: (format) => result.render(format) + renderReadBack(checked, format),
    };
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


/***/ }),

/***/ 1015:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ RequestError)
/* harmony export */ });
class RequestError extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options) {
    super(message, { cause: options.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    /* v8 ignore else -- @preserve -- Bug with vitest coverage where it sees an else branch that doesn't exist */
    if ("response" in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
}



/***/ })

};

//# sourceMappingURL=593.index.js.map