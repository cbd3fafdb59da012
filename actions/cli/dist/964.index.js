export const id = 964;
export const ids = [964];
export const modules = {

/***/ 4964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAudit: () => (/* binding */ runAudit)
});

// EXTERNAL MODULE: ./actions/lib/clients/github.ts + 1 modules
var github = __webpack_require__(9739);
// EXTERNAL MODULE: ./actions/lib/config/load.ts
var load = __webpack_require__(4101);
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
function ms(at) {
    return Date.parse(at);
}
/** The window's bounds as numbers, parsed once per window (the audit asks for every advisory). */
const boundsOf = new WeakMap();
function bounds(w) {
    let b = boundsOf.get(w);
    if (!b) {
        b = { start: ms(w.start), end: ms(w.end) };
        boundsOf.set(w, b);
    }
    return b;
}
/** Is `at` inside the window, bounds included? */
function inWindow(at, w) {
    if (!at)
        return false;
    const t = ms(at);
    const b = bounds(w);
    return t >= b.start && t <= b.end;
}
/** When the advisory stopped being open (published, closed or withdrawn), or undefined while it is open. */
function finishedAt(a) {
    if (a.state === 'triage' || a.state === 'draft')
        return undefined;
    const times = [a.published_at, a.closed_at, a.withdrawn_at].filter((t) => typeof t === 'string' && t !== '');
    return times.sort((x, y) => ms(x) - ms(y))[0] ?? a.updated_at ?? undefined;
}
/** Was the advisory open at some time in the window? */
function openDuring(a, w) {
    const b = bounds(w);
    if (!a.created_at || ms(a.created_at) > b.end)
        return false;
    const done = finishedAt(a);
    return done === undefined || ms(done) >= b.start;
}
/**
 * The coordinators of an advisory open during the window: `credits_detailed` (with ids) and `credits`
 * (logins only) together, one activity per person. A credit the person declined does not count.
 */
