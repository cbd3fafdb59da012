export const id = 927;
export const ids = [927];
export const modules = {

/***/ 8606:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Le: () => (/* binding */ advisoryUrl),
/* harmony export */   bR: () => (/* binding */ coordinatorCredits),
/* harmony export */   nT: () => (/* binding */ isOpen),
/* harmony export */   o2: () => (/* binding */ finishedAt),
/* harmony export */   vf: () => (/* binding */ deskAdvisoryFromRest)
/* harmony export */ });
/* unused harmony export OPEN_STATES */
const OPEN_STATES = ['triage', 'draft'];
function isOpen(advisory) {
    return OPEN_STATES.includes(advisory.state);
}
/** When the advisory left the open states (closed, published or withdrawn), if it has. */
function finishedAt(advisory) {
    if (isOpen(advisory))
        return undefined;
    return advisory.closedAt ?? advisory.publishedAt ?? advisory.withdrawnAt ?? advisory.updatedAt;
}
function advisoryUrl(repo, ghsaId) {
    return `https://github.com/${repo}/security/advisories/${ghsaId}`;
}
/** Credits that make someone the coordinator: a pending one counts; a declined one does not. */
function coordinatorCredits(advisory) {
    return advisory.credits.filter((c) => c.type === 'coordinator' && c.state !== 'declined');
}
/** GitHub's user ids are typed number | bigint; every real one fits a number. */
function accountOf(user) {
    return { login: user.login, id: Number(user.id) };
}
/**
 * A DeskAdvisory from one REST answer. Every field the desk uses is copied; the description is not.
 * Throws when the answer has no time at all (a malformed read: the job fails closed).
 */
function deskAdvisoryFromRest(repo, a) {
    // Without its creation time a report's clock cannot run: refuse rather than guess (GitHub always sends it).
    const created = a.created_at ?? a.updated_at;
    if (created === null)
        throw new Error(`${a.ghsa_id} (${repo}) came without created_at or updated_at`);
    return {
        repo,
        ghsaId: a.ghsa_id,
        title: a.summary,
        state: a.state,
        createdAt: created,
        updatedAt: a.updated_at ?? created,
        closedAt: a.closed_at,
        publishedAt: a.published_at,
        withdrawnAt: a.withdrawn_at,
        cveId: a.cve_id,
        credits: (a.credits_detailed ?? []).map((c) => ({ ...accountOf(c.user), type: c.type, state: c.state })),
        collaboratingUsers: (a.collaborating_users ?? []).map(accountOf),
        collaboratingTeams: (a.collaborating_teams ?? []).map((t) => t.slug),
        privateFork: a.private_fork?.full_name ?? null,
        author: a.author ? accountOf(a.author) : null,
        hasSeverity: Boolean(a.cvss?.vector_string || a.cvss_severities?.cvss_v3?.vector_string || a.cvss_severities?.cvss_v4?.vector_string),
        severity: a.severity,
    };
}


/***/ }),

/***/ 1146:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IR: () => (/* binding */ craClocks),
/* harmony export */   LK: () => (/* binding */ CRA_STEPS),
/* harmony export */   fI: () => (/* binding */ reminderThresholds),
/* harmony export */   lJ: () => (/* binding */ reportClock),
/* harmony export */   lL: () => (/* binding */ receivedTime),
/* harmony export */   xE: () => (/* binding */ CRA_STEP_NAMES)
/* harmony export */ });
/* unused harmony export CRA_STEP_HOURS */
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8652);

