export const id = 95;
export const ids = [95,739];
export const modules = {

/***/ 9739:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  API_VERSION: () => (/* binding */ API_VERSION),
  CONDITIONAL: () => (/* binding */ CONDITIONAL),
  conditional: () => (/* binding */ conditional),
  createGitHub: () => (/* binding */ createGitHub),
  describeReadFailure: () => (/* binding */ describeReadFailure),
  isNotFound: () => (/* binding */ isNotFound),
  rateLimitReset: () => (/* binding */ rateLimitReset),
  statusOf: () => (/* binding */ statusOf)
});

// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 6 modules
var dist_src = __webpack_require__(568);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var dist_bundle = __webpack_require__(3779);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js + 3 modules
var plugin_rest_endpoint_methods_dist_src = __webpack_require__(3972);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var plugin_retry_dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./node_modules/@octokit/request-error/dist-src/index.js
var request_error_dist_src = __webpack_require__(1015);
// EXTERNAL MODULE: ./node_modules/bottleneck/lib/index.js
var lib = __webpack_require__(2203);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
;// CONCATENATED MODULE: ./actions/lib/clients/projections.ts
/**
 * Prose and code that may be embargoed: never kept. Review comments in an advisory's private fork
 * quote the fix (`diff_hunk`); commits carry their message.
 */
const FREE_TEXT = new Set([
    'summary',
    'description',
    'body',
    'body_html',
    'body_text',
    'title',
    'patch',
    'diff_hunk',
    'message',
]);
/** API links and profile trivia: not kept (html_url is: reports link to it). */
const NOISE = new Set([
    'url',
    'node_id',
    'gravatar_id',
    'avatar_url',
    'user_view_type',
    'site_admin',
    '_links',
    'starred_at',
]);
/** Generic compaction: every key but free text and API links, recursively. */
function compact(value) {
    if (Array.isArray(value))
        return value.map(compact);
    if (value !== null && typeof value === 'object') {
        const out = {};
        for (const [k, v] of Object.entries(value)) {
            if (FREE_TEXT.has(k) || NOISE.has(k) || (k.endsWith('_url') && k !== 'html_url'))
                continue;
            out[k] = compact(v);
        }
        return out;
    }
    return value;
}
const ref = (u) => ({ login: u.login, id: Number(u.id) });
function advisoryRecord(a) {
    return {
        ghsa_id: a.ghsa_id,
        cve_id: a.cve_id,
        html_url: a.html_url,
        state: a.state,
        created_at: a.created_at,
        updated_at: a.updated_at,
        published_at: a.published_at,
        closed_at: a.closed_at,
        withdrawn_at: a.withdrawn_at,
        credits: a.credits?.map((c) => ({ login: c.login ?? '', type: c.type ?? '' })) ?? null,
        credits_detailed: a.credits_detailed?.map((c) => ({ user: ref(c.user), type: c.type, state: c.state })) ?? null,
        collaborating_users: a.collaborating_users?.map(ref) ?? null,
        collaborating_teams: a.collaborating_teams?.map((t) => ({ slug: t.slug })) ?? null,
        private_fork: a.private_fork ? { full_name: a.private_fork.full_name } : null,
    };
}
const PROJECTIONS = {
    compact,
    advisories: (data) => Array.isArray(data) ? data.map(advisoryRecord) : compact(data),
};

;// CONCATENATED MODULE: ./actions/lib/clients/github.ts
// The GitHub client: Octokit (REST endpoint methods, pagination) with GitHub's throttling and retry
// plugins, the pinned API version, and conditional requests through an ETag cache. Settings come
// from the entry; nothing here reads the environment.








const API_VERSION = '2022-11-28';
/** The request header that opts a GET into conditional requests; removed before the request is sent. */
const CONDITIONAL_HEADER = 'x-psrt-conditional';
/**
 * Spread into a GET's parameters to make it a conditional request through the ETag cache, its answer
 * projected (see projections.ts: no free text, no API links; `advisories` keeps an AdvisoryRecord).
 * A header, not a request option, because pagination carries only method, URL and headers onward.
 */