function coordinatorActivity(a, w) {
    if (!openDuring(a, w))
        return [];
    const done = finishedAt(a);
    const at = done !== undefined && ms(done) < bounds(w).end ? done : w.end;
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
    const ta = ms(a.at);
    const tb = ms(b.at);
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
function renderAuditChange(c) {
    switch (c.kind) {
        case 'report-issue':
            return c.action === 'create' ? `+ open the report issue "${c.title}"` : `~ update the report issue #${c.number}`;
        case 'prune-pr':
            return `${c.action === 'open' ? '+ open' : `~ update`} the pruning PR${c.number ? ` #${c.number}` : ''}: move ${c.moves.map((l) => `\`${l}\``).join(', ')} to emeritus`;
        case 'close-prune-pr':
            return `- close the pruning PR #${c.number} (${c.why})`;
    }
}
/** Day of a timestamp, for people. */
function day(at) {
    return at.slice(0, 10);
}
function reportDate(now) {
    return (0,roster_rules/* isoDay */.kh)(now);
}

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
    return r.last ? day(r.last.at) : `none since ${since}`;
}
function renderMemberTable(report, ctx, rows = report.rows) {
    const since = day(report.window.start);
    const lines = ['| Member | Status | Last activity | Evidence or exemption |', '|---|---|---|---|'];
    for (const r of ordered(rows)) {
        const warn = r.unverified.length > 0 ? ` (claims ${r.unverified.join(', ')}: not verified)` : '';
        lines.push(`| \`${r.member.login}\` ${(0,vote_render/* displayName */.QC)(r.member.name)} | ${STATUS_TEXT[r.status]} | ${lastActivity(r, since)} | ${evidence(r, ctx)}${(0,roster_summary/* cell */.Hn)(warn)} |`);
    }
    return lines.join('\n') + '\n';
}
function windowSentence(report, ctx) {
    const w = report.window;
    const from = day(w.start);
    const to = day(w.end);
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
    return `PSRT activity report (PEP 811) since ${day(report.window.start)}`;
}
function renderReportIssue(report, ctx) {
    const c = report.counts;
    const inactive = report.rows.filter((r) => r.status === 'inactive');
    const lines = [reportMarker(ctx.date, day(report.window.start)), ''];
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
    return `Move ${count} inactive member${count === 1 ? '' : 's'} to emeritus (PEP 811 audit since ${day(report.window.start)})`;
}
function pruneReason(report) {
    return `No activity on vulnerability reports from ${day(report.window.start)} to ${day(report.window.end)} (PEP 811 yearly audit)`;
}
function renderPruneBody(report, ctx, reportIssue) {
    const inactive = report.rows.filter((r) => r.status === 'inactive');
    const lines = [];
    lines.push(`Moves ${inactive.length} member${inactive.length === 1 ? '' : 's'} with no activity on a vulnerability report ${windowSentence(report, ctx)} to \`emeritus\` in members.yaml, with the date they left and why (PEP 811).${reportIssue ? ` Report: #${reportIssue.number}.` : ''}`);
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
function renderAuditSummary(report, ctx, changes, applied) {
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
    lines.push(changes.length === 0
        ? 'Nothing to change: the report issue and the pruning PR are current.'
        : applied
            ? `Done (${changes.length}):`
            : `Planned (${changes.length}, dry run; \`--apply\` to write):`);
    if (changes.length > 0) {
        lines.push('');
        lines.push('```');
        for (const ch of changes)
            lines.push(renderAuditChange(ch));
        lines.push('```');
    }
    return lines.join('\n') + '\n';
}
function renderAuditText(report, changes, applied) {
    const c = report.counts;
    const since = day(report.window.start);
    const lines = [
        `activity from ${since} to ${day(report.window.end)}${report.window.previousReport ? ` (previous report ${report.window.previousReport})` : ''}: ${c.inactive} inactive, ${c.active} active, ${c.exempt} exempt, ${c.new} new`,
    ];
    const width = Math.max(8, ...report.rows.map((r) => r.member.login.length));
    for (const r of ordered(report.rows)) {
        const what = r.last
            ? `${day(r.last.at)}  ${ACTIVITY_LABEL[r.last.kind]} ${r.last.on}  ${r.last.url}`
            : r.exemption
                ? `exempt: ${r.exemption.role} (team ${r.exemption.team})`
                : r.status === 'new'
                    ? `joined ${r.member.joined}`
                    : `no activity since ${since}`;
        lines.push(`  ${r.status.padEnd(8)} ${r.member.login.padEnd(width)}  ${what}`);
    }
    for (const w of report.warnings)
        lines.push(`warning: ${w.replace(/`/g, '')}`);
    lines.push(changes.length === 0
        ? 'nothing to change'
        : applied
            ? `done (${changes.length}):`
            : `planned (${changes.length}, dry run; --apply to write):`);
    for (const ch of changes)
        lines.push(`  ${renderAuditChange(ch)}`);
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./actions/lib/domain/findings.ts
var findings = __webpack_require__(2001);
// EXTERNAL MODULE: ./actions/lib/domain/policy.ts
var domain_policy = __webpack_require__(4189);
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
function entryMatches(item, move) {
    if (!(0,dist/* isMap */.jh)(item))
        return false;
    const id = item.get('id');
    if (move.id !== undefined && typeof id === 'number')
        return id === move.id;
    const login = item.get('login');
    return typeof login === 'string' && (0,domain_roster/* loginKey */.H$)(login) === (0,domain_roster/* loginKey */.H$)(move.login);
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
        // One pass to find every entry (a roster of thousands is moved in linear time).
        const byId = new Map();
        const byLogin = new Map();
        members.items.forEach((item, i) => {
            if (!(0,dist/* isMap */.jh)(item))
                return;
            const id = item.get('id');
            const login = item.get('login');
            if (typeof id === 'number' && !byId.has(id))
                byId.set(id, i);
            if (typeof login === 'string' && !byLogin.has((0,domain_roster/* loginKey */.H$)(login)))
                byLogin.set((0,domain_roster/* loginKey */.H$)(login), i);
        });
        const chosen = new Map();
        for (const move of moves) {
            const byPinned = move.id !== undefined ? byId.get(move.id) : undefined;
            const index = byPinned ?? byLogin.get((0,domain_roster/* loginKey */.H$)(move.login));
            if (index === undefined || !entryMatches(members.items[index], move))
                throw new Error(`\`${move.login}\` is not an active member in members.yaml`);
            chosen.set(index, move);
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

// EXTERNAL MODULE: ./actions/lib/errors.ts
var lib_errors = __webpack_require__(2863);
// EXTERNAL MODULE: ./actions/lib/jobs/github-read.ts
var github_read = __webpack_require__(2205);
// EXTERNAL MODULE: ./actions/lib/jobs/ops-pr.ts
var ops_pr = __webpack_require__(7114);
;// CONCATENATED MODULE: ./actions/lib/jobs/audit.ts












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
function audit_account(user) {
    return user ? { login: user.login, id: Number(user.id) } : undefined;
}
/** The open report issue (the current report) and the newest closed one (the previous report). */
async function readReports(gh, repo, label) {
    const { owner, repo: name } = (0,domain_policy/* splitRepo */.D2)(repo);
    // Not cached: the body holds the marker, and the cache keeps no bodies.
    const issues = await gh.rest.paginate(gh.rest.rest.issues.listForRepo, {
        owner,
        repo: name,
        labels: label,
        state: 'all',
        per_page: 100,
    });
    const reports = issues
        .filter((i) => !i.pull_request)
        .map((i) => ({
        number: i.number,
        url: i.html_url,
        title: i.title,
        body: i.body ?? '',
        date: parseReportMarker(i.body)?.date ?? i.created_at.slice(0, 10),
        open: i.state === 'open',
    }));
    const open = reports.filter((r) => r.open).sort((a, b) => b.number - a.number);
    const closed = reports.filter((r) => !r.open).sort((a, b) => b.date.localeCompare(a.date) || b.number - a.number);
    const strip = ({ open: _o, ...r }) => r;
    return { ...(open[0] ? { current: strip(open[0]) } : {}), ...(closed[0] ? { previous: strip(closed[0]) } : {}) };
}
async function advisoryComments(gh, repo, ghsa, w) {
    const { owner, repo: name } = (0,domain_policy/* splitRepo */.D2)(repo);
    // The comments preview is not in Octokit's types: the route is spelled out, the shape declared above.
    const comments = await gh.rest.paginate('GET /repos/{owner}/{repo}/security-advisories/{ghsa_id}/comments', {
        owner,
        repo: name,
        ghsa_id: ghsa,
        since: w.start,
        per_page: 100,
        ...github.CONDITIONAL,
    });
    return comments.flatMap((c) => datedActivity('advisory-comment', audit_account(c.user), c.created_at, c.html_url, ghsa, w));
}
/** A private fork's pulls (newest first, stopping at the window), their reviews, and its review comments. */
async function forkActivity(gh, fork, ghsa, w, limit) {
    const { owner, repo: name } = (0,domain_policy/* splitRepo */.D2)(fork);
    const pulls = await gh.rest.paginate(gh.rest.rest.pulls.list, { owner, repo: name, state: 'all', sort: 'updated', direction: 'desc', per_page: 100, ...github.CONDITIONAL }, (response, done) => {
        if (response.data.some((p) => ms(p.updated_at) < ms(w.start)))
            done();
        return response.data;
    });
    const recent = pulls.filter((p) => ms(p.updated_at) >= ms(w.start));
    const out = recent.flatMap((p) => datedActivity('fork-pull', audit_account(p.user), p.created_at, p.html_url, ghsa, w));
    if (recent.length === 0)
        return out;
    const reviews = await mapPool(recent, limit, (p) => gh.rest.paginate(gh.rest.rest.pulls.listReviews, {
        owner,
        repo: name,
        pull_number: p.number,
        per_page: 100,
        ...github.CONDITIONAL,
    }));
    for (const r of reviews.flat())
        out.push(...datedActivity('fork-review', audit_account(r.user), r.submitted_at, r.html_url, ghsa, w));
    const comments = await gh.rest.paginate(gh.rest.rest.pulls.listReviewCommentsForRepo, {
        owner,
        repo: name,
        since: w.start,
        per_page: 100,
        ...github.CONDITIONAL,
    });
    for (const c of comments)
        out.push(...datedActivity('fork-review-comment', audit_account(c.user), c.created_at, c.html_url, ghsa, w));
    return out;
}
/** Comments on the ops repo's report issues: the labelled issues updated in the window, then one comment list. */
async function reportIssueComments(gh, repo, label, w) {
    const { owner, repo: name } = (0,domain_policy/* splitRepo */.D2)(repo);
    const issues = await gh.rest.paginate(gh.rest.rest.issues.listForRepo, {
        owner,
        repo: name,
        labels: label,
        state: 'all',
        since: w.start,
        per_page: 100,
        ...github.CONDITIONAL,
    });
    const numbers = new Set(issues.filter((i) => !i.pull_request).map((i) => i.number));
    if (numbers.size === 0)
        return [];
    const comments = await gh.rest.paginate(gh.rest.rest.issues.listCommentsForRepo, {
        owner,
        repo: name,
        since: w.start,
        per_page: 100,
        ...github.CONDITIONAL,
    });
    return comments.flatMap((c) => {
        // issue_url is an API link, which cached answers do not keep; html_url names the issue too.
        const number = Number(/\/issues\/(\d+)$/.exec(c.issue_url ?? '')?.[1] ?? /\/(?:issues|pull)\/(\d+)#/.exec(c.html_url)?.[1]);
        return numbers.has(number)
            ? datedActivity('report-comment', audit_account(c.user), c.created_at, c.html_url, `${repo}#${number}`, w)
            : [];
    });
}
function readFailure(what, err) {
    return `${what}: ${(0,github.describeReadFailure)(err)}. Activity there is not counted, so members may show as inactive wrongly.`;
}
async function gatherActivity(gh, ghFor, policy, labels, w, limit, ctx) {
    const warnings = [];
    const activities = [];
    const forks = [];
    const commented = [];
    let advisoryCount = 0;
    // Advisories are read per owner: a few repositories one by one, many through the org-wide lists.
    await mapPool([...(0,domain_policy/* reposByOwner */.ih)(policy.covered_repos)], limit, async ([owner, repos]) => {
        let byRepo;
        try {
            byRepo = await (0,github_read/* listAdvisoriesSince */.OU)(ghFor(owner), owner, repos, w.start);
        }
        catch (err) {
            if ((0,github.statusOf)(err) === 404 || (0,github.statusOf)(err) === 403) {
                warnings.push(readFailure(`the advisories of ${repos.length === 1 ? repos[0] : `${repos.length} repositories of ${owner}`}`, err));
                return;
            }
            throw err;
        }
        for (const repo of repos) {
            const advisories = byRepo.get(repo.toLowerCase()) ?? [];
            advisoryCount += advisories.length;
            // Only what the audit needs is kept (a GHSA id, dates, coordinators, the fork), not the records.
            for (const a of advisories) {
                activities.push(...coordinatorActivity(a, w));
                if (a.private_fork && openDuring(a, w))
                    forks.push({ fork: a.private_fork.full_name, ghsa: a.ghsa_id });
                // A comment in the window updates the advisory: older ones cannot hold one.
                if (policy.reports.comments_api && a.updated_at && ms(a.updated_at) >= ms(w.start))
                    commented.push({ repo, ghsa: a.ghsa_id });
            }
        }
    });
    ctx.log.debug(`audit: ${advisoryCount} advisories in ${policy.covered_repos.length} repos; ${forks.length} private forks and ${commented.length} comment lists to read`);
    const privateRepos = new Set();
    const forkResults = await mapPool(forks, limit, async ({ fork, ghsa }) => {
        try {
            return await forkActivity(ghFor((0,domain_policy/* splitRepo */.D2)(fork).owner), fork, ghsa, w, limit);
        }
        catch (err) {
            if ((0,github.statusOf)(err) === 404 || (0,github.statusOf)(err) === 403) {
                warnings.push(readFailure(`the private fork of ${ghsa} (${fork})`, err));
                return [];
            }
            throw err;
        }
    });
    activities.push(...forkResults.flat());
    const commentResults = await mapPool(commented, limit, async ({ repo, ghsa }) => {
        if (privateRepos.has(repo))
            return [];
        try {
            return await advisoryComments(ghFor((0,domain_policy/* splitRepo */.D2)(repo).owner), repo, ghsa, w);
        }
        catch (err) {
            // The preview serves public repositories only (404 on a private one): say so once per repo.
            if ((0,github.isNotFound)(err) || (0,github.statusOf)(err) === 403) {
                if (!privateRepos.has(repo))
                    warnings.push(`advisory comments of ${repo} cannot be read (the comments API serves public repositories only): comments there are not counted.`);
                privateRepos.add(repo);
                return [];
            }
            throw err;
        }
    });
    activities.push(...commentResults.flat());
    activities.push(...(await reportIssueComments(gh, policy.ops_repo, labels.reportIssues, w)));
    // Reads ran in parallel: sort, so the same data always gives the same report.
    return { activities, warnings: warnings.sort() };
}
async function readExemptTeams(gh, policy) {
    const teams = new Map();
    const slugs = [
        ...new Set(Object.values(policy.membership.inactivity.exempt_roles).filter((t) => typeof t === 'string' && t !== '')),
    ];
    await Promise.all(slugs.map(async (slug) => {
        try {
            teams.set(slug, (await (0,github_read/* listTeamMembers */.vw)(gh, policy.org, slug)).map((u) => ({ login: u.login, id: Number(u.id) })));
        }
        catch (err) {
            if (!(0,github.isNotFound)(err))
                throw err;
            teams.set(slug, undefined);
        }
    }));
    return teams;
}
// ---------------------------------------------------------------------------------------------
// The job
function activeLogins(roster) {
    return roster.members
        .map((m) => (0,domain_roster/* loginKey */.H$)(m.login))
        .sort()
        .join(',');
}
async function runAudit(settings, gh, ctx, ghFor = () => gh) {
    const now = ctx.now();
    const loaded = await (0,load/* loadConfig */.Z9)(settings.config, now);
    if (!loaded.config) {
        const errors = loaded.diagnostics.filter((d) => d.severity === 'error').map(findings/* formatDiagnostic */.xy);
        throw new lib_errors/* UserError */.yo(`the roster or policy has errors; fix them first (npx psrt validate):\n  ${errors.slice(0, 10).join('\n  ')}`);
    }
    const { roster, policy } = loaded.config;
    const repo = policy.ops_repo;
    const rosterPath = settings.rosterPath ?? 'members.yaml';
    const limit = settings.concurrency ?? 8;
    const labels = auditLabels(policy);
    // read
    const reports = await readReports(gh, repo, labels.report);
    const window = auditWindow(now, policy.membership.inactivity.window_days, reports.previous?.date);
    const [gathered, teams] = await Promise.all([
        gatherActivity(gh, ghFor, policy, labels, window, limit, ctx),
        readExemptTeams(gh, policy),
    ]);
    // plan
    const report = auditMembers({
        members: roster.members,
        window,
        activities: gathered.activities,
        org: policy.org,
        exemptRoles: policy.membership.inactivity.exempt_roles,
        teams,
    });
    report.warnings.push(...gathered.warnings);
    const date = reportDate(now);
    const rctx = {
        org: policy.org,
        scTeam: policy.membership.vote.veto_team,
        opsRepo: repo,
        coveredRepos: policy.covered_repos,
        commentsApi: policy.reports.comments_api === true,
        labels,
        date,
        ...(reports.previous ? { previous: { number: reports.previous.number, url: reports.previous.url } } : {}),
        maxRemovalShare: policy.guards.max_removal_share,
        minAdmins: policy.membership.min_admins,
    };
    const changes = [];
    const issueTitle = reportTitle(report);
    const issueBody = renderReportIssue(report, rctx);
    if (!reports.current)
        changes.push({ kind: 'report-issue', action: 'create', title: issueTitle });
    else if (reports.current.title !== issueTitle || reports.current.body !== issueBody)
        changes.push({ kind: 'report-issue', action: 'update', number: reports.current.number, title: issueTitle });
    const inactive = inactiveMembers(report);
    const existing = await (0,ops_pr/* findOpenPullRequest */.a)(gh, repo, PRUNE_BRANCH);
    let prune;
    if (inactive.length > 0) {
        const main = await (0,github_read/* readTextFile */.Gu)(gh, repo, rosterPath);
        if (!main)
            throw new lib_errors/* UserError */.yo(`${repo} has no ${rosterPath} on its default branch: the pruning PR cannot be built.`);
        // The same file as the local one (the usual case) needs no second parse.
        const remote = main.text === loaded.config.membersSource.text
            ? { roster }
            : (0,roster_text/* rosterFromText */.z)(`${rosterPath} (${repo})`, main.text);
        if (!remote.roster || activeLogins(remote.roster) !== activeLogins(roster)) {
            throw new lib_errors/* UserError */.yo(`${rosterPath} on ${repo}'s default branch lists other members than ${settings.config.members}: update your checkout (git pull) and run again, so the report and the pruning PR describe the same roster.`);
        }
        const reason = pruneReason(report);
        const moves = inactive.map((m) => ({
            login: m.login,
            ...(m.id !== undefined ? { id: m.id } : {}),
            left: date,
            reason,
        }));
        let pruned;
        prune = {
            path: rosterPath,
            title: pruneTitle(inactive.length, report),
            body: (issue) => renderPruneBody(report, rctx, issue),
            text: () => (pruned ??= moveToEmeritus(main.text, moves)),
            moves,
        };
        const current = reports.current ? { number: reports.current.number, url: reports.current.url } : undefined;
        if (!existing)
            changes.push({ kind: 'prune-pr', action: 'open', moves: moves.map((m) => m.login) });
        else if (!(await pruneCurrent(gh, repo, rosterPath, existing, prune, current))) {
            changes.push({ kind: 'prune-pr', action: 'update', number: existing.number, moves: moves.map((m) => m.login) });
        }
    }
    else if (existing) {
        changes.push({ kind: 'close-prune-pr', number: existing.number, why: 'nobody is inactive any more' });
    }
    // apply
    let reportIssue = reports.current ? { number: reports.current.number, url: reports.current.url } : undefined;
    let prunePr = existing ? { number: existing.number, url: existing.url } : undefined;
    if (settings.apply && changes.length > 0) {
        const applied = await applyAudit(gh, repo, changes, { title: issueTitle, body: issueBody, label: labels.report }, prune, labels, rctx.scTeam, reportIssue, ctx);
        reportIssue = applied.reportIssue ?? reportIssue;
        prunePr = changes.some((c) => c.kind === 'close-prune-pr') ? undefined : (applied.prunePr ?? prunePr);
    }
    return {
        report,
        changes,
        applied: settings.apply,
        inactive: inactive.map((m) => m.login),
        ...(reportIssue ? { reportIssue } : {}),
        ...(prunePr ? { prunePr } : {}),
        summary: renderAuditSummary(report, rctx, changes, settings.apply),
        text: renderAuditText(report, changes, settings.apply),
    };
}
/** Does the open pruning PR already say and hold what this run would write? */
async function pruneCurrent(gh, repo, rosterPath, existing, prune, issue) {
    if (existing.title !== prune.title || existing.body !== prune.body(issue))
        return false;
    const head = await (0,github_read/* readTextFile */.Gu)(gh, repo, rosterPath, existing.headSha);
    return head?.text === prune.text();
}
async function applyAudit(gh, repo, changes, issue, prune, labels, scTeam, current, ctx) {
    const { owner, repo: name } = (0,domain_policy/* splitRepo */.D2)(repo);
    let reportIssue = current;
    let prunePr;
    for (const c of changes) {
        switch (c.kind) {
            case 'report-issue': {
                if (c.action === 'create') {
                    const { data } = await gh.rest.rest.issues.create({
                        owner,
                        repo: name,
                        title: issue.title,
                        body: issue.body,
                        labels: [issue.label],
                    });
                    reportIssue = { number: data.number, url: data.html_url };
                    ctx.log.info(`opened the report issue ${data.html_url}`);
                }
                else {
                    await gh.rest.rest.issues.update({
                        owner,
                        repo: name,
                        issue_number: c.number,
                        title: issue.title,
                        body: issue.body,
                    });
                    ctx.log.info(`updated the report issue #${c.number}`);
                }
                break;
            }
            case 'prune-pr': {
                const p = prune;
                const result = await (0,ops_pr/* upsertPullRequest */._)(gh, {
                    repo,
                    branch: PRUNE_BRANCH,
                    title: p.title,
                    body: p.body(reportIssue),
                    commitMessage: `${p.title}\n\nPEP 811 yearly audit: ${p.moves.map((m) => m.login).join(', ')}.`,
                    files: [{ path: p.path, content: p.text() }],
                    labels: [labels.prune],
                    reviewers: { teams: [scTeam] },
                });
                prunePr = { number: result.number, url: result.url };
                ctx.log.info(`pruning PR ${result.action}: ${result.url}`);
                break;
            }
            case 'close-prune-pr': {
                await gh.rest.rest.issues.createComment({
                    owner,
                    repo: name,
                    issue_number: c.number,
                    body: 'Closed by the PSRT audit: nobody is inactive any more, so there is nothing to prune.',
                });
                await gh.rest.rest.pulls.update({ owner, repo: name, pull_number: c.number, state: 'closed' });
                ctx.log.info(`closed the pruning PR #${c.number}: nobody is inactive any more`);
                break;
            }
        }
    }
    return { ...(reportIssue ? { reportIssue } : {}), ...(prunePr ? { prunePr } : {}) };
}


/***/ })

};
