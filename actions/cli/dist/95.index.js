export const id = 95;
export const ids = [95];
export const modules = {

/***/ 1095:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runVote: () => (/* binding */ runVote)
});

// EXTERNAL MODULE: ./actions/lib/clients/github.ts + 1 modules
var github = __webpack_require__(9739);
// EXTERNAL MODULE: ./actions/lib/config/load.ts
var load = __webpack_require__(4101);
// EXTERNAL MODULE: ./actions/lib/config/roster-text.ts
var roster_text = __webpack_require__(9504);
// EXTERNAL MODULE: ./actions/lib/domain/findings.ts
var findings = __webpack_require__(2001);
// EXTERNAL MODULE: ./actions/lib/domain/policy.ts
var policy = __webpack_require__(4189);
// EXTERNAL MODULE: ./actions/lib/domain/vote.ts
var vote = __webpack_require__(7559);
// EXTERNAL MODULE: ./actions/lib/domain/vote-render.ts
var vote_render = __webpack_require__(9656);
// EXTERNAL MODULE: ./actions/lib/errors.ts
var lib_errors = __webpack_require__(2863);
// EXTERNAL MODULE: ./actions/lib/jobs/github-read.ts
var github_read = __webpack_require__(2205);
;// CONCATENATED MODULE: ./actions/lib/jobs/pr-comment.ts

function markerOf(purpose) {
    return `<!-- psrt-ops:${purpose} -->`;
}
async function upsertMarkedComment(gh, repo, issueNumber, purpose, body) {
    const { owner, repo: name } = (0,policy/* splitRepo */.D)(repo);
    const marker = markerOf(purpose);
    const full = `${marker}\n${body}`;
    const comments = await gh.rest.paginate(gh.rest.rest.issues.listComments, { owner, repo: name, issue_number: issueNumber, per_page: 100 });
    const mine = comments.find((c) => c.body?.includes(marker));
    if (!mine) {
        const { data } = await gh.rest.rest.issues.createComment({ owner, repo: name, issue_number: issueNumber, body: full });
        return { id: data.id, action: 'created', url: data.html_url };
    }
    if (mine.body === full)
        return { id: mine.id, action: 'unchanged', url: mine.html_url };
    const { data } = await gh.rest.rest.issues.updateComment({ owner, repo: name, comment_id: mine.id, body: full });
    return { id: data.id, action: 'updated', url: data.html_url };
}

;// CONCATENATED MODULE: ./actions/lib/jobs/vote.ts










