export const id = 203;
export const ids = [203];
export const modules = {

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

/***/ 4203:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cV: () => (/* binding */ recordBranch),
  runCveDraft: () => (/* binding */ runCveDraft)
});

// UNUSED EXPORTS: cveDraftJob, planCveDraft, renderCveDraft

// EXTERNAL MODULE: ./actions/lib/domain/tool-pr.ts
var tool_pr = __webpack_require__(8656);
// EXTERNAL MODULE: ./actions/lib/domain/cve/clocks.ts
var clocks = __webpack_require__(8005);
// EXTERNAL MODULE: ./actions/lib/domain/cve/format.ts
var format = __webpack_require__(8613);
// EXTERNAL MODULE: ./actions/lib/domain/cve/operators.ts
var operators = __webpack_require__(3721);
// EXTERNAL MODULE: ./actions/lib/domain/cve/record-file.ts
var record_file = __webpack_require__(5738);
// EXTERNAL MODULE: ./actions/lib/domain/desk/markdown.ts
var markdown = __webpack_require__(8564);
;// CONCATENATED MODULE: ./actions/lib/domain/cve/summary.ts
// The readable summary of a record that a record PR's body carries, for the second operator's review:
// title, affected versions, CVSS, CWEs, credits, references, the public date. The description is left
// to the file in the PR: it is long, the diff shows it, and a PR body also travels in notification
// emails. Text from the advisory is shown inline-safe (no markup, mention or link it could trigger).

function versionLine(v) {
    const upper = v.lessThan ? `< ${v.lessThan}` : v.lessThanOrEqual ? `<= ${v.lessThanOrEqual}` : undefined;
    const range = upper ? (v.version === '0' ? upper : `>= ${v.version}, ${upper}`) : `= ${v.version}`;
    return `\`${range}\` ${v.status}${v.versionType ? ` (${v.versionType})` : ''}`;
}
function affectedLines(a) {
    const what = [a.vendor, a.product].filter(Boolean).map((t) => (0,markdown/* inlineUntrustedText */.Z4)(t));
    const where = [
        a.packageName ? `package \`${(0,markdown/* inlineUntrustedText */.Z4)(a.packageName)}\`` : undefined,
        a.collectionURL ? `from ${a.collectionURL}` : undefined,
        a.repo ? `repository ${a.repo}` : undefined,
    ].filter(Boolean);
    const lines = [
        `- ${what.join(' ')}${where.length ? ` (${where.join(', ')})` : ''}, default ${a.defaultStatus ?? 'unknown'}`,
    ];
    for (const v of a.versions ?? [])
        lines.push(`  - ${versionLine(v)}`);
    if (a.modules?.length)
        lines.push(`  - modules: ${a.modules.map((m) => `\`${(0,markdown/* inlineUntrustedText */.Z4)(m)}\``).join(', ')}`);
    if (a.platforms?.length)
        lines.push(`  - platforms: ${a.platforms.map((p) => (0,markdown/* inlineUntrustedText */.Z4)(p)).join(', ')}`);
    return lines;
}
function cvssLine(name, c) {
    return `- CVSS ${name}: **${c.baseScore}** ${c.baseSeverity}, \`${c.vectorString}\``;
}
function metricLines(metrics) {
    const lines = [];
    for (const m of metrics ?? []) {
        if (m.cvssV4_0)
            lines.push(cvssLine('4.0', m.cvssV4_0));
        if (m.cvssV3_1)
            lines.push(cvssLine('3.1', m.cvssV3_1));
        if (m.cvssV3_0)
            lines.push(cvssLine('3.0', m.cvssV3_0));
    }
    return lines.length > 0 ? lines : ['- none (the record carries no score)'];
}
/** A reference URL as a link a reviewer can follow, when it is a plain https URL. */
function referenceLink(url) {
    return /^https:\/\/[^\s<>]+$/.test(url) ? `<${url}>` : `\`${(0,markdown/* inlineUntrustedText */.Z4)(url)}\``;
}
/** The summary, as markdown lines. */
function summarizeCveRecord(container, options) {
    const lines = [
        `**${options.cveId}** — the record of ${options.ghsa}`,
        '',
        `**Title:** ${(0,markdown/* inlineUntrustedText */.Z4)(container.title ?? '(none)', 300)}`,
    ];
    if (options.changed) {
        lines.push('', options.changed.length > 0
            ? `**Changed in this PR:** ${options.changed.map((f) => `\`${f}\``).join(', ')}`
            : '**Changed in this PR:** the record metadata only');
    }
    lines.push('', '**Affected**', '', ...container.affected.flatMap(affectedLines));
    lines.push('', '**Severity**', '', ...metricLines(container.metrics));
    const cwes = (container.problemTypes ?? []).flatMap((p) => p.descriptions);
    lines.push('', '**Weaknesses**', '', ...(cwes.length > 0 ? cwes.map((d) => `- ${(0,markdown/* inlineUntrustedText */.Z4)(d.description)}`) : ['- none given']));
    const credits = container.credits ?? [];
    lines.push('', '**Credits**', '', ...(credits.length > 0
        ? credits.map((c) => `- ${c.type ?? 'other'}: ${(0,markdown/* inlineUntrustedText */.Z4)(c.value)}`)
        : ['- none']));
    lines.push('', '**References**', '', ...container.references.map((r) => `- ${referenceLink(r.url)}${r.tags?.length ? ` (${r.tags.map((t) => `\`${t}\``).join(', ')})` : ''}`));
    lines.push('', `**Public since:** ${container.datePublic ?? 'not given (report file record.date_public)'}`, '', 'The description (plain text and HTML) is in the file: read it in the diff.');
    return lines.join('\n');
}

