export const id = 692;
export const ids = [692,613];
export const modules = {

/***/ 8005:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bv: () => (/* binding */ announcementUrl),
/* harmony export */   Fn: () => (/* binding */ announcedAt),
/* harmony export */   H8: () => (/* binding */ CNA_PUBLISH_HOURS),
/* harmony export */   y9: () => (/* binding */ describeCnaClock),
/* harmony export */   yO: () => (/* binding */ cnaClocks)
/* harmony export */ });
/* harmony import */ var _report_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9200);
/* harmony import */ var _desk_time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8652);


/** Hours from the advisory email to the published record (CNA runbook). */
const CNA_PUBLISH_HOURS = 24;
/** The time the advisory email went out, from the report file, or undefined. */
function announcedAt(report) {
    const announcement = (0,_report_file_js__WEBPACK_IMPORTED_MODULE_1__/* .announcementOf */ .r4)(report?.record);
    const candidates = [announcement?.sent_at, report?.record?.date_public];
    for (const c of candidates) {
        // A date alone (YYYY-MM-DD) says the day, not the hour the clock needs.
        if (c === undefined || /^\d{4}-\d{2}-\d{2}$/.test(c))
            continue;
        const t = Date.parse(c);
        if (!Number.isNaN(t))
            return new Date(t).toISOString();
    }
    return undefined;
}
/** Whether the report file records the advisory email (its archive URL: the vendor-advisory reference). */
function announcementUrl(report) {
    return (0,_report_file_js__WEBPACK_IMPORTED_MODULE_1__/* .announcementOf */ .r4)(report?.record)?.url?.trim() || undefined;
}
function roundHours(ms) {
    return Math.round((ms / _desk_time_js__WEBPACK_IMPORTED_MODULE_0__/* .HOUR_MS */ .iQ) * 10) / 10;
}
/**
 * The clock of every published-state record: where it stands against the 24 hours. `reports` by GHSA
 * id, `published` by CVE ID (the record's datePublished at CVE Services).
 */
function cnaClocks(records, reports, published, now, limitHours = CNA_PUBLISH_HOURS) {
    const clocks = [];
    for (const record of records) {
        if (record.state !== 'PUBLISHED')
            continue;
        const report = record.ghsa ? reports.get(record.ghsa) : undefined;
        const base = { cveId: record.cveId, ...(record.ghsa ? { ghsa: record.ghsa } : {}) };
        const sent = announcedAt(report);
        const due = sent ? new Date(Date.parse(sent) + limitHours * _desk_time_js__WEBPACK_IMPORTED_MODULE_0__/* .HOUR_MS */ .iQ).toISOString() : undefined;
        const times = { ...(sent ? { announcedAt: sent } : {}), ...(due ? { dueAt: due } : {}) };
        const publishedAt = published.get(record.cveId);
        if (publishedAt) {
            const hours = sent ? roundHours(Date.parse(publishedAt) - Date.parse(sent)) : undefined;
            clocks.push({
                ...base,
                ...times,
                state: hours !== undefined && hours < 0 ? 'published-early' : 'published',
                publishedAt,
                ...(hours !== undefined ? { hours } : {}),
            });
            continue;
        }
        if (!announcementUrl(report) && !sent) {
            clocks.push({ ...base, state: 'awaiting-announcement' });
            continue;
        }
        if (!sent || !due) {
            clocks.push({ ...base, state: 'announced-time-unknown' });
            continue;
        }
        if (now.getTime() < Date.parse(sent)) {
            clocks.push({ ...base, ...times, state: 'awaiting-announcement' });
            continue;
        }
        const late = now.getTime() - Date.parse(due);
        clocks.push(late > 0 ? { ...base, ...times, state: 'overdue', hours: roundHours(late) } : { ...base, ...times, state: 'due' });
    }
    return clocks;
}
const utc = _desk_time_js__WEBPACK_IMPORTED_MODULE_0__/* .formatUtcTime */ .fz;
function hoursText(hours) {
    return `${hours} h`;
}
/** One line for people: "published 3 h after the announcement", "due by …", "overdue by …: escalate to …". */
function describeCnaClock(clock, escalateTo, now) {
    switch (clock.state) {
        case 'awaiting-announcement':
            return clock.announcedAt
                ? `the advisory email is dated ${utc(clock.announcedAt)}: the record waits until then`
                : 'waits for the advisory email (never published before it)';
        case 'announced-time-unknown':
            return `the advisory email is recorded without its time (record.announcement.sent_at): publish now, within ${CNA_PUBLISH_HOURS} h of it`;
        case 'due': {
            const left = roundHours(Date.parse(clock.dueAt) - now.getTime());
            return `due by ${utc(clock.dueAt)} (${hoursText(left)} left; the advisory email went out ${utc(clock.announcedAt)})`;
        }
        case 'overdue':
            return `overdue by ${hoursText(clock.hours)} (due ${utc(clock.dueAt)}): escalate to the CNA operators (${escalateTo})`;
        case 'published':
            return clock.hours !== undefined
                ? `published ${hoursText(clock.hours)} after the announcement${clock.hours > CNA_PUBLISH_HOURS ? ` (over ${CNA_PUBLISH_HOURS} h)` : ''}`
                : `published ${utc(clock.publishedAt)}`;
        case 'published-early':
            return `published ${hoursText(-clock.hours)} BEFORE the announcement (${utc(clock.announcedAt)})`;
    }
}


