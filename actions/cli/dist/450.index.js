export const id = 450;
export const ids = [450];
export const modules = {

/***/ 9504:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ describeDiagnostics),
/* harmony export */   z: () => (/* binding */ rosterFromText)
/* harmony export */ });
/* harmony import */ var _domain_findings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2001);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1578);
/* harmony import */ var _yaml_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(218);



/** Parse `text` (named `file` in diagnostics) as members.yaml; a roster only when there is no error. */
function rosterFromText(file, text) {
    const parsed = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYaml */ .hN)(file, text, _yaml_source_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_LIMITS */ .dR);
    if (!parsed.source)
        return { diagnostics: parsed.diagnostics };
    const source = parsed.source;
    const diagnostics = (0,_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .checkSchema */ ._)('members', source.data).map((f) => {
        const pos = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__/* .locate */ .x5)(source, f.path, f.at);
        return { rule: f.rule, severity: f.severity, file, line: pos.line, column: pos.column, message: f.message };
    });
    return diagnostics.length > 0 ? { diagnostics } : { roster: source.data, diagnostics };
}
function describeDiagnostics(diagnostics) {
    return diagnostics.map(_domain_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDiagnostic */ .xy);
}


/***/ }),

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

/***/ 9656:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QC: () => (/* binding */ displayName),
/* harmony export */   cC: () => (/* binding */ renderTallyComment),
/* harmony export */   oh: () => (/* binding */ renderCheckComment),
/* harmony export */   qd: () => (/* binding */ renderVoteText),
/* harmony export */   tD: () => (/* binding */ renderVoteSummary)
/* harmony export */ });
/* harmony import */ var _roster_summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5921);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7048);
/* harmony import */ var _vote_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7559);
// The vote shown: the tally comment on the PR (markdown), the job summary and the CLI text. Logins
// are always in code spans: an @-mention would notify every member on every update.



