export const id = 923;
export const ids = [923];
export const modules = {

/***/ 8652:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D4: () => (/* binding */ addHoursToTime),
/* harmony export */   Ts: () => (/* binding */ addDaysToTime),
/* harmony export */   fz: () => (/* binding */ formatUtcTime),
/* harmony export */   iQ: () => (/* binding */ HOUR_MS),
/* harmony export */   rL: () => (/* binding */ earliestTime),
/* harmony export */   rW: () => (/* binding */ parseZonedTime),
/* harmony export */   rm: () => (/* binding */ isoUtcText),
/* harmony export */   sO: () => (/* binding */ DAY_MS),
/* harmony export */   u8: () => (/* binding */ isoUtc),
/* harmony export */   vr: () => (/* binding */ wholeDaysBetween)
/* harmony export */ });
/* harmony import */ var _roster_rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9126);
// Times on the desk: every instant is a UTC ISO string or a Date, every time shown carries its zone.

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const ZONED_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
/** A time with its zone (ISO 8601) or a calendar date (its start, UTC); undefined for anything else. */
function parseZonedTime(text) {
    if ((0,_roster_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .isCalendarDate */ .tf)(text))
        return new Date(`${text}T00:00:00Z`);
    if (!ZONED_TIME.test(text))
        return undefined;
    const time = new Date(text);
    return Number.isNaN(time.getTime()) ? undefined : time;
}
/** The instant as the state and the changes carry it: ISO 8601 in UTC, to the second. */
function isoUtc(time) {
    return `${time.toISOString().slice(0, 19)}Z`;
}
const UTC_SECOND = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
/** A time GitHub sent (usually already "YYYY-MM-DDTHH:MM:SSZ") in that form, without a round trip through Date when it is. */
function isoUtcText(text) {
    return UTC_SECOND.test(text) ? text : isoUtc(new Date(text));
}
/** The instant as people read it: "2026-11-26 14:00 UTC". Never a bare date. */
function formatUtcTime(time) {
    const t = typeof time === 'string' ? new Date(time) : time;
    return `${t.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
function addDaysToTime(time, days) {
    return new Date(time.getTime() + days * DAY_MS);
}
function addHoursToTime(time, hours) {
    return new Date(time.getTime() + hours * HOUR_MS);
}
/** Whole days from `from` to `to`, rounded down (negative when `to` is earlier). */
function wholeDaysBetween(from, to) {
    return Math.floor((to.getTime() - from.getTime()) / DAY_MS);
}
/** The earlier of two instants (undefined counts as never). */
function earliestTime(a, b) {
    return b !== undefined && b.getTime() < a.getTime() ? b : a;
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

/***/ 3923:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   acknowledgement: () => (/* binding */ acknowledgement),
/* harmony export */   intakeOutcome: () => (/* binding */ intakeOutcome),
/* harmony export */   parseReporter: () => (/* binding */ parseReporter),
/* harmony export */   runIntake: () => (/* binding */ runIntake)
/* harmony export */ });
/* unused harmony exports TITLE_MAX, BODY_MAX, DUPLICATE_WINDOW_DAYS, PENDING_GHSA, emailAddressPlaces, intakeInputProblems, affectedPackage, intakeReportText, planIntake, describeIntakeChange, renderIntake, intakeJob */
/* harmony import */ var _domain_desk_time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8652);
/* harmony import */ var _domain_plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7048);
/* harmony import */ var _domain_policy_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4189);
/* harmony import */ var _domain_report_file_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9200);
/* harmony import */ var _domain_report_edit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8818);
/* harmony import */ var _domain_report_rules_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4215);
/* harmony import */ var _domain_text_diff_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(6234);
/* harmony import */ var _domain_tool_pr_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8656);
/* harmony import */ var _job_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(832);
/* harmony import */ var _reading_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3307);
/* harmony import */ var _report_commands_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6056);
/* harmony import */ var _report_pr_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1952);
/* harmony import */ var _tool_pr_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(2764);













/** GitHub's limits on an advisory's summary and description. */
const TITLE_MAX = 1024;
const BODY_MAX = 65535;
/** How far back a second run looks for the advisory a first run created (drafts created since). */
const DUPLICATE_WINDOW_DAYS = 30;
/** The report file's name in a dry run, before GitHub assigns the id (a valid id: x is one of its letters). */
const PENDING_GHSA = 'GHSA-xxxx-xxxx-xxxx';
const PURPOSE = 'intake';
// --- pure checks -----------------------------------------------------------------------------------
const EMAIL = /[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+/g;
/** Where email addresses sit in a text (line and column from 1), the address itself not kept. */
function emailAddressPlaces(text) {
    const out = [];
    const lines = text.split('\n');
    lines.forEach((line, i) => {
        for (const m of line.matchAll(EMAIL))
            out.push({ line: i + 1, column: m.index + 1 });
    });
    return out;
}
/** "Name <email>" as people write it in a From: line. */
function parseReporter(text) {
    const m = /^\s*(.*?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(text);
    if (!m || m[1] === '')
        return undefined;
    const name = m[1].replace(/^"(.*)"$/, '$1').trim();
    return name === '' ? undefined : { name, email: m[2] };
}
/**
 * What is wrong with an intake's input, before anything is read: empty or too long texts, any email
 * address in the title or body (the reporter's above all: it would reach the advisory, which becomes
 * public), a `received` that is not a real time with zone or lies in the future.
 */
function intakeInputProblems(settings, policy, now) {
    const problems = [];
    if (!policy.covered_repos.some((r) => r.toLowerCase() === settings.repo.toLowerCase()))
        problems.push(`${settings.repo} is not a covered repository (policy covered_repos: ${policy.covered_repos.join(', ')}).`);
    const title = settings.title.trim();
    if (title === '')
        problems.push('the title is empty.');
    else if (title.length > TITLE_MAX)
        problems.push(`the title has ${title.length} characters; GitHub takes at most ${TITLE_MAX}.`);
    if (settings.body.trim() === '')
        problems.push(`${settings.bodyFile} is empty.`);
    else if (settings.body.length > BODY_MAX)
        problems.push(`${settings.bodyFile} has ${settings.body.length} characters; GitHub takes at most ${BODY_MAX}.`);
    const email = settings.reporter.email.toLowerCase();
    const texts = [
        { what: 'the title', text: settings.title },
        { what: settings.bodyFile, text: settings.body },
    ];
    for (const { what, text } of texts) {
        const places = emailAddressPlaces(text);
        if (text.toLowerCase().includes(email))
            problems.push(`${what} holds the reporter's email address: it would reach the advisory, which is published later. Remove it; it goes only into the report file.`);
        else if (places.length > 0)
            problems.push(`${what} holds an email address (${places.map((p) => `line ${p.line}, column ${p.column}`).join('; ')}): the advisory is published later, so intake puts no address in it. Remove it or write it another way (user [at] example.org); a coordinator can add what is needed in GitHub's editor.`);
    }
    if (settings.received !== undefined) {
        const zoned = /(?:Z|[+-]\d{2}:\d{2})$/.test(settings.received) && /T/.test(settings.received);
        if (!zoned || !(0,_domain_report_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .isRealTime */ ._G)(settings.received))
            problems.push(`--received "${settings.received}" is not a real time with its zone (e.g. 2026-11-20T09:15:00Z or 2026-11-20T10:15:00+01:00).`);
        else if (Date.parse(settings.received) > now.getTime())
            problems.push(`--received ${settings.received} is in the future.`);
    }
    return problems;
}
/** The package sent with the advisory: pip's own name on PyPI, else the product the CNA names, ecosystem other. */
function affectedPackage(policy, repo) {
    const key = Object.keys(policy.cna.products).find((k) => k.toLowerCase() === repo.toLowerCase());
    const product = key === undefined ? undefined : policy.cna.products[key];
    if (product?.package_name && product.package_url?.replace(/\/+$/, '') === 'https://pypi.org')
        return { ecosystem: 'pip', name: product.package_name };
    return { ecosystem: 'other', name: product?.product ?? (0,_domain_policy_js__WEBPACK_IMPORTED_MODULE_8__/* .splitRepo */ .D2)(repo).repo };
}
/** The report file of an intake: the existing text (or a new file) with `received` and `reporter` set. */
function intakeReportText(existing, repo, ghsa, fields) {
    let text = existing ??
        (0,_domain_report_edit_js__WEBPACK_IMPORTED_MODULE_2__/* .newReportText */ .i)({ repo, ghsa }, "Taken in on the reporter's behalf (psrt intake). The reporter's email stays in this private\nrepository; it never goes into the advisory.");
    if (fields.received !== undefined)
        text = (0,_domain_report_edit_js__WEBPACK_IMPORTED_MODULE_2__/* .setInReport */ .uN)(text, ['received'], fields.received);
    if (fields.reporter !== undefined)
        text = (0,_domain_report_edit_js__WEBPACK_IMPORTED_MODULE_2__/* .setInReport */ .uN)(text, ['reporter'], fields.reporter);
    return text;
}
function sameText(a, b) {
    const norm = (t) => t.replace(/\r\n?/g, '\n').trim();
    return norm(a) === norm(b);
}
// --- read --------------------------------------------------------------------------------------------
/**
 * The advisory an earlier run of this intake created: a draft in the repository, created within
 * DUPLICATE_WINDOW_DAYS, with the same summary and description (compared in memory, never shown).
 */
