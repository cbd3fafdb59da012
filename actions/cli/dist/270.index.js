export const id = 270;
export const ids = [270,739];
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

/***/ 7114:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ upsertPullRequest),
/* harmony export */   a: () => (/* binding */ findOpenPullRequest)
/* harmony export */ });
/* harmony import */ var _clients_github_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9739);
/* harmony import */ var _domain_policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4189);


/** The open PR of a tool branch, if there is one. */
async function findOpenPullRequest(gh, repo, branch) {
    const { owner, repo: name } = (0,_domain_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .splitRepo */ .D2)(repo);
    const { data } = await gh.rest.rest.pulls.list({
        owner,
        repo: name,
        state: 'open',
        head: `${owner}:${branch}`,
        per_page: 10,
    });
    const pr = data[0];
    return pr
        ? { number: pr.number, url: pr.html_url, title: pr.title, body: pr.body ?? '', headSha: pr.head.sha }
        : undefined;
}
async function fileAt(gh, repo, path, ref) {
    const { owner, repo: name } = (0,_domain_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .splitRepo */ .D2)(repo);
    try {
        const { data } = await gh.rest.rest.repos.getContent({ owner, repo: name, path, ref });
        if (Array.isArray(data) || data.type !== 'file' || !('content' in data))
            return undefined;
        return { sha: data.sha, content: Buffer.from(data.content, 'base64').toString('utf8') };
    }
    catch (err) {
        if ((0,_clients_github_js__WEBPACK_IMPORTED_MODULE_0__.isNotFound)(err))
            return undefined;
        throw err;
    }
}
/**
 * Make the ops repo hold exactly one open PR from `branch` whose files equal `files` on top of the
 * default branch. Nothing is written when the open PR already says and holds the same.
 */
async function upsertPullRequest(gh, pr) {
    const { owner, repo: name } = (0,_domain_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .splitRepo */ .D2)(pr.repo);
    const { data: repository } = await gh.rest.rest.repos.get({ owner, repo: name });
    const base = repository.default_branch;
    const existing = await findOpenPullRequest(gh, pr.repo, pr.branch);
    let filesCurrent = false;
    if (existing) {
        const current = await Promise.all(pr.files.map((f) => fileAt(gh, pr.repo, f.path, existing.headSha)));
        filesCurrent = current.every((c, i) => c?.content === pr.files[i].content);
    }
    if (existing && filesCurrent && existing.title === pr.title && existing.body === pr.body) {
        return { number: existing.number, url: existing.url, action: 'unchanged' };
    }
    if (!filesCurrent) {
        const { data: baseRef } = await gh.rest.rest.git.getRef({ owner, repo: name, ref: `heads/${base}` });
        const baseSha = baseRef.object.sha;
        try {
            await gh.rest.rest.git.updateRef({ owner, repo: name, ref: `heads/${pr.branch}`, sha: baseSha, force: true });
        }
        catch (err) {
            // 422 "Reference does not exist" (or 404): a first run creates the branch.
            if (!(0,_clients_github_js__WEBPACK_IMPORTED_MODULE_0__.isNotFound)(err) && err.status !== 422)
                throw err;
            await gh.rest.rest.git.createRef({ owner, repo: name, ref: `refs/heads/${pr.branch}`, sha: baseSha });
        }
        for (const file of pr.files) {
            const current = await fileAt(gh, pr.repo, file.path, pr.branch);
            if (current?.content === file.content)
                continue;
            await gh.rest.rest.repos.createOrUpdateFileContents({
                owner,
                repo: name,
                path: file.path,
                branch: pr.branch,
                message: pr.commitMessage,
                content: Buffer.from(file.content, 'utf8').toString('base64'),
                ...(current ? { sha: current.sha } : {}),
            });
        }
    }
    if (existing) {
        if (existing.title !== pr.title || existing.body !== pr.body) {
            await gh.rest.rest.pulls.update({
                owner,
                repo: name,
                pull_number: existing.number,
                title: pr.title,
                body: pr.body,
            });
        }
        return { number: existing.number, url: existing.url, action: 'updated' };
    }
    const { data: created } = await gh.rest.rest.pulls.create({
        owner,
        repo: name,
        head: pr.branch,
        base,
        title: pr.title,
        body: pr.body,
    });
    if (pr.labels?.length)
        await gh.rest.rest.issues.addLabels({ owner, repo: name, issue_number: created.number, labels: pr.labels });
    if (pr.reviewers?.users?.length || pr.reviewers?.teams?.length) {
        await gh.rest.rest.pulls.requestReviewers({
            owner,
            repo: name,
            pull_number: created.number,
            reviewers: pr.reviewers.users ?? [],
            team_reviewers: pr.reviewers.teams ?? [],
        });
    }
    return { number: created.number, url: created.html_url, action: 'created' };
}


/***/ })

};
