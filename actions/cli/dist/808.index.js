export const id = 808;
export const ids = [808];
export const modules = {

/***/ 8818:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h3: () => (/* binding */ setGrant),
/* harmony export */   i: () => (/* binding */ newReportText),
/* harmony export */   uN: () => (/* binding */ setInReport)
/* harmony export */ });
/* unused harmony exports deleteInReport, removeGrant */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _roster_edit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7853);


/** Set a value at a path, creating the mappings on the way. */
function setInReport(text, path, value) {
    return (0,_roster_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .editYaml */ .aL)(text, (doc) => {
        doc.setIn(path, doc.createNode(value));
    });
}
/** Remove the value at a path (nothing when absent); an emptied mapping or list is removed too. */
function deleteInReport(text, path) {
    return editYaml(text, (doc) => {
        if (!doc.hasIn(path))
            return;
        doc.deleteIn(path);
        for (let depth = path.length - 1; depth > 0; depth--) {
            const parent = doc.getIn(path.slice(0, depth), true);
            if ((isMap(parent) || isSeq(parent)) && parent.items.length === 0)
                doc.deleteIn(path.slice(0, depth));
            else
                break;
        }
    });
}
function grantsOf(doc) {
    const node = doc.get('access', true);
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) ? node.toJSON() : [];
}
/** Add or replace the grant of `grant.login` (logins compare case-insensitively). */
function setGrant(text, grant) {
    return (0,_roster_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .editYaml */ .aL)(text, (doc) => {
        const at = grantsOf(doc).findIndex((g) => g.login.toLowerCase() === grant.login.toLowerCase());
        if (at >= 0) {
            doc.setIn(['access', at, 'until'], grant.until);
            doc.setIn(['access', at, 'reason'], grant.reason);
            return;
        }
        if (doc.has('access'))
            doc.get('access', true).add(doc.createNode(grant));
        else
            doc.set('access', doc.createNode([grant]));
    });
}
/** Remove the grant of `login`; the `access` list goes when it is emptied. */
function removeGrant(text, login) {
    const doc = parseDocument(text);
    const at = grantsOf(doc).findIndex((g) => g.login.toLowerCase() === login.toLowerCase());
    return at < 0 ? text : deleteInReport(text, ['access', at]);
}
/** A new report file's text: a comment saying what it is, then the fields. */
function newReportText(report, comment) {
    const header = comment
        .split('\n')
        .map((l) => `# ${l}`.trimEnd())
        .join('\n');
    return `${header}\n${(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(report, _roster_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .YAML_STYLE */ .GQ)}`;
}


/***/ }),

/***/ 6234:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ unifiedDiff)
/* harmony export */ });
/* unused harmony export lineEdits */
// A unified diff of two texts, line by line (Myers' shortest edit script), for the commands that show a
// file edit before proposing it (`psrt grant --dry-run`). Pure and small: report files are short, and the
// output reads like `diff -u` / `git diff` (hunks with three lines of context, "\ No newline at end of file").
function splitLines(text) {
    if (text === '')
        return { lines: [], missingFinalNewline: false };
    const lines = text.split('\n');
    const missingFinalNewline = lines[lines.length - 1] !== '';
    if (!missingFinalNewline)
        lines.pop();
    return { lines, missingFinalNewline };
}
/** The shortest edit script from `a` to `b`, as kept, removed and added lines in order. */
function lineEdits(a, b) {
    const n = a.length;
    const m = b.length;
    const max = n + m;
    const offset = max + 1;
    // v[k + offset]: the furthest x reached on diagonal k; one snapshot per step d to walk back.
    const v = new Int32Array(2 * max + 3);
    const trace = [];
    let found = false;
    for (let d = 0; d <= max && !found; d++) {
        trace.push(v.slice());
        for (let k = -d; k <= d; k += 2) {
            const down = k === -d || (k !== d && v[k - 1 + offset] < v[k + 1 + offset]);
            let x = down ? v[k + 1 + offset] : v[k - 1 + offset] + 1;
            let y = x - k;
            while (x < n && y < m && a[x] === b[y]) {
                x++;
                y++;
            }
            v[k + offset] = x;
            if (x >= n && y >= m) {
                found = true;
                break;
            }
        }
    }
    // Walk back from (n, m) through the snapshots: each step d undoes one removal or addition.
    const edits = [];
    let x = n;
    let y = m;
    for (let d = trace.length - 1; d >= 0; d--) {
        const before = trace[d];
        const k = x - y;
        const down = k === -d || (k !== d && before[k - 1 + offset] < before[k + 1 + offset]);
        const prevK = down ? k + 1 : k - 1;
        const prevX = d === 0 ? 0 : before[prevK + offset];
        const prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
            edits.push({ op: ' ', line: a[--x] });
            y--;
        }
        if (d === 0)
            break;
        if (down)
            edits.push({ op: '+', line: b[--y] });
        else
            edits.push({ op: '-', line: a[--x] });
    }
    // The first snapshot's diagonal run (d = 0) is walked by the loop above; anything left is common.
    while (x > 0 && y > 0) {
        edits.push({ op: ' ', line: a[--x] });
        y--;
    }
    return edits.reverse();
}
function hunkRange(start, count) {
    // As diff -u: an empty range names the line before it; a single line has no count.
    if (count === 0)
        return `${start - 1},0`;
    return count === 1 ? `${start}` : `${start},${count}`;
}
/**
 * The unified diff from `before` to `after` (undefined: the file does not exist), or '' when they are
 * equal. Lines end with "\n"; a last line without a newline is marked as `diff` marks it.
 */