/** Received: the report file's `received` when it is earlier than the advisory, else the advisory's creation. */
function receivedTime(advisory, report) {
    const created = new Date(advisory.createdAt);
    const fromFile = report?.received === undefined ? undefined : (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .parseZonedTime */ .rW)(report.received);
    if (fromFile !== undefined && fromFile.getTime() < created.getTime())
        return { at: fromFile, from: 'report-file' };
    return { at: created, from: 'advisory' };
}
function reportClock(advisory, report, deadlineDays, now) {
    const received = receivedTime(advisory, report);
    const deadline = (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .addDaysToTime */ .Ts)(received.at, deadlineDays);
    const overdue = now.getTime() >= deadline.getTime();
    return {
        receivedAt: received.from === 'advisory' ? (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .isoUtcText */ .rm)(advisory.createdAt) : (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .isoUtc */ .u8)(received.at),
        receivedFrom: received.from,
        deadline: (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .isoUtc */ .u8)(deadline),
        ageDays: (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .wholeDaysBetween */ .vr)(received.at, now),
        daysLeft: (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .wholeDaysBetween */ .vr)(now, deadline),
        overdue,
        ...(overdue ? { daysOverdue: (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .wholeDaysBetween */ .vr)(deadline, now) } : {}),
    };
}
/**
 * The reminder thresholds after `afterDay` up to `throughDay`: from reminder_from_day every
 * reminder_every_days while before the deadline, the deadline itself, then every overdue_every_days
 * without end. Computed from `afterDay` on, so a report long overdue costs nothing per sweep.
 */
function reminderThresholds(settings, throughDay, afterDay = -1) {
    const out = [];
    const deadline = settings.deadlineDays;
    const from = settings.reminderFromDay;
    const every = settings.reminderEveryDays;
    const firstReminder = from + Math.max(0, Math.ceil((afterDay + 1 - from) / every)) * every;
    for (let day = firstReminder; day < deadline && day <= throughDay; day += every)
        out.push({ day, kind: 'reminder' });
    const overdueEvery = settings.overdueEveryDays;
    const firstOverdue = deadline + Math.max(0, Math.floor((afterDay - deadline) / overdueEvery) + 1) * overdueEvery;
    for (let day = firstOverdue; day <= throughDay; day += overdueEvery)
        out.push({ day, kind: 'overdue' });
    return out;
}
// --- Cyber Resilience Act (EU 2024/2847, Art. 14(2)) --------------------------------------------------
const CRA_STEPS = ['early-warning', 'notification', 'final'];
const CRA_STEP_NAMES = {
    'early-warning': 'early warning',
    notification: 'vulnerability notification',
    final: 'final report',
};
/** The time each step has: from becoming aware (early warning, notification) or from the fix (final). */
const CRA_STEP_HOURS = { 'early-warning': 24, notification: 72, final: 14 * 24 };
/** The three clocks of one actively exploited report. */
function craClocks(exploitation, now) {
    const aware = (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .parseZonedTime */ .rW)(exploitation.aware_at);
    const fix = exploitation.fix_available_at === undefined ? undefined : (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .parseZonedTime */ .rW)(exploitation.fix_available_at);
    return CRA_STEPS.map((step) => {
        const submittedAt = exploitation.submitted?.[step];
        const start = step === 'final' ? fix : aware;
        if (start === undefined) {
            return submittedAt !== undefined ? { step, submittedAt, status: 'met' } : { step, status: 'waiting-for-fix' };
        }
        const hours = CRA_STEP_HOURS[step];
        const due = (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .addHoursToTime */ .D4)(start, hours);
        const half = (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .addHoursToTime */ .D4)(start, hours / 2);
        const base = { step, startsAt: (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .isoUtc */ .u8)(start), due: (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .isoUtc */ .u8)(due), halfTime: (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .isoUtc */ .u8)(half) };
        if (submittedAt !== undefined)
            return { ...base, submittedAt, status: 'met' };
        const t = now.getTime();
        return {
            ...base,
            status: t >= due.getTime() ? 'expired' : t >= half.getTime() ? 'past-half-time' : 'running',
        };
    });
}


/***/ }),

/***/ 4532:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ax: () => (/* binding */ CLOSING_TAGS),
/* harmony export */   Kq: () => (/* binding */ TEMPLATE_REPLIES),
/* harmony export */   PX: () => (/* binding */ findTitleTags),
/* harmony export */   Pu: () => (/* binding */ TITLE_TAGS),
/* harmony export */   _2: () => (/* binding */ stripTitleTags),
/* harmony export */   jY: () => (/* binding */ templateForTags)
/* harmony export */ });
// Title tags: how PSRT members move a report without being repository admins. Case-insensitive,
// anywhere in the title (the devguide); a tag is removed from the title once acted on.
const TITLE_TAGS = ['ACCEPTED', 'CLOSED', 'INVALID', 'DUPLICATE', 'COMPLETED', 'EXPLOITED'];
/** Tags that close a report. */
const CLOSING_TAGS = ['CLOSED', 'INVALID', 'DUPLICATE', 'COMPLETED'];
const TAG_PATTERN = new RegExp(`\\[\\s*(${TITLE_TAGS.join('|')})\\s*\\]`, 'gi');
/** The tags in a title, each once, in the order they first appear. */
function findTitleTags(title) {
    const found = [];
    if (!title.includes('['))
        return found;
    for (const m of title.matchAll(TAG_PATTERN)) {
        const tag = m[1].toUpperCase();
        if (!found.includes(tag))
            found.push(tag);
    }
    return found;
}
/**
 * The title without the given tags (every occurrence, any case), spaces tidied. A title that would be
 * empty becomes `fallback` (GitHub requires a summary).
 */
