export const id = 661;
export const ids = [661];
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

/***/ 8606:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Le: () => (/* binding */ advisoryUrl),
/* harmony export */   bR: () => (/* binding */ coordinatorCredits),
/* harmony export */   nT: () => (/* binding */ isOpen),
/* harmony export */   o2: () => (/* binding */ finishedAt),
/* harmony export */   vf: () => (/* binding */ deskAdvisoryFromRest)
/* harmony export */ });
/* unused harmony export OPEN_STATES */
const OPEN_STATES = ['triage', 'draft'];
function isOpen(advisory) {
    return OPEN_STATES.includes(advisory.state);
}
/** When the advisory left the open states (closed, published or withdrawn), if it has. */
function finishedAt(advisory) {
    if (isOpen(advisory))
        return undefined;
    return advisory.closedAt ?? advisory.publishedAt ?? advisory.withdrawnAt ?? advisory.updatedAt;
}
function advisoryUrl(repo, ghsaId) {
    return `https://github.com/${repo}/security/advisories/${ghsaId}`;
}
/** Credits that make someone the coordinator: a pending one counts; a declined one does not. */
function coordinatorCredits(advisory) {
    return advisory.credits.filter((c) => c.type === 'coordinator' && c.state !== 'declined');
}
/** GitHub's user ids are typed number | bigint; every real one fits a number. */
function accountOf(user) {
    return { login: user.login, id: Number(user.id) };
}
/**
 * A DeskAdvisory from one REST answer. Every field the desk uses is copied; the description is not.
 * Throws when the answer has no time at all (a malformed read: the job fails closed).
 */
function deskAdvisoryFromRest(repo, a) {
    // Without its creation time a report's clock cannot run: refuse rather than guess (GitHub always sends it).
    const created = a.created_at ?? a.updated_at;
    if (created === null)
        throw new Error(`${a.ghsa_id} (${repo}) came without created_at or updated_at`);
    return {
        repo,
        ghsaId: a.ghsa_id,
        title: a.summary,
        state: a.state,
        createdAt: created,
        updatedAt: a.updated_at ?? created,
        closedAt: a.closed_at,
        publishedAt: a.published_at,
        withdrawnAt: a.withdrawn_at,
        cveId: a.cve_id,
        credits: (a.credits_detailed ?? []).map((c) => ({ ...accountOf(c.user), type: c.type, state: c.state })),
        collaboratingUsers: (a.collaborating_users ?? []).map(accountOf),
        collaboratingTeams: (a.collaborating_teams ?? []).map((t) => t.slug),
        privateFork: a.private_fork?.full_name ?? null,
        author: a.author ? accountOf(a.author) : null,
        hasSeverity: Boolean(a.cvss?.vector_string || a.cvss_severities?.cvss_v3?.vector_string || a.cvss_severities?.cvss_v4?.vector_string),
        severity: a.severity,
    };
}


/***/ }),

/***/ 4736:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WD: () => (/* binding */ closedLookbackDays),
/* harmony export */   bf: () => (/* binding */ deskSettings)
/* harmony export */ });
/* unused harmony export DESK_DEFAULTS */
const DESK_DEFAULTS = {
    reminderEveryDays: 7,
    overdueEveryDays: 7,
    escalateTo: 'admins',
    dashboardLabel: 'psrt-dashboard',
    accessAfterCloseDays: 30,
    accessDefaultDays: 30,
    craRepeatEveryHours: 24,
};
function deskSettings(policy) {
    const r = policy.reports;
    return {
        deadlineDays: r.deadline_days,
        reminderFromDay: r.reminder_from_day,
        reminderEveryDays: r.reminder_every_days ?? DESK_DEFAULTS.reminderEveryDays,
        overdueEveryDays: r.overdue_every_days ?? DESK_DEFAULTS.overdueEveryDays,
        autoAssignAfterDays: r.auto_assign_after_days,
        ...(r.stale_after_days !== undefined ? { staleAfterDays: r.stale_after_days } : {}),
        commentsApi: r.comments_api === true,
        escalateTo: r.escalate_to ?? DESK_DEFAULTS.escalateTo,
        dashboardLabel: r.dashboard_label ?? DESK_DEFAULTS.dashboardLabel,
        accessAfterCloseDays: policy.access?.after_close_days ?? DESK_DEFAULTS.accessAfterCloseDays,
        accessDefaultDays: policy.access?.default_days ?? DESK_DEFAULTS.accessDefaultDays,
        craRepeatEveryHours: policy.cra?.repeat_every_hours ?? DESK_DEFAULTS.craRepeatEveryHours,
    };
}
/**
 * How far back the sweep must read closed (and published, withdrawn) advisories: long enough to remove
 * outside collaborators `after_close_days` after closing and to show the closing on the dashboard, with a
 * week's margin for missed runs.
 */
