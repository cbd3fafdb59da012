export const id = 717;
export const ids = [717,613];
export const modules = {

/***/ 1292:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ isPerson),
/* harmony export */   O: () => (/* binding */ PersonIndex)
/* harmony export */ });
/* harmony import */ var _roster_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8764);
// A GitHub account as reviews, events, credits and team lists show it, and how it is matched to a
// roster entry: by the immutable id once both sides have one, else by login (case-insensitive).

/** The same person: by the pinned id when both sides have one, else by login (case-insensitive). */
function isPerson(a, b) {
    if (a.id !== undefined && b.id !== undefined)
        return a.id === b.id;
    return a.login !== undefined && b.login !== undefined && (0,_roster_js__WEBPACK_IMPORTED_MODULE_0__/* .loginKey */ .H$)(a.login) === (0,_roster_js__WEBPACK_IMPORTED_MODULE_0__/* .loginKey */ .H$)(b.login);
}
/**
 * People indexed by id and by login, asked with the rule of isPerson in O(1): the large orgs the
 * benchmarks use have thousands of members and tens of thousands of advisories.
 */
class PersonIndex {
    byId = new Map();
    byLogin = new Map();
    constructor(people) {
        for (const p of people)
            this.add(p);
    }
    add(p) {
        if (p.id !== undefined)
            this.byId.set(p.id, p);
        if (p.login !== undefined) {
            const key = (0,_roster_js__WEBPACK_IMPORTED_MODULE_0__/* .loginKey */ .H$)(p.login);
            this.byLogin.set(key, [...(this.byLogin.get(key) ?? []), p]);
        }
    }
    /** The indexed person who is `q` (isPerson), if any. */
    find(q) {
        const byId = q.id === undefined ? undefined : this.byId.get(q.id);
        if (byId)
            return byId;
        const candidates = q.login === undefined ? [] : (this.byLogin.get((0,_roster_js__WEBPACK_IMPORTED_MODULE_0__/* .loginKey */ .H$)(q.login)) ?? []);
        return candidates.find((c) => isPerson(c, q));
    }
    has(q) {
        return this.find(q) !== undefined;
    }
    /** Look up by id alone (a pinned id), or by login alone. */
    id(id) {
        return this.byId.get(id);
    }
    login(login) {
        return this.byLogin.get((0,_roster_js__WEBPACK_IMPORTED_MODULE_0__/* .loginKey */ .H$)(login))?.[0];
    }
}


/***/ }),

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

/***/ 8564:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ti: () => (/* binding */ loginCode),
/* harmony export */   Z4: () => (/* binding */ inlineUntrustedText),
/* harmony export */   xR: () => (/* binding */ tableCell)
/* harmony export */ });
// Text that someone outside the PSRT wrote (an advisory's title, a grant's reason) placed inside
// GitHub markdown: one line, no markup, no HTML, no @-mention, issue reference or link it could trigger.
// Control characters, zero-width and bidirectional marks: nothing a reader should not see.
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]+/g;
const ZERO_WIDTH_SPACE = '\u200b';
/** Inline-safe text: whitespace collapsed, cut to `maxChars`, markup escaped, mentions and links defused. */
function inlineUntrustedText(text, maxChars = 200) {
    let t = text.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
    const chars = [...t];
    if (chars.length > maxChars)
        t = chars.slice(0, maxChars - 1).join('') + '…';
    return t
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
        .replace(/@/g, `@${ZERO_WIDTH_SPACE}`)
        .replace(/#(?=\w)/g, `#${ZERO_WIDTH_SPACE}`)
        .replace(/:\/\//g, `:${ZERO_WIDTH_SPACE}//`)
        .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}${ZERO_WIDTH_SPACE}.`);
}
/** A login in a code span: shown, never mentioned. */
function loginCode(login) {
    return `\`${login}\``;
}
/** A cell of a markdown table built by us (ids, logins, times): only the pipe needs escaping. */
function tableCell(text) {
    return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}


/***/ }),

/***/ 4736:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WD: () => (/* binding */ closedLookbackDays),
/* harmony export */   bf: () => (/* binding */ deskSettings)
/* harmony export */ });
/* unused harmony export DESK_DEFAULTS */
const DESK_DEFAULTS = {
    reminderEveryDays: 7,
    overdueEveryDays: 7,
    escalateTo: 'admins',
    dashboardLabel: 'psrt-dashboard',
    accessAfterCloseDays: 30,
    accessDefaultDays: 30,
    craRepeatEveryHours: 24,
};
function deskSettings(policy) {
    const r = policy.reports;
    return {
        deadlineDays: r.deadline_days,
        reminderFromDay: r.reminder_from_day,
        reminderEveryDays: r.reminder_every_days ?? DESK_DEFAULTS.reminderEveryDays,
        overdueEveryDays: r.overdue_every_days ?? DESK_DEFAULTS.overdueEveryDays,
        autoAssignAfterDays: r.auto_assign_after_days,
        ...(r.stale_after_days !== undefined ? { staleAfterDays: r.stale_after_days } : {}),
        commentsApi: r.comments_api === true,
        escalateTo: r.escalate_to ?? DESK_DEFAULTS.escalateTo,
        dashboardLabel: r.dashboard_label ?? DESK_DEFAULTS.dashboardLabel,
        accessAfterCloseDays: policy.access?.after_close_days ?? DESK_DEFAULTS.accessAfterCloseDays,
        accessDefaultDays: policy.access?.default_days ?? DESK_DEFAULTS.accessDefaultDays,
        craRepeatEveryHours: policy.cra?.repeat_every_hours ?? DESK_DEFAULTS.craRepeatEveryHours,
    };
}
/**
 * How far back the sweep must read closed (and published, withdrawn) advisories: long enough to remove
 * outside collaborators `after_close_days` after closing and to show the closing on the dashboard, with a
 * week's margin for missed runs.
 */
function closedLookbackDays(settings) {
    return settings.accessAfterCloseDays + 7;
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

/***/ 1024:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ memberAccessPlanner)
/* harmony export */ });
/* harmony import */ var _account_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1292);

/** Prepares the member lists once: a large org has thousands of members and advisories. */
function memberAccessPlanner(ctx) {
    const org = ctx.org.toLowerCase();
    // On another org's repository the team cannot collaborate: every member is added in person.
    const outsideOrg = ctx.members.filter((p) => !ctx.isOrgMember(p));
    return {
        plan(adv) {
            if (adv.state !== 'triage' && adv.state !== 'draft')
                return undefined;
            const inOrg = adv.repo.slice(0, adv.repo.indexOf('/')).toLowerCase() === org;
            const wanted = inOrg ? outsideOrg : ctx.members;
            const collaborators = new _account_js__WEBPACK_IMPORTED_MODULE_0__/* .PersonIndex */ .O(adv.collaboratingUsers);
            const addTeams = inOrg && !adv.collaboratingTeams.includes(ctx.team) ? [ctx.team] : [];
            const addUsers = wanted.filter((p) => !collaborators.has({ login: p.login, id: p.id })).map((p) => p.login);
            return addTeams.length + addUsers.length === 0 ? undefined : { addTeams, addUsers };
        },
    };
}


/***/ }),

/***/ 8818:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h3: () => (/* binding */ setGrant),
/* harmony export */   i: () => (/* binding */ newReportText),
/* harmony export */   uN: () => (/* binding */ setInReport)
/* harmony export */ });
/* unused harmony exports deleteInReport, removeGrant */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _roster_edit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7853);


/** Set a value at a path, creating the mappings on the way. */
function setInReport(text, path, value) {
    return (0,_roster_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .editYaml */ .aL)(text, (doc) => {
        doc.setIn(path, doc.createNode(value));
    });
}
/** Remove the value at a path (nothing when absent); an emptied mapping or list is removed too. */
function deleteInReport(text, path) {
    return editYaml(text, (doc) => {
        if (!doc.hasIn(path))
            return;
        doc.deleteIn(path);
        for (let depth = path.length - 1; depth > 0; depth--) {
            const parent = doc.getIn(path.slice(0, depth), true);
            if ((isMap(parent) || isSeq(parent)) && parent.items.length === 0)
                doc.deleteIn(path.slice(0, depth));
            else
                break;
        }
    });
}
function grantsOf(doc) {
    const node = doc.get('access', true);
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) ? node.toJSON() : [];
}
/** Add or replace the grant of `grant.login` (logins compare case-insensitively). */
function setGrant(text, grant) {
    return (0,_roster_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .editYaml */ .aL)(text, (doc) => {
        const at = grantsOf(doc).findIndex((g) => g.login.toLowerCase() === grant.login.toLowerCase());
        if (at >= 0) {
            doc.setIn(['access', at, 'until'], grant.until);
            doc.setIn(['access', at, 'reason'], grant.reason);
            return;
        }
        if (doc.has('access'))
            doc.get('access', true).add(doc.createNode(grant));
        else
            doc.set('access', doc.createNode([grant]));
    });
}
/** Remove the grant of `login`; the `access` list goes when it is emptied. */
function removeGrant(text, login) {
    const doc = parseDocument(text);
    const at = grantsOf(doc).findIndex((g) => g.login.toLowerCase() === login.toLowerCase());
    return at < 0 ? text : deleteInReport(text, ['access', at]);
}
/** A new report file's text: a comment saying what it is, then the fields. */
function newReportText(report, comment) {
    const header = comment
        .split('\n')
        .map((l) => `# ${l}`.trimEnd())
        .join('\n');
    return `${header}\n${(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(report, _roster_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .YAML_STYLE */ .GQ)}`;
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

/***/ 1952:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $z: () => (/* binding */ readReportPr),
/* harmony export */   hJ: () => (/* binding */ reportBranch),
/* harmony export */   ww: () => (/* binding */ planReportPr)
/* harmony export */ });
/* harmony import */ var _domain_report_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9200);
/* harmony import */ var _domain_tool_pr_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8656);
/* harmony import */ var _reading_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3307);
/* harmony import */ var _tool_pr_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2764);




/** The tool branch for one report and purpose, e.g. `psrt/report/GHSA-…/grant-octocat`. */
function reportBranch(ghsa, purpose) {
    return `psrt/report/${ghsa}/${purpose.replace(/[^A-Za-z0-9._-]+/g, '-')}`;
}
async function readReportPr(gh, opsRepo, ghsa, purpose) {
    const path = (0,_domain_report_file_js__WEBPACK_IMPORTED_MODULE_1__/* .reportFilePath */ .KL)(ghsa);
    const [file, pr] = await Promise.all([
        (0,_reading_js__WEBPACK_IMPORTED_MODULE_0__/* .reading */ .h)(`${path} of ${opsRepo}`, () => gh.readFile(opsRepo, path)),
        (0,_reading_js__WEBPACK_IMPORTED_MODULE_0__/* .reading */ .h)(`the ${purpose} pull request of ${ghsa}`, () => (0,_tool_pr_js__WEBPACK_IMPORTED_MODULE_2__/* .readToolPr */ .rT)(gh, opsRepo, reportBranch(ghsa, purpose), [path])),
    ]);
    return { ...(file ? { text: file.text } : {}), pr };
}
/**
 * The PR change that writes `content` (the edited report file) for review, or undefined when the
 * default branch already holds it (and no PR of this purpose is open) or the open PR already does.
 */
function planReportPr(spec, observed, content) {
    if (observed.text === content && !observed.pr.open)
        return undefined;
    const desired = {
        repo: spec.opsRepo,
        branch: reportBranch(spec.ghsa, spec.purpose),
        title: spec.title,
        body: spec.body,
        commitMessage: spec.title,
        files: [{ path: (0,_domain_report_file_js__WEBPACK_IMPORTED_MODULE_1__/* .reportFilePath */ .KL)(spec.ghsa), content }],
        labels: spec.labels ?? ['psrt-ops'],
        reviewers: spec.reviewers ?? { users: [], teams: [] },
    };
    // Merged already (the default branch holds the content): close a PR left open with nothing to add.
    return (0,_domain_tool_pr_js__WEBPACK_IMPORTED_MODULE_3__/* .planToolPr */ .a)(observed.text === content ? undefined : desired, observed.pr, 'Closed by psrt-ops: the report file already says this.', spec.opsRepo);
}


/***/ }),

/***/ 3717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSweep: () => (/* binding */ runSweep),
  sweepDashboardUrl: () => (/* binding */ sweepDashboardUrl)
});

// UNUSED EXPORTS: sweepJob

// EXTERNAL MODULE: ./actions/lib/domain/findings.ts
var findings = __webpack_require__(2001);
// EXTERNAL MODULE: ./actions/lib/domain/plan.ts
var domain_plan = __webpack_require__(7048);
// EXTERNAL MODULE: ./actions/lib/domain/desk/clocks.ts
var desk_clocks = __webpack_require__(1146);
// EXTERNAL MODULE: ./actions/lib/domain/cve/clocks.ts
var clocks = __webpack_require__(8005);
// EXTERNAL MODULE: ./actions/lib/domain/desk/time.ts
var desk_time = __webpack_require__(8652);
;// CONCATENATED MODULE: ./actions/lib/domain/desk/cna.ts


/** The memory key recording that the sweep saw the record published: the clock is done for good. */
function cnaPublishedKey(cveId) {
    return `cna/${cveId}/published`;
}
/** Hours between the daily reminders while a record is overdue. */
const CNA_REPEAT_HOURS = 24;
/**
 * The reports whose 24-hour clock the sweep must look at: the report file records the advisory email
 * (its URL or its time), the advisory carries a CVE id, and the memory has not seen the record published.
 * Without a readable memory every such report is a candidate (what is shown stays right; nothing is sent).
 */
function cnaCandidates(advisories, reports, state) {
    const byGhsa = new Map(advisories.map((a) => [a.ghsaId, a]));
    const out = [];
    for (const report of reports) {
        if ((0,clocks/* announcementUrl */.Bv)(report) === undefined && (0,clocks/* announcedAt */.Fn)(report) === undefined)
            continue;
        const advisory = byGhsa.get(report.ghsa);
        const cveId = advisory?.cveId?.trim().toUpperCase();
        if (!advisory || !cveId)
            continue;
        if (state?.reports[report.ghsa]?.fired[cnaPublishedKey(cveId)] !== undefined)
            continue;
        out.push({ repo: advisory.repo, ghsaId: advisory.ghsaId, cveId });
    }
    return out.sort((a, b) => (a.cveId < b.cveId ? -1 : a.cveId > b.cveId ? 1 : 0));
}
/** Who the CNA's notices go to: cna.operators (logins and @org/team), else the desk's escalation targets. */
function cnaNoticeTargets(policy, escalation) {
    const operators = (policy.cna.operators ?? []).map((o) => (o.startsWith('@') ? o.slice(1) : o));
    return operators.length > 0 ? operators : [...escalation];
}
/** The notice thresholds a clock has reached, in order, each with its memory key. */
function cnaThresholds(cveId, clock, now) {
    const out = [];
    if (clock.state === 'announced-time-unknown')
        return [{ key: `cna/${cveId}/announced`, phase: 'announced' }];
    if (clock.state !== 'due' && clock.state !== 'overdue')
        return out;
    out.push({ key: `cna/${cveId}/announced`, phase: 'announced' });
    const sent = Date.parse(clock.announcedAt);
    const due = Date.parse(clock.dueAt);
    if (now.getTime() >= sent + (due - sent) / 2)
        out.push({ key: `cna/${cveId}/half-time`, phase: 'half-time' });
    if (now.getTime() >= due) {
        out.push({ key: `cna/${cveId}/overdue`, phase: 'overdue' });
        // Repeats passed unseen are covered by the latest.
        const repeats = Math.floor((now.getTime() - due) / (CNA_REPEAT_HOURS * desk_time/* HOUR_MS */.iQ));
        if (repeats > 0)
            out.push({ key: `cna/${cveId}/repeat-${repeats}`, phase: 'still-overdue' });
    }
    return out;
}
/** Each candidate's clock, from what the read found and the report files. */
function cnaClockViews(publications, reports, now) {
    const published = new Map(publications.flatMap((p) => (p.publishedAt ? [[p.cveId, p.publishedAt]] : [])));
    const records = publications.map((p) => ({ cveId: p.cveId, ghsa: p.ghsaId, state: 'PUBLISHED' }));
    // One clock per record, in the order given (every record here is PUBLISHED-state).
    const views = (0,clocks/* cnaClocks */.yO)(records, reports, published, now).map((clock, i) => ({
        repo: publications[i].repo,
        ghsaId: publications[i].ghsaId,
        cveId: clock.cveId,
        clock,
    }));
    const rank = (v) => (v.clock.state === 'overdue' ? 0 : v.clock.state.startsWith('published') ? 2 : 1);
    const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
    return views.sort((a, b) => rank(a) - rank(b) || cmp(a.clock.dueAt ?? '', b.clock.dueAt ?? '') || cmp(a.cveId, b.cveId));
}
/** One line for a notice about a record's 24 hours. */
function describeCnaPhase(cveId, phase, dueAt) {
    const due = dueAt ? (0,desk_time/* formatUtcTime */.fz)(dueAt) : 'now';
    switch (phase) {
        case 'announced':
            return `the advisory email is recorded: publish the CVE record ${cveId} by ${due} (npx psrt cve draft, a second operator's review, merge; cve-publish sends it)`;
        case 'half-time':
            return `${cveId} is not published yet: half of its ${clocks/* CNA_PUBLISH_HOURS */.H8} hours have passed (due ${due})`;
        case 'overdue':
            return `${cveId} was due at CVE Services by ${due} and is not published`;
        case 'still-overdue':
            return `${cveId} is still not published (due ${due})`;
    }
}

;// CONCATENATED MODULE: ./actions/lib/domain/desk/plan.ts



/** One line for a dashboard or memory write. */
function describeDeskSiteChange(c) {
    return c.kind === 'dashboard'
        ? `~ ${c.repo}: update the dashboard issue (label ${c.label})`
        : `~ ${c.repo}: write the desk's memory (${c.path} on branch ${c.branch})`;
}
/** One line per change of a sweep. */
function describeSweepJobChange(c) {
    return c.kind === 'dashboard' || c.kind === 'desk-state' ? describeDeskSiteChange(c) : plan_describeSweepChange(c);
}
/** Logins (lower case) that lose access through this change. */
function removedPeopleOf(change) {
    if (change.kind === 'access')
        return change.remove.map((r) => r.login.toLowerCase());
    if (change.kind === 'member-access')
        return change.removeUsers.map((l) => l.toLowerCase());
    return [];
}
/**
 * The earlier change of the same advisory whose failure means this one must not be applied: the tag
 * stays in the title until what it asks for (report file, fork, template comment) is done.
 */