function conditional(projection = 'compact') {
    return { headers: { [CONDITIONAL_HEADER]: projection } };
}
const CONDITIONAL = conditional();
const PsrtOctokit = dist_src/* Octokit */.E.plugin(plugin_rest_endpoint_methods_dist_src/* restEndpointMethods */._, dist_bundle/* paginateRest */.ud, plugin_throttling_dist_bundle/* throttling */.A, plugin_retry_dist_bundle/* retry */.L);
function createGitHub(settings) {
    const counters = { requests: 0, notModified: 0, writes: 0 };
    const maxWait = settings.maxRateLimitWaitSeconds ?? 900;
    const rest = new PsrtOctokit({
        auth: settings.token,
        baseUrl: settings.apiUrl.replace(/\/+$/, ''),
        userAgent: 'psrt-ops',
        // No `request.retries` here: plugin-retry would then retry every error, 304s and 404s included.
        request: { fetch: settings.fetch },
        log: {
            debug: (m) => settings.log.debug(m),
            info: (m) => settings.log.debug(m),
            warn: (m) => settings.log.warning(m),
            error: (m) => settings.log.error(m),
        },
        retry: { retryAfterBaseValue: settings.retryBaseMs ?? 1000, retries: settings.retries ?? 3 },
        throttle: {
            id: 'psrt-ops',
            retryAfterBaseValue: settings.retryBaseMs ?? 1000,
            write: new (lib_default()).Group({ maxConcurrent: 1, minTime: settings.minWriteIntervalMs ?? 1000 }),
            // Writes that notify people (comments, issues, PRs): GitHub asks for more room between them.
            notifications: new (lib_default()).Group({ maxConcurrent: 1, minTime: (settings.minWriteIntervalMs ?? 1000) * 3 }),
            onRateLimit: (retryAfter, options, _octokit, retryCount) => {
                settings.log.warning(`GitHub rate limit reached on ${options.method} ${options.url}; retry in ${retryAfter}s.`);
                return retryCount < 2 && retryAfter <= maxWait;
            },
            onSecondaryRateLimit: (retryAfter, options, _octokit, retryCount) => {
                settings.log.warning(`GitHub secondary rate limit on ${options.method} ${options.url}; retry in ${retryAfter}s.`);
                return retryCount < 3 && retryAfter <= maxWait;
            },
        },
    });
    rest.hook.before('request', (options) => {
        options.headers['x-github-api-version'] = API_VERSION;
    });
    rest.hook.wrap('request', async (request, options) => {
        counters.requests++;
        if (options.method !== 'GET' && options.method !== 'HEAD')
            counters.writes++;
        const projectionName = options.headers[CONDITIONAL_HEADER];
        delete options.headers['x-psrt-conditional'];
        const graphqlCall = typeof options.url === 'string' && options.url.endsWith('/graphql');
        // Octokit parses JSON with a bigint-safe parser that is several times slower than JSON.parse;
        // GitHub's ids are far below 2^53, so REST bodies are parsed natively here.
        if (!graphqlCall)
            options.request = { ...options.request, parseSuccessResponseBody: false };
        const cache = settings.cache;
        const project = projectionName ? (PROJECTIONS[projectionName] ?? PROJECTIONS.compact) : undefined;
        // The cache key, only for the requests that use the cache.
        const url = project && cache && options.method === 'GET' ? rest.request.endpoint.parse(options).url : undefined;
        const hit = url ? cache?.get(url) : undefined;
        if (hit?.etag)
            options.headers['if-none-match'] = hit.etag;
        if (hit?.lastModified)
            options.headers['if-modified-since'] = hit.lastModified;
        try {
            const response = await request(options);
            if (!graphqlCall)
                response.data = await parseBody(response.data, response.headers['content-type']);
            if (project) {
                response.data = project(response.data);
                const etag = response.headers.etag;
                const lastModified = response.headers['last-modified'];
                if (cache && url && (etag || lastModified))
                    cache.set(url, { etag, lastModified, link: response.headers.link, data: response.data });
                if (cache)
                    cache.stats.misses++;
            }
            return response;
        }
        catch (err) {
            if (hit && url && cache && err instanceof request_error_dist_src/* RequestError */.G && err.status === 304) {
                counters.notModified++;
                cache.stats.hits++;
                const headers = { ...(err.response?.headers ?? {}), ...(hit.link ? { link: hit.link } : {}) };
                return { status: 200, url, headers, data: hit.data };
            }
            throw err;
        }
    });
    // GraphQL lives at <base>/graphql (api.github.com/graphql; <host>/api/graphql on GHES).
    const graphqlClient = rest.graphql.defaults({ baseUrl: settings.graphqlUrl.replace(/\/graphql\/?$/, '') });
    const graphql = (query, variables = {}) => graphqlClient(query, variables);
    const tokenKind = settings.token.startsWith('ghs_') ? 'installation' : 'user';
    return { rest, graphql, counters, tokenKind };
}
function statusOf(err) {
    return err instanceof request_error_dist_src/* RequestError */.G ? err.status : undefined;
}
function isNotFound(err) {
    return statusOf(err) === 404;
}
/** Read a response body Octokit left unparsed: JSON through JSON.parse, other text as text. */
async function parseBody(body, contentType) {
    if (body === null || body === undefined || typeof body === 'string')
        return body ?? '';
    const stream = body;
    const text = await new Response(stream).text();
    if (contentType && /[/+]json\b/.test(contentType)) {
        try {
            return JSON.parse(text);
        }
        catch {
            return text;
        }
    }
    return text;
}
/** When a 403 or 429 is GitHub's primary rate limit: the time it resets, else undefined. */
function rateLimitReset(err) {
    if (!(err instanceof request_error_dist_src/* RequestError */.G) || (err.status !== 403 && err.status !== 429))
        return undefined;
    const headers = err.response?.headers ?? {};
    if (headers['x-ratelimit-remaining'] !== '0')
        return undefined;
    const reset = Number(headers['x-ratelimit-reset']);
    return Number.isFinite(reset) && reset > 0 ? new Date(reset * 1000) : new Date(Date.now() + 3600_000);
}
/** What to tell a person about a failed GitHub read, by status (never by message text). */
function describeReadFailure(err) {
    const reset = rateLimitReset(err);
    if (reset)
        return `GitHub's rate limit for this token is used up until ${reset.toISOString()}; run again after that`;
    const status = statusOf(err);
    if (status === 401)
        return 'the token was rejected';
    if (status === 403)
        return 'the token lacks a permission for it (see README: "Tokens and permissions")';
    if (status === 404)
        return 'it does not exist, or the token cannot see it';
    if (status !== undefined)
        return `GitHub answered ${status}`;
    return `no answer (${err instanceof Error ? err.message : String(err)})`;
}


