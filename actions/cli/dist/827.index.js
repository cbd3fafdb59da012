export const id = 827;
export const ids = [827];
export const modules = {

/***/ 3827:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPinIds: () => (/* binding */ runPinIds)
/* harmony export */ });
/* unused harmony exports PIN_BRANCH, lookupIds */
/* harmony import */ var _octokit_graphql__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9964);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4101);
/* harmony import */ var _domain_roster_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8764);
/* harmony import */ var _domain_roster_edit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7853);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2863);
/* harmony import */ var _github_read_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2205);
/* harmony import */ var _ops_pr_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7114);
// pin-ids: find the numeric GitHub id of every member who has none (one GraphQL query per hundred
// logins) and, when applying, open or update one PR in the ops repo that adds them to members.yaml.
// Ids are immutable where logins are not: once pinned, reconcile follows renames.








const PIN_BRANCH = 'psrt/pin-ids';
const BATCH = 100;
/** Ask GitHub for the ids of these logins, a hundred a query; logins it does not know come back null. */
async function lookupIds(gh, logins) {
    const out = new Map();
    for (let start = 0; start < logins.length; start += BATCH) {
        const batch = logins.slice(start, start + BATCH);
        const query = `query PinIds { ${batch.map((login, i) => `u${i}: user(login: ${JSON.stringify(login)}) { login databaseId }`).join(' ')} }`;
        let data;
        try {
            data = await gh.graphql(query);
        }
        catch (err) {
            // A login GitHub does not know is a NOT_FOUND error beside the others' data.
            if (!(err instanceof _octokit_graphql__WEBPACK_IMPORTED_MODULE_6__/* .GraphqlResponseError */ .rp) ||
                !err.errors?.every((e) => e.type === 'NOT_FOUND'))
                throw err;
            data = (err.data ?? {});
        }
        batch.forEach((login, i) => {
            const u = data[`u${i}`];
            out.set(login, u && u.databaseId !== null ? { login: u.login, id: u.databaseId } : null);
        });
    }
    return out;
}
async function runPinIds(settings, gh, ctx) {
    const loaded = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_1__/* .loadConfig */ .Z9)(settings.paths, ctx.now());
    if (!loaded.config)
        return {
            diagnostics: loaded.diagnostics,
            found: [],
            missing: [],
            text: 'members.yaml or policy.yaml has errors: nothing was looked up.\n',
        };
    const { roster, policy } = loaded.config;
    const unpinned = roster.members.filter((m) => m.id === undefined).map((m) => m.login);
    const answers = await lookupIds(gh, unpinned);
    const found = unpinned.flatMap((login) => {
        const a = answers.get(login);
        return a ? [{ login, id: a.id, current: a.login }] : [];
    });
    const missing = unpinned.filter((login) => !answers.get(login));
    const lines = [
        unpinned.length === 0
            ? 'Every member already has a pinned id.'
            : `${found.length} of ${unpinned.length} member(s) without an id found on GitHub:`,
        ...found.map((f) => `  + ${f.login}: id ${f.id}${(0,_domain_roster_js__WEBPACK_IMPORTED_MODULE_7__/* .loginKey */ .H$)(f.current) !== (0,_domain_roster_js__WEBPACK_IMPORTED_MODULE_7__/* .loginKey */ .H$)(f.login) ? ` (GitHub spells it ${f.current})` : ''}`),
        ...missing.map((l) => `  ! ${l}: GitHub has no such account (renamed or deleted?): fix members.yaml by hand`),
    ];
    let pullRequest;
    if (found.length > 0) {
        if (!settings.apply) {
            lines.push('', `Dry run: use --apply to open a pull request in ${policy.ops_repo} that pins them.`);
        }
        else {
            const file = await (0,_github_read_js__WEBPACK_IMPORTED_MODULE_4__/* .readTextFile */ .Gu)(gh, policy.ops_repo, 'members.yaml');
            if (!file)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${policy.ops_repo} has no members.yaml on its default branch.`);
            // Place each id by the entry in the ops repo's own file (its order may differ from a local checkout).
            const entries = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(file.text)?.members ?? [];
            const ids = new Map();
            for (const f of found) {
                const at = entries.findIndex((e) => e.login !== undefined && (0,_domain_roster_js__WEBPACK_IMPORTED_MODULE_7__/* .loginKey */ .H$)(e.login) === (0,_domain_roster_js__WEBPACK_IMPORTED_MODULE_7__/* .loginKey */ .H$)(f.login) && e.id === undefined);
                if (at >= 0)
                    ids.set(at, f.id);
            }
            if (ids.size > 0) {
                pullRequest = await (0,_ops_pr_js__WEBPACK_IMPORTED_MODULE_5__/* .upsertPullRequest */ ._)(gh, {
                    repo: policy.ops_repo,
                    branch: PIN_BRANCH,
                    title: `members.yaml: pin the GitHub ids of ${ids.size} member${ids.size === 1 ? '' : 's'}`,
                    body: `GitHub logins can change; numeric ids cannot. With ids pinned, reconcile follows a rename instead of treating it as a new person.\n\n${found.map((f) => `- \`${f.login}\`: ${f.id}`).join('\n')}\n\nOpened by \`psrt pin-ids\`; later runs update this PR and never merge it.`,
                    commitMessage: `members.yaml: pin GitHub ids (${ids.size})`,
                    files: [{ path: 'members.yaml', content: (0,_domain_roster_edit_js__WEBPACK_IMPORTED_MODULE_2__/* .setMemberIds */ .DB)(file.text, ids) }],
                    labels: ['psrt-ops'],
                });
                lines.push('', `Pull request ${pullRequest.action}: ${pullRequest.url}`);
            }
            else {
                lines.push('', `${policy.ops_repo}'s members.yaml already pins these ids.`);
            }
        }
    }
    return {
        diagnostics: loaded.diagnostics,
        found,
        missing,
        ...(pullRequest ? { pullRequest } : {}),
        text: `${lines.join('\n')}\n`,
    };
}


/***/ })

};
