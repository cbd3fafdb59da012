export const id = 443;
export const ids = [443];
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

/***/ 4893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wx: () => (/* binding */ advisoryRepository),
/* harmony export */   fb: () => (/* binding */ jsonSyntaxErrorOffset),
/* harmony export */   oV: () => (/* binding */ readAdvisoryJson)
/* harmony export */ });
/* harmony import */ var _ids_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8029);

function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function kindOf(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'object')
        return 'an object';
    return `a ${typeof v}`;
}
/** Line and column (1-based) of a character offset. */
function lineColumn(text, offset) {
    const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
    const lines = before.split('\n');
    return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}
/**
 * The offset of the first JSON syntax error, found by walking the grammar: Node 20's JSON.parse
 * messages often carry no position (and quote the text around the error, which may be embargoed).
 */
function jsonSyntaxErrorOffset(text) {
    let i = 0;
    const fail = () => {
        throw i;
    };
    const space = () => {
        while (i < text.length && ' \t\n\r'.includes(text[i]))
            i++;
    };
    const literal = (word) => {
        for (const ch of word) {
            if (text[i] !== ch)
                fail();
            i++;
        }
    };
    const string = () => {
        i++;
        while (i < text.length && text[i] !== '"') {
            const ch = text[i];
            if (ch < ' ')
                fail();
            if (ch === '\\') {
                i++;
                if (text[i] === 'u') {
                    if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5)))
                        fail();
                    i += 4;
                }
                else if (!'"\\/bfnrt'.includes(text[i] ?? 'x'))
                    fail();
            }
            i++;
        }
        if (text[i] !== '"')
            fail();
        i++;
    };
    const number = () => {
        const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
        if (!m || m[0] === '-')
            fail();
        i += m[0].length;
    };
    const value = () => {
        space();
        const ch = text[i];
        if (ch === '{') {
            i++;
            space();
            if (text[i] === '}')
                return void i++;
            for (;;) {
                space();
                if (text[i] !== '"')
                    fail();
                string();
                space();
                if (text[i] !== ':')
                    fail();
                i++;
                value();
                space();
                if (text[i] === ',')
                    i++;
                else if (text[i] === '}')
                    return void i++;
                else
                    fail();
            }
        }
        if (ch === '[') {
            i++;
            space();
            if (text[i] === ']')
                return void i++;
            for (;;) {
                value();
                space();
                if (text[i] === ',')
                    i++;
                else if (text[i] === ']')
                    return void i++;
                else
                    fail();
            }
        }
        if (ch === '"')
            return string();
        if (ch === 't')
            return literal('true');
        if (ch === 'f')
            return literal('false');
        if (ch === 'n')
            return literal('null');
        if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9'))
            return number();
        fail();
    };
    try {
        value();
        space();
        if (i < text.length)
            fail();
        return undefined;
    }
    catch (offset) {
        if (typeof offset === 'number')
            return offset;
        throw offset;
    }
}
const isString = (v) => typeof v === 'string';
const isStringOrNull = (v) => v === null || typeof v === 'string';
const isArrayOrNull = (v) => v === null || Array.isArray(v);
/**
 * Read an advisory file's text into the typed advisory. The fields the CNA desk reads are checked
 * (with their path in the errors); the rest of GitHub's answer is kept as it is.
 */