/***/ }),

/***/ 4189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D2: () => (/* binding */ splitRepo),
/* harmony export */   at: () => (/* binding */ parseFraction),
/* harmony export */   ih: () => (/* binding */ reposByOwner)
/* harmony export */ });
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

/***/ 2205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ek: () => (/* binding */ listOpenAdvisories),
/* harmony export */   Gu: () => (/* binding */ readTextFile),
/* harmony export */   HB: () => (/* binding */ readSecurityPolicies),
/* harmony export */   OU: () => (/* binding */ listAdvisoriesSince),
/* harmony export */   _4: () => (/* binding */ listFailedInvitations),
/* harmony export */   cr: () => (/* binding */ listOrgMembers),
/* harmony export */   sR: () => (/* binding */ listTeamInvitations),
/* harmony export */   vw: () => (/* binding */ listTeamMembers)
/* harmony export */ });
/* unused harmony exports listRepoAdvisories, advisoryRepo, ORG_LISTING_THRESHOLD, SECURITY_POLICY_PATHS */
/* harmony import */ var _clients_github_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9739);
/* harmony import */ var _domain_policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4189);


/**
 * Every advisory of a repository, all states (Link-cursor pages, most recently updated first), as
 * AdvisoryRecords: state, dates, people and the private fork, never the advisory's text.
 */
