export const id = 95;
export const ids = [95];
export const modules = {

/***/ 1095:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runVote: () => (/* binding */ runVote)
});

// UNUSED EXPORTS: planVote, voteJob

// EXTERNAL MODULE: ./actions/lib/clients/github/failures.ts
var failures = __webpack_require__(9026);
// EXTERNAL MODULE: ./actions/lib/config/roster-text.ts
var roster_text = __webpack_require__(9504);
// EXTERNAL MODULE: ./actions/lib/domain/vote.ts
var vote = __webpack_require__(7559);
// EXTERNAL MODULE: ./actions/lib/domain/vote-render.ts
var vote_render = __webpack_require__(9656);
// EXTERNAL MODULE: ./actions/lib/errors.ts
var errors = __webpack_require__(2863);
// EXTERNAL MODULE: ./actions/lib/jobs/job.ts
var job = __webpack_require__(832);
// EXTERNAL MODULE: ./actions/lib/domain/account.ts
var account = __webpack_require__(1292);
// EXTERNAL MODULE: ./actions/lib/jobs/reading.ts
var jobs_reading = __webpack_require__(3307);
;// CONCATENATED MODULE: ./actions/lib/jobs/pr-comment.ts


function markerOf(purpose) {
    return `<!-- psrt-ops:${purpose} -->`;
}
/** The tool's own comments carrying the marker, oldest first. */
function ownMarkedComments(comments, purpose, identity) {
    const marker = markerOf(purpose);
    return comments
        .filter((c) => c.body.startsWith(marker) &&
        (c.authorIsBot ||
            (identity?.kind === 'user' && c.author !== undefined && (0,account/* isPerson */.K)(c.author, identity.account))))
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id);
}
async function upsertMarkedComment(gh, repo, issueNumber, purpose, body) {
    const full = `${markerOf(purpose)}\n${body}`;
    const [comments, identity] = await Promise.all([
        gh.listComments(repo, issueNumber),
        // Which comments are the tool's own: unknown, a second plan comment would be written.
        reading("who the token is (to find the tool's own comments)", () => gh.tokenIdentity()),
    ]);
    const [mine, ...duplicates] = ownMarkedComments(comments, purpose, identity);
    for (const d of duplicates)
        await gh.deleteComment(repo, d.id);
    if (!mine)
        return { action: 'created', url: (await gh.createComment(repo, issueNumber, full)).url };
    if (mine.body === full)
        return { action: 'unchanged', url: mine.url };
    await gh.updateComment(repo, mine.id, full);
    return { action: 'updated', url: mine.url };
}

// EXTERNAL MODULE: ./actions/lib/domain/roster.ts
var roster = __webpack_require__(8764);
;// CONCATENATED MODULE: ./actions/lib/jobs/vote.ts









