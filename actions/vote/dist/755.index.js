export const id = 755;
export const ids = [755];
export const modules = {

/***/ 7755:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  OctokitGitHub: () => (/* binding */ OctokitGitHub),
  createGitHubApi: () => (/* binding */ createGitHubApi),
  splitFullName: () => (/* binding */ splitFullName)
});

// EXTERNAL MODULE: ./node_modules/@octokit/graphql/dist-bundle/index.js
var dist_bundle = __webpack_require__(9964);
// EXTERNAL MODULE: ./actions/lib/clients/github/failures.ts
var failures = __webpack_require__(9026);
// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 6 modules
var dist_src = __webpack_require__(568);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var plugin_paginate_rest_dist_bundle = __webpack_require__(3779);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var plugin_retry_dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./node_modules/@octokit/request-error/dist-src/index.js
var request_error_dist_src = __webpack_require__(1015);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(3251);
var light_default = /*#__PURE__*/__webpack_require__.n(light);
;// CONCATENATED MODULE: ./actions/lib/clients/github/projections.ts
// What a conditional (cached) GitHub answer keeps: a whitelist per kind of answer, checked for shape.
// Two reasons to keep less than GitHub sends: embargo (advisory summaries and descriptions, issue and
// comment bodies, private-fork branch names and file paths must never reach the disk, and the cache
// is stored between runs) and size (a page of 100 advisories is ~0.5 MB, most of it API links and
// profile fields). A conditional request returns the projected form on a 200 as well as on a 304, so
// a caller sees the same shape whether the cache answered or not. An answer of the wrong shape is a
// MalformedResponseError naming the route: it is never cached and never echoed.