async function listRepoAdvisories(gh, repo) {
    const { owner, repo: name } = (0,_domain_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .splitRepo */ .D2)(repo);
    const records = await gh.rest.paginate(gh.rest.rest.securityAdvisories.listRepositoryAdvisories, {
        owner,
        repo: name,
        per_page: 100,
        sort: 'updated',
        direction: 'desc',
        ...(0,_clients_github_js__WEBPACK_IMPORTED_MODULE_0__.conditional)('advisories'),
    });
    // The projection ran in the client: these are AdvisoryRecords, whatever Octokit's types say.
    return records;
}
async function listTeamMembers(gh, org, team, role = 'all') {
    return gh.rest.paginate(gh.rest.rest.teams.listMembersInOrg, {
        org,
        team_slug: team,
        role,
        per_page: 100,
        ..._clients_github_js__WEBPACK_IMPORTED_MODULE_0__.CONDITIONAL,
    });
}
async function listOrgMembers(gh, org, role = 'all') {
    return gh.rest.paginate(gh.rest.rest.orgs.listMembers, { org, role, per_page: 100, ..._clients_github_js__WEBPACK_IMPORTED_MODULE_0__.CONDITIONAL });
}
async function listTeamInvitations(gh, org, team) {
    return gh.rest.paginate(gh.rest.rest.teams.listPendingInvitationsInOrg, {
        org,
        team_slug: team,
        per_page: 100,
        ..._clients_github_js__WEBPACK_IMPORTED_MODULE_0__.CONDITIONAL,
    });
}
async function listFailedInvitations(gh, org) {
    return gh.rest.paginate(gh.rest.rest.orgs.listFailedInvitations, { org, per_page: 100, ..._clients_github_js__WEBPACK_IMPORTED_MODULE_0__.CONDITIONAL });
}
/** A text file at a ref (default branch when omitted), or undefined when there is none. */
async function readTextFile(gh, repo, path, ref) {
    const { owner, repo: name } = (0,_domain_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .splitRepo */ .D2)(repo);
    try {
        const { data } = await gh.rest.rest.repos.getContent({
            owner,
            repo: name,
            path,
            ...(ref ? { ref } : {}),
            ..._clients_github_js__WEBPACK_IMPORTED_MODULE_0__.CONDITIONAL,
        });
        if (Array.isArray(data) || data.type !== 'file' || !('content' in data))
            return undefined;
        return { text: Buffer.from(data.content, 'base64').toString('utf8'), sha: data.sha };
    }
    catch (err) {
        if ((0,_clients_github_js__WEBPACK_IMPORTED_MODULE_0__.isNotFound)(err))
            return undefined;
        throw err;
    }
}
/** The repository (owner/name) of an advisory, from its html_url. */
function advisoryRepo(a) {
    const m = /^https?:\/\/[^/]+\/([^/]+\/[^/]+)\/security\/advisories\//.exec(a.html_url);
    return m?.[1];
}
/** From this many covered repositories in one org, open advisories are read org-wide (fewer pages). */
const ORG_LISTING_THRESHOLD = 3;
/** Where GitHub looks for a repository's security policy, in our reading order. */
const SECURITY_POLICY_PATHS = ['SECURITY.md', '.github/SECURITY.md', 'docs/SECURITY.md'];
const GRAPHQL_BATCH = 100;
/**
 * Each repository's SECURITY.md (the first of SECURITY_POLICY_PATHS that exists), by lower-case
 * owner/name. A few repositories: the contents API, conditionally. Many (ORG_LISTING_THRESHOLD and
 * up): GraphQL, a hundred repositories a query, where REST would take one request per file.
 */