const code = (login) => `\`${login}\``;
/** A display name in markdown that cannot mention anyone ("@x" in a name would notify x). */
function displayName(text) {
    return (0,_roster_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)(text).replace(/@/g, '@\u200B');
}
function nomineeList(nominees) {
    return nominees.map((n) => `${code(n.login)} (${displayName(n.name)})`).join(', ');
}
const OUTCOME = {
    open: '🗳️ Open',
    passed: '✅ Passed',
    failed: '❌ Failed',
    vetoed: '⛔ Vetoed',
};
function renderTallyComment(nominees, t, rules) {
    const share = `${rules.threshold.numerator}/${rules.threshold.denominator}`;
    const lines = [];
    lines.push(`## PSRT nomination vote: ${nomineeList(nominees)}`);
    lines.push('');
    const from = t.openedBy.via === 'label'
        ? `the \`${rules.openLabel}\` label added by ${code(t.openedBy.login)}`
        : 'the opening of this PR';
    lines.push(`**${OUTCOME[t.outcome]}.** ${t.reason}`);
    lines.push('');
    lines.push(`The vote runs ${rules.days} days from ${from}: ${(0,_vote_js__WEBPACK_IMPORTED_MODULE_1__/* .showTime */ .lY)(t.opensAt)} to ${(0,_vote_js__WEBPACK_IMPORTED_MODULE_1__/* .showTime */ .lY)(t.closesAt)}.`);
    lines.push('');
    lines.push('| Yes | No | Votes cast | Members who may vote | Needed |');
    lines.push('|---:|---:|---:|---:|---|');
    const quorum = rules.quorum > 0 ? `, at least ${rules.quorum} votes` : '';
    const others = `, at least ${rules.minVotesBesidesNominator} by members besides the nominator`;
    lines.push(`| ${t.yes} | ${t.no} | ${t.cast} | ${t.electorate} | ${share} of votes cast yes${quorum}${others}, no Steering Council veto |`);
    lines.push('');
    if (t.vetoes.length > 0) {
        lines.push(`**Veto:** ${t.vetoes.map((v) => `${code(v.login)} (${v.via === 'review' ? (v.url ? `[requested changes](${v.url})` : 'requested changes') : `\`${rules.vetoLabel}\` label`}, ${(0,_vote_js__WEBPACK_IMPORTED_MODULE_1__/* .showTime */ .lY)(v.at)})`).join('; ')}.`);
        lines.push('');
    }
    if (t.ballots.length > 0) {
        lines.push('| Member | Vote | Review |');
        lines.push('|---|---|---|');
        for (const b of [...t.ballots].sort((a, c) => a.member.login.localeCompare(c.member.login, 'en'))) {
            lines.push(`| ${code(b.member.login)} | ${b.vote} | [${(0,_vote_js__WEBPACK_IMPORTED_MODULE_1__/* .showTime */ .lY)(b.at)}](${b.url}) |`);
        }
        lines.push('');
    }
    if (t.notVoted.length > 0) {
        const names = [...t.notVoted].map((m) => m.login).sort((a, c) => a.localeCompare(c, 'en'));
        lines.push(`<details><summary>Not voted (${names.length})</summary>`);
        lines.push('');
        lines.push(names.map(code).join(', '));
        lines.push('');
        lines.push('</details>');
        lines.push('');
    }
    if (t.withdrawn.length > 0) {
        lines.push(`Withdrawn (last review dismissed): ${t.withdrawn.map(code).join(', ')}.`);
        lines.push('');
    }
    if (t.ignored.length > 0) {
        lines.push(`Not counted: ${t.ignored.map((i) => `${code(i.login)} (${i.why})`).join(', ')}.`);
        lines.push('');
    }
    for (const n of t.notes) {
        lines.push(`> [!NOTE]\n> ${n}`);
        lines.push('');
    }
    lines.push(`*How to vote (PEP 811):* PSRT members approve this PR for yes or request changes for no; each member's latest review before the close counts. ` +
        `A Steering Council member vetoes by requesting changes or adding the \`${rules.vetoLabel}\` label. ` +
        `The \`${_vote_js__WEBPACK_IMPORTED_MODULE_1__/* .VOTE_CONTEXT */ .Bq}\` status shows the result; this comment is updated in place.`);
    return lines.join('\n') + '\n';
}
function renderCheckComment(check, rosterPath) {
    const lines = [];
    if (check.kind === 'refused') {
        lines.push(`## Not a valid nomination`);
        lines.push('');
        lines.push(`This PR adds ${nomineeList(check.nominees)} to \`${rosterPath}\`, and it also:`);
        lines.push('');
        for (const p of check.problems)
            lines.push(`- ${p}`);
        lines.push('');
        lines.push('A nomination PR does one thing (PEP 811: one purpose per PR): it only adds the nominees to `members`. Move the other changes to their own PR; the vote starts once this PR is a plain nomination.');
    }
    else {
        lines.push(`## \`${rosterPath}\` cannot be read`);
        lines.push('');
        lines.push('The vote cannot be counted until the roster on this branch is valid:');
        lines.push('');
        for (const p of check.problems)
            lines.push(`- ${(0,_roster_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)(p)}`);
        lines.push('');
        lines.push('Run `npx psrt validate` locally to see every error with its line.');
    }
    return lines.join('\n') + '\n';
}
function changeLines(plan, results) {
    const status = new Map(results?.map((r) => [r.change, r]));
    return plan.changes.map((c) => (0,_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .withResult */ .ox)((0,_vote_js__WEBPACK_IMPORTED_MODULE_1__/* .describeVoteChange */ .IZ)(c), status.get(c)));
}
function renderVoteSummary(plan, results) {
    const lines = [];
    const nominations = plan.pulls.filter((r) => r.kind !== 'not-nomination');
    lines.push(`## PSRT nomination votes in ${plan.repo}`);
    lines.push('');
    if (nominations.length === 0)
        lines.push('No open nomination.');
    else {
        lines.push('| PR | Nominees | Status | Yes | No | Closes |');
        lines.push('|---|---|---|---:|---:|---|');
        for (const r of nominations) {
            const t = r.tally;
            lines.push(`| [#${r.number}](${r.url}) | ${r.nominees.map(code).join(', ') || '—'} | ${r.status.state}: ${(0,_roster_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)(r.status.description)} | ${t?.yes ?? '—'} | ${t?.no ?? '—'} | ${t ? (0,_vote_js__WEBPACK_IMPORTED_MODULE_1__/* .showTime */ .lY)(t.closesAt) : '—'} |`);
        }
    }
    lines.push('');
    lines.push(plan.changes.length === 0
        ? 'Nothing to change: every status and comment is current.'
        : `**${(0,_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .headline */ .Pl)('Vote', plan, results)}**${results ? '' : ' (dry run)'}`);
    if (plan.changes.length > 0)
        lines.push('', '```', ...changeLines(plan, results), '```');
    lines.push(...(0,_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .renderResultsLine */ .$0)(results, 'markdown'));
    return lines.join('\n') + '\n';
}
function renderVoteText(plan, results) {
    const lines = [];
    for (const r of plan.pulls) {
        const head = `#${r.number} ${r.kind === 'nomination' ? `nominates ${r.nominees.join(', ')}` : r.kind === 'refused' ? `refused (adds ${r.nominees.join(', ')} but does more)` : r.kind === 'invalid' ? 'roster cannot be read' : 'not a nomination'}`;
        lines.push(`${head}: ${r.status.state}: ${r.status.description}`);
        if (r.tally && r.kind === 'nomination') {
            for (const b of r.tally.ballots)
                lines.push(`    ${b.vote.padEnd(3)} ${b.member.login} (${(0,_vote_js__WEBPACK_IMPORTED_MODULE_1__/* .showTime */ .lY)(b.at)})`);
            if (r.tally.vetoes.length > 0)
                lines.push(`    veto: ${r.tally.vetoes.map((v) => `${v.login} (${v.via})`).join(', ')}`);
            for (const i of r.tally.ignored)
                lines.push(`    not counted: ${i.login} (${i.why})`);
        }
    }
    if (plan.pulls.length === 0)
        lines.push('no open pull request');
    lines.push(plan.changes.length === 0
        ? 'nothing to change'
        : `${(0,_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .headline */ .Pl)('vote', plan, results)}${results ? '' : ' (dry run; run without --dry-run to write)'}:`);
    for (const line of changeLines(plan, results))
        lines.push(`  ${line}`);
    lines.push(...(0,_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .renderResultsLine */ .$0)(results, 'text'));
    return lines.join('\n') + '\n';
}


