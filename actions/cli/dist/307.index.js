export const id = 307;
export const ids = [307];
export const modules = {

/***/ 9026:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ic: () => (/* binding */ describeFailure),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   c4: () => (/* binding */ isNotFound),
/* harmony export */   f7: () => (/* binding */ MalformedResponseError),
/* harmony export */   i2: () => (/* binding */ networkFailureOf),
/* harmony export */   pD: () => (/* binding */ networkFailureKind),
/* harmony export */   pM: () => (/* binding */ NetworkFailure)
/* harmony export */ });
/* unused harmony exports rateLimitReset, secondaryRateLimit */
/* harmony import */ var _octokit_request_error__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1015);
// How a GitHub request failed, told apart by status, headers and the network error's code, never by
// message text: what a person is told depends on it (a timeout is not "a missing permission").

/** A request that got no HTTP answer. Octokit wraps it (as a RequestError with status 500) and keeps it as `cause`. */
class NetworkFailure extends Error {
    kind;
    timeoutSeconds;
    constructor(kind, timeoutSeconds) {
        super(`network failure (${kind})`);
        this.kind = kind;
        this.timeoutSeconds = timeoutSeconds;
        this.name = 'NetworkFailure';
    }
}
/** GitHub answered with a body that is not what the route sends: never echoed, never cached. */
class MalformedResponseError extends Error {
    route;
    problem;
    constructor(route, problem) {
        super(`GitHub answered ${route} with ${problem}`);
        this.route = route;
        this.problem = problem;
        this.name = 'MalformedResponseError';
    }
}
const CODES = {
    ECONNRESET: 'reset',
    EPIPE: 'reset',
    UND_ERR_SOCKET: 'reset',
    UND_ERR_CLOSED: 'reset',
    ECONNREFUSED: 'refused',
    ENOTFOUND: 'dns',
    EAI_AGAIN: 'dns',
    ERR_INVALID_URL: 'bad-url',
    ERR_INVALID_ARG_VALUE: 'bad-url',
    UND_ERR_CONNECT_TIMEOUT: 'timeout',
    UND_ERR_HEADERS_TIMEOUT: 'timeout',
    UND_ERR_BODY_TIMEOUT: 'timeout',
};
/** The kind of a fetch failure, from the error's name and its (nested) `code`. */
function networkFailureKind(err, timedOut) {
    if (timedOut)
        return 'timeout';
    for (let e = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
        if (e.name === 'TimeoutError')
            return 'timeout';
        const code = e.code;
        if (typeof code === 'string') {
            if (CODES[code])
                return CODES[code];
            if (code.startsWith('CERT_') || code.startsWith('ERR_TLS') || code.includes('SSL'))
                return 'tls';
        }
    }
    return 'other';
}
function statusOf(err) {
    if (err instanceof _octokit_request_error__WEBPACK_IMPORTED_MODULE_0__/* .RequestError */ .G)
        return networkFailureOf(err) ? undefined : err.status;
    return undefined;
}
function isNotFound(err) {
    return statusOf(err) === 404;
}
function networkFailureOf(err) {
    for (let e = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
        if (e instanceof NetworkFailure)
            return e;
    }
    return undefined;
}
/** When a 403 or 429 is GitHub's primary rate limit: the time it resets, else undefined. */
function rateLimitReset(err) {
    if (!(err instanceof _octokit_request_error__WEBPACK_IMPORTED_MODULE_0__/* .RequestError */ .G) || (err.status !== 403 && err.status !== 429))
        return undefined;
    const headers = err.response?.headers ?? {};
    if (headers['x-ratelimit-remaining'] !== '0')
        return undefined;
    const reset = Number(headers['x-ratelimit-reset']);
    return Number.isFinite(reset) && reset > 0 ? new Date(reset * 1000) : new Date(Date.now() + 3600_000);
}
/** A 403 or 429 with `retry-after` that is not the primary limit: GitHub's secondary rate limit. */
function secondaryRateLimit(err) {
    if (!(err instanceof _octokit_request_error__WEBPACK_IMPORTED_MODULE_0__/* .RequestError */ .G) || (err.status !== 403 && err.status !== 429))
        return undefined;
    if (rateLimitReset(err))
        return undefined;
    const after = Number(err.response?.headers?.['retry-after']);
    if (Number.isFinite(after))
        return after;
    return err.status === 429 ? 60 : undefined;
}
const NETWORK_TEXT = {
    timeout: (f) => `no answer within ${f.timeoutSeconds} s (timeout)`,
    reset: () => 'the connection was reset before GitHub answered',
    refused: () => 'the connection was refused (check GITHUB_API_URL)',
    dns: () => 'the host name could not be resolved (check GITHUB_API_URL)',
    tls: () => 'the TLS handshake failed',
    'bad-url': () => 'the URL is not valid (check GITHUB_API_URL and GITHUB_GRAPHQL_URL)',
    other: () => 'no answer (a network failure)',
};
/** What to tell a person about a failed GitHub request, by status, headers and network error (never by message text). */
function describeFailure(err) {
    if (err instanceof MalformedResponseError)
        return `${err.problem} from ${err.route}, so it was not used`;
    const network = networkFailureOf(err);
    if (network)
        return NETWORK_TEXT[network.kind](network);
    const reset = rateLimitReset(err);
    if (reset)
        return `GitHub's rate limit for this token is used up until ${reset.toISOString()}; run again after that`;
    const secondary = secondaryRateLimit(err);
    if (secondary !== undefined)
        return `GitHub's secondary rate limit stopped it (retry after ${secondary} s); run again later`;
    const status = statusOf(err);
    if (status === 401)
        return 'the token was rejected (401)';
    if (status === 403)
        return 'the token lacks a permission for it (403; see README: "Tokens and permissions")';
    if (status === 404)
        return 'it does not exist, or the token cannot see it (404)';
    if (status === 422)
        return 'GitHub refused the request as invalid (422)';
    if (status !== undefined)
        return `GitHub answered ${status}`;
    return `an unexpected failure (${err instanceof Error ? err.name : typeof err})`;
}


