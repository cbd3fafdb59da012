export const id = 827;
export const ids = [827];
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

/***/ 3827:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPinIds: () => (/* binding */ runPinIds)
/* harmony export */ });
/* unused harmony exports PIN_BRANCH, planPinIds, renderPinIds, pinIdsJob */
/* harmony import */ var _domain_plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7048);
/* harmony import */ var _domain_roster_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8764);
/* harmony import */ var _domain_roster_edit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7853);
/* harmony import */ var _domain_tool_pr_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8656);
/* harmony import */ var _job_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(832);
/* harmony import */ var _reading_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3307);
/* harmony import */ var _tool_pr_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2764);








const PIN_BRANCH = 'psrt/pin-ids';
function unpinnedLogins({ roster }) {
    return roster.members.filter((m) => m.id === undefined).map((m) => m.login);
}
async function readPinIds(config, deps) {
    const { gh } = deps;
    const repo = config.policy.ops_repo;
    const profiles = await (0,_reading_js__WEBPACK_IMPORTED_MODULE_3__/* .reading */ .h)('the ids of members without one', () => gh.profilesByLogin(unpinnedLogins(config)));
    if (![...profiles.values()].some((p) => p !== null))
        return { profiles };
    const [file, pr] = await Promise.all([
        (0,_reading_js__WEBPACK_IMPORTED_MODULE_3__/* .reading */ .h)(`${_domain_roster_js__WEBPACK_IMPORTED_MODULE_4__/* .ROSTER_PATH */ .O0} of ${repo}`, () => gh.readFile(repo, _domain_roster_js__WEBPACK_IMPORTED_MODULE_4__/* .ROSTER_PATH */ .O0)),
        (0,_reading_js__WEBPACK_IMPORTED_MODULE_3__/* .reading */ .h)(`the pin-ids pull request of ${repo}`, () => (0,_tool_pr_js__WEBPACK_IMPORTED_MODULE_5__/* .readToolPr */ .rT)(gh, repo, PIN_BRANCH, [_domain_roster_js__WEBPACK_IMPORTED_MODULE_4__/* .ROSTER_PATH */ .O0])),
    ]);
    return { profiles, ...(file ? { opsRoster: file.text } : {}), pr };
}
function planPinIds(config, observed) {
    const repo = config.policy.ops_repo;
    const unpinned = unpinnedLogins(config);
    const found = unpinned.flatMap((login) => {
        const p = observed.profiles.get(login);
        return p ? [{ login, id: p.id, current: p.login }] : [];
    });
    const missing = unpinned.filter((login) => !observed.profiles.get(login));
    const notes = missing.map((l) => ({
        level: 'warning',
        text: `\`${l}\`: GitHub has no such account (renamed or deleted?): fix members.yaml by hand.`,
    }));
    const changes = [];
    if (found.length > 0 && observed.pr) {
        if (observed.opsRoster === undefined) {
            notes.push({
                level: 'error',
                text: `${repo} has no ${_domain_roster_js__WEBPACK_IMPORTED_MODULE_4__/* .ROSTER_PATH */ .O0} on its default branch: no PR can pin the ids.`,
            });
        }
        else {
            // Placed by the entries of the ops repo's own file: its order may differ from a local checkout's.
            const content = (0,_domain_roster_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .setMemberIds */ .DB)(observed.opsRoster, found);
            const change = content === observed.opsRoster
                ? undefined
                : (0,_domain_tool_pr_js__WEBPACK_IMPORTED_MODULE_6__/* .planToolPr */ .a)({
                    repo,
                    branch: PIN_BRANCH,
                    title: `members.yaml: pin the GitHub ids of ${found.length} member${found.length === 1 ? '' : 's'}`,
                    body: `GitHub logins can change; numeric ids cannot. With ids pinned, reconcile follows a rename instead of treating it as a new person.\n\n${found.map((f) => `- \`${f.login}\`: ${f.id}`).join('\n')}\n\nOpened by \`psrt pin-ids\`; later runs update this PR and never merge it.`,
                    commitMessage: `members.yaml: pin GitHub ids (${found.length})`,
                    files: [{ path: _domain_roster_js__WEBPACK_IMPORTED_MODULE_4__/* .ROSTER_PATH */ .O0, content }],
                    labels: ['psrt-ops'],
                    reviewers: { users: [], teams: [] },
                }, observed.pr);
            if (change)
                changes.push(change);
            else if (content === observed.opsRoster)
                notes.push({ level: 'info', text: `${repo}'s ${_domain_roster_js__WEBPACK_IMPORTED_MODULE_4__/* .ROSTER_PATH */ .O0} already pins these ids.` });
        }
    }
    return { opsRepo: repo, changes, notes, guards: [], found, missing, unpinned: unpinned.length };
}
function renderPinIds(plan, format, results) {
    const md = format === 'markdown';
    const lines = [
        md ? `## ${(0,_domain_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .headline */ .Pl)('pin-ids', plan, results)}` : (0,_domain_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .headline */ .Pl)('pin-ids', plan, results),
        '',
        plan.unpinned === 0
            ? 'Every member already has a pinned id.'
            : `${plan.found.length} of ${plan.unpinned} member(s) without an id found on GitHub:`,
        ...plan.found.map((f) => `  + ${f.login}: id ${f.id}${(0,_domain_roster_js__WEBPACK_IMPORTED_MODULE_4__/* .loginKey */ .H$)(f.current) !== (0,_domain_roster_js__WEBPACK_IMPORTED_MODULE_4__/* .loginKey */ .H$)(f.login) ? ` (GitHub spells it ${f.current})` : ''}`),
        ...plan.notes.map((n) => (0,_domain_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .renderNote */ .NS)(n, format)),
    ];
    const status = new Map(results?.map((r) => [r.change, r]));
    if (plan.changes.length > 0) {
        lines.push('', ...plan.changes.map((c) => (0,_domain_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .withResult */ .ox)((0,_domain_tool_pr_js__WEBPACK_IMPORTED_MODULE_6__/* .describeToolPrChange */ .M)(c), status.get(c))));
        if (!results)
            lines.push('', `Dry run: use --apply to make this change in ${plan.opsRepo}.`);
    }
    for (const r of results ?? [])
        if (r.detail)
            lines.push(`Pull request: ${r.detail}`);
    lines.push(...(0,_domain_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .renderResultsLine */ .$0)(results, format));
    return `${lines.join('\n')}\n`;
}
const pinIdsJob = {
    name: 'pin-ids',
    read: (_settings, config, deps) => readPinIds(config, deps),
    plan: (config, observed) => planPinIds(config, observed),
    render: renderPinIds,
    apply: (plan, deps, ctx) => (0,_job_js__WEBPACK_IMPORTED_MODULE_2__/* .applyInOrder */ .g$)(plan.changes.map((c) => [c]), ([c]) => (0,_tool_pr_js__WEBPACK_IMPORTED_MODULE_5__/* .applyToolPr */ .Hw)(deps.gh, c), ctx, _domain_tool_pr_js__WEBPACK_IMPORTED_MODULE_6__/* .describeToolPrChange */ .M),
};
function runPinIds(settings, deps, ctx) {
    return (0,_job_js__WEBPACK_IMPORTED_MODULE_2__/* .runJob */ .b5)(pinIdsJob, settings, deps, ctx);
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

//# sourceMappingURL=827.index.js.map