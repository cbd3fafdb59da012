export const id = 507;
export const ids = [507];
export const modules = {

/***/ 507:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CVE_ENV_NAMES: () => (/* binding */ CVE_ENV_NAMES),
  connectCveServices: () => (/* binding */ connectCveServices),
  cveSettingsFromEnv: () => (/* binding */ cveSettingsFromEnv),
  hasCveCredentials: () => (/* binding */ hasCveCredentials)
});

// EXTERNAL MODULE: ./actions/lib/errors.ts
var errors = __webpack_require__(2863);
;// CONCATENATED MODULE: ./actions/lib/clients/cve-services.ts
// A client for CVE Services (CVEProject/cve-services, API 2.x): reserve, read, list and reject CVE IDs,
// read, publish, update and reject CVE records, read the org's ID quota. Settings come from the entry;
// nothing here reads the environment.
//
// Services (the `servers` of its OpenAPI description and CVEProject/cve-services' README; the same as
// cvelib's `--env prod|test`):
//   production  https://cveawg.mitre.org/api        (CVE_API_URL unset or this)
//   test        https://cveawg-test.mitre.org/api   (separate accounts and keys; IDs there are not real)
//
// Retries. CVE Services rate-limits with express-rate-limit (standard headers: RateLimit-Limit,
// RateLimit-Remaining, RateLimit-Reset in seconds; Retry-After on a 429), and sits behind a front end
// that answers 502-504 with HTML. A 429 (refused before any handler ran) is retried for every request,
// after Retry-After, else RateLimit-Reset, else an exponential back-off. 5xx answers, time-outs and
// dropped connections are retried for reads and PUTs, which can be repeated. A POST whose outcome is
// unknown is never simply sent again:
//   - a reservation (POST /cve-id): the client lists the IDs reserved by its own user since just before
//     the request (less those the caller says it knows); none means nothing was reserved and it tries
//     again; any means it stops and names them (CveServicesError.reservedSince), because it cannot
//     tell whether one is this request's: the caller records them before reserving again, so one
//     failure never costs two IDs;
//   - a record (POST /cve/{id}/cna or /reject): the client reads the record back; if it exists, that is
//     the answer (the caller compares it with what it sent); if not, it sends the POST again, which the
//     service would refuse (CVE_RECORD_EXISTS) rather than create twice.

const CVE_SERVICES_PRODUCTION_URL = 'https://cveawg.mitre.org/api';
const CVE_SERVICES_TEST_URL = 'https://cveawg-test.mitre.org/api';
/**
 * A request CVE Services refused, whose outcome is unknown, or that could not be made. `status` is the
 * HTTP status when an answer came; `errorName` is the service's `error` field (EXCEEDED_ID_QUOTA, …).
 */