/***/ }),

/***/ 7559:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ VOTE_CONTEXT),
/* harmony export */   FK: () => (/* binding */ tallyVote),
/* harmony export */   HE: () => (/* binding */ tallyStatus),
/* harmony export */   IZ: () => (/* binding */ describeVoteChange),
/* harmony export */   KA: () => (/* binding */ voteRules),
/* harmony export */   KH: () => (/* binding */ planPullRequest),
/* harmony export */   dO: () => (/* binding */ checkStatus),
/* harmony export */   ee: () => (/* binding */ classifyRosterChange),
/* harmony export */   lY: () => (/* binding */ showTime),
/* harmony export */   qI: () => (/* binding */ TALLY_PURPOSE)
/* harmony export */ });
/* unused harmony exports MAX_DESCRIPTION, clipDescription */
/* harmony import */ var _account_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1292);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4189);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7048);
/* harmony import */ var _roster_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8764);




function canonical(value) {
    if (Array.isArray(value))
        return `[${value.map(canonical).join(',')}]`;
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => a.localeCompare(b));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
    }
    return JSON.stringify(value);
}
function changedFields(a, b) {
    const ra = a;
    const rb = b;
    const keys = [...new Set([...Object.keys(ra), ...Object.keys(rb)])].sort();
    return keys.filter((k) => canonical(ra[k]) !== canonical(rb[k]));
}
function who(person) {
    return person.login ? `\`${person.login}\`` : person.name;
}
/**
 * Classify a PR by members.yaml at its base and head. A nomination only adds entries to `members`
 * (a former member coming back may leave `emeritus` in the same change); anything else in the roster,
 * or another file, makes it a PR with two purposes, which is refused as a nomination.
 */