/** The tool's own tally comments, oldest first, without their marker line. */
function ownComments(comments, identity) {
    const marker = markerOf(vote/* TALLY_PURPOSE */.qI);
    return ownMarkedComments(comments, vote/* TALLY_PURPOSE */.qI, identity).map((c) => ({
        id: c.id,
        body: c.body.slice(marker.length).replace(/^\n/, ''),
    }));
}
async function listPulls(gh, repo, number) {
    if (number === undefined)
        return (0,jobs_reading/* reading */.h)(`the open pull requests of ${repo}`, () => gh.listOpenPullRequests(repo));
    try {
        const pr = await gh.getPullRequest(repo, number);
        if (pr.state !== 'open')
            throw new errors/* UserError */.yo(`${repo}#${number} is ${pr.merged ? 'merged' : 'closed'}: only open pull requests are voted on.`);
        return [pr];
    }
    catch (err) {
        if ((0,failures/* isNotFound */.c4)(err))
            throw new errors/* UserError */.yo(`${repo} has no pull request #${number}.`);
        return (0,jobs_reading/* reading */.h)(`${repo}#${number}`, () => Promise.reject(err));
    }
}
async function observePull(gh, repo, pr, identity, rules) {
    const what = `${repo}#${pr.number}`;
    const [files, statuses] = await Promise.all([
        (0,jobs_reading/* reading */.h)(`the files of ${what}`, () => gh.listPullRequestFiles(repo, pr.number)),
        (0,jobs_reading/* reading */.h)(`the statuses of ${what}`, () => gh.listCommitStatuses(repo, pr.headSha, vote/* VOTE_CONTEXT */.Bq)),
    ]);
    const status = statuses[0] ? { state: statuses[0].state, description: statuses[0].description } : undefined;
    const observed = {
        pr,
        files,
        ...(status ? { status } : {}),
        comments: [],
        reviews: [],
        labelEvents: [],
    };
    if (!files.includes(roster/* ROSTER_PATH */.O0))
        return observed;
    const hasLabel = (name) => pr.labels.some((l) => l.toLowerCase() === name.toLowerCase());
    const [base, head, comments, reviews, labelEvents] = await Promise.all([
        (0,jobs_reading/* reading */.h)(`${roster/* ROSTER_PATH */.O0} at the base of ${what}`, () => gh.readFile(repo, roster/* ROSTER_PATH */.O0, pr.baseSha)),
        (0,jobs_reading/* reading */.h)(`${roster/* ROSTER_PATH */.O0} at the head of ${what}`, () => gh.readFile(repo, roster/* ROSTER_PATH */.O0, pr.headSha)),
        (0,jobs_reading/* reading */.h)(`the comments of ${what}`, () => gh.listComments(repo, pr.number)),
        (0,jobs_reading/* reading */.h)(`the reviews of ${what}`, () => gh.listReviews(repo, pr.number)),
        hasLabel(rules.openLabel) || hasLabel(rules.vetoLabel)
            ? (0,jobs_reading/* reading */.h)(`the label events of ${what}`, () => gh.listLabelEvents(repo, pr.number))
            : Promise.resolve([]),
    ]);
    return {
        ...observed,
        ...(base ? { base: base.text } : {}),
        ...(head ? { head: head.text } : {}),
        comments: ownComments(comments, identity),
        reviews,
        labelEvents,
    };
}
async function readVote(settings, config, deps) {
    const { gh } = deps;
    const { policy } = config;
    const repo = policy.ops_repo;
    const rules = (0,vote/* voteRules */.KA)(policy);
    // Who the token is tells which comments are the tool's own; without an answer only a bot's count.
    const [pulls, identity] = await Promise.all([
        listPulls(gh, repo, settings.pullRequest),
        // Which comments are the tool's own: unknown, a second tally comment would be written.
        (0,jobs_reading/* reading */.h)("who the token is (to find the tool's own comments)", () => gh.tokenIdentity()),
    ]);
    const observed = await Promise.all(pulls.map((pr) => observePull(gh, repo, pr, identity, rules)));
    // The team is read only when a veto is possible: a change request or the veto label.
    const vetoPossible = observed.some((o) => o.pr.labels.some((l) => l.toLowerCase() === rules.vetoLabel.toLowerCase()) ||
        o.reviews.some((r) => r.state === 'CHANGES_REQUESTED'));
    if (!vetoPossible)
        return { pulls: observed };
    const team = policy.membership.vote.veto_team;
    const steeringCouncil = await (0,jobs_reading/* reading */.h)(`the Steering Council team ${policy.org}/${team} (membership.vote.veto_team; a veto cannot be checked without it)`, () => gh.listTeamMembers(policy.org, team));
    return { pulls: observed, steeringCouncil: steeringCouncil.map((m) => ({ login: m.login, id: m.id })) };
}
function classify(o) {
    if (!o.files.includes(roster/* ROSTER_PATH */.O0))
        return { check: { kind: 'not-nomination', reason: `${roster/* ROSTER_PATH */.O0} is unchanged` } };
    if (o.base === undefined)
        return {
            check: {
                kind: 'invalid',
                problems: [`there is no ${roster/* ROSTER_PATH */.O0} on the base branch (${o.pr.baseSha.slice(0, 7)}).`],
            },
        };
    if (o.head === undefined)
        return { check: { kind: 'invalid', problems: [`this branch deletes ${roster/* ROSTER_PATH */.O0}.`] } };
    const base = (0,roster_text/* rosterFromText */.z)(`${roster/* ROSTER_PATH */.O0} (base ${o.pr.baseSha.slice(0, 7)})`, o.base);
    const head = (0,roster_text/* rosterFromText */.z)(`${roster/* ROSTER_PATH */.O0} (head ${o.pr.headSha.slice(0, 7)})`, o.head);
    if (!base.roster || !head.roster) {
        return {
            check: {
                kind: 'invalid',
                problems: (0,roster_text/* describeDiagnostics */.g)([...base.diagnostics, ...head.diagnostics].filter((d) => d.severity === 'error')).slice(0, 20),
            },
        };
    }
    const others = [...new Set(o.files.filter((f) => f !== roster/* ROSTER_PATH */.O0))];
    return { check: (0,vote/* classifyRosterChange */.ee)(base.roster, head.roster, others), base: base.roster };
}
function planVote(config, observed, now) {
    const repo = config.policy.ops_repo;
    const rules = (0,vote/* voteRules */.KA)(config.policy);
    const pulls = [];
    for (const o of observed.pulls) {
        const { pr } = o;
        const target = { repo, pr: pr.number, url: pr.url, sha: pr.headSha };
        const have = { ...(o.status ? { status: o.status } : {}), comments: o.comments };
        const { check, base } = classify(o);
        if (check.kind !== 'nomination' || !base) {
            const nominees = check.kind === 'refused' ? check.nominees.map((n) => n.login) : [];
            const status = check.kind === 'nomination' ? (0,vote/* checkStatus */.dO)({ kind: 'invalid', problems: [] }) : (0,vote/* checkStatus */.dO)(check);
            const comment = check.kind === 'refused' || check.kind === 'invalid' ? (0,vote_render/* renderCheckComment */.oh)(check, roster/* ROSTER_PATH */.O0) : undefined;
            const changes = (0,vote/* planPullRequest */.KH)(target, { status, ...(comment !== undefined ? { comment } : {}) }, have);
            pulls.push({ number: pr.number, url: pr.url, kind: check.kind, nominees, status, changes });
            continue;
        }
        const tally = (0,vote/* tallyVote */.FK)({
            createdAt: pr.createdAt,
            ...(pr.author ? { author: pr.author } : {}),
            url: pr.url,
            labels: pr.labels,
            electorate: base.members,
            nominees: check.nominees,
            reviews: o.reviews.flatMap((r) => r.user
                ? [{ user: r.user, state: r.state, ...(r.submittedAt ? { submittedAt: r.submittedAt } : {}), url: r.url }]
                : []),
            labelEvents: o.labelEvents.flatMap((e) => e.actor ? [{ event: e.event, label: e.label, actor: e.actor, at: e.at }] : []),
            ...(observed.steeringCouncil ? { steeringCouncil: observed.steeringCouncil } : {}),
            rules,
            now,
        });
        const status = (0,vote/* tallyStatus */.HE)(tally, rules);
        const comment = (0,vote_render/* renderTallyComment */.cC)(check.nominees, tally, rules);
        const changes = (0,vote/* planPullRequest */.KH)(target, { status, comment }, have);
        pulls.push({
            number: pr.number,
            url: pr.url,
            kind: 'nomination',
            nominees: check.nominees.map((n) => n.login),
            status,
            tally,
            changes,
        });
    }
    return { repo, pulls, changes: pulls.flatMap((p) => p.changes), notes: [], guards: [] };
}
async function applyVote(plan, deps, ctx) {
    const { gh } = deps;
    const marker = markerOf(vote/* TALLY_PURPOSE */.qI);
    return (0,job/* applyInOrder */.g$)(plan.changes.map((c) => [c]), async ([c]) => {
        const change = c;
        switch (change.kind) {
            case 'set-status':
                return gh.setCommitStatus(change.repo, change.sha, {
                    state: change.status.state,
                    context: vote/* VOTE_CONTEXT */.Bq,
                    description: change.status.description,
                    targetUrl: change.url,
                });
            case 'comment':
                if (change.action === 'create')
                    return (await gh.createComment(change.repo, change.pr, `${marker}\n${change.body}`)).url;
                return gh.updateComment(change.repo, change.commentId, `${marker}\n${change.body}`);
            case 'delete-comment':
                return gh.deleteComment(change.repo, change.commentId);
        }
    }, ctx, vote/* describeVoteChange */.IZ);
}
function renderVote(plan, format, results) {
    return format === 'markdown' ? (0,vote_render/* renderVoteSummary */.tD)(plan, results) : (0,vote_render/* renderVoteText */.qd)(plan, results);
}
const voteJob = {
    name: 'vote',
    read: (settings, config, deps) => readVote(settings, config, deps),
    plan: (config, observed, _settings, now) => planVote(config, observed, now),
    render: renderVote,
    apply: applyVote,
};
function runVote(settings, deps, ctx) {
    return (0,job/* runJob */.b5)(voteJob, settings, deps, ctx);
}


/***/ })

};

//# sourceMappingURL=95.index.js.map