/***/ }),

/***/ 2744:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ MailmanClient),
/* harmony export */   c: () => (/* binding */ MailmanError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2863);
// A narrow client for the GNU Mailman 3 core REST API (3.1): read a list's rosters, subscribe and
// unsubscribe members, add and remove owners. Checked against Mailman 3.3.8 (Debian 12's mailman3).
// Settings come from the caller; nothing here reads the environment.

/** A request Mailman refused, or could not be made. `status` is undefined when no answer came. */
/**
 * A request path as messages show it: a member's or owner's address (private: messages reach job
 * summaries) becomes {address}; the list's own stays.
 */
function shownPath(path) {
    return path.replace(/\/(member|owner|moderator)\/[^/?]+/, '/$1/{address}');
}
/** Addresses in Mailman's own words, shown as the plans show them: first letter and domain. */
function maskAddresses(text) {
    return text.replace(/([A-Za-z0-9])[A-Za-z0-9._%+-]*@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g, '$1…@$2');
}
class MailmanError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    status;
    method;
    path;
    constructor(message, status, method, path) {
        super(message);
        this.status = status;
        this.method = method;
        this.path = path;
        this.name = 'MailmanError';
    }
}
const PAGE_SIZE = 100;
// Mailman lets one request subscribe regardless of the list's policies only with all three set;
// without them the subscription waits for the subscriber or a moderator (202).
const PRE_APPROVED = { pre_verified: true, pre_confirmed: true, pre_approved: true };
function normalize(address) {
    return address.trim().toLowerCase();
}
/**
 * The REST base without a trailing slash. A URL holding a user name or password is refused (they are
 * secrets, and would be printed with the URL): they belong in the REST user and password settings.
 */
