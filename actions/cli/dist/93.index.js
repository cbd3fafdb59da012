export const id = 93;
export const ids = [93];
export const modules = {

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

/***/ 5903:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cvePublishJob: () => (/* binding */ cvePublishJob),
/* harmony export */   runCvePublish: () => (/* binding */ runCvePublish)
/* harmony export */ });
/* harmony import */ var _domain_cve_operators_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3721);
/* harmony import */ var _domain_cve_publish_plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8763);
/* harmony import */ var _domain_cve_record_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5738);
/* harmony import */ var _domain_cve_format_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8613);
/* harmony import */ var _domain_findings_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2001);
/* harmony import */ var _domain_policy_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4189);
/* harmony import */ var _job_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(832);
/* harmony import */ var _reading_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3307);
/* harmony import */ var _tool_pr_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2764);
/* harmony import */ var _ops_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(274);










/** Every advisory GitHub has, since the beginning: covered repositories list few enough. */
const ALL_TIME = '1970-01-01T00:00:00Z';
/** CVE ID → the advisories that carry it, over the covered repositories. */
async function advisoriesByCveId(config, deps) {
    const found = new Map();
    for (const [owner, repos] of (0,_domain_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .reposByOwner */ .ih)(config.policy.covered_repos)) {
        const lists = await (0,_reading_js__WEBPACK_IMPORTED_MODULE_3__/* .reading */ .h)(`the advisories of ${repos.join(', ')}`, () => deps.ghFor(owner).listAdvisoriesSince(owner, repos, ALL_TIME));
        for (const repo of repos) {
            for (const a of lists.get(repo.toLowerCase()) ?? []) {
                const id = a.cve_id?.trim().toUpperCase();
                if (!id)
                    continue;
                found.set(id, [...(found.get(id) ?? []), { ghsa: a.ghsa_id, repo }]);
            }
        }
    }
    const out = new Map();
    for (const [id, list] of found)
        out.set(id, list.length === 1 ? list[0] : { ghsas: list.map((l) => l.ghsa) });
    return out;
}
async function serviceStateOf(cve, cveId) {
    const record = await cve.getRecord(cveId);
    if (record)
        return { record };
    const id = await cve.getId(cveId);
    return { record: null, idState: id ? id.state : null };
}
async function readPublish(settings, config, deps, ctx) {
    const opsRepo = config.policy.ops_repo;
    const files = deps.gh.withoutFileCache();
    const names = settings.cveId
        ? [`${settings.cveId}.json`]
        : await (0,_reading_js__WEBPACK_IMPORTED_MODULE_3__/* .reading */ .h)(`${_ops_files_js__WEBPACK_IMPORTED_MODULE_4__/* .RECORDS_DIR */ .v7}/ of ${opsRepo}`, () => deps.gh.listDirectory(opsRepo, _ops_files_js__WEBPACK_IMPORTED_MODULE_4__/* .RECORDS_DIR */ .v7));
    const strayFiles = names.filter((n) => !_domain_cve_record_file_js__WEBPACK_IMPORTED_MODULE_1__/* .RECORD_FILE_NAME */ .BT.test(n) && n !== 'README.md' && !n.startsWith('.'));
    const records = [];
    for (const name of names.filter((n) => _domain_cve_record_file_js__WEBPACK_IMPORTED_MODULE_1__/* .RECORD_FILE_NAME */ .BT.test(n)).sort()) {
        const cveId = _domain_cve_record_file_js__WEBPACK_IMPORTED_MODULE_1__/* .RECORD_FILE_NAME */ .BT.exec(name)[1];
        const path = (0,_domain_cve_format_js__WEBPACK_IMPORTED_MODULE_6__/* .cveRecordFilePath */ .$)(cveId);
        const file = await (0,_reading_js__WEBPACK_IMPORTED_MODULE_3__/* .reading */ .h)(`${path} of ${opsRepo}`, () => files.readFile(opsRepo, path));
        if (!file)
            continue;
        const parsed = (0,_domain_cve_record_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readCveRecordFile */ .IR)(file.text, path);
        const record = { cveId, path, text: file.text, reading: parsed };
        if (parsed.ok)
            record.service = await serviceStateOf(deps.cve, cveId);
        records.push(record);
    }
    // Which advisory (and so which report file) each record belongs to: needed to send a record, and to
    // show the clock of one published this week.
    const now = ctx.now();
    const wanted = records.filter((r) => {
        if (!r.reading.ok || !r.service)
            return false;
        const action = (0,_domain_cve_publish_plan_js__WEBPACK_IMPORTED_MODULE_0__.serviceAction)(r.cveId, r.path, r.reading, r.service).kind;
        return action === 'publish' || action === 'update' || (0,_domain_cve_publish_plan_js__WEBPACK_IMPORTED_MODULE_0__.recentlyPublished)(r.service, now);
    });
    if (wanted.length > 0) {
        const matches = await advisoriesByCveId(config, deps);
        for (const r of wanted) {
            const match = matches.get(r.cveId);
            if (!match)
                continue;
            r.advisory = match;
            if ('ghsa' in match) {
                const report = await (0,_ops_files_js__WEBPACK_IMPORTED_MODULE_4__/* .readReportOnMain */ .Ff)(deps.gh, config, match.ghsa, now);
                r.report = {
                    path: report.path,
                    exists: report.exists,
                    ...(report.report ? { report: report.report } : {}),
                    errors: report.diagnostics.map(_domain_findings_js__WEBPACK_IMPORTED_MODULE_7__/* .formatDiagnostic */ .xy),
                };
            }
        }
    }
    for (const r of records) {
        if (!r.reading.ok || !r.service)
            continue;
        if ((0,_domain_cve_publish_plan_js__WEBPACK_IMPORTED_MODULE_0__.serviceAction)(r.cveId, r.path, r.reading, r.service).kind !== 'in-sync')
            continue;
        if (!(0,_domain_cve_publish_plan_js__WEBPACK_IMPORTED_MODULE_0__.needsMetadata)(r.reading, r.service, r.text))
            continue;
        r.metadataPr = await (0,_reading_js__WEBPACK_IMPORTED_MODULE_3__/* .reading */ .h)(`the metadata pull request of ${r.cveId}`, () => (0,_tool_pr_js__WEBPACK_IMPORTED_MODULE_8__/* .readToolPr */ .rT)(files, opsRepo, (0,_domain_cve_publish_plan_js__WEBPACK_IMPORTED_MODULE_0__.metadataBranch)(r.cveId), [r.path]));
    }
    return { records, strayFiles };
}
async function applyPublish(plan, deps, ctx) {
    const files = deps.gh.withoutFileCache();
    const answers = new Map();
    return (0,_job_js__WEBPACK_IMPORTED_MODULE_2__/* .applyInOrder */ .g$)(plan.changes.map((c) => [c]), async ([c]) => {
        const change = c;
        switch (change.kind) {
            case 'publish':
                answers.set(change.cveId, await deps.cve.publishRecord(change.cveId, change.container));
                return (0,_domain_cve_publish_plan_js__WEBPACK_IMPORTED_MODULE_0__.cveOrgUrl)(change.cveId);
            case 'update':
                answers.set(change.cveId, await deps.cve.updateRecord(change.cveId, change.container));
                return (0,_domain_cve_publish_plan_js__WEBPACK_IMPORTED_MODULE_0__.cveOrgUrl)(change.cveId);
            case 'reject-record':
                answers.set(change.cveId, await deps.cve.rejectPublishedRecord(change.cveId, change.reason));
                return (0,_domain_cve_publish_plan_js__WEBPACK_IMPORTED_MODULE_0__.cveOrgUrl)(change.cveId);
            case 'reject-id':
                await deps.cve.rejectReservedId(change.cveId);
                return (0,_domain_cve_publish_plan_js__WEBPACK_IMPORTED_MODULE_0__.cveOrgUrl)(change.cveId);
            case 'record-metadata':
                return (0,_tool_pr_js__WEBPACK_IMPORTED_MODULE_8__/* .applyToolPr */ .Hw)(files, change.pr);
            case 'record-metadata-after': {
                const answer = answers.get(change.cveId);
                if (!answer)
                    return '';
                const content = (0,_domain_cve_record_file_js__WEBPACK_IMPORTED_MODULE_1__/* .recordFileWithServiceMetadata */ .qK)(change.file, answer.cveMetadata);
                if (content === change.text)
                    return '';
                return (0,_tool_pr_js__WEBPACK_IMPORTED_MODULE_8__/* .convergeToolPr */ .a4)(files, (0,_domain_cve_publish_plan_js__WEBPACK_IMPORTED_MODULE_0__.metadataPr)(plan.opsRepo, change.path, change.cveId, content, answer.cveMetadata, plan.reviewers));
            }
        }
    }, ctx, _domain_cve_publish_plan_js__WEBPACK_IMPORTED_MODULE_0__.describePublishChange);
}
const cvePublishJob = {
    name: 'cve publish',
    read: readPublish,
    plan: (config, observed, settings, now) => {
        const reviewers = (0,_domain_cve_operators_js__WEBPACK_IMPORTED_MODULE_9__/* .operatorReviewers */ .T)(config.policy);
        return (0,_domain_cve_publish_plan_js__WEBPACK_IMPORTED_MODULE_0__.planCvePublish)({
            opsRepo: config.policy.ops_repo,
            ...(settings.cveId ? { asked: settings.cveId } : {}),
            records: observed.records,
            strayFiles: observed.strayFiles,
            reviewers: { users: reviewers.users, teams: reviewers.teams },
            escalateTo: (0,_domain_cve_operators_js__WEBPACK_IMPORTED_MODULE_9__/* .operatorsMention */ ._)(config.policy),
            now,
        });
    },
    render: _domain_cve_publish_plan_js__WEBPACK_IMPORTED_MODULE_0__.renderCvePublish,
    apply: applyPublish,
};
function runCvePublish(settings, deps, ctx) {
    return (0,_job_js__WEBPACK_IMPORTED_MODULE_2__/* .runJob */ .b5)(cvePublishJob, settings, deps, ctx);
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

//# sourceMappingURL=93.index.js.map