function blockingFailure(change, failed) {
    if (change.kind !== 'tag-action')
        return undefined;
    return failed.find((f) => f.ghsaId === change.ghsaId &&
        (f.kind === 'record-exploited' || f.kind === 'fork-create' || f.kind === 'template-comment'));
}
const ACCESS_WHY = {
    grant: 'grant',
    'grant-ended': 'grant ended',
    closed: 'report closed',
    'adoption-ended': 'added by hand; adopted access ended',
};
function days(list) {
    if (list.length === 1)
        return `day ${list[0]}`;
    if (list.length <= 4)
        return `days ${list.join(', ')}`;
    return `days ${list[0]}, ${list[1]} … ${list[list.length - 1]} (${list.length} thresholds)`;
}
/** The thresholds' day numbers (keys of the form reminder/day-76, overdue/day-90). */
function thresholdDays(keys) {
    return keys.map((k) => Number(/day-(\d+)$/.exec(k)?.[1])).filter((d) => Number.isFinite(d));
}
/** What a notice says, without the people: shared by the plan line and the reminder comment. */
function describeNoticeReason(reason, keys) {
    switch (reason.what) {
        case 'reminder':
            return `${days(thresholdDays(keys))} of the deadline clock: ${reason.daysLeft} day(s) left, deadline ${(0,desk_time/* formatUtcTime */.fz)(reason.deadline)}`;
        case 'overdue':
            return `overdue (${days(thresholdDays(keys))}): deadline ${(0,desk_time/* formatUtcTime */.fz)(reason.deadline)} passed ${reason.daysOverdue} day(s) ago`;
        case 'stale':
            return `no update for ${reason.idleDays} days (last ${(0,desk_time/* formatUtcTime */.fz)(reason.updatedAt)})`;
        case 'unassigned':
            return `no coordinator after ${reason.ageDays} days and no member could be assigned: assign one by hand`;
        case 'template':
            return reason.template === 'duplicate'
                ? 'closed as [DUPLICATE]: send the reporter the devguide\'s "duplicate report" reply'
                : 'closed as not a vulnerability: send the reporter the devguide\'s "rejecting a vulnerability report" reply';
        case 'cra': {
            const step = `CRA ${desk_clocks/* CRA_STEP_NAMES */.xE[reason.step]}`;
            if (reason.phase === 'half-time')
                return `${step} due ${(0,desk_time/* formatUtcTime */.fz)(reason.due)}: half its time has passed`;
            if (reason.phase === 'expired')
                return `${step} was due ${(0,desk_time/* formatUtcTime */.fz)(reason.due)} and is not recorded as sent`;
            return `${step} still not sent (due ${(0,desk_time/* formatUtcTime */.fz)(reason.due)})`;
        }
        case 'cna':
            return describeCnaPhase(reason.cveId, reason.phase, reason.due);
    }
}
/** One line per change. Plain text (shown in a ```diff block in markdown); never a title. */
function plan_describeSweepChange(c) {
    const where = `${c.ghsaId} (${c.repo})`;
    switch (c.kind) {
        case 'record-exploited':
            return `+ ${where}: record in its report file that it is actively exploited, aware since ${(0,desk_time/* formatUtcTime */.fz)(c.awareAt)} (approximate: when a sweep first saw [EXPLOITED]${c.previousSweepAt ? `; the sweep before ran at ${(0,desk_time/* formatUtcTime */.fz)(c.previousSweepAt)}` : ''})`;
        case 'fork-create':
            return `+ ${where}: start the temporary private fork`;
        case 'template-comment':
            return `+ ${where}: comment the devguide's ${c.template === 'duplicate' ? '"duplicate report"' : '"not a vulnerability"'} reply on the advisory`;
        case 'tag-action': {
            const tags = c.tags.map((t) => `[${t}]`).join(' ');
            const move = c.to ? `${c.from} → ${c.to}` : `stays ${c.from}`;
            return `~ ${where}: ${tags}: ${move}; tag${c.tags.length === 1 ? '' : 's'} removed from the title`;
        }
        case 'assign-coordinator':
            return `+ ${where}: coordinator ${c.login} (${c.why})`;
        case 'access': {
            const parts = [];
            for (const a of c.add)
                parts.push(`add ${a.login} (${ACCESS_WHY[a.why]} until ${(0,desk_time/* formatUtcTime */.fz)(a.until)})`);
            for (const r of c.remove)
                parts.push(`remove ${r.login} (${ACCESS_WHY[r.why]} ${(0,desk_time/* formatUtcTime */.fz)(r.until)})`);
            const mark = c.remove.length === 0 ? '+' : c.add.length === 0 ? '-' : '~';
            return `${mark} ${where} collaborators: ${parts.join('; ')}`;
        }
        case 'member-access': {
            const parts = [];
            if (c.addTeams.length)
                parts.push(`add team ${c.addTeams.join(', ')}`);
            if (c.addUsers.length)
                parts.push(`add ${c.addUsers.join(', ')}`);
            if (c.removeUsers.length)
                parts.push(`remove ${c.removeUsers.join(', ')} (emeritus)`);
            const mark = c.removeUsers.length === 0 ? '+' : c.addUsers.length + c.addTeams.length === 0 ? '-' : '~';
            return `${mark} ${where}: the PSRT's access to a new report: ${parts.join('; ')}`;
        }
        case 'cve-reserve':
            return `+ ${where}: reserve a CVE id (${c.shortName}, ${c.year}), record it in the desk's memory, then write it into the advisory`;
        case 'cve-id-write':
            return `+ ${where}: write the reserved ${c.cveId} into the advisory`;
        case 'notify':
            return `! ${where} → ${c.to.join(', ')}: ${describeNoticeReason(c.reason, c.keys)}`;
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./actions/lib/domain/desk/advisory.ts
var desk_advisory = __webpack_require__(8606);
// EXTERNAL MODULE: ./actions/lib/domain/desk/markdown.ts
var markdown = __webpack_require__(8564);
;// CONCATENATED MODULE: ./actions/lib/domain/desk/dashboard.ts
// The dashboard: one issue in the private ops repo, rewritten by every sweep, and the job summary.
// CRA clocks first, then open reports most urgent first, a Mermaid gantt of deadlines, what changed
// since the last sweep, outside collaborators, CVE ids to reject and notes. Titles appear here (the
// repo is private) escaped; descriptions never (the desk never receives them). Within GitHub's limit
// of 65,536 characters per issue body: beyond it, the most urgent entries and a count of the rest.






/** GitHub's limit for an issue body. */
const ISSUE_BODY_MAX_CHARS = 65_536;
/** Room left for what the caller adds around the dashboard (a marker comment, a footer). */
const DASHBOARD_RESERVED_CHARS = 1_536;
const GANTT_MAX_ROWS = 60;
function dashboard_link(repo, ghsaId) {
    return `[${ghsaId}](${(0,desk_advisory/* advisoryUrl */.Le)(repo, ghsaId)})`;
}
function relative(fromMs, toMs) {
    const hours = Math.round((toMs - fromMs) / desk_time/* HOUR_MS */.iQ);
    const abs = Math.abs(hours);
    const span = abs < 48 ? `${abs} h` : `${Math.floor(abs / 24)} d`;
    return hours >= 0 ? `in ${span}` : `${span} ago`;
}
/** A CRA step's cell; `nowMs` adds how long until (or since) it is due, which the issue view leaves out. */
function craCell(clock, nowMs) {
    const rel = (due, extra = '') => nowMs === undefined
        ? extra
            ? ` (${extra})`
            : ''
        : ` (${relative(nowMs, Date.parse(due))}${extra ? `; ${extra}` : ''})`;
    switch (clock.status) {
        case 'met':
            return `✅ sent ${(0,desk_time/* formatUtcTime */.fz)(clock.submittedAt)}`;
        case 'waiting-for-fix':
            return '⏸️ starts when a fix is available';
        case 'running':
            return `⏳ due ${(0,desk_time/* formatUtcTime */.fz)(clock.due)}${rel(clock.due)}`;
        case 'past-half-time':
            return `⚠️ due ${(0,desk_time/* formatUtcTime */.fz)(clock.due)}${rel(clock.due, 'past half time')}`;
        case 'expired':
            return `🚨 **overdue**: was due ${(0,desk_time/* formatUtcTime */.fz)(clock.due)}${rel(clock.due)}`;
    }
}
function sinceText(e) {
    switch (e.what) {
        case 'new':
            return 'new report';
        case 'accepted':
            return 'accepted (triage → draft)';
        case 'finished':
            return e.state;
        case 'reopened':
            return `reopened (${e.state})`;
        case 'coordinator':
            return `coordinator ${e.from.length ? e.from.map(markdown/* loginCode */.Ti).join(', ') : 'none'} → ${e.to.length ? e.to.map(markdown/* loginCode */.Ti).join(', ') : 'none'}`;
        case 'deadline-moved':
            return `deadline moved ${(0,desk_time/* formatUtcTime */.fz)(e.from)} → ${(0,desk_time/* formatUtcTime */.fz)(e.to)}`;
        case 'cve':
            return `${e.cveId} assigned`;
    }
}
/** The count of rows not shown, after a blank line (a plain line right after a table would join it). */
function more(hidden, what) {
    return hidden > 0
        ? ['', `_… and ${hidden} more ${what}, not shown: the dashboard keeps within GitHub's 65,536 characters._`]
        : [];
}
/** Rows formatted on first use and kept: fitting a long list formats only about what is shown. */
class LazyRows {
    length;
    format;
    done = [];
    constructor(length, format) {
        this.length = length;
        this.format = format;
    }
    static of(items, format) {
        return new LazyRows(items.length, (i) => format(items[i]));
    }
    first(n) {
        const count = Math.min(n, this.length);
        for (let i = this.done.length; i < count; i++)
            this.done.push(this.format(i));
        return this.done.slice(0, count);
    }
}
const NO_ROWS = new LazyRows(0, () => '');
function sections(plan, ctx) {
    const nowMs = Date.parse(plan.now);
    const titles = new Map(ctx.advisories.map((a) => [a.ghsaId, a.title]));
    const out = [];
    const overdue = plan.reports.filter((r) => r.clock.overdue).length;
    const unassigned = plan.reports.filter((r) => r.coordinators.length === 0 && !r.assigning).length;
    const exploited = plan.cra.filter((c) => c.clocks.some((k) => k.status !== 'met')).length;
    const issue = ctx.view === 'issue';
    const counts = `${plan.reports.length} open report(s): ${overdue} overdue, ${unassigned} without a coordinator, ${exploited} actively exploited with a CRA step open.`;
    const header = [
        '## PSRT report desk',
        '',
        issue
            ? `Kept current by the hourly sweep (\`psrt sweep\`); times are UTC. ${counts}`
            : `Swept ${(0,desk_time/* formatUtcTime */.fz)(plan.now)}${plan.previousSweepAt ? ` (previous sweep ${(0,desk_time/* formatUtcTime */.fz)(plan.previousSweepAt)})` : ''}` +
                `${ctx.mode === 'plan' ? ' — dry run, nothing was changed' : ''}. ${counts}`,
        '',
    ];
    if (!plan.stateReadable) {
        header.push('> [!WARNING]', `> The desk's memory could not be read${plan.stateProblem ? ` (${(0,markdown/* tableCell */.xR)(plan.stateProblem)})` : ''}: no reminder, escalation or removal until it can. Coordinators and title tags are still handled.`, '');
    }
    out.push({ head: header, rows: NO_ROWS });
    if (plan.cra.length > 0) {
        out.push({
            head: [
                '### Cyber Resilience Act clocks (actively exploited)',
                '',
                '| Report | Aware since | Early warning (24 h) | Notification (72 h) | Final report (fix + 14 days) |',
                '|---|---|---|---|---|',
            ],
            rows: LazyRows.of(plan.cra, (c) => craRow(c, issue ? undefined : nowMs)),
            tail: [
                '',
                "`npx psrt cra GHSA-… --step STEP` prints the text to paste into ENISA's single reporting platform.",
                '',
            ],
            what: 'exploited reports',
        });
    }
    if (plan.cna.length > 0) {
        out.push({
            head: [
                `### CVE records to publish (within ${clocks/* CNA_PUBLISH_HOURS */.H8} h of the advisory email)`,
                '',
                '| CVE | Report | Advisory email | Due at CVE Services | State |',
                '|---|---|---|---|---|',
            ],
            rows: LazyRows.of(plan.cna, (v) => cnaRow(v, issue ? undefined : nowMs)),
            tail: [
                '',
                '`npx psrt cve draft GHSA-…` opens the record PR; once a second operator approves and merges it, `cve-publish` publishes the record.',
                '',
            ],
            what: 'records to publish',
        });
    }
    if (plan.reports.length === 0)
        out.push({ head: ['### Open reports, most urgent first', '', 'No open report.', ''], rows: NO_ROWS });
    else {
        out.push({
            head: [
                '### Open reports, most urgent first',
                '',
                '| Report | Title | State | Coordinator | Age | Days left | CVE | Next action |',
                '|---|---|---|---|---|---|---|---|',
            ],
            rows: LazyRows.of(plan.reports, (r) => {
                const title = titles.get(r.ghsaId);
                const coordinator = r.assigning
                    ? `${(0,markdown/* loginCode */.Ti)(r.assigning)} (assigned now)`
                    : r.coordinators.length > 0
                        ? r.coordinators.map(markdown/* loginCode */.Ti).join(', ')
                        : '—';
                const left = r.clock.overdue ? `**overdue ${r.clock.daysOverdue} d**` : `${r.clock.daysLeft} d`;
                return `| ${dashboard_link(r.repo, r.ghsaId)}<br>${r.repo}${r.exploited ? ' 🚨' : ''} | ${title === undefined ? '—' : (0,markdown/* inlineUntrustedText */.Z4)(title)} | ${r.state} | ${coordinator} | ${r.clock.ageDays} d | ${left}<br>${(0,desk_time/* formatUtcTime */.fz)(r.clock.deadline)} | ${r.cveId ?? '—'} | ${(0,markdown/* tableCell */.xR)(r.nextAction)} |`;
            }),
            tail: [''],
            what: 'open reports',
        });
        const gantt = plan.reports.slice(0, GANTT_MAX_ROWS);
        const byRepo = new Map();
        for (const r of gantt) {
            const tag = r.clock.overdue ? 'crit, ' : r.clock.daysLeft <= 14 ? 'active, ' : '';
            const line = `    ${r.ghsaId} :${tag}${r.clock.receivedAt.slice(0, 10)}, ${r.clock.deadline.slice(0, 10)}`;
            byRepo.set(r.repo, [...(byRepo.get(r.repo) ?? []), line]);
        }
        const lines = [];
        for (const [repo, rows] of [...byRepo].sort(([a], [b]) => (a < b ? -1 : 1)))
            lines.push(`    section ${repo}`, ...rows);
        out.push({
            head: [
                '### Deadlines (UTC)',
                '',
                '```mermaid',
                'gantt',
                '    title Received → deadline, UTC dates',
                '    dateFormat YYYY-MM-DD',
                '    axisFormat %Y-%m-%d',
            ],
            rows: NO_ROWS,
            tail: [
                ...lines,
                '```',
                ...(plan.reports.length > gantt.length
                    ? [`_The ${gantt.length} most urgent of ${plan.reports.length} deadlines._`]
                    : []),
                '',
            ],
        });
    }
    const lastChanges = issue ? ctx.changes : undefined;
    const since = issue ? (lastChanges?.reports ?? []) : plan.sinceLastSweep;
    const sinceTitle = issue
        ? `### What changed${lastChanges ? ` (seen by the sweep of ${(0,desk_time/* formatUtcTime */.fz)(lastChanges.at)})` : ''}`
        : `### Since the last sweep${plan.previousSweepAt ? ` (${(0,desk_time/* formatUtcTime */.fz)(plan.previousSweepAt)})` : ''}`;
    if (!plan.stateReadable)
        out.push({ head: [sinceTitle, '', "Unknown: the desk's memory could not be read.", ''], rows: NO_ROWS });
    else if (since.length === 0)
        out.push({ head: [sinceTitle, '', 'Nothing changed.', ''], rows: NO_ROWS });
    else
        out.push({
            head: [sinceTitle, ''],
            rows: LazyRows.of(since, (s) => `- ${dashboard_link(s.repo, s.ghsaId)} (${s.repo}): ${s.events.map(sinceText).join('; ')}`),
            tail: [''],
            what: 'reports',
        });
    if (issue) {
        // This sweep's changes are in the job summary and the reminder comment.
    }
    else if (plan.changes.length === 0)
        out.push({ head: ['### This sweep', '', 'Nothing to do.', ''], rows: NO_ROWS });
    else {
        const status = new Map(ctx.outcomes?.map((o) => [o.change, o.status]));
        out.push({
            head: ['### This sweep', '', '```diff'],
            rows: LazyRows.of(plan.changes, (c) => {
                const st = status.get(c);
                return `${plan_describeSweepChange(c)}${st && st !== 'done' ? `   [${st}]` : ''}`;
            }),
            tail: ['```', ''],
            what: 'changes',
        });
    }
    if (plan.outsideAccess.length > 0) {
        out.push({
            head: [
                '### People outside the PSRT with access',
                '',
                '| Report | Login | Why | First seen | Access ends |',
                '|---|---|---|---|---|',
            ],
            rows: LazyRows.of(plan.outsideAccess, (v) => {
                const why = v.source === 'grant' ? `grant: ${(0,markdown/* inlineUntrustedText */.Z4)(v.reason ?? '', 120)}` : 'added by hand (adopted)';
                const ends = v.ends ? (0,desk_time/* formatUtcTime */.fz)(v.ends) : 'unknown (memory unreadable)';
                const state = v.status === 'removing'
                    ? ' — removed by this sweep'
                    : v.status === 'adding'
                        ? ' — added by this sweep'
                        : v.status === 'ended'
                            ? ' — ended'
                            : '';
                return `| ${dashboard_link(v.repo, v.ghsaId)} | ${(0,markdown/* loginCode */.Ti)(v.login)} | ${why} | ${v.firstSeen ? (0,desk_time/* formatUtcTime */.fz)(v.firstSeen) : '—'} | ${ends}${state} |`;
            }),
            tail: [''],
            what: 'people',
        });
    }
    if (plan.reservationsToReject.length > 0) {
        out.push({
            head: ['### Reserved CVE ids no advisory uses (reject them)', ''],
            rows: LazyRows.of(plan.reservationsToReject, (r) => `- ${r.cveId}, reserved ${(0,desk_time/* formatUtcTime */.fz)(r.reservedAt)} for ${dashboard_link(r.repo, r.ghsa)}: ${(0,markdown/* tableCell */.xR)(r.why)}`),
            tail: [''],
            what: 'ids',
        });
    }
    // Warnings last as long as their cause; information notes belong to the sweep that made them.
    const notes = issue ? plan.notes.filter((n) => n.level === 'warning') : plan.notes;
    if (notes.length > 0) {
        out.push({
            head: ['### Notes', ''],
            rows: LazyRows.of(notes, (n) => `- ${n.level === 'warning' ? '⚠️' : 'ℹ️'} ${n.text}`),
            tail: [''],
            what: 'notes',
        });
    }
    return out;
}
function assemble(parts, cap) {
    const lines = [];
    for (const part of parts) {
        lines.push(...part.head);
        const shown = part.rows.first(cap);
        lines.push(...shown);
        // A cut table or code block is closed before the count, which is plain text.
        if (part.tail?.[0] === '```')
            lines.push('```', ...more(part.rows.length - shown.length, part.what ?? ''), ...part.tail.slice(1));
        else
            lines.push(...more(part.rows.length - shown.length, part.what ?? ''), ...(part.tail ?? []));
    }
    return lines.join('\n').trimEnd() + '\n';
}
function craRow(c, nowMs) {
    const aware = `${(0,desk_time/* formatUtcTime */.fz)(c.awareAt)}${c.approximate ? ' (approximate)' : ''}`;
    const cell = (step) => craCell(c.clocks.find((k) => k.step === step), nowMs);
    return `| ${dashboard_link(c.repo, c.ghsaId)}<br>${c.repo} | ${aware} | ${cell('early-warning')} | ${cell('notification')} | ${cell('final')} |`;
}
/** A record's clock: absolute times only on the issue (it changes only when a threshold passes). */
function cnaRow(v, nowMs) {
    const c = v.clock;
    const sent = c.announcedAt ? (0,desk_time/* formatUtcTime */.fz)(c.announcedAt) : 'recorded, time unknown';
    const due = c.dueAt ? (0,desk_time/* formatUtcTime */.fz)(c.dueAt) : 'now';
    let state;
    switch (c.state) {
        case 'overdue':
            state =
                nowMs === undefined ? '**overdue**' : `**overdue ${Math.round((nowMs - Date.parse(c.dueAt)) / desk_time/* HOUR_MS */.iQ)} h**`;
            break;
        case 'due':
            state =
                nowMs === undefined
                    ? 'to publish'
                    : `${Math.max(0, Math.round((Date.parse(c.dueAt) - nowMs) / desk_time/* HOUR_MS */.iQ))} h left`;
            break;
        case 'announced-time-unknown':
            state = 'to publish now';
            break;
        case 'published':
        case 'published-early':
            state = `published ${(0,desk_time/* formatUtcTime */.fz)(c.publishedAt)}`;
            break;
        case 'awaiting-announcement':
            state = 'waits for the advisory email';
            break;
    }
    return `| ${v.cveId} | ${dashboard_link(v.repo, v.ghsaId)}<br>${v.repo} | ${sent} | ${due} | ${state} |`;
}
/** The dashboard's markdown, the most urgent entries of every list that fit within the limit. */
function renderDashboard(plan, ctx) {
    const limit = ctx.maxChars ?? ISSUE_BODY_MAX_CHARS - DASHBOARD_RESERVED_CHARS;
    const parts = sections(plan, ctx);
    const longest = Math.max(0, ...parts.map((p) => p.rows.length));
    // Double the rows shown until the body is too long, then search between the last two.
    let low = 0;
    let cap = 16;
    for (;; cap *= 2) {
        const n = Math.min(cap, longest);
        if (assemble(parts, n).length > limit)
            break;
        low = n;
        if (n === longest)
            return assemble(parts, n);
    }
    let high = Math.min(cap, longest) - 1;
    while (low < high) {
        const mid = Math.ceil((low + high) / 2);
        if (assemble(parts, mid).length <= limit)
            low = mid;
        else
            high = mid - 1;
    }
    const fitted = assemble(parts, low);
    if (fitted.length <= limit)
        return fitted;
    const cut = "\n\n_… cut: the dashboard keeps within GitHub's 65,536 characters._\n";
    return fitted.slice(0, Math.max(0, limit - cut.length)) + cut;
}
/**
 * A fingerprint of the dashboard issue's body that needs no title: each title stands in as its
 * advisory's id and update time (a title cannot change without the update time moving). Equal
 * fingerprints mean equal bodies, so an unchanged dashboard needs neither its titles read nor a write.
 */
function dashboardFingerprint(plan, ctx) {
    const body = renderDashboard(plan, {
        ...ctx,
        view: 'issue',
        advisories: ctx.advisories.map((a) => ({ ghsaId: a.ghsaId, title: `${a.ghsaId} ${a.updatedAt}` })),
    });
    return (0,external_node_crypto_.createHash)('sha256').update(body).digest('hex').slice(0, 32);
}

// EXTERNAL MODULE: ./actions/lib/domain/desk/settings.ts
var desk_settings = __webpack_require__(4736);
;// CONCATENATED MODULE: ./actions/lib/domain/desk/shifts.ts




function deadlineShifts(oldPolicy, newPolicy, advisories, reports, now) {
    const before = (0,desk_settings/* deskSettings */.bf)(oldPolicy);
    const after = (0,desk_settings/* deskSettings */.bf)(newPolicy);
    const files = new Map(reports.map((r) => [r.ghsa, r]));
    const out = [];
    for (const a of advisories.filter(desk_advisory/* isOpen */.nT)) {
        const file = files.get(a.ghsaId);
        const was = (0,desk_clocks/* reportClock */.lJ)(a, file, before.deadlineDays, now);
        const will = (0,desk_clocks/* reportClock */.lJ)(a, file, after.deadlineDays, now);
        const received = (0,desk_clocks/* receivedTime */.lL)(a, file).at;
        const reminderWas = (0,desk_time/* isoUtc */.u8)((0,desk_time/* addDaysToTime */.Ts)(received, before.reminderFromDay));
        const reminderWill = (0,desk_time/* isoUtc */.u8)((0,desk_time/* addDaysToTime */.Ts)(received, after.reminderFromDay));
        if (was.deadline === will.deadline && reminderWas === reminderWill)
            continue;
        out.push({
            repo: a.repo,
            ghsaId: a.ghsaId,
            from: was.deadline,
            to: will.deadline,
            days: Math.round((Date.parse(will.deadline) - Date.parse(was.deadline)) / desk_time/* DAY_MS */.sO),
            becomesOverdue: will.overdue && !was.overdue,
            stopsBeingOverdue: was.overdue && !will.overdue,
            ...(reminderWas !== reminderWill ? { firstReminder: { from: reminderWas, to: reminderWill } } : {}),
        });
    }
    return out.sort((x, y) => (x.to < y.to ? -1 : x.to > y.to ? 1 : x.ghsaId < y.ghsaId ? -1 : 1));
}
/** The shifts for a PR comment (markdown) or a terminal. */
function renderDeadlineShifts(shifts, format) {
    const md = format === 'markdown';
    if (shifts.length === 0)
        return md ? "No open report's clock moves.\n" : "No open report's clock moves.\n";
    const out = [
        md ? `### Report clocks that move (${shifts.length})` : `Report clocks that move (${shifts.length}):`,
        '',
    ];
    if (md)
        out.push('| Report | Deadline before | Deadline after | Shift | First reminder |', '|---|---|---|---|---|');
    for (const s of shifts) {
        const shift = `${s.days > 0 ? '+' : ''}${s.days} d${s.becomesOverdue ? ' (now overdue)' : s.stopsBeingOverdue ? ' (no longer overdue)' : ''}`;
        const reminder = s.firstReminder
            ? `${(0,desk_time/* formatUtcTime */.fz)(s.firstReminder.from)} → ${(0,desk_time/* formatUtcTime */.fz)(s.firstReminder.to)}`
            : 'unchanged';
        out.push(md
            ? `| ${s.ghsaId} (${s.repo}) | ${(0,desk_time/* formatUtcTime */.fz)(s.from)} | ${(0,desk_time/* formatUtcTime */.fz)(s.to)} | ${shift} | ${reminder} |`
            : `  ${s.ghsaId} (${s.repo}): ${(0,desk_time/* formatUtcTime */.fz)(s.from)} → ${(0,desk_time/* formatUtcTime */.fz)(s.to)} (${shift}); first reminder ${reminder}`);
    }
    return out.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./actions/lib/domain/desk/render.ts





const SYSTEMS = [
    { system: 'report-files', title: 'Report files (pull requests in the ops repo)' },
    { system: 'tags', title: 'Title tags' },
    { system: 'coordinators', title: 'Coordinators' },
    { system: 'access', title: 'Access to advisories' },
    { system: 'cve', title: 'CVE ids' },
    { system: 'notices', title: 'Reminders and escalations (one comment on the dashboard)' },
    { system: 'dashboard', title: 'Dashboard' },
    { system: 'state', title: "The desk's memory" },
];
function headline(plan, outcomes) {
    const n = plan.changes.length;
    if (n === 0)
        return 'Sweep: nothing to do';
    const what = `${n} change${n === 1 ? '' : 's'}${countsOf(plan.changes, plan.losingAccess.length)}`;
    return outcomes ? `Sweep applied: ${what}` : `Sweep plan: ${what}`;
}
function countsOf(changes, removals) {
    const notices = changes.filter((c) => c.kind === 'notify').length;
    const detail = [
        notices ? `${notices} notice${notices === 1 ? '' : 's'}` : '',
        removals ? `${removals} removal${removals === 1 ? '' : 's'}` : '',
    ].filter(Boolean);
    return detail.length ? ` (${detail.join(', ')})` : '';
}
function noteLine(n, md) {
    return md ? `- ${n.level === 'warning' ? '⚠️' : 'ℹ️'} ${n.text}` : `  ${n.level}: ${n.text}`;
}
function memoryLine(plan) {
    return plan.stateReadable
        ? `Desk memory: read${plan.previousSweepAt ? ` (previous sweep ${(0,desk_time/* formatUtcTime */.fz)(plan.previousSweepAt)})` : ' (first sweep)'}; now ${(0,desk_time/* formatUtcTime */.fz)(plan.now)}.`
        : `Desk memory: UNREADABLE${plan.stateProblem ? ` (${plan.stateProblem})` : ''}: no reminder, escalation or removal planned; now ${(0,desk_time/* formatUtcTime */.fz)(plan.now)}.`;
}
function losingAccessLines(plan, extra, md) {
    const all = [...plan.losingAccess, ...extra];
    if (all.length === 0)
        return [];
    const out = [
        md
            ? '### Losing access (counted by guards.max_removal_share)'
            : 'Losing access (counted by guards.max_removal_share):',
    ];
    for (const p of all)
        out.push(md ? `- \`${p.login}\` from ${p.ghsaId} (${p.repo})` : `  ${p.login} from ${p.ghsaId} (${p.repo})`);
    out.push('');
    return out;
}
/** The desk's own plan (used by tests and tools that plan without the job around it). */
function renderSweepPlan(plan, format, outcomes) {
    const md = format === 'markdown';
    const out = [md ? `## ${headline(plan, outcomes)}` : headline(plan, outcomes), '', memoryLine(plan), ''];
    if (!outcomes && plan.changes.length > 0)
        out.push(md ? '> Dry run: nothing was changed.' : 'Dry run: nothing was changed (use --apply to make these changes).', '');
    const status = new Map(outcomes?.map((o) => [o.change, o.status]));
    for (const { system, title } of SYSTEMS) {
        const changes = plan.changes.filter((c) => c.system === system);
        if (changes.length === 0)
            continue;
        out.push(md ? `### ${title}` : `${title}:`);
        if (md)
            out.push('```diff');
        for (const c of changes) {
            const s = status.get(c);
            out.push(`${md ? '' : '  '}${describeSweepChange(c)}${s && s !== 'done' ? `   [${s}]` : ''}`);
        }
        if (md)
            out.push('```');
        out.push('');
    }
    out.push(...losingAccessLines(plan, [], md));
    if (plan.notes.length > 0) {
        out.push(md ? '### Notes' : 'Notes:');
        for (const n of plan.notes)
            out.push(noteLine(n, md));
        out.push('');
    }
    if (outcomes && outcomes.length > 0) {
        const done = outcomes.filter((o) => o.status === 'done').length;
        const failed = outcomes.filter((o) => o.status === 'failed').length;
        const line = `Applied: ${done} done, ${failed} failed, ${outcomes.length - done - failed} not attempted.`;
        out.push(md ? `**${line}**` : line);
    }
    return out.join('\n').trimEnd() + '\n';
}
/**
 * The sweep job: what it does (by system, each change on one line with its result after an apply),
 * who loses access, the guards, the notes; in markdown (the job summary) also the dashboard, without
 * titles.
 */
function renderSweepJob(plan, format, results) {
    const md = format === 'markdown';
    const desk = plan.desk;
    const removals = plan.changes.flatMap((c) => c.kind === 'member-access' ? c.removeUsers.map((login) => ({ login, repo: c.repo, ghsaId: c.ghsaId })) : []);
    const title = (0,domain_plan/* headline */.Pl)('Sweep', plan, results, (changes) => {
        const n = changes.length;
        return `${n} change${n === 1 ? '' : 's'}${countsOf(changes, desk.losingAccess.length + removals.length)}`;
    });
    const out = [md ? `## ${title}` : title, '', memoryLine(desk), ''];
    if (!results && plan.changes.length > 0)
        out.push(md ? '> Dry run: nothing was changed.' : 'Dry run: nothing was changed (use --apply to make these changes).', '');
    const byChange = new Map(results?.map((r) => [r.change, r]));
    for (const { system, title: heading } of SYSTEMS) {
        const changes = plan.changes.filter((c) => c.system === system);
        if (changes.length === 0)
            continue;
        out.push(md ? `### ${heading}` : `${heading}:`);
        if (md)
            out.push('```diff');
        for (const c of changes)
            out.push(`${md ? '' : '  '}${(0,domain_plan/* withResult */.ox)(describeSweepJobChange(c), byChange.get(c))}`);
        if (md)
            out.push('```');
        out.push('');
    }
    out.push(...losingAccessLines(desk, removals, md));
    if (plan.shifts)
        out.push(renderDeadlineShifts(plan.shifts, format), '');
    const guards = (0,domain_plan/* renderGuards */.TW)(plan.guards, format);
    if (guards.length > 0)
        out.push(...guards, '');
    if (plan.notes.length > 0) {
        out.push(md ? '### Notes' : 'Notes:');
        for (const n of plan.notes)
            out.push(noteLine({ level: n.level === 'warning' ? 'warning' : 'info', text: n.text }, md));
        out.push('');
    }
    out.push(...(0,domain_plan/* renderResultsLine */.$0)(results, format));
    if (md) {
        const outcomes = results
            ?.filter((r) => r.change.kind !== 'dashboard' && r.change.kind !== 'desk-state')
            .map((r) => ({ change: r.change, status: r.status === 'suppressed' ? 'not attempted' : r.status }));
        out.push('', renderDashboard(desk, {
            advisories: [],
            mode: results ? 'applied' : 'plan',
            ...(outcomes ? { outcomes } : {}),
        }).replace(/^## PSRT report desk/, '## Report desk (titles are on the dashboard issue only)'));
    }
    return out.join('\n').trimEnd() + '\n';
}

// EXTERNAL MODULE: ./actions/lib/domain/account.ts
var account = __webpack_require__(1292);
// EXTERNAL MODULE: ./actions/lib/domain/reconcile/advisory-access.ts
var advisory_access = __webpack_require__(1024);
// EXTERNAL MODULE: ./actions/lib/domain/roster.ts
var domain_roster = __webpack_require__(8764);
// EXTERNAL MODULE: ./actions/lib/errors.ts
var errors = __webpack_require__(2863);
// EXTERNAL MODULE: ./actions/lib/domain/desk/tags.ts
var desk_tags = __webpack_require__(4532);
// EXTERNAL MODULE: ./actions/lib/domain/ids.ts
var ids = __webpack_require__(8029);
;// CONCATENATED MODULE: ./actions/lib/domain/desk/state.ts
// The desk's memory between sweeps: what was sent (so nothing is sent twice), when a tag or a
// hand-added collaborator was first seen, what the last sweep saw of each report, the rotation pointer
// and the CNA desk's CVE reservations. Ids, logins and times only: never advisory text.
// The format is documented in STATE.md.



const DESK_STATE_VERSION = 1;
/** A state larger than this is refused unread: it can only be a mistake. */
const DESK_STATE_MAX_CHARS = 32 * 1024 * 1024;
/**
 * Notice keys that belong to a sequence without end (the deadline clock's days, a stale period count, a
 * CRA step's repeats) carry their place in it. The state keeps only the latest key of each sequence:
 * notices go out in order and never skip, so every earlier threshold was sent too, and the file stays
 * small however long a report stays overdue.
 */
function noticeSequence(key) {
    const day = /^(?:reminder|overdue)\/day-(\d+)$/.exec(key);
    if (day)
        return { sequence: 'deadline', position: Number(day[1]) };
    const stale = /^(stale\/[^/]+)\/(\d+)$/.exec(key);
    if (stale)
        return { sequence: stale[1], position: Number(stale[2]) };
    const repeat = /^(cra\/[a-z-]+\/repeat|cna\/[^/]+\/repeat)-(\d+)$/.exec(key);
    if (repeat)
        return { sequence: repeat[1], position: Number(repeat[2]) };
    return undefined;
}
/** The latest position sent in each sequence of a report's notices. */
function sentThrough(fired) {
    const through = new Map();
    for (const key of Object.keys(fired)) {
        const s = noticeSequence(key);
        if (s && s.position > (through.get(s.sequence) ?? -1))
            through.set(s.sequence, s.position);
    }
    return through;
}
/** Whether a notice key counts as sent: recorded itself, or a later key of its sequence is. */
function isNoticeSent(fired, through, key) {
    if (fired[key] !== undefined)
        return true;
    const s = noticeSequence(key);
    return s !== undefined && (through.get(s.sequence) ?? -1) >= s.position;
}
/** The fired keys with each sequence reduced to its latest key. */
function compactFired(fired) {
    const through = sentThrough(fired);
    return Object.fromEntries(Object.entries(fired).filter(([key]) => {
        const s = noticeSequence(key);
        return s === undefined || through.get(s.sequence) === s.position;
    }));
}
/** The state of a desk that has never swept. Use it only when there is no state file at all. */
function emptyDeskState() {
    return {
        version: DESK_STATE_VERSION,
        sweptAt: null,
        reports: {},
        rotation: { lastAssigned: null },
        cveReservations: [],
        dashboardHash: null,
        lastChanges: null,
    };
}
function emptyReportMemory(repo) {
    return { repo, snapshot: null, fired: {}, tagsSeen: {}, adopted: {} };
}
/** The state file could not be understood: the sweep then runs without memory (fail closed). */
class DeskStateError extends errors/* UserError */.yo {
    detail;
    constructor(detail) {
        super(`the report desk's state cannot be read: ${detail}. The sweep sends no reminder and removes nobody until it can; ` +
            'fix the file, or delete it to start afresh (reminders already sent may then be sent once more).');
        this.detail = detail;
        this.name = 'DeskStateError';
    }
}
const UTC_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
const REPO = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}\/[A-Za-z0-9._-]{1,100}$/;
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const NOTICE_KEY = /^[A-Za-z0-9/:._-]{1,200}$/;
const GITHUB_ID = /^[1-9]\d{0,15}$/;
const HASH = /^[0-9a-f]{16,128}$/;
const STATES = ['triage', 'draft', 'published', 'closed', 'withdrawn'];
function at(path) {
    return path.length === 0 ? 'the top level' : path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('');
}
function fail(path, what) {
    throw new DeskStateError(`${at(path)} ${what}`);
}
function object(value, path, keys, optional = []) {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        fail(path, 'is not an object');
    const record = value;
    for (const key of Object.keys(record))
        if (!keys.includes(key) && !optional.includes(key))
            fail([...path, key], 'is not a known key');
    for (const key of keys)
        if (!(key in record))
            fail([...path, key], 'is missing');
    return record;
}
function map(value, path, keyPattern) {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        fail(path, 'is not an object');
    const entries = Object.entries(value);
    for (const [key] of entries)
        if (!keyPattern.test(key))
            fail([...path, key], 'is not a valid key');
    return entries;
}
function state_text(value, path, pattern) {
    if (typeof value !== 'string' || !pattern.test(value))
        fail(path, `is not ${describe(pattern)}`);
    return value;
}
function time(value, path) {
    const t = state_text(value, path, UTC_TIME);
    if (Number.isNaN(new Date(t).getTime()))
        fail(path, 'is not a real time');
    return t;
}
function describe(pattern) {
    if (pattern === UTC_TIME)
        return 'a UTC time (YYYY-MM-DDTHH:MM:SSZ)';
    if (pattern === ids/* GHSA_ID */.a3)
        return 'a GHSA id';
    if (pattern === ids/* CVE_ID */.JO)
        return 'a CVE id';
    if (pattern === REPO)
        return 'a repository (owner/name)';
    if (pattern === LOGIN)
        return 'a GitHub login';
    if (pattern === HASH)
        return 'a hexadecimal hash';
    return 'a valid value';
}
function parseSnapshot(value, path) {
    if (value === null)
        return null;
    const o = object(value, path, ['state', 'coordinators', 'deadline', 'cveId', 'updatedAt']);
    if (typeof o.state !== 'string' || !STATES.includes(o.state))
        fail([...path, 'state'], `is not one of ${STATES.join(', ')}`);
    if (!Array.isArray(o.coordinators))
        fail([...path, 'coordinators'], 'is not a list');
    return {
        state: o.state,
        coordinators: o.coordinators.map((c, i) => state_text(c, [...path, 'coordinators', i], LOGIN)),
        deadline: time(o.deadline, [...path, 'deadline']),
        cveId: o.cveId === null ? null : state_text(o.cveId, [...path, 'cveId'], ids/* CVE_ID */.JO),
        updatedAt: time(o.updatedAt, [...path, 'updatedAt']),
    };
}
function parseMemory(value, path) {
    const o = object(value, path, ['repo', 'snapshot', 'fired', 'tagsSeen', 'adopted']);
    const tagPattern = new RegExp(`^(?:${desk_tags/* TITLE_TAGS */.Pu.join('|')})$`);
    return {
        repo: state_text(o.repo, [...path, 'repo'], REPO),
        snapshot: parseSnapshot(o.snapshot, [...path, 'snapshot']),
        fired: Object.fromEntries(map(o.fired, [...path, 'fired'], NOTICE_KEY).map(([k, v]) => [k, time(v, [...path, 'fired', k])])),
        tagsSeen: Object.fromEntries(map(o.tagsSeen, [...path, 'tagsSeen'], tagPattern).map(([k, v]) => [k, time(v, [...path, 'tagsSeen', k])])),
        adopted: Object.fromEntries(map(o.adopted, [...path, 'adopted'], GITHUB_ID).map(([k, v]) => {
            const a = object(v, [...path, 'adopted', k], ['login', 'firstSeen']);
            return [
                k,
                {
                    login: state_text(a.login, [...path, 'adopted', k, 'login'], LOGIN),
                    firstSeen: time(a.firstSeen, [...path, 'adopted', k, 'firstSeen']),
                },
            ];
        })),
    };
}
/**
 * The state from its file. Strict: an unknown version, an unknown or missing key, or a value of the
 * wrong shape is a DeskStateError, never a partial state.
 */
function parseDeskState(source) {
    if (source.length > DESK_STATE_MAX_CHARS)
        throw new DeskStateError(`the file has ${source.length} characters; the limit is ${DESK_STATE_MAX_CHARS}`);
    let data;
    try {
        data = JSON.parse(source);
    }
    catch (err) {
        throw new DeskStateError(`it is not JSON (${err instanceof Error ? err.message : 'parse error'})`);
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data))
        fail([], 'is not an object');
    const version = data.version;
    if (version !== DESK_STATE_VERSION)
        throw new DeskStateError(`its version is ${JSON.stringify(version) ?? 'missing'}; this psrt reads version ${DESK_STATE_VERSION}`);
    const o = object(data, [], ['version', 'sweptAt', 'reports', 'rotation', 'cveReservations'], ['dashboardHash', 'lastChanges']);
    const rotation = object(o.rotation, ['rotation'], ['lastAssigned']);
    if (!Array.isArray(o.cveReservations))
        fail(['cveReservations'], 'is not a list');
    const cveReservations = o.cveReservations.map((r, i) => {
        const path = ['cveReservations', i];
        const x = object(r, path, ['cveId', 'repo', 'ghsa', 'reservedAt', 'written']);
        if (typeof x.written !== 'boolean')
            fail([...path, 'written'], 'is not true or false');
        return {
            cveId: state_text(x.cveId, [...path, 'cveId'], ids/* CVE_ID */.JO),
            repo: state_text(x.repo, [...path, 'repo'], REPO),
            ghsa: state_text(x.ghsa, [...path, 'ghsa'], ids/* GHSA_ID */.a3),
            reservedAt: time(x.reservedAt, [...path, 'reservedAt']),
            written: x.written,
        };
    });
    const seen = new Set();
    for (const [i, r] of cveReservations.entries()) {
        if (seen.has(r.cveId))
            fail(['cveReservations', i, 'cveId'], `repeats ${r.cveId}`);
        seen.add(r.cveId);
    }
    return {
        version: DESK_STATE_VERSION,
        sweptAt: o.sweptAt === null ? null : time(o.sweptAt, ['sweptAt']),
        reports: Object.fromEntries(map(o.reports, ['reports'], ids/* GHSA_ID */.a3).map(([ghsa, m]) => [ghsa, parseMemory(m, ['reports', ghsa])])),
        rotation: {
            lastAssigned: rotation.lastAssigned === null ? null : state_text(rotation.lastAssigned, ['rotation', 'lastAssigned'], LOGIN),
        },
        cveReservations,
        dashboardHash: o.dashboardHash === undefined || o.dashboardHash === null ? null : state_text(o.dashboardHash, ['dashboardHash'], HASH),
        lastChanges: o.lastChanges === undefined || o.lastChanges === null ? null : parseLastChanges(o.lastChanges),
    };
}
function parseState(value, path) {
    if (typeof value !== 'string' || !STATES.includes(value))
        fail(path, `is not one of ${STATES.join(', ')}`);
    return value;
}
function parseEvent(value, path) {
    const what = value?.what;
    switch (what) {
        case 'new':
        case 'accepted':
            object(value, path, ['what']);
            return { what };
        case 'finished':
        case 'reopened': {
            const o = object(value, path, ['what', 'state']);
            return { what, state: parseState(o.state, [...path, 'state']) };
        }
        case 'coordinator': {
            const o = object(value, path, ['what', 'from', 'to']);
            const logins = (v, key) => {
                if (!Array.isArray(v))
                    fail([...path, key], 'is not a list');
                return v.map((l, i) => state_text(l, [...path, key, i], LOGIN));
            };
            return { what, from: logins(o.from, 'from'), to: logins(o.to, 'to') };
        }
        case 'deadline-moved': {
            const o = object(value, path, ['what', 'from', 'to']);
            return { what, from: time(o.from, [...path, 'from']), to: time(o.to, [...path, 'to']) };
        }
        case 'cve': {
            const o = object(value, path, ['what', 'cveId']);
            return { what, cveId: state_text(o.cveId, [...path, 'cveId'], ids/* CVE_ID */.JO) };
        }
        default:
            return fail([...path, 'what'], 'is not a known event');
    }
}
function parseLastChanges(value) {
    const o = object(value, ['lastChanges'], ['at', 'reports']);
    if (!Array.isArray(o.reports))
        fail(['lastChanges', 'reports'], 'is not a list');
    return {
        at: time(o.at, ['lastChanges', 'at']),
        reports: o.reports.map((r, i) => {
            const path = ['lastChanges', 'reports', i];
            const x = object(r, path, ['repo', 'ghsaId', 'events']);
            if (!Array.isArray(x.events))
                fail([...path, 'events'], 'is not a list');
            return {
                repo: state_text(x.repo, [...path, 'repo'], REPO),
                ghsaId: state_text(x.ghsaId, [...path, 'ghsaId'], ids/* GHSA_ID */.a3),
                events: x.events.map((e, j) => parseEvent(e, [...path, 'events', j])),
            };
        }),
    };
}
function sortedDeep(value) {
    if (Array.isArray(value))
        return value.map(sortedDeep);
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return Object.fromEntries(entries.map(([k, v]) => [k, sortedDeep(v)]));
    }
    return value;
}
/**
 * The state as its file holds it: keys sorted at every level, reservations by CVE id, coordinators
 * sorted; one line per report and per reservation (a sweep's diff shows the reports it changed), one
 * final newline.
 */
function serializeDeskState(state) {
    const reservations = [...state.cveReservations].sort((a, b) => (a.cveId < b.cveId ? -1 : a.cveId > b.cveId ? 1 : 0));
    const reports = Object.entries(state.reports)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([ghsa, m]) => {
        const memory = {
            ...m,
            snapshot: m.snapshot && { ...m.snapshot, coordinators: [...m.snapshot.coordinators].sort() },
        };
        return `    ${JSON.stringify(ghsa)}: ${JSON.stringify(sortedDeep(memory))}`;
    });
    const lines = ['{'];
    lines.push(reservations.length === 0
        ? '  "cveReservations": [],'
        : [
            '  "cveReservations": [',
            reservations.map((r) => `    ${JSON.stringify(sortedDeep(r))}`).join(',\n'),
            '  ],',
        ].join('\n'));
    lines.push(`  "dashboardHash": ${JSON.stringify(state.dashboardHash)},`);
    lines.push(`  "lastChanges": ${JSON.stringify(sortedDeep(state.lastChanges))},`);
    lines.push(reports.length === 0 ? '  "reports": {},' : ['  "reports": {', reports.join(',\n'), '  },'].join('\n'));
    lines.push(`  "rotation": ${JSON.stringify(sortedDeep(state.rotation))},`);
    lines.push(`  "sweptAt": ${JSON.stringify(state.sweptAt)},`);
    lines.push(`  "version": ${JSON.stringify(state.version)}`);
    lines.push('}');
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./actions/lib/domain/desk/advance.ts
// The state to store after a sweep: what the sweep observed, plus the effects of the changes that were
// applied (notices sent, the rotation pointer, CVE ids written). A change that failed or was not
// attempted leaves no trace, so the next sweep plans it again.



/**
 * The next state, or undefined when the sweep ran without a readable state (then nothing is written:
 * the unreadable file is left for a person to fix, and no fresh state hides what was sent).
 */
function nextDeskState(plan, applied) {
    const observed = plan.observed;
    if (!observed)
        return undefined;
    // The observed state belongs to the plan: copy only what the applied changes touch.
    const state = {
        ...observed,
        sweptAt: plan.now,
        reports: { ...observed.reports },
        rotation: { ...observed.rotation },
        cveReservations: observed.cveReservations.map((r) => ({ ...r })),
    };
    recordInto(state, applied, plan.now);
    return state;
}
/**
 * The memory with the notices (and template comments) among `sent` recorded as sent at `at`: for the
 * reminder comment, posted after the rest of the sweep was settled. A stale nudge about an update the
 * advisory has since moved past (this sweep wrote to it) is kept only as long as the next sweep would
 * keep it: not at all.
 */
function withNoticesSent(state, sent, at, advisories = []) {
    const out = { ...state, reports: { ...state.reports }, rotation: { ...state.rotation } };
    const notices = sent.filter((c) => c.kind === 'notify' || c.kind === 'template-comment');
    recordInto(out, notices, at);
    const updated = new Map(advisories.map((a) => [a.ghsaId, `stale/${(0,desk_time/* isoUtc */.u8)(new Date(a.updatedAt))}/`]));
    for (const ghsa of new Set(notices.map((n) => n.ghsaId))) {
        const prefix = updated.get(ghsa);
        const memory = out.reports[ghsa];
        if (prefix === undefined || !memory)
            continue;
        memory.fired = Object.fromEntries(Object.entries(memory.fired).filter(([k]) => !k.startsWith('stale/') || k.startsWith(prefix)));
    }
    return out;
}
/** Applies the changes' effects to a state whose `reports` map (not its entries) the caller owns. */
function recordInto(state, applied, at) {
    const touched = new Set();
    for (const change of applied) {
        switch (change.kind) {
            case 'notify':
            case 'template-comment': {
                if (!touched.has(change.ghsaId)) {
                    const before = state.reports[change.ghsaId] ?? emptyReportMemory(change.repo);
                    state.reports[change.ghsaId] = { ...before, fired: { ...before.fired } };
                    touched.add(change.ghsaId);
                }
                const memory = state.reports[change.ghsaId];
                // A deadline line's keys are one sequence, oldest first: its latest stands for them all.
                const keys = change.kind !== 'notify'
                    ? [change.key]
                    : change.reason.what === 'reminder' || change.reason.what === 'overdue'
                        ? change.keys.slice(-1)
                        : change.keys;
                for (const key of keys)
                    memory.fired[key] ??= at;
                break;
            }
            case 'assign-coordinator':
                state.rotation.lastAssigned = (0,domain_roster/* loginKey */.H$)(change.login);
                break;
            case 'cve-id-write': {
                const i = state.cveReservations.findIndex((r) => r.cveId === change.cveId);
                if (i >= 0)
                    state.cveReservations[i] = { ...state.cveReservations[i], written: true };
                break;
            }
            default:
                break;
        }
    }
    for (const ghsa of touched)
        state.reports[ghsa].fired = compactFired(state.reports[ghsa].fired);
}
/** Record a CVE id the CNA desk reserved, before the PATCH that writes it (so a failed PATCH costs no second id). */
function withCveReservation(state, reservation) {
    if (state.cveReservations.some((r) => r.cveId === reservation.cveId))
        return state;
    return { ...state, cveReservations: [...state.cveReservations, { ...reservation, written: false }] };
}
/** Forget a CVE id once it has been rejected (or otherwise settled) by the CNA desk. */
function withoutCveReservation(state, cveId) {
    return { ...state, cveReservations: state.cveReservations.filter((r) => r.cveId !== cveId) };
}

// EXTERNAL MODULE: ./actions/lib/domain/roster-rules.ts
var roster_rules = __webpack_require__(9126);
;// CONCATENATED MODULE: ./actions/lib/domain/desk/access.ts




/**
 * Who the desk never removes: members and emeritus (reconcile's), the author, credited reporters and
 * finders, and the report's coordinators (a maintainer of another org coordinating its own project's
 * report keeps the access it coordinates with).
 */
class ProtectedPeople {
    roster;
    constructor(roster) {
        this.roster = new account/* PersonIndex */.O([...roster.members, ...(roster.emeritus ?? [])]);
    }
    isMember(person) {
        return this.roster.has(person);
    }
    isProtected(person, advisory) {
        if (this.roster.has(person))
            return true;
        if (advisory.author && (0,account/* isPerson */.K)(advisory.author, person))
            return true;
        return advisory.credits.some((c) => (c.type === 'reporter' || c.type === 'finder' || c.type === 'coordinator') && (0,account/* isPerson */.K)(c, person));
    }
}
/** One grant per login: the one that ends last. */
function grantsByLogin(grants) {
    const out = new Map();
    for (const g of grants) {
        const previous = out.get((0,domain_roster/* loginKey */.H$)(g.login));
        if (!previous || g.until > previous.until)
            out.set((0,domain_roster/* loginKey */.H$)(g.login), g);
    }
    return out;
}
/** The end of access, and why it ends then: the earlier of its own end and after_close_days after closing. */
function accessEnd(ownEnd, ownReason, closeEnd) {
    const end = (0,desk_time/* earliestTime */.rL)(ownEnd, closeEnd);
    return { end, why: closeEnd !== undefined && end === closeEnd ? 'closed' : ownReason };
}
function planAdvisoryAccess(params) {
    const { advisory, report, memory, people, settings, now, stateReadable } = params;
    const removals = stateReadable && params.allowRemovals !== false;
    const t = now.getTime();
    const open = (0,desk_advisory/* isOpen */.nT)(advisory);
    const finished = (0,desk_advisory/* finishedAt */.o2)(advisory);
    const closeEnd = finished === undefined ? undefined : (0,desk_time/* addDaysToTime */.Ts)(new Date(finished), settings.accessAfterCloseDays);
    const collaborators = new Map(advisory.collaboratingUsers.map((u) => [(0,domain_roster/* loginKey */.H$)(u.login), u]));
    const grants = grantsByLogin(report?.access ?? []);
    const add = [];
    const remove = [];
    const views = [];
    const adopted = {};
    const base = { repo: advisory.repo, ghsaId: advisory.ghsaId };
    for (const [key, grant] of grants) {
        const account = collaborators.get(key);
        const person = account ?? { login: grant.login };
        if (people.isProtected(person, advisory))
            continue;
        const until = (0,desk_time/* parseZonedTime */.rW)(grant.until);
        if (until === undefined)
            continue; // the schema and validate reject such a file before it is read
        const { end, why } = accessEnd(until, 'grant-ended', closeEnd);
        const active = t < end.getTime();
        const view = {
            ...base,
            login: account?.login ?? grant.login,
            source: 'grant',
            reason: grant.reason,
            ends: (0,desk_time/* isoUtc */.u8)(end),
            status: active ? 'active' : 'ended',
        };
        if (active && !account && open) {
            add.push({ login: grant.login, why: 'grant', until: (0,desk_time/* isoUtc */.u8)(end) });
            view.status = 'adding';
        }
        else if (!active && account && removals) {
            remove.push({ login: account.login, why, until: (0,desk_time/* isoUtc */.u8)(end) });
            view.status = 'removing';
        }
        if (active || account)
            views.push(view);
    }
    for (const user of advisory.collaboratingUsers) {
        if (grants.has((0,domain_roster/* loginKey */.H$)(user.login)) || people.isProtected(user, advisory))
            continue;
        if (!stateReadable) {
            views.push({ ...base, login: user.login, source: 'adopted', status: 'active' });
            continue;
        }
        const firstSeen = memory?.adopted[String(user.id)]?.firstSeen ?? (0,desk_time/* isoUtc */.u8)(now);
        const { end, why } = accessEnd((0,desk_time/* addDaysToTime */.Ts)(new Date(firstSeen), settings.accessDefaultDays), 'adoption-ended', closeEnd);
        adopted[String(user.id)] = { login: user.login, firstSeen };
        const ending = t >= end.getTime() && removals;
        if (ending)
            remove.push({ login: user.login, why, until: (0,desk_time/* isoUtc */.u8)(end) });
        views.push({
            ...base,
            login: user.login,
            source: 'adopted',
            firstSeen,
            ends: (0,desk_time/* isoUtc */.u8)(end),
            status: ending ? 'removing' : 'active',
        });
    }
    if (add.length === 0 && remove.length === 0)
        return { views, adopted };
    const removing = new Set(remove.map((r) => (0,domain_roster/* loginKey */.H$)(r.login)));
    const users = [
        ...advisory.collaboratingUsers.map((u) => u.login).filter((l) => !removing.has((0,domain_roster/* loginKey */.H$)(l))),
        ...add.map((a) => a.login),
    ];
    return { change: { kind: 'access', system: 'access', ...base, add, remove, users }, views, adopted };
}
/**
 * The collaborator list to write, from a fresh read taken right before the PATCH: the change's adds and
 * removals re-applied, everything else as GitHub has it now (someone may have added a person meanwhile).
 */
function mergeCollaborators(current, change) {
    const logins = current.map((c) => (typeof c === 'string' ? c : c.login));
    const removing = new Set(change.remove.map((r) => (0,domain_roster/* loginKey */.H$)(r.login)));
    const kept = logins.filter((l) => !removing.has((0,domain_roster/* loginKey */.H$)(l)));
    const present = new Set(kept.map(domain_roster/* loginKey */.H$));
    const added = change.add.map((a) => a.login).filter((l) => !present.has((0,domain_roster/* loginKey */.H$)(l)));
    const users = [...kept, ...added];
    return { users, changed: kept.length !== logins.length || added.length > 0 };
}

;// CONCATENATED MODULE: ./actions/lib/domain/desk/assign.ts



/** Active members who may be picked: not release managers, not Steering Council, not away today. */
function assignableMembers(roster, today) {
    return roster.members.filter((m) => !(0,domain_roster/* hasRole */.hf)(m, 'release-manager') && !(0,domain_roster/* hasRole */.hf)(m, 'steering-council') && !(0,domain_roster/* isAway */.Dg)(m, today));
}
/** Open reports each member coordinates (by login key), counting pending credits and not declined ones. */
function coordinatorLoads(members, open) {
    const loads = new Map(members.map((m) => [(0,domain_roster/* loginKey */.H$)(m.login), 0]));
    const index = new account/* PersonIndex */.O(members);
    for (const advisory of open) {
        for (const credit of (0,desk_advisory/* coordinatorCredits */.bR)(advisory)) {
            const member = index.find(credit);
            if (member)
                loads.set((0,domain_roster/* loginKey */.H$)(member.login), (loads.get((0,domain_roster/* loginKey */.H$)(member.login)) ?? 0) + 1);
        }
    }
    return loads;
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** The first index in a sorted list whose value is greater than `key`. */
function firstAfter(sorted, key) {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
        const mid = (low + high) >> 1;
        if (sorted[mid] <= key)
            low = mid + 1;
        else
            high = mid;
    }
    return low;
}
/**
 * Members grouped by how many open reports they coordinate, each group in login order: the next pick is
 * the first member of the lowest group after the rotation pointer (wrapping), so equals take turns.
 * Picking and counting cost a few steps per report, whatever the size of the roster.
 */
class CoordinatorPool {
    byLoad = new Map();
    load = new Map();
    members = new Map();
    constructor(members, loads) {
        for (const m of members) {
            const key = (0,domain_roster/* loginKey */.H$)(m.login);
            this.members.set(key, m);
            this.load.set(key, loads.get(key) ?? 0);
        }
        for (const [key, n] of this.load)
            this.byLoad.set(n, [...(this.byLoad.get(n) ?? []), key]);
        for (const group of this.byLoad.values())
            group.sort(cmp);
    }
    /** The member to assign, skipping `excluded` (login keys); undefined when nobody is left. */
    pick(lastAssigned, excluded) {
        const loads = [...this.byLoad.keys()].filter((n) => this.byLoad.get(n).length > 0).sort((a, b) => a - b);
        for (const n of loads) {
            const group = this.byLoad.get(n);
            const tied = group.length - [...excluded].filter((k) => this.load.get(k) === n).length;
            if (tied === 0)
                continue;
            const start = lastAssigned === null ? 0 : firstAfter(group, lastAssigned);
            for (let i = 0; i < group.length; i++) {
                const key = group[(start + i) % group.length];
                if (excluded.has(key))
                    continue;
                const why = tied === 1
                    ? `fewest open reports: ${n}`
                    : `fewest open reports: ${n}, with ${tied - 1} other(s); next in turn`;
                return { member: this.members.get(key), load: n, tied, why };
            }
        }
        return undefined;
    }
    /** Count one more open report for the member. */
    assign(login) {
        const key = (0,domain_roster/* loginKey */.H$)(login);
        const n = this.load.get(key);
        if (n === undefined)
            return;
        const from = this.byLoad.get(n);
        from.splice(from.indexOf(key), 1);
        const to = this.byLoad.get(n + 1) ?? [];
        to.splice(firstAfter(to, key), 0, key);
        this.byLoad.set(n + 1, to);
        this.load.set(key, n + 1);
    }
}
/** Who may not coordinate this advisory (login keys): its author, anyone who declined coordinating it. */
function excludedFor(advisory, members) {
    const out = new Set();
    const people = [
        ...(advisory.author ? [advisory.author] : []),
        ...advisory.credits.filter((c) => c.type === 'coordinator' && c.state === 'declined'),
    ];
    for (const p of people) {
        const member = members.find(p);
        if (member)
            out.add((0,domain_roster/* loginKey */.H$)(member.login));
    }
    return out;
}
/** The credits to write: every existing credit, then the coordinator. */
function creditsWithCoordinator(existing, login) {
    return [...existing.map((c) => ({ login: c.login, type: c.type })), { login, type: 'coordinator' }];
}
/**
 * The credits to write from a fresh read taken right before the PATCH: unchanged (changed: false) when a
 * coordinator appeared meanwhile, else every credit GitHub has now plus the coordinator.
 */
function mergeCredits(current, change) {
    const kept = current.map((c) => ({ login: c.login, type: c.type }));
    const present = current.some((c) => c.type === 'coordinator' && c.state !== 'declined');
    const person = change.id === undefined ? { login: change.login } : { login: change.login, id: change.id };
    const again = current.some((c) => c.type === 'coordinator' && (0,account/* isPerson */.K)(c, person));
    if (present || again)
        return { credits: kept, changed: false };
    return { credits: [...kept, { login: change.login, type: 'coordinator' }], changed: true };
}

;// CONCATENATED MODULE: ./actions/lib/domain/desk/planner.ts
// planSweep: everything the hourly sweep decides, from the advisories, the report files, the roster,
// the policy and the desk's memory. Pure: no I/O, no clock (now is given), same input → same plan.
//
// Fail closed: with `state: undefined` (the memory could not be read) nothing that could repeat is
// sent (reminders, escalations) and nobody is removed; coordinators and title tags, whose effects GitHub
// itself records, are still handled.












/** Who escalations go to: policy's team, or the admins not away (all admins when every one is away). */
function escalationTargets(settings, roster, today) {
    if (settings.escalateTo.startsWith('@'))
        return [settings.escalateTo.slice(1)];
    const all = (0,domain_roster/* admins */.ZQ)(roster);
    const present = all.filter((m) => !(0,domain_roster/* isAway */.Dg)(m, today));
    return (present.length > 0 ? present : all).map((m) => m.login);
}
function planTags(advisory, report, memory, ctx, firedKeys) {
    const tags = (0,desk_tags/* findTitleTags */.PX)(advisory.title);
    const out = { changes: [], notes: [] };
    if (tags.length === 0 && memory?.tagsSeen.EXPLOITED === undefined)
        return out;
    const base = { repo: advisory.repo, ghsaId: advisory.ghsaId };
    const open = (0,desk_advisory/* isOpen */.nT)(advisory);
    const closing = tags.filter((t) => desk_tags/* CLOSING_TAGS */.Ax.includes(t));
    const accepted = tags.includes('ACCEPTED');
    const acted = [];
    let to;
    let fork = false;
    const shown = (list) => list.map((t) => `[${t}]`).join(' ');
    if (closing.length > 0 && accepted) {
        out.notes.push({
            level: 'warning',
            ...base,
            text: `${base.ghsaId}: the title has both ${shown(['ACCEPTED'])} and ${shown(closing)}; nothing is done for them until one is removed.`,
        });
    }
    else if (closing.length > 0) {
        if (open) {
            to = 'closed';
            acted.push(...closing);
            out.closing = closing;
            if (closing.includes('COMPLETED') && advisory.state === 'triage' && closing.length === 1) {
                out.notes.push({
                    level: 'info',
                    ...base,
                    text: `${base.ghsaId} was never accepted and is closed as [COMPLETED]: if it was not a vulnerability, tell the reporter (the devguide's rejection reply).`,
                });
            }
            const template = (0,desk_tags/* templateForTags */.jY)(closing);
            if (template !== undefined) {
                const key = `template/${template}`;
                if (firedKeys === undefined || !firedKeys.has(key)) {
                    if (ctx.settings.commentsApi) {
                        out.changes.push({
                            kind: 'template-comment',
                            system: 'tags',
                            ...base,
                            template,
                            body: desk_tags/* TEMPLATE_REPLIES */.Kq[template],
                            key,
                        });
                    }
                    else {
                        out.notes.push({
                            level: 'info',
                            ...base,
                            text: `${base.ghsaId}: send the reporter the devguide's ${template === 'duplicate' ? '"duplicate report"' : '"rejecting a vulnerability report"'} reply by hand (advisory comments are off: reports.comments_api); the reminder comment tells the coordinator.`,
                        });
                    }
                }
            }
        }
        else if (advisory.state !== 'closed') {
            out.notes.push({
                level: 'warning',
                ...base,
                text: `${base.ghsaId} is ${advisory.state}: GitHub cannot close a ${advisory.state} advisory, so ${shown(closing)} is left in its title; remove it by hand.`,
            });
        }
    }
    else if (accepted) {
        if (advisory.state === 'triage' || advisory.state === 'draft') {
            if (advisory.state === 'triage')
                to = 'draft';
            acted.push('ACCEPTED');
            fork = advisory.privateFork === null;
        }
        else {
            out.notes.push({
                level: 'warning',
                ...base,
                text: `${base.ghsaId} is ${advisory.state}: [ACCEPTED] cannot move it back to draft (GitHub's API reopens nothing from here); reopen it by hand or remove the tag.`,
            });
        }
    }
    const exploitedNow = tags.includes('EXPLOITED');
    if (exploitedNow || memory?.tagsSeen.EXPLOITED !== undefined) {
        out.exploitedSeen = memory?.tagsSeen.EXPLOITED ?? (0,desk_time/* isoUtc */.u8)(ctx.now);
        if (report?.exploited === undefined && !ctx.exploitedPending.has(advisory.ghsaId)) {
            out.changes.push({
                kind: 'record-exploited',
                system: 'report-files',
                ...base,
                awareAt: out.exploitedSeen,
                approximate: true,
                previousSweepAt: ctx.previousSweepAt,
            });
        }
        if (exploitedNow && open)
            acted.push('EXPLOITED');
    }
    if (fork)
        out.changes.push({ kind: 'fork-create', system: 'tags', ...base });
    if (acted.length > 0) {
        out.changes.push({
            kind: 'tag-action',
            system: 'tags',
            ...base,
            tags: acted,
            from: advisory.state,
            ...(to ? { to } : {}),
            title: (0,desk_tags/* stripTitleTags */._2)(advisory.title, acted, advisory.ghsaId),
        });
    }
    return out;
}
function coordinatorsOf(advisory) {
    return (0,desk_advisory/* coordinatorCredits */.bR)(advisory).map((c) => c.login);
}
function snapshotOf(advisory, clock) {
    return {
        state: advisory.state,
        coordinators: coordinatorsOf(advisory).map(domain_roster/* loginKey */.H$).sort(),
        deadline: clock.deadline,
        cveId: advisory.cveId,
        updatedAt: advisory.updatedAt,
    };
}
function sinceLastSweep(previous, now) {
    const open = (s) => s.state === 'triage' || s.state === 'draft';
    if (!previous)
        return open(now) ? [{ what: 'new' }] : [];
    const events = [];
    if (previous.state === 'triage' && now.state === 'draft')
        events.push({ what: 'accepted' });
    if (open(previous) && !open(now))
        events.push({ what: 'finished', state: now.state });
    if (!open(previous) && open(now))
        events.push({ what: 'reopened', state: now.state });
    if (previous.coordinators.join(',') !== now.coordinators.join(','))
        events.push({ what: 'coordinator', from: previous.coordinators, to: now.coordinators });
    if (previous.deadline !== now.deadline)
        events.push({ what: 'deadline-moved', from: previous.deadline, to: now.deadline });
    if (previous.cveId === null && now.cveId !== null)
        events.push({ what: 'cve', cveId: now.cveId });
    return events;
}
function nextAction(advisory, clock, ctx) {
    const prefix = clock.overdue ? `overdue by ${clock.daysOverdue} day(s): ` : '';
    if (ctx.closing)
        return `closing (${ctx.closing.map((t) => `[${t}]`).join(' ')})`;
    if (ctx.assigning)
        return `${prefix}${ctx.assigning} assigned as coordinator by this sweep`;
    if (ctx.coordinators.length === 0) {
        const due = (0,desk_time/* addDaysToTime */.Ts)(new Date(clock.receivedAt), ctx.settings.autoAssignAfterDays);
        return due.getTime() > ctx.now.getTime()
            ? `${prefix}a coordinator is assigned automatically from ${(0,desk_time/* formatUtcTime */.fz)(due)}`
            : `${prefix}assign a coordinator by hand (no member could be)`;
    }
    if (advisory.state === 'triage')
        return `${prefix}decide: [ACCEPTED], or [CLOSED] / [INVALID] / [DUPLICATE]`;
    // (Not the severity: the lists the sweep reads do not carry it, and the dashboard must not change
    // with what a sweep happened to read.)
    if (advisory.cveId === null)
        return `${prefix}reserve a CVE id`;
    if (advisory.privateFork === null)
        return `${prefix}start the temporary private fork`;
    return `${prefix}fix merged publicly, advisory email sent, then [COMPLETED]`;
}
/** What a report's memory says was sent, asked key by key. */
class SentNotices {
    fired;
    through;
    constructor(memory) {
        this.fired = memory?.fired ?? {};
        this.through = sentThrough(this.fired);
    }
    has(key) {
        return isNoticeSent(this.fired, this.through, key);
    }
    /** The latest position sent in a sequence, -1 when none. */
    position(sequence) {
        return this.through.get(sequence) ?? -1;
    }
}
function planSweep(input) {
    const { now, roster, policy, state } = input;
    const settings = (0,desk_settings/* deskSettings */.bf)(policy);
    const nowIso = (0,desk_time/* isoUtc */.u8)(now);
    const today = (0,roster_rules/* isoDay */.kh)(now);
    const stateReadable = state !== undefined;
    const previousSweepAt = state?.sweptAt ?? null;
    const advisories = [...input.advisories].sort((a, b) => planner_cmp(a.repo, b.repo) || planner_cmp(a.ghsaId, b.ghsaId));
    const reportByGhsa = new Map();
    for (const r of input.reports)
        if (!reportByGhsa.has(r.ghsa))
            reportByGhsa.set(r.ghsa, r);
    // A Map: tens of thousands of lookups in an object of as many keys are slow.
    const memories = new Map(Object.entries(state?.reports ?? {}));
    const memoryOf = (ghsa) => memories.get(ghsa);
    const exploitedPending = new Set([...(input.exploitedPending ?? []), ...(input.reportProblems?.ghsas ?? [])]);
    const brokenReports = new Set(input.reportProblems?.ghsas ?? []);
    const blockRemovals = input.reportProblems?.blockRemovals;
    const escalation = escalationTargets(settings, roster, today);
    const people = new ProtectedPeople(roster);
    const notes = [];
    const reportFileChanges = [];
    const tagChanges = [];
    const assignChanges = [];
    const accessChanges = [];
    const cveChanges = [];
    const notices = [];
    const observedReports = {};
    if (!stateReadable) {
        notes.push({
            level: 'warning',
            text: `The desk's memory could not be read${input.stateProblem ? ` (${input.stateProblem})` : ''}: this sweep sends no reminder or escalation and removes nobody; it still assigns coordinators and acts on title tags. Fix the state file, or delete it to start afresh.`,
        });
    }
    // --- title tags -------------------------------------------------------------------------------------
    const closingNow = new Map();
    const exploitedSeen = new Map();
    for (const advisory of advisories) {
        const memory = memoryOf(advisory.ghsaId);
        const firedKeys = stateReadable ? new Set(Object.keys(memory?.fired ?? {})) : undefined;
        const outcome = planTags(advisory, reportByGhsa.get(advisory.ghsaId), memory, { settings, now, previousSweepAt, exploitedPending }, firedKeys);
        for (const c of outcome.changes)
            (c.kind === 'record-exploited' ? reportFileChanges : tagChanges).push(c);
        notes.push(...outcome.notes);
        if (outcome.closing)
            closingNow.set(advisory.ghsaId, outcome.closing);
        if (outcome.exploitedSeen)
            exploitedSeen.set(advisory.ghsaId, outcome.exploitedSeen);
        // The devguide's reply when comments are off: a notice to the coordinator, sent once.
        const template = outcome.closing ? (0,desk_tags/* templateForTags */.jY)(outcome.closing) : undefined;
        if (template !== undefined && !settings.commentsApi) {
            const key = `template/${template}`;
            if (firedKeys === undefined || !firedKeys.has(key)) {
                const coordinators = coordinatorsOf(advisory);
                notices.push({
                    kind: 'notify',
                    system: 'notices',
                    repo: advisory.repo,
                    ghsaId: advisory.ghsaId,
                    reason: { what: 'template', template },
                    to: coordinators.length > 0 ? coordinators : escalation,
                    escalated: coordinators.length === 0,
                    keys: [key],
                });
            }
        }
    }
    // Forks and comments before the PATCH that strips the tag: if they fail, the tag stays and asks again.
    tagChanges.sort((a, b) => planner_cmp(a.ghsaId, b.ghsaId) || TAG_ORDER[a.kind] - TAG_ORDER[b.kind]);
    // --- clocks and coordinators --------------------------------------------------------------------------
    const open = advisories.filter((a) => (0,desk_advisory/* isOpen */.nT)(a) && !closingNow.has(a.ghsaId));
    const clocks = new Map(advisories.map((a) => [a.ghsaId, (0,desk_clocks/* reportClock */.lJ)(a, reportByGhsa.get(a.ghsaId), settings.deadlineDays, now)]));
    const eligible = assignableMembers(roster, today);
    const eligibleIndex = new account/* PersonIndex */.O(eligible);
    const pool = new CoordinatorPool(eligible, coordinatorLoads(eligible, open));
    let lastAssigned = state?.rotation.lastAssigned ?? null;
    const assigned = new Map();
    const needing = open
        .filter((a) => (0,desk_advisory/* coordinatorCredits */.bR)(a).length === 0 && clocks.get(a.ghsaId).ageDays >= settings.autoAssignAfterDays)
        .sort((a, b) => planner_cmp(clocks.get(a.ghsaId).receivedAt, clocks.get(b.ghsaId).receivedAt) || planner_cmp(a.ghsaId, b.ghsaId));
    const unassignable = [];
    for (const advisory of needing) {
        const pick = pool.pick(lastAssigned, excludedFor(advisory, eligibleIndex));
        if (!pick) {
            unassignable.push(advisory);
            continue;
        }
        const key = (0,domain_roster/* loginKey */.H$)(pick.member.login);
        assignChanges.push({
            kind: 'assign-coordinator',
            system: 'coordinators',
            repo: advisory.repo,
            ghsaId: advisory.ghsaId,
            login: pick.member.login,
            ...(pick.member.id !== undefined ? { id: pick.member.id } : {}),
            credits: creditsWithCoordinator(advisory.credits, pick.member.login),
            openReports: pick.load,
            why: pick.why,
        });
        pool.assign(pick.member.login);
        lastAssigned = key;
        assigned.set(advisory.ghsaId, pick.member);
    }
    if (unassignable.length > 0) {
        notes.push({
            level: 'warning',
            text: `no member can be assigned (every active member is a release manager, on the Steering Council, away, or the report's author): ${unassignable.map((a) => a.ghsaId).join(', ')}. Assign a coordinator by hand.`,
        });
    }
    // --- notices: reminders, overdue, stale, unassigned -----------------------------------------------------
    const tagActed = new Set(tagChanges.filter((c) => c.kind === 'tag-action').map((c) => c.ghsaId));
    const unassignableIds = new Set(unassignable.map((a) => a.ghsaId));
    if (stateReadable) {
        for (const advisory of open) {
            const memory = memoryOf(advisory.ghsaId);
            const clock = clocks.get(advisory.ghsaId);
            const assignee = assigned.get(advisory.ghsaId);
            const coordinators = assignee ? [assignee.login] : coordinatorsOf(advisory);
            const base = {
                kind: 'notify',
                system: 'notices',
                repo: advisory.repo,
                ghsaId: advisory.ghsaId,
            };
            const toCoordinators = () => coordinators.length > 0 ? { to: coordinators, escalated: false } : { to: escalation, escalated: true };
            // Every threshold passed unseen goes in one line, named after the latest; each is listed.
            const sent = new SentNotices(memory);
            // Only the thresholds after the latest sent: a report long overdue costs nothing per sweep.
            const after = sent.position('deadline');
            const thresholds = (0,desk_clocks/* reminderThresholds */.fI)(settings, clock.ageDays, after);
            const due = thresholds.map((t) => `${t.kind}/day-${t.day}`);
            if (due.length > 0) {
                const latest = thresholds.at(-1);
                const reason = latest.kind === 'reminder'
                    ? { what: 'reminder', day: latest.day, deadline: clock.deadline, daysLeft: clock.daysLeft }
                    : { what: 'overdue', day: latest.day, deadline: clock.deadline, daysOverdue: clock.daysOverdue ?? 0 };
                const who = latest.kind === 'overdue'
                    ? { to: unique([...coordinators, ...escalation]), escalated: true }
                    : toCoordinators();
                notices.push({ ...base, reason, ...who, keys: due });
            }
            // A report this sweep edits (coordinator, tag) is being updated now: no stale nudge for it.
            const touched = assignee !== undefined || tagActed.has(advisory.ghsaId);
            if (settings.staleAfterDays !== undefined && !touched) {
                // One nudge per period without an update; periods passed unseen are covered by the latest.
                const updated = new Date(advisory.updatedAt);
                const idle = now.getTime() - updated.getTime();
                const periods = Math.floor(idle / (settings.staleAfterDays * desk_time/* DAY_MS */.sO));
                const updatedIso = periods >= 1 ? (0,desk_time/* isoUtcText */.rm)(advisory.updatedAt) : '';
                if (periods >= 1 && periods > sent.position(`stale/${updatedIso}`)) {
                    notices.push({
                        ...base,
                        reason: { what: 'stale', idleDays: (0,desk_time/* wholeDaysBetween */.vr)(updated, now), updatedAt: updatedIso },
                        ...toCoordinators(),
                        keys: [`stale/${updatedIso}/${periods}`],
                    });
                }
            }
            if (unassignableIds.has(advisory.ghsaId)) {
                const due = sent.has('unassigned') ? [] : ['unassigned'];
                if (due.length > 0)
                    notices.push({
                        ...base,
                        reason: { what: 'unassigned', ageDays: clock.ageDays },
                        to: escalation,
                        escalated: true,
                        keys: due,
                    });
            }
        }
    }
    // --- CRA clocks -----------------------------------------------------------------------------------------
    const advisoryByGhsa = new Map(advisories.map((a) => [a.ghsaId, a]));
    const craGhsas = new Set([
        ...input.reports.filter((r) => r.exploited !== undefined).map((r) => r.ghsa),
        ...exploitedSeen.keys(),
    ]);
    for (const [ghsa, memory] of memories)
        if (memory.tagsSeen.EXPLOITED !== undefined)
            craGhsas.add(ghsa);
    const cra = [];
    for (const ghsa of [...craGhsas].sort()) {
        const file = reportByGhsa.get(ghsa);
        const advisory = advisoryByGhsa.get(ghsa);
        const seen = exploitedSeen.get(ghsa) ?? memoryOf(ghsa)?.tagsSeen.EXPLOITED;
        const exploitation = file?.exploited ?? (seen !== undefined ? { aware_at: seen, approximate: true } : undefined);
        const repo = file?.repo ?? advisory?.repo ?? memoryOf(ghsa)?.repo;
        if (exploitation === undefined || repo === undefined)
            continue;
        const report = {
            repo,
            ghsaId: ghsa,
            awareAt: (0,desk_time/* isoUtc */.u8)(new Date(exploitation.aware_at)),
            awareFrom: file?.exploited ? 'report-file' : 'title-tag',
            approximate: exploitation.approximate === true || !file?.exploited,
            ...(exploitation.fix_available_at ? { fixAvailableAt: (0,desk_time/* isoUtc */.u8)(new Date(exploitation.fix_available_at)) } : {}),
            clocks: (0,desk_clocks/* craClocks */.IR)(exploitation, now),
        };
        cra.push(report);
        if (!stateReadable)
            continue;
        const sent = new SentNotices(memoryOf(ghsa));
        const coordinators = advisory ? coordinatorsOf(advisory) : [];
        for (const clock of report.clocks) {
            if (clock.status === 'met' || clock.due === undefined || clock.halfTime === undefined)
                continue;
            const all = [];
            const due = new Date(clock.due);
            if (now.getTime() >= new Date(clock.halfTime).getTime())
                all.push({ key: `cra/${clock.step}/half-time`, phase: 'half-time' });
            if (now.getTime() >= due.getTime()) {
                all.push({ key: `cra/${clock.step}/expired`, phase: 'expired' });
                // Repeats passed unseen are covered by the latest.
                const repeats = Math.floor((now.getTime() - due.getTime()) / (settings.craRepeatEveryHours * desk_time/* HOUR_MS */.iQ));
                if (repeats > 0)
                    all.push({ key: `cra/${clock.step}/repeat-${repeats}`, phase: 'still-unmet' });
            }
            const pending = all.filter((t) => !sent.has(t.key));
            if (pending.length === 0)
                continue;
            notices.push({
                kind: 'notify',
                system: 'notices',
                repo,
                ghsaId: ghsa,
                reason: { what: 'cra', step: clock.step, phase: pending.at(-1).phase, due: clock.due },
                to: unique([...escalation, ...coordinators]),
                escalated: true,
                keys: pending.map((t) => t.key),
            });
        }
    }
    cra.sort((a, b) => planner_cmp(nextCraDue(a), nextCraDue(b)) || planner_cmp(a.ghsaId, b.ghsaId));
    // --- the CNA's 24-hour clocks (advisory email → CVE record published) ------------------------------------
    const cna = cnaClockViews(input.cnaPublications ?? [], reportByGhsa, now);
    const cnaTargets = cnaNoticeTargets(policy, escalation);
    const cnaPublished = new Map();
    for (const view of cna) {
        if (view.clock.state === 'published' || view.clock.state === 'published-early') {
            cnaPublished.set(view.ghsaId, {
                cveId: view.cveId,
                at: view.clock.publishedAt ? (0,desk_time/* isoUtcText */.rm)(view.clock.publishedAt) : nowIso,
            });
            continue;
        }
        if (!stateReadable)
            continue;
        const sent = new SentNotices(memoryOf(view.ghsaId));
        const pending = cnaThresholds(view.cveId, view.clock, now).filter((t) => !sent.has(t.key));
        const last = pending.at(-1);
        if (!last)
            continue;
        const late = last.phase === 'overdue' || last.phase === 'still-overdue';
        notices.push({
            kind: 'notify',
            system: 'notices',
            repo: view.repo,
            ghsaId: view.ghsaId,
            reason: {
                what: 'cna',
                cveId: view.cveId,
                phase: last.phase,
                ...(view.clock.dueAt ? { due: view.clock.dueAt } : {}),
            },
            to: late ? unique([...cnaTargets, ...escalation]) : cnaTargets,
            escalated: late,
            keys: pending.map((t) => t.key),
        });
    }
    // --- access ---------------------------------------------------------------------------------------------
    const outsideAccess = [];
    const adoptedBy = new Map();
    for (const advisory of advisories) {
        if (brokenReports.has(advisory.ghsaId)) {
            // Its grants are unknown: neither add nor remove anyone, and keep what the memory knew.
            adoptedBy.set(advisory.ghsaId, memoryOf(advisory.ghsaId)?.adopted ?? {});
            notes.push({
                level: 'warning',
                repo: advisory.repo,
                ghsaId: advisory.ghsaId,
                text: `${advisory.ghsaId}: its report file cannot be read (npx psrt validate): nobody's access to it changes until it is fixed.`,
            });
            continue;
        }
        const plan = planAdvisoryAccess({
            advisory,
            report: reportByGhsa.get(advisory.ghsaId),
            memory: memoryOf(advisory.ghsaId),
            people,
            settings,
            now,
            stateReadable,
            allowRemovals: blockRemovals === undefined,
        });
        if (plan.change)
            accessChanges.push(plan.change);
        outsideAccess.push(...plan.views);
        adoptedBy.set(advisory.ghsaId, plan.adopted);
    }
    if (blockRemovals !== undefined)
        notes.push({ level: 'warning', text: `Nobody is removed from any advisory in this sweep: ${blockRemovals}` });
    // --- CVE reservations -----------------------------------------------------------------------------------
    const reservationsToReject = [];
    const carried = new Set(advisories.flatMap((a) => (a.cveId ? [a.cveId] : [])));
    const reservations = (state?.cveReservations ?? []).map((r) => ({ ...r }));
    for (const r of reservations) {
        if (carried.has(r.cveId)) {
            r.written = true;
            continue;
        }
        const advisory = advisoryByGhsa.get(r.ghsa);
        if (!advisory)
            continue; // not read: whether it is used cannot be told
        if (!r.written && (0,desk_advisory/* isOpen */.nT)(advisory) && advisory.cveId === null) {
            cveChanges.push({ kind: 'cve-id-write', system: 'cve', repo: r.repo, ghsaId: r.ghsa, cveId: r.cveId });
            continue;
        }
        reservationsToReject.push({
            ...r,
            why: advisory.cveId
                ? `${r.ghsa} carries ${advisory.cveId} instead`
                : (0,desk_advisory/* isOpen */.nT)(advisory)
                    ? `${r.ghsa} no longer carries it`
                    : `${r.ghsa} is ${advisory.state} without it`,
        });
    }
    // --- views, since the last sweep, the observed state ------------------------------------------------------
    const reports = [];
    const since = [];
    for (const advisory of advisories) {
        const clock = clocks.get(advisory.ghsaId);
        const snapshot = snapshotOf(advisory, clock);
        const memory = memoryOf(advisory.ghsaId);
        if (stateReadable) {
            const events = sinceLastSweep(memory?.snapshot, snapshot);
            if (events.length > 0)
                since.push({ repo: advisory.repo, ghsaId: advisory.ghsaId, events });
            const tagsSeen = {};
            for (const tag of (0,desk_tags/* findTitleTags */.PX)(advisory.title))
                tagsSeen[tag] = memory?.tagsSeen[tag] ?? nowIso;
            const exploited = exploitedSeen.get(advisory.ghsaId);
            if (exploited !== undefined && reportByGhsa.get(advisory.ghsaId)?.exploited === undefined)
                tagsSeen.EXPLOITED = exploited;
            observedReports[advisory.ghsaId] = {
                repo: advisory.repo,
                snapshot,
                fired: currentKeys(memory?.fired ?? {}, advisory),
                tagsSeen,
                adopted: adoptedBy.get(advisory.ghsaId) ?? {},
            };
        }
        if (!(0,desk_advisory/* isOpen */.nT)(advisory))
            continue;
        const assignee = assigned.get(advisory.ghsaId);
        const coordinators = coordinatorsOf(advisory);
        const closing = closingNow.get(advisory.ghsaId);
        reports.push({
            repo: advisory.repo,
            ghsaId: advisory.ghsaId,
            state: advisory.state,
            coordinators,
            ...(assignee ? { assigning: assignee.login } : {}),
            clock,
            cveId: advisory.cveId,
            exploited: craGhsas.has(advisory.ghsaId),
            nextAction: nextAction(advisory, clock, {
                ...(closing ? { closing } : {}),
                ...(assignee ? { assigning: assignee.login } : {}),
                coordinators,
                settings,
                now,
            }),
        });
    }
    reports.sort((a, b) => Number(b.exploited) - Number(a.exploited) || planner_cmp(a.clock.deadline, b.clock.deadline) || planner_cmp(a.ghsaId, b.ghsaId));
    if (stateReadable) {
        // A record seen published: its clock is done, and the memory says so (no further read of it).
        for (const [ghsa, seen] of cnaPublished) {
            const memory = observedReports[ghsa];
            if (!memory)
                continue;
            const prefix = `cna/${seen.cveId}/`;
            memory.fired = {
                ...Object.fromEntries(Object.entries(memory.fired).filter(([k]) => !k.startsWith(prefix))),
                [cnaPublishedKey(seen.cveId)]: seen.at,
            };
        }
        // Reports known only through their CRA clocks keep their memory (the notices sent).
        for (const report of cra) {
            if (observedReports[report.ghsaId])
                continue;
            const memory = memoryOf(report.ghsaId) ?? emptyReportMemory(report.repo);
            const keepSeen = memory.tagsSeen.EXPLOITED !== undefined && report.awareFrom === 'title-tag';
            observedReports[report.ghsaId] = {
                ...memory,
                snapshot: null,
                adopted: {},
                tagsSeen: keepSeen ? { EXPLOITED: memory.tagsSeen.EXPLOITED } : {},
            };
        }
    }
    if (previousSweepAt !== null && reportFileChanges.length > 0) {
        notes.push({
            level: 'info',
            text: `aware_at of a report first seen tagged [EXPLOITED] is the time of this sweep: the tag was set after the previous sweep (${(0,desk_time/* formatUtcTime */.fz)(previousSweepAt)}), so the true time is earlier by up to one sweep interval. Correct it in the report file if it is known.`,
        });
    }
    const changes = [
        ...reportFileChanges,
        ...tagChanges,
        ...assignChanges,
        ...accessChanges,
        ...cveChanges,
        ...orderNotices(notices),
    ];
    const losingAccess = changes.flatMap((c) => c.kind === 'access' ? c.remove.map((r) => ({ login: r.login, repo: c.repo, ghsaId: c.ghsaId, why: r.why })) : []);
    return {
        now: nowIso,
        previousSweepAt,
        stateReadable,
        ...(input.stateProblem !== undefined ? { stateProblem: input.stateProblem } : {}),
        changes,
        notes,
        reports,
        cra,
        cna,
        outsideAccess,
        reservationsToReject,
        sinceLastSweep: since,
        losingAccess,
        observed: stateReadable
            ? {
                version: state.version,
                sweptAt: state.sweptAt,
                reports: observedReports,
                rotation: { ...state.rotation },
                cveReservations: reservations,
                dashboardHash: state.dashboardHash,
                lastChanges: state.lastChanges,
            }
            : undefined,
    };
}
const TAG_ORDER = {
    'record-exploited': 0,
    'fork-create': 1,
    'template-comment': 2,
    'tag-action': 3,
    'assign-coordinator': 4,
    access: 5,
    'member-access': 5,
    'cve-reserve': 6,
    'cve-id-write': 6,
    notify: 7,
};
const NOTICE_ORDER = {
    cra: 0,
    cna: 1,
    overdue: 2,
    unassigned: 3,
    reminder: 4,
    stale: 5,
    template: 6,
};
/** CRA first, then the deadline clock, then the rest; within a kind by report. */
function orderNotices(notices) {
    return [...notices].sort((a, b) => NOTICE_ORDER[a.reason.what] - NOTICE_ORDER[b.reason.what] || planner_cmp(a.ghsaId, b.ghsaId));
}
/** Stale keys of an older update are dropped (the clock restarted); each sequence keeps its latest key. */
function currentKeys(fired, advisory) {
    const keys = Object.keys(fired);
    if (keys.length === 0)
        return {};
    if (!keys.some((k) => k.startsWith('stale/')))
        return compactFired(fired);
    const prefix = `stale/${(0,desk_time/* isoUtcText */.rm)(advisory.updatedAt)}/`;
    return compactFired(Object.fromEntries(Object.entries(fired).filter(([k]) => !k.startsWith('stale/') || k.startsWith(prefix))));
}
/** The earliest due time among a report's unmet CRA steps (met or waiting reports sort last). */
function nextCraDue(report) {
    const due = report.clocks.filter((c) => c.status !== 'met' && c.due !== undefined).map((c) => c.due);
    return due.sort()[0] ?? '9999';
}
function unique(list) {
    const seen = new Set();
    return list.filter((x) => {
        const k = (0,domain_roster/* loginKey */.H$)(x);
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}
function planner_cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./actions/lib/domain/desk/sweep-job.ts










/** The desk's memory lives on its own branch of the ops repo, in one file (STATE.md). */
const DESK_STATE_BRANCH = 'psrt/desk-state';
const DESK_STATE_PATH = 'desk-state.json';
/** Marks the dashboard issue the tool keeps (found by label, told apart from people's issues by this). */
const DASHBOARD_MARKER = '<!-- psrt-ops:report-desk-dashboard -->';
const DASHBOARD_TITLE = 'PSRT report desk';
/** Open reports the desk has never seen (no memory of them): they get the PSRT's access in this sweep. */
function newReports(input) {
    return input.advisories.filter((a) => (0,desk_advisory/* isOpen */.nT)(a) && !input.state?.reports[a.ghsaId]?.snapshot);
}
/** What the dashboard shows as changed: this sweep's findings, else the last sweep's that found any. */
function lastChangesOf(plan, previous) {
    return plan.sinceLastSweep.length > 0 ? { at: plan.now, reports: plan.sinceLastSweep } : previous;
}
/** The memory to store for a plan's observations (before any change's effect). */
function observedState(plan, lastChanges, dashboardHash) {
    return plan.observed ? { ...plan.observed, sweptAt: plan.now, lastChanges, dashboardHash } : undefined;
}
/** Two memories hold the same, when the time of the sweep that wrote them is left aside. */
function sameDeskState(a, b) {
    return serializeDeskState({ ...a, sweptAt: null }) === serializeDeskState({ ...b, sweptAt: null });
}
function planMemberAccess(input, closing) {
    if (!input.orgMembers)
        return [];
    const { roster, policy } = input;
    const org = new account/* PersonIndex */.O(input.orgMembers);
    const planner = (0,advisory_access/* memberAccessPlanner */.P)({
        org: policy.org,
        team: policy.team,
        members: roster.members,
        isOrgMember: (p) => org.has(p),
    });
    const out = [];
    for (const advisory of newReports(input)) {
        if (closing.has(advisory.ghsaId))
            continue;
        const edit = planner.plan(advisory);
        if (!edit)
            continue;
        out.push({
            kind: 'member-access',
            system: 'access',
            repo: advisory.repo,
            ghsaId: advisory.ghsaId,
            addTeams: edit.addTeams,
            addUsers: edit.addUsers,
            removeUsers: [],
        });
    }
    return out;
}
/**
 * Reserve on accept: a draft (or a report this sweep accepts) without a CVE id and without a
 * reservation in the memory gets one. Without a readable memory, or without credentials, nothing is
 * reserved (a reservation must be recorded before it is written), and the plan says so.
 */
function planReservations(input, desk, notes) {
    const tagMoves = new Map();
    for (const c of desk.changes)
        if (c.kind === 'tag-action')
            tagMoves.set(c.ghsaId, c.to);
    const reserved = new Set((input.state?.cveReservations ?? []).map((r) => r.ghsa));
    const wanting = input.advisories.filter((a) => {
        const move = tagMoves.get(a.ghsaId);
        const draft = move === 'draft' || (a.state === 'draft' && move !== 'closed');
        return draft && a.cveId === null && !reserved.has(a.ghsaId);
    });
    if (wanting.length === 0)
        return [];
    const ids = wanting.map((a) => a.ghsaId).join(', ');
    if (!input.state) {
        notes.push({
            level: 'warning',
            text: `No CVE id is reserved while the desk's memory cannot be read (a reservation is recorded there first): ${ids}.`,
        });
        return [];
    }
    if (!input.cveCredentials) {
        notes.push({
            level: 'info',
            text: `No CVE id is reserved: CVE Services credentials are not set (CVE_API_ORG, CVE_API_USER, CVE_API_KEY). Accepted without one: ${ids}.`,
        });
        return [];
    }
    return wanting.map((a) => ({
        kind: 'cve-reserve',
        system: 'cve',
        repo: a.repo,
        ghsaId: a.ghsaId,
        year: new Date(desk.now).getUTCFullYear(),
        shortName: input.policy.cna.short_name,
    }));
}
function guards(input, desk, changes) {
    const out = [
        { guard: 'reads', ok: true, detail: 'every read of GitHub completed' },
        {
            guard: 'ops-repo-private',
            ok: input.opsRepoPrivate,
            detail: input.opsRepoPrivate
                ? `${input.opsRepo} is private: the dashboard and reminders may go there`
                : `${input.opsRepo} is not private: the dashboard and reminders name reports under embargo, so nothing is written. Make the repository private.`,
        },
    ];
    const people = new Set(changes.flatMap((c) => (c.kind === 'dashboard' || c.kind === 'desk-state' ? [] : removedPeopleOf(c))));
    const active = input.roster.members.length;
    const share = active === 0 ? (people.size > 0 ? 1 : 0) : people.size / active;
    const limit = input.policy.guards.max_removal_share;
    const pct = (x) => `${Math.round(x * 1000) / 10}%`;
    const base = `${people.size} person(s) would lose access to an advisory, ${pct(share)} of ${active} member(s); limit ${pct(limit)} (guards.max_removal_share)`;
    const tooMany = share > limit;
    out.push(tooMany && input.allowLargeRemoval
        ? {
            guard: 'removal-share',
            ok: true,
            overridden: input.allowLargeRemoval,
            detail: `${base}; overridden: "${input.allowLargeRemoval}"`,
        }
        : {
            guard: 'removal-share',
            ok: !tooMany,
            detail: tooMany ? `${base}. If this is intended, run again with allow-large-removal and a reason.` : base,
        });
    // The template reply goes with its tag, which the same sweep removes: it cannot repeat, memory or not.
    const sends = changes.some((c) => c.kind === 'notify' && c.reason.what !== 'template') || people.size > 0;
    out.push({
        guard: 'desk-memory',
        ok: desk.stateReadable || !sends,
        detail: desk.stateReadable
            ? "the desk's memory was read: nothing already sent is sent again"
            : "the desk's memory could not be read: no reminder, escalation or removal is planned",
    });
    return out;
}
function planSweepJob(input) {
    const desk = planSweep(input);
    const settings = (0,desk_settings/* deskSettings */.bf)(input.policy);
    const notes = [...desk.notes];
    const closing = new Set(desk.changes.flatMap((c) => (c.kind === 'tag-action' && c.to === 'closed' ? [c.ghsaId] : [])));
    const memberAccess = planMemberAccess(input, closing);
    const reservations = planReservations(input, desk, notes);
    // Apply order: report files, tags, coordinators, access, CVE ids, notices (then the dashboard and memory).
    const order = ['report-files', 'tags', 'coordinators', 'access', 'cve', 'notices'];
    const reportChanges = [...desk.changes, ...memberAccess, ...reservations].sort((a, b) => order.indexOf(a.system) - order.indexOf(b.system));
    const changes = [...reportChanges];
    const scope = {
        opsRepo: input.opsRepo,
        label: settings.dashboardLabel,
        stateBranch: DESK_STATE_BRANCH,
        statePath: DESK_STATE_PATH,
    };
    const lastChanges = lastChangesOf(desk, input.state?.lastChanges ?? null);
    const fingerprint = dashboardFingerprint(desk, { advisories: input.advisories, changes: lastChanges });
    // Any change to a report shows on the dashboard; otherwise it is rewritten only when what it shows moved.
    const viewChanges = reportChanges.some((c) => c.kind !== 'notify');
    if (viewChanges || fingerprint !== input.state?.dashboardHash)
        changes.push({ kind: 'dashboard', system: 'dashboard', repo: input.opsRepo, label: settings.dashboardLabel });
    const observed = observedState(desk, lastChanges, input.state?.dashboardHash ?? null);
    if (observed && input.state && (changes.length > 0 || !sameDeskState(observed, input.state)))
        changes.push({
            kind: 'desk-state',
            system: 'state',
            repo: input.opsRepo,
            branch: DESK_STATE_BRANCH,
            path: DESK_STATE_PATH,
        });
    return {
        desk,
        input,
        scope,
        changes,
        notes,
        guards: guards(input, desk, changes),
        activeMembers: input.roster.members.length,
        lastChanges,
    };
}
/**
 * The desk after an apply, as the next sweep will find it: the memory is what that sweep would
 * observe (snapshots of the advisories as written, tags gone from titles, adopted collaborators
 * removed, notices and reservations recorded), so a sweep right after plans nothing.
 */
function settleSweep(s) {
    const { plan } = s;
    const previous = plan.input.state;
    let next = nextDeskState(plan.desk, s.applied);
    if (!next || !previous) {
        const view = planSweep({ ...plan.input, advisories: s.advisories, state: undefined });
        return { view, state: undefined, lastChanges: null };
    }
    for (const r of s.reservations)
        next = withCveReservation(next, r);
    // "What changed" compares with the memory the sweep started from, so this sweep's own changes count.
    const reports = Object.fromEntries(Object.entries(next.reports).map(([ghsa, m]) => [
        ghsa,
        { ...m, snapshot: previous.reports[ghsa]?.snapshot ?? null },
    ]));
    // A record this sweep saw published is no candidate of the next read: nor of the view stored here.
    const cnaPublications = (plan.input.cnaPublications ?? []).filter((p) => next.reports[p.ghsaId]?.fired[cnaPublishedKey(p.cveId)] === undefined);
    const view = planSweep({
        ...plan.input,
        cnaPublications,
        advisories: s.advisories,
        state: { ...next, reports },
        exploitedPending: [...(plan.input.exploitedPending ?? []), ...s.exploitedPending],
    });
    const lastChanges = lastChangesOf(view, previous.lastChanges);
    const state = observedState(view, lastChanges, null);
    for (const ghsa of s.retryNew) {
        const memory = state.reports[ghsa];
        if (memory && !previous.reports[ghsa]?.snapshot)
            state.reports[ghsa] = { ...memory, snapshot: null };
    }
    state.dashboardHash = dashboardFingerprint(view, { advisories: s.advisories, changes: lastChanges });
    return { view, state, lastChanges };
}

// EXTERNAL MODULE: ./actions/lib/jobs/job.ts
var job = __webpack_require__(832);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./actions/lib/clients/cve-services.ts
var cve_services = __webpack_require__(9922);
;// CONCATENATED MODULE: ./actions/lib/domain/desk/reminders.ts
// The reminder comment: one per sweep that has new notices, on the dashboard issue in the private
// ops repo. Each person (or group, for escalations) is @-mentioned once, with their report ids and
// what is due. Ids only: titles stay on the dashboard, out of notification emails.



/** GitHub's limit for a comment body, less room for what the caller adds. */
const COMMENT_MAX_CHARS = 65_536 - 1_536;
/** Mentions per comment, kept low so a backlog cannot turn one comment into a mass ping. */
const COMMENT_MAX_MENTIONS = 50;
const FOOTER = '\nThe dashboard above is kept current every hour; reply here if a reminder is wrong.\n';
/**
 * The comment for this sweep's notices, most urgent first (the plan's order: CRA, overdue, unassigned,
 * reminders, stale, templates), as many as fit; undefined when the plan has no notice.
 */
function renderReminderComment(plan, limits = {}) {
    const maxChars = limits.maxChars ?? COMMENT_MAX_CHARS;
    const maxMentions = limits.maxMentions ?? COMMENT_MAX_MENTIONS;
    const all = plan.changes.filter((c) => c.kind === 'notify');
    if (all.length === 0)
        return undefined;
    const groups = new Map();
    const mentioned = new Set();
    const carried = [];
    const deferred = [];
    const head = `**Report desk**, sweep of ${(0,desk_time/* formatUtcTime */.fz)(plan.now)}:\n`;
    // Room for the line saying how many notices wait for the next sweep.
    let length = head.length + FOOTER.length + 100;
    for (const n of all) {
        const key = n.to
            .map((l) => l.toLowerCase())
            .sort()
            .join(' ');
        const group = groups.get(key);
        const line = itemLine(n).length + 1;
        const newMentions = n.to.filter((l) => !mentioned.has(l.toLowerCase()));
        const cost = line + (group ? 0 : groupLine(n.to, n.escalated).length + 1);
        if (length + cost > maxChars || mentioned.size + (group ? 0 : newMentions.length) > maxMentions) {
            deferred.push(n);
            continue;
        }
        length += cost;
        if (group) {
            group.items.push(n);
            group.escalated ||= n.escalated;
        }
        else {
            groups.set(key, { to: n.to, escalated: n.escalated, items: [n] });
            for (const l of n.to)
                mentioned.add(l.toLowerCase());
        }
        carried.push(n);
    }
    if (carried.length === 0)
        return { body: '', notices: [], deferred };
    const out = [head];
    for (const group of groups.values()) {
        out.push(groupLine(group.to, group.escalated));
        for (const n of group.items)
            out.push(itemLine(n));
    }
    if (deferred.length > 0)
        out.push('', `${deferred.length} more notice(s) did not fit in this comment; the next sweep sends them.`);
    return { body: out.join('\n') + '\n' + FOOTER, notices: carried, deferred };
}
function groupLine(to, escalated) {
    return `- ${to.map((l) => `@${l}`).join(' ')}${escalated ? ' (escalation)' : ''}:`;
}
function itemLine(n) {
    return `  - [${n.ghsaId}](${(0,desk_advisory/* advisoryUrl */.Le)(n.repo, n.ghsaId)}) (${n.repo}): ${describeNoticeReason(n.reason, n.keys)}`;
}

// EXTERNAL MODULE: ./actions/lib/domain/policy.ts
var policy = __webpack_require__(4189);
// EXTERNAL MODULE: ./actions/lib/domain/report-edit.ts
var report_edit = __webpack_require__(8818);
// EXTERNAL MODULE: ./actions/lib/jobs/report-pr.ts
var report_pr = __webpack_require__(1952);
// EXTERNAL MODULE: ./actions/lib/jobs/tool-pr.ts
var tool_pr = __webpack_require__(2764);
// EXTERNAL MODULE: ./actions/lib/config/report-files.ts
var report_files = __webpack_require__(3849);
// EXTERNAL MODULE: ./actions/lib/config/load.ts + 1 modules
var load = __webpack_require__(874);
// EXTERNAL MODULE: ./actions/lib/domain/cve/format.ts
var format = __webpack_require__(8613);
// EXTERNAL MODULE: ./actions/lib/jobs/reading.ts
var reading = __webpack_require__(3307);
// EXTERNAL MODULE: ./actions/lib/jobs/validate.ts
var validate = __webpack_require__(1705);
;// CONCATENATED MODULE: ./actions/lib/jobs/sweep/read.ts















function ghForOf(deps) {
    return deps.ghFor ?? (() => deps.gh);
}
/** An advisory from a list answer (no text): the title is given separately. */
function deskAdvisoryFromRecord(repo, a, title) {
    const created = a.created_at ?? a.updated_at;
    if (created === null)
        throw new Error(`${a.ghsa_id} (${repo}) came without created_at or updated_at`);
    return {
        repo,
        ghsaId: a.ghsa_id,
        title,
        state: a.state,
        createdAt: created,
        updatedAt: a.updated_at ?? created,
        closedAt: a.closed_at,
        publishedAt: a.published_at,
        withdrawnAt: a.withdrawn_at,
        cveId: a.cve_id,
        credits: (a.credits_detailed ?? []).map((c) => ({
            login: c.user.login,
            id: c.user.id,
            type: c.type,
            state: c.state,
        })),
        collaboratingUsers: (a.collaborating_users ?? []).map((u) => ({ login: u.login, id: u.id })),
        collaboratingTeams: (a.collaborating_teams ?? []).map((t) => t.slug),
        privateFork: a.private_fork?.full_name ?? null,
        author: a.author ? { login: a.author.login, id: a.author.id } : null,
        // The lists carry no severity; the desk does not use it.
        hasSeverity: false,
    };
}
/**
 * Why a title can matter: the advisory changed since the memory saw it ('changed'), or a tag is still in
 * play ('tagged'); undefined when it cannot.
 */
function needsTitle(a, state, file) {
    if (!state)
        return 'changed';
    const memory = state.reports[a.ghsaId];
    if (!memory?.snapshot || memory.snapshot.updatedAt !== a.updatedAt)
        return 'changed';
    const tags = Object.keys(memory.tagsSeen);
    const inPlay = tags.some((t) => t !== 'EXPLOITED') || (tags.includes('EXPLOITED') && file?.exploited === undefined);
    return inPlay ? 'tagged' : undefined;
}
async function readState(gh, opsRepo) {
    let file;
    try {
        file = await gh.readLargeFile(opsRepo, DESK_STATE_PATH, DESK_STATE_BRANCH);
    }
    catch (err) {
        return {
            state: undefined,
            problem: `${DESK_STATE_PATH} on branch ${DESK_STATE_BRANCH} could not be read: ${(0,reading/* describeReadError */.U)(err)}`,
        };
    }
    // No file (no branch yet): a desk that has never swept.
    if (!file)
        return { state: emptyDeskState() };
    try {
        return { state: parseDeskState(file.text), sha: file.sha };
    }
    catch (err) {
        if (err instanceof DeskStateError)
            return { state: undefined, problem: err.detail, sha: file.sha };
        throw err;
    }
}
async function readReports(paths, config, now) {
    const { dir, display } = (0,validate/* reportsDirOf */._J)(paths);
    const loaded = await (0,report_files/* loadReportFiles */.sK)(dir, display, config.policy, now);
    const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
    const ghsas = new Set();
    let blockRemovals;
    for (const d of errors) {
        const stem = (0,report_files/* reportStem */.gm)(d.file);
        if ((0,ids/* isGhsaId */.tb)(stem))
            ghsas.add(stem);
        else
            blockRemovals ??= `${d.file} is not a report file the desk can read (npx psrt validate), so which grants it holds is unknown.`;
    }
    return {
        reports: [...loaded.reports.values()].map((r) => r.report),
        reportDiagnostics: errors,
        ...(errors.length > 0
            ? { reportProblems: { ghsas: [...ghsas].sort(), ...(blockRemovals ? { blockRemovals } : {}) } }
            : {}),
    };
}
/**
 * The advisories the desk looks at: open ones and those updated within the look-back window. Through the
 * conditional lists (no text: every title ''), or, `withTitles`, through the same lists read with their
 * text (one request a page either way).
 */
async function readAdvisories(ghFor, covered, since, withTitles = false) {
    const sinceMs = Date.parse(since);
    const out = [];
    const keep = (a) => {
        if ((0,desk_advisory/* isOpen */.nT)(a) || Date.parse(a.updatedAt) >= sinceMs)
            out.push(a);
    };
    await Promise.all([...(0,policy/* reposByOwner */.ih)(covered)].map(async ([owner, repos]) => {
        const what = repos.length === 1 ? repos[0] : `${repos.length} repositories of ${owner}`;
        const byName = new Map(repos.map((r) => [r.toLowerCase(), r]));
        if (withTitles) {
            const list = await (0,reading/* reading */.h)(`the advisories of ${what}`, () => ghFor(owner).listAdvisoriesWithTitles(owner, repos, since));
            for (const a of list)
                keep(deskAdvisoryFromRecord(byName.get(a.repo) ?? a.repo, a.record, a.title));
            return;
        }
        const lists = await (0,reading/* reading */.h)(`the advisories of ${what}`, () => ghFor(owner).listAdvisoriesSince(owner, repos, since));
        for (const repo of repos)
            for (const record of lists.get(repo.toLowerCase()) ?? [])
                keep(deskAdvisoryFromRecord(repo, record, ''));
    }));
    return out.sort((a, b) => (a.ghsaId < b.ghsaId ? -1 : a.ghsaId > b.ghsaId ? 1 : 0));
}
/** Each title one by one (a whole advisory read, its text dropped at once). */
async function titlesOneByOne(ghFor, advisories, titles) {
    await Promise.all(advisories.map(async (a) => {
        const whole = await (0,reading/* reading */.h)(`advisory ${a.ghsaId} of ${a.repo}`, () => ghFor((0,policy/* splitRepo */.D2)(a.repo).owner).getAdvisory(a.repo, a.ghsaId));
        titles.set(a.ghsaId, (0,desk_advisory/* deskAdvisoryFromRest */.vf)(a.repo, whole).title);
    }));
}
/**
 * Titles where they can matter: those of advisories updated since the memory saw them from the lists
 * sorted by update, read only down to the oldest of them (one request a page), or one by one when they
 * are few; `single`, older ones still carrying a tag, one by one. Returns GHSA id → title.
 */
async function readTitles(ghFor, wanted) {
    const titles = new Map();
    const byOwner = (0,policy/* reposByOwner */.ih)([...new Set(wanted.changed.map((a) => a.repo))]);
    const few = wanted.changed.length <= 2 * byOwner.size;
    await titlesOneByOne(ghFor, few ? [...wanted.changed, ...wanted.single] : wanted.single, titles);
    if (few)
        return titles;
    await Promise.all([...byOwner].map(async ([owner, repos]) => {
        const mine = wanted.changed.filter((a) => (0,policy/* splitRepo */.D2)(a.repo).owner === owner);
        const after = mine.reduce((min, a) => (a.updatedAt < min ? a.updatedAt : min), mine[0].updatedAt);
        const list = await (0,reading/* reading */.h)(`the advisory titles of ${owner}`, () => ghFor(owner).listRecentAdvisoryTitles(owner, repos, after));
        for (const t of list)
            titles.set(t.ghsaId, t.title);
    }));
    // Anything the lists did not show (updated again meanwhile, another repository's list): one by one.
    await titlesOneByOne(ghFor, wanted.changed.filter((a) => !titles.has(a.ghsaId)), titles);
    return titles;
}
/** Every title of the advisories the desk reads (for the dashboard): the lists again, with their text. */
async function readAllTitles(ghFor, covered, since) {
    const titles = new Map();
    for (const a of await readAdvisories(ghFor, covered, since, true))
        titles.set(a.ghsaId, a.title);
    return titles;
}
/**
 * Whether each candidate's CVE record is published: from CVE Services when the sweep has credentials
 * (one GET a record, and only until a sweep sees it published), else from the record file on the ops
 * repo's default branch (cveMetadata.datePublished, which cve-publish writes back after publishing).
 */
async function readCnaPublications(candidates, deps, opsRepo) {
    const cve = deps.cve;
    const files = deps.gh.withoutFileCache();
    return Promise.all(candidates.map(async (c) => {
        if (cve) {
            const record = await (0,reading/* reading */.h)(`the CVE record ${c.cveId} at CVE Services`, () => cve.getRecord(c.cveId));
            const at = record?.cveMetadata.state === 'PUBLISHED' ? utcTime(record.cveMetadata.datePublished) : undefined;
            return { ...c, source: 'cve-services', ...(at ? { publishedAt: at } : {}) };
        }
        const path = (0,format/* cveRecordFilePath */.$)(c.cveId);
        const file = await (0,reading/* reading */.h)(`${path} of ${opsRepo}`, () => files.readFile(opsRepo, path));
        return { ...c, source: 'record-file', ...(file ? publishedIn(file.text) : {}) };
    }));
}
/** A time from outside as the desk keeps it (UTC, to the second); undefined when it is not a time with its zone. */
function utcTime(text) {
    const time = text === undefined ? undefined : (0,desk_time/* parseZonedTime */.rW)(text);
    return time ? (0,desk_time/* isoUtc */.u8)(time) : undefined;
}
/** cveMetadata.datePublished of a record file's text, when it has one. */
function publishedIn(text) {
    try {
        const meta = JSON.parse(text).cveMetadata;
        const at = meta?.state === 'PUBLISHED' && typeof meta.datePublished === 'string' ? utcTime(meta.datePublished) : undefined;
        return at ? { publishedAt: at } : {};
    }
    catch {
        // Not JSON: cve-publish names the problem; here the clock simply keeps running.
        return {};
    }
}
/** The base policy of a comparison, checked like any policy (with the same roster). */
async function readBasePolicy(paths, basePolicy, now) {
    const loaded = await (0,load.loadConfig)({ members: paths.members, policy: basePolicy }, now, undefined, { style: false });
    if (loaded.config)
        return { basePolicy: loaded.config.policy };
    const first = loaded.diagnostics.find((d) => d.severity === 'error');
    return {
        basePolicyProblem: `${basePolicy} cannot be read${first ? ` (${first.file}:${first.line}:${first.column}: ${first.message})` : ''}`,
    };
}
async function readSweep(paths, config, deps, ctx, basePolicy) {
    const { policy } = config;
    const ghFor = ghForOf(deps);
    const now = ctx.now();
    const settings = (0,desk_settings/* deskSettings */.bf)(policy);
    const since = (0,desk_time/* isoUtc */.u8)(new Date(now.getTime() - (0,desk_settings/* closedLookbackDays */.WD)(settings) * desk_time/* DAY_MS */.sO));
    const [repository, memory, reports, base] = await Promise.all([
        (0,reading/* reading */.h)(`the repository ${policy.ops_repo}`, () => deps.gh.getRepository(policy.ops_repo)),
        readState(deps.gh, policy.ops_repo),
        readReports(paths, config, now),
        basePolicy ? readBasePolicy(paths, basePolicy, now) : {},
    ]);
    if (memory.problem)
        ctx.log.warning(`the desk's memory: ${memory.problem}`);
    const files = new Map(reports.reports.map((r) => [r.ghsa, r]));
    // A memory that knows no report needs every title: the lists are read once, with their text.
    const fullRead = !memory.state || Object.keys(memory.state.reports).length === 0;
    const advisories = await readAdvisories(ghFor, policy.covered_repos, since, fullRead);
    const why = (a) => (fullRead ? undefined : needsTitle(a, memory.state, files.get(a.ghsaId)));
    const wanting = {
        changed: advisories.filter((a) => why(a) === 'changed'),
        single: advisories.filter((a) => why(a) === 'tagged'),
    };
    const needOrg = newReports({ advisories, state: memory.state }).length > 0;
    const [titles, orgMembers] = await Promise.all([
        readTitles(ghFor, wanting),
        needOrg ? (0,reading/* reading */.h)(`the members of ${policy.org}`, () => deps.gh.listOrgMembers(policy.org)) : undefined,
    ]);
    const titled = new Set(fullRead ? advisories.map((a) => a.ghsaId) : []);
    for (const a of advisories) {
        const title = titles.get(a.ghsaId);
        if (title === undefined)
            continue;
        a.title = title;
        titled.add(a.ghsaId);
    }
    ctx.log.debug(`sweep: ${advisories.length} advisories read, ${titled.size} titles`);
    // Reports whose exploitation the sweep would record: is a PR doing it already open?
    const broken = new Set(reports.reportProblems?.ghsas ?? []);
    const exploitedCandidates = advisories.filter((a) => ((0,desk_tags/* findTitleTags */.PX)(a.title).includes('EXPLOITED') || memory.state?.reports[a.ghsaId]?.tagsSeen.EXPLOITED) &&
        files.get(a.ghsaId)?.exploited === undefined &&
        !broken.has(a.ghsaId));
    const [pending, cnaPublications] = await Promise.all([
        Promise.all(exploitedCandidates.map(async (a) => {
            const pr = await (0,reading/* reading */.h)(`the exploitation pull request of ${a.ghsaId}`, () => deps.gh.findToolPullRequest(policy.ops_repo, (0,report_pr/* reportBranch */.hJ)(a.ghsaId, 'exploited')));
            return pr ? a.ghsaId : undefined;
        })),
        readCnaPublications(cnaCandidates(advisories, reports.reports, memory.state), deps, policy.ops_repo),
    ]);
    return {
        opsRepoPrivate: repository.private,
        defaultBranch: repository.defaultBranch,
        cveCredentials: deps.cve !== undefined,
        state: memory.state,
        ...(memory.problem ? { stateProblem: memory.problem } : {}),
        ...(memory.sha ? { stateSha: memory.sha } : {}),
        ...reports,
        advisories,
        titled,
        fullRead,
        since,
        ...(orgMembers ? { orgMembers } : {}),
        exploitedPending: pending.filter((g) => g !== undefined),
        cnaPublications,
        ...base,
    };
}

;// CONCATENATED MODULE: ./actions/lib/jobs/sweep/apply.ts
// The sweep's writes, advisory by advisory: the exploitation records (one PR per report), then per
// advisory its fork and template comment, its CVE id (reserved, and recorded in the desk's memory
// before anything writes it), and one PATCH combining everything else (re-read right before when it
// replaces a list, and merged with what GitHub holds then). A failure stops only what depends on it:
// a tag stays in the title while what it asks for failed; other advisories go on. Then the dashboard
// issue (as the next sweep will see it), one reminder comment on it, and last the memory, recording
// only what was done.




















const PATCHED = [
    'tag-action',
    'assign-coordinator',
    'access',
    'member-access',
    'cve-id-write',
];
/** The exploitation record: the report file (or a new one) with `exploited`, in one PR per report. */
async function recordExploited(gh, opsRepo, c) {
    const observed = await (0,report_pr/* readReportPr */.$z)(gh, opsRepo, c.ghsaId, 'exploited');
    // Recorded on the default branch meanwhile: nothing to add (an open PR left behind is closed).
    const recorded = observed.text !== undefined && (0,dist/* parseDocument */.Tp)(observed.text).hasIn(['exploited']);
    const exploited = { aware_at: c.awareAt, approximate: true };
    const content = recorded
        ? observed.text
        : observed.text !== undefined
            ? (0,report_edit/* setInReport */.uN)(observed.text, ['exploited'], exploited)
            : (0,report_edit/* newReportText */.i)({ repo: c.repo, ghsa: c.ghsaId, exploited }, `The PSRT's data about ${c.ghsaId} (${c.repo}); see README: "Report desk (sweep)".`);
    const change = (0,report_pr/* planReportPr */.ww)({
        opsRepo,
        ghsa: c.ghsaId,
        purpose: 'exploited',
        title: `${c.ghsaId}: actively exploited since ${c.awareAt} (approximate)`,
        body: `The report desk saw \`[EXPLOITED]\` in the title of ${c.ghsaId} (${c.repo}) first at ${c.awareAt}: the Cyber Resilience Act clocks run from then. ` +
            `The time is approximate (up to one sweep late${c.previousSweepAt ? `; the sweep before ran at ${c.previousSweepAt}` : ''}); correct \`aware_at\` here if the PSRT knew earlier, then merge.\n\n` +
            'Opened by `psrt sweep`; it updates this PR on later runs and never merges it.',
    }, observed, content);
    if (!change)
        return observed.pr.open?.url ?? '';
    return (0,tool_pr/* applyToolPr */.Hw)(gh, change);
}
/**
 * One PATCH for an advisory's changes. Lists (credits, collaborators) are replaced whole by GitHub: the
 * advisory is read again right before, and each change applied to what it holds then.
 */
async function patchAdvisory(gh, advisory, changes, cveId) {
    const lists = changes.some((c) => c.kind === 'assign-coordinator' || c.kind === 'access' || c.kind === 'member-access');
    const base = lists
        ? (0,desk_advisory/* deskAdvisoryFromRest */.vf)(advisory.repo, await gh.getAdvisory(advisory.repo, advisory.ghsaId))
        : advisory;
    const patch = {};
    let users = base.collaboratingUsers.map((u) => u.login);
    let usersChanged = false;
    let teams = [...base.collaboratingTeams];
    for (const c of changes) {
        switch (c.kind) {
            case 'tag-action': {
                const open = base.state === 'triage' || base.state === 'draft';
                if (c.to && open && base.state !== c.to)
                    patch.state = c.to;
                const title = lists ? (0,desk_tags/* stripTitleTags */._2)(base.title, c.tags, base.ghsaId) : c.title;
                if (title !== base.title)
                    patch.summary = title;
                break;
            }
            case 'assign-coordinator': {
                const merged = mergeCredits(base.credits, { login: c.login, ...(c.id !== undefined ? { id: c.id } : {}) });
                if (merged.changed)
                    patch.credits = merged.credits;
                break;
            }
            case 'access': {
                const merged = mergeCollaborators(users, c);
                if (merged.changed) {
                    users = merged.users;
                    usersChanged = true;
                }
                break;
            }
            case 'member-access': {
                const removing = new Set(c.removeUsers.map(domain_roster/* loginKey */.H$));
                const kept = users.filter((l) => !removing.has((0,domain_roster/* loginKey */.H$)(l)));
                const present = new Set(kept.map(domain_roster/* loginKey */.H$));
                const added = c.addUsers.filter((l) => !present.has((0,domain_roster/* loginKey */.H$)(l)));
                if (kept.length !== users.length || added.length > 0) {
                    users = [...kept, ...added];
                    usersChanged = true;
                }
                const newTeams = c.addTeams.filter((t) => !teams.includes(t));
                if (newTeams.length > 0) {
                    teams = [...teams, ...newTeams];
                    patch.collaborating_teams = teams;
                }
                break;
            }
            case 'cve-id-write':
                if (base.cveId === null)
                    patch.cve_id = c.cveId;
                break;
            default:
                break;
        }
    }
    if (usersChanged)
        patch.collaborating_users = users;
    if (cveId !== undefined && base.cveId === null)
        patch.cve_id = cveId;
    if (Object.keys(patch).length === 0)
        return undefined;
    const written = await gh.updateAdvisoryReturning(advisory.repo, advisory.ghsaId, patch);
    return (0,desk_advisory/* deskAdvisoryFromRest */.vf)(advisory.repo, written);
}
/**
 * The dashboard issue: the oldest open one the tool keeps (duplicates folded into it), or a new one,
 * pinned. `update`: give it this body (else only find it, for the reminder comment).
 */
async function upsertDashboard(gh, repo, label, body, update, ctx) {
    const issues = (await gh.listLabelledIssues(repo, label, 'open'))
        .filter((i) => i.body.includes(DASHBOARD_MARKER))
        .sort((a, b) => a.number - b.number);
    const [keep, ...duplicates] = issues;
    if (!keep) {
        const created = await gh.createPinnableIssue(repo, { title: DASHBOARD_TITLE, body: await body(), labels: [label] });
        try {
            await gh.pinIssue(created.nodeId);
        }
        catch (err) {
            // A repository pins at most three issues: the dashboard works unpinned, and the log says why.
            ctx.log.warning(`the dashboard issue ${created.url} could not be pinned: ${(0,job/* describeWriteFailure */.jg)(err)}`);
        }
        return { number: created.number, url: created.url, written: true };
    }
    for (const d of duplicates) {
        await gh.createComment(repo, d.number, `Folded into #${keep.number}: the report desk keeps one dashboard.`);
        await gh.updateIssue(repo, d.number, { state: 'closed' });
    }
    const text = update ? await body() : keep.body;
    const stale = keep.body !== text || keep.title !== DASHBOARD_TITLE;
    if (stale)
        await gh.updateIssue(repo, keep.number, { title: DASHBOARD_TITLE, body: text });
    return { number: keep.number, url: keep.url, written: stale || duplicates.length > 0 };
}
async function applySweep(plan, deps, ctx) {
    const { gh } = deps;
    const ghFor = deps.ghFor ?? (() => gh);
    const ops = plan.scope.opsRepo;
    const previous = plan.input.state;
    const results = new Map();
    const done = (c, detail) => results.set(c, { change: c, status: 'done', ...(detail ? { detail } : {}) });
    const fail = (c, err, prefix = '') => {
        const error = `${prefix}${(0,job/* describeWriteFailure */.jg)(err)}`;
        results.set(c, { change: c, status: 'failed', error });
        ctx.log.error(`${describeSweepJobChange(c)}: ${error}`);
    };
    const failed = (c) => results.get(c)?.status === 'failed';
    // The memory as stored, and its blob: reservations are written into it before their PATCH.
    let stored = previous;
    let storedSha = plan.observed.stateSha;
    const writeState = async (state, message) => {
        storedSha = await gh.writeFileOnBranch(ops, plan.scope.stateBranch, {
            path: plan.scope.statePath,
            content: serializeDeskState(state),
            message,
            ...(storedSha ? { sha: storedSha } : {}),
        }, plan.observed.defaultBranch);
        stored = state;
    };
    // --- exploitation records ------------------------------------------------------------------------------
    const pendingExploited = [];
    for (const c of plan.changes) {
        if (c.kind !== 'record-exploited')
            continue;
        try {
            done(c, await recordExploited(gh, ops, c));
            pendingExploited.push(c.ghsaId);
        }
        catch (err) {
            fail(c, err);
        }
    }
    // --- each advisory ---------------------------------------------------------------------------------------
    const byGhsa = new Map();
    for (const c of plan.changes) {
        if (c.kind === 'dashboard' || c.kind === 'desk-state' || c.kind === 'notify' || c.kind === 'record-exploited')
            continue;
        byGhsa.set(c.ghsaId, [...(byGhsa.get(c.ghsaId) ?? []), c]);
    }
    const advisories = new Map(plan.input.advisories.map((a) => [a.ghsaId, a]));
    const reservations = [];
    const written = new Map();
    for (const [ghsa, changes] of byGhsa) {
        const advisory = advisories.get(ghsa);
        const owner = ghFor((0,policy/* splitRepo */.D2)(advisory.repo).owner);
        for (const c of changes) {
            if (c.kind !== 'fork-create' && c.kind !== 'template-comment')
                continue;
            try {
                if (c.kind === 'fork-create') {
                    await owner.createPrivateFork(advisory.repo, ghsa);
                    done(c);
                }
                else
                    done(c, (await owner.createAdvisoryComment(advisory.repo, ghsa, c.body)).url);
            }
            catch (err) {
                fail(c, err);
            }
        }
        let cveId;
        const reserve = changes.find((c) => c.kind === 'cve-reserve');
        if (reserve && stored) {
            const record = async (ids) => {
                for (const id of ids)
                    reservations.push({
                        cveId: id.cveId,
                        repo: advisory.repo,
                        ghsa,
                        reservedAt: utcOr(id.reserved, plan.desk.now),
                    });
                const state = { ...stored, cveReservations: [...stored.cveReservations] };
                for (const r of reservations)
                    if (!state.cveReservations.some((x) => x.cveId === r.cveId))
                        state.cveReservations.push({ ...r, written: false });
                await writeState(state, `psrt sweep: CVE id reserved for ${ghsa}`);
            };
            try {
                const known = [...(stored.cveReservations ?? []), ...reservations].map((r) => r.cveId);
                let reserved;
                try {
                    reserved = await deps.cve.reserveIds({ amount: 1, year: reserve.year, knownIds: known });
                }
                catch (err) {
                    // Possibly reserved, unconfirmed: keep every candidate so none is lost (the unused ones are listed for rejection).
                    if (err instanceof cve_services/* CveServicesError */.hn && err.reservedSince?.length) {
                        await record(err.reservedSince.map((i) => ({ cveId: i.cveId, ...(i.reserved ? { reserved: i.reserved } : {}) })));
                        cveId = err.reservedSince[0].cveId;
                    }
                    throw err;
                }
                const id = reserved.ids[0];
                if (!id)
                    throw new Error('CVE Services answered without an id');
                cveId = id.cveId;
                try {
                    await record([{ cveId: id.cveId, ...(id.reserved ? { reserved: id.reserved } : {}) }]);
                }
                catch (err) {
                    // Reserved but not recorded: writing it into the advisory is now the only way to keep it.
                    fail(reserve, err, `${id.cveId} was reserved but could not be recorded (it is written into the advisory instead): `);
                }
                if (!failed(reserve))
                    done(reserve, cveId);
            }
            catch (err) {
                if (!failed(reserve))
                    fail(reserve, err);
            }
        }
        const patching = changes.filter((c) => PATCHED.includes(c.kind));
        // What the tags ask for (the report file's record, the fork, the reply) failed: the tag stays.
        const failedSoFar = plan.changes.filter((c) => c.kind !== 'dashboard' && c.kind !== 'desk-state' && failed(c));
        const blocked = patching.filter((c) => blockingFailure(c, failedSoFar));
        for (const c of blocked)
            results.set(c, { change: c, status: 'not attempted' });
        const go = patching.filter((c) => !blocked.includes(c));
        if (go.length === 0 && cveId === undefined)
            continue;
        try {
            const after = await patchAdvisory(owner, advisory, go, cveId);
            if (after)
                written.set(ghsa, after);
            for (const c of go)
                done(c);
        }
        catch (err) {
            for (const c of go)
                fail(c, err);
            if (reserve && results.get(reserve)?.status === 'done')
                fail(reserve, err, `${cveId} is reserved and recorded; writing it into the advisory failed (the next sweep writes it): `);
        }
    }
    // --- settle: the advisories as GitHub holds them now --------------------------------------------------
    // Read again through the conditional lists after writing: the next sweep then finds them unchanged
    // (304, no rate limit) and a memory that matches them. Titles: as written, else as read.
    let now = plan.input.advisories.map((a) => written.get(a.ghsaId) ?? a);
    if (written.size > 0 || plan.observed.fullRead) {
        try {
            const known = new Map(now.map((a) => [a.ghsaId, a]));
            // One changed by someone else meanwhile is kept as this sweep knew it: the next sweep sees the
            // change (and reads its title) rather than taking it for one this sweep has seen.
            now = (await readAdvisories(ghFor, plan.input.policy.covered_repos, plan.observed.since)).map((a) => {
                const before = known.get(a.ghsaId);
                if (!before)
                    return a;
                return before.updatedAt === a.updatedAt ? { ...a, title: before.title } : before;
            });
        }
        catch (err) {
            ctx.log.warning(`the advisories could not be read again after writing (${(0,job/* describeWriteFailure */.jg)(err)}): the memory records them as written`);
        }
    }
    const doneChanges = (kind) => plan.changes.filter((c) => c.kind !== 'dashboard' &&
        c.kind !== 'desk-state' &&
        (kind === undefined || c.kind === kind) &&
        results.get(c)?.status === 'done');
    const settled = settleSweep({
        plan,
        applied: doneChanges().filter((c) => c.kind !== 'notify'),
        advisories: now,
        reservations,
        exploitedPending: pendingExploited,
        retryNew: plan.changes.flatMap((c) => c.kind === 'member-access' && results.get(c)?.status !== 'done' ? [c.ghsaId] : []),
    });
    // --- the dashboard -----------------------------------------------------------------------------------
    const notices = plan.desk.changes.filter((c) => c.kind === 'notify');
    const dashboard = plan.changes.find((c) => c.kind === 'dashboard');
    let issue;
    let dashboardCurrent = false;
    const body = async () => {
        const titled = new Map();
        for (const a of plan.input.advisories)
            if (plan.observed.titled.has(a.ghsaId))
                titled.set(a.ghsaId, a.title);
        for (const [g, a] of written)
            titled.set(g, a.title);
        const missing = settled.view.reports.filter((r) => !titled.has(r.ghsaId));
        if (missing.length > 0) {
            const few = missing.length <= 2 * new Set(missing.map((r) => (0,policy/* splitRepo */.D2)(r.repo).owner)).size;
            // A Set: on a daily rewrite nearly every open report's title is missing (tens of thousands at scale).
            const missingIds = new Set(missing.map((r) => r.ghsaId));
            const read = few
                ? await readTitles(ghFor, {
                    changed: plan.input.advisories.filter((a) => missingIds.has(a.ghsaId)),
                    single: [],
                })
                : await readAllTitles(ghFor, plan.input.policy.covered_repos, plan.observed.since);
            for (const [g, t] of read)
                titled.set(g, t);
        }
        return `${DASHBOARD_MARKER}\n${renderDashboard(settled.view, {
            advisories: [...titled].map(([ghsaId, title]) => ({ ghsaId, title })),
            view: 'issue',
            changes: settled.lastChanges,
        })}`;
    };
    const unchanged = settled.state !== undefined && settled.state.dashboardHash === previous?.dashboardHash;
    if (dashboard) {
        try {
            if (unchanged && notices.length === 0)
                done(dashboard, 'unchanged');
            else {
                const upserted = await upsertDashboard(gh, ops, plan.scope.label, body, !unchanged, ctx);
                issue = upserted;
                done(dashboard, upserted.written ? upserted.url : `${upserted.url} (unchanged)`);
            }
            dashboardCurrent = true;
        }
        catch (err) {
            fail(dashboard, err);
        }
    }
    else if (notices.length > 0) {
        try {
            issue = await upsertDashboard(gh, ops, plan.scope.label, body, false, ctx);
        }
        catch (err) {
            ctx.log.error(`the dashboard issue could not be found or created: ${(0,job/* describeWriteFailure */.jg)(err)}`);
        }
    }
    // --- one reminder comment ------------------------------------------------------------------------------
    const failedTags = new Set(plan.changes.flatMap((c) => (c.kind === 'tag-action' && results.get(c)?.status !== 'done' ? [c.ghsaId] : [])));
    // The devguide's reply is due only once the report is really closed.
    const sendable = notices.filter((n) => !(n.reason.what === 'template' && failedTags.has(n.ghsaId)));
    const comment = issue && sendable.length > 0 ? renderReminderComment({ now: plan.desk.now, changes: sendable }) : undefined;
    if (comment && comment.notices.length > 0 && issue) {
        try {
            const posted = await gh.createComment(ops, issue.number, comment.body);
            for (const n of comment.notices)
                done(n, posted.url);
        }
        catch (err) {
            for (const n of comment.notices)
                fail(n, err);
        }
    }
    // --- the memory, last ---------------------------------------------------------------------------------
    const stateChange = plan.changes.find((c) => c.kind === 'desk-state');
    if (stateChange && settled.state && stored) {
        let next = dashboardCurrent
            ? settled.state
            : { ...settled.state, dashboardHash: previous?.dashboardHash ?? null };
        next = withNoticesSent(next, doneChanges('notify'), plan.desk.now, now);
        try {
            if (sameDeskState(next, stored))
                done(stateChange, 'unchanged');
            else {
                await writeState(next, `psrt sweep: ${(0,desk_time/* isoUtc */.u8)(new Date(plan.desk.now))}`);
                done(stateChange);
            }
        }
        catch (err) {
            fail(stateChange, err);
        }
    }
    return plan.changes.map((c) => results.get(c) ?? { change: c, status: 'not attempted' });
}
/** A time from outside (CVE Services) as the memory keeps it (UTC, to the second), else `fallback`. */
function utcOr(text, fallback) {
    const time = text === undefined ? undefined : (0,desk_time/* parseZonedTime */.rW)(text);
    return time ? (0,desk_time/* isoUtc */.u8)(time) : fallback;
}

;// CONCATENATED MODULE: ./actions/lib/jobs/sweep.ts
// sweep: the report desk, hourly. read (jobs/sweep/read.ts) → plan (domain/desk/sweep-job.ts: every
// report gets a coordinator, moves by its title tags, keeps its clocks; outside access with expiry; a
// CVE id on accept; the dashboard and the desk's memory) → render (domain/desk/render.ts) → apply
// (jobs/sweep/apply.ts), only when asked and only if no guard trips. A second run right after writes
// nothing.







const sweepJob = {
    name: 'sweep',
    read: (settings, config, deps, ctx) => readSweep(settings.config, config, deps, ctx, settings.basePolicy),
    plan: ({ roster, policy }, observed, settings, now) => {
        const plan = planSweepJob({
            now,
            roster,
            policy,
            advisories: observed.advisories,
            reports: observed.reports,
            state: observed.state,
            ...(observed.stateProblem ? { stateProblem: observed.stateProblem } : {}),
            exploitedPending: observed.exploitedPending,
            cnaPublications: observed.cnaPublications,
            ...(observed.reportProblems ? { reportProblems: observed.reportProblems } : {}),
            opsRepo: policy.ops_repo,
            opsRepoPrivate: observed.opsRepoPrivate,
            cveCredentials: observed.cveCredentials,
            ...(observed.orgMembers ? { orgMembers: observed.orgMembers } : {}),
            ...(settings.allowLargeRemoval ? { allowLargeRemoval: settings.allowLargeRemoval } : {}),
        });
        for (const d of observed.reportDiagnostics)
            plan.notes.push({ level: 'warning', text: `report file: ${(0,findings/* formatDiagnostic */.xy)(d)}` });
        if (observed.basePolicyProblem)
            plan.notes.push({ level: 'warning', text: `No clock comparison: ${observed.basePolicyProblem}.` });
        const shifts = observed.basePolicy
            ? deadlineShifts(observed.basePolicy, policy, observed.advisories, observed.reports, now)
            : undefined;
        return { ...plan, ...(shifts ? { shifts } : {}), observed };
    },
    render: renderSweepJob,
    apply: applySweep,
};
function runSweep(settings, deps, ctx) {
    return (0,job/* runJob */.b5)(sweepJob, settings, deps, ctx);
}
/** The dashboard issue after a run: the one it wrote or found (empty when there was none to touch). */
function sweepDashboardUrl(result) {
    const r = result.results?.find((x) => x.change.kind === 'dashboard' && x.status === 'done');
    return r?.detail?.replace(/ \(unchanged\)$/, '').replace(/^unchanged$/, '') || undefined;
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

//# sourceMappingURL=717.index.js.map