function stripTitleTags(title, tags, fallback) {
    const remove = new Set(tags);
    let removed = false;
    let stripped = title
        .replace(TAG_PATTERN, (whole, name) => {
        if (!remove.has(name.toUpperCase()))
            return whole;
        removed = true;
        return ' ';
    })
        .replace(/\s+/g, ' ')
        .trim();
    // "[ACCEPTED] - Overflow in …" leaves a separator in front once the tag is gone.
    if (removed)
        stripped = stripped.replace(/^[-:–—|]\s*/, '').trim();
    return stripped === '' ? fallback : stripped;
}
/** The devguide's template reply for the closing tags, if any: a duplicate wins over a plain rejection. */
function templateForTags(tags) {
    if (tags.includes('DUPLICATE'))
        return 'duplicate';
    if (tags.includes('CLOSED') || tags.includes('INVALID'))
        return 'not-a-vulnerability';
    return undefined;
}
/** The devguide's template replies (Template responses), to adapt as needed. */
const TEMPLATE_REPLIES = {
    'not-a-vulnerability': "Thanks for your report. We've determined that the report doesn't constitute a vulnerability. " +
        'Let us know if you disagree with this determination. If you are interested in working on this further, ' +
        'you can optionally open a public issue on GitHub.',
    duplicate: "Thanks for your report. We've determined that this submission is a duplicate of an issue that is already " +
        'being tracked internally. Please refrain from public disclosure until the issue has been resolved.',
};


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

/***/ 8927:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CRA_STEPS: () => (/* reexport */ clocks/* CRA_STEPS */.LK),
  runCra: () => (/* binding */ runCra)
});

// UNUSED EXPORTS: craJob, craPurpose, planCra, renderCra

// EXTERNAL MODULE: ./actions/lib/domain/desk/clocks.ts
var clocks = __webpack_require__(1146);
// EXTERNAL MODULE: ./actions/lib/domain/desk/advisory.ts
var advisory = __webpack_require__(8606);
// EXTERNAL MODULE: ./actions/lib/domain/desk/time.ts
var time = __webpack_require__(8652);
;// CONCATENATED MODULE: ./actions/lib/domain/desk/cra.ts



