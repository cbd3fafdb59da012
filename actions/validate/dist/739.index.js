export const id = 739;
export const ids = [739];
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

// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 12 modules
var dist_src = __webpack_require__(4730);
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


/***/ })

};
