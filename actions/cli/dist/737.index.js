export const id = 737;
export const ids = [737,37];
export const modules = {

/***/ 7037:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J0: () => (/* binding */ creditsForYear),
/* harmony export */   Sy: () => (/* binding */ renderCreditsMarkdown),
/* harmony export */   renderCreditsCsv: () => (/* binding */ renderCreditsCsv)
/* harmony export */ });
/* unused harmony exports CREDIT_ROLES, parseCreditValue, reportLabel, CREDITS_CSV_HEADER */
/* harmony import */ var _osv_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6594);
/* harmony import */ var _roster_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8764);


const CREDIT_ROLES = ['coordinator', 'remediation developer', 'remediation reviewer'];
const GHSA_ROLE = {
    coordinator: 'coordinator',
    remediation_developer: 'remediation developer',
    remediation_reviewer: 'remediation reviewer',
};
function githubLogin(url) {
    const m = /^https:\/\/github\.com\/([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/?$/.exec(url);
    return m?.[1];
}
/** "Name (https://github.com/login)" → name and login; any other value is a name alone. */
function parseCreditValue(value) {
    const m = /^(.*\S)\s+\((https?:\/\/[^\s()]+)\)$/.exec(value.trim());
    if (!m)
        return { name: value.trim() };
    const login = githubLogin(m[2]);
    return login ? { name: m[1], login } : { name: m[1] };
}
function rosterNames(roster) {
    const byLogin = new Map();
    const byName = new Map();
    for (const person of [...roster.members, ...(roster.emeritus ?? [])]) {
        if (!person.login)
            continue;
        if (!byLogin.has((0,_roster_js__WEBPACK_IMPORTED_MODULE_1__/* .loginKey */ .H$)(person.login)))
            byLogin.set((0,_roster_js__WEBPACK_IMPORTED_MODULE_1__/* .loginKey */ .H$)(person.login), person.name);
        byName.set(person.name.trim().toLowerCase(), person.login);
    }
    return { byLogin, byName };
}
function dayOf(time) {
    return time ? (0,_osv_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeTimestamp */ .st)(time)?.slice(0, 10) : undefined;
}
/** Who was credited for what in one year, each person once, people and reports in a stable order. */
function creditsForYear(input) {
    const names = rosterNames(input.roster);
    const reports = new Map();
    const byGhsa = new Map();
    const byCve = new Map();
    const people = new Map();
    const reportFor = (ghsa, cve) => {
        const found = (ghsa && byGhsa.get(ghsa)) || (cve && byCve.get(cve)) || undefined;
        const entry = found ?? { key: ghsa ?? cve };
        if (ghsa && !entry.ghsa)
            entry.ghsa = ghsa;
        if (cve && !entry.cve)
            entry.cve = cve;
        if (entry.ghsa)
            byGhsa.set(entry.ghsa, entry);
        if (entry.cve)
            byCve.set(entry.cve, entry);
        reports.set(entry.key, entry);
        return entry;
    };
    const credit = (who, report, role) => {
        const login = who.login ?? (who.name ? names.byName.get(who.name.trim().toLowerCase()) : undefined);
        const key = login ? `login:${(0,_roster_js__WEBPACK_IMPORTED_MODULE_1__/* .loginKey */ .H$)(login)}` : `name:${(who.name ?? '').trim().toLowerCase()}`;
        const person = people.get(key) ?? { ...(login ? { login } : {}), names: {}, roles: new Map() };
        if (login)
            person.names.roster ??= names.byLogin.get((0,_roster_js__WEBPACK_IMPORTED_MODULE_1__/* .loginKey */ .H$)(login));
        if (who.name)
            person.names[who.source] ??= who.name;
        const roles = person.roles.get(report.key) ?? new Set();
        roles.add(role);
        person.roles.set(report.key, roles);
        people.set(key, person);
    };
    // Published records first: their date wins, and they link CVE ids to GHSA ids.
    for (const record of input.records) {
        if (!(0,_osv_js__WEBPACK_IMPORTED_MODULE_0__/* .isPublished */ .HF)(record))
            continue;
        const report = reportFor((0,_osv_js__WEBPACK_IMPORTED_MODULE_0__/* .ghsaOfRecord */ .ws)(record), record.cveMetadata.cveId);
        report.date = dayOf(record.cveMetadata.datePublished) ?? report.date;
        for (const c of record.containers.cna.credits ?? []) {
            if (!c.type || !CREDIT_ROLES.includes(c.type) || !/^en\b/i.test(c.lang))
                continue;
            const parsed = parseCreditValue(c.value);
            credit({ ...parsed, source: 'record' }, report, c.type);
        }
    }
    for (const advisory of input.advisories) {
        const report = reportFor(advisory.ghsa_id, advisory.cve_id ?? undefined);
        report.repo ??= advisory.repo;
        if (!report.date) {
            if (advisory.published_at)
                report.date = dayOf(advisory.published_at);
            else if (advisory.state === 'closed')
                report.date = dayOf(advisory.closed_at);
        }
        if (advisory.state === 'withdrawn')
            report.date = undefined;
        for (const c of advisory.credits_detailed ?? []) {
            const role = GHSA_ROLE[c.type];
            if (!role || c.state === 'declined')
                continue;
            credit({ login: c.user.login, ...(c.user.name ? { name: c.user.name } : {}), source: 'github' }, report, role);
        }
    }
    const inYear = (r) => r.date !== undefined && Number(r.date.slice(0, 4)) === input.year;
    const counted = new Set();
    const out = [];
    for (const person of people.values()) {
        const credited = [];
        for (const [key, roles] of person.roles) {
            const report = reports.get(key);
            if (!inYear(report))
                continue;
            counted.add(key);
            credited.push({
                ...(report.ghsa ? { ghsa: report.ghsa } : {}),
                ...(report.cve ? { cve: report.cve } : {}),
                ...(report.repo ? { repo: report.repo } : {}),
                date: report.date,
                roles: CREDIT_ROLES.filter((r) => roles.has(r)),
            });
        }
        if (credited.length === 0)
            continue;
        credited.sort((a, b) => a.date.localeCompare(b.date) || reportLabel(a).localeCompare(reportLabel(b)));
        const name = person.names.roster ?? person.names.record ?? person.names.github ?? person.login ?? '';
        out.push({ name, ...(person.login ? { login: person.login } : {}), reports: credited });
    }
    out.sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) ||
        a.name.localeCompare(b.name, 'en') ||
        (a.login ?? '').localeCompare(b.login ?? ''));
    return { year: input.year, people: out, reports: counted.size };
}
/** A report by its ids: "CVE-2026-1234 (GHSA-…)", or whichever id it has. */
function reportLabel(report) {
    if (report.cve && report.ghsa)
        return `${report.cve} (${report.ghsa})`;
    return report.cve ?? report.ghsa ?? '';
}
const ROLE_VERB = {
    coordinator: 'coordinated',
    'remediation developer': 'fixed',
    'remediation reviewer': 'reviewed the fix of',
};
function escapeMarkdown(text) {
    return text.replace(/[\\`*_[\]<>|~#]/g, (c) => `\\${c}`);
}
/** The thank-you list: one line per person, their reports grouped by role. */
function renderCreditsMarkdown(report) {
    const lines = [`# PSRT credits for ${report.year}`, ''];
    if (report.people.length === 0) {
        lines.push(`Nobody was credited as coordinator, remediation developer or reviewer on a report that ended in ${report.year}.`);
        return `${lines.join('\n')}\n`;
    }
    lines.push(`Thank you to the ${report.people.length} ${report.people.length === 1 ? 'person' : 'people'} who coordinated, fixed or reviewed the fixes of ${report.reports} vulnerability ${report.reports === 1 ? 'report' : 'reports'} in ${report.year}:`, '');
    for (const person of report.people) {
        const parts = CREDIT_ROLES.map((role) => {
            const labels = person.reports.filter((r) => r.roles.includes(role)).map(reportLabel);
            return labels.length > 0 ? `${ROLE_VERB[role]} ${labels.join(', ')}` : '';
        }).filter((p) => p !== '');
        const who = `**${escapeMarkdown(person.name)}**${person.login && person.login !== person.name ? ` (\`${person.login}\`)` : ''}`;
        lines.push(`- ${who}: ${parts.join('; ')}`);
    }
    return `${lines.join('\n')}\n`;
}
function csvField(value) {
    return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
const CREDITS_CSV_HEADER = ['name', 'login', 'role', 'ghsa', 'cve', 'repo', 'date'];
/** One row per person, report and role (RFC 4180: CRLF line ends, fields quoted where needed). */
function renderCreditsCsv(report) {
    const rows = [[...CREDITS_CSV_HEADER]];
    for (const person of report.people) {
        for (const r of person.reports) {
            for (const role of r.roles) {
                rows.push([person.name, person.login ?? '', role, r.ghsa ?? '', r.cve ?? '', r.repo ?? '', r.date]);
            }
        }
    }
    return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
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

/***/ 4189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D2: () => (/* binding */ splitRepo),
/* harmony export */   DI: () => (/* binding */ linksAdvisoryForm),
/* harmony export */   Wm: () => (/* binding */ DEFAULT_RECHECK_SETTINGS_DAYS),
/* harmony export */   at: () => (/* binding */ parseFraction),
/* harmony export */   ih: () => (/* binding */ reposByOwner),
/* harmony export */   l8: () => (/* binding */ DEFAULT_ANNOUNCE_FROM)
/* harmony export */ });
/** The advisory email's sender when policy.yaml names none: the PSRT's own address. */
const DEFAULT_ANNOUNCE_FROM = 'Python Security Response Team <security@python.org>';
/** How long reconcile trusts the covered repositories' settings it read (github.recheck_settings_days). */
const DEFAULT_RECHECK_SETTINGS_DAYS = 7;
/** Does a SECURITY.md send reporters to the repository's private advisory form? */
function linksAdvisoryForm(repo, securityPolicy) {
    return securityPolicy.includes(`https://github.com/${repo}/security/advisories/new`);
}
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

/***/ 1737:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCredits: () => (/* binding */ runCredits)
/* harmony export */ });
/* unused harmony exports planCredits, creditsJob */
/* harmony import */ var _domain_credits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7037);
/* harmony import */ var _domain_policy_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4189);
/* harmony import */ var _domain_roster_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8764);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2863);
/* harmony import */ var _job_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(832);
/* harmony import */ var _osv_records_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6103);
/* harmony import */ var _reading_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3307);