function readAdvisoryJson(text, fileName) {
    let data;
    try {
        data = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (err) {
        if (!(err instanceof SyntaxError))
            throw err;
        const offset = jsonSyntaxErrorOffset(text.replace(/^\uFEFF/, ''));
        const place = offset === undefined ? undefined : lineColumn(text.replace(/^\uFEFF/, ''), offset);
        const where = place ? `${fileName}:${place.line}:${place.column}` : fileName;
        return {
            ok: false,
            errors: [
                `${where}: not valid JSON: save the advisory as GitHub's API returns it (gh api repos/OWNER/REPO/security-advisories/GHSA-…)`,
            ],
        };
    }
    const errors = [];
    const fail = (path, expected, got) => {
        errors.push(`${fileName}: ${path}: expected ${expected}, found ${kindOf(got)}`);
    };
    if (!isObject(data)) {
        return {
            ok: false,
            errors: [
                `${fileName}: expected one advisory (a JSON object, as GET /repos/OWNER/REPO/security-advisories/GHSA-… returns it), found ${kindOf(data)}`,
            ],
        };
    }
    const field = (name, check, expected, optional = false) => {
        if (optional && data[name] === undefined)
            return;
        if (!check(data[name]))
            fail(name, expected, data[name]);
    };
    field('ghsa_id', isString, 'the GHSA ID (a string)');
    if (typeof data.ghsa_id === 'string' && !_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .GHSA_ID */ .a3.test(data.ghsa_id))
        errors.push(`${fileName}: ghsa_id: not a GHSA ID (GHSA-xxxx-xxxx-xxxx)`);
    field('cve_id', isStringOrNull, 'a CVE ID or null');
    field('summary', isString, 'a string');
    field('description', isStringOrNull, 'a string or null');
    field('html_url', isString, 'the advisory URL (a string)');
    field('vulnerabilities', isArrayOrNull, 'a list or null');
    field('cwes', isArrayOrNull, 'a list or null');
    field('credits_detailed', isArrayOrNull, 'a list or null');
    field('cvss', (v) => v === null || isObject(v), 'an object or null', true);
    field('cvss_severities', (v) => v === null || isObject(v), 'an object or null', true);
    if (Array.isArray(data.vulnerabilities)) {
        data.vulnerabilities.forEach((v, i) => {
            const path = `vulnerabilities[${i}]`;
            if (!isObject(v))
                return fail(path, 'an object', v);
            if (v.vulnerable_version_range !== undefined && !isStringOrNull(v.vulnerable_version_range))
                fail(`${path}.vulnerable_version_range`, 'a string or null', v.vulnerable_version_range);
            const functions = v.vulnerable_functions;
            if (functions !== undefined && functions !== null) {
                if (!Array.isArray(functions) || !functions.every(isString))
                    fail(`${path}.vulnerable_functions`, 'a list of strings or null', functions);
            }
            if (v.package !== undefined && v.package !== null && !isObject(v.package))
                fail(`${path}.package`, 'an object or null', v.package);
        });
    }
    if (Array.isArray(data.cwes)) {
        data.cwes.forEach((c, i) => {
            if (!isObject(c) || !isString(c.cwe_id))
                fail(`cwes[${i}]`, 'an object with cwe_id and name', c);
        });
    }
    if (Array.isArray(data.credits_detailed)) {
        data.credits_detailed.forEach((c, i) => {
            const path = `credits_detailed[${i}]`;
            if (!isObject(c))
                return fail(path, 'an object', c);
            if (!isObject(c.user) || !isString(c.user.login))
                fail(`${path}.user.login`, 'a GitHub login', c.user);
            if (!isString(c.type))
                fail(`${path}.type`, 'a credit type', c.type);
            if (!isString(c.state))
                fail(`${path}.state`, 'accepted, declined or pending', c.state);
        });
    }
    for (const key of ['cvss_v3', 'cvss_v4']) {
        const severities = data.cvss_severities;
        if (!isObject(severities))
            continue;
        const entry = severities[key];
        if (entry !== undefined && entry !== null && (!isObject(entry) || !isStringOrNull(entry.vector_string)))
            fail(`cvss_severities.${key}`, 'an object with vector_string', entry);
    }
    if (isObject(data.cvss) && !isStringOrNull(data.cvss.vector_string))
        fail('cvss.vector_string', 'a string or null', data.cvss.vector_string);
    if (errors.length > 0)
        return { ok: false, errors };
    return { ok: true, advisory: data };
}
/** owner/name of the advisory's repository, from its URLs, or undefined when neither says. */
function advisoryRepository(advisory) {
    const html = /^https:\/\/github\.com\/([^/]+)\/([^/]+)\/security\/advisories\//.exec(advisory.html_url ?? '');
    if (html)
        return `${html[1]}/${html[2]}`;
    const api = /\/repos\/([^/]+)\/([^/]+)\/security-advisories\//.exec(advisory.url ?? '');
    return api ? `${api[1]}/${api[2]}` : undefined;
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

/***/ 6103:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ readCveRecordFiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _domain_cve_advisory_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4893);
// The CVE records in the ops repository's records/ (records/CVE-YYYY-NNNN.json, written by the CNA desk),
// read from a local checkout for the OSV export and the credits. A file that is not JSON or not shaped like
// a CVE record is a problem named by file, never skipped in silence.



const RECORD_FILE = /^(CVE-\d{4}-\d{4,})\.json$/;
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** What is wrong with the shape the OSV export and the credits read (the CNA desk checks the whole schema). */
function shapeProblem(data, cve) {
    if (!isObject(data) || data.dataType !== 'CVE_RECORD')
        return 'not a CVE record (dataType CVE_RECORD)';
    const meta = data.cveMetadata;
    if (!isObject(meta))
        return 'has no cveMetadata';
    if (meta.cveId !== cve)
        return `names ${JSON.stringify(meta.cveId)}, not ${cve} as its file name says`;
    if (meta.state !== 'PUBLISHED' && meta.state !== 'REJECTED')
        return 'has a cveMetadata.state other than PUBLISHED or REJECTED';
    for (const key of ['datePublished', 'dateUpdated', 'assignerOrgId'])
        if (meta[key] !== undefined && typeof meta[key] !== 'string')
            return `has a cveMetadata.${key} that is not a string`;
    const cna = isObject(data.containers) ? data.containers.cna : undefined;
    if (!isObject(cna))
        return 'has no containers.cna';
    if (meta.state === 'PUBLISHED') {
        for (const key of ['affected', 'references', 'descriptions'])
            if (!Array.isArray(cna[key]))
                return `has no list containers.cna.${key}`;
        for (const key of ['credits', 'problemTypes', 'metrics'])
            if (cna[key] !== undefined && !Array.isArray(cna[key]))
                return `has a containers.cna.${key} that is not a list`;
    }
    return undefined;
}
/** Every CVE-YYYY-NNNN.json in `dir`, in file-name order; `display` is how messages name the directory. */
async function readCveRecordFiles(dir, display) {
    let names;
    try {
        names = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true })).filter((d) => d.isFile()).map((d) => d.name);
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return { records: [], problems: [] };
        throw err;
    }
    const records = [];
    const problems = [];
    for (const name of names.sort()) {
        const match = RECORD_FILE.exec(name);
        if (!match)
            continue;
        const file = `${display}/${name}`;
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name), 'utf8');
        let data;
        try {
            data = JSON.parse(text);
        }
        catch {
            // Node's message quotes the text: say where instead.
            const at = (0,_domain_cve_advisory_js__WEBPACK_IMPORTED_MODULE_2__/* .jsonSyntaxErrorOffset */ .fb)(text);
            problems.push(`${file}: not valid JSON${at !== undefined ? ` (at character ${at})` : ''}`);
            continue;
        }
        const problem = shapeProblem(data, match[1]);
        if (problem)
            problems.push(`${file}: ${problem}`);
        else
            records.push(data);
    }
    return { records, problems };
}


