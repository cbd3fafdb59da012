export const id = 998;
export const ids = [998];
export const modules = {

/***/ 9998:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   API_VERSION: () => (/* binding */ API_VERSION),
/* harmony export */   CONDITIONAL: () => (/* binding */ CONDITIONAL),
/* harmony export */   createGitHub: () => (/* binding */ createGitHub),
/* harmony export */   isNotFound: () => (/* binding */ isNotFound),
/* harmony export */   statusOf: () => (/* binding */ statusOf)
/* harmony export */ });
/* harmony import */ var _octokit_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4730);
/* harmony import */ var _octokit_plugin_paginate_rest__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3779);
/* harmony import */ var _octokit_plugin_rest_endpoint_methods__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3972);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6856);
/* harmony import */ var _octokit_request_error__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1015);
/* harmony import */ var bottleneck__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2203);
/* harmony import */ var bottleneck__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(bottleneck__WEBPACK_IMPORTED_MODULE_0__);
// The GitHub client: Octokit (REST endpoint methods, pagination) with GitHub's throttling and retry
// plugins, the pinned API version, and conditional requests through an ETag cache. Settings come
// from the entry; nothing here reads the environment.







const API_VERSION = '2022-11-28';
/** The request header that opts a GET into conditional requests; removed before the request is sent. */
const CONDITIONAL_HEADER = 'x-psrt-conditional';
/**
 * Spread into a GET's parameters to make it a conditional request through the ETag cache. A header,
 * not a request option, because pagination carries only method, URL and headers to the next pages.
 * Answers served from the cache carry no free text (see etag-cache.ts): use them for structure only.
 */
const CONDITIONAL = { headers: { [CONDITIONAL_HEADER]: '1' } };
const PsrtOctokit = _octokit_core__WEBPACK_IMPORTED_MODULE_1__/* .Octokit */ .E.plugin(_octokit_plugin_rest_endpoint_methods__WEBPACK_IMPORTED_MODULE_2__/* .restEndpointMethods */ ._, _octokit_plugin_paginate_rest__WEBPACK_IMPORTED_MODULE_3__/* .paginateRest */ .ud, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__/* .throttling */ .A, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_5__/* .retry */ .L);
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
            write: new (bottleneck__WEBPACK_IMPORTED_MODULE_0___default().Group)({ maxConcurrent: 1, minTime: settings.minWriteIntervalMs ?? 1000 }),
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
        const cache = settings.cache;
        const optedIn = options.headers[CONDITIONAL_HEADER] === '1' || options.request?.cacheable === true;
        delete options.headers['x-psrt-conditional'];
        const cacheable = cache !== undefined && options.method === 'GET' && optedIn;
        if (!cacheable)
            return request(options);
        const url = rest.request.endpoint.parse(options).url;
        const hit = cache.get(url);
        if (hit?.etag)
            options.headers['if-none-match'] = hit.etag;
        if (hit?.lastModified)
            options.headers['if-modified-since'] = hit.lastModified;
        try {
            const response = await request(options);
            const etag = response.headers.etag;
            const lastModified = response.headers['last-modified'];
            if (etag || lastModified)
                cache.set(url, { etag, lastModified, link: response.headers.link, data: response.data });
            cache.stats.misses++;
            return response;
        }
        catch (err) {
            if (hit && err instanceof _octokit_request_error__WEBPACK_IMPORTED_MODULE_6__/* .RequestError */ .G && err.status === 304) {
                counters.notModified++;
                cache.stats.hits++;
                const headers = { ...(err.response?.headers ?? {}), ...(hit.link ? { link: hit.link } : {}) };
                return { status: 200, url, headers, data: hit.data };
            }
            throw err;
        }
    });
    const graphqlUrl = settings.graphqlUrl;
    const graphql = async (query, variables = {}) => {
        const result = await rest.graphql(query, { ...variables, url: graphqlUrl });
        return result;
    };
    const tokenKind = settings.token.startsWith('ghs_') ? 'installation' : 'user';
    return { rest, graphql, counters, tokenKind };
}
function statusOf(err) {
    return err instanceof _octokit_request_error__WEBPACK_IMPORTED_MODULE_6__/* .RequestError */ .G ? err.status : undefined;
}
function isNotFound(err) {
    return statusOf(err) === 404;
}


/***/ })

};