/***/ }),

/***/ 8613:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ cveRecordFilePath),
/* harmony export */   formatCveRecordFile: () => (/* binding */ formatCveRecordFile)
/* harmony export */ });
// Records as files (records/CVE-YYYY-NNNN.json): 2-space JSON, keys sorted at every level, a trailing
// newline. Sorted keys make a record's file depend only on its content, so a rebuilt record that did
// not change leaves the file byte for byte as it was and its diffs show only what changed.
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (typeof value === 'object' && value !== null) {
        const out = {};
        // Code-point order, the same on every machine (localeCompare is not).
        for (const key of Object.keys(value).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
            out[key] = sortKeys(value[key]);
        return out;
    }
    return value;
}
/** The record as the text of its file. */
function formatCveRecordFile(record) {
    return `${JSON.stringify(sortKeys(record), null, 2)}\n`;
}
/** Where a record's file lives in the ops repository. */
function cveRecordFilePath(cveId) {
    return `records/${cveId}.json`;
}


/***/ }),

/***/ 3721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ operatorReviewers),
/* harmony export */   _: () => (/* binding */ operatorsMention)
/* harmony export */ });
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4189);

/** Review requests for a record PR in the ops repository. */
function operatorReviewers(policy) {
    const opsOrg = (0,_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .splitRepo */ .D2)(policy.ops_repo).owner.toLowerCase();
    const out = { users: [], teams: [], skipped: [] };
    for (const entry of policy.cna.operators ?? []) {
        const team = /^@([^/]+)\/(.+)$/.exec(entry);
        if (!team)
            out.users.push(entry);
        else if (team[1].toLowerCase() === opsOrg)
            out.teams.push(team[2]);
        else
            out.skipped.push(`${entry} (a team of another org than ${policy.ops_repo}'s)`);
    }
    return out;
}
/** Who a late record escalates to, for a message: "@login, @org/team", or what to set. */
function operatorsMention(policy) {
    const operators = policy.cna.operators ?? [];
    return operators.length > 0
        ? operators.map((o) => (o.startsWith('@') ? o : `@${o}`)).join(', ')
        : 'nobody is named: set cna.operators in policy.yaml';
}


/***/ }),

/***/ 5738:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BT: () => (/* binding */ RECORD_FILE_NAME),
/* harmony export */   Ck: () => (/* binding */ SERVICE_METADATA_FIELDS),
/* harmony export */   IR: () => (/* binding */ readCveRecordFile),
/* harmony export */   OE: () => (/* binding */ rejectionReason),
/* harmony export */   kK: () => (/* binding */ keepServiceMetadata),
/* harmony export */   qK: () => (/* binding */ recordFileWithServiceMetadata),
/* harmony export */   xd: () => (/* binding */ changedContainerFields)
/* harmony export */ });
/* unused harmony export withServiceMetadata */
/* harmony import */ var _advisory_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4893);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8613);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3918);
// Record files (records/CVE-YYYY-NNNN.json) as the CNA desk reads them back: parsed, checked against the
// CVE JSON 5.2 schema and their own name, and compared with what CVE Services holds. Messages name the
// file, a line and column or a JSON pointer, never a value: a record is under embargo until published.