function unifiedDiff(before, after, options) {
    if ((before ?? '') === (after ?? '') && (before === undefined) === (after === undefined))
        return '';
    const a = splitLines(before ?? '');
    const b = splitLines(after ?? '');
    // A changed final newline makes the last lines differ, as in diff -u.
    const aLines = a.lines.map((l, i) => (i === a.lines.length - 1 && a.missingFinalNewline ? `${l}\u0000` : l));
    const bLines = b.lines.map((l, i) => (i === b.lines.length - 1 && b.missingFinalNewline ? `${l}\u0000` : l));
    const edits = lineEdits(aLines, bLines);
    const context = options.context ?? 3;
    // Group changes into hunks: changes with at most 2 × context unchanged lines between them share one.
    const changed = edits.map((e, i) => (e.op === ' ' ? -1 : i)).filter((i) => i >= 0);
    const out = [
        `--- ${before === undefined ? '/dev/null' : options.oldName}`,
        `+++ ${after === undefined ? '/dev/null' : options.newName}`,
    ];
    let at = 0;
    while (at < changed.length) {
        let end = at;
        while (end + 1 < changed.length && changed[end + 1] - changed[end] <= 2 * context + 1)
            end++;
        const from = Math.max(0, changed[at] - context);
        const to = Math.min(edits.length, changed[end] + context + 1);
        // Line numbers where the hunk starts: lines of each side before `from`.
        let oldStart = 1;
        let newStart = 1;
        for (let i = 0; i < from; i++) {
            if (edits[i].op !== '+')
                oldStart++;
            if (edits[i].op !== '-')
                newStart++;
        }
        const slice = edits.slice(from, to);
        const oldCount = slice.filter((e) => e.op !== '+').length;
        const newCount = slice.filter((e) => e.op !== '-').length;
        out.push(`@@ -${hunkRange(oldStart, oldCount)} +${hunkRange(newStart, newCount)} @@`);
        for (const e of slice) {
            if (e.line.endsWith('\u0000'))
                out.push(`${e.op}${e.line.slice(0, -1)}`, '\\ No newline at end of file');
            else
                out.push(`${e.op}${e.line}`);
        }
        at = end + 1;
    }
    return `${out.join('\n')}\n`;
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

/***/ 6056:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eh: () => (/* binding */ locateAdvisory),
/* harmony export */   GM: () => (/* binding */ refusedPlan),
/* harmony export */   NY: () => (/* binding */ editedReportProblem),
/* harmony export */   SE: () => (/* binding */ soundReportFile),
/* harmony export */   VS: () => (/* binding */ advisoryNotFound),
/* harmony export */   j_: () => (/* binding */ renderReportEdit),
/* harmony export */   je: () => (/* binding */ unchangedNotes),
/* harmony export */   uX: () => (/* binding */ utcDatePlusDays),
/* harmony export */   zh: () => (/* binding */ applyReportEdit)
/* harmony export */ });
/* harmony import */ var _clients_github_failures_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9026);
/* harmony import */ var _config_report_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3849);
/* harmony import */ var _domain_findings_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2001);
/* harmony import */ var _domain_plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7048);
/* harmony import */ var _domain_report_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9200);
/* harmony import */ var _domain_tool_pr_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8656);
/* harmony import */ var _domain_text_diff_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6234);
/* harmony import */ var _job_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(832);
/* harmony import */ var _tool_pr_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2764);