/***/ }),

/***/ 3443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runOsv: () => (/* binding */ runOsv)
/* harmony export */ });
/* unused harmony exports planOsv, describeOsvChange, renderOsv, osvJob */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _domain_osv_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6594);
/* harmony import */ var _domain_plan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7048);
/* harmony import */ var _job_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(832);
/* harmony import */ var _osv_records_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6103);
// osv: an OSV 1.7 record (PSF-YYYY-N, for psf/advisory-database's advisories/python/) per published PSF
// CVE record in records/. Offline. read (the records, the id map records/osv-ids.yaml, the files already
// in the output directory) → plan (domain/osv.ts: ids never renumbered, each record checked against OSV's
// schema) → render → apply: the id map first (the ids are the commitment), then the files. A second run
// plans nothing. Any unreadable record, bad id map or record failing OSV's schema stops the run before
// any write: the export is all or nothing.







const ID_MAP_FILE = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(_domain_osv_js__WEBPACK_IMPORTED_MODULE_3__/* .OSV_ID_MAP_PATH */ .AI);
async function readOsv(settings) {
    const { records, problems } = await (0,_osv_records_js__WEBPACK_IMPORTED_MODULE_6__/* .readCveRecordFiles */ .v)(settings.recordsDir, settings.names.records);
    let idMapText;
    try {
        idMapText = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(settings.recordsDir, ID_MAP_FILE), 'utf8');
    }
    catch (err) {
        if (err.code !== 'ENOENT')
            throw err;
    }
    const idMapProblems = [];
    let data;
    try {
        data = idMapText === undefined ? undefined : (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(idMapText);
    }
    catch {
        idMapProblems.push(`${settings.names.records}/${ID_MAP_FILE} is not YAML.`);
    }
    const read = (0,_domain_osv_js__WEBPACK_IMPORTED_MODULE_3__/* .readOsvIdMap */ .k1)(data);
    idMapProblems.push(...read.problems);
    const existing = new Map();
    let names = [];
    try {
        names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(settings.outDir);
    }
    catch (err) {
        if (err.code !== 'ENOENT')
            throw err;
    }
    for (const name of names.filter((n) => /^PSF-\d{4}-\d+\.json$/.test(n)))
        existing.set(name, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(settings.outDir, name), 'utf8'));
    return { records, unreadable: problems, ids: read.ids, idMapProblems, existing };
}
function planOsv(config, observed, settings) {
    const orgId = config.policy.cna.org_id;
    const own = observed.records.filter((r) => r.cveMetadata.assignerOrgId === orgId);
    const foreign = observed.records.filter((r) => r.cveMetadata.assignerOrgId !== orgId).map((r) => r.cveMetadata.cveId);
    const exported = (0,_domain_osv_js__WEBPACK_IMPORTED_MODULE_3__/* .exportOsvRecords */ .T5)(own, observed.ids);
    const errors = [
        ...observed.unreadable,
        ...observed.idMapProblems,
        ...exported.problems.filter((p) => p.severity === 'error').map((p) => p.message),
    ];
    const notes = [
        ...exported.problems
            .filter((p) => p.severity === 'warning')
            .map((p) => ({ level: 'warning', text: p.message })),
        ...errors.map((text) => ({ level: 'error', text })),
    ];
    if (foreign.length > 0)
        notes.push({
            level: 'info',
            text: `Left out, not the PSF's (assignerOrgId is not cna.org_id): ${foreign.join(', ')}.`,
        });
    if (exported.unpublished.length > 0)
        notes.push({ level: 'info', text: `Not published at CVE.org, no OSV record: ${exported.unpublished.join(', ')}.` });
    const changes = [];
    const mapDisplay = `${settings.names.records}/${ID_MAP_FILE}`;
    if (exported.added.length > 0) {
        changes.push({
            kind: 'write-id-map',
            path: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(settings.recordsDir, ID_MAP_FILE),
            display: mapDisplay,
            text: (0,_domain_osv_js__WEBPACK_IMPORTED_MODULE_3__/* .renderOsvIdMap */ .C2)(exported.ids),
            added: exported.added,
        });
    }
    let unchanged = 0;
    for (const file of exported.files) {
        const before = observed.existing.get(file.fileName);
        if (before === file.json) {
            unchanged++;
            continue;
        }
        changes.push({
            kind: 'write-osv',
            id: file.id,
            cve: file.cve,
            path: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(settings.outDir, file.fileName),
            display: `${settings.names.out}/${file.fileName}`,
            json: file.json,
            status: before === undefined ? 'new' : 'changed',
        });
    }
    const guards = [
        {
            guard: 'records-valid',
            ok: errors.length === 0,
            detail: errors.length === 0
                ? `${(0,_domain_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(exported.files.length, 'record')} valid against OSV's schema`
                : `${(0,_domain_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(errors.length, 'problem')}: nothing is written until every record is sound`,
        },
    ];
    return { changes, notes, guards, export: exported, unchanged, foreign };
}
function describeOsvChange(c) {
    return c.kind === 'write-id-map'
        ? `+ ${c.display}: ${c.added.map((a) => `${a.cve} → ${a.id}`).join(', ')}`
        : `${c.status === 'new' ? '+' : '~'} ${c.display} (${c.cve}, ${c.status})`;
}
function renderOsv(plan, format, results) {
    const md = format === 'markdown';
    const files = plan.export.files.length;
    const tripped = plan.guards.some((g) => !g.ok);
    const head = tripped
        ? `osv: stopped, nothing written (${(0,_domain_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(plan.guards.filter((g) => !g.ok).length, 'guard')} tripped)`
        : plan.changes.length === 0
            ? `osv: ${(0,_domain_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(files, 'OSV record')}, all up to date; nothing to change`
            : results
                ? `osv: ${results.filter((r) => r.status === 'done').length} of ${plan.changes.length} file(s) written`
                : `osv: ${(0,_domain_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(plan.changes.length, 'file')} to write (${plan.unchanged} up to date)`;
    const status = new Map(results?.map((r) => [r.change, r]));
    const lines = [md ? `## ${head}` : head, ''];
    for (const c of plan.changes) {
        const line = (0,_domain_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .withResult */ .ox)(describeOsvChange(c), status.get(c));
        lines.push(md ? `- \`${line}\`` : `  ${line}`);
    }
    if (plan.changes.length > 0)
        lines.push('');
    if (plan.notes.length > 0)
        lines.push(...plan.notes.map((n) => (0,_domain_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .renderNote */ .NS)(n, format)), '');
    if (tripped)
        lines.push(...(0,_domain_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .renderGuards */ .TW)(plan.guards, format), '');
    lines.push(...(0,_domain_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .renderResultsLine */ .$0)(results, format));
    if (!results && !tripped && plan.changes.length > 0)
        lines.push('Dry run: nothing written (run without --dry-run).');
    return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}
async function applyOsv(plan, _deps, ctx) {
    return (0,_job_js__WEBPACK_IMPORTED_MODULE_5__/* .applyInOrder */ .g$)(plan.changes.map((c) => [c]), async ([c]) => {
        const change = c;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(change.path), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(change.path, change.kind === 'write-id-map' ? change.text : change.json);
    }, ctx, describeOsvChange);
}
const osvJob = {
    name: 'osv',
    read: (settings) => readOsv(settings),
    plan: (config, observed, settings) => planOsv(config, observed, settings),
    render: renderOsv,
    apply: applyOsv,
};
function runOsv(settings, ctx) {
    return (0,_job_js__WEBPACK_IMPORTED_MODULE_5__/* .runJob */ .b5)(osvJob, settings, undefined, ctx);
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

//# sourceMappingURL=443.index.js.map