function restBase(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new MailmanError('the Mailman REST URL is not a URL: check MAILMAN_REST_URL or rest_url in policy.yaml (e.g. http://localhost:8001/3.1)', undefined, 'GET', '/');
    }
    if (parsed.username || parsed.password)
        throw new MailmanError('the Mailman REST URL holds a user name or password: remove them from it and set MAILMAN_REST_USER and MAILMAN_REST_PASSWORD instead (the URL is printed in messages, secrets never are)', undefined, 'GET', '/');
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
        throw new MailmanError(`the Mailman REST URL must start with http:// or https://, not ${parsed.protocol}`, undefined, 'GET', '/');
    return url.trim().replace(/\/+$/, '');
}
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
class MailmanClient {
    base;
    authorization;
    fetchImpl;
    timeoutMs;
    /** List address → list id; list ids never change once a list exists. */
    listIds = new Map();
    constructor(opts) {
        this.base = restBase(opts.url);
        this.authorization = `Basic ${Buffer.from(`${opts.user}:${opts.password}`, 'utf8').toString('base64')}`;
        this.fetchImpl = opts.fetch ?? fetch;
        this.timeoutMs = opts.timeoutMs ?? 30_000;
    }
    /** The REST API's address for messages (never with credentials: the constructor refuses those). */
    get where() {
        return this.base;
    }
    /** The list, or null when Mailman has no list with this address. */
    async getList(listAddress) {
        const path = `/lists/${encodeURIComponent(normalize(listAddress))}`;
        const res = await this.request('GET', path, undefined, [200, 404]);
        if (res.status === 404)
            return null;
        const b = res.body;
        if (!isRecord(b) ||
            typeof b.list_id !== 'string' ||
            typeof b.fqdn_listname !== 'string' ||
            typeof b.member_count !== 'number') {
            throw this.unexpected('GET', path, res);
        }
        this.listIds.set(normalize(listAddress), b.list_id);
        return { listId: b.list_id, fqdnListname: b.fqdn_listname, memberCount: b.member_count };
    }
    /**
     * Everyone holding `role` on the list, all pages. A page that disagrees with the total Mailman gives
     * (an empty or short page while more remain, more entries than the total, a total that changes
     * between pages) is an incomplete read: an error, so nobody is unsubscribed on its strength.
     */
    async listMembers(listAddress, role) {
        const listId = await this.listId(listAddress);
        const members = [];
        let total;
        for (let page = 1;; page++) {
            const path = `/lists/${encodeURIComponent(listId)}/roster/${role}?count=${PAGE_SIZE}&page=${page}`;
            const res = await this.request('GET', path, undefined, [200]);
            const b = res.body;
            if (!isRecord(b) || typeof b.total_size !== 'number' || !Number.isInteger(b.total_size) || b.total_size < 0)
                throw this.unexpected('GET', path, res);
            if (b.entries !== undefined && !Array.isArray(b.entries))
                throw this.unexpected('GET', path, res);
            // Mailman leaves `entries` out of an empty page.
            const entries = Array.isArray(b.entries) ? b.entries : [];
            const incomplete = (what) => new MailmanError(`Mailman's ${role} list of ${listAddress} came back incomplete (${what}): the read was stopped so that nobody is removed on the strength of it. Run again; if it persists, check the Mailman server at ${this.base}.`, res.status, 'GET', path);
            if (total !== undefined && b.total_size !== total)
                throw incomplete(`the total changed from ${total} to ${b.total_size} between pages`);
            total = b.total_size;
            for (const e of entries)
                members.push(this.member(e, role, path, res));
            if (members.length > total)
                throw incomplete(`${members.length} entries where the total says ${total}`);
            if (members.length === total)
                return members;
            if (entries.length < PAGE_SIZE)
                throw incomplete(`page ${page} held ${entries.length} entries; ${total - members.length} more were announced`);
        }
    }
    /** Subscribe without confirmation or moderation. Already subscribed is success. */
    async subscribe(listAddress, address, displayName) {
        const listId = await this.listId(listAddress);
        const body = {
            list_id: listId,
            subscriber: address.trim(),
            role: 'member',
            ...PRE_APPROVED,
            ...(displayName ? { display_name: displayName } : {}),
        };
        const res = await this.request('POST', '/members', body, [201, 202, 409]);
        if (res.status === 201)
            return;
        if (res.status === 202) {
            const owner = isRecord(res.body) && typeof res.body.token_owner === 'string' ? res.body.token_owner : 'someone';
            throw new MailmanError(`Mailman left the subscription to ${listAddress} pending (HTTP 202, waiting for the ${owner}) although it was sent ` +
                "pre-verified, pre-confirmed and pre-approved: check the list's subscription policy, and approve or discard the request in Postorius.", 202, 'POST', '/members');
        }
        // 409 is both "already subscribed" and "a subscription request is pending": ask which.
        if (await this.holds(listId, 'member', address))
            return;
        throw new MailmanError(`Mailman did not subscribe the address to ${listAddress}: a subscription request for that address is already pending (HTTP 409). ` +
            "Approve or discard it in Postorius (the list's pending subscriptions), then run again.", 409, 'POST', '/members');
    }
    /** Unsubscribe without confirmation or moderation. Not subscribed is success. */
    async unsubscribe(listAddress, address) {
        await this.removeRole(listAddress, 'member', address);
    }
    /** Make the address an owner of the list. Already an owner is success. */
    async addOwner(listAddress, address, displayName) {
        const listId = await this.listId(listAddress);
        const body = {
            list_id: listId,
            subscriber: address.trim(),
            role: 'owner',
            ...(displayName ? { display_name: displayName } : {}),
        };
        // Mailman answers 400 (not 409) when the address already owns the list.
        const res = await this.request('POST', '/members', body, [201, 400]);
        if (res.status === 201 || (await this.holds(listId, 'owner', address)))
            return;
        throw this.refused('POST', '/members', res, 'check the address in members.yaml');
    }
    /** Remove the address from the list's owners. Not an owner is success. */
    async removeOwner(listAddress, address) {
        await this.removeRole(listAddress, 'owner', address);
    }
    /** Create the list, and its domain when missing; an existing list is left as it is. */
    async createList(listAddress) {
        if (await this.getList(listAddress))
            return;
        const fqdn = normalize(listAddress);
        const domain = fqdn.slice(fqdn.indexOf('@') + 1);
        if (!fqdn.includes('@') || !domain)
            throw new MailmanError(`${listAddress} is not a list address (name@domain)`, undefined, 'POST', '/lists');
        const found = await this.request('GET', `/domains/${encodeURIComponent(domain)}`, undefined, [200, 404]);
        if (found.status === 404)
            await this.request('POST', '/domains', { mail_host: domain }, [201]);
        await this.request('POST', '/lists', { fqdn_listname: fqdn }, [201]);
        await this.getList(fqdn);
    }
    async removeRole(listAddress, role, address) {
        const listId = await this.listId(listAddress);
        // Members leave through the unsubscription workflow; pre_approved and pre_confirmed skip its holds.
        const query = role === 'member' ? '?pre_approved=true&pre_confirmed=true' : '';
        const path = `/lists/${encodeURIComponent(listId)}/${role}/${encodeURIComponent(address.trim())}${query}`;
        const res = await this.request('DELETE', path, undefined, [202, 204, 404]);
        if (res.status === 202) {
            throw new MailmanError(`Mailman left the removal from ${listAddress} pending (HTTP 202) although it was sent pre-approved: ` +
                "check the list's unsubscription policy, and approve or discard the request in Postorius.", 202, 'DELETE', path);
        }
    }
    async holds(listId, role, address) {
        const path = `/lists/${encodeURIComponent(listId)}/${role}/${encodeURIComponent(address.trim())}`;
        return (await this.request('GET', path, undefined, [200, 404])).status === 200;
    }
    async listId(listAddress) {
        const cached = this.listIds.get(normalize(listAddress));
        if (cached)
            return cached;
        const list = await this.getList(listAddress);
        if (!list) {
            throw new MailmanError(`Mailing list ${listAddress} does not exist on ${this.base}: check the list address in policy.yaml (mailing_lists), ` +
                'that the REST URL ends with the API version (/3.1), or create the list.', 404, 'GET', `/lists/${normalize(listAddress)}`);
        }
        return list.listId;
    }
    member(e, role, path, res) {
        if (!isRecord(e) || typeof e.email !== 'string' || typeof e.member_id !== 'string')
            throw this.unexpected('GET', path, res);
        const name = typeof e.display_name === 'string' && e.display_name.trim() !== '' ? e.display_name : undefined;
        return { address: e.email.toLowerCase(), ...(name ? { displayName: name } : {}), role, memberId: e.member_id };
    }
    /** One request; any status outside `expected` becomes a MailmanError that says what to check. */
    async request(method, path, body, expected) {
        let response;
        try {
            response = await this.fetchImpl(this.base + path, {
                method,
                headers: {
                    authorization: this.authorization,
                    accept: 'application/json',
                    ...(body === undefined ? {} : { 'content-type': 'application/json' }),
                },
                body: body === undefined ? undefined : JSON.stringify(body),
                signal: AbortSignal.timeout(this.timeoutMs),
            });
        }
        catch (err) {
            throw this.unreachable(method, path, err);
        }
        let text;
        try {
            text = await response.text();
        }
        catch (err) {
            throw this.unreachable(method, path, err);
        }
        let parsed = undefined;
        if (text.trim() !== '') {
            try {
                parsed = JSON.parse(text);
            }
            catch {
                parsed = text;
            }
        }
        const answer = { status: response.status, body: parsed };
        if (expected.includes(response.status))
            return answer;
        if (response.status === 401) {
            throw new MailmanError(`Mailman REST credentials rejected by ${this.base} (HTTP 401): check the REST user and password ` +
                "(MAILMAN_REST_USER and MAILMAN_REST_PASSWORD; Mailman's [webservice] admin_user and admin_pass).", 401, method, path);
        }
        throw this.refused(method, path, answer);
    }
    refused(method, rawPath, res, hint) {
        const path = shownPath(rawPath);
        const b = res.body;
        const said = maskAddresses(isRecord(b)
            ? [b.title, b.description].filter((x) => typeof x === 'string' && x !== '').join(': ')
            : typeof b === 'string'
                ? b.slice(0, 200)
                : '');
        const where = res.status === 404 ? `; check the REST URL ${this.base} (it ends with the API version, e.g. /3.1)` : '';
        return new MailmanError(`Mailman refused ${method} ${path} (HTTP ${res.status}${said ? `: ${said}` : ''})${hint ? `; ${hint}` : where}`, res.status, method, path);
    }
    unexpected(method, path, res) {
        return new MailmanError(`Mailman answered ${method} ${path} with HTTP ${res.status} but not the JSON the Mailman 3 REST API (3.1) sends: check that ${this.base} is Mailman's REST API`, res.status, method, path);
    }
    unreachable(method, rawPath, err) {
        const path = shownPath(rawPath);
        if (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')) {
            return new MailmanError(`Mailman's REST API at ${this.base} did not answer ${method} ${path} within ${this.timeoutMs / 1000} s: check that Mailman is running and reachable from here.`, undefined, method, path);
        }
        // fetch reports "fetch failed" and keeps the reason (ECONNREFUSED, ENOTFOUND, …) in `cause`.
        const cause = err instanceof Error && err.cause instanceof Error ? err.cause.message : undefined;
        const detail = cause ?? (err instanceof Error ? err.message : String(err));
        return new MailmanError(`Cannot reach Mailman's REST API at ${this.base} (${detail}): check the REST URL and that Mailman's REST runner is running and reachable from here.`, undefined, method, path);
    }
}


