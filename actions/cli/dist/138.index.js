export const id = 138;
export const ids = [138];
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


/***/ })

};

//# sourceMappingURL=138.index.js.map