/** A record file's name: `CVE-YYYY-NNNN.json`. */
const RECORD_FILE_NAME = /^(CVE-[0-9]{4}-[0-9]{4,19})\.json$/;
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function lineColumn(text, offset) {
    const lines = text.slice(0, offset).split('\n');
    return `${lines.length}:${lines[lines.length - 1].length + 1}`;
}
/** Read a record file: valid JSON, a CVE JSON 5.2 record (published or rejected), named after its CVE ID. */
function readCveRecordFile(text, fileName) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (err) {
        if (!(err instanceof SyntaxError))
            throw err;
        const offset = (0,_advisory_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonSyntaxErrorOffset */ .fb)(text);
        const where = offset === undefined ? fileName : `${fileName}:${lineColumn(text, offset)}`;
        return { ok: false, errors: [`${where}: not valid JSON`] };
    }
    if (!isObject(data) || !isObject(data.cveMetadata))
        return { ok: false, errors: [`${fileName}: not a CVE record (a JSON object with cveMetadata and containers)`] };
    const problems = (0,_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .validateCveRecord */ .g)(data);
    if (problems.length > 0)
        return {
            ok: false,
            errors: problems.map((p) => `${fileName}: ${p.path || '/'}: the CVE JSON 5.2 schema says it ${p.message}`),
        };
    const cveId = String(data.cveMetadata.cveId);
    const base = fileName.replace(/^.*\//, '');
    if (base !== `${cveId}.json`)
        return { ok: false, errors: [`${fileName}: holds the record of ${cveId}: name it ${cveId}.json`] };
    return data.cveMetadata.state === 'REJECTED'
        ? { ok: true, state: 'REJECTED', record: data }
        : { ok: true, state: 'PUBLISHED', record: data };
}
/**
 * A container as CVE Services keeps it, for comparison: providerMetadata dropped (the service sets it),
 * strings trimmed (the service trims them), keys in one order.
 */
function comparable(value) {
    if (typeof value === 'string')
        return value.trim();
    if (Array.isArray(value))
        return value.map(comparable);
    if (isObject(value)) {
        const out = {};
        for (const key of Object.keys(value).sort()) {
            if (key === 'providerMetadata')
                continue;
            out[key] = comparable(value[key]);
        }
        return out;
    }
    return value;
}
function sameJson(a, b) {
    return JSON.stringify(comparable(a)) === JSON.stringify(comparable(b));
}
/**
 * The container's top-level fields whose content differs between the file and CVE Services (empty:
 * nothing to send). Names only: the plan may show them, never the values.
 */
function changedContainerFields(local, remote) {
    const fields = new Set([...Object.keys(local), ...Object.keys(remote)]);
    fields.delete('providerMetadata');
    return [...fields].sort().filter((f) => !sameJson(local[f], remote[f]));
}
/** cveMetadata fields that CVE Services sets; a record file carries them once the service has answered. */
const SERVICE_METADATA_FIELDS = [
    'assignerOrgId',
    'assignerShortName',
    'state',
    'dateReserved',
    'datePublished',
    'dateUpdated',
    'dateRejected',
];
/**
 * The record with cveMetadata as CVE Services holds it (`from`: the service's cveMetadata), its
 * containers untouched. Fields the service does not give are dropped from the file too.
 */
function withServiceMetadata(record, from) {
    const { cveId, assignerOrgId, state } = record.cveMetadata;
    const meta = { cveId, assignerOrgId, state };
    for (const field of SERVICE_METADATA_FIELDS) {
        const value = from[field];
        if (typeof value === 'string')
            meta[field] = value;
    }
    return { ...record, cveMetadata: meta };
}
/**
 * A rebuilt record keeping what the service set in the file it replaces (dates, the service's org id),
 * so that rebuilding an unchanged record leaves its file as it was.
 */