/** Only what the jobs need from a user: GitHub always sends both. */
function account(user) {
    return user ? { login: user.login, id: user.id } : undefined;
}
async function configOrThrow(paths, now) {
    const loaded = await (0,load/* loadConfig */.Z9)(paths, now);
    if (!loaded.config) {
        const errors = loaded.diagnostics.filter((d) => d.severity === 'error').map(findings/* formatDiagnostic */.xy);
        throw new lib_errors/* UserError */.yo(`the roster or policy has errors; fix them first (npx psrt validate):\n  ${errors.slice(0, 10).join('\n  ')}`);
    }
    return { policy: loaded.config.policy };
}
async function currentStatus(gh, repo, sha) {
    const { owner, repo: name } = (0,policy/* splitRepo */.D)(repo);
    // Newest first; the first with our context is the one GitHub shows.
    const { data } = await gh.rest.rest.repos.listCommitStatusesForRef({ owner, repo: name, ref: sha, per_page: 100 });
    const mine = data.find((s) => s.context === vote/* VOTE_CONTEXT */.Bq);
    return mine ? { state: mine.state, description: mine.description ?? '' } : undefined;
}
async function currentComment(gh, repo, pr) {
    const { owner, repo: name } = (0,policy/* splitRepo */.D)(repo);
    const marker = `${markerOf(vote/* TALLY_PURPOSE */.qI)}\n`;
    const comments = await gh.rest.paginate(gh.rest.rest.issues.listComments, { owner, repo: name, issue_number: pr, per_page: 100 });
    const mine = comments.find((c) => c.body?.includes(markerOf(vote/* TALLY_PURPOSE */.qI)));
    if (!mine?.body)
        return undefined;
    return mine.body.startsWith(marker) ? mine.body.slice(marker.length) : mine.body;
}
async function listReviews(gh, repo, pr) {
    const { owner, repo: name } = (0,policy/* splitRepo */.D)(repo);
    const reviews = await gh.rest.paginate(gh.rest.rest.pulls.listReviews, { owner, repo: name, pull_number: pr, per_page: 100, ...github.CONDITIONAL });
    return reviews.flatMap((r) => {
        const user = account(r.user);
        return user ? [{ user, state: r.state, ...(r.submitted_at ? { submittedAt: r.submitted_at } : {}), url: r.html_url }] : [];
    });
}
async function listLabelEvents(gh, repo, pr) {
    const { owner, repo: name } = (0,policy/* splitRepo */.D)(repo);
    const events = await gh.rest.paginate(gh.rest.rest.issues.listEvents, { owner, repo: name, issue_number: pr, per_page: 100, ...github.CONDITIONAL });
    return events.flatMap((e) => {
        if ((e.event !== 'labeled' && e.event !== 'unlabeled') || !('label' in e) || !('actor' in e))
            return [];
        const actor = account(e.actor);
        return actor ? [{ event: e.event, label: e.label.name, actor, at: e.created_at }] : [];
    });
}
async function listPulls(gh, repo, number) {
    const { owner, repo: name } = (0,policy/* splitRepo */.D)(repo);
    if (number !== undefined) {
        try {
            const { data } = await gh.rest.rest.pulls.get({ owner, repo: name, pull_number: number });
            if (data.state !== 'open')
                throw new lib_errors/* UserError */.yo(`${repo}#${number} is ${data.merged_at ? 'merged' : 'closed'}: only open pull requests are voted on.`);
            return [data];
        }
        catch (err) {
            if ((0,github.isNotFound)(err))
                throw new lib_errors/* UserError */.yo(`${repo} has no pull request #${number}.`);
            throw err;
        }
    }
    return gh.rest.paginate(gh.rest.rest.pulls.list, { owner, repo: name, state: 'open', per_page: 100 });
}
async function observe(gh, repo, rosterPath, pr) {
    const { owner, repo: name } = (0,policy/* splitRepo */.D)(repo);
    const changed = await gh.rest.paginate(gh.rest.rest.pulls.listFiles, { owner, repo: name, pull_number: pr.number, per_page: 100, ...github.CONDITIONAL });
    const files = changed.flatMap((f) => (f.previous_filename && f.previous_filename !== f.filename ? [f.filename, f.previous_filename] : [f.filename]));
    const status = await currentStatus(gh, repo, pr.head.sha);
    if (!files.includes(rosterPath))
        return { pr, files, ...(status ? { status } : {}) };
    const [base, head, comment] = await Promise.all([
        (0,github_read/* readTextFile */.Gu)(gh, repo, rosterPath, pr.base.sha),
        (0,github_read/* readTextFile */.Gu)(gh, repo, rosterPath, pr.head.sha),
        currentComment(gh, repo, pr.number),
    ]);
    return { pr, files, ...(base ? { base } : {}), ...(head ? { head } : {}), ...(status ? { status } : {}), ...(comment !== undefined ? { comment } : {}) };
}
function classify(o, rosterPath) {
    if (!o.files.includes(rosterPath))
        return { check: { kind: 'not-nomination', reason: `${rosterPath} is unchanged` } };
    if (!o.base)
        return { check: { kind: 'invalid', problems: [`there is no ${rosterPath} on the base branch (${o.pr.base.sha.slice(0, 7)}).`] } };
    if (!o.head)
        return { check: { kind: 'invalid', problems: [`this branch deletes ${rosterPath}.`] } };
    const base = (0,roster_text/* rosterFromText */.z)(`${rosterPath} (base ${o.pr.base.sha.slice(0, 7)})`, o.base.text);
    const head = (0,roster_text/* rosterFromText */.z)(`${rosterPath} (head ${o.pr.head.sha.slice(0, 7)})`, o.head.text);
    if (!base.roster || !head.roster) {
        return { check: { kind: 'invalid', problems: (0,roster_text/* describeDiagnostics */.g)([...base.diagnostics, ...head.diagnostics].filter((d) => d.severity === 'error')).slice(0, 20) } };
    }
    const others = [...new Set(o.files.filter((f) => f !== rosterPath))];
    return { check: (0,vote/* classifyRosterChange */.ee)(base.roster, head.roster, others), base: base.roster };
}
async function runVote(settings, gh, ctx) {
    const now = ctx.now();
    const { policy } = await configOrThrow(settings.config, now);
    const repo = policy.ops_repo;
    const rosterPath = settings.rosterPath ?? 'members.yaml';
    const rules = (0,vote/* voteRules */.KA)(policy);
    let steeringCouncil;
    const scTeam = async () => {
        if (!steeringCouncil) {
            const team = policy.membership.vote.veto_team;
            try {
                const members = await gh.rest.paginate(gh.rest.rest.teams.listMembersInOrg, { org: policy.org, team_slug: team, per_page: 100, ...github.CONDITIONAL });
                steeringCouncil = members.map((u) => ({ login: u.login, id: u.id }));
            }
            catch (err) {
                if ((0,github.isNotFound)(err))
                    throw new lib_errors/* UserError */.yo(`cannot read the Steering Council team ${policy.org}/${team} (membership.vote.veto_team): it does not exist or the token cannot see it. A veto cannot be checked without it.`);
                throw err;
            }
        }
        return steeringCouncil;
    };
    const pulls = await listPulls(gh, repo, settings.pullRequest);
    ctx.log.debug(`vote: ${pulls.length} open pull request(s) in ${repo}`);
    const results = [];
    for (const pr of pulls) {
        const o = await observe(gh, repo, rosterPath, pr);
        const { check, base } = classify(o, rosterPath);
        const have = { ...(o.status ? { status: o.status } : {}), ...(o.comment !== undefined ? { comment: o.comment } : {}) };
        if (check.kind !== 'nomination' || !base) {
            const nominees = check.kind === 'refused' ? check.nominees.map((n) => n.login) : [];
            const status = check.kind === 'nomination' ? (0,vote/* checkStatus */.dO)({ kind: 'invalid', problems: [] }) : (0,vote/* checkStatus */.dO)(check);
            const comment = check.kind === 'refused' || check.kind === 'invalid' ? (0,vote_render/* renderCheckComment */.oh)(check, rosterPath) : undefined;
            const changes = (0,vote/* planPullRequest */.KH)(pr.number, pr.head.sha, { status, ...(comment !== undefined ? { comment } : {}) }, have);
            results.push({ number: pr.number, url: pr.html_url, kind: check.kind, nominees, status, changes });
            continue;
        }
        const labels = pr.labels.map((l) => l.name);
        const hasLabel = (name) => labels.some((l) => l.toLowerCase() === name.toLowerCase());
        const reviews = await listReviews(gh, repo, pr.number);
        const labelEvents = hasLabel(rules.openLabel) || hasLabel(rules.vetoLabel) ? await listLabelEvents(gh, repo, pr.number) : [];
        // The team is read only when a veto is possible: a change request or the veto label.
        const vetoPossible = hasLabel(rules.vetoLabel) || reviews.some((r) => r.state === 'CHANGES_REQUESTED');
        const tally = (0,vote/* tallyVote */.FK)({
            createdAt: pr.created_at,
            ...(pr.user ? { author: { login: pr.user.login, id: Number(pr.user.id) } } : {}),
            labels,
            electorate: base.members,
            nominees: check.nominees,
            reviews,
            labelEvents,
            ...(vetoPossible ? { steeringCouncil: await scTeam() } : {}),
            rules,
            now,
        });
        const status = (0,vote/* tallyStatus */.HE)(tally, rules);
        const comment = (0,vote_render/* renderTallyComment */.cC)(check.nominees, tally, rules);
        const changes = (0,vote/* planPullRequest */.KH)(pr.number, pr.head.sha, { status, comment }, have);
        results.push({ number: pr.number, url: pr.html_url, kind: 'nomination', nominees: check.nominees.map((n) => n.login), status, tally, changes });
    }
    if (settings.apply)
        await applyVote(gh, repo, pulls, results, ctx);
    return {
        repo,
        results,
        applied: settings.apply,
        summary: (0,vote_render/* renderVoteSummary */.tD)(results, settings.apply, repo),
        text: (0,vote_render/* renderVoteText */.qd)(results, settings.apply),
    };
}
async function applyVote(gh, repo, pulls, results, ctx) {
    const { owner, repo: name } = (0,policy/* splitRepo */.D)(repo);
    for (const r of results) {
        const pr = pulls.find((p) => p.number === r.number);
        for (const c of r.changes) {
            if (c.kind === 'set-status') {
                await gh.rest.rest.repos.createCommitStatus({ owner, repo: name, sha: c.sha, state: c.status.state, context: vote/* VOTE_CONTEXT */.Bq, description: c.status.description, target_url: pr.html_url });
            }
            else {
                await upsertMarkedComment(gh, repo, c.pr, vote/* TALLY_PURPOSE */.qI, c.body);
            }
            ctx.log.info(`${repo}: ${describeApplied(c)}`);
        }
    }
}
function describeApplied(c) {
    return c.kind === 'set-status' ? `#${c.pr} ${vote/* VOTE_CONTEXT */.Bq} is ${c.status.state}` : `#${c.pr} tally comment ${c.action === 'create' ? 'added' : 'updated'}`;
}


/***/ })

};
