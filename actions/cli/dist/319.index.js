export const id = 319;
export const ids = [319];
export const modules = {

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

/***/ 9319:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  auditLinks: () => (/* binding */ auditLinks),
  runAudit: () => (/* binding */ runAudit)
});

// UNUSED EXPORTS: auditJob

// EXTERNAL MODULE: ./actions/lib/config/roster-text.ts
var roster_text = __webpack_require__(9504);
// EXTERNAL MODULE: ./actions/lib/domain/roster.ts
var domain_roster = __webpack_require__(8764);
// EXTERNAL MODULE: ./actions/lib/domain/roster-rules.ts
var roster_rules = __webpack_require__(9126);
// EXTERNAL MODULE: ./actions/lib/domain/account.ts
var account = __webpack_require__(1292);
;// CONCATENATED MODULE: ./actions/lib/domain/activity.ts



const DAY_MS = 86_400_000;
/**
 * From the previous report's date to now, at most `windowDays` long. Day granularity at the start:
 * a report dated 2025-11-26 counts activity from 2025-11-26T00:00Z.
 */
/** GitHub's timestamp form (seconds, no milliseconds): what `since` parameters and reports show. */
function isoSeconds(t) {
    return new Date(Math.floor(t / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
function auditWindow(now, windowDays, previousReport) {
    // The cap starts at a midnight (the next one, so the window is never longer than windowDays):
    // every run of the same day reads with the same `since`, and conditional requests stay cached.
    const cap = Math.ceil((now.getTime() - windowDays * DAY_MS) / DAY_MS) * DAY_MS;
    const previous = previousReport ? Date.parse(`${previousReport}T00:00:00Z`) : Number.NaN;
    const capped = Number.isNaN(previous) || previous < cap;
    const start = isoSeconds(capped ? cap : previous);
    return { start, end: isoSeconds(now.getTime()), ...(previousReport ? { previousReport } : {}), capped };
}
const ACTIVITY_LABEL = {
    coordinator: 'coordinator of',
    'advisory-comment': 'commented on',
    'fork-pull': 'pull request in the private fork of',
    'fork-review': 'review in the private fork of',
    'fork-review-comment': 'review comment in the private fork of',
    'report-comment': 'commented on report',
};
/**
 * Milliseconds of an ISO timestamp. Times are compared as numbers, never as strings: GitHub writes
 * 2026-11-26T12:00:00Z, the clock 2026-11-26T12:00:00.000Z, and "Z" sorts after ".".
 */
function timeOf(at) {
    return Date.parse(at);
}
/** The window's bounds as numbers, parsed once per window (the audit asks for every advisory). */
const boundsOf = new WeakMap();
function bounds(w) {
    let b = boundsOf.get(w);
    if (!b) {
        b = { start: timeOf(w.start), end: timeOf(w.end) };
        boundsOf.set(w, b);
    }
    return b;
}
/** Is `at` inside the window, bounds included? */
function inWindow(at, w) {
    if (!at)
        return false;
    const t = timeOf(at);
    const b = bounds(w);
    return t >= b.start && t <= b.end;
}
/** When the advisory stopped being open (published, closed or withdrawn), or undefined while it is open. */
function finishedAt(a) {
    if (a.state === 'triage' || a.state === 'draft')
        return undefined;
    const times = [a.published_at, a.closed_at, a.withdrawn_at].filter((t) => typeof t === 'string' && t !== '');
    return times.sort((x, y) => timeOf(x) - timeOf(y))[0] ?? a.updated_at ?? undefined;
}
/** Was the advisory open at some time in the window? */
function openDuring(a, w) {
    const b = bounds(w);
    if (!a.created_at || timeOf(a.created_at) > b.end)
        return false;
    const done = finishedAt(a);
    return done === undefined || timeOf(done) >= b.start;
}
/**
 * The coordinators of an advisory open during the window: `credits_detailed` (with ids) and `credits`
 * (logins only) together, one activity per person. A credit the person declined does not count.
 */
function coordinatorActivity(a, w) {
    if (!openDuring(a, w))
        return [];
    const done = finishedAt(a);
    const at = done !== undefined && timeOf(done) < bounds(w).end ? done : w.end;
    const people = [];
    const declined = [];
    for (const c of a.credits_detailed ?? []) {
        if (c.type !== 'coordinator')
            continue;
        if (c.state === 'declined')
            declined.push((0,domain_roster/* loginKey */.H$)(c.user.login));
        else
            people.push({ login: c.user.login, id: Number(c.user.id) });
    }
    for (const c of a.credits ?? []) {
        if (c.type !== 'coordinator' || !c.login)
            continue;
        const key = (0,domain_roster/* loginKey */.H$)(c.login);
        if (declined.includes(key) || people.some((p) => (0,domain_roster/* loginKey */.H$)(p.login) === key))
            continue;
        people.push({ login: c.login });
    }
    return people.map((user) => ({ kind: 'coordinator', user, at, url: a.html_url, on: a.ghsa_id }));
}
/** Anything dated with an author: comments, pulls, reviews. Kept if it falls in the window. */
function datedActivity(kind, user, at, url, on, w) {
    return user && inWindow(at, w) ? [{ kind, user, at: at, url, on }] : [];
}
/** Newer first; equal times by link, so reads in any order give the same evidence. */
function later(a, b) {
    const ta = timeOf(a.at);
    const tb = timeOf(b.at);
    return ta > tb || (ta === tb && a.url < b.url);
}
/** Latest activity per person, indexed by id and by login: one pass over everything read. */
class ActivityIndex {
    byId = new Map();
    byLoginWithoutId = new Map();
    byLogin = new Map();
    constructor(activities) {
        const keep = (map, key, a) => {
            const prev = map.get(key);
            if (!prev || later(a, prev))
                map.set(key, a);
        };
        for (const a of activities) {
            const login = (0,domain_roster/* loginKey */.H$)(a.user.login);
            keep(this.byLogin, login, a);
            if (a.user.id !== undefined)
                keep(this.byId, a.user.id, a);
            else
                keep(this.byLoginWithoutId, login, a);
        }
    }
    /** As isPerson: a pinned id matches ids (and id-less records by login); otherwise the login. */
    latest(member) {
        if (member.id === undefined)
            return this.byLogin.get((0,domain_roster/* loginKey */.H$)(member.login));
        const a = this.byId.get(member.id);
        const b = this.byLoginWithoutId.get((0,domain_roster/* loginKey */.H$)(member.login));
        return !a ? b : !b ? a : later(b, a) ? b : a;
    }
}
const ROLE_ORDER = ['steering-council', 'release-manager', 'admin'];
function auditMembers(input) {
    const index = new ActivityIndex(input.activities);
    const warnings = [];
    const { window: w } = input;
    const startDay = w.start.slice(0, 10);
    for (const [role, team] of Object.entries(input.exemptRoles)) {
        if (!team)
            warnings.push(`exempt role ${role} names no team to prove it (policy membership.inactivity.exempt_roles): nobody is exempt by it.`);
        else if (input.teams.get(team) === undefined && input.members.some((m) => (0,domain_roster/* hasRole */.hf)(m, role))) {
            warnings.push(`the team ${input.org}/${team} (proves ${role}) could not be read: nobody is exempt by ${role} in this report.`);
        }
    }
    const rows = input.members.map((member) => {
        const last = index.latest(member);
        let exemption;
        const unverified = [];
        for (const role of ROLE_ORDER) {
            if (!(0,domain_roster/* hasRole */.hf)(member, role) || !(role in input.exemptRoles))
                continue;
            const team = input.exemptRoles[role];
            const people = team ? input.teams.get(team) : undefined;
            if (team && people?.some((p) => (0,account/* isPerson */.K)(member, p)))
                exemption ??= { role, team };
            else {
                unverified.push(role);
                if (team && people)
                    warnings.push(`\`${member.login}\` is listed as ${role} but is not in the team ${input.org}/${team}: no exemption. Fix members.yaml or the team.`);
            }
        }
        for (const [role, team] of Object.entries(input.exemptRoles)) {
            if (!team || (0,domain_roster/* hasRole */.hf)(member, role))
                continue;
            if (input.teams.get(team)?.some((p) => (0,account/* isPerson */.K)(member, p))) {
                warnings.push(`\`${member.login}\` is in the team ${input.org}/${team} but members.yaml does not list the ${role} role: not exempt until it does.`);
            }
        }
        const isNew = member.joined !== undefined && member.joined > startDay;
        const status = last ? 'active' : exemption ? 'exempt' : isNew ? 'new' : 'inactive';
        return { member, status, ...(last ? { last } : {}), ...(exemption ? { exemption } : {}), unverified };
    });
    const counts = { active: 0, exempt: 0, new: 0, inactive: 0 };
    for (const r of rows)
        counts[r.status]++;
    return { window: w, rows, warnings, counts };
}
function inactiveMembers(report) {
    return report.rows.filter((r) => r.status === 'inactive').map((r) => r.member);
}
function auditLabels(policy) {
    const i = policy.membership.inactivity;
    return {
        report: i.report_label ?? 'activity-report',
        prune: i.prune_label ?? 'pruning',
        reportIssues: policy.reports.issue_label ?? 'report',
    };
}
/** The branch of the pruning PR: one, reused by every run until it is merged or closed. */
const PRUNE_BRANCH = 'psrt/prune-inactive';
/** Hidden in the report issue's body: the report's date, read back by the next audit as its window start. */
function reportMarker(date, since) {
    return `<!-- psrt-ops:activity-report date=${date} since=${since} -->`;
}
function parseReportMarker(body) {
    const m = /<!-- psrt-ops:activity-report date=(\d{4}-\d{2}-\d{2}) since=(\d{4}-\d{2}-\d{2}) -->/.exec(body ?? '');
    return m ? { date: m[1], since: m[2] } : undefined;
}
/** Put in place of the marker when a second copy of the open report is closed: never read as a report. */
function duplicateReportMarker(of) {
    return `<!-- psrt-ops:activity-report-duplicate of=${of} -->`;
}
/**
 * Which report issue is which. Only issues the audit wrote (they carry the marker) are kept current
 * or folded, never a person's own issue under the label. A closed report is the previous one by its
 * marker's date (its creation day when it has none, as reports written by hand once were); a copy the
 * audit closed as a duplicate is never a report.
 */
function chooseReportIssues(issues) {
    const open = issues
        .filter((i) => i.state === 'open' && parseReportMarker(i.body) !== undefined)
        .sort((a, b) => a.number - b.number);
    const closed = issues
        .filter((i) => i.state === 'closed' && !i.body.includes('<!-- psrt-ops:activity-report-duplicate '))
        .map((i) => ({ ...i, date: parseReportMarker(i.body)?.date ?? i.createdAt.slice(0, 10) }))
        .sort((a, b) => b.date.localeCompare(a.date) || b.number - a.number);
    const [current, ...duplicates] = open;
    return { ...(current ? { current } : {}), duplicates, ...(closed[0] ? { previous: closed[0] } : {}) };
}
/** The day (YYYY-MM-DD) of a timestamp, for people. */
function dayOf(at) {
    return at.slice(0, 10);
}
function reportDate(now) {
    return (0,roster_rules/* isoDay */.kh)(now);
}

// EXTERNAL MODULE: ./actions/lib/domain/plan.ts
var domain_plan = __webpack_require__(7048);
// EXTERNAL MODULE: ./actions/lib/domain/roster-summary.ts
var roster_summary = __webpack_require__(5921);
// EXTERNAL MODULE: ./actions/lib/domain/vote-render.ts
var vote_render = __webpack_require__(9656);
;// CONCATENATED MODULE: ./actions/lib/domain/audit-render.ts





const STATUS_ORDER = { inactive: 0, new: 1, exempt: 2, active: 3 };
const STATUS_TEXT = {
    inactive: '**inactive**',
    new: 'new',
    exempt: 'exempt',
    active: 'active',
};
function ordered(rows) {
    return rows
        .map((r, i) => ({ r, i }))
        .sort((a, b) => STATUS_ORDER[a.r.status] - STATUS_ORDER[b.r.status] || a.i - b.i)
        .map((x) => x.r);
}
function evidence(r, ctx) {
    if (r.last)
        return `[${ACTIVITY_LABEL[r.last.kind]} ${r.last.on}](${r.last.url})`;
    if (r.exemption)
        return `${r.exemption.role} (verified: team \`${ctx.org}/${r.exemption.team}\`)`;
    if (r.status === 'new')
        return `joined ${r.member.joined}, during the window`;
    return '—';
}
function lastActivity(r, since) {
    return r.last ? dayOf(r.last.at) : `none since ${since}`;
}
function renderMemberTable(report, ctx, rows = report.rows) {
    const since = dayOf(report.window.start);
    const lines = ['| Member | Status | Last activity | Evidence or exemption |', '|---|---|---|---|'];
    for (const r of ordered(rows)) {
        const warn = r.unverified.length > 0 ? ` (claims ${r.unverified.join(', ')}: not verified)` : '';
        lines.push(`| \`${r.member.login}\` ${(0,vote_render/* displayName */.QC)(r.member.name)} | ${STATUS_TEXT[r.status]} | ${lastActivity(r, since)} | ${evidence(r, ctx)}${(0,roster_summary/* cell */.Hn)(warn)} |`);
    }
    return lines.join('\n') + '\n';
}
function windowSentence(report, ctx) {
    const w = report.window;
    const from = dayOf(w.start);
    const to = dayOf(w.end);
    if (w.previousReport && !w.capped)
        return `from the previous report (${w.previousReport}${ctx.previous ? `, #${ctx.previous.number}` : ''}) to ${to}`;
    if (w.previousReport)
        return `from ${from} to ${to} (the previous report, ${w.previousReport}, is older than the window allows)`;
    return `from ${from} to ${to} (no previous report: the last window's worth of days)`;
}
function sourcesSentence(ctx) {
    const repos = ctx.coveredRepos.map((r) => `\`${r}\``).join(', ');
    return [
        `Counted as activity: the coordinator credit on an advisory of ${repos} that was open during the window`,
        ctx.commentsApi
            ? 'a comment on an advisory'
            : 'comments on advisories are not counted (policy `reports.comments_api` is off)',
        "a pull request, review or review comment in an advisory's private fork",
        `a comment on an issue labelled \`${ctx.labels.reportIssues}\` in \`${ctx.opsRepo}\`.`,
    ].join('; ');
}
function removalNotes(report, ctx) {
    const inactive = report.rows.filter((r) => r.status === 'inactive');
    const notes = [];
    const total = report.rows.length;
    if (total > 0 && inactive.length / total > ctx.maxRemovalShare) {
        notes.push(`Removing ${inactive.length} of ${total} members (${Math.round((100 * inactive.length) / total)}%) is more than \`guards.max_removal_share\` (${Math.round(ctx.maxRemovalShare * 100)}%): after the merge, reconcile needs its explicit override (\`allow-large-removal\` with a reason) to remove their access.`);
    }
    const admins = report.rows.filter((r) => (0,domain_roster/* hasRole */.hf)(r.member, 'admin'));
    const left = admins.filter((r) => r.status !== 'inactive').length;
    if (left < ctx.minAdmins && admins.length > left) {
        notes.push(`Only ${left} admin(s) would remain, fewer than \`membership.min_admins\` (${ctx.minAdmins}): the Steering Council should name another admin before merging.`);
    }
    return notes;
}
function reportTitle(report) {
    return `PSRT activity report (PEP 811) since ${dayOf(report.window.start)}`;
}
function renderReportIssue(report, ctx) {
    const c = report.counts;
    const inactive = report.rows.filter((r) => r.status === 'inactive');
    const lines = [reportMarker(ctx.date, dayOf(report.window.start)), ''];
    lines.push(`@${ctx.org}/${ctx.scTeam}: the PSRT's activity report under PEP 811, ${windowSentence(report, ctx)}.`);
    lines.push('');
    lines.push(`**${c.inactive} inactive**, ${c.active} active, ${c.exempt} exempt, ${c.new} new, of ${report.rows.length} members.`);
    lines.push('');
    if (inactive.length > 0) {
        lines.push(`Inactive: ${inactive.map((r) => `\`${r.member.login}\``).join(', ')}. PEP 811 recommends removing them; the Steering Council decides by simple vote.`);
        lines.push(`The pruning PR (label \`${ctx.labels.prune}\`, linked from this issue) moves them to emeritus: approve and merge it to remove them, or close it.`);
    }
    else {
        lines.push('Nobody is inactive: there is nothing to prune.');
    }
    lines.push('');
    for (const n of removalNotes(report, ctx))
        lines.push(`> [!WARNING]\n> ${n}\n`);
    lines.push(renderMemberTable(report, ctx));
    if (report.warnings.length > 0) {
        lines.push('<details><summary>Warnings</summary>');
        lines.push('');
        for (const w of report.warnings)
            lines.push(`- ${w}`);
        lines.push('');
        lines.push('</details>');
        lines.push('');
    }
    lines.push(`${sourcesSentence(ctx)} Release managers and Steering Council members are exempt when the team that proves the role confirms it.`);
    lines.push('');
    lines.push(`*Updated in place by each audit run. Close this issue once the Steering Council has decided: the next audit opens a new report, counting from ${ctx.date}.*`);
    return lines.join('\n') + '\n';
}
function pruneTitle(count, report) {
    return `Move ${count} inactive member${count === 1 ? '' : 's'} to emeritus (PEP 811 audit since ${dayOf(report.window.start)})`;
}
function pruneReason(report) {
    return `No activity on vulnerability reports from ${dayOf(report.window.start)} to ${dayOf(report.window.end)} (PEP 811 yearly audit)`;
}
/** The pruning PR's body; `placeholder` stands for the report issue when it does not exist yet. */
function renderPruneBody(report, ctx, reportIssue, placeholder) {
    const inactive = report.rows.filter((r) => r.status === 'inactive');
    const lines = [];
    lines.push(`Moves ${inactive.length} member${inactive.length === 1 ? '' : 's'} with no activity on a vulnerability report ${windowSentence(report, ctx)} to \`emeritus\` in members.yaml, with the date they left and why (PEP 811).${reportIssue ? ` Report: #${reportIssue.number}.` : placeholder}`);
    lines.push('');
    lines.push(`The Steering Council (\`${ctx.org}/${ctx.scTeam}\`) decides by simple vote: approve and merge to remove them, or close this PR. This tool never merges it; each audit run updates it (and drops anyone who has become active). After the merge, reconcile removes their access.`);
    lines.push('');
    for (const n of removalNotes(report, ctx))
        lines.push(`> [!WARNING]\n> ${n}\n`);
    lines.push(renderMemberTable(report, ctx, inactive));
    lines.push('<details><summary>Every member</summary>');
    lines.push('');
    lines.push(renderMemberTable(report, ctx));
    lines.push('</details>');
    lines.push('');
    lines.push(sourcesSentence(ctx));
    return lines.join('\n') + '\n';
}
function changeLines(plan, results) {
    const status = new Map(results?.map((r) => [r.change, r]));
    return plan.changes.map((c) => (0,domain_plan/* withResult */.ox)(describeAuditChange(c, plan.inactive), status.get(c)));
}
function renderAuditSummary(plan, results) {
    const { report, context: ctx } = plan;
    const c = report.counts;
    const lines = [];
    lines.push(`## PSRT activity audit, ${windowSentence(report, ctx)}`);
    lines.push('');
    lines.push(`**${c.inactive} inactive**, ${c.active} active, ${c.exempt} exempt, ${c.new} new, of ${report.rows.length} members.`);
    lines.push('');
    for (const n of removalNotes(report, ctx))
        lines.push(`> [!WARNING]\n> ${n}\n`);
    lines.push(renderMemberTable(report, ctx));
    for (const w of report.warnings)
        lines.push(`- ⚠️ ${w}`);
    if (report.warnings.length > 0)
        lines.push('');
    lines.push(plan.changes.length === 0
        ? 'Nothing to change: the report issue and the pruning PR are current.'
        : `**${(0,domain_plan/* headline */.Pl)('Audit', plan, results)}**${results ? '' : ' (dry run; `--apply` to write)'}`);
    if (plan.changes.length > 0)
        lines.push('', '```', ...changeLines(plan, results), '```');
    const guards = plan.guards.filter((g) => !g.ok);
    if (guards.length > 0)
        lines.push('', ...(0,domain_plan/* renderGuards */.TW)(guards, 'markdown'));
    lines.push(...(0,domain_plan/* renderResultsLine */.$0)(results, 'markdown'));
    return lines.join('\n') + '\n';
}
function renderAuditText(plan, results) {
    const { report } = plan;
    const c = report.counts;
    const since = dayOf(report.window.start);
    const lines = [
        `activity from ${since} to ${dayOf(report.window.end)}${report.window.previousReport ? ` (previous report ${report.window.previousReport})` : ''}: ${c.inactive} inactive, ${c.active} active, ${c.exempt} exempt, ${c.new} new`,
    ];
    const width = Math.max(8, ...report.rows.map((r) => r.member.login.length));
    for (const r of ordered(report.rows)) {
        const what = r.last
            ? `${dayOf(r.last.at)}  ${ACTIVITY_LABEL[r.last.kind]} ${r.last.on}  ${r.last.url}`
            : r.exemption
                ? `exempt: ${r.exemption.role} (team ${r.exemption.team})`
                : r.status === 'new'
                    ? `joined ${r.member.joined}`
                    : `no activity since ${since}`;
        lines.push(`  ${r.status.padEnd(8)} ${r.member.login.padEnd(width)}  ${what}`);
    }
    for (const w of report.warnings)
        lines.push(`warning: ${w.replace(/`/g, '')}`);
    lines.push(plan.changes.length === 0
        ? 'nothing to change'
        : `${(0,domain_plan/* headline */.Pl)('audit', plan, results)}${results ? '' : ' (dry run; --apply to write)'}:`);
    for (const line of changeLines(plan, results))
        lines.push(`  ${line.replace(/`/g, '')}`);
    for (const g of plan.guards.filter((x) => !x.ok))
        lines.push(`guard ${g.guard} tripped: ${g.detail}`);
    lines.push(...(0,domain_plan/* renderResultsLine */.$0)(results, 'text'));
    return lines.join('\n') + '\n';
}
function describeAuditChange(c, inactive) {
    const moves = inactive.map((l) => `\`${l}\``).join(', ');
    switch (c.kind) {
        case 'report-issue-create':
            return `+ open the report issue "${c.title}"`;
        case 'report-issue-update':
            return `~ update the report issue #${c.number}`;
        case 'report-issue-close-duplicate':
            return `- close the duplicate report issue #${c.number} (a copy of #${c.of})`;
        case 'pr-open':
            return `+ open the pruning PR: move ${moves} to emeritus`;
        case 'pr-update':
            return `~ update the pruning PR #${c.number}: move ${moves} to emeritus`;
        case 'pr-close':
            return `- close the pruning PR #${c.number} (nobody is inactive any more)`;
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./actions/lib/domain/roster-edit.ts
var roster_edit = __webpack_require__(7853);
;// CONCATENATED MODULE: ./actions/lib/domain/roster-prune.ts


/** Fields of an active entry that an emeritus entry does not keep (the schema has no `vote` there; the email is no longer needed). */
const DROPPED = ['email', 'vote'];
function joinComments(...parts) {
    const kept = parts.filter((p) => typeof p === 'string' && p !== '');
    return kept.length > 0 ? kept.join('\n') : undefined;
}
function keyName(pair) {
    return (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : String(pair.key);
}
/** Remove a pair from a map; its comments go to the pair after it (or the map's end), never lost. */
function deletePair(map, name) {
    const at = map.items.findIndex((p) => keyName(p) === name);
    if (at < 0)
        return;
    const [pair] = map.items.splice(at, 1);
    const key = pair.key;
    const value = pair.value;
    const lost = joinComments(key?.commentBefore, key?.comment, value?.commentBefore, value?.comment);
    if (!lost)
        return;
    const next = map.items[at]?.key;
    if (next && typeof next === 'object')
        next.commentBefore = joinComments(lost, next.commentBefore);
    else
        map.comment = joinComments(map.comment, lost) ?? null;
}
function emeritusSeq(doc) {
    const node = doc.get('emeritus', true);
    if ((0,dist/* isSeq */.oP)(node)) {
        if (node.items.length === 0)
            node.flow = false;
        return node;
    }
    const seq = doc.createNode([]);
    seq.flow = false;
    doc.set('emeritus', seq);
    return seq;
}
/**
 * Move each member named in `moves` from `members` to the end of `emeritus`, adding `left` and
 * `reason`. Throws when a member is not in the file: the caller's roster and the file disagree.
 */
function moveToEmeritus(text, moves) {
    if (moves.length === 0)
        return text;
    return (0,roster_edit/* editYaml */.aL)(text, (doc) => {
        const members = doc.get('members', true);
        if (!(0,dist/* isSeq */.oP)(members))
            throw new Error('members.yaml has no `members` list');
        const index = (0,roster_edit/* indexMemberEntries */.V1)(doc);
        const chosen = new Map();
        for (const move of moves) {
            const at = index.find(move);
            if (at === undefined)
                throw new Error(`\`${move.login}\` is not an active member in members.yaml`);
            chosen.set(at, move);
        }
        const kept = [];
        const moved = [];
        let carried = { space: false };
        members.items.forEach((item, i) => {
            const move = chosen.get(i);
            const node = item;
            if (!move) {
                // What stood above a moved entry stays in place: it now stands above the entry that follows.
                if (carried.comment !== undefined || carried.space) {
                    node.commentBefore = joinComments(carried.comment, node.commentBefore) ?? null;
                    node.spaceBefore = node.spaceBefore || carried.space;
                    carried = { space: false };
                }
                kept.push(item);
                return;
            }
            const entry = item;
            const comment = joinComments(carried.comment, entry.commentBefore);
            carried = { ...(comment !== undefined ? { comment } : {}), space: carried.space || entry.spaceBefore === true };
            entry.commentBefore = null;
            entry.spaceBefore = false;
            for (const name of DROPPED)
                deletePair(entry, name);
            entry.set('left', move.left);
            entry.set('reason', move.reason);
            moved.push(entry);
        });
        if (carried.comment !== undefined)
            members.comment = joinComments(carried.comment, members.comment) ?? null;
        members.items = kept;
        const emeritus = emeritusSeq(doc);
        for (const entry of moved)
            emeritus.items.push(entry);
    });
}

// EXTERNAL MODULE: ./actions/lib/domain/tool-pr.ts
var tool_pr = __webpack_require__(8656);
;// CONCATENATED MODULE: ./actions/lib/domain/audit-plan.ts






/**
 * Stands in the pruning PR's body for the report issue when both are created in the same run; the
 * apply puts the new issue's number there, so the next run finds the body it would write.
 */
const REPORT_ISSUE_PLACEHOLDER = '<!-- psrt-ops:report-issue -->';
function activeLogins(roster) {
    return roster.members
        .map((m) => (0,domain_roster/* loginKey */.H$)(m.login))
        .sort()
        .join(',');
}
function planAudit(input, remoteRoster) {
    const { roster, policy, now } = input;
    const repo = policy.ops_repo;
    const labels = auditLabels(policy);
    const report = auditMembers({
        members: roster.members,
        window: input.window,
        activities: input.activities,
        org: policy.org,
        exemptRoles: policy.membership.inactivity.exempt_roles,
        teams: input.teams,
    });
    report.warnings.push(...input.warnings);
    const date = reportDate(now);
    const context = {
        org: policy.org,
        scTeam: policy.membership.vote.veto_team,
        opsRepo: repo,
        coveredRepos: policy.covered_repos,
        commentsApi: policy.reports.comments_api === true,
        labels,
        date,
        ...(input.reports.previous ? { previous: input.reports.previous } : {}),
        maxRemovalShare: policy.guards.max_removal_share,
        minAdmins: policy.membership.min_admins,
    };
    const changes = [];
    const guards = [];
    const current = input.reports.current;
    const title = reportTitle(report);
    const body = renderReportIssue(report, context);
    if (!current)
        changes.push({ kind: 'report-issue-create', repo, title, body, label: labels.report });
    else if (current.title !== title || current.body !== body)
        changes.push({ kind: 'report-issue-update', repo, number: current.number, url: current.url, title, body });
    if (current)
        for (const d of input.reports.duplicates ?? [])
            changes.push({
                kind: 'report-issue-close-duplicate',
                repo,
                number: d.number,
                url: d.url,
                of: current.number,
                body: `${duplicateReportMarker(current.number)}\nA second copy of the activity report #${current.number}, closed by the PSRT audit.\n`,
                comment: `Closed by the PSRT audit as a duplicate of #${current.number} (two audit runs at once, or an answer from GitHub that was lost): the report is kept current there.`,
            });
    const inactive = inactiveMembers(report);
    const open = input.prunePr.open;
    if (inactive.length > 0) {
        const remote = input.opsRoster === undefined
            ? undefined
            : input.opsRoster === input.rosterText
                ? roster
                : remoteRoster(input.opsRoster);
        const same = remote !== undefined && activeLogins(remote) === activeLogins(roster);
        guards.push({
            guard: 'roster-current',
            ok: same,
            detail: same
                ? `${input.rosterName} lists the same members as ${domain_roster/* ROSTER_PATH */.O0} on ${repo}'s default branch`
                : input.opsRoster === undefined
                    ? `${repo} has no ${domain_roster/* ROSTER_PATH */.O0} on its default branch: the pruning PR cannot be built`
                    : `${domain_roster/* ROSTER_PATH */.O0} on ${repo}'s default branch lists other members than ${input.rosterName}: update your checkout (git pull) and run again, so the report and the pruning PR describe the same roster`,
        });
        if (same && input.opsRoster !== undefined) {
            const reason = pruneReason(report);
            const moves = inactive.map((m) => ({
                login: m.login,
                ...(m.id !== undefined ? { id: m.id } : {}),
                left: date,
                reason,
            }));
            const issue = current ? { number: current.number, url: current.url } : undefined;
            const change = (0,tool_pr/* planToolPr */.a)({
                repo,
                branch: PRUNE_BRANCH,
                title: pruneTitle(inactive.length, report),
                body: renderPruneBody(report, context, issue, REPORT_ISSUE_PLACEHOLDER),
                commitMessage: `${pruneTitle(inactive.length, report)}\n\nPEP 811 yearly audit: ${moves.map((m) => m.login).join(', ')}.`,
                files: [{ path: domain_roster/* ROSTER_PATH */.O0, content: moveToEmeritus(input.opsRoster, moves) }],
                labels: [labels.prune],
                reviewers: { users: [], teams: [context.scTeam] },
            }, input.prunePr);
            if (change)
                changes.push(change);
        }
    }
    else if (open) {
        changes.push({
            kind: 'pr-close',
            repo,
            number: open.number,
            url: open.url,
            comment: 'Closed by the PSRT audit: nobody is inactive any more, so there is nothing to prune.',
        });
    }
    return {
        changes,
        notes: [],
        guards,
        report,
        context,
        inactive: inactive.map((m) => m.login),
        ...(current ? { reportIssue: { number: current.number, url: current.url } } : {}),
        ...(open && inactive.length > 0 ? { prunePr: { number: open.number, url: open.url } } : {}),
    };
}

// EXTERNAL MODULE: ./actions/lib/clients/github/failures.ts
var failures = __webpack_require__(9026);
// EXTERNAL MODULE: ./actions/lib/domain/policy.ts
var domain_policy = __webpack_require__(4189);
// EXTERNAL MODULE: ./actions/lib/jobs/reading.ts
var reading = __webpack_require__(3307);
// EXTERNAL MODULE: ./actions/lib/jobs/tool-pr.ts
var jobs_tool_pr = __webpack_require__(2764);
;// CONCATENATED MODULE: ./actions/lib/jobs/audit/read.ts







/** Map with at most `limit` calls in flight, results in input order. */
async function mapPool(items, limit, fn) {
    const out = new Array(items.length);
    let next = 0;
    const worker = async () => {
        for (let i = next++; i < items.length; i = next++)
            out[i] = await fn(items[i]);
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return out;
}
function reportIssue(i) {
    return {
        number: i.number,
        url: i.url,
        title: i.title,
        body: i.body,
        date: parseReportMarker(i.body)?.date ?? i.createdAt.slice(0, 10),
    };
}
async function readReports(gh, repo, label) {
    const chosen = chooseReportIssues(await gh.listLabelledIssues(repo, label, 'all'));
    return {
        ...(chosen.current ? { current: reportIssue(chosen.current) } : {}),
        ...(chosen.previous ? { previous: reportIssue(chosen.previous) } : {}),
        duplicates: chosen.duplicates.map(reportIssue),
    };
}
async function gatherActivity(deps, policy, labels, w, ctx) {
    const { gh } = deps;
    const ghFor = deps.ghFor ?? (() => gh);
    const limit = deps.concurrency ?? 8;
    const warnings = [];
    const activities = [];
    const forks = [];
    const commented = [];
    let advisoryCount = 0;
    const start = Date.parse(w.start);
    // Advisories are read per owner: a few repositories one by one, many through the org-wide lists.
    await mapPool([...(0,domain_policy/* reposByOwner */.ih)(policy.covered_repos)], limit, async ([owner, repos]) => {
        const what = repos.length === 1 ? repos[0] : `${repos.length} repositories of ${owner}`;
        const byRepo = await (0,reading/* reading */.h)(`the advisories of ${what}`, () => ghFor(owner).listAdvisoriesSince(owner, repos, w.start));
        for (const repo of repos) {
            const advisories = byRepo.get(repo.toLowerCase()) ?? [];
            advisoryCount += advisories.length;
            for (const a of advisories) {
                activities.push(...coordinatorActivity(a, w));
                if (a.private_fork && openDuring(a, w))
                    forks.push({ fork: a.private_fork.full_name, ghsa: a.ghsa_id });
                // A comment in the window updates the advisory: older ones cannot hold one.
                if (policy.reports.comments_api && a.updated_at && Date.parse(a.updated_at) >= start)
                    commented.push({ repo, ghsa: a.ghsa_id });
            }
        }
    });
    ctx.log.debug(`audit: ${advisoryCount} advisories in ${policy.covered_repos.length} repos; ${forks.length} private forks and ${commented.length} comment lists to read`);
    const forkResults = await mapPool(forks, limit, ({ fork, ghsa }) => (0,reading/* reading */.h)(`the private fork of ${ghsa}`, async () => {
        const { pulls, reviews } = await ghFor((0,domain_policy/* splitRepo */.D2)(fork).owner).listPullActivitySince(fork, w.start);
        return [
            ...pulls.flatMap((p) => datedActivity('fork-pull', p.user, p.at, p.url, ghsa, w)),
            ...reviews.flatMap((r) => datedActivity('fork-review', r.user, r.at, r.url, ghsa, w)),
        ];
    }));
    activities.push(...forkResults.flat());
    const privateRepos = new Set();
    const commentResults = await mapPool(commented, limit, async ({ repo, ghsa }) => {
        if (privateRepos.has(repo))
            return [];
        try {
            const comments = await ghFor((0,domain_policy/* splitRepo */.D2)(repo).owner).listAdvisoryComments(repo, ghsa, w.start);
            return comments.flatMap((c) => datedActivity('advisory-comment', c.user, c.at, c.url, ghsa, w));
        }
        catch (err) {
            // The preview serves public repositories only (404 on a private one): a documented limit, said
            // once per repo. Any other failure stops the audit.
            if (!(0,failures/* isNotFound */.c4)(err))
                return (0,reading/* reading */.h)(`the comments on ${ghsa}`, () => Promise.reject(err));
            if (!privateRepos.has(repo))
                warnings.push(`advisory comments of ${repo} cannot be read (the comments API serves public repositories only): comments there are not counted.`);
            privateRepos.add(repo);
            return [];
        }
    });
    activities.push(...commentResults.flat());
    const repo = policy.ops_repo;
    const numbers = new Set((await (0,reading/* reading */.h)(`the report issues of ${repo}`, () => gh.listLabelledIssuesSince(repo, labels.reportIssues, w.start))).map((i) => i.number));
    if (numbers.size > 0) {
        const comments = await (0,reading/* reading */.h)(`the comments of ${repo}`, () => gh.listIssueCommentsSince(repo, w.start));
        for (const c of comments)
            if (numbers.has(c.issue))
                activities.push(...datedActivity('report-comment', c.user, c.at, c.url, `${repo}#${c.issue}`, w));
    }
    // Reads ran in parallel: sort, so the same data always gives the same report.
    return { activities, warnings: warnings.sort() };
}
async function readExemptTeams(gh, policy) {
    const slugs = [
        ...new Set(Object.values(policy.membership.inactivity.exempt_roles).filter((t) => typeof t === 'string' && t !== '')),
    ];
    const teams = await Promise.all(slugs.map(async (slug) => {
        const members = await (0,reading/* reading */.h)(`the team ${policy.org}/${slug} (it proves an exempt role)`, () => gh.listTeamMembers(policy.org, slug));
        return [slug, members.map((m) => ({ login: m.login, id: m.id }))];
    }));
    return new Map(teams);
}
async function readAudit(config, deps, ctx) {
    const { policy } = config;
    const { gh } = deps;
    const repo = policy.ops_repo;
    const labels = auditLabels(policy);
    const reports = await (0,reading/* reading */.h)(`the report issues of ${repo}`, () => readReports(gh, repo, labels.report));
    const window = auditWindow(ctx.now(), policy.membership.inactivity.window_days, reports.previous?.date);
    const [gathered, teams, opsRoster, prunePr] = await Promise.all([
        gatherActivity(deps, policy, labels, window, ctx),
        readExemptTeams(gh, policy),
        (0,reading/* reading */.h)(`${domain_roster/* ROSTER_PATH */.O0} of ${repo}`, () => gh.readFile(repo, domain_roster/* ROSTER_PATH */.O0)),
        (0,reading/* reading */.h)(`the pruning pull request of ${repo}`, () => (0,jobs_tool_pr/* readToolPr */.rT)(gh, repo, PRUNE_BRANCH, [domain_roster/* ROSTER_PATH */.O0])),
    ]);
    return {
        reports,
        window,
        activities: gathered.activities,
        warnings: gathered.warnings,
        teams,
        ...(opsRoster ? { opsRoster: opsRoster.text } : {}),
        prunePr,
    };
}

// EXTERNAL MODULE: ./actions/lib/jobs/job.ts
var job = __webpack_require__(832);
;// CONCATENATED MODULE: ./actions/lib/jobs/audit.ts
// audit: PEP 811's yearly activity report and the pruning PR. read (jobs/audit/read.ts) → plan
// (domain/audit-plan.ts) → render (domain/audit-render.ts) → apply: one report issue and one pruning
// PR in the ops repo kept current.
//
// The previous report's date is recorded by the audit itself: each report issue (label
// `membership.inactivity.report_label`) carries a hidden marker `<!-- psrt-ops:activity-report
// date=… since=… -->`. The open report issue is the current report, updated in place by every run;
// once the Steering Council has decided, an admin closes it, and the next run opens a new one whose
// window starts at the newest closed report's date (its creation day when it has no marker).






async function applyAudit(plan, deps, ctx) {
    const { gh } = deps;
    let created;
    return (0,job/* applyInOrder */.g$)(plan.changes.map((c) => [c]), async ([c]) => {
        const change = c;
        switch (change.kind) {
            case 'report-issue-create': {
                const issue = await gh.createIssue(change.repo, {
                    title: change.title,
                    body: change.body,
                    labels: [change.label],
                });
                created = { number: issue.number, url: issue.url };
                return issue.url;
            }
            case 'report-issue-update':
                await gh.updateIssue(change.repo, change.number, { title: change.title, body: change.body });
                return change.url;
            case 'report-issue-close-duplicate':
                await gh.createComment(change.repo, change.number, change.comment);
                await gh.updateIssue(change.repo, change.number, { state: 'closed', body: change.body });
                return change.url;
            default: {
                // The pruning PR names the report issue opened a moment ago in this run.
                const pr = change.kind !== 'pr-close' && created
                    ? {
                        ...change,
                        pr: {
                            ...change.pr,
                            body: change.pr.body.replace(REPORT_ISSUE_PLACEHOLDER, ` Report: #${created.number}.`),
                        },
                    }
                    : change;
                return (0,jobs_tool_pr/* applyToolPr */.Hw)(gh, pr);
            }
        }
    }, ctx, (c) => describeAuditChange(c, plan.inactive));
}
const auditJob = {
    name: 'audit',
    read: (_settings, config, deps, ctx) => readAudit(config, deps, ctx),
    plan: (config, observed, settings, now) => planAudit({
        roster: config.roster,
        rosterText: config.membersSource.text,
        rosterName: settings.config.names?.members ?? settings.config.members,
        policy: config.policy,
        now,
        reports: observed.reports,
        window: observed.window,
        activities: observed.activities,
        warnings: observed.warnings,
        teams: observed.teams,
        ...(observed.opsRoster !== undefined ? { opsRoster: observed.opsRoster } : {}),
        prunePr: observed.prunePr,
    }, (text) => (0,roster_text/* rosterFromText */.z)(`${domain_roster/* ROSTER_PATH */.O0} (ops repo)`, text).roster),
    render: (plan, format, results) => format === 'markdown' ? renderAuditSummary(plan, results) : renderAuditText(plan, results),
    apply: applyAudit,
};
function runAudit(settings, deps, ctx) {
    return (0,job/* runJob */.b5)(auditJob, settings, deps, ctx);
}
/** The report issue and the open pruning PR after a run: the ones it created or found. */
function auditLinks(result) {
    const plan = result.plan;
    if (!plan)
        return {};
    const made = (kind) => result.results?.find((r) => r.change.kind === kind && r.status === 'done')?.detail;
    const reportIssue = made('report-issue-create') ?? plan.reportIssue?.url;
    const closed = result.results?.some((r) => r.change.kind === 'pr-close' && r.status === 'done');
    const pullRequest = closed ? undefined : (made('pr-open') ?? plan.prunePr?.url);
    return { ...(reportIssue ? { reportIssue } : {}), ...(pullRequest ? { pullRequest } : {}) };
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

//# sourceMappingURL=319.index.js.map