async function readSecurityPolicies(gh, repos) {
    const out = new Map();
    if (repos.length < ORG_LISTING_THRESHOLD) {
        await Promise.all(repos.map(async (repo) => {
            for (const path of SECURITY_POLICY_PATHS) {
                const file = await readTextFile(gh, repo, path);
                if (file)
                    return out.set(repo.toLowerCase(), { path, text: file.text });
            }
            return out.set(repo.toLowerCase(), undefined);
        }));
        return out;
    }
    const objects = SECURITY_POLICY_PATHS.map((p, j) => `p${j}: object(expression: ${JSON.stringify(`HEAD:${p}`)}) { __typename ... on Blob { text } }`).join(' ');
    for (let start = 0; start < repos.length; start += GRAPHQL_BATCH) {
        const batch = repos.slice(start, start + GRAPHQL_BATCH);
        const fields = batch.map((repo, i) => {
            const { owner, repo: name } = (0,_domain_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .splitRepo */ .D2)(repo);
            return `r${i}: repository(owner: ${JSON.stringify(owner)}, name: ${JSON.stringify(name)}) { ${objects} }`;
        });
        const data = await gh.graphql(`query SecurityPolicies { ${fields.join(' ')} }`);
        batch.forEach((repo, i) => {
            const found = SECURITY_POLICY_PATHS.map((path, j) => ({ path, text: data[`r${i}`]?.[`p${j}`]?.text })).find((f) => typeof f.text === 'string');
            out.set(repo.toLowerCase(), found ? { path: found.path, text: found.text } : undefined);
        });
    }
    return out;
}
/**
 * Advisories of some repositories of one owner, by lower-case repository. With few repositories,
 * each one's whole list (usually a single page each), filtered by `wanted`. With many, the org-wide
 * lists given, which hold fewer pages; they need write access to advisories, so a token without it
 * falls back to the lists of each repository.
 */
async function advisoriesByRepo(gh, owner, repos, orgLists, wanted) {
    const byRepo = new Map(repos.map((r) => [r.toLowerCase(), []]));
    if (repos.length >= ORG_LISTING_THRESHOLD) {
        try {
            const lists = await Promise.all(orgLists.map(({ state, direction = 'desc', keep }) => gh.rest.paginate(gh.rest.rest.securityAdvisories.listOrgRepositoryAdvisories, {
                org: owner,
                ...(state ? { state } : {}),
                sort: 'updated',
                direction,
                per_page: 100,
                ...(0,_clients_github_js__WEBPACK_IMPORTED_MODULE_0__.conditional)('advisories'),
            }, (response, done) => {
                const page = response.data;
                const kept = keep ? page.filter(keep) : page;
                if (kept.length < page.length)
                    done();
                return kept;
            })));
            const seen = new Set();
            for (const a of lists.flat()) {
                const repo = advisoryRepo(a)?.toLowerCase();
                if (!repo || seen.has(a.ghsa_id) || !wanted(a))
                    continue;
                seen.add(a.ghsa_id);
                byRepo.get(repo)?.push(a);
            }
            return byRepo;
        }
        catch (err) {
            const status = err.status;
            if (status !== 403 && status !== 404)
                throw err;
        }
    }
    await Promise.all(repos.map(async (repo) => byRepo.set(repo.toLowerCase(), (await listRepoAdvisories(gh, repo)).filter(wanted))));
    return byRepo;
}
const isOpen = (a) => a.state === 'triage' || a.state === 'draft';
/** The open advisories (triage and draft) of some repositories of one owner, by repository. */
function listOpenAdvisories(gh, owner, repos) {
    return advisoriesByRepo(gh, owner, repos, [{ state: 'triage' }, { state: 'draft' }], isOpen);
}
/**
 * The advisories of some repositories of one owner that may have been open at some time since
 * `since` (ISO), by repository. Org-wide: all of them most recently updated first, up to the first
 * one updated before `since` (finishing an advisory updates it, so one last updated before `since`
 * was finished before it), and the triage and draft ones least recently updated first, up to the
 * first one updated since (the first list has those): every page read holds advisories that count.
 */