async function findPriorAdvisory(gh, settings, now) {
    const { owner } = (0,_domain_policy_js__WEBPACK_IMPORTED_MODULE_8__/* .splitRepo */ .D2)(settings.repo);
    const open = await gh.listOpenAdvisories(owner, [settings.repo]);
    const since = now.getTime() - DUPLICATE_WINDOW_DAYS * 86_400_000;
    const candidates = (open.get(settings.repo.toLowerCase()) ?? []).filter((a) => a.state === 'draft' && a.created_at !== null && Date.parse(a.created_at) >= since);
    for (const c of candidates) {
        const a = await gh.getAdvisory(settings.repo, c.ghsa_id);
        if (sameText(a.summary, settings.title) && sameText(a.description ?? '', settings.body))
            return { ghsaId: a.ghsa_id, url: a.html_url, createdAt: a.created_at ?? c.created_at };
    }
    return undefined;
}
async function readIntake(settings, config, gh, now) {
    if (intakeInputProblems(settings, config.policy, now).length > 0)
        return { skipped: true };
    const prior = await (0,_reading_js__WEBPACK_IMPORTED_MODULE_5__/* .reading */ .h)(`the draft advisories of ${settings.repo}`, () => findPriorAdvisory(gh, settings, now));
    if (!prior)
        return {};
    const report = await (0,_report_pr_js__WEBPACK_IMPORTED_MODULE_7__/* .readReportPr */ .$z)(gh, config.policy.ops_repo, prior.ghsaId, PURPOSE);
    return { prior, report };
}
// --- plan ----------------------------------------------------------------------------------------------
function reportPrSpec(opsRepo, ghsa, change) {
    const credit = change.fields.reporter?.credit === false ? 'no' : 'yes';
    return {
        opsRepo,
        ghsa,
        purpose: PURPOSE,
        title: `${(0,_domain_report_file_js__WEBPACK_IMPORTED_MODULE_9__/* .reportFilePath */ .KL)(ghsa)}: taken in on the reporter's behalf`,
        body: `${ghsa} (${change.repo}) was taken in by \`psrt intake\` for a reporter who does not use GitHub: received ${(0,_domain_desk_time_js__WEBPACK_IMPORTED_MODULE_0__/* .formatUtcTime */ .fz)(change.fields.received)}; the reporter's name and email are kept in this private repository, never in the advisory; public credit: ${credit}.\n\nOpened by \`psrt intake\`; it never merges this pull request.`,
    };
}
function planIntake(config, observed, settings, now) {
    const { policy } = config;
    const opsRepo = policy.ops_repo;
    const received = settings.received ?? (observed.prior ? observed.prior.createdAt : (0,_domain_desk_time_js__WEBPACK_IMPORTED_MODULE_0__/* .isoUtc */ .u8)(now));
    const base = { opsRepo, repo: settings.repo, reporter: settings.reporter, received, notes: [], guards: [] };
    const problems = intakeInputProblems(settings, policy, now);
    if (problems.length > 0 || observed.skipped)
        return { ...base, changes: [], refusal: problems.length > 0 ? problems.join('\n') : 'the input was refused.' };
    const fields = {
        received,
        reporter: { name: settings.reporter.name, email: settings.reporter.email, credit: settings.reporter.credit },
    };
    const ghsa = observed.prior?.ghsaId ?? PENDING_GHSA;
    const path = (0,_domain_report_file_js__WEBPACK_IMPORTED_MODULE_9__/* .reportFilePath */ .KL)(ghsa);
    const before = observed.report?.text;
    const after = intakeReportText(before, settings.repo, ghsa, fields);
    const problem = (0,_report_commands_js__WEBPACK_IMPORTED_MODULE_6__/* .editedReportProblem */ .NY)(path, after, policy, now, before);
    if (problem)
        return { ...base, changes: [], refusal: problem };
    const notes = [];
    const changes = [];
    if (observed.prior) {
        notes.push({
            level: 'info',
            text: `${observed.prior.ghsaId} has this title and description (created ${(0,_domain_desk_time_js__WEBPACK_IMPORTED_MODULE_0__/* .formatUtcTime */ .fz)(observed.prior.createdAt)}): it is not created again.`,
        });
        const fileChange = {
            kind: 'report-file',
            repo: settings.repo,
            opsRepo,
            ghsa,
            fields,
        };
        const pr = (0,_report_pr_js__WEBPACK_IMPORTED_MODULE_7__/* .planReportPr */ .ww)(reportPrSpec(opsRepo, ghsa, fileChange), observed.report, after);
        if (pr)
            changes.push({ ...fileChange, pr });
        else if (after === before)
            notes.push({ level: 'info', text: `${path} already says this.` });
        else
            notes.push({ level: 'info', text: `the open pull request already proposes ${path}.` });
    }
    else {
        const affected = affectedPackage(policy, settings.repo);
        changes.push({
            kind: 'advisory-create',
            repo: settings.repo,
            advisory: {
                summary: settings.title.trim(),
                description: settings.body,
                vulnerabilities: [
                    {
                        package: affected,
                        vulnerable_version_range: null,
                        patched_versions: null,
                        vulnerable_functions: null,
                    },
                ],
            },
            titleLength: settings.title.trim().length,
            bodyLength: settings.body.length,
            affected,
        }, { kind: 'report-file', repo: settings.repo, opsRepo, fields });
        notes.push({
            level: 'info',
            text: 'GitHub creates the advisory as a draft: the triage state cannot be reached by API, and a draft is what the PSRT calls accepted. If triage finds it is not a vulnerability, close it (`[CLOSED]` or `[INVALID]` in its title).',
        });
    }
    return {
        ...base,
        ...(observed.prior ? { prior: observed.prior } : {}),
        file: { path, ...(before !== undefined ? { before } : {}), after },
        changes,
        notes,
    };
}
// --- render and apply -----------------------------------------------------------------------------------
function describeIntakeChange(c) {
    switch (c.kind) {
        case 'advisory-create':
            return `+ create a draft advisory in ${c.repo}: title ${c.titleLength} characters, description ${c.bodyLength} characters, affected package ${c.affected.name} (ecosystem ${c.affected.ecosystem})`;
        case 'report-file': {
            const who = `received ${(0,_domain_desk_time_js__WEBPACK_IMPORTED_MODULE_0__/* .formatUtcTime */ .fz)(c.fields.received)}, the reporter's name and email, public credit ${c.fields.reporter?.credit === false ? 'no' : 'yes'}`;
            if (c.pr)
                return `${(0,_domain_tool_pr_js__WEBPACK_IMPORTED_MODULE_10__/* .describeToolPrChange */ .M)(c.pr)} (${who})`;
            return `+ open a pull request in ${c.opsRepo} adding reports/<the new advisory's id>.yaml (${who})`;
        }
    }
}
function renderIntake(plan, format, results) {
    const md = format === 'markdown';
    const first = (0,_domain_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .headline */ .Pl)('intake', plan, results);
    const lines = [md ? `## ${first}` : first];
    if (plan.refusal !== undefined) {
        lines.push('', `Refused: ${plan.refusal}`);
        return `${lines.join('\n')}\n`;
    }
    const status = new Map(results?.map((r) => [r.change, r]));
    if (plan.changes.length > 0)
        lines.push('', ...plan.changes.map((c) => (0,_domain_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .withResult */ .ox)(describeIntakeChange(c), status.get(c))));
    lines.push(...plan.notes.map((n) => (0,_domain_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .renderNote */ .NS)(n, format)));
    const outcome = intakeOutcome(plan, results);
    if (outcome.ghsa)
        lines.push('', `Advisory: ${outcome.ghsa}${outcome.advisoryUrl ? ` (${outcome.advisoryUrl})` : ''}`);
    if (outcome.pullRequest)
        lines.push(`Pull request: ${outcome.pullRequest}`);
    lines.push(...(0,_domain_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .renderResultsLine */ .$0)(results, format));
    if (!results && plan.changes.length > 0 && plan.file) {
        const diff = (0,_domain_text_diff_js__WEBPACK_IMPORTED_MODULE_11__/* .unifiedDiff */ .W)(plan.file.before, plan.file.after, {
            oldName: `a/${plan.file.path}`,
            newName: `b/${plan.file.path}`,
        });
        lines.push('', `Dry run: nothing was created. The report file the pull request in ${plan.opsRepo} would add${plan.prior ? '' : ` (named after the id GitHub assigns)`}:`, md ? `\n\`\`\`diff\n${diff}\`\`\`` : `\n${diff.trimEnd()}`);
    }
    return `${lines.join('\n')}\n`;
}
/** The advisory (prior or just created) and the report PR, from a plan and its results. */
function intakeOutcome(plan, results) {
    const created = results?.find((r) => r.change.kind === 'advisory-create' && r.status === 'done')?.detail;
    const m = created === undefined ? undefined : /\/(GHSA(?:-[0-9a-z]{4}){3})$/.exec(created);
    const pr = results?.find((r) => r.change.kind === 'report-file' && r.status === 'done')?.detail;
    const ghsa = plan.prior?.ghsaId ?? m?.[1];
    const advisoryUrl = plan.prior?.url ?? created;
    return {
        ...(ghsa ? { ghsa } : {}),
        ...(advisoryUrl ? { advisoryUrl } : {}),
        ...(pr ? { pullRequest: pr } : {}),
    };
}
async function applyIntake(plan, gh, ctx) {
    let created;
    return (0,_job_js__WEBPACK_IMPORTED_MODULE_4__/* .applyInOrder */ .g$)(plan.changes.map((c) => [c]), async ([c]) => {
        const change = c;
        if (change.kind === 'advisory-create') {
            created = await gh.createAdvisory(change.repo, change.advisory);
            return created.url;
        }
        if (change.pr)
            return (0,_tool_pr_js__WEBPACK_IMPORTED_MODULE_12__/* .applyToolPr */ .Hw)(gh, change.pr);
        // The id is GitHub's answer to the step before: plan the PR against the ops repository now.
        const ghsa = created?.ghsaId;
        if (!ghsa)
            throw new Error('the advisory was not created, so its report file has no name');
        const observed = await (0,_report_pr_js__WEBPACK_IMPORTED_MODULE_7__/* .readReportPr */ .$z)(gh, plan.opsRepo, ghsa, PURPOSE);
        const after = intakeReportText(observed.text, change.repo, ghsa, change.fields);
        const pr = (0,_report_pr_js__WEBPACK_IMPORTED_MODULE_7__/* .planReportPr */ .ww)(reportPrSpec(plan.opsRepo, ghsa, change), observed, after);
        return pr ? (0,_tool_pr_js__WEBPACK_IMPORTED_MODULE_12__/* .applyToolPr */ .Hw)(gh, pr) : (observed.pr.open?.url ?? '');
    }, ctx, describeIntakeChange);
}
const intakeJob = {
    name: 'intake',
    read: (settings, config, deps, ctx) => readIntake(settings, config, deps.gh, ctx.now()),
    plan: planIntake,
    render: renderIntake,
    apply: (plan, deps, ctx) => applyIntake(plan, deps.gh, ctx),
};
function runIntake(settings, deps, ctx) {
    return (0,_job_js__WEBPACK_IMPORTED_MODULE_4__/* .runJob */ .b5)(intakeJob, settings, deps, ctx);
}
// --- the acknowledgement ---------------------------------------------------------------------------------
/**
 * The reply to send the reporter once the advisory exists: thanks, where the report is tracked, who
 * writes next, and the embargo. It names the advisory by id and repeats nothing of the report.
 */
function acknowledgement(params) {
    const { ghsa, repo, reporter } = params;
    // One line per paragraph: the mail client wraps it.
    return [
        `Dear ${reporter.name},`,
        'Thank you for reporting this vulnerability to the Python Security Response Team (PSRT).',
        `Your report is now tracked privately as ${ghsa}, a GitHub Security Advisory of ${repo} that only the PSRT and the experts it asks for help can see. We entered it on your behalf, so you do not need a GitHub account; your email address stays in the PSRT's private records, not in the advisory.`,
        `A coordinator from the PSRT will be in touch with you about the next steps. ${reporter.credit
            ? `If the report leads to an advisory, we will credit you as "${reporter.name}" unless you tell us otherwise.`
            : 'As you asked, you will not be credited publicly.'}`,
        `Please keep the report and its details embargoed (do not share or publish them) until the PSRT has published an advisory and told you so. If you plan to disclose it, or learn that it is being exploited, please tell us first, quoting ${ghsa}.`,
        'Thank you,\nThe Python Security Response Team',
    ].join('\n\n');
}


/***/ })

};

//# sourceMappingURL=923.index.js.map