function keepServiceMetadata(record, previous) {
    if (!previous)
        return record;
    const meta = { ...record.cveMetadata };
    for (const field of SERVICE_METADATA_FIELDS) {
        if (field === 'state')
            continue;
        const value = previous.record.cveMetadata[field];
        if (typeof value === 'string' && field !== 'dateRejected')
            meta[field] = value;
    }
    return { ...record, cveMetadata: meta };
}
/** The record file's text with cveMetadata as the service holds it. */
function recordFileWithServiceMetadata(file, from) {
    return (0,_format_js__WEBPACK_IMPORTED_MODULE_2__.formatCveRecordFile)(withServiceMetadata(file.record, from));
}
/** The English rejection reason of a rejected record (what CVE Services shows). */
function rejectionReason(record) {
    const reasons = record.containers.cna.rejectedReasons;
    if (!Array.isArray(reasons))
        return '';
    const english = reasons.find((r) => isObject(r) && r.lang === 'en');
    const first = english ?? reasons.find((r) => isObject(r));
    return typeof first?.value === 'string' ? first.value.trim() : '';
}


/***/ }),

/***/ 8652:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D4: () => (/* binding */ addHoursToTime),
/* harmony export */   Ts: () => (/* binding */ addDaysToTime),
/* harmony export */   fz: () => (/* binding */ formatUtcTime),
/* harmony export */   iQ: () => (/* binding */ HOUR_MS),
/* harmony export */   rL: () => (/* binding */ earliestTime),
/* harmony export */   rW: () => (/* binding */ parseZonedTime),
/* harmony export */   rm: () => (/* binding */ isoUtcText),
/* harmony export */   sO: () => (/* binding */ DAY_MS),
/* harmony export */   u8: () => (/* binding */ isoUtc),
/* harmony export */   vr: () => (/* binding */ wholeDaysBetween)
/* harmony export */ });
/* harmony import */ var _roster_rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9126);
// Times on the desk: every instant is a UTC ISO string or a Date, every time shown carries its zone.

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const ZONED_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
/** A time with its zone (ISO 8601) or a calendar date (its start, UTC); undefined for anything else. */
function parseZonedTime(text) {
    if ((0,_roster_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .isCalendarDate */ .tf)(text))
        return new Date(`${text}T00:00:00Z`);
    if (!ZONED_TIME.test(text))
        return undefined;
    const time = new Date(text);
    return Number.isNaN(time.getTime()) ? undefined : time;
}
/** The instant as the state and the changes carry it: ISO 8601 in UTC, to the second. */
function isoUtc(time) {
    return `${time.toISOString().slice(0, 19)}Z`;
}
const UTC_SECOND = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
/** A time GitHub sent (usually already "YYYY-MM-DDTHH:MM:SSZ") in that form, without a round trip through Date when it is. */
function isoUtcText(text) {
    return UTC_SECOND.test(text) ? text : isoUtc(new Date(text));
}
/** The instant as people read it: "2026-11-26 14:00 UTC". Never a bare date. */
function formatUtcTime(time) {
    const t = typeof time === 'string' ? new Date(time) : time;
    return `${t.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
function addDaysToTime(time, days) {
    return new Date(time.getTime() + days * DAY_MS);
}
function addHoursToTime(time, hours) {
    return new Date(time.getTime() + hours * HOUR_MS);
}
/** Whole days from `from` to `to`, rounded down (negative when `to` is earlier). */
function wholeDaysBetween(from, to) {
    return Math.floor((to.getTime() - from.getTime()) / DAY_MS);
}
/** The earlier of two instants (undefined counts as never). */
function earliestTime(a, b) {
    return b !== undefined && b.getTime() < a.getTime() ? b : a;
}


/***/ }),

/***/ 8656:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ describeToolPrChange),
/* harmony export */   a: () => (/* binding */ planToolPr)
/* harmony export */ });
// Pull requests the tool keeps in the ops repository (login fixes, pinned ids, pruning, report files):
// one branch per purpose, one open PR per branch, never merged by the tool. Convergence is planned
// here from what the PR holds now: every property (files, title, body, labels, review requests), so
// a run that failed half-way, or whose answer was lost, is completed by the next one.
const lower = (xs) => new Set(xs.map((x) => x.toLowerCase()));
/** The change that makes the ops repository hold `desired` (or no PR when undefined), or none. */
function planToolPr(desired, observed, closeComment = 'Closed by psrt-ops: there is nothing left to change.', repo = desired?.repo ?? '') {
    const open = observed.open;
    if (!desired) {
        return open ? { kind: 'pr-close', repo, number: open.number, url: open.url, comment: closeComment } : undefined;
    }
    if (!open)
        return { kind: 'pr-open', pr: desired, base: observed.base };
    const files = desired.files.some((f) => open.files[f.path] !== f.content);
    const text = open.title !== desired.title || open.body !== desired.body;
    const haveLabels = lower(open.labels);
    const labels = desired.labels.filter((l) => !haveLabels.has(l.toLowerCase()));
    const users = open.reviewed
        ? []
        : desired.reviewers.users.filter((u) => !lower(open.requestedUsers).has(u.toLowerCase()));
    const teams = open.reviewed
        ? []
        : desired.reviewers.teams.filter((t) => !lower(open.requestedTeams).has(t.toLowerCase()));
    if (!files && !text && labels.length === 0 && users.length === 0 && teams.length === 0)
        return undefined;
    return {
        kind: 'pr-update',
        pr: desired,
        base: observed.base,
        number: open.number,
        url: open.url,
        files,
        text,
        labels,
        reviewers: { users, teams },
    };
}
function describeToolPrChange(c) {
    switch (c.kind) {
        case 'pr-open':
            return `+ open a pull request in ${c.pr.repo}: "${c.pr.title}"`;
        case 'pr-update': {
            const what = [
                ...(c.files ? ['files'] : []),
                ...(c.text ? ['title and description'] : []),
                ...(c.labels.length ? [`labels ${c.labels.join(', ')}`] : []),
                ...(c.reviewers.users.length || c.reviewers.teams.length
                    ? [`review request (${[...c.reviewers.users, ...c.reviewers.teams.map((t) => `team ${t}`)].join(', ')})`]
                    : []),
            ];
            return `~ update pull request #${c.number} (${what.join('; ')}): "${c.pr.title}"`;
        }
        case 'pr-close':
            return `- close pull request #${c.number}`;
    }
}