/***/ }),

/***/ 3307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ describeReadError),
/* harmony export */   h: () => (/* binding */ reading)
/* harmony export */ });
/* harmony import */ var _octokit_request_error__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1015);
/* harmony import */ var _clients_github_failures_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9026);
/* harmony import */ var _clients_mailman_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2744);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2863);
// One place that turns a failed read into the message a person sees: what was being read, what
// happened (by status and network error, never by the answer's text), and that nothing was changed.




/** Why a read failed, for people. */
function describeReadError(err) {
    if (err instanceof _octokit_request_error__WEBPACK_IMPORTED_MODULE_3__/* .RequestError */ .G || err instanceof _clients_github_failures_js__WEBPACK_IMPORTED_MODULE_0__/* .MalformedResponseError */ .f7 || (0,_clients_github_failures_js__WEBPACK_IMPORTED_MODULE_0__/* .networkFailureOf */ .i2)(err))
        return (0,_clients_github_failures_js__WEBPACK_IMPORTED_MODULE_0__/* .describeFailure */ .Ic)(err);
    if (err instanceof _clients_mailman_js__WEBPACK_IMPORTED_MODULE_1__/* .MailmanError */ .c)
        return err.message;
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err);
}
/** Wrap a read so a failure names what was being read and says that nothing was changed. */
async function reading(what, read) {
    try {
        return await read();
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo)
            throw err;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`could not read ${what}: ${describeReadError(err)}. Nothing was changed.`);
    }
}


/***/ })

};

//# sourceMappingURL=307.index.js.map