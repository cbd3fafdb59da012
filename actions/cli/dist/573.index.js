export const id = 573;
export const ids = [573];
export const modules = {

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

/***/ 6573:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mailmanEnv: () => (/* binding */ mailmanEnv),
/* harmony export */   mailmanFor: () => (/* binding */ mailmanFor),
/* harmony export */   mailmanSecrets: () => (/* binding */ mailmanSecrets)
/* harmony export */ });
/* harmony import */ var _clients_mailman_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2744);
// Entry-side wiring shared by the CLI and the actions: which Mailman to talk to, from the
// environment (MAILMAN_REST_URL overrides the URL in policy.yaml; user and password are secrets).

function mailmanEnv(env) {
    return {
        ...(env.MAILMAN_REST_URL ? { url: env.MAILMAN_REST_URL } : {}),
        ...(env.MAILMAN_REST_USER ? { user: env.MAILMAN_REST_USER } : {}),
        ...(env.MAILMAN_REST_PASSWORD ? { password: env.MAILMAN_REST_PASSWORD } : {}),
    };
}
/**
 * Every form of the Mailman secrets a log line could show, to mask before anything runs: the user, the
 * password, the URL (as given and without its trailing slash), and any user or password inside the
 * URL itself (raw and percent-decoded), which the client refuses but an error message could echo.
 */
function mailmanSecrets(settings) {
    const out = new Set();
    const add = (v) => {
        if (v && v.trim() !== '')
            out.add(v);
    };
    add(settings.user);
    add(settings.password);
    if (settings.url) {
        add(settings.url);
        add(settings.url.replace(/\/+$/, ''));
        try {
            const url = new URL(settings.url);
            for (const part of [url.username, url.password]) {
                add(part);
                try {
                    add(decodeURIComponent(part));
                }
                catch {
                    // not percent-encoded text: the raw form is masked
                }
            }
        }
        catch {
            // not a URL: masked as given
        }
    }
    return [...out];
}
/** One client per REST URL; none at all without credentials (the plan then says lists are skipped). */
function mailmanFor(settings, fetchImpl) {
    const clients = new Map();
    return (restUrl) => {
        if (!settings.user || !settings.password)
            return undefined;
        const url = settings.url ?? restUrl;
        let client = clients.get(url);
        if (!client) {
            client = new _clients_mailman_js__WEBPACK_IMPORTED_MODULE_0__/* .MailmanClient */ .H({
                url,
                user: settings.user,
                password: settings.password,
                ...(fetchImpl ? { fetch: fetchImpl } : {}),
            });
            clients.set(url, client);
        }
        return client;
    };
}


/***/ })

};

//# sourceMappingURL=573.index.js.map