/***/ }),

/***/ 274:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ff: () => (/* binding */ readReportOnMain),
/* harmony export */   _w: () => (/* binding */ readRecordOnMain),
/* harmony export */   v7: () => (/* binding */ RECORDS_DIR)
/* harmony export */ });
/* harmony import */ var _config_report_files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3849);
/* harmony import */ var _domain_cve_format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8613);
/* harmony import */ var _domain_cve_record_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5738);
/* harmony import */ var _domain_report_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9200);
/* harmony import */ var _reading_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3307);





const RECORDS_DIR = 'records';
/** The record file of `cveId` on the default branch, or undefined when there is none. */
async function readRecordOnMain(gh, opsRepo, cveId) {
    const path = (0,_domain_cve_format_js__WEBPACK_IMPORTED_MODULE_3__/* .cveRecordFilePath */ .$)(cveId);
    const file = await (0,_reading_js__WEBPACK_IMPORTED_MODULE_2__/* .reading */ .h)(`${path} of ${opsRepo}`, () => gh.withoutFileCache().readFile(opsRepo, path));
    return file ? { path, text: file.text, reading: (0,_domain_cve_record_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readCveRecordFile */ .IR)(file.text, path) } : undefined;
}
/** The report file of `ghsa` on the default branch, parsed and checked like a local one. */
async function readReportOnMain(gh, config, ghsa, now) {
    const repo = config.policy.ops_repo;
    const path = (0,_domain_report_file_js__WEBPACK_IMPORTED_MODULE_4__/* .reportFilePath */ .KL)(ghsa);
    const file = await (0,_reading_js__WEBPACK_IMPORTED_MODULE_2__/* .reading */ .h)(`${path} of ${repo}`, () => gh.withoutFileCache().readFile(repo, path));
    if (!file)
        return { path, diagnostics: [], exists: false };
    const parsed = (0,_config_report_files_js__WEBPACK_IMPORTED_MODULE_0__/* .parseReportText */ .VC)(path, file.text, config.policy, now);
    const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
    return errors.length > 0 || !parsed.report
        ? { path, diagnostics: errors, exists: true }
        : { path, report: parsed.report, diagnostics: [], exists: true };
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

/***/ 2764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hw: () => (/* binding */ applyToolPr),
/* harmony export */   a4: () => (/* binding */ convergeToolPr),
/* harmony export */   rT: () => (/* binding */ readToolPr)
/* harmony export */ });
/* harmony import */ var _domain_tool_pr_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8656);