const ARTICLE = {
    'early-warning': 'Art. 14(2)(a)',
    notification: 'Art. 14(2)(b)',
    final: 'Art. 14(2)(c)',
};
function field(label, value) {
    return `${label}: ${value}`;
}
function craText(input) {
    const { step, exploitation: x } = input;
    const clock = (0,clocks/* craClocks */.IR)(x, input.now).find((c) => c.step === step);
    const product = input.product
        ? `${input.product.product} by ${input.product.vendor} (${input.product.repo})`
        : `${input.repo} (https://github.com/${input.repo})`;
    const vendor = input.product?.vendor ?? '<manufacturer or open-source steward>';
    const cve = input.cveId ?? 'not yet assigned (the PSF CNA assigns one)';
    const severity = [input.severity ?? undefined, input.cvssVector ?? undefined].filter(Boolean).join(', ');
    const aware = `${(0,time/* formatUtcTime */.fz)(x.aware_at)}${x.approximate ? ' (approximate: when the PSRT first saw the report tagged as exploited)' : ''}`;
    const due = clock.due === undefined
        ? 'runs from when a fix is available (record fix_available_at in the report file)'
        : `${(0,time/* formatUtcTime */.fz)(clock.due)}`;
    const out = [
        `CRA ${clocks/* CRA_STEP_NAMES */.xE[step]} (${ARTICLE[step]}, Regulation (EU) 2024/2847) — ${input.ghsaId}`,
        field('Due', due),
    ];
    if (x.submitted?.[step])
        out.push(field('Recorded as submitted', (0,time/* formatUtcTime */.fz)(x.submitted[step])));
    out.push('', field('Manufacturer / open-source steward', vendor), field('Product with digital elements', product));
    out.push(field('Vulnerability', `${input.ghsaId} (${(0,advisory/* advisoryUrl */.Le)(input.repo, input.ghsaId)}, private until published)`));
    out.push(field('CVE', cve));
    if (input.title !== undefined)
        out.push(field('Summary', input.title.replace(/\s+/g, ' ').trim()));
    out.push(field('Actively exploited', `yes; the PSRT became aware at ${aware}`));
    switch (step) {
        case 'early-warning':
            out.push(field('Member States where the product is made available', 'all EU Member States (distributed worldwide, free of charge, as open-source software)'));
            break;
        case 'notification':
            out.push(field('General information on the product', `${product}; affected versions: <versions>`), field('General nature of the exploitation', '<how it is being exploited, as far as known>'), field('General nature of the vulnerability', input.title !== undefined ? '<as in the summary, in a sentence>' : '<in a sentence>'), field('Severity', severity || '<not yet scored (CVSS 4.0)>'), field('Corrective or mitigating measures taken', '<fix under development in the temporary private fork / released in …>'), field('Corrective or mitigating measures users can take', '<upgrade to …, or workaround …>'), field('Sensitivity of this information', '<e.g. embargoed until the advisory is sent to security-announce@python.org>'));
            break;
        case 'final':
            out.push(field('Fix available since', x.fix_available_at
                ? (0,time/* formatUtcTime */.fz)(x.fix_available_at)
                : '<not yet: record fix_available_at in the report file>'), field('Description of the vulnerability, with its severity and impact', `<description>; severity: ${severity || '<CVSS 4.0>'}`), field('Malicious actor exploiting it, where known', '<what is known, or "unknown">'), field('Security update or other corrective measures', '<fixed versions and release dates; the advisory email and CVE record>'));
            break;
    }
    out.push('', "Submit on ENISA's single reporting platform, then record it: npx psrt cra " +
        `${input.ghsaId} --done ${step} --at TIME`);
    return out.join('\n') + '\n';
}

// EXTERNAL MODULE: ./actions/lib/domain/desk/tags.ts
var tags = __webpack_require__(4532);
// EXTERNAL MODULE: ./actions/lib/domain/report-file.ts
var report_file = __webpack_require__(9200);
// EXTERNAL MODULE: ./actions/lib/domain/report-edit.ts
var report_edit = __webpack_require__(8818);
// EXTERNAL MODULE: ./actions/lib/domain/report-rules.ts
var report_rules = __webpack_require__(4215);
// EXTERNAL MODULE: ./actions/lib/jobs/job.ts
var job = __webpack_require__(832);
// EXTERNAL MODULE: ./actions/lib/jobs/reading.ts
var reading = __webpack_require__(3307);
// EXTERNAL MODULE: ./actions/lib/jobs/report-commands.ts
var report_commands = __webpack_require__(6056);
// EXTERNAL MODULE: ./actions/lib/jobs/report-pr.ts
var report_pr = __webpack_require__(1952);
;// CONCATENATED MODULE: ./actions/lib/jobs/cra.ts











