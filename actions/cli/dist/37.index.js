export const id = 37;
export const ids = [37];
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


/***/ })

};

//# sourceMappingURL=37.index.js.map