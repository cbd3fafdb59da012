export const id = 763;
export const ids = [763,613];
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

/***/ 8763:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cveOrgUrl: () => (/* binding */ cveOrgUrl),
/* harmony export */   describePublishChange: () => (/* binding */ describePublishChange),
/* harmony export */   metadataBranch: () => (/* binding */ metadataBranch),
/* harmony export */   metadataPr: () => (/* binding */ metadataPr),
/* harmony export */   needsMetadata: () => (/* binding */ needsMetadata),
/* harmony export */   planCvePublish: () => (/* binding */ planCvePublish),
/* harmony export */   publishRefusedAsked: () => (/* binding */ publishRefusedAsked),
/* harmony export */   recentlyPublished: () => (/* binding */ recentlyPublished),
/* harmony export */   renderCvePublish: () => (/* binding */ renderCvePublish),
/* harmony export */   serviceAction: () => (/* binding */ serviceAction)
/* harmony export */ });
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7048);
/* harmony import */ var _tool_pr_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8656);
/* harmony import */ var _clocks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8005);
/* harmony import */ var _record_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5738);




/** Compare one record file with CVE Services. */
function serviceAction(cveId, path, file, service) {
    const remote = service.record;
    if (file.state === 'PUBLISHED') {
        if (!remote) {
            if (service.idState === 'RESERVED')
                return { kind: 'publish' };
            if (service.idState === 'REJECTED')
                return {
                    kind: 'conflict',
                    reason: `CVE Services holds ${cveId} as a rejected ID, and ${path} is a published record: a rejected ID is not published again. Reserve a new ID, or restore this one by hand if the rejection was a mistake.`,
                };
            if (service.idState === null || service.idState === undefined)
                return {
                    kind: 'conflict',
                    reason: `CVE Services has no ${cveId}: check the ID in ${path}, and that CVE_API_URL is the service it was reserved on (test IDs do not exist in production).`,
                };
            return {
                kind: 'conflict',
                reason: `CVE Services lists ${cveId} as ${service.idState} without a record: ask the CVE Program Secretariat.`,
            };
        }
        if (remote.cveMetadata.state === 'REJECTED')
            return {
                kind: 'conflict',
                reason: `CVE Services holds ${cveId} as rejected, and ${path} is a published record: psrt does not restore rejected records. Replace the file with the rejection (git history has it), or restore the record by hand.`,
            };
        const fields = (0,_record_file_js__WEBPACK_IMPORTED_MODULE_2__/* .changedContainerFields */ .xd)(file.record.containers.cna, remote.containers.cna);
        return fields.length > 0 ? { kind: 'update', fields } : { kind: 'in-sync' };
    }
    if (!remote) {
        if (service.idState === 'RESERVED')
            return { kind: 'reject-id' };
        if (service.idState === 'REJECTED')
            return { kind: 'in-sync' };
        return {
            kind: 'conflict',
            reason: `CVE Services has no ${cveId} to reject: check the ID in ${path}, and CVE_API_URL.`,
        };
    }
    if (remote.cveMetadata.state === 'PUBLISHED')
        return { kind: 'reject-record', was: 'PUBLISHED' };
    return (0,_record_file_js__WEBPACK_IMPORTED_MODULE_2__/* .rejectionReason */ .OE)(file.record) === (0,_record_file_js__WEBPACK_IMPORTED_MODULE_2__/* .rejectionReason */ .OE)(remote)
        ? { kind: 'in-sync' }
        : { kind: 'reject-record', was: 'REJECTED' };
}
/** The branch of a record's metadata PR. */
function metadataBranch(cveId) {
    return `psrt/cve/${cveId}/metadata`;
}
const RECENT_MS = 7 * 24 * 3_600_000;
/** Published within the last week: its clock is still worth showing. */
function recentlyPublished(service, now) {
    const at = service?.record?.cveMetadata.datePublished;
    return typeof at === 'string' && now.getTime() - Date.parse(at) < RECENT_MS;
}
/** The PR that gives a record file the cveMetadata CVE Services set. */
function metadataPr(opsRepo, path, cveId, content, service, reviewers) {
    const said = ['state', 'datePublished', 'dateUpdated', 'dateRejected']
        .filter((k) => typeof service[k] === 'string')
        .map((k) => `\`${k}\` ${String(service[k])}`);
    return {
        repo: opsRepo,
        branch: metadataBranch(cveId),
        title: `${path}: state and dates from CVE Services`,
        body: [
            `CVE Services holds ${cveId} with ${said.join(', ')}.`,
            '',
            `This writes the fields CVE Services sets (\`cveMetadata\`: state, dates, the assigner) into \`${path}\`; the OSV export reads them. The record's content is unchanged, so merging this sends nothing to CVE Services: the next \`cve-publish\` run plans nothing for ${cveId}.`,
            '',
            'Opened by `psrt cve publish`; later runs update it and never merge it.',
        ].join('\n'),
        commitMessage: `${path}: cveMetadata from CVE Services`,
        files: [{ path, content }],
        labels: ['psrt-ops', 'cve-record'],
        reviewers,
    };
}
function gate(r, file, now) {
    const refuse = (level, reason) => ({
        cveId: r.cveId,
        path: r.path,
        level,
        reason,
    });
    const match = r.advisory;
    if (!match || 'ghsas' in match) {
        const several = match && match.ghsas.length > 1 ? match.ghsas : [];
        return refuse('error', several.length > 0
            ? `${several.join(', ')} all carry ${r.cveId}: an ID belongs to one advisory; fix the advisories' CVE IDs.`
            : `no advisory of the covered repositories carries ${r.cveId}: set it as the advisory's CVE ID (the record's report file is found through it).`);
    }
    const report = r.report;
    const reportPath = report?.path ?? `reports/${match.ghsa}.yaml`;
    if (report && report.errors.length > 0)
        return refuse('error', `${reportPath} has errors, so whether the advisory email went out is unknown: ${report.errors.join('; ')}`);
    const url = (0,_clocks_js__WEBPACK_IMPORTED_MODULE_1__/* .announcementUrl */ .Bv)(report?.report);
    if (!url)
        return refuse('waiting', `publishing waits for the advisory email (never before it): record it in ${reportPath}, record.announcement with its archive URL${report?.exists ? '' : ' (the file does not exist yet)'}.`);
    const sent = (0,_clocks_js__WEBPACK_IMPORTED_MODULE_1__/* .announcedAt */ .Fn)(report?.report);
    if (sent && Date.parse(sent) > now.getTime())
        return refuse('waiting', `${reportPath} dates the advisory email ${sent}, later than now: publishing waits until then.`);
    if (file.state === 'PUBLISHED' && !file.record.containers.cna.references.some((ref) => ref.url.trim() === url))
        return refuse('waiting', `${r.path} does not reference the advisory email recorded in ${reportPath}: run \`psrt cve draft ${match.ghsa}\` and merge its PR (the record then carries it as vendor-advisory).`);
    return { ghsa: match.ghsa };
}
/** The plan: writes to CVE Services, record-file PRs, refusals with what to do, and the 24-hour clocks. */
function planCvePublish(input) {
    const plan = {
        opsRepo: input.opsRepo,
        ...(input.asked ? { asked: input.asked } : {}),
        reviewers: input.reviewers,
        escalateTo: input.escalateTo,
        now: input.now.toISOString(),
        changes: [],
        notes: [],
        guards: [],
        inSync: [],
        refusals: [],
        clocks: [],
    };
    for (const name of input.strayFiles)
        plan.notes.push({
            level: 'warning',
            text: `records/${name} is not a record file (records/CVE-YYYY-NNNN.json): it is ignored.`,
        });
    if (input.asked && input.records.length === 0)
        plan.refusals.push({
            cveId: input.asked,
            path: `records/${input.asked}.json`,
            level: 'error',
            reason: `${input.opsRepo}'s default branch has no records/${input.asked}.json: merge its record PR first (psrt cve draft GHSA-…).`,
        });
    const clockRecords = [];
    const reports = new Map();
    const published = new Map();
    for (const r of input.records) {
        if (!r.reading.ok) {
            plan.refusals.push({ cveId: r.cveId, path: r.path, level: 'error', reason: r.reading.errors.join('; ') });
            continue;
        }
        const file = r.reading;
        if (!r.service)
            continue;
        const action = serviceAction(r.cveId, r.path, file, r.service);
        const match = r.advisory && 'ghsa' in r.advisory ? r.advisory : undefined;
        if (match && r.report?.report)
            reports.set(match.ghsa, r.report.report);
        const datePublished = r.service.record?.cveMetadata.datePublished;
        if (typeof datePublished === 'string' && r.service.record?.cveMetadata.state === 'PUBLISHED')
            published.set(r.cveId, datePublished);
        // The 24 hours run to the first publication: updates of older records have no clock.
        if (file.state === 'PUBLISHED' && (action.kind === 'publish' || recentlyPublished(r.service, input.now)))
            clockRecords.push({ cveId: r.cveId, ...(match ? { ghsa: match.ghsa } : {}), state: 'PUBLISHED' });
        switch (action.kind) {
            case 'conflict':
                plan.refusals.push({ cveId: r.cveId, path: r.path, level: 'error', reason: action.reason });
                break;
            case 'publish':
            case 'update': {
                if (file.state !== 'PUBLISHED')
                    break;
                const gated = gate(r, file, input.now);
                if ('reason' in gated) {
                    plan.refusals.push(gated);
                    break;
                }
                const container = file.record.containers.cna;
                plan.changes.push(action.kind === 'publish'
                    ? { kind: 'publish', cveId: r.cveId, ghsa: gated.ghsa, path: r.path, container }
                    : { kind: 'update', cveId: r.cveId, ghsa: gated.ghsa, path: r.path, container, fields: action.fields });
                plan.changes.push({ kind: 'record-metadata-after', cveId: r.cveId, path: r.path, file, text: r.text });
                break;
            }
            case 'reject-record':
                if (file.state !== 'REJECTED')
                    break;
                plan.changes.push({
                    kind: 'reject-record',
                    cveId: r.cveId,
                    path: r.path,
                    reason: (0,_record_file_js__WEBPACK_IMPORTED_MODULE_2__/* .rejectionReason */ .OE)(file.record),
                    was: action.was,
                });
                plan.changes.push({ kind: 'record-metadata-after', cveId: r.cveId, path: r.path, file, text: r.text });
                break;
            case 'reject-id':
                plan.changes.push({ kind: 'reject-id', cveId: r.cveId, path: r.path });
                break;
            case 'in-sync': {
                plan.inSync.push(r.cveId);
                const remote = r.service.record;
                if (!remote)
                    break;
                const content = (0,_record_file_js__WEBPACK_IMPORTED_MODULE_2__/* .recordFileWithServiceMetadata */ .qK)(file, remote.cveMetadata);
                if (content === r.text || !r.metadataPr)
                    break;
                const pr = (0,_tool_pr_js__WEBPACK_IMPORTED_MODULE_3__/* .planToolPr */ .a)(metadataPr(input.opsRepo, r.path, r.cveId, content, remote.cveMetadata, input.reviewers), r.metadataPr);
                if (pr)
                    plan.changes.push({ kind: 'record-metadata', cveId: r.cveId, path: r.path, pr });
                break;
            }
        }
    }
    plan.clocks = (0,_clocks_js__WEBPACK_IMPORTED_MODULE_1__/* .cnaClocks */ .yO)(clockRecords, reports, published, input.now);
    for (const c of plan.clocks)
        if (c.state === 'overdue' || c.state === 'published-early')
            plan.notes.push({ level: 'error', text: `${c.cveId}: ${(0,_clocks_js__WEBPACK_IMPORTED_MODULE_1__/* .describeCnaClock */ .y9)(c, input.escalateTo, input.now)}` });
    return plan;
}
/** The record file needs what CVE Services set (its metadata PR must be read to plan it). */
function needsMetadata(file, service, text) {
    return service.record !== null && (0,_record_file_js__WEBPACK_IMPORTED_MODULE_2__/* .recordFileWithServiceMetadata */ .qK)(file, service.record.cveMetadata) !== text;
}
/** Whether the plan refuses what was asked for, or something is wrong beyond waiting: the run fails. */
function publishRefusedAsked(plan) {
    return plan.refusals.some((r) => r.level === 'error' || (plan.asked !== undefined && r.cveId === plan.asked));
}
const CVE_ORG = 'https://www.cve.org/CVERecord?id=';
/** The page of a published record, for people. */
function cveOrgUrl(cveId) {
    return `${CVE_ORG}${cveId}`;
}
function describePublishChange(c) {
    switch (c.kind) {
        case 'publish':
            return `+ publish ${c.cveId} (${c.ghsa}) from ${c.path} (POST /cve/${c.cveId}/cna)`;
        case 'update':
            return `~ update ${c.cveId} (${c.ghsa}) from ${c.path} (PUT /cve/${c.cveId}/cna): ${c.fields.join(', ')}`;
        case 'reject-record':
            return c.was === 'PUBLISHED'
                ? `- reject the published record ${c.cveId}, as ${c.path} says (PUT /cve/${c.cveId}/reject)`
                : `~ change the rejection reason of ${c.cveId}, as ${c.path} says (PUT /cve/${c.cveId}/reject)`;
        case 'reject-id':
            return `- reject the reserved ID ${c.cveId}, as ${c.path} says (PUT /cve-id/${c.cveId}?state=REJECTED)`;
        case 'record-metadata':
            return `~ ${c.path}: state and dates as CVE Services holds them: ${(0,_tool_pr_js__WEBPACK_IMPORTED_MODULE_3__/* .describeToolPrChange */ .M)(c.pr)}`;
        case 'record-metadata-after':
            return `~ ${c.path}: state and dates from CVE Services' answer, through a pull request`;
    }
}
function hoursSince(from, to) {
    return Math.round(((Date.parse(to) - Date.parse(from)) / 3_600_000) * 10) / 10;
}
function renderCvePublish(plan, format, results) {
    const md = format === 'markdown';
    const describe = (changes) => {
        const writes = changes.filter((c) => c.kind !== 'record-metadata' && c.kind !== 'record-metadata-after').length;
        const prs = changes.length - writes;
        return [writes ? `${writes} write(s) to CVE Services` : '', prs ? `${prs} record file PR(s)` : '']
            .filter(Boolean)
            .join(' and ');
    };
    const job = plan.asked ? `cve publish ${plan.asked}` : 'cve publish';
    const waitingCount = plan.refusals.filter((r) => r.level === 'waiting').length;
    const refusedCount = plan.refusals.length - waitingCount;
    const title = plan.changes.length === 0 && plan.refusals.length > 0
        ? `${job}: nothing sent (${[waitingCount ? `${waitingCount} waiting` : '', refusedCount ? `${refusedCount} refused` : ''].filter(Boolean).join(', ')})`
        : (0,_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .headline */ .Pl)(job, plan, results, describe);
    const lines = [md ? `## ${title}` : title];
    const section = (heading) => {
        lines.push('', md ? `### ${heading}` : `${heading}:`);
    };
    if (plan.changes.length > 0)
        lines.push('');
    const status = new Map(results?.map((r) => [r.change, r]));
    const clockOf = new Map(plan.clocks.map((c) => [c.cveId, c]));
    for (const c of plan.changes) {
        let line = describePublishChange(c);
        const clock = clockOf.get(c.cveId);
        if (clock && (c.kind === 'publish' || c.kind === 'update')) {
            const done = status.get(c)?.status === 'done';
            line +=
                done && c.kind === 'publish' && clock.announcedAt
                    ? `: published ${hoursSince(clock.announcedAt, plan.now)} h after the announcement`
                    : `: ${(0,_clocks_js__WEBPACK_IMPORTED_MODULE_1__/* .describeCnaClock */ .y9)(clock, plan.escalateTo, new Date(plan.now))}`;
        }
        line = (0,_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .withResult */ .ox)(line, status.get(c));
        lines.push(md ? `- ${line.replace(/^([+~-]) /, '`$1` ')}` : `  ${line}`);
    }
    const waiting = plan.refusals.filter((r) => r.level === 'waiting');
    const errors = plan.refusals.filter((r) => r.level === 'error');
    if (waiting.length > 0) {
        section('Waiting');
        for (const r of waiting) {
            const clock = clockOf.get(r.cveId);
            // The clock adds something once the email is recorded: the time left, or that it ran out.
            const when = clock && clock.state !== 'awaiting-announcement'
                ? ` (${(0,_clocks_js__WEBPACK_IMPORTED_MODULE_1__/* .describeCnaClock */ .y9)(clock, plan.escalateTo, new Date(plan.now))})`
                : '';
            lines.push(md ? `- **${r.cveId}**: ${r.reason}${when}` : `  ${r.cveId}: ${r.reason}${when}`);
        }
    }
    if (errors.length > 0) {
        section('Refused');
        for (const r of errors)
            lines.push(md ? `- **${r.cveId}**: ${r.reason}` : `  ${r.cveId}: ${r.reason}`);
    }
    const published = plan.clocks.filter((c) => (c.state === 'published' || c.state === 'published-early') && !plan.changes.some((x) => x.cveId === c.cveId));
    if (published.length > 0) {
        section('Recently published');
        for (const c of published) {
            const text = `${c.cveId}: ${(0,_clocks_js__WEBPACK_IMPORTED_MODULE_1__/* .describeCnaClock */ .y9)(c, plan.escalateTo, new Date(plan.now))}`;
            lines.push(md ? `- ${text}` : `  ${text}`);
        }
    }
    if (plan.notes.length > 0)
        lines.push('', ...plan.notes.map((n) => (0,_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .renderNote */ .NS)(n, format)));
    if (plan.inSync.length > 0)
        lines.push('', `In sync with CVE Services: ${plan.inSync.length} record(s) (${plan.inSync.join(', ')}).`);
    if (plan.changes.length > 0 && !results)
        lines.push('', 'Dry run: use --apply to make these changes.');
    for (const r of results ?? [])
        if (r.detail)
            lines.push(`${r.change.cveId}: ${r.detail}`);
    lines.push(...(0,_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .renderResultsLine */ .$0)(results, format));
    return `${lines.join('\n')}\n`;
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


/***/ })

};

//# sourceMappingURL=763.index.js.map