function listAdvisoriesSince(gh, owner, repos, since) {
    const recent = (a) => (a.updated_at ?? '') >= since;
    const old = (a) => !recent(a);
    return advisoriesByRepo(gh, owner, repos, [
        { keep: recent },
        { state: 'triage', direction: 'asc', keep: old },
        { state: 'draft', direction: 'asc', keep: old },
    ], () => true);
}


/***/ }),

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
    const { owner, repo: name } = (0,policy/* splitRepo */.D2)(repo);
    const marker = markerOf(purpose);
    const full = `${marker}\n${body}`;
    const comments = await gh.rest.paginate(gh.rest.rest.issues.listComments, {
        owner,
        repo: name,
        issue_number: issueNumber,
        per_page: 100,
    });
    const mine = comments.find((c) => c.body?.includes(marker));
    if (!mine) {
        const { data } = await gh.rest.rest.issues.createComment({
            owner,
            repo: name,
            issue_number: issueNumber,
            body: full,
        });
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
    const { owner, repo: name } = (0,policy/* splitRepo */.D2)(repo);
    // Newest first; the first with our context is the one GitHub shows.
    const { data } = await gh.rest.rest.repos.listCommitStatusesForRef({ owner, repo: name, ref: sha, per_page: 100 });
    const mine = data.find((s) => s.context === vote/* VOTE_CONTEXT */.Bq);
    return mine ? { state: mine.state, description: mine.description ?? '' } : undefined;
}
async function currentComment(gh, repo, pr) {
    const { owner, repo: name } = (0,policy/* splitRepo */.D2)(repo);
    const marker = `${markerOf(vote/* TALLY_PURPOSE */.qI)}\n`;
    const comments = await gh.rest.paginate(gh.rest.rest.issues.listComments, {
        owner,
        repo: name,
        issue_number: pr,
        per_page: 100,
    });
    const mine = comments.find((c) => c.body?.includes(markerOf(vote/* TALLY_PURPOSE */.qI)));
    if (!mine?.body)
        return undefined;
    return mine.body.startsWith(marker) ? mine.body.slice(marker.length) : mine.body;
}
async function listReviews(gh, repo, pr) {
    const { owner, repo: name } = (0,policy/* splitRepo */.D2)(repo);
    const reviews = await gh.rest.paginate(gh.rest.rest.pulls.listReviews, {
        owner,
        repo: name,
        pull_number: pr,
        per_page: 100,
        ...github.CONDITIONAL,
    });
    return reviews.flatMap((r) => {
        const user = account(r.user);
        return user
            ? [{ user, state: r.state, ...(r.submitted_at ? { submittedAt: r.submitted_at } : {}), url: r.html_url }]
            : [];
    });
}
async function listLabelEvents(gh, repo, pr) {
    const { owner, repo: name } = (0,policy/* splitRepo */.D2)(repo);
    const events = await gh.rest.paginate(gh.rest.rest.issues.listEvents, {
        owner,
        repo: name,
        issue_number: pr,
        per_page: 100,
        ...github.CONDITIONAL,
    });
    return events.flatMap((e) => {
        if ((e.event !== 'labeled' && e.event !== 'unlabeled') || !('label' in e) || !('actor' in e))
            return [];
        const actor = account(e.actor);
        return actor ? [{ event: e.event, label: e.label.name, actor, at: e.created_at }] : [];
    });
}
async function listPulls(gh, repo, number) {
    const { owner, repo: name } = (0,policy/* splitRepo */.D2)(repo);
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
    const { owner, repo: name } = (0,policy/* splitRepo */.D2)(repo);
    const changed = await gh.rest.paginate(gh.rest.rest.pulls.listFiles, {
        owner,
        repo: name,
        pull_number: pr.number,
        per_page: 100,
        ...github.CONDITIONAL,
    });
    const files = changed.flatMap((f) => f.previous_filename && f.previous_filename !== f.filename ? [f.filename, f.previous_filename] : [f.filename]);
    const status = await currentStatus(gh, repo, pr.head.sha);
    if (!files.includes(rosterPath))
        return { pr, files, ...(status ? { status } : {}) };
    const [base, head, comment] = await Promise.all([
        (0,github_read/* readTextFile */.Gu)(gh, repo, rosterPath, pr.base.sha),
        (0,github_read/* readTextFile */.Gu)(gh, repo, rosterPath, pr.head.sha),
        currentComment(gh, repo, pr.number),
    ]);
    return {
        pr,
        files,
        ...(base ? { base } : {}),
        ...(head ? { head } : {}),
        ...(status ? { status } : {}),
        ...(comment !== undefined ? { comment } : {}),
    };
}
function classify(o, rosterPath) {
    if (!o.files.includes(rosterPath))
        return { check: { kind: 'not-nomination', reason: `${rosterPath} is unchanged` } };
    if (!o.base)
        return {
            check: {
                kind: 'invalid',
                problems: [`there is no ${rosterPath} on the base branch (${o.pr.base.sha.slice(0, 7)}).`],
            },
        };
    if (!o.head)
        return { check: { kind: 'invalid', problems: [`this branch deletes ${rosterPath}.`] } };
    const base = (0,roster_text/* rosterFromText */.z)(`${rosterPath} (base ${o.pr.base.sha.slice(0, 7)})`, o.base.text);
    const head = (0,roster_text/* rosterFromText */.z)(`${rosterPath} (head ${o.pr.head.sha.slice(0, 7)})`, o.head.text);
    if (!base.roster || !head.roster) {
        return {
            check: {
                kind: 'invalid',
                problems: (0,roster_text/* describeDiagnostics */.g)([...base.diagnostics, ...head.diagnostics].filter((d) => d.severity === 'error')).slice(0, 20),
            },
        };
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
                const members = await (0,github_read/* listTeamMembers */.vw)(gh, policy.org, team);
                steeringCouncil = members.map((u) => ({ login: u.login, id: Number(u.id) }));
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
        const have = {
            ...(o.status ? { status: o.status } : {}),
            ...(o.comment !== undefined ? { comment: o.comment } : {}),
        };
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
            url: pr.html_url,
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
        results.push({
            number: pr.number,
            url: pr.html_url,
            kind: 'nomination',
            nominees: check.nominees.map((n) => n.login),
            status,
            tally,
            changes,
        });
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
    const { owner, repo: name } = (0,policy/* splitRepo */.D2)(repo);
    for (const r of results) {
        const pr = pulls.find((p) => p.number === r.number);
        for (const c of r.changes) {
            if (c.kind === 'set-status') {
                await gh.rest.rest.repos.createCommitStatus({
                    owner,
                    repo: name,
                    sha: c.sha,
                    state: c.status.state,
                    context: vote/* VOTE_CONTEXT */.Bq,
                    description: c.status.description,
                    target_url: pr.html_url,
                });
            }
            else {
                await upsertMarkedComment(gh, repo, c.pr, vote/* TALLY_PURPOSE */.qI, c.body);
            }
            ctx.log.info(`${repo}: ${describeApplied(c)}`);
        }
    }
}
function describeApplied(c) {
    return c.kind === 'set-status'
        ? `#${c.pr} ${vote/* VOTE_CONTEXT */.Bq} is ${c.status.state}`
        : `#${c.pr} tally comment ${c.action === 'create' ? 'added' : 'updated'}`;
}


/***/ })

};