class CveServicesError extends errors/* UserError */.yo {
    outcome;
    method;
    path;
    status;
    errorName;
    details;
    reservedSince;
    constructor(message, outcome, method, path, status, errorName, details, 
    /** After a reservation with an unknown outcome: the IDs this user reserved since just before it. */
    reservedSince) {
        super(message);
        this.outcome = outcome;
        this.method = method;
        this.path = path;
        this.status = status;
        this.errorName = errorName;
        this.details = details;
        this.reservedSince = reservedSince;
        this.name = 'CveServicesError';
    }
}
/** A failed attempt that may be retried. */
class AttemptFailure {
    kind;
    detail;
    answer;
    constructor(kind, detail, answer) {
        this.kind = kind;
        this.detail = detail;
        this.answer = answer;
    }
}
const RETRYABLE_STATUSES = new Set([429, 500, 502, 503, 504]);
/** Codes meaning the request never left: safe to send again whatever it was. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH']);
/** How far before a lost reservation to look for it: allows for clock skew between us and the service. */
const RESERVATION_CHECK_MARGIN_MS = 10 * 60 * 1000;
const MAX_PAGES = 10_000;
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function errorCode(err) {
    const cause = err instanceof Error ? err.cause : undefined;
    for (const e of [cause, err]) {
        if (isRecord(e) && typeof e.code === 'string')
            return e.code;
    }
    return undefined;
}
function causeMessage(err) {
    const cause = err instanceof Error && err.cause instanceof Error ? err.cause : undefined;
    const code = errorCode(err);
    const text = cause?.message ?? (err instanceof Error ? err.message : String(err));
    return code && !text.includes(code) ? `${code}: ${text}` : text;
}
/** Seconds in Retry-After (a number or an HTTP date), else RateLimit-Reset when the limit is spent. */
function requestedWaitMs(headers, now) {
    const retryAfter = headers.get('retry-after')?.trim();
    if (retryAfter) {
        if (/^\d+$/.test(retryAfter))
            return Number(retryAfter) * 1000;
        const at = Date.parse(retryAfter);
        if (!Number.isNaN(at))
            return Math.max(0, at - now.getTime());
    }
    const reset = headers.get('ratelimit-reset')?.trim();
    const remaining = headers.get('ratelimit-remaining')?.trim();
    if (reset && /^\d+$/.test(reset) && remaining === '0')
        return Number(reset) * 1000;
    return undefined;
}
function isoSeconds(date) {
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
class CveServicesClient {
    settings;
    base;
    fetchImpl;
    retries;
    retryBaseMs;
    timeoutMs;
    maxRetryWaitMs;
    sleep;
    now;
    constructor(settings) {
        this.settings = settings;
        this.base = settings.baseUrl.replace(/\/+$/, '');
        this.fetchImpl = settings.fetch ?? fetch;
        this.retries = settings.retries ?? 3;
        this.retryBaseMs = settings.retryBaseMs ?? 1000;
        this.timeoutMs = settings.timeoutMs ?? 30_000;
        this.maxRetryWaitMs = settings.maxRetryWaitMs ?? 120_000;
        this.sleep = settings.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
        this.now = settings.now ?? (() => new Date());
    }
    // ---- CVE IDs ---------------------------------------------------------------------------------
    /**
     * Reserve `amount` IDs of `year` for the org (POST /cve-id). More than one needs a batch type; the
     * service's default for one ID is a sequential ("priority") reservation.
     */
    async reserveIds(options) {
        const plan = {
            method: 'POST',
            path: '/cve-id',
            query: {
                amount: options.amount,
                cve_year: options.year,
                short_name: this.settings.org,
                batch_type: options.amount > 1 ? (options.batchType ?? 'sequential') : options.batchType,
            },
            expected: [200, 206],
            repeatable: false,
        };
        const sentAt = this.now();
        const answer = await this.sendChecking(plan, async (failure) => {
            // The reservation may or may not have happened: look before sending it again.
            const since = new Date(sentAt.getTime() - RESERVATION_CHECK_MARGIN_MS);
            let mine;
            try {
                mine = (await this.listIds({ state: 'RESERVED', reservedAfter: since })).filter((id) => id.requestedBy?.user === this.settings.user &&
                    id.requestedBy.cna === this.settings.org &&
                    !options.knownIds?.includes(id.cveId));
            }
            catch (err) {
                throw this.fail(`CVE Services did not confirm the reservation of ${options.amount} CVE ID(s) (${failure.detail}), and listing the reserved IDs to check failed too (${err instanceof Error ? err.message : String(err)}): ` +
                    `before reserving again, list the reserved IDs (GET /cve-id?state=RESERVED) and check whether one reserved by ${this.settings.user} since ${isoSeconds(since)} is unused.`, 'unknown', plan, failure.answer);
            }
            if (mine.length === 0)
                return 'retry';
            throw this.fail(`CVE Services did not confirm the reservation of ${options.amount} CVE ID(s) (${failure.detail}), and it lists ${mine.map((i) => i.cveId).join(', ')} ` +
                `as reserved by ${this.settings.user} since ${isoSeconds(since)}: one of them may be this request's. Not reserving again: ` +
                'check which are used (the desk state, the advisories), use an unused one, and reject those nobody needs.', 'unknown', plan, failure.answer, { reservedSince: mine });
        });
        if (!answer)
            throw this.lost(plan, new AttemptFailure('dropped', 'no answer'), 1);
        const b = answer.body;
        if (!isRecord(b) || !Array.isArray(b.cve_ids))
            throw this.unexpected(plan, answer, 'cve_ids');
        const ids = b.cve_ids.map((entry) => this.readCveId(entry, plan, answer));
        const meta = isRecord(b.meta) && typeof b.meta.remaining_quota === 'number' ? b.meta.remaining_quota : undefined;
        return { ids, partial: answer.status === 206, ...(meta === undefined ? {} : { remainingQuota: meta }) };
    }
    /** The ID (GET /cve-id/{id}), or null when it does not exist. Full details only for the org's own IDs. */
    async getId(cveId) {
        const plan = this.plan('GET', `/cve-id/${encodeURIComponent(cveId)}`, [200, 404], cveId);
        const answer = await this.send(plan);
        if (answer.status === 404)
            return null;
        return this.readCveId(answer.body, plan, answer);
    }
    /** The org's IDs (all pages of GET /cve-id), filtered by the service. */
    async listIds(filter = {}) {
        const out = [];
        for (let page = 1, pages = 0; pages < MAX_PAGES; pages++) {
            const plan = this.plan('GET', '/cve-id', [200]);
            plan.query = {
                state: filter.state,
                cve_id_year: filter.year,
                'time_reserved.gt': filter.reservedAfter && isoSeconds(filter.reservedAfter),
                'time_reserved.lt': filter.reservedBefore && isoSeconds(filter.reservedBefore),
                'time_modified.gt': filter.modifiedAfter && isoSeconds(filter.modifiedAfter),
                'time_modified.lt': filter.modifiedBefore && isoSeconds(filter.modifiedBefore),
                page: page > 1 ? page : undefined,
            };
            const answer = await this.send(plan);
            const b = answer.body;
            if (!isRecord(b) || !Array.isArray(b.cve_ids))
                throw this.unexpected(plan, answer, 'cve_ids');
            for (const entry of b.cve_ids)
                out.push(this.readCveId(entry, plan, answer));
            // The paging fields appear only when the results fill a page; nextPage is null on the last.
            const next = b.nextPage;
            if (typeof next !== 'number')
                return out;
            if (next <= page)
                throw this.unexpected(plan, answer, 'nextPage after the current page');
            page = next;
        }
        throw new CveServicesError(`CVE Services listed more than ${MAX_PAGES} pages of CVE IDs: narrow the list (state, year)`, 'unexpected', 'GET', '/cve-id');
    }
    /** Move a reserved ID without a record to REJECTED (PUT /cve-id/{id}?state=REJECTED); it leaves the quota. */
    async rejectReservedId(cveId) {
        return this.setIdState(cveId, 'REJECTED');
    }
    /** Move a rejected ID without a record back to RESERVED. */
    async restoreRejectedId(cveId) {
        return this.setIdState(cveId, 'RESERVED');
    }
    async setIdState(cveId, state) {
        const plan = this.plan('PUT', `/cve-id/${encodeURIComponent(cveId)}`, [200], cveId);
        plan.query = { state };
        plan.repeatable = true;
        const answer = await this.send(plan);
        const b = answer.body;
        if (!isRecord(b) || !isRecord(b.updated))
            throw this.unexpected(plan, answer, 'updated');
        return this.readCveId(b.updated, plan, answer);
    }
    /** The org's ID quota (GET /org/{org}/id_quota): IDs it may hold in the RESERVED state at once. */
    async getQuota() {
        const plan = this.plan('GET', `/org/${encodeURIComponent(this.settings.org)}/id_quota`, [200]);
        const answer = await this.send(plan);
        const b = answer.body;
        if (!isRecord(b) ||
            typeof b.id_quota !== 'number' ||
            typeof b.total_reserved !== 'number' ||
            typeof b.available !== 'number')
            throw this.unexpected(plan, answer, 'id_quota, total_reserved, available');
        return { idQuota: b.id_quota, totalReserved: b.total_reserved, available: b.available };
    }
    // ---- CVE records -----------------------------------------------------------------------------
    /** The record (GET /cve/{id}, public), or null when the ID has none. */
    async getRecord(cveId) {
        const plan = this.plan('GET', `/cve/${encodeURIComponent(cveId)}`, [200, 404], cveId);
        const answer = await this.send(plan);
        if (answer.status === 404)
            return null;
        return this.readRecord(answer.body, plan, answer);
    }
    /** Publish the first record of a reserved ID (POST /cve/{id}/cna). providerMetadata is the service's to set. */
    async publishRecord(cveId, container) {
        return this.createRecord(cveId, 'cna', { cnaContainer: container });
    }
    /** Replace the published record's CNA container (PUT /cve/{id}/cna); the service bumps its serial. */
    async updateRecord(cveId, container) {
        return this.replaceRecord(cveId, 'cna', { cnaContainer: container });
    }
    /** Reject an ID that has no record, with a public reason (POST /cve/{id}/reject). */
    async rejectWithRecord(cveId, reason) {
        return this.createRecord(cveId, 'reject', this.rejection(reason));
    }
    /** Reject a published record, or change a rejected record's reason (PUT /cve/{id}/reject). */
    async rejectPublishedRecord(cveId, reason) {
        return this.replaceRecord(cveId, 'reject', this.rejection(reason));
    }
    rejection(reason) {
        return { cnaContainer: { rejectedReasons: [{ lang: 'en', value: reason }] } };
    }
    async createRecord(cveId, kind, body) {
        const plan = this.plan('POST', `/cve/${encodeURIComponent(cveId)}/${kind}`, [200], cveId);
        plan.body = body;
        let recovered;
        let retried = false;
        const wanted = kind === 'cna' ? 'PUBLISHED' : 'REJECTED';
        let answer;
        try {
            answer = await this.sendChecking(plan, async () => {
                // Did the lost request land? The record says; if it is there, it is the answer.
                const existing = await this.getRecord(cveId);
                if (existing && existing.cveMetadata.state === wanted) {
                    recovered = existing;
                    return 'stop';
                }
                retried = true;
                return 'retry';
            });
        }
        catch (err) {
            // A retry after a lost answer meets the record the first attempt created.
            if (retried && err instanceof CveServicesError && err.errorName === 'CVE_RECORD_EXISTS') {
                const existing = await this.getRecord(cveId);
                if (existing)
                    return existing;
            }
            throw err;
        }
        if (recovered)
            return recovered;
        if (!answer)
            throw this.lost(plan, new AttemptFailure('dropped', 'no answer'), 1);
        const b = answer.body;
        if (!isRecord(b) || !isRecord(b.created))
            throw this.unexpected(plan, answer, 'created');
        return this.readRecord(b.created, plan, answer);
    }
    async replaceRecord(cveId, kind, body) {
        const plan = this.plan('PUT', `/cve/${encodeURIComponent(cveId)}/${kind}`, [200], cveId);
        plan.body = body;
        plan.repeatable = true;
        const answer = await this.send(plan);
        const b = answer.body;
        if (!isRecord(b) || !isRecord(b.updated))
            throw this.unexpected(plan, answer, 'updated');
        return this.readRecord(b.updated, plan, answer);
    }
    // ---- Reading answers -------------------------------------------------------------------------
    readCveId(entry, plan, answer) {
        if (!isRecord(entry) ||
            typeof entry.cve_id !== 'string' ||
            (entry.state !== 'RESERVED' && entry.state !== 'PUBLISHED' && entry.state !== 'REJECTED'))
            throw this.unexpected(plan, answer, 'cve_id and state');
        const requested = entry.requested_by;
        const time = entry.time;
        return {
            cveId: entry.cve_id,
            year: typeof entry.cve_year === 'string' ? entry.cve_year : entry.cve_id.slice(4, 8),
            state: entry.state,
            owningCna: typeof entry.owning_cna === 'string' ? entry.owning_cna : '',
            ...(isRecord(requested) && typeof requested.cna === 'string' && typeof requested.user === 'string'
                ? { requestedBy: { cna: requested.cna, user: requested.user } }
                : {}),
            ...(typeof entry.reserved === 'string' ? { reserved: entry.reserved } : {}),
            ...(isRecord(time) && typeof time.modified === 'string' ? { modified: time.modified } : {}),
        };
    }
    readRecord(value, plan, answer) {
        const meta = isRecord(value) ? value.cveMetadata : undefined;
        const containers = isRecord(value) ? value.containers : undefined;
        if (!isRecord(value) ||
            !isRecord(meta) ||
            typeof meta.cveId !== 'string' ||
            (meta.state !== 'PUBLISHED' && meta.state !== 'REJECTED') ||
            !isRecord(containers) ||
            !isRecord(containers.cna))
            throw this.unexpected(plan, answer, 'a CVE record (cveMetadata, containers.cna)');
        return value;
    }
    // ---- Requests --------------------------------------------------------------------------------
    plan(method, path, expected, cveId) {
        return { method, path, expected, repeatable: method !== 'POST', ...(cveId ? { cveId } : {}) };
    }
    /** Send the request, retrying what may be retried (reads, PUTs, and whatever the rate limiter refused). */
    async send(plan) {
        const answer = await this.sendChecking(plan);
        if (!answer)
            throw new Error(`${this.what(plan)}: no answer and no check`);
        return answer;
    }
    /**
     * Send the request, retrying what may be retried. For a POST whose outcome is unknown, `onUnknown`
     * decides: 'retry' (it checked: nothing happened), 'stop' (it found the result: undefined is
     * returned), or it throws.
     */
    async sendChecking(plan, onUnknown) {
        const attempts = this.retries + 1;
        for (let attempt = 1;; attempt++) {
            const result = await this.attempt(plan);
            if (!(result instanceof AttemptFailure)) {
                if (plan.expected.includes(result.status))
                    return result;
                throw this.refused(plan, result);
            }
            const failure = result;
            // 429 comes from the rate limiter before any handler: nothing happened, whatever the method.
            const nothingHappened = failure.kind === 'not-sent' || failure.answer?.status === 429;
            if (!nothingHappened && !plan.repeatable) {
                if (!onUnknown)
                    throw this.lost(plan, failure, attempt);
                if ((await onUnknown(failure)) === 'stop')
                    return undefined;
            }
            if (attempt >= attempts)
                throw this.exhausted(plan, failure, attempt);
            const asked = failure.answer ? requestedWaitMs(failure.answer.headers, this.now()) : undefined;
            const backoff = this.retryBaseMs * 2 ** (attempt - 1);
            const wait = Math.max(asked ?? 0, backoff);
            if (asked !== undefined && asked > this.maxRetryWaitMs) {
                throw this.fail(`CVE Services asks to wait ${Math.ceil(asked / 1000)} s before ${plan.method} ${plan.path} again (${failure.detail}): try again later.`, 'refused', plan, failure.answer);
            }
            this.settings.log?.warning(`CVE Services: ${plan.method} ${plan.path}: ${failure.detail}; retrying in ${(wait / 1000).toFixed(wait < 1000 ? 2 : 0)} s (attempt ${attempt + 1} of ${attempts})`);
            await this.sleep(wait);
        }
    }
    async attempt(plan) {
        const url = new URL(this.base + plan.path);
        for (const [k, v] of Object.entries(plan.query ?? {}))
            if (v !== undefined)
                url.searchParams.set(k, String(v));
        const headers = {
            'CVE-API-ORG': this.settings.org,
            'CVE-API-USER': this.settings.user,
            'CVE-API-KEY': this.settings.apiKey,
            accept: 'application/json',
            'user-agent': 'psrt-ops',
        };
        if (plan.body !== undefined)
            headers['content-type'] = 'application/json';
        this.settings.log?.debug(`CVE Services: ${plan.method} ${url.pathname}${url.search}`);
        const signal = AbortSignal.timeout(this.timeoutMs);
        let text;
        let response;
        try {
            response = await this.fetchImpl(url, {
                method: plan.method,
                headers,
                body: plan.body === undefined ? undefined : JSON.stringify(plan.body),
                signal,
            });
            text = await response.text();
        }
        catch (err) {
            if (signal.aborted || (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')))
                return new AttemptFailure('timeout', `no answer within ${this.timeoutMs / 1000} s`);
            const code = errorCode(err);
            if (code && NOT_SENT_CODES.has(code))
                return new AttemptFailure('not-sent', causeMessage(err));
            return new AttemptFailure('dropped', `the connection failed (${causeMessage(err)})`);
        }
        let body = undefined;
        let notJson = false;
        if (text.trim() !== '') {
            try {
                body = JSON.parse(text);
            }
            catch {
                notJson = true;
            }
        }
        const answer = { status: response.status, headers: response.headers, body, notJson };
        if (RETRYABLE_STATUSES.has(response.status)) {
            const name = isRecord(body) && typeof body.error === 'string' ? ` ${body.error}` : '';
            return new AttemptFailure('status', `HTTP ${response.status}${name}`, answer);
        }
        if (notJson && plan.expected.includes(response.status)) {
            // A cut-off answer to a write leaves its outcome unknown; to a read it can be read again.
            return new AttemptFailure('status', `HTTP ${response.status} with a body that is not JSON`, answer);
        }
        return answer;
    }
    // ---- Errors ----------------------------------------------------------------------------------
    /** Every message passes here: the API key never appears, whatever a service or proxy echoed. */
    fail(message, outcome, plan, answer, extra = {}) {
        // Keys are long random strings; a short test key would mangle ordinary words.
        const key = this.settings.apiKey;
        const safe = key.length >= 6 ? message.split(key).join('***') : message;
        const b = answer?.body;
        const errorName = isRecord(b) && typeof b.error === 'string' ? b.error : undefined;
        const details = isRecord(b) ? b.details : undefined;
        return new CveServicesError(safe, outcome, plan.method, plan.path, answer?.status || undefined, errorName, details, extra.reservedSince);
    }
    what(plan) {
        return `${plan.method} ${plan.path}`;
    }
    refused(plan, answer) {
        const b = answer.body;
        const name = isRecord(b) && typeof b.error === 'string' ? b.error : undefined;
        const said = isRecord(b) && typeof b.message === 'string' ? b.message : undefined;
        const status = `HTTP ${answer.status}${name ? ` ${name}` : ''}`;
        const id = plan.cveId ?? 'the ID';
        const account = `user ${this.settings.user} of org ${this.settings.org}`;
        if (answer.notJson) {
            return this.fail(`CVE Services answered ${this.what(plan)} with ${status} and a body that is not JSON (content-type ${answer.headers.get('content-type') ?? 'none'}): ` +
                `check that CVE_API_URL (${this.base}) is the API base, e.g. ${CVE_SERVICES_PRODUCTION_URL}`, 'unexpected', plan, answer);
        }
        if (answer.status === 401) {
            return this.fail(`CVE Services rejected the credentials of ${account} (${status}) at ${this.base}: check CVE_API_USER, CVE_API_KEY and CVE_API_ORG, ` +
                'and that CVE_API_URL is the service the key belongs to (production and test keys differ); an org admin can reset the key.', 'refused', plan, answer);
        }
        if (answer.status === 400 && name === 'BAD_REQUEST' && said && /header/i.test(said)) {
            return this.fail(`CVE Services refused ${this.what(plan)}: ${said} Set CVE_API_ORG, CVE_API_USER and CVE_API_KEY.`, 'refused', plan, answer);
        }
        if (name === 'EXCEEDED_ID_QUOTA') {
            const d = isRecord(b) && isRecord(b.details) ? b.details : {};
            const figures = typeof d.id_quota === 'number'
                ? ` (quota ${d.id_quota}, reserved ${String(d.total_reserved)}, available ${String(d.available)})`
                : '';
            return this.fail(`CVE Services refused to reserve: the org ${this.settings.org} has used up its ID quota${figures}. ` +
                'Reject reserved IDs nobody uses (psrt cve reject), or ask the CVE Program Secretariat to raise the quota.', 'refused', plan, answer);
        }
        if (name === 'INVALID_JSON_SCHEMA') {
            const errors = isRecord(b) && isRecord(b.details) && Array.isArray(b.details.errors) ? b.details.errors : [];
            const first = errors
                .slice(0, 3)
                .filter(isRecord)
                .map((e) => `${typeof e.instancePath === 'string' ? e.instancePath || '/' : '?'} ${String(e.message ?? '')}`);
            return this.fail(`CVE Services refused the record for ${id} as invalid (${status}): ${first.join('; ') || 'no details'}${errors.length > 3 ? `; and ${errors.length - 3} more` : ''}. ` +
                'Fix the record file; psrt checks records against the same CVE JSON 5.2 schema.', 'refused', plan, answer);
        }
        if (name === 'ORG_DOES_NOT_OWN_ID' || name === 'ORG_CANNOT_RESERVE_FOR_OTHER') {
            return this.fail(`CVE Services refused ${this.what(plan)} (${status}): the org ${this.settings.org} does not own ${id}. Check the ID, and CVE_API_ORG.`, 'refused', plan, answer);
        }
        if (name === 'CVE_RECORD_EXISTS') {
            return this.fail(`${id} already has a record (${status}): update it (PUT) instead of creating it.`, 'refused', plan, answer);
        }
        if (name === 'CVE_RECORD_DNE' && plan.method === 'PUT') {
            return this.fail(`${id} has no record yet (${status}): publish it first (POST /cve/{id}/cna), or reject the reserved ID.`, 'refused', plan, answer);
        }
        if (name === 'CANNOT_CHANGE_CVE_ID_WITH_RECORD') {
            return this.fail(`${id} has a record (${status}): its state follows the record; reject the record instead (PUT /cve/{id}/reject).`, 'refused', plan, answer);
        }
        if (answer.status === 404) {
            return this.fail(`CVE Services has no ${plan.cveId ?? plan.path} (${status}) at ${this.base}: check the ID, and that CVE_API_URL is the service it was reserved on (test IDs do not exist in production).`, 'refused', plan, answer);
        }
        const details = isRecord(b) && Array.isArray(b.details) ? b.details.filter(isRecord) : [];
        const inputs = details
            .map((d) => `${String(d.location ?? '')} ${String(d.param ?? '')}: ${String(d.msg ?? '')}`.trim())
            .join('; ');
        return this.fail(`CVE Services refused ${this.what(plan)} (${status}${said ? `: ${said}` : ''}${inputs ? `; ${inputs}` : ''}).`, 'refused', plan, answer);
    }
    unexpected(plan, answer, missing) {
        return this.fail(`CVE Services answered ${this.what(plan)} with HTTP ${answer.status} but not in the shape its API description gives (${missing}): ` +
            `check that CVE_API_URL (${this.base}) is CVE Services' API base.`, 'unexpected', plan, answer);
    }
    /** A POST that may have happened and is not retried blindly. */
    lost(plan, failure, attempt) {
        return this.fail(`CVE Services did not confirm ${this.what(plan)} (${failure.detail}, attempt ${attempt}): it may or may not have happened. Check before sending it again.`, 'unknown', plan, failure.answer);
    }
    exhausted(plan, failure, attempts) {
        if (failure.kind === 'not-sent') {
            return this.fail(`Cannot reach CVE Services at ${this.base} (${failure.detail}; ${attempts} attempts): check CVE_API_URL and the network.`, 'unreachable', plan);
        }
        if (failure.kind === 'timeout' || failure.kind === 'dropped') {
            return this.fail(`CVE Services at ${this.base} gave no answer to ${this.what(plan)} (${failure.detail}; ${attempts} attempts): try again later; cve.org shows service notices.`, 'unreachable', plan);
        }
        const status = failure.answer?.status;
        if (status === 429) {
            return this.fail(`CVE Services kept answering ${this.what(plan)} with 429 Too Many Requests (${attempts} attempts): try again in a few minutes.`, 'refused', plan, failure.answer);
        }
        return this.fail(`CVE Services failed ${this.what(plan)} ${attempts} times (last: ${failure.detail}): try again later; cve.org shows service notices.`, status !== undefined && status >= 500 ? 'unreachable' : 'unexpected', plan, failure.answer);
    }
}

;// CONCATENATED MODULE: ./actions/lib/entry/cve-connect.ts


const CVE_ENV_NAMES = ['CVE_API_URL', 'CVE_API_ORG', 'CVE_API_USER', 'CVE_API_KEY'];
/** Whether the environment names a CVE Services account (all three of org, user and key). */
function hasCveCredentials(env) {
    return Boolean(env.CVE_API_ORG?.trim() && env.CVE_API_USER?.trim() && env.CVE_API_KEY?.trim());
}
function cveSettingsFromEnv(env, options = {}) {
    const missing = ['CVE_API_ORG', 'CVE_API_USER', 'CVE_API_KEY'].filter((name) => !env[name]?.trim());
    if (missing.length > 0)
        throw new errors/* UserError */.yo(`${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set: CVE Services needs the CNA's short name (CVE_API_ORG), an account (CVE_API_USER) and its API key (CVE_API_KEY). ` +
            'In the workflow they are the secrets of the cve-publish job; for the test service also set CVE_API_URL=https://cveawg-test.mitre.org/api.');
    const apiKey = env.CVE_API_KEY.trim();
    options.mask?.(apiKey);
    const url = env.CVE_API_URL?.trim() || CVE_SERVICES_PRODUCTION_URL;
    if (!/^https?:\/\/\S+$/.test(url))
        throw new errors/* UserError */.yo(`CVE_API_URL is not a URL: give the API base, e.g. ${CVE_SERVICES_PRODUCTION_URL}.`);
    return {
        baseUrl: url,
        org: env.CVE_API_ORG.trim(),
        user: env.CVE_API_USER.trim(),
        apiKey,
        ...(options.fetch ? { fetch: options.fetch } : {}),
        ...(options.log ? { log: options.log } : {}),
        ...(options.fast ? { retryBaseMs: 10 } : {}),
    };
}
/** The CVE Services client for the environment's account. */
function connectCveServices(env, options = {}) {
    return new CveServicesClient(cveSettingsFromEnv(env, options));
}


/***/ })

};

//# sourceMappingURL=507.index.js.map