/** What the ops repository holds for a tool branch: its open PR, the given files at its head, whether it was reviewed. */
async function readToolPr(gh, repo, branch, paths) {
    const [repository, pr] = await Promise.all([gh.getRepository(repo), gh.findToolPullRequest(repo, branch)]);
    if (!pr)
        return { base: repository.defaultBranch };
    const [files, reviews] = await Promise.all([
        Promise.all(paths.map(async (p) => [p, (await gh.readFile(repo, p, pr.headSha))?.text])),
        gh.listReviews(repo, pr.number),
    ]);
    return {
        base: repository.defaultBranch,
        open: {
            number: pr.number,
            url: pr.url,
            title: pr.title,
            body: pr.body,
            labels: pr.labels,
            requestedUsers: pr.requestedUsers,
            requestedTeams: pr.requestedTeams,
            reviewed: reviews.some((r) => r.state !== 'PENDING'),
            files: Object.fromEntries(files),
        },
    };
}
/** The branch reset to the base's head, with the files committed on top. */
async function commitFiles(gh, pr, base) {
    await gh.resetBranch(pr.repo, pr.branch, await gh.branchHead(pr.repo, base));
    for (const file of pr.files) {
        const current = await gh.readFile(pr.repo, file.path, pr.branch);
        if (current?.text === file.content)
            continue;
        await gh.commitFile(pr.repo, pr.branch, {
            path: file.path,
            content: file.content,
            message: pr.commitMessage,
            ...(current ? { sha: current.sha } : {}),
        });
    }
}
/** Make one planned PR change; returns the PR's URL. */
async function applyToolPr(gh, change) {
    switch (change.kind) {
        case 'pr-open': {
            const { pr } = change;
            await commitFiles(gh, pr, change.base);
            const created = await gh.createPullRequest(pr.repo, {
                branch: pr.branch,
                base: change.base,
                title: pr.title,
                body: pr.body,
            });
            if (pr.labels.length)
                await gh.addLabels(pr.repo, created.number, pr.labels);
            if (pr.reviewers.users.length || pr.reviewers.teams.length)
                await gh.requestReviewers(pr.repo, created.number, pr.reviewers);
            return created.url;
        }
        case 'pr-update': {
            const { pr } = change;
            if (change.files)
                await commitFiles(gh, pr, change.base);
            if (change.text)
                await gh.updatePullRequest(pr.repo, change.number, { title: pr.title, body: pr.body });
            if (change.labels.length)
                await gh.addLabels(pr.repo, change.number, change.labels);
            if (change.reviewers.users.length || change.reviewers.teams.length)
                await gh.requestReviewers(pr.repo, change.number, change.reviewers);
            return change.url;
        }
        case 'pr-close':
            await gh.createComment(change.repo, change.number, change.comment);
            await gh.updatePullRequest(change.repo, change.number, { state: 'closed' });
            return change.url;
    }
}
/** Read, plan and make one PR in a single step: for PRs decided at apply time (login fixes, pinned ids). */
async function convergeToolPr(gh, desired) {
    const observed = await readToolPr(gh, desired.repo, desired.branch, desired.files.map((f) => f.path));
    const change = (0,_domain_tool_pr_js__WEBPACK_IMPORTED_MODULE_0__/* .planToolPr */ .a)(desired, observed);
    return change ? applyToolPr(gh, change) : (observed.open?.url ?? '');
}


/***/ })

};

//# sourceMappingURL=692.index.js.map