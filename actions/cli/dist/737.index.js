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

/***/ 4189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D2: () => (/* binding */ splitRepo),
/* harmony export */   at: () => (/* binding */ parseFraction),
/* harmony export */   ih: () => (/* binding */ reposByOwner),
/* harmony export */   l8: () => (/* binding */ DEFAULT_ANNOUNCE_FROM)
/* harmony export */ });
/** The advisory email's sender when policy.yaml names none: the PSRT's own address. */
const DEFAULT_ANNOUNCE_FROM = 'Python Security Response Team <security@python.org>';
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


/***/ })

};

//# sourceMappingURL=737.index.js.map