// EXTERNAL MODULE: ./actions/lib/domain/findings.ts
var findings = __webpack_require__(2001);
// EXTERNAL MODULE: ./actions/lib/domain/plan.ts
var domain_plan = __webpack_require__(7048);
// EXTERNAL MODULE: ./actions/lib/domain/report-file.ts
var report_file = __webpack_require__(9200);
// EXTERNAL MODULE: ./actions/lib/jobs/job.ts
var job = __webpack_require__(832);
// EXTERNAL MODULE: ./actions/lib/jobs/reading.ts
var reading = __webpack_require__(3307);
// EXTERNAL MODULE: ./actions/lib/jobs/tool-pr.ts
var jobs_tool_pr = __webpack_require__(2764);
// EXTERNAL MODULE: ./actions/lib/jobs/cve/ops-files.ts
var ops_files = __webpack_require__(274);
// EXTERNAL MODULE: ./actions/lib/jobs/cve/record.ts + 4 modules
var cve_record = __webpack_require__(2625);
// EXTERNAL MODULE: ./actions/lib/domain/ids.ts
var ids = __webpack_require__(8029);
;// CONCATENATED MODULE: ./actions/lib/jobs/cve/draft.ts















/** The tool branch of a CVE's record PR (a rejection, `psrt cve reject`, uses the same one). */
function recordBranch(cveId) {
    return `psrt/cve/${cveId}/record`;
}
async function readDraft(settings, config, deps, ctx) {
    const { repo, advisory } = await (0,cve_record/* findAdvisory */.HX)(config, settings.ghsa, deps);
    const onMain = await (0,ops_files/* readReportOnMain */.Ff)(deps.gh, config, settings.ghsa, ctx.now());
    const profileNames = await (0,cve_record/* profileNamesFor */.BW)(deps.gh, config, advisory, onMain.report);
    const observed = {
        repo,
        advisory,
        reportPath: onMain.path,
        ...(onMain.report ? { report: onMain.report } : {}),
        reportDiagnostics: onMain.diagnostics,
        profileNames,
    };
    const cveId = advisory.cve_id?.trim();
    if (!cveId || !(0,ids/* isCveId */.Ms)(cveId))
        return observed;
    const opsRepo = config.policy.ops_repo;
    const path = (0,format/* cveRecordFilePath */.$)(cveId);
    const [existing, pr] = await Promise.all([
        (0,ops_files/* readRecordOnMain */._w)(deps.gh, opsRepo, cveId),
        (0,reading/* reading */.h)(`the record pull request of ${cveId}`, () => (0,jobs_tool_pr/* readToolPr */.rT)(deps.gh.withoutFileCache(), opsRepo, recordBranch(cveId), [path])),
    ]);
    return { ...observed, ...(existing ? { existing } : {}), pr };
}
function prBody(plan, summary, announced, reviewers) {
    const waiting = announced
        ? ''
        : `\n> [!NOTE]\n> The advisory email is not recorded in \`${plan.reportPath}\` yet. Once \`record.announcement\` holds its archive URL, run \`psrt cve draft ${plan.ghsa}\` again: the record then references it (\`vendor-advisory\`), and only then can it be published.\n`;
    return [
        `The CVE record of ${plan.ghsa}, generated by \`psrt cve draft\` from the advisory and \`${plan.reportPath}\`.`,
        waiting,
        summary,
        '',
        '### Review',
        '',
        `A second CNA operator reviews this record (${reviewers}): compare it with the advisory, check the affected versions, the score, the credits and the references. Approving this pull request is the CNA's review.`,
        '',
        `Merging it hands the record to the \`cve-publish\` workflow, which publishes it to CVE Services only once the advisory email is recorded in \`${plan.reportPath}\` (\`record.announcement\`), within 24 hours after it and never before. Later runs of \`psrt cve draft\` update this pull request; the tool never merges it.`,
    ].join('\n');
}
function planCveDraft(config, observed, settings) {
    const opsRepo = config.policy.ops_repo;
    const base = {
        opsRepo,
        ghsa: settings.ghsa,
        changes: [],
        notes: [],
        guards: [],
        changed: [],
        refusals: [],
        diagnostics: observed.reportDiagnostics,
    };
    if (observed.reportDiagnostics.length > 0) {
        base.notes.push({
            level: 'error',
            text: `${observed.reportPath} has errors: fix them first (npx psrt validate shows them).`,
        });
        return base;
    }
    if (!observed.report)
        base.notes.push({
            level: 'warning',
            text: `${opsRepo} has no ${observed.reportPath}: the record's references, the announcement and names beyond the roster and GitHub come from that file.`,
        });
    const built = (0,cve_record/* buildRecord */.kA)(config, {
        advisory: observed.advisory,
        repo: observed.repo,
        ...(observed.report ? { report: observed.report } : {}),
        profileNames: observed.profileNames,
    });
    if (!built.ok)
        return { ...base, refusals: built.refusals };
    const cveId = built.record.cveMetadata.cveId;
    const path = (0,format/* cveRecordFilePath */.$)(cveId);
    const plan = { ...base, cveId, path };
    let previous;
    if (observed.existing) {
        const r = observed.existing.reading;
        if (r.ok)
            previous = r;
        else
            plan.notes.push({
                level: 'warning',
                text: `${path} on ${opsRepo}'s default branch cannot be read (${r.errors.join('; ')}): this PR replaces it.`,
            });
    }
    if (previous?.state === 'REJECTED') {
        plan.refusals.push({
            field: path,
            reason: `${cveId} was rejected: a rejected ID is never reused. Reserve a new ID for ${settings.ghsa}, set it on the advisory, and draft again.`,
        });
        return plan;
    }
    const openText = observed.pr?.open?.files[path];
    if (openText !== undefined) {
        const open = (0,record_file/* readCveRecordFile */.IR)(openText, path);
        if (open.ok && open.state === 'REJECTED') {
            plan.refusals.push({
                field: path,
                reason: `pull request #${observed.pr.open.number} rejects ${cveId}: merge or close it before drafting the record again.`,
            });
            return plan;
        }
    }
    const record = (0,record_file/* keepServiceMetadata */.kK)(built.record, previous);
    const content = (0,format.formatCveRecordFile)(record);
    plan.kind = !observed.existing ? 'new' : observed.existing.text === content ? 'unchanged' : 'update';
    if (previous?.state === 'PUBLISHED')
        plan.changed = (0,record_file/* changedContainerFields */.xd)(record.containers.cna, previous.record.containers.cna);
    const reviewers = (0,operators/* operatorReviewers */.T)(config.policy);
    for (const s of reviewers.skipped)
        plan.notes.push({ level: 'warning', text: `cna.operators: ${s} cannot be asked to review a PR in ${opsRepo}.` });
    const reviewerText = [...reviewers.users.map((u) => `\`${u}\``), ...reviewers.teams.map((t) => `team \`${t}\``)].join(', ') ||
        'set cna.operators in policy.yaml so this is asked automatically';
    if (reviewers.users.length === 0 && reviewers.teams.length === 0)
        plan.notes.push({
            level: 'warning',
            text: 'policy.yaml names no CNA operators (cna.operators): ask a second operator for the review by hand.',
        });
    const announced = (0,clocks/* announcementUrl */.Bv)(observed.report) !== undefined;
    if (!announced)
        plan.notes.push({
            level: 'info',
            text: `the advisory email is not recorded in ${observed.reportPath} yet: the record can be reviewed now; it is published only after the email.`,
        });
    const desired = {
        repo: opsRepo,
        branch: recordBranch(cveId),
        title: `${path}: the CVE record of ${settings.ghsa}${plan.kind === 'new' ? '' : ' (update)'}`,
        body: prBody({ ghsa: settings.ghsa, cveId, reportPath: (0,report_file/* reportFilePath */.KL)(settings.ghsa) }, summarizeCveRecord(record.containers.cna, {
            cveId,
            ghsa: settings.ghsa,
            ...(previous ? { changed: plan.changed } : {}),
        }), announced, reviewerText),
        commitMessage: `${path}: the CVE record of ${settings.ghsa}`,
        files: [{ path, content }],
        labels: ['psrt-ops', 'cve-record'],
        reviewers: { users: reviewers.users, teams: reviewers.teams },
    };
    if (!observed.pr)
        return plan;
    // The default branch holds this record already: a PR left open has nothing to add.
    const change = (0,tool_pr/* planToolPr */.a)(plan.kind === 'unchanged' ? undefined : desired, observed.pr, `Closed by psrt-ops: ${path} on the default branch already holds this record.`, opsRepo);
    if (change)
        plan.changes.push(change);
    return plan;
}
function describeDraft(plan) {
    if (!plan.cveId)
        return `${plan.ghsa}: no record`;
    const what = plan.kind === 'new'
        ? 'a new record'
        : plan.kind === 'unchanged'
            ? 'unchanged on the default branch'
            : plan.changed.length > 0
                ? `an update (${plan.changed.join(', ')})`
                : 'an update of the record metadata';
    return `${plan.ghsa} → ${plan.cveId}: ${plan.path}, ${what}`;
}
function renderCveDraft(plan, format, results) {
    const md = format === 'markdown';
    const lines = [
        md ? `## ${(0,domain_plan/* headline */.Pl)('cve draft', plan, results)}` : (0,domain_plan/* headline */.Pl)('cve draft', plan, results),
        '',
        describeDraft(plan),
    ];
    for (const d of plan.diagnostics)
        lines.push(md ? `- \`${(0,findings/* formatDiagnostic */.xy)(d)}\`` : `  ${(0,findings/* formatDiagnostic */.xy)(d)}`);
    if (plan.refusals.length > 0) {
        lines.push('', md ? '**No record: the builder refuses**' : 'No record: the builder refuses:');
        for (const r of plan.refusals)
            lines.push(md ? `- \`${r.field}\`: ${r.reason}` : `  ${r.field}: ${r.reason}`);
    }
    lines.push(...plan.notes.map((n) => (0,domain_plan/* renderNote */.NS)(n, format)));
    const status = new Map(results?.map((r) => [r.change, r]));
    if (plan.changes.length > 0) {
        lines.push('', ...plan.changes.map((c) => (0,domain_plan/* withResult */.ox)((0,tool_pr/* describeToolPrChange */.M)(c), status.get(c))));
        if (!results)
            lines.push('', `Dry run: use --apply to make this change in ${plan.opsRepo}.`);
    }
    for (const r of results ?? [])
        if (r.detail)
            lines.push(`Pull request: ${r.detail}`);
    lines.push(...(0,domain_plan/* renderResultsLine */.$0)(results, format));
    return `${lines.join('\n')}\n`;
}
const cveDraftJob = {
    name: 'cve draft',
    read: readDraft,
    plan: planCveDraft,
    render: renderCveDraft,
    apply: (plan, deps, ctx) => (0,job/* applyInOrder */.g$)(plan.changes.map((c) => [c]), ([c]) => (0,jobs_tool_pr/* applyToolPr */.Hw)(deps.gh.withoutFileCache(), c), ctx, tool_pr/* describeToolPrChange */.M),
};
function runCveDraft(settings, deps, ctx) {
    return (0,job/* runJob */.b5)(cveDraftJob, settings, deps, ctx);
}


/***/ })

};

//# sourceMappingURL=203.index.js.map