function isObject(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
class Shape {
    route;
    constructor(route) {
        this.route = route;
    }
    fail(problem) {
        throw new failures/* MalformedResponseError */.f7(this.route, problem);
    }
    object(v, what) {
        if (!isObject(v))
            return this.fail(`${what} that is not an object`);
        return v;
    }
    list(v, what) {
        if (!Array.isArray(v))
            return this.fail(`${what} that is not a list`);
        return v;
    }
    string(o, key) {
        const v = o[key];
        if (typeof v !== 'string')
            return this.fail(`an entry whose "${key}" is not text`);
        return v;
    }
    optionalString(o, key) {
        const v = o[key];
        if (v === undefined || v === null)
            return null;
        if (typeof v !== 'string')
            return this.fail(`an entry whose "${key}" is not text`);
        return v;
    }
    number(o, key) {
        const v = o[key];
        if (typeof v !== 'number' || !Number.isSafeInteger(v))
            return this.fail(`an entry whose "${key}" is not a whole number`);
        return v;
    }
    account(v) {
        const o = this.object(v, 'an account');
        return { login: this.string(o, 'login'), id: this.number(o, 'id') };
    }
    optionalAccount(v) {
        return v === null || v === undefined ? null : this.account(v);
    }
    accounts(v) {
        return v === null || v === undefined ? null : this.list(v, 'a people list').map((u) => this.account(u));
    }
}
const STATES = new Set(['triage', 'draft', 'published', 'closed', 'withdrawn']);
function advisoryRecord(s, v) {
    const a = s.object(v, 'an advisory');
    const state = s.string(a, 'state');
    if (!STATES.has(state))
        return s.fail(`an advisory in the unknown state "${state}"`);
    const credits = a.credits;
    const detailed = a.credits_detailed;
    const teams = a.collaborating_teams;
    const fork = a.private_fork;
    return {
        ghsa_id: s.string(a, 'ghsa_id'),
        cve_id: s.optionalString(a, 'cve_id'),
        html_url: s.string(a, 'html_url'),
        state: state,
        created_at: s.optionalString(a, 'created_at'),
        updated_at: s.optionalString(a, 'updated_at'),
        published_at: s.optionalString(a, 'published_at'),
        closed_at: s.optionalString(a, 'closed_at'),
        withdrawn_at: s.optionalString(a, 'withdrawn_at'),
        credits: credits === null || credits === undefined
            ? null
            : s.list(credits, 'credits').map((c) => {
                const o = s.object(c, 'a credit');
                return {
                    login: typeof o.login === 'string' ? o.login : '',
                    type: typeof o.type === 'string' ? o.type : '',
                };
            }),
        credits_detailed: detailed === null || detailed === undefined
            ? null
            : s.list(detailed, 'credits').map((c) => {
                const o = s.object(c, 'a credit');
                return { user: s.account(o.user), type: s.string(o, 'type'), state: s.optionalString(o, 'state') ?? '' };
            }),
        collaborating_users: s.accounts(a.collaborating_users),
        collaborating_teams: teams === null || teams === undefined
            ? null
            : s.list(teams, 'teams').map((t) => ({ slug: s.string(s.object(t, 'a team'), 'slug') })),
        private_fork: fork === null || fork === undefined ? null : { full_name: s.string(s.object(fork, 'a fork'), 'full_name') },
        author: s.optionalAccount(a.author),
    };
}
/** A list whose every entry keeps only `pick`'s fields. */
function listOf(pick) {
    return (data, route) => {
        const s = new Shape(route);
        return s.list(data, 'a body').map((item) => pick(s, s.object(item, 'an entry')));
    };
}
function one(pick) {
    return (data, route) => {
        const s = new Shape(route);
        return pick(s, s.object(data, 'a body'));
    };
}
const withUser = (s, o) => ({
    user: s.optionalAccount(o.user),
    created_at: s.optionalString(o, 'created_at'),
    html_url: s.string(o, 'html_url'),
});
const PROJECTIONS = {
    account: one((s, o) => s.account(o)),
    accounts: listOf((s, o) => s.account(o)),
    advisories: (data, route) => {
        const s = new Shape(route);
        return s.list(data, 'a body').map((a) => advisoryRecord(s, a));
    },
    invitations: listOf((s, o) => ({
        id: s.number(o, 'id'),
        login: s.optionalString(o, 'login'),
        created_at: s.optionalString(o, 'created_at'),
        failed_at: s.optionalString(o, 'failed_at'),
        failed_reason: s.optionalString(o, 'failed_reason'),
    })),
    orgRoles: one((s, o) => ({
        roles: s.list(o.roles ?? [], 'roles').map((r) => {
            const role = s.object(r, 'a role');
            return { id: s.number(role, 'id'), name: s.string(role, 'name') };
        }),
    })),
    teams: listOf((s, o) => ({ slug: s.string(o, 'slug') })),
    privateReporting: one((s, o) => {
        const enabled = o.enabled;
        if (typeof enabled !== 'boolean')
            return s.fail('an answer without "enabled"');
        return { enabled };
    }),
    /** A file of the contents API: public or ops-repo files only (never a report file: it names reporters). */
    file: (data, route) => {
        const s = new Shape(route);
        if (Array.isArray(data))
            return { type: 'dir' };
        const o = s.object(data, 'a body');
        const type = s.string(o, 'type');
        return type === 'file'
            ? { type: 'file', sha: s.string(o, 'sha'), content: s.string(o, 'content') }
            : { type: 'other' };
    },
    pulls: listOf((s, o) => ({
        number: s.number(o, 'number'),
        html_url: s.string(o, 'html_url'),
        state: s.string(o, 'state'),
        created_at: s.string(o, 'created_at'),
        updated_at: s.string(o, 'updated_at'),
        user: s.optionalAccount(o.user),
    })),
    reviews: listOf((s, o) => ({
        user: s.optionalAccount(o.user),
        state: s.string(o, 'state'),
        submitted_at: s.optionalString(o, 'submitted_at'),
        html_url: s.string(o, 'html_url'),
    })),
    dated: listOf(withUser),
    issueComments: listOf((s, o) => ({ ...withUser(s, o), issue_url: s.optionalString(o, 'issue_url') })),
    labelEvents: listOf((s, o) => {
        const label = o.label;
        return {
            event: s.string(o, 'event'),
            label: label && typeof label === 'object' && 'name' in label ? String(label.name) : null,
            actor: s.optionalAccount(o.actor),
            created_at: s.string(o, 'created_at'),
        };
    }),
    pullFiles: listOf((s, o) => ({
        filename: s.string(o, 'filename'),
        previous_filename: s.optionalString(o, 'previous_filename'),
    })),
    issues: listOf((s, o) => ({
        number: s.number(o, 'number'),
        html_url: s.string(o, 'html_url'),
        state: s.string(o, 'state'),
        created_at: s.string(o, 'created_at'),
        updated_at: s.string(o, 'updated_at'),
        pull_request: o.pull_request !== undefined && o.pull_request !== null,
    })),
};

;// CONCATENATED MODULE: ./actions/lib/clients/github/transport.ts
// The wire under the GitHub client: Octokit (requests by route, pagination) with GitHub's throttling
// and retry plugins, the pinned API version, a timeout on every request, strict JSON bodies, and
// conditional requests through an ETag cache. Settings come from the entry; nothing here reads the
// environment. Jobs never see this module: they use the GitHubApi interface (api.ts).





// The light build: Bottleneck without Redis clustering (which psrt-ops never uses), as plugin-throttling
// The light build: Bottleneck without Redis clustering (which psrt-ops never uses), as plugin-throttling
// itself imports it; the full one would put a second copy, twice the size, in every bundle.



const API_VERSION = '2022-11-28';
/** The request header that opts a GET into conditional requests; removed before the request is sent. */
const CONDITIONAL_HEADER = 'x-psrt-conditional';
/**
 * Spread into a GET's parameters to make it a conditional request through the ETag cache, its answer
 * projected (projections.ts: only the fields named there, never free text). A header, not a request
 * option, because pagination carries only method, URL and headers onward.
 */
function conditional(projection) {
    return { headers: { [CONDITIONAL_HEADER]: projection } };
}
/**
 * Spread into a GET's parameters to shape-check and project its answer like `conditional`, but never
 * through the cache: for answers holding text that must not reach the disk (report files, records).
 */
function projected(projection) {
    return { headers: { [CONDITIONAL_HEADER]: `${projection};uncached` } };
}
// Routes are spelled out (`request('GET /repos/{owner}/{repo}')`, typed by @octokit/types): the endpoint
// methods plugin would add a map of every route to each bundle.
const PsrtOctokit = dist_src/* Octokit */.E.plugin(plugin_paginate_rest_dist_bundle/* paginateRest */.ud, plugin_throttling_dist_bundle/* throttling */.A, plugin_retry_dist_bundle/* retry */.L);
const DEFAULT_TIMEOUT_MS = 30_000;
/** fetch with a timeout on each attempt; a failure without an HTTP answer becomes a NetworkFailure (Octokit keeps it as `cause`). */
function timedFetch(base, timeoutMs) {
    return async (input, init) => {
        const timeout = AbortSignal.timeout(timeoutMs);
        const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
        try {
            return await base(input, { ...init, signal });
        }
        catch (err) {
            throw new failures/* NetworkFailure */.pM((0,failures/* networkFailureKind */.pD)(err, timeout.aborted), Math.round(timeoutMs / 1000));
        }
    };
}
function createTransport(settings) {
    const counters = { requests: 0, notModified: 0, writes: 0 };
    const maxWait = settings.maxRateLimitWaitSeconds ?? 900;
    const timeoutMs = settings.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const octokit = new PsrtOctokit({
        auth: settings.token,
        baseUrl: settings.apiUrl.replace(/\/+$/, ''),
        userAgent: 'psrt-ops',
        // No `request.retries` default here: plugin-retry would then retry every error, 304s and 404s
        // included. POSTs get `retries: 0` per request below.
        request: { fetch: timedFetch(settings.fetch ?? globalThis.fetch, timeoutMs) },
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
            write: new (light_default()).Group({ maxConcurrent: 1, minTime: settings.minWriteIntervalMs ?? 1000 }),
            // Writes that notify people (comments, issues, PRs): GitHub asks for more room between them.
            notifications: new (light_default()).Group({ maxConcurrent: 1, minTime: (settings.minWriteIntervalMs ?? 1000) * 3 }),
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
    octokit.hook.before('request', (options) => {
        options.headers['x-github-api-version'] = API_VERSION;
        // A POST creates something: if its answer is lost it may have been made, so it is never retried
        // blindly (the next run sees what exists). Rate-limit refusals are still retried by the throttle.
        if (options.method === 'POST' && !String(options.url).endsWith('/graphql')) {
            options.request = { ...options.request, retries: 0 };
        }
    });
    octokit.hook.wrap('request', async (request, options) => {
        counters.requests++;
        if (options.method !== 'GET' && options.method !== 'HEAD')
            counters.writes++;
        const [projectionName, uncached] = String(options.headers[CONDITIONAL_HEADER] ?? '').split(';');
        delete options.headers['x-psrt-conditional'];
        const graphqlCall = typeof options.url === 'string' && options.url.endsWith('/graphql');
        // The route as people read it: the path, without the host or the query.
        const route = `${options.method} ${String(options.url)
            .replace(/^[a-z]+:\/\/[^/]+/i, '')
            .replace(/\?.*$/, '')}`;
        // Octokit parses JSON with a bigint-safe parser that is several times slower than JSON.parse;
        // GitHub's ids are far below 2^53, so REST bodies are parsed natively here.
        if (!graphqlCall)
            options.request = { ...options.request, parseSuccessResponseBody: false };
        const cache = settings.cache;
        const project = projectionName ? PROJECTIONS[projectionName] : undefined;
        // The cache key, only for the requests that use the cache.
        const url = project && cache && !uncached && options.method === 'GET'
            ? octokit.request.endpoint.parse(options).url
            : undefined;
        const hit = url ? cache?.get(url) : undefined;
        if (hit?.etag)
            options.headers['if-none-match'] = hit.etag;
        if (hit?.lastModified)
            options.headers['if-modified-since'] = hit.lastModified;
        try {
            const response = await request(options);
            if (!graphqlCall)
                response.data = await parseBody(response.data, response.headers['content-type'], route, timeoutMs);
            if (project) {
                response.data = project(response.data, route);
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
    const graphqlClient = octokit.graphql.defaults({ baseUrl: settings.graphqlUrl.replace(/\/graphql\/?$/, '') });
    // An answer whose body is not JSON, or JSON without `data`, resolves as undefined: never data.
    const graphql = async (query, variables = {}) => {
        const data = await graphqlClient(query, variables);
        if (data === null || typeof data !== 'object')
            throw new failures/* MalformedResponseError */.f7('POST /graphql', 'an answer without data');
        return data;
    };
    const tokenPrefixKind = settings.token.startsWith('ghs_') ? 'installation' : 'user';
    return { octokit, graphql, counters, tokenPrefixKind };
}
/**
 * Read a response body Octokit left unparsed. A JSON route's body must parse: text that does not (an
 * HTML error page, a truncated answer) is an error naming the route, never the body, and is never cached.
 */
async function parseBody(body, contentType, route, timeoutMs) {
    if (body === null || body === undefined)
        return '';
    let text;
    try {
        text = typeof body === 'string' ? body : await new Response(body).text();
    }
    catch (err) {
        // The headers came, the body did not (a stall ended by the timeout, a reset): a network failure.
        throw new failures/* NetworkFailure */.pM((0,failures/* networkFailureKind */.pD)(err, false), Math.round(timeoutMs / 1000));
    }
    if (text === '')
        return '';
    const json = contentType !== undefined && /[/+]json\b/.test(contentType);
    if (!json && /\/raw\b|text\/plain/.test(contentType ?? ''))
        return text;
    try {
        return JSON.parse(text);
    }
    catch {
        throw new failures/* MalformedResponseError */.f7(route, `a body that is not JSON (${text.length} bytes of ${contentType ?? 'unknown type'})`);
    }
}

;// CONCATENATED MODULE: ./actions/lib/clients/github/advisory-lists.ts


function split(fullName) {
    const slash = fullName.indexOf('/');
    return { owner: fullName.slice(0, slash), repo: fullName.slice(slash + 1) };
}
/** From this many covered repositories in one org, open advisories are read org-wide (fewer pages). */
const ORG_LISTING_THRESHOLD = 3;
/** Where GitHub looks for a repository's security policy, in our reading order. */
const SECURITY_POLICY_PATHS = ['SECURITY.md', '.github/SECURITY.md', 'docs/SECURITY.md'];
/** The repository (owner/name) of an advisory, from its html_url. */
function advisoryRepo(a) {
    const m = /^https?:\/\/[^/]+\/([^/]+\/[^/]+)\/security\/advisories\//.exec(a.html_url);
    return m?.[1];
}
/**
 * Every advisory of a repository, all states (Link-cursor pages, most recently updated first), as
 * AdvisoryRecords: state, dates, people and the private fork, never the advisory's text.
 */
async function listRepoAdvisories(t, repo) {
    const { owner, repo: name } = split(repo);
    const records = await t.octokit.paginate('GET /repos/{owner}/{repo}/security-advisories', {
        owner,
        repo: name,
        per_page: 100,
        sort: 'updated',
        direction: 'desc',
        ...conditional('advisories'),
    });
    // The projection ran in the transport: these are AdvisoryRecords, whatever Octokit's types say.
    return records;
}
/**
 * Advisories of some repositories of one owner, by lower-case repository. With few repositories,
 * each one's whole list (usually a single page each), filtered by `wanted`. With many, the org-wide
 * lists given, which hold fewer pages; they need write access to advisories, so a token without it
 * falls back to the lists of each repository.
 */
async function advisoriesByRepo(t, owner, repos, orgLists, wanted) {
    const byRepo = new Map(repos.map((r) => [r.toLowerCase(), []]));
    if (repos.length >= ORG_LISTING_THRESHOLD) {
        try {
            const lists = await Promise.all(orgLists.map(({ state, direction = 'desc', keep }) => t.octokit.paginate('GET /orgs/{org}/security-advisories', {
                org: owner,
                ...(state ? { state } : {}),
                sort: 'updated',
                direction,
                per_page: 100,
                ...conditional('advisories'),
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
            const status = (0,failures/* statusOf */.c2)(err);
            if (status !== 403 && status !== 404)
                throw err;
        }
    }
    await Promise.all(repos.map(async (repo) => byRepo.set(repo.toLowerCase(), (await listRepoAdvisories(t, repo)).filter(wanted))));
    return byRepo;
}
const isOpen = (a) => a.state === 'triage' || a.state === 'draft';
/** The open advisories (triage and draft) of some repositories of one owner, by repository. */
function listOpenAdvisories(t, owner, repos) {
    return advisoriesByRepo(t, owner, repos, [{ state: 'triage' }, { state: 'draft' }], isOpen);
}
/**
 * The advisories of some repositories of one owner that may have been open at some time since
 * `since` (ISO), by repository. Org-wide: all of them most recently updated first, up to the first
 * one updated before `since` (finishing an advisory updates it, so one last updated before `since`
 * was finished before it), and the triage and draft ones least recently updated first, up to the
 * first one updated since (the first list has those): every page read holds advisories that count.
 */
function listAdvisoriesSince(t, owner, repos, since) {
    const start = Date.parse(since);
    const recent = (a) => a.updated_at !== null && Date.parse(a.updated_at) >= start;
    const old = (a) => !recent(a);
    return advisoriesByRepo(t, owner, repos, [
        { keep: recent },
        { state: 'triage', direction: 'asc', keep: old },
        { state: 'draft', direction: 'asc', keep: old },
    ], () => true);
}
const GRAPHQL_BATCH = 100;
/**
 * Each repository's SECURITY.md (the first of SECURITY_POLICY_PATHS that exists), by lower-case
 * owner/name. A few repositories: the contents API, conditionally. Many (ORG_LISTING_THRESHOLD and
 * up): GraphQL, a hundred repositories a query, where REST would take one request per file.
 */
async function readSecurityPolicies(files, t, repos) {
    const out = new Map();
    if (repos.length < ORG_LISTING_THRESHOLD) {
        await Promise.all(repos.map(async (repo) => {
            for (const path of SECURITY_POLICY_PATHS) {
                const file = await files.readFile(repo, path);
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
            const { owner, repo: name } = split(repo);
            return `r${i}: repository(owner: ${JSON.stringify(owner)}, name: ${JSON.stringify(name)}) { ${objects} }`;
        });
        const data = await t.graphql(`query SecurityPolicies { ${fields.join(' ')} }`);
        batch.forEach((repo, i) => {
            // A repository missing from the answer is not "no SECURITY.md": it was not answered.
            if (!(`r${i}` in data))
                throw new failures/* MalformedResponseError */.f7('POST /graphql', `an answer without the repository ${repo}`);
            const found = SECURITY_POLICY_PATHS.map((path, j) => ({ path, text: data[`r${i}`]?.[`p${j}`]?.text })).find((f) => typeof f.text === 'string');
            out.set(repo.toLowerCase(), found ? { path: found.path, text: found.text } : undefined);
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./actions/lib/clients/github/desk-lists.ts



/** Only what the desk keeps from an answer; anything of another shape is refused, never echoed. */
function titleOf(route, value) {
    const a = value;
    if (!a ||
        typeof a.ghsa_id !== 'string' ||
        typeof a.summary !== 'string' ||
        typeof a.html_url !== 'string' ||
        typeof a.state !== 'string' ||
        (a.updated_at !== null && typeof a.updated_at !== 'string'))
        throw new failures/* MalformedResponseError */.f7(route, 'an advisory without id, summary, link, state or update time');
    return {
        ghsa_id: a.ghsa_id,
        summary: a.summary,
        html_url: a.html_url,
        state: a.state,
        updated_at: a.updated_at ?? null,
    };
}
/** A page as titles and records: the text kept is the title alone. */
function pageOf(route, data) {
    if (!Array.isArray(data))
        throw new failures/* MalformedResponseError */.f7(route, 'a body that is not a list');
    const records = PROJECTIONS.advisories(data, route);
    return data.map((a, i) => ({ page: titleOf(route, a), record: records[i] }));
}
const desk_lists_isOpen = (a) => a.state === 'triage' || a.state === 'draft';
async function listAdvisoriesWithTitles(t, owner, repos, since) {
    const wanted = new Set(repos.map((r) => r.toLowerCase()));
    const start = Date.parse(since);
    const recent = (a) => a.updated_at !== null && Date.parse(a.updated_at) >= start;
    const out = new Map();
    const keep = (a, record, repo) => {
        if (!repo || !wanted.has(repo.toLowerCase()) || out.has(a.ghsa_id))
            return;
        out.set(a.ghsa_id, {
            repo: repo.toLowerCase(),
            ghsaId: a.ghsa_id,
            title: a.summary,
            updatedAt: a.updated_at,
            record,
        });
    };
    if (repos.length >= ORG_LISTING_THRESHOLD) {
        const route = `GET /orgs/${owner}/security-advisories`;
        const lists = [
            { direction: 'desc', counts: recent },
            { state: 'triage', direction: 'asc', counts: (a) => !recent(a) },
            { state: 'draft', direction: 'asc', counts: (a) => !recent(a) },
        ];
        try {
            await Promise.all(lists.map(({ state, direction, counts }) => t.octokit.paginate('GET /orgs/{org}/security-advisories', { org: owner, ...(state ? { state } : {}), sort: 'updated', direction, per_page: 100 }, (response, done) => {
                const page = pageOf(route, response.data);
                const kept = page.filter((x) => counts(x.page));
                if (kept.length < page.length)
                    done();
                for (const x of kept)
                    keep(x.page, x.record, advisoryRepo(x.page));
                return [];
            })));
            return [...out.values()];
        }
        catch (err) {
            const status = (0,failures/* statusOf */.c2)(err);
            if (status !== 403 && status !== 404)
                throw err;
            out.clear();
        }
    }
    await Promise.all(repos.map((repo) => {
        const slash = repo.indexOf('/');
        const route = `GET /repos/${repo}/security-advisories`;
        return t.octokit.paginate('GET /repos/{owner}/{repo}/security-advisories', { owner: repo.slice(0, slash), repo: repo.slice(slash + 1), per_page: 100, sort: 'updated', direction: 'desc' }, (response) => {
            for (const x of pageOf(route, response.data))
                if (desk_lists_isOpen(x.page) || recent(x.page))
                    keep(x.page, x.record, repo);
            return [];
        });
    }));
    return [...out.values()];
}
/**
 * The titles of the advisories updated at or after `after` (ISO), most recently updated first: the
 * org-wide list from ORG_LISTING_THRESHOLD repositories in the org, else each repository's list, each
 * read only down to the first advisory updated before `after`.
 */
async function listRecentTitles(t, owner, repos, after) {
    const wanted = new Set(repos.map((r) => r.toLowerCase()));
    const start = Date.parse(after);
    const out = [];
    const take = (route, data, repoOf, done) => {
        for (const { page, record } of pageOf(route, data)) {
            if (page.updated_at === null || Date.parse(page.updated_at) < start) {
                done();
                return;
            }
            const repo = repoOf(page)?.toLowerCase();
            if (repo && wanted.has(repo))
                out.push({ repo, ghsaId: page.ghsa_id, title: page.summary, updatedAt: page.updated_at, record });
        }
    };
    if (repos.length >= ORG_LISTING_THRESHOLD) {
        const route = `GET /orgs/${owner}/security-advisories`;
        try {
            await t.octokit.paginate('GET /orgs/{org}/security-advisories', { org: owner, sort: 'updated', direction: 'desc', per_page: 100 }, (response, done) => {
                take(route, response.data, advisoryRepo, done);
                return [];
            });
            return out;
        }
        catch (err) {
            const status = (0,failures/* statusOf */.c2)(err);
            if (status !== 403 && status !== 404)
                throw err;
            out.length = 0;
        }
    }
    await Promise.all(repos.map((repo) => {
        const slash = repo.indexOf('/');
        const route = `GET /repos/${repo}/security-advisories`;
        return t.octokit.paginate('GET /repos/{owner}/{repo}/security-advisories', { owner: repo.slice(0, slash), repo: repo.slice(slash + 1), per_page: 100, sort: 'updated', direction: 'desc' }, (response, done) => {
            take(route, response.data, () => repo, done);
            return [];
        });
    }));
    return out;
}

;// CONCATENATED MODULE: ./actions/lib/clients/github/octokit-api.ts
// GitHubApi over Octokit: each operation is one or a few REST or GraphQL requests, conditional where
// an unchanged answer is likely (a 304 costs no rate limit), projected to the fields named in
// projections.ts. Every list is read whole, 100 a page.





function splitFullName(fullName) {
    const slash = fullName.indexOf('/');
    return { owner: fullName.slice(0, slash), repo: fullName.slice(slash + 1) };
}
const account = (u) => u ? { login: u.login, id: u.id } : undefined;
function invitation(i) {
    if (!i.login)
        return undefined;
    return {
        id: i.id,
        login: i.login,
        ...(i.created_at ? { createdAt: i.created_at } : {}),
        ...(i.failed_at ? { failedAt: i.failed_at } : {}),
        ...(i.failed_reason ? { failedReason: i.failed_reason } : {}),
    };
}
/** Read a field GitHub always sends; a missing one means the answer is not what the route sends. */
function required(value, route, what) {
    if (value === null || value === undefined)
        throw new failures/* MalformedResponseError */.f7(route, `an answer without ${what}`);
    return value;
}
const PROFILE_BATCH = 100;
/**
 * Files that hold embargoed text (report files: reporters' names and addresses, grants, exploitation;
 * CVE records before publication): read past the ETag cache whichever client reads them, so their text
 * never reaches the cache kept on disk (and, through actions/cache, between runs).
 */
const EMBARGOED_FILE = /^(?:reports|records)\//;
class OctokitGitHub {
    transport;
    /** readFile through the ETag cache (off for files holding embargoed text: see withoutFileCache). */
    cacheFiles;
    constructor(transport, options = {}) {
        this.transport = transport;
        this.cacheFiles = options.cacheFiles ?? true;
    }
    get counters() {
        return this.transport.counters;
    }
    get octokit() {
        return this.transport.octokit;
    }
    // --- accounts -------------------------------------------------------------------------------
    async tokenIdentity() {
        if (this.transport.tokenPrefixKind === 'installation')
            return { kind: 'app' };
        try {
            const { data } = await this.octokit.request('GET /user', { ...conditional('account') });
            const a = data;
            return { kind: 'user', account: { login: a.login, id: a.id } };
        }
        catch (err) {
            // An installation token without the usual prefix cannot read /user (403); GitHub says it is an
            // installation when the installation's repository list answers. Anything else: unknown (throw).
            if ((0,failures/* statusOf */.c2)(err) !== 403)
                throw err;
            await this.octokit.request('GET /installation/repositories', { per_page: 1 });
            return { kind: 'app' };
        }
    }
    async accountById(id) {
        try {
            const { data } = await this.octokit.request('GET /user/{account_id}', {
                account_id: id,
                ...conditional('account'),
            });
            const a = data;
            return { login: a.login, id: a.id };
        }
        catch (err) {
            if ((0,failures/* isNotFound */.c4)(err))
                return null;
            throw err;
        }
    }
    async profilesByLogin(logins) {
        const out = new Map();
        for (let start = 0; start < logins.length; start += PROFILE_BATCH) {
            const batch = logins.slice(start, start + PROFILE_BATCH);
            const query = `query Profiles { ${batch.map((login, i) => `u${i}: user(login: ${JSON.stringify(login)}) { login databaseId name }`).join(' ')} }`;
            let data;
            try {
                data = await this.transport.graphql(query);
            }
            catch (err) {
                // A login GitHub does not know is a NOT_FOUND error beside the others' data.
                if (!(err instanceof dist_bundle/* GraphqlResponseError */.rp) ||
                    !err.errors?.every((e) => e.type === 'NOT_FOUND'))
                    throw err;
                data = (err.data ?? {});
            }
            batch.forEach((login, i) => {
                // Every alias answers (null for a login GitHub does not know); a missing one is no answer at all.
                if (!(`u${i}` in data))
                    throw new failures/* MalformedResponseError */.f7('POST /graphql', `an answer without the user ${login}`);
                const u = data[`u${i}`];
                out.set(login, u && typeof u.databaseId === 'number'
                    ? { login: u.login, id: u.databaseId, ...(u.name ? { name: u.name } : {}) }
                    : null);
            });
        }
        return out;
    }
    // --- org, teams, roles ------------------------------------------------------------------------
    async listOrgMembers(org, role = 'all') {
        const list = await this.octokit.paginate('GET /orgs/{org}/members', {
            org,
            role,
            per_page: 100,
            ...conditional('accounts'),
        });
        return list.map((a) => ({ login: a.login, id: a.id }));
    }
    async listTeamMembers(org, team) {
        const list = (await this.octokit.paginate('GET /orgs/{org}/teams/{team_slug}/members', {
            org,
            team_slug: team,
            per_page: 100,
            ...conditional('accounts'),
        }));
        return list.map((m) => ({ login: m.login, id: m.id }));
    }
    async listTeamInvitations(org, team) {
        const list = await this.octokit.paginate('GET /orgs/{org}/teams/{team_slug}/invitations', {
            org,
            team_slug: team,
            per_page: 100,
            ...conditional('invitations'),
        });
        return list
            .map(invitation)
            .filter((i) => i !== undefined);
    }
    async setTeamMembership(org, team, login, role) {
        await this.octokit.request('PUT /orgs/{org}/teams/{team_slug}/memberships/{username}', {
            org,
            team_slug: team,
            username: login,
            role,
        });
    }
    async removeTeamMembership(org, team, login) {
        try {
            await this.octokit.request('DELETE /orgs/{org}/teams/{team_slug}/memberships/{username}', {
                org,
                team_slug: team,
                username: login,
            });
        }
        catch (err) {
            if (!(0,failures/* isNotFound */.c4)(err))
                throw err; // already gone
        }
    }
    async findOrgRole(org, name) {
        const { data } = await this.octokit.request('GET /orgs/{org}/organization-roles', {
            org,
            ...conditional('orgRoles'),
        });
        const role = data.roles.find((r) => r.name === name);
        if (!role)
            return null;
        const teams = await this.octokit.paginate('GET /orgs/{org}/organization-roles/{role_id}/teams', {
            org,
            role_id: role.id,
            per_page: 100,
            ...conditional('teams'),
        });
        return { id: role.id, name: role.name, teams: teams.map((t) => t.slug) };
    }
    async assignOrgRoleToTeam(org, team, roleId) {
        await this.octokit.request('PUT /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}', {
            org,
            team_slug: team,
            role_id: roleId,
        });
    }
    // --- repositories ---------------------------------------------------------------------------------
    async getRepository(repo) {
        const { owner, repo: name } = splitFullName(repo);
        const { data } = await this.octokit.request('GET /repos/{owner}/{repo}', { owner, repo: name });
        const route = `GET /repos/${repo}`;
        return {
            fullName: required(data.full_name, route, 'full_name'),
            defaultBranch: required(data.default_branch, route, 'default_branch'),
            private: required(data.private, route, 'private'),
        };
    }
    async privateVulnerabilityReporting(repo) {
        const { owner, repo: name } = splitFullName(repo);
        const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/private-vulnerability-reporting', {
            owner,
            repo: name,
            ...conditional('privateReporting'),
        });
        return data.enabled;
    }
    async enablePrivateVulnerabilityReporting(repo) {
        const { owner, repo: name } = splitFullName(repo);
        await this.octokit.request('PUT /repos/{owner}/{repo}/private-vulnerability-reporting', { owner, repo: name });
    }
    securityPolicies(repos) {
        return readSecurityPolicies(this, this.transport, repos);
    }
    async readFile(repo, path, ref) {
        const { owner, repo: name } = splitFullName(repo);
        try {
            const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
                owner,
                repo: name,
                path,
                ...(ref ? { ref } : {}),
                ...(this.cacheFiles && !EMBARGOED_FILE.test(path) ? conditional('file') : projected('file')),
            });
            const file = data;
            if (file.type !== 'file')
                return undefined;
            return { text: Buffer.from(file.content, 'base64').toString('utf8'), sha: file.sha };
        }
        catch (err) {
            if ((0,failures/* isNotFound */.c4)(err))
                return undefined;
            throw err;
        }
    }
    // --- advisories -------------------------------------------------------------------------------------
    listOpenAdvisories(owner, repos) {
        return listOpenAdvisories(this.transport, owner, repos);
    }
    listAdvisoriesSince(owner, repos, since) {
        return listAdvisoriesSince(this.transport, owner, repos, since);
    }
    async getAdvisory(repo, ghsa) {
        const { owner, repo: name } = splitFullName(repo);
        const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/security-advisories/{ghsa_id}', {
            owner,
            repo: name,
            ghsa_id: ghsa,
        });
        if (!data || typeof data !== 'object' || data.ghsa_id !== ghsa)
            throw new failures/* MalformedResponseError */.f7(`GET /repos/${repo}/security-advisories/${ghsa}`, 'an answer that is not that advisory');
        return data;
    }
    async updateAdvisory(repo, ghsa, patch) {
        const { owner, repo: name } = splitFullName(repo);
        await this.octokit.request('PATCH /repos/{owner}/{repo}/security-advisories/{ghsa_id}', {
            owner,
            repo: name,
            ghsa_id: ghsa,
            ...patch,
        });
    }
    async listAdvisoryComments(repo, ghsa, since) {
        const { owner, repo: name } = splitFullName(repo);
        // The comments preview is not in Octokit's types: the route is spelled out, the shape projected.
        const comments = await this.octokit.paginate('GET /repos/{owner}/{repo}/security-advisories/{ghsa_id}/comments', {
            owner,
            repo: name,
            ghsa_id: ghsa,
            since,
            per_page: 100,
            ...conditional('dated'),
        });
        return datedEvents(comments);
    }
    // --- pull requests --------------------------------------------------------------------------------
    async listOpenPullRequests(repo) {
        const { owner, repo: name } = splitFullName(repo);
        const pulls = await this.octokit.paginate('GET /repos/{owner}/{repo}/pulls', {
            owner,
            repo: name,
            state: 'open',
            per_page: 100,
        });
        return pulls.map((p) => pullRequestInfo(p, `GET /repos/${repo}/pulls`));
    }
    async getPullRequest(repo, number) {
        const { owner, repo: name } = splitFullName(repo);
        const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
            owner,
            repo: name,
            pull_number: number,
        });
        return pullRequestInfo(data, `GET /repos/${repo}/pulls/${number}`);
    }
    async listPullRequestFiles(repo, number) {
        const { owner, repo: name } = splitFullName(repo);
        const files = (await this.octokit.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
            owner,
            repo: name,
            pull_number: number,
            per_page: 100,
            ...conditional('pullFiles'),
        }));
        return files.flatMap((f) => f.previous_filename && f.previous_filename !== f.filename ? [f.filename, f.previous_filename] : [f.filename]);
    }
    async listReviews(repo, number) {
        const { owner, repo: name } = splitFullName(repo);
        const reviews = (await this.octokit.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
            owner,
            repo: name,
            pull_number: number,
            per_page: 100,
            ...conditional('reviews'),
        }));
        return reviews.map((r) => ({
            ...(r.user ? { user: account(r.user) } : {}),
            state: r.state,
            ...(r.submitted_at ? { submittedAt: r.submitted_at } : {}),
            url: r.html_url,
        }));
    }
    async listLabelEvents(repo, number) {
        const { owner, repo: name } = splitFullName(repo);
        const events = (await this.octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/events', {
            owner,
            repo: name,
            issue_number: number,
            per_page: 100,
            ...conditional('labelEvents'),
        }));
        return events.flatMap((e) => (e.event === 'labeled' || e.event === 'unlabeled') && e.label !== null
            ? [{ event: e.event, label: e.label, ...(e.actor ? { actor: account(e.actor) } : {}), at: e.created_at }]
            : []);
    }
    async listPullActivitySince(repo, since) {
        const { owner, repo: name } = splitFullName(repo);
        const start = Date.parse(since);
        const pulls = (await this.octokit.paginate('GET /repos/{owner}/{repo}/pulls', { owner, repo: name, state: 'all', sort: 'updated', direction: 'desc', per_page: 100, ...conditional('pulls') }, (response, done) => {
            const page = response.data;
            if (page.some((p) => Date.parse(p.updated_at) < start))
                done();
            return page;
        }));
        const recent = pulls.filter((p) => Date.parse(p.updated_at) >= start);
        const events = recent.flatMap((p) => p.user ? [{ user: account(p.user), at: p.created_at, url: p.html_url }] : []);
        if (recent.length === 0)
            return { pulls: events, reviews: [] };
        const reviews = await Promise.all(recent.map((p) => this.listReviews(repo, p.number)));
        const comments = (await this.octokit.paginate('GET /repos/{owner}/{repo}/pulls/comments', {
            owner,
            repo: name,
            since,
            per_page: 100,
            ...conditional('dated'),
        }));
        return {
            pulls: events,
            reviews: [
                ...reviews
                    .flat()
                    .flatMap((r) => (r.user && r.submittedAt ? [{ user: r.user, at: r.submittedAt, url: r.url }] : [])),
                ...datedEvents(comments),
            ],
        };
    }
    async listCommitStatuses(repo, sha, context) {
        const { owner, repo: name } = splitFullName(repo);
        // Newest first; the first with the context is the one GitHub shows.
        const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/commits/{ref}/statuses', {
            owner,
            repo: name,
            ref: sha,
            per_page: 100,
        });
        if (!Array.isArray(data))
            throw new failures/* MalformedResponseError */.f7(`GET /repos/${repo}/commits/${sha}/statuses`, 'a body that is not a list');
        return data
            .filter((s) => s.context === context)
            .map((s) => ({
            state: s.state,
            description: s.description ?? '',
            ...(s.creator ? { creator: { login: s.creator.login, id: Number(s.creator.id) } } : {}),
        }));
    }
    async setCommitStatus(repo, sha, status) {
        const { owner, repo: name } = splitFullName(repo);
        await this.octokit.request('POST /repos/{owner}/{repo}/statuses/{sha}', {
            owner,
            repo: name,
            sha,
            state: status.state,
            context: status.context,
            description: status.description,
            ...(status.targetUrl ? { target_url: status.targetUrl } : {}),
        });
    }
    // --- issues and comments -------------------------------------------------------------------------
    async listLabelledIssues(repo, label, state) {
        const { owner, repo: name } = splitFullName(repo);
        // Not cached: the tool reads its own markers from the bodies, and the cache keeps no text.
        const issues = await this.octokit.paginate('GET /repos/{owner}/{repo}/issues', {
            owner,
            repo: name,
            labels: label,
            state,
            per_page: 100,
        });
        const route = `GET /repos/${repo}/issues`;
        if (!Array.isArray(issues))
            throw new failures/* MalformedResponseError */.f7(route, 'a body that is not a list');
        return issues
            .filter((i) => !i.pull_request)
            .map((i) => ({
            number: required(i.number, route, 'number'),
            url: required(i.html_url, route, 'html_url'),
            state: i.state === 'closed' ? 'closed' : 'open',
            createdAt: required(i.created_at, route, 'created_at'),
            updatedAt: required(i.updated_at, route, 'updated_at'),
            title: i.title ?? '',
            body: i.body ?? '',
            ...(i.user ? { author: { login: i.user.login, id: Number(i.user.id) } } : {}),
            labels: i.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))),
        }));
    }
    async listLabelledIssuesSince(repo, label, since) {
        const { owner, repo: name } = splitFullName(repo);
        const issues = (await this.octokit.paginate('GET /repos/{owner}/{repo}/issues', {
            owner,
            repo: name,
            labels: label,
            state: 'all',
            since,
            per_page: 100,
            ...conditional('issues'),
        }));
        return issues
            .filter((i) => !i.pull_request)
            .map((i) => ({
            number: i.number,
            url: i.html_url,
            state: i.state === 'closed' ? 'closed' : 'open',
            createdAt: i.created_at,
            updatedAt: i.updated_at,
        }));
    }
    async listIssueCommentsSince(repo, since) {
        const { owner, repo: name } = splitFullName(repo);
        const comments = (await this.octokit.paginate('GET /repos/{owner}/{repo}/issues/comments', {
            owner,
            repo: name,
            since,
            per_page: 100,
            ...conditional('issueComments'),
        }));
        return comments.flatMap((c) => {
            const issue = Number(/\/issues\/(\d+)$/.exec(c.issue_url ?? '')?.[1] ?? /\/(?:issues|pull)\/(\d+)#/.exec(c.html_url)?.[1]);
            if (!Number.isInteger(issue) || !c.created_at)
                return [];
            return [{ ...(c.user ? { user: account(c.user) } : {}), at: c.created_at, url: c.html_url, issue }];
        });
    }
    async listComments(repo, number) {
        const { owner, repo: name } = splitFullName(repo);
        const comments = await this.octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            owner,
            repo: name,
            issue_number: number,
            per_page: 100,
        });
        const route = `GET /repos/${repo}/issues/${number}/comments`;
        if (!Array.isArray(comments))
            throw new failures/* MalformedResponseError */.f7(route, 'a body that is not a list');
        return comments.map((c) => ({
            id: required(c.id, route, 'id'),
            url: required(c.html_url, route, 'html_url'),
            body: c.body ?? '',
            ...(c.user ? { author: { login: c.user.login, id: Number(c.user.id) } } : {}),
            authorIsBot: c.user?.type === 'Bot',
            createdAt: required(c.created_at, route, 'created_at'),
        }));
    }
    async createIssue(repo, issue) {
        const { owner, repo: name } = splitFullName(repo);
        const { data } = await this.octokit.request('POST /repos/{owner}/{repo}/issues', { owner, repo: name, ...issue });
        return {
            number: data.number,
            url: data.html_url,
            state: 'open',
            createdAt: data.created_at,
            updatedAt: data.updated_at,
        };
    }
    async updateIssue(repo, number, fields) {
        const { owner, repo: name } = splitFullName(repo);
        await this.octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
            owner,
            repo: name,
            issue_number: number,
            ...fields,
        });
    }
    async createComment(repo, number, body) {
        const { owner, repo: name } = splitFullName(repo);
        const { data } = await this.octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            owner,
            repo: name,
            issue_number: number,
            body,
        });
        return { id: Number(data.id), url: data.html_url };
    }
    async updateComment(repo, id, body) {
        const { owner, repo: name } = splitFullName(repo);
        await this.octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
            owner,
            repo: name,
            comment_id: id,
            body,
        });
    }
    async deleteComment(repo, id) {
        const { owner, repo: name } = splitFullName(repo);
        try {
            await this.octokit.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', {
                owner,
                repo: name,
                comment_id: id,
            });
        }
        catch (err) {
            if (!(0,failures/* isNotFound */.c4)(err))
                throw err;
        }
    }
    // --- the tool's pull requests -------------------------------------------------------------------
    async findToolPullRequest(repo, branch) {
        const { owner, repo: name } = splitFullName(repo);
        const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/pulls', {
            owner,
            repo: name,
            state: 'open',
            head: `${owner}:${branch}`,
            per_page: 10,
        });
        if (!Array.isArray(data))
            throw new failures/* MalformedResponseError */.f7(`GET /repos/${repo}/pulls`, 'a body that is not a list');
        const pr = data[0];
        if (!pr)
            return undefined;
        return {
            number: pr.number,
            url: pr.html_url,
            title: pr.title,
            body: pr.body ?? '',
            headSha: pr.head.sha,
            labels: pr.labels.map((l) => l.name),
            requestedUsers: (pr.requested_reviewers ?? []).map((u) => u.login),
            requestedTeams: (pr.requested_teams ?? []).map((t) => t.slug),
        };
    }
    async branchHead(repo, branch) {
        const { owner, repo: name } = splitFullName(repo);
        const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', {
            owner,
            repo: name,
            ref: `heads/${branch}`,
        });
        return data.object.sha;
    }
    async resetBranch(repo, branch, sha) {
        const { owner, repo: name } = splitFullName(repo);
        try {
            await this.octokit.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
                owner,
                repo: name,
                ref: `heads/${branch}`,
                sha,
                force: true,
            });
        }
        catch (err) {
            // 422 "Reference does not exist" (or 404): a first run creates the branch.
            if (!(0,failures/* isNotFound */.c4)(err) && (0,failures/* statusOf */.c2)(err) !== 422)
                throw err;
            await this.octokit.request('POST /repos/{owner}/{repo}/git/refs', {
                owner,
                repo: name,
                ref: `refs/heads/${branch}`,
                sha,
            });
        }
    }
    async commitFile(repo, branch, file) {
        const { owner, repo: name } = splitFullName(repo);
        await this.octokit.request('PUT /repos/{owner}/{repo}/contents/{path}', {
            owner,
            repo: name,
            path: file.path,
            branch,
            message: file.message,
            content: Buffer.from(file.content, 'utf8').toString('base64'),
            ...(file.sha ? { sha: file.sha } : {}),
        });
    }
    async createPullRequest(repo, pr) {
        const { owner, repo: name } = splitFullName(repo);
        const { data } = await this.octokit.request('POST /repos/{owner}/{repo}/pulls', {
            owner,
            repo: name,
            head: pr.branch,
            base: pr.base,
            title: pr.title,
            body: pr.body,
        });
        return { number: data.number, url: data.html_url };
    }
    async updatePullRequest(repo, number, fields) {
        const { owner, repo: name } = splitFullName(repo);
        await this.octokit.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
            owner,
            repo: name,
            pull_number: number,
            ...fields,
        });
    }
    async addLabels(repo, number, labels) {
        const { owner, repo: name } = splitFullName(repo);
        await this.octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', {
            owner,
            repo: name,
            issue_number: number,
            labels,
        });
    }
    async requestReviewers(repo, number, reviewers) {
        const { owner, repo: name } = splitFullName(repo);
        await this.octokit.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', {
            owner,
            repo: name,
            pull_number: number,
            reviewers: reviewers.users,
            team_reviewers: reviewers.teams,
        });
    }
    // --- reconcile ------------------------------------------------------------------------------------
    async listDirectTeamMembers(org, team) {
        const route = `POST /graphql (the direct members of ${org}/${team})`;
        const members = [];
        let after = null;
        do {
            let data;
            try {
                data = await this.transport.graphql(DIRECT_MEMBERS_QUERY, { org, team, after });
            }
            catch (err) {
                throw graphqlFailure(err, `${org}/${team}`);
            }
            const connection = data?.organization?.team?.members;
            if (data?.organization?.team === null)
                throw new Error(`GitHub has no team ${org}/${team}, or the token cannot see it (check org and team in policy.yaml, and the token's members permission)`);
            if (!connection || !Array.isArray(connection.edges) || typeof connection.pageInfo?.hasNextPage !== 'boolean')
                throw new failures/* MalformedResponseError */.f7(route, 'an answer without the team members');
            for (const edge of connection.edges) {
                const node = edge?.node;
                if (!node ||
                    typeof node.login !== 'string' ||
                    typeof node.databaseId !== 'number' ||
                    (edge.role !== 'MAINTAINER' && edge.role !== 'MEMBER'))
                    throw new failures/* MalformedResponseError */.f7(route, 'a team member without login, id or role');
                members.push({
                    login: node.login,
                    id: node.databaseId,
                    role: edge.role === 'MAINTAINER' ? 'maintainer' : 'member',
                });
            }
            after = connection.pageInfo.hasNextPage ? (connection.pageInfo.endCursor ?? null) : null;
            if (connection.pageInfo.hasNextPage && after === null)
                throw new failures/* MalformedResponseError */.f7(route, 'a page without the cursor of the next');
        } while (after !== null);
        return members;
    }
    async advisoryCollaborators(repo, ghsa) {
        const { owner, repo: name } = splitFullName(repo);
        const route = `GET /repos/${repo}/security-advisories/${ghsa}`;
        // Not conditional: the answer holds the advisory's text, which must never reach the cache. Only
        // the collaborators leave this method.
        const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/security-advisories/{ghsa_id}', {
            owner,
            repo: name,
            ghsa_id: ghsa,
        });
        const answer = data;
        if (!answer || typeof answer !== 'object' || answer.ghsa_id !== ghsa)
            throw new failures/* MalformedResponseError */.f7(route, 'an answer that is not that advisory');
        const users = answer.collaborating_users ?? [];
        const teams = answer.collaborating_teams ?? [];
        if (!Array.isArray(users) || !Array.isArray(teams))
            throw new failures/* MalformedResponseError */.f7(route, 'collaborators that are not lists');
        return {
            users: users.map((u) => {
                const a = u;
                if (!a || typeof a.login !== 'string' || typeof a.id !== 'number')
                    throw new failures/* MalformedResponseError */.f7(route, 'a collaborator without login or id');
                return { login: a.login, id: a.id };
            }),
            teams: teams.map((t) => {
                const slug = t?.slug;
                if (typeof slug !== 'string')
                    throw new failures/* MalformedResponseError */.f7(route, 'a collaborating team without a slug');
                return slug;
            }),
        };
    }
    // --- intake -----------------------------------------------------------------------------------------
    async createAdvisory(repo, advisory) {
        const { owner, repo: name } = splitFullName(repo);
        const route = `POST /repos/${repo}/security-advisories`;
        const { data } = await this.octokit.request('POST /repos/{owner}/{repo}/security-advisories', {
            owner,
            repo: name,
            summary: advisory.summary,
            description: advisory.description,
            vulnerabilities: advisory.vulnerabilities,
        });
        // Only the id, URL and state leave this method: the answer also carries the embargoed text.
        const a = data;
        if (!a || typeof a.ghsa_id !== 'string' || typeof a.html_url !== 'string' || typeof a.state !== 'string')
            throw new failures/* MalformedResponseError */.f7(route, 'an answer that is not an advisory');
        return { ghsaId: a.ghsa_id, url: a.html_url, state: a.state };
    }
    // --- CNA desk -------------------------------------------------------------------------------
    async listDirectory(repo, path, ref) {
        const { owner, repo: name } = splitFullName(repo);
        const route = `GET /repos/${repo}/contents/${path}`;
        try {
            // Not conditional: the answer names files only, and the projection for files keeps no listing.
            const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
                owner,
                repo: name,
                path,
                ...(ref ? { ref } : {}),
            });
            if (!Array.isArray(data))
                throw new failures/* MalformedResponseError */.f7(route, 'a file where a directory was expected');
            return data.filter((entry) => entry.type === 'file').map((entry) => entry.name);
        }
        catch (err) {
            if ((0,failures/* isNotFound */.c4)(err))
                return [];
            throw err;
        }
    }
    withoutFileCache() {
        return new OctokitGitHub(this.transport, { cacheFiles: false });
    }
    // --- report desk ------------------------------------------------------------------------------------
    listAdvisoriesWithTitles(owner, repos, since) {
        return listAdvisoriesWithTitles(this.transport, owner, repos, since);
    }
    listRecentAdvisoryTitles(owner, repos, after) {
        return listRecentTitles(this.transport, owner, repos, after);
    }
    async updateAdvisoryReturning(repo, ghsa, patch) {
        const { owner, repo: name } = splitFullName(repo);
        const { data } = await this.octokit.request('PATCH /repos/{owner}/{repo}/security-advisories/{ghsa_id}', {
            owner,
            repo: name,
            ghsa_id: ghsa,
            ...patch,
        });
        if (!data || typeof data !== 'object' || data.ghsa_id !== ghsa)
            throw new failures/* MalformedResponseError */.f7(`PATCH /repos/${repo}/security-advisories/${ghsa}`, 'an answer that is not that advisory');
        return data;
    }
    async createPrivateFork(repo, ghsa) {
        const { owner, repo: name } = splitFullName(repo);
        await this.octokit.request('POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/forks', {
            owner,
            repo: name,
            ghsa_id: ghsa,
        });
    }
    async createAdvisoryComment(repo, ghsa, body) {
        const { owner, repo: name } = splitFullName(repo);
        // The comments preview is not in Octokit's types: the route is spelled out, the answer checked.
        const route = `POST /repos/${repo}/security-advisories/${ghsa}/comments`;
        const { data } = await this.octokit.request('POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/comments', {
            owner,
            repo: name,
            ghsa_id: ghsa,
            body,
        });
        const c = data;
        if (typeof c.id !== 'number' || typeof c.html_url !== 'string')
            throw new failures/* MalformedResponseError */.f7(route, 'an answer that is not a comment');
        return { id: c.id, url: c.html_url };
    }
    async createPinnableIssue(repo, issue) {
        const { owner, repo: name } = splitFullName(repo);
        const { data } = await this.octokit.request('POST /repos/{owner}/{repo}/issues', { owner, repo: name, ...issue });
        return {
            number: data.number,
            url: data.html_url,
            state: 'open',
            createdAt: data.created_at,
            updatedAt: data.updated_at,
            nodeId: required(data.node_id, `POST /repos/${repo}/issues`, 'node_id'),
        };
    }
    async pinIssue(nodeId) {
        await this.transport.graphql('mutation PinIssue($issueId: ID!) { pinIssue(input: { issueId: $issueId }) { issue { id } } }', { issueId: nodeId });
    }
    async readLargeFile(repo, path, ref) {
        const file = await this.readFile(repo, path, ref);
        if (!file || file.text !== '')
            return file;
        const { owner, repo: name } = splitFullName(repo);
        const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
            owner,
            repo: name,
            path,
            ref,
            mediaType: { format: 'raw' },
        });
        // The raw answer is the file itself; a JSON file may already have been parsed on the way.
        const text = typeof data === 'string' ? data : JSON.stringify(data);
        return { text, sha: file.sha };
    }
    async writeFileOnBranch(repo, branch, file, base) {
        const { owner, repo: name } = splitFullName(repo);
        const createBranch = async (from) => {
            try {
                await this.octokit.request('POST /repos/{owner}/{repo}/git/refs', {
                    owner,
                    repo: name,
                    ref: `refs/heads/${branch}`,
                    sha: await this.branchHead(repo, from),
                });
            }
            catch (err) {
                if ((0,failures/* statusOf */.c2)(err) !== 422)
                    throw err; // it exists already
            }
        };
        if (!file.sha && base)
            await createBranch(base);
        const put = () => this.octokit.request('PUT /repos/{owner}/{repo}/contents/{path}', {
            owner,
            repo: name,
            path: file.path,
            branch,
            message: file.message,
            content: Buffer.from(file.content, 'utf8').toString('base64'),
            ...(file.sha ? { sha: file.sha } : {}),
        });
        let answer;
        try {
            answer = await put();
        }
        catch (err) {
            // A first write: the branch does not exist yet (404 or 422). Create it from the default branch.
            if (file.sha || (!(0,failures/* isNotFound */.c4)(err) && (0,failures/* statusOf */.c2)(err) !== 422))
                throw err;
            await createBranch(base ?? (await this.getRepository(repo)).defaultBranch);
            answer = await put();
        }
        return required(answer.data.content?.sha, `PUT /repos/${repo}/contents/${file.path}`, 'content.sha');
    }
}
const DIRECT_MEMBERS_QUERY = `query DirectTeamMembers($org: String!, $team: String!, $after: String) {
  organization(login: $org) {
    team(slug: $team) {
      members(membership: IMMEDIATE, first: 100, after: $after) {
        edges { role node { login databaseId } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
}`;
/** A GraphQL error as people should read it: by GitHub's error type, never by its text. */
function graphqlFailure(err, what) {
    if (!(err instanceof dist_bundle/* GraphqlResponseError */.rp))
        return err;
    const types = new Set((err.errors ?? []).map((e) => e.type));
    if (types.has('NOT_FOUND'))
        return new Error(`GitHub has no ${what}, or the token cannot see it (check org and team in policy.yaml)`);
    if (types.has('FORBIDDEN'))
        return new Error(`the token may not read ${what} (GitHub said FORBIDDEN: an App token needs members: read)`);
    if (types.has('RATE_LIMITED'))
        return new Error(`GitHub's GraphQL rate limit stopped the read of ${what}; run again later`);
    return new Error(`GitHub's GraphQL API refused the read of ${what} (${[...types].join(', ') || 'an error'})`);
}
function datedEvents(items) {
    return items.flatMap((c) => c.created_at ? [{ ...(c.user ? { user: account(c.user) } : {}), at: c.created_at, url: c.html_url }] : []);
}
function pullRequestInfo(p, route) {
    if (!p || typeof p !== 'object' || !p.head || !p.base)
        throw new failures/* MalformedResponseError */.f7(route, 'an answer that is not a pull request');
    return {
        number: p.number,
        url: p.html_url,
        state: p.state === 'closed' ? 'closed' : 'open',
        merged: Boolean(p.merged_at),
        createdAt: p.created_at,
        ...(p.user ? { author: { login: p.user.login, id: Number(p.user.id) } } : {}),
        headSha: p.head.sha,
        baseSha: p.base.sha,
        labels: (p.labels ?? []).map((l) => l.name ?? ''),
    };
}
/** The GitHub client the jobs use. */
function createGitHubApi(settings) {
    return new OctokitGitHub(createTransport(settings));
}


/***/ })

};

//# sourceMappingURL=755.index.js.map