/** GHSA credit types the report counts (the others, reporter, finder…, are not PSRT work). */
const COUNTED = new Set(['coordinator', 'remediation_developer', 'remediation_reviewer']);
async function readCredits(settings, config, deps) {
    const since = `${settings.year}-01-01T00:00:00Z`;
    const spelled = new Map(config.policy.covered_repos.map((r) => [r.toLowerCase(), r]));
    const lists = await Promise.all([...(0,_domain_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .reposByOwner */ .ih)(config.policy.covered_repos)].map(([owner, repos]) => (0,_reading_js__WEBPACK_IMPORTED_MODULE_4__/* .reading */ .h)(`the advisories of ${repos.join(', ')}`, () => (deps.ghFor?.(owner) ?? deps.gh).listAdvisoriesSince(owner, repos, since))));
    const found = [];
    for (const byRepo of lists)
        for (const [repo, advisories] of byRepo)
            for (const advisory of advisories)
                found.push({ repo: spelled.get(repo) ?? repo, advisory });
    const files = await (0,_osv_records_js__WEBPACK_IMPORTED_MODULE_3__/* .readCveRecordFiles */ .v)(settings.recordsDir, settings.recordsName);
    if (files.problems.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${files.problems.length} record file(s) could not be read:\n  ${files.problems.join('\n  ')}`);
    // Names for people the roster does not know, from their GitHub profiles (one query per hundred).
    const known = new Set([...config.roster.members, ...(config.roster.emeritus ?? [])].flatMap((p) => (p.login ? [(0,_domain_roster_js__WEBPACK_IMPORTED_MODULE_6__/* .loginKey */ .H$)(p.login)] : [])));
    const unknown = [
        ...new Set(found.flatMap(({ advisory }) => (advisory.credits_detailed ?? [])
            .filter((c) => COUNTED.has(c.type) && !known.has((0,_domain_roster_js__WEBPACK_IMPORTED_MODULE_6__/* .loginKey */ .H$)(c.user.login)))
            .map((c) => c.user.login))),
    ].sort();
    const profiles = unknown.length > 0
        ? await (0,_reading_js__WEBPACK_IMPORTED_MODULE_4__/* .reading */ .h)('the GitHub names of credited people', () => deps.gh.profilesByLogin(unknown))
        : new Map();
    const advisories = found.map(({ repo, advisory: a }) => ({
        repo,
        ghsa_id: a.ghsa_id,
        cve_id: a.cve_id,
        state: a.state,
        published_at: a.published_at,
        closed_at: a.closed_at,
        credits_detailed: (a.credits_detailed ?? []).map((c) => {
            const name = profiles.get(c.user.login)?.name;
            return { user: { login: c.user.login, ...(name ? { name } : {}) }, type: c.type, state: c.state };
        }),
    }));
    return { advisories, records: files.records };
}
function planCredits(config, observed, settings) {
    return {
        changes: [],
        notes: [],
        guards: [],
        report: (0,_domain_credits_js__WEBPACK_IMPORTED_MODULE_0__/* .creditsForYear */ .J0)({
            year: settings.year,
            advisories: observed.advisories,
            records: observed.records,
            roster: config.roster,
        }),
        advisoriesRead: observed.advisories.length,
        recordsRead: observed.records.length,
    };
}
const creditsJob = {
    name: 'credits',
    read: (settings, config, deps) => readCredits(settings, config, deps),
    plan: (config, observed, settings) => planCredits(config, observed, settings),
    // The thank-you list reads the same in a terminal and in Markdown.
    render: (plan, _format) => (0,_domain_credits_js__WEBPACK_IMPORTED_MODULE_0__/* .renderCreditsMarkdown */ .Sy)(plan.report),
    apply: async () => [],
};
function runCredits(settings, deps, ctx) {
    return (0,_job_js__WEBPACK_IMPORTED_MODULE_2__/* .runJob */ .b5)(creditsJob, settings, deps, ctx);
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

//# sourceMappingURL=737.index.js.map