function craPurpose(step) {
    return `cra-${step}`;
}
async function readCra(settings, config, gh, now) {
    const { policy } = config;
    const { ghsa, request } = settings;
    const path = (0,report_file/* reportFilePath */.KL)(ghsa);
    const report = request.kind === 'done'
        ? await (0,report_pr/* readReportPr */.$z)(gh, policy.ops_repo, ghsa, craPurpose(request.step))
        : await (0,reading/* reading */.h)(`${path} of ${policy.ops_repo}`, async () => {
            const file = await gh.readFile(policy.ops_repo, path);
            // Text mode writes nothing: no PR is read (the plan has no change to make).
            return { ...(file ? { text: file.text } : {}), pr: { base: '' } };
        });
    const file = (0,report_commands/* soundReportFile */.SE)(path, report.text, policy, now);
    // The advisory is read for the text; for --done only when the file does not say the report is exploited.
    const needAdvisory = request.kind === 'text' || !file?.exploited;
    const searched = file ? [file.repo] : policy.covered_repos;
    const located = needAdvisory
        ? await (0,reading/* reading */.h)(`advisory ${ghsa}`, () => (0,report_commands/* locateAdvisory */.Eh)(gh, searched, ghsa))
        : undefined;
    return { report, ...(located ? { located } : {}), searched, searchedFileRepo: file !== undefined };
}
function clockLine(clock) {
    const name = clocks/* CRA_STEP_NAMES */.xE[clock.step];
    const due = clock.due ? `due ${(0,time/* formatUtcTime */.fz)(clock.due)}` : 'runs from when a fix is available';
    switch (clock.status) {
        case 'met':
            return `${name}: ${due}; submitted ${(0,time/* formatUtcTime */.fz)(clock.submittedAt)}`;
        case 'waiting-for-fix':
            return `${name}: ${due} (record exploited.fix_available_at)`;
        case 'running':
            return `${name}: ${due}; running`;
        case 'past-half-time':
            return `${name}: ${due}; past half time`;
        case 'expired':
            return `${name}: ${due}; EXPIRED, not yet recorded as submitted`;
    }
}
/** Why a report without exploited.aware_at in its file cannot be treated as exploited here. */
function notExploited(ghsa, fileExists, located) {
    const path = (0,report_file/* reportFilePath */.KL)(ghsa);
    const where = fileExists ? `${path} has no exploited.aware_at` : `there is no ${path}`;
    // The tag is looked for in memory; the title itself is never shown.
    if (located && (0,tags/* findTitleTags */.PX)(located.advisory.summary).includes('EXPLOITED'))
        return `${ghsa}'s title carries [EXPLOITED] but ${where} yet: merge the sweep's pull request that records when it first saw the tag (or add exploited.aware_at by hand), then run this again.`;
    return `${ghsa} is not marked as actively exploited (${where}): the CRA steps apply only to actively exploited vulnerabilities. If it is, record exploited.aware_at (when the PSRT became aware) in ${path}, or put [EXPLOITED] in the advisory's title for the sweep to record it.`;
}
function planCra(config, observed, settings, now) {
    const { policy } = config;
    const { ghsa, request } = settings;
    const opsRepo = policy.ops_repo;
    const path = (0,report_file/* reportFilePath */.KL)(ghsa);
    const extra = { mode: request.kind, clockLines: [], texts: [], withTitle: false };
    const refuse = (why) => ({ ...(0,report_commands/* refusedPlan */.GM)('cra', opsRepo, ghsa, why), ...extra });
    const before = observed.report.text;
    if (request.kind === 'done') {
        if (!/T.*(?:Z|[+-]\d{2}:\d{2})$/.test(request.at) || !(0,report_rules/* isRealTime */._G)(request.at))
            return refuse(`--at "${request.at}" is not a real time with its zone (e.g. 2026-11-26T14:30:00Z).`);
        if (Date.parse(request.at) > now.getTime())
            return refuse(`--at ${request.at} is in the future.`);
    }
    const problem = before === undefined ? undefined : (0,report_commands/* editedReportProblem */.NY)(path, before, policy, now, before);
    if (problem)
        return refuse(problem);
    const file = (0,report_commands/* soundReportFile */.SE)(path, before, policy, now);
    const exploited = file?.exploited;
    if (!exploited)
        return refuse(notExploited(ghsa, before !== undefined, observed.located));
    if (request.kind === 'text') {
        const located = observed.located;
        if (!located)
            return refuse((0,report_commands/* advisoryNotFound */.VS)(ghsa, observed.searched, observed.searchedFileRepo));
        const a = located.advisory;
        const cvssVector = a.cvss_severities?.cvss_v4?.vector_string ?? a.cvss_severities?.cvss_v3?.vector_string ?? a.cvss?.vector_string;
        const productKey = Object.keys(policy.cna.products).find((k) => k.toLowerCase() === located.repo.toLowerCase());
        const product = productKey === undefined ? undefined : policy.cna.products[productKey];
        // The PSRT's own title tags ([ACCEPTED], [EXPLOITED]…) are not part of what the vulnerability is called.
        const title = request.withTitle ? (0,tags/* stripTitleTags */._2)(a.summary, tags/* TITLE_TAGS */.Pu, '') : '';
        const texts = request.steps.map((step) => craText({
            step,
            repo: located.repo,
            ghsaId: ghsa,
            exploitation: exploited,
            ...(product ? { product } : {}),
            cveId: a.cve_id,
            severity: a.severity,
            cvssVector: cvssVector ?? null,
            ...(title ? { title } : {}),
            now,
        }));
        return {
            job: 'cra',
            opsRepo,
            ghsa,
            intent: [],
            changes: [],
            notes: [],
            guards: [],
            mode: 'text',
            clockLines: (0,clocks/* craClocks */.IR)(exploited, now).map(clockLine),
            texts,
            withTitle: title !== '',
        };
    }
    const { step, at } = request;
    const previous = exploited.submitted?.[step];
    const after = (0,report_edit/* setInReport */.uN)(before, ['exploited', 'submitted', step], at);
    const edited = (0,report_commands/* editedReportProblem */.NY)(path, after, policy, now, before);
    if (edited)
        return refuse(edited);
    const name = clocks/* CRA_STEP_NAMES */.xE[step];
    const title = `${path}: CRA ${name} submitted`;
    const change = (0,report_pr/* planReportPr */.ww)({
        opsRepo,
        ghsa,
        purpose: craPurpose(step),
        title,
        body: `Records that the CRA ${name} for ${ghsa} was submitted on ENISA's single reporting platform at ${(0,time/* formatUtcTime */.fz)(at)} (exploited.submitted.${step}). The tool submits nothing; once this is merged, the sweep stops escalating this step.\n\nOpened by \`psrt cra --done\`; it never merges this pull request.`,
    }, observed.report, after);
    return {
        job: 'cra',
        opsRepo,
        ghsa,
        intent: [
            previous === undefined
                ? `+ record the CRA ${name} of ${ghsa} as submitted at ${(0,time/* formatUtcTime */.fz)(at)}`
                : `~ record the CRA ${name} of ${ghsa} as submitted at ${(0,time/* formatUtcTime */.fz)(at)} (was ${(0,time/* formatUtcTime */.fz)(previous)})`,
        ],
        file: { path, before: before, after },
        changes: change ? [change] : [],
        notes: (0,report_commands/* unchangedNotes */.je)(path, observed.report, after, change),
        guards: [],
        mode: 'done',
        clockLines: [],
        texts: [],
        withTitle: false,
    };
}
function renderCra(plan, format, results) {
    if (plan.mode === 'done' || plan.refusal !== undefined)
        return (0,report_commands/* renderReportEdit */.j_)(plan, format, results);
    const md = format === 'markdown';
    const lines = [
        md ? `## CRA clocks of ${plan.ghsa}` : `CRA clocks of ${plan.ghsa} (UTC):`,
        '',
        ...plan.clockLines.map((l) => (md ? `- ${l}` : `  ${l}`)),
        '',
        "psrt submits nothing: ENISA's single reporting platform has no API. Fill in each <…>, paste the text there, then record the submission with --done.",
        ...(plan.withTitle
            ? [
                "The texts carry the advisory's title, which is embargoed: paste them nowhere else (--no-title leaves it out).",
            ]
            : []),
    ];
    for (const text of plan.texts)
        lines.push('', md ? `\`\`\`\n${text}\`\`\`` : `${'-'.repeat(72)}\n${text.trimEnd()}`);
    return `${lines.join('\n')}\n`;
}
const craJob = {
    name: 'cra',
    read: (settings, config, deps, ctx) => readCra(settings, config, deps.gh, ctx.now()),
    plan: planCra,
    render: renderCra,
    apply: (plan, deps, ctx) => (0,report_commands/* applyReportEdit */.zh)(plan, deps.gh, ctx),
};
function runCra(settings, deps, ctx) {
    return (0,job/* runJob */.b5)(craJob, settings, deps, ctx);
}



/***/ })

};

//# sourceMappingURL=927.index.js.map