function closedLookbackDays(settings) {
    return settings.accessAfterCloseDays + 7;
}


/***/ }),

/***/ 4661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_GRANT_DAYS: () => (/* binding */ MAX_GRANT_DAYS),
/* harmony export */   runAccess: () => (/* binding */ runAccess)
/* harmony export */ });
/* unused harmony exports accessPurpose, planAccess, accessJob */
/* harmony import */ var _domain_account_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1292);
/* harmony import */ var _domain_desk_advisory_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8606);
/* harmony import */ var _domain_desk_settings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4736);
/* harmony import */ var _domain_report_file_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9200);
/* harmony import */ var _domain_report_edit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8818);
/* harmony import */ var _domain_roster_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8764);
/* harmony import */ var _domain_tool_pr_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8656);
/* harmony import */ var _job_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(832);
/* harmony import */ var _reading_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3307);
/* harmony import */ var _report_commands_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6056);
/* harmony import */ var _report_pr_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1952);











/** The longest grant: a year. Reports finish within 90 days; a longer need is a new grant, reviewed again. */
const MAX_GRANT_DAYS = 365;
/** One PR per report and person: a revoke of a grant not yet merged updates (or closes) the grant's PR. */
function accessPurpose(login) {
    return `access-${(0,_domain_roster_js__WEBPACK_IMPORTED_MODULE_6__/* .loginKey */ .H$)(login)}`;
}
const DEFAULT_REVOKE_REASON = 'access revoked';
async function readAccess(settings, config, gh, now) {
    const { policy } = config;
    const path = (0,_domain_report_file_js__WEBPACK_IMPORTED_MODULE_7__/* .reportFilePath */ .KL)(settings.ghsa);
    const [profiles, report] = await Promise.all([
        (0,_reading_js__WEBPACK_IMPORTED_MODULE_3__/* .reading */ .h)(`the GitHub account ${settings.login}`, () => gh.profilesByLogin([settings.login])),
        (0,_report_pr_js__WEBPACK_IMPORTED_MODULE_5__/* .readReportPr */ .$z)(gh, policy.ops_repo, settings.ghsa, accessPurpose(settings.login)),
    ]);
    const file = (0,_report_commands_js__WEBPACK_IMPORTED_MODULE_4__/* .soundReportFile */ .SE)(path, report.text, policy, now);
    const searched = file ? [file.repo] : policy.covered_repos;
    const located = await (0,_reading_js__WEBPACK_IMPORTED_MODULE_3__/* .reading */ .h)(`advisory ${settings.ghsa}`, () => (0,_report_commands_js__WEBPACK_IMPORTED_MODULE_4__/* .locateAdvisory */ .Eh)(gh, searched, settings.ghsa));
    return {
        profile: profiles.get(settings.login) ?? null,
        report,
        searched,
        searchedFileRepo: file !== undefined,
        ...(located ? { advisory: (0,_domain_desk_advisory_js__WEBPACK_IMPORTED_MODULE_8__/* .deskAdvisoryFromRest */ .vf)(located.repo, located.advisory) } : {}),
    };
}
function grantOf(grants, login) {
    return grants?.find((g) => (0,_domain_roster_js__WEBPACK_IMPORTED_MODULE_6__/* .loginKey */ .H$)(g.login) === (0,_domain_roster_js__WEBPACK_IMPORTED_MODULE_6__/* .loginKey */ .H$)(login));
}
function endsLine(until) {
    return `${until} 00:00 UTC`;
}
/** Why a person may not be granted (or revoked) here: members and former members are reconcile's. */
function membershipRefusal(config, profile, action) {
    const person = { login: profile.login, id: profile.id };
    if (new _domain_account_js__WEBPACK_IMPORTED_MODULE_9__/* .PersonIndex */ .O(config.roster.members).has(person))
        return action === 'grant'
            ? `${profile.login} is a PSRT member: reconcile gives every member access to every open advisory, so no grant is needed.`
            : `${profile.login} is a PSRT member: reconcile keeps members' access; it ends when they leave members.yaml.`;
    if (new _domain_account_js__WEBPACK_IMPORTED_MODULE_9__/* .PersonIndex */ .O(config.roster.emeritus ?? []).has(person))
        return action === 'grant'
            ? `${profile.login} is a former PSRT member (emeritus in members.yaml): reconcile removes former members from advisories, so a grant would not last. Nominate them again, or ask an admin.`
            : `${profile.login} is a former PSRT member (emeritus in members.yaml): reconcile removes them from advisories already.`;
    return undefined;
}
function planAccess(config, observed, settings, now) {
    const { policy } = config;
    const { ghsa, action } = settings;
    const opsRepo = policy.ops_repo;
    const job = action.kind;
    const path = (0,_domain_report_file_js__WEBPACK_IMPORTED_MODULE_7__/* .reportFilePath */ .KL)(ghsa);
    const refuse = (why) => (0,_report_commands_js__WEBPACK_IMPORTED_MODULE_4__/* .refusedPlan */ .GM)(job, opsRepo, ghsa, why);
    const profile = observed.profile;
    if (!profile)
        return refuse(`GitHub has no account "${settings.login}": check the spelling of the login.`);
    const member = membershipRefusal(config, profile, action.kind);
    if (member)
        return refuse(member);
    const advisory = observed.advisory;
    if (!advisory)
        return refuse((0,_report_commands_js__WEBPACK_IMPORTED_MODULE_4__/* .advisoryNotFound */ .VS)(ghsa, observed.searched, observed.searchedFileRepo));
    const before = observed.report.text;
    const base = before ?? (0,_domain_report_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .newReportText */ .i)({ repo: advisory.repo, ghsa }, `The PSRT's own data about ${ghsa}.`);
    const existing = before === undefined ? undefined : grantOf((0,_report_commands_js__WEBPACK_IMPORTED_MODULE_4__/* .soundReportFile */ .SE)(path, before, policy, now)?.access, profile.login);
    const today = (0,_report_commands_js__WEBPACK_IMPORTED_MODULE_4__/* .utcDatePlusDays */ .uX)(now, 0);
    const desk = (0,_domain_desk_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .deskSettings */ .bf)(policy);
    const isCollaborator = advisory.collaboratingUsers.some((u) => u.id === profile.id);
    const who = `\`${profile.login}\``;
    const notes = [];
    const intent = [];
    // The report file as the PR should hold it; undefined: no file, and no PR wanted.
    let after;
    let title;
    let why;
    if (action.kind === 'grant') {
        const until = (0,_report_commands_js__WEBPACK_IMPORTED_MODULE_4__/* .utcDatePlusDays */ .uX)(now, action.days);
        after = (0,_domain_report_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .setGrant */ .h3)(base, { login: existing?.login ?? profile.login, reason: action.reason, until });
        const closing = `or ${desk.accessAfterCloseDays} days after the report is closed, whichever comes first`;
        intent.push(existing
            ? `~ ${who}'s access to ${ghsa} (${advisory.repo}) ends ${endsLine(until)} (was ${endsLine(existing.until)}), ${closing}`
            : `+ grant ${who} access to ${ghsa} (${advisory.repo}): access ends ${endsLine(until)}, ${closing}`);
        title = `${path}: access for ${profile.login} until ${until}`;
        why = `Grants \`${profile.login}\` access to ${ghsa} (${advisory.repo}) until ${until}: access ends at ${endsLine(until)}, ${closing}. Reason: ${action.reason}\n\nOnce this is merged, the hourly sweep adds them as a collaborating user on the advisory and removes them when access ends.`;
        if (!(0,_domain_desk_advisory_js__WEBPACK_IMPORTED_MODULE_8__/* .isOpen */ .nT)(advisory))
            notes.push({
                level: 'warning',
                text: `${ghsa} is ${advisory.state}: the sweep adds people to open advisories only (triage, draft).`,
            });
        const credited = advisory.credits.some((c) => c.id === profile.id && (c.type === 'reporter' || c.type === 'finder'));
        if (advisory.author?.id === profile.id || credited)
            notes.push({
                level: 'info',
                text: `${who} is the advisory's ${credited ? 'credited reporter or finder' : 'author'}: the sweep never removes them, so the grant's end changes nothing for them.`,
            });
        if (isCollaborator && !existing)
            notes.push({
                level: 'info',
                text: `${who} is already a collaborator (added by hand): with this grant their access ends on the grant's date instead of ${desk.accessDefaultDays} days after the sweep first saw them.`,
            });
    }
    else {
        title = `${path}: end ${profile.login}'s access`;
        why = `Ends \`${profile.login}\`'s access to ${ghsa} (${advisory.repo}): the grant ends ${endsLine(today)}. Once this is merged, the hourly sweep removes them from the advisory.`;
        if (existing && existing.until <= today) {
            after = before;
            notes.push({
                level: 'info',
                text: `${who}'s grant already ended ${endsLine(existing.until)}${isCollaborator ? '; the sweep removes them from the advisory at its next run' : ''}.`,
            });
        }
        else if (existing) {
            after = (0,_domain_report_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .setGrant */ .h3)(base, { ...existing, until: today });
            intent.push(`- end ${who}'s access to ${ghsa} (${advisory.repo}): access ends ${endsLine(today)} (was ${endsLine(existing.until)})`);
        }
        else if (isCollaborator) {
            after = (0,_domain_report_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .setGrant */ .h3)(base, { login: profile.login, reason: action.reason ?? DEFAULT_REVOKE_REASON, until: today });
            intent.push(`- end ${who}'s access to ${ghsa} (${advisory.repo}), a collaborator added by hand: a grant that ended ${endsLine(today)}`);
        }
        else {
            after = before;
            notes.push({
                level: 'info',
                text: `${who} has no grant on ${ghsa} and is not a collaborator on it: nothing to revoke${observed.report.pr.open ? ' (the open pull request that would grant it is closed)' : ''}.`,
            });
        }
    }
    if (after !== undefined) {
        const problem = (0,_report_commands_js__WEBPACK_IMPORTED_MODULE_4__/* .editedReportProblem */ .NY)(path, after, policy, now, before);
        if (problem)
            return refuse(problem);
    }
    const spec = {
        opsRepo,
        ghsa,
        purpose: accessPurpose(profile.login),
        title,
        body: `${why}\n\nOpened by \`psrt ${job}\`; later runs update this pull request and never merge it.`,
    };
    const change = after === undefined
        ? (0,_domain_tool_pr_js__WEBPACK_IMPORTED_MODULE_10__/* .planToolPr */ .a)(undefined, observed.report.pr, 'Closed by psrt-ops: there is no access to change.', opsRepo)
        : (0,_report_pr_js__WEBPACK_IMPORTED_MODULE_5__/* .planReportPr */ .ww)(spec, observed.report, after);
    if (after !== undefined)
        notes.push(...(0,_report_commands_js__WEBPACK_IMPORTED_MODULE_4__/* .unchangedNotes */ .je)(path, observed.report, after, change));
    return {
        job,
        opsRepo,
        ghsa,
        intent,
        ...(after !== undefined ? { file: { path, ...(before !== undefined ? { before } : {}), after } } : {}),
        changes: change ? [change] : [],
        notes,
        guards: [],
    };
}
const accessJob = {
    name: 'access',
    read: (settings, config, deps, ctx) => readAccess(settings, config, deps.gh, ctx.now()),
    plan: planAccess,
    render: _report_commands_js__WEBPACK_IMPORTED_MODULE_4__/* .renderReportEdit */ .j_,
    apply: (plan, deps, ctx) => (0,_report_commands_js__WEBPACK_IMPORTED_MODULE_4__/* .applyReportEdit */ .zh)(plan, deps.gh, ctx),
};
function runAccess(settings, deps, ctx) {
    return (0,_job_js__WEBPACK_IMPORTED_MODULE_2__/* .runJob */ .b5)(accessJob, settings, deps, ctx);
}


/***/ })

};

//# sourceMappingURL=661.index.js.map