/**
 * The advisory `ghsa` in the first of `repos` that holds it, or undefined when none does (GitHub answers
 * 404 both for an advisory that does not exist and for one the token cannot see). Any other failure throws.
 */
async function locateAdvisory(gh, repos, ghsa) {
    for (const repo of repos) {
        try {
            return { repo, advisory: await gh.getAdvisory(repo, ghsa) };
        }
        catch (err) {
            if (!(0,_clients_github_failures_js__WEBPACK_IMPORTED_MODULE_0__/* .isNotFound */ .c4)(err))
                throw err;
        }
    }
    return undefined;
}
/** Why an advisory was not found, naming where it was looked for. */
function advisoryNotFound(ghsa, searched, fromReportFile) {
    return fromReportFile
        ? `${ghsa} is not an advisory of ${searched.join(', ')}, the repository ${(0,_domain_report_file_js__WEBPACK_IMPORTED_MODULE_4__/* .reportFilePath */ .KL)(ghsa)} names (or the token cannot read it): check the id and the file.`
        : `${ghsa} is not an advisory of any covered repository (${searched.join(', ')}), or the token cannot read it: check the id.`;
}
/** The report file's data when the text is a sound report file (it passes psrt validate). */
function soundReportFile(path, text, policy, now) {
    return text === undefined ? undefined : (0,_config_report_files_js__WEBPACK_IMPORTED_MODULE_1__/* .parseReportText */ .VC)(path, text, policy, now).report;
}
/**
 * Why an edited report file may not be proposed, or undefined when it passes `psrt validate`'s checks
 * (schema and rules, at file:line:col). A file that did not pass before the edit is refused too: fix it first.
 */
function editedReportProblem(path, text, policy, now, before) {
    const errors = (0,_config_report_files_js__WEBPACK_IMPORTED_MODULE_1__/* .parseReportText */ .VC)(path, text, policy, now).diagnostics.filter((d) => d.severity === 'error');
    if (errors.length === 0)
        return undefined;
    const broken = before !== undefined && (0,_config_report_files_js__WEBPACK_IMPORTED_MODULE_1__/* .parseReportText */ .VC)(path, before, policy, now).diagnostics.some((d) => d.severity === 'error');
    const lead = broken
        ? `${path} on the ops repository's default branch does not pass psrt validate: fix it first`
        : `the edited ${path} would not pass psrt validate`;
    return `${lead}:\n${errors.map((d) => `  ${(0,_domain_findings_js__WEBPACK_IMPORTED_MODULE_5__/* .formatDiagnostic */ .xy)(d)}`).join('\n')}`;
}
/** A refused plan: no change, the reason, nothing else. */
function refusedPlan(job, opsRepo, ghsa, refusal) {
    return { job, opsRepo, ghsa, intent: [], changes: [], notes: [], guards: [], refusal };
}
/** Notes when the edit needs no PR: the default branch, or the open PR, already says it. */
function unchangedNotes(path, observed, after, change) {
    if (change)
        return [];
    if (observed.text === after)
        return [{ level: 'info', text: `${path} already says this: nothing to change.` }];
    const open = observed.pr.open;
    return open ? [{ level: 'info', text: `pull request #${open.number} already proposes this (${open.url}).` }] : [];
}
function renderReportEdit(plan, format, results) {
    const md = format === 'markdown';
    const lines = [md ? `## ${(0,_domain_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .headline */ .Pl)(plan.job, plan, results)}` : (0,_domain_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .headline */ .Pl)(plan.job, plan, results)];
    if (plan.refusal !== undefined) {
        lines.push('', `Refused: ${plan.refusal}`);
        return `${lines.join('\n')}\n`;
    }
    lines.push('', ...plan.intent.map((l) => (md ? `- ${l}` : `  ${l}`)));
    if (plan.notes.length > 0)
        lines.push(...plan.notes.map((n) => (0,_domain_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .renderNote */ .NS)(n, format)));
    const status = new Map(results?.map((r) => [r.change, r]));
    if (plan.changes.length > 0) {
        lines.push('', ...plan.changes.map((c) => (0,_domain_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .withResult */ .ox)((0,_domain_tool_pr_js__WEBPACK_IMPORTED_MODULE_6__/* .describeToolPrChange */ .M)(c), status.get(c))));
        for (const r of results ?? [])
            if (r.detail)
                lines.push(`Pull request: ${r.detail}`);
        lines.push(...(0,_domain_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .renderResultsLine */ .$0)(results, format));
    }
    const diff = plan.file
        ? (0,_domain_text_diff_js__WEBPACK_IMPORTED_MODULE_7__/* .unifiedDiff */ .W)(plan.file.before, plan.file.after, { oldName: `a/${plan.file.path}`, newName: `b/${plan.file.path}` })
        : '';
    if (!results && plan.changes.length > 0 && diff !== '') {
        lines.push('', `Dry run: the pull request in ${plan.opsRepo} would make this change (nothing was written):`);
        lines.push(md ? `\n\`\`\`diff\n${diff}\`\`\`` : `\n${diff.trimEnd()}`);
    }
    return `${lines.join('\n')}\n`;
}
/** Apply a report-file edit: its one PR change. */
function applyReportEdit(plan, gh, ctx) {
    return (0,_job_js__WEBPACK_IMPORTED_MODULE_3__/* .applyInOrder */ .g$)(plan.changes.map((c) => [c]), ([c]) => (0,_tool_pr_js__WEBPACK_IMPORTED_MODULE_8__/* .applyToolPr */ .Hw)(gh, c), ctx, _domain_tool_pr_js__WEBPACK_IMPORTED_MODULE_6__/* .describeToolPrChange */ .M);
}
/** Today's date (UTC) plus `days`, as YYYY-MM-DD. */
function utcDatePlusDays(now, days) {
    const start = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
    return new Date(start + days * 86_400_000).toISOString().slice(0, 10);
}