function classifyRosterChange(base, head, otherFiles = []) {
    const nominees = [];
    const problems = [];
    const matched = new Set();
    for (const m of head.members) {
        const i = base.members.findIndex((b, j) => !matched.has(j) && (0,_account_js__WEBPACK_IMPORTED_MODULE_1__/* .isPerson */ .K)(b, m));
        if (i < 0) {
            nominees.push(m);
            continue;
        }
        matched.add(i);
        const fields = changedFields(base.members[i], m);
        if (fields.length > 0)
            problems.push(`changes the entry of ${who(base.members[i])} (${fields.join(', ')})`);
    }
    base.members.forEach((b, j) => {
        if (!matched.has(j))
            problems.push(`removes ${who(b)} from members`);
    });
    const baseEmeritus = base.emeritus ?? [];
    const headEmeritus = head.emeritus ?? [];
    const used = new Set();
    const key = (e) => canonical(e);
    for (const e of headEmeritus) {
        const i = baseEmeritus.findIndex((b, j) => !used.has(j) && key(b) === key(e));
        if (i >= 0)
            used.add(i);
        else
            problems.push(`adds or changes the emeritus entry of ${who(e)}`);
    }
    baseEmeritus.forEach((e, j) => {
        if (used.has(j))
            return;
        // A former member nominated again leaves the emeritus list in the same PR: part of the nomination.
        if (nominees.some((n) => (0,_account_js__WEBPACK_IMPORTED_MODULE_1__/* .isPerson */ .K)(n, e)))
            return;
        problems.push(`removes ${who(e)} from emeritus`);
    });
    if (nominees.length === 0) {
        return {
            kind: 'not-nomination',
            reason: problems.length === 0 ? 'members.yaml adds nobody' : 'it adds nobody to members',
        };
    }
    for (const f of otherFiles)
        problems.push(`also changes ${f}`);
    return problems.length > 0 ? { kind: 'refused', nominees, problems } : { kind: 'nomination', nominees };
}
function voteRules(policy) {
    const v = policy.membership.vote;
    return {
        days: v.days,
        threshold: (0,_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .parseFraction */ .at)(v.threshold),
        quorum: v.quorum ?? 0,
        openLabel: v.open_label ?? 'vote-open',
        vetoLabel: v.veto_label ?? 'sc-veto',
        nominatorVotes: v.nominator_votes ?? true,
        minVotesBesidesNominator: Math.max(v.min_votes_besides_nominator ?? 1, 1),
    };
}
const DAY_MS = 86_400_000;
function iso(ms) {
    return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** 2026-12-03 14:00 UTC: how windows are shown. */
function showTime(at) {
    return `${at.slice(0, 10)} ${at.slice(11, 16)} UTC`;
}
/** The latest labeled event of `label` whose actor passes `allowed`, if the label is on the PR now. */
function labelAddedBy(input, label, allowed) {
    if (!input.labels.some((l) => l.toLowerCase() === label.toLowerCase()))
        return undefined;
    const added = input.labelEvents
        .filter((e) => e.event === 'labeled' && e.label.toLowerCase() === label.toLowerCase())
        .sort((a, b) => a.at.localeCompare(b.at));
    const ok = added.filter((e) => allowed(e.actor));
    const last = ok[ok.length - 1];
    if (last)
        return { at: last.at, actor: last.actor };
    const other = added[added.length - 1];
    return other ? { ignored: other.actor } : undefined;
}
function atLeast(yes, cast, t) {
    // yes / cast ≥ n / d, in integers: no 0.666… rounding.
    return yes * t.denominator >= t.numerator * cast;
}
function tallyVote(input) {
    const { rules } = input;
    const notes = [];
    const admins = input.electorate.filter((m) => (0,_roster_js__WEBPACK_IMPORTED_MODULE_3__/* .hasRole */ .hf)(m, 'admin'));
    const opened = labelAddedBy(input, rules.openLabel, (a) => admins.some((m) => (0,_account_js__WEBPACK_IMPORTED_MODULE_1__/* .isPerson */ .K)(m, a)));
    let opensAt = input.createdAt;
    let openedBy = { via: 'pull-request' };
    if (opened && 'at' in opened) {
        opensAt = opened.at;
        openedBy = { via: 'label', login: opened.actor.login };
    }
    else if (opened) {
        notes.push(`The \`${rules.openLabel}\` label was added by \`${opened.ignored.login}\`, who is not a PSRT admin: the window runs from the PR's opening.`);
    }
    const nominator = input.author
        ? input.electorate.find((m) => (0,_account_js__WEBPACK_IMPORTED_MODULE_1__/* .isPerson */ .K)(m, input.author) && !input.nominees.some((n) => (0,_account_js__WEBPACK_IMPORTED_MODULE_1__/* .isPerson */ .K)(n, m)))
        : undefined;
    if (nominator && !rules.nominatorVotes) {
        notes.push(`\`${nominator.login}\` opened this nomination: GitHub does not let the author of a PR review it, and policy (membership.vote.nominator_votes) gives the nominator no vote.`);
    }
    const closesMs = Date.parse(opensAt) + rules.days * DAY_MS;
    const closesAt = iso(closesMs);
    const open = input.now.getTime() < closesMs;
    const ballots = [];
    const withdrawn = [];
    const ignored = [];
    const submitted = input.reviews
        .filter((r) => r.submittedAt !== undefined && r.state !== 'PENDING')
        .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
    const decisive = (r) => r.state === 'APPROVED' || r.state === 'CHANGES_REQUESTED' || r.state === 'DISMISSED';
    const noteIgnored = (r, why) => {
        const prev = ignored.findIndex((x) => (0,_roster_js__WEBPACK_IMPORTED_MODULE_3__/* .loginKey */ .H$)(x.login) === (0,_roster_js__WEBPACK_IMPORTED_MODULE_3__/* .loginKey */ .H$)(r.user.login) && x.why === why);
        if (prev >= 0)
            ignored.splice(prev, 1);
        ignored.push({ login: r.user.login, why, at: r.submittedAt, url: r.url });
    };
    for (const r of submitted) {
        if (!decisive(r))
            continue;
        if (input.nominees.some((n) => (0,_account_js__WEBPACK_IMPORTED_MODULE_1__/* .isPerson */ .K)(n, r.user))) {
            noteIgnored(r, 'nominee');
            continue;
        }
        if (!input.electorate.some((m) => (0,_account_js__WEBPACK_IMPORTED_MODULE_1__/* .isPerson */ .K)(m, r.user))) {
            if (r.state !== 'DISMISSED')
                noteIgnored(r, 'not a member');
            continue;
        }
        if (Date.parse(r.submittedAt) > closesMs)
            noteIgnored(r, 'after the close');
    }
    const notVoted = [];
    if (nominator && rules.nominatorVotes) {
        // The nomination is the nominator's yes: GitHub will not let them review their own PR.
        ballots.push({ member: nominator, vote: 'yes', at: input.createdAt, url: input.url ?? '' });
        notes.push(`\`${nominator.login}\` opened this nomination, which counts as their yes vote (membership.vote.nominator_votes).`);
    }
    for (const member of input.electorate) {
        if (input.nominees.some((n) => (0,_account_js__WEBPACK_IMPORTED_MODULE_1__/* .isPerson */ .K)(n, member)))
            continue;
        if (nominator && rules.nominatorVotes && (0,_account_js__WEBPACK_IMPORTED_MODULE_1__/* .isPerson */ .K)(member, nominator))
            continue;
        const mine = submitted.filter((r) => decisive(r) && (0,_account_js__WEBPACK_IMPORTED_MODULE_1__/* .isPerson */ .K)(member, r.user) && Date.parse(r.submittedAt) <= closesMs);
        const last = mine[mine.length - 1];
        if (!last) {
            notVoted.push(member);
            continue;
        }
        if (last.state === 'DISMISSED') {
            withdrawn.push(member.login);
            notVoted.push(member);
            continue;
        }
        ballots.push({ member, vote: last.state === 'APPROVED' ? 'yes' : 'no', at: last.submittedAt, url: last.url });
    }
    // Vetoes: the SC may veto until the PR is merged, so the close does not limit them.
    const vetoes = [];
    const sc = input.steeringCouncil ?? [];
    const inSc = (a) => sc.some((s) => s.id !== undefined && a.id !== undefined ? s.id === a.id : (0,_roster_js__WEBPACK_IMPORTED_MODULE_3__/* .loginKey */ .H$)(s.login) === (0,_roster_js__WEBPACK_IMPORTED_MODULE_3__/* .loginKey */ .H$)(a.login));
    const bySc = new Map();
    for (const r of submitted)
        if (decisive(r) && inSc(r.user))
            bySc.set(r.user.id !== undefined ? `id:${r.user.id}` : (0,_roster_js__WEBPACK_IMPORTED_MODULE_3__/* .loginKey */ .H$)(r.user.login), r);
    for (const r of bySc.values())
        if (r.state === 'CHANGES_REQUESTED')
            vetoes.push({ login: r.user.login, via: 'review', at: r.submittedAt, url: r.url });
    const vetoLabel = labelAddedBy(input, rules.vetoLabel, inSc);
    if (vetoLabel && 'at' in vetoLabel)
        vetoes.push({ login: vetoLabel.actor.login, via: 'label', at: vetoLabel.at });
    else if (vetoLabel)
        notes.push(`The \`${rules.vetoLabel}\` label was added by \`${vetoLabel.ignored.login}\`, who is not in the Steering Council team: it is not a veto.`);
    const yes = ballots.filter((b) => b.vote === 'yes').length;
    const no = ballots.length - yes;
    const cast = ballots.length;
    const besidesNominator = ballots.filter((b) => !(nominator && (0,_account_js__WEBPACK_IMPORTED_MODULE_1__/* .isPerson */ .K)(b.member, nominator))).length;
    const minBesides = Math.max(rules.minVotesBesidesNominator, 1);
    const t = rules.threshold;
    const needed = Math.max(rules.quorum, 1);
    let outcome;
    let reason;
    if (vetoes.length > 0) {
        outcome = 'vetoed';
        reason = `Vetoed by the Steering Council (${vetoes.map((v) => `\`${v.login}\` by ${v.via === 'review' ? 'requesting changes' : `the \`${rules.vetoLabel}\` label`}`).join(', ')}).`;
    }
    else if (open) {
        outcome = 'open';
        reason = `The vote is open until ${showTime(closesAt)}.`;
    }
    else if (cast < needed) {
        outcome = 'failed';
        reason =
            cast === 0
                ? 'No votes were cast.'
                : `${cast} vote${cast === 1 ? '' : 's'} cast, fewer than the quorum of ${rules.quorum}.`;
    }
    else if (besidesNominator < minBesides) {
        outcome = 'failed';
        reason =
            besidesNominator === 0
                ? `No member besides the nominator voted: a nomination needs at least ${(0,_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(minBesides, 'vote')} by other members (membership.vote.min_votes_besides_nominator).`
                : `${(0,_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(besidesNominator, 'vote')} besides the nominator's, fewer than the ${minBesides} needed (membership.vote.min_votes_besides_nominator).`;
    }
    else if (atLeast(yes, cast, t)) {
        outcome = 'passed';
        reason = `${yes} of ${cast} votes cast are yes, at least ${t.numerator}/${t.denominator}, and there is no veto.`;
    }
    else {
        outcome = 'failed';
        reason = `${yes} of ${cast} votes cast are yes, fewer than ${t.numerator}/${t.denominator}.`;
    }
    return {
        opensAt,
        closesAt,
        openedBy,
        open,
        ballots,
        besidesNominator,
        withdrawn,
        notVoted,
        yes,
        no,
        cast,
        electorate: input.electorate.filter((m) => !input.nominees.some((n) => (0,_account_js__WEBPACK_IMPORTED_MODULE_1__/* .isPerson */ .K)(n, m))).length,
        vetoes,
        ignored,
        notes,
        outcome,
        reason,
    };
}
// ---------------------------------------------------------------------------------------------
// The commit status and the plan
const VOTE_CONTEXT = 'psrt/vote';
const TALLY_PURPOSE = 'vote-tally';
/** GitHub refuses longer status descriptions. */
const MAX_DESCRIPTION = 140;
/** A status description GitHub accepts (at most MAX_DESCRIPTION characters). */
function clipDescription(text, max = MAX_DESCRIPTION) {
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
function tallyStatus(t, rules) {
    const share = `${rules.threshold.numerator}/${rules.threshold.denominator}`;
    const counts = `${t.yes} yes, ${t.no} no`;
    switch (t.outcome) {
        case 'open':
            return {
                state: 'pending',
                description: clipDescription(`Vote open until ${showTime(t.closesAt)}: ${counts} so far (needs ${share} of votes cast).`),
            };
        case 'passed':
            return {
                state: 'success',
                description: clipDescription(`Passed: ${counts} of ${t.cast} votes cast (at least ${share}), no Steering Council veto.`),
            };
        case 'vetoed':
            return {
                state: 'failure',
                description: clipDescription(`Vetoed by the Steering Council (${t.vetoes.map((v) => v.login).join(', ')}).`),
            };
        case 'failed':
            return { state: 'failure', description: clipDescription(`Failed: ${t.reason}`) };
    }
}
function checkStatus(check) {
    switch (check.kind) {
        case 'not-nomination':
            return { state: 'success', description: clipDescription(`No vote needed: not a nomination (${check.reason}).`) };
        case 'refused':
            return {
                state: 'failure',
                description: clipDescription('Refused as a nomination: it also changes other things. One purpose per PR: see the comment.'),
            };
        case 'invalid':
            return {
                state: 'failure',
                description: clipDescription('members.yaml cannot be read as a roster: see the comment.'),
            };
    }
}
function describeVoteChange(c) {
    switch (c.kind) {
        case 'set-status':
            return c.previous
                ? `~ #${c.pr} ${VOTE_CONTEXT} on ${c.sha.slice(0, 7)}: ${c.previous.state} → ${c.status.state} "${c.status.description}"`
                : `+ #${c.pr} ${VOTE_CONTEXT} on ${c.sha.slice(0, 7)}: ${c.status.state} "${c.status.description}"`;
        case 'comment':
            return c.action === 'create' ? `+ #${c.pr} comment the tally` : `~ #${c.pr} update the tally comment`;
        case 'delete-comment':
            return `- #${c.pr} delete a duplicate tally comment (${c.commentId})`;
    }
}
/** The changes that bring one PR's status and comment to `want`: nothing when they already match. */
function planPullRequest(target, want, have) {
    const { repo, pr } = target;
    const changes = [];
    if (have.status?.state !== want.status.state || have.status.description !== want.status.description) {
        changes.push({
            kind: 'set-status',
            ...target,
            status: want.status,
            ...(have.status ? { previous: have.status } : {}),
        });
    }
    const [first, ...duplicates] = have.comments;
    if (want.comment !== undefined) {
        if (!first)
            changes.push({ kind: 'comment', repo, pr, action: 'create', body: want.comment });
        else if (first.body !== want.comment)
            changes.push({ kind: 'comment', repo, pr, action: 'update', commentId: first.id, body: want.comment });
    }
    for (const d of duplicates)
        changes.push({ kind: 'delete-comment', repo, pr, commentId: d.id });
    return changes;
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

//# sourceMappingURL=450.index.js.map