/***/ }),

/***/ 1952:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $z: () => (/* binding */ readReportPr),
/* harmony export */   hJ: () => (/* binding */ reportBranch),
/* harmony export */   ww: () => (/* binding */ planReportPr)
/* harmony export */ });
/* harmony import */ var _domain_report_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9200);
/* harmony import */ var _domain_tool_pr_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8656);
/* harmony import */ var _reading_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3307);
/* harmony import */ var _tool_pr_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2764);




/** The tool branch for one report and purpose, e.g. `psrt/report/GHSA-…/grant-octocat`. */
function reportBranch(ghsa, purpose) {
    return `psrt/report/${ghsa}/${purpose.replace(/[^A-Za-z0-9._-]+/g, '-')}`;
}
async function readReportPr(gh, opsRepo, ghsa, purpose) {
    const path = (0,_domain_report_file_js__WEBPACK_IMPORTED_MODULE_1__/* .reportFilePath */ .KL)(ghsa);
    const [file, pr] = await Promise.all([
        (0,_reading_js__WEBPACK_IMPORTED_MODULE_0__/* .reading */ .h)(`${path} of ${opsRepo}`, () => gh.readFile(opsRepo, path)),
        (0,_reading_js__WEBPACK_IMPORTED_MODULE_0__/* .reading */ .h)(`the ${purpose} pull request of ${ghsa}`, () => (0,_tool_pr_js__WEBPACK_IMPORTED_MODULE_2__/* .readToolPr */ .rT)(gh, opsRepo, reportBranch(ghsa, purpose), [path])),
    ]);
    return { ...(file ? { text: file.text } : {}), pr };
}
/**
 * The PR change that writes `content` (the edited report file) for review, or undefined when the
 * default branch already holds it (and no PR of this purpose is open) or the open PR already does.
 */
function planReportPr(spec, observed, content) {
    if (observed.text === content && !observed.pr.open)
        return undefined;
    const desired = {
        repo: spec.opsRepo,
        branch: reportBranch(spec.ghsa, spec.purpose),
        title: spec.title,
        body: spec.body,
        commitMessage: spec.title,
        files: [{ path: (0,_domain_report_file_js__WEBPACK_IMPORTED_MODULE_1__/* .reportFilePath */ .KL)(spec.ghsa), content }],
        labels: spec.labels ?? ['psrt-ops'],
        reviewers: spec.reviewers ?? { users: [], teams: [] },
    };
    // Merged already (the default branch holds the content): close a PR left open with nothing to add.
    return (0,_domain_tool_pr_js__WEBPACK_IMPORTED_MODULE_3__/* .planToolPr */ .a)(observed.text === content ? undefined : desired, observed.pr, 'Closed by psrt-ops: the report file already says this.', spec.opsRepo);
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

//# sourceMappingURL=808.index.js.map