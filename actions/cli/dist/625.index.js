export const id = 625;
export const ids = [625];
export const modules = {

/***/ 1312:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EH: () => (/* binding */ readVersionRange),
/* harmony export */   pd: () => (/* binding */ comparePythonVersions)
/* harmony export */ });
/* unused harmony export isPythonVersion */
const PYTHON_VERSION = /^(\d+(?:\.\d+)*)(?:(a|b|rc)(\d+))?(?:\.post(\d+))?(?:\.dev(\d+))?$/;
const PRE_KINDS = { a: 0, b: 1, rc: 2 };
function parsePythonVersion(text) {
    const m = PYTHON_VERSION.exec(text);
    if (!m)
        return undefined;
    const version = { release: m[1].split('.').map(Number) };
    if (m[2])
        version.pre = { kind: PRE_KINDS[m[2]], number: Number(m[3]) };
    if (m[4] !== undefined)
        version.post = Number(m[4]);
    if (m[5] !== undefined)
        version.dev = Number(m[5]);
    return version;
}
/** PEP 440 order: X.devN < XaN < XbN < XrcN < X < X.postN. */
function comparePythonVersions(a, b) {
    const x = parsePythonVersion(a);
    const y = parsePythonVersion(b);
    if (!x || !y)
        throw new Error(`not a Python version: ${x ? b : a}`);
    const length = Math.max(x.release.length, y.release.length);
    for (let i = 0; i < length; i++) {
        const d = (x.release[i] ?? 0) - (y.release[i] ?? 0);
        if (d !== 0)
            return d;
    }
    const key = (v) => {
        // A development release of a final version sorts before its pre-releases.
        const phase = v.pre ? 0 : v.dev !== undefined && v.post === undefined ? -1 : 1;
        return [phase, v.pre?.kind ?? 0, v.pre?.number ?? 0, v.post ?? -1, v.dev ?? Number.POSITIVE_INFINITY];
    };
    const kx = key(x);
    const ky = key(y);
    for (let i = 0; i < kx.length; i++) {
        if (kx[i] !== ky[i])
            return kx[i] < ky[i] ? -1 : 1;
    }
    return 0;
}
function isPythonVersion(text) {
    return PYTHON_VERSION.test(text);
}
const CONSTRAINT = /^(<=|>=|<|>|=)\s*(\S+)$/;
function readConstraint(text) {
    const m = CONSTRAINT.exec(text.trim());
    if (!m && /\s(or|and)\s|\|/i.test(text))
        return `"${text.trim()}": join branches with "||" and the bounds of one branch with ","`;
    if (!m)
        return `"${text.trim()}" is not an operator (<, <=, >=, =) followed by a version`;
    const version = m[2];
    if (!isPythonVersion(version))
        return `"${version}" is not a release version (such as 3.12.4, 3.14.0rc2 or 25.3)`;
    return { operator: m[1], version };
}
function readBranch(text) {
    const parts = text.split(',').map((p) => p.trim());
    if (parts.some((p) => p === ''))
        return `"${text}" has an empty condition (a stray comma)`;
    const constraints = [];
    for (const part of parts) {
        const c = readConstraint(part);
        if (typeof c === 'string')
            return c;
        constraints.push(c);
    }
    if (constraints.some((c) => c.operator === '>'))
        return `"${text}" uses ">": a CVE range starts at its first affected version, so write ">= <first affected version>"`;
    const lower = constraints.filter((c) => c.operator === '>=');
    const upper = constraints.filter((c) => c.operator === '<' || c.operator === '<=');
    const exact = constraints.filter((c) => c.operator === '=');
    if (exact.length > 0) {
        if (constraints.length > 1)
            return `"${text}" combines "=" with other conditions: write "= X" alone`;
        return { text, from: exact[0].version };
    }
    if (lower.length > 1 || upper.length > 1)
        return `"${text}" has more than one lower or upper bound: write one branch as ">= A, < B"`;
    const from = lower[0]?.version ?? '0';
    const bound = upper[0];
    if (!bound) {
        if (!lower[0])
            return `"${text}" has no bound`;
        return { text, from, upTo: 'unbounded' };
    }
    if (lower[0]) {
        const order = comparePythonVersions(lower[0].version, bound.version);
        if (order > 0 || (order === 0 && bound.operator === '<'))
            return `"${text}" contains no version: its lower bound is not below its upper bound`;
    }
    return { text, from, upTo: { version: bound.version, inclusive: bound.operator === '<=' } };
}
/** The highest version a branch can contain, for the overlap check ('unbounded' sorts last). */
function branchEnd(b) {
    return b.upTo ?? { version: b.from, inclusive: true };
}
/**
 * Read a `vulnerable_version_range` into CVE version entries of type `versionType`, or the reason it
 * cannot be read. `< X` is `{version: "0", lessThan: X}`; `>= A, < B` is `{version: A, lessThan: B}`;
 * `<= X` uses lessThanOrEqual; `>= A` alone is `{version: A, lessThan: "*"}`; `= X` is one version.
 * Branches are joined with `||` and must not overlap.
 */
function readVersionRange(range, versionType) {
    const text = range.trim();
    if (text === '')
        return { ok: false, reason: 'the range is empty' };
    const branches = [];
    for (const part of text.split('||')) {
        if (part.trim() === '')
            return { ok: false, reason: `"${text}" has an empty branch around "||"` };
        const branch = readBranch(part.trim());
        if (typeof branch === 'string')
            return { ok: false, reason: branch };
        branches.push(branch);
    }
    const sorted = [...branches].sort((a, b) => comparePythonVersions(a.from, b.from));
    for (let i = 1; i < sorted.length; i++) {
        const previous = sorted[i - 1];
        const current = sorted[i];
        const end = branchEnd(previous);
        const overlaps = end === 'unbounded' ||
            comparePythonVersions(end.version, current.from) > 0 ||
            (end.inclusive && comparePythonVersions(end.version, current.from) === 0);
        if (overlaps)
            return { ok: false, reason: `the branches "${previous.text}" and "${current.text}" overlap` };
    }
    const versions = branches.map((b) => {
        if (!b.upTo)
            return { version: b.from, status: 'affected', versionType };
        if (b.upTo === 'unbounded')
            return { version: b.from, lessThan: '*', status: 'affected', versionType };
        return b.upTo.inclusive
            ? { version: b.from, lessThanOrEqual: b.upTo.version, status: 'affected', versionType }
            : { version: b.from, lessThan: b.upTo.version, status: 'affected', versionType };
    });
    return { ok: true, versions };
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

/***/ 2625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kA: () => (/* binding */ buildRecord),
  HX: () => (/* binding */ findAdvisory),
  BW: () => (/* binding */ profileNamesFor),
  recordFromFiles: () => (/* binding */ recordFromFiles),
  recordFromGitHub: () => (/* binding */ recordFromGitHub)
});

// UNUSED EXPORTS: readReportInput, rosterNames

// EXTERNAL MODULE: ./actions/lib/clients/github/failures.ts
var failures = __webpack_require__(9026);
// EXTERNAL MODULE: ./actions/lib/config/report-files.ts
var report_files = __webpack_require__(3849);
// EXTERNAL MODULE: ./actions/lib/domain/cve/advisory.ts
var cve_advisory = __webpack_require__(4893);
;// CONCATENATED MODULE: ./actions/lib/domain/cve/credits.ts
const CREDIT_TYPES = {
    analyst: 'analyst',
    finder: 'finder',
    reporter: 'reporter',
    coordinator: 'coordinator',
    remediation_developer: 'remediation developer',
    remediation_reviewer: 'remediation reviewer',
    remediation_verifier: 'remediation verifier',
    tool: 'tool',
    sponsor: 'sponsor',
    other: 'other',
};
/** GHSA's credit type (`remediation_developer`) as CVE JSON writes it (`remediation developer`). */
function cveCreditType(ghsaType) {
    return CREDIT_TYPES[ghsaType] ?? 'other';
}
function lookup(names, login) {
    if (!names)
        return undefined;
    const direct = names[login];
    if (direct?.trim())
        return direct.trim();
    const lower = login.toLowerCase();
    for (const [key, name] of Object.entries(names))
        if (key.toLowerCase() === lower && name.trim())
            return name.trim();
    return undefined;
}
function creditedEntries(advisory) {
    return (advisory.credits_detailed ?? []).filter((c) => c.state !== 'declined');
}
/** The name for a login: roster, then the report file's names, then the GitHub profile, then the login. */
function displayName(login, sources) {
    return (lookup(sources.rosterNames, login) ??
        lookup(sources.recordInputs?.names, login) ??
        lookup(sources.profileNames, login) ??
        login);
}
/** Credited logins whose name neither the roster nor the report file gives: the profiles to fetch. */
function loginsWithoutName(sources) {
    const out = [];
    for (const credit of creditedEntries(sources.advisory)) {
        const login = credit.user.login;
        if (lookup(sources.rosterNames, login) ?? lookup(sources.recordInputs?.names, login))
            continue;
        if (!out.some((l) => l.toLowerCase() === login.toLowerCase()))
            out.push(login);
    }
    return out;
}
const REPORTER_TYPES = ['reporter', 'finder'];
function buildCredits(sources) {
    const anonymous = sources.reporter?.credit === false;
    const reporterName = sources.reporter?.name.trim().toLowerCase();
    const isReporter = (name) => anonymous && name.trim().toLowerCase() === reporterName;
    const credits = [];
    const add = (credit) => {
        if (!credits.some((c) => c.value === credit.value && c.type === credit.type))
            credits.push(credit);
    };
    for (const credit of creditedEntries(sources.advisory)) {
        const type = cveCreditType(credit.type);
        // GHSA does not say which credited account filed the report: an anonymous reporter drops them all.
        if (anonymous && REPORTER_TYPES.includes(type))
            continue;
        const login = credit.user.login;
        const name = displayName(login, sources);
        if (isReporter(name))
            continue;
        add({ lang: 'en', value: sources.format === 'name' ? name : `${name} (https://github.com/${login})`, type });
    }
    for (const credit of sources.recordInputs?.credits ?? []) {
        if (isReporter(credit.name))
            continue;
        add({ lang: 'en', value: credit.name.trim(), type: credit.type });
    }
    return credits;
}

// EXTERNAL MODULE: ./actions/lib/domain/report-file.ts
var report_file = __webpack_require__(9200);
// EXTERNAL MODULE: ./node_modules/ae-cvss-calculator/dist/ae-cvss-calculator.js
var ae_cvss_calculator = __webpack_require__(4353);
var ae_cvss_calculator_default = /*#__PURE__*/__webpack_require__.n(ae_cvss_calculator);
;// CONCATENATED MODULE: ./actions/lib/domain/cve/cvss.ts
// CVSS vectors into the record's metric objects: the vector is checked metric by metric first (the
// calculator scores a vector it cannot read as 0 without complaint), then scored by ae-cvss-calculator.
// The object carries what the PSF's published records carry: the base metrics, and for 4.0 also
// exploitMaturity and the supplemental metrics (NOT_DEFINED where the vector leaves them out); any
// other metric the vector sets is added under its CVE JSON name.

const NLH = { N: 'NONE', L: 'LOW', H: 'HIGH' };
const X = { X: 'NOT_DEFINED' };
const REQUIREMENT = { ...X, L: 'LOW', M: 'MEDIUM', H: 'HIGH' };
const V3_AV = { N: 'NETWORK', A: 'ADJACENT_NETWORK', L: 'LOCAL', P: 'PHYSICAL' };
const V3_PR = { N: 'NONE', L: 'LOW', H: 'HIGH' };
/** CVSS 3.0 and 3.1 share their metrics and values. */
const V3_METRICS = new Map([
    ['AV', { property: 'attackVector', values: V3_AV, group: 'base' }],
    ['AC', { property: 'attackComplexity', values: { L: 'LOW', H: 'HIGH' }, group: 'base' }],
    ['PR', { property: 'privilegesRequired', values: V3_PR, group: 'base' }],
    ['UI', { property: 'userInteraction', values: { N: 'NONE', R: 'REQUIRED' }, group: 'base' }],
    ['S', { property: 'scope', values: { U: 'UNCHANGED', C: 'CHANGED' }, group: 'base' }],
    ['C', { property: 'confidentialityImpact', values: NLH, group: 'base' }],
    ['I', { property: 'integrityImpact', values: NLH, group: 'base' }],
    ['A', { property: 'availabilityImpact', values: NLH, group: 'base' }],
    [
        'E',
        {
            property: 'exploitCodeMaturity',
            values: { ...X, U: 'UNPROVEN', P: 'PROOF_OF_CONCEPT', F: 'FUNCTIONAL', H: 'HIGH' },
            group: 'threat',
        },
    ],
    [
        'RL',
        {
            property: 'remediationLevel',
            values: { ...X, O: 'OFFICIAL_FIX', T: 'TEMPORARY_FIX', W: 'WORKAROUND', U: 'UNAVAILABLE' },
            group: 'threat',
        },
    ],
    [
        'RC',
        { property: 'reportConfidence', values: { ...X, U: 'UNKNOWN', R: 'REASONABLE', C: 'CONFIRMED' }, group: 'threat' },
    ],
    ['CR', { property: 'confidentialityRequirement', values: REQUIREMENT, group: 'environmental' }],
    ['IR', { property: 'integrityRequirement', values: REQUIREMENT, group: 'environmental' }],
    ['AR', { property: 'availabilityRequirement', values: REQUIREMENT, group: 'environmental' }],
    ['MAV', { property: 'modifiedAttackVector', values: { ...X, ...V3_AV }, group: 'environmental' }],
    ['MAC', { property: 'modifiedAttackComplexity', values: { ...X, L: 'LOW', H: 'HIGH' }, group: 'environmental' }],
    ['MPR', { property: 'modifiedPrivilegesRequired', values: { ...X, ...V3_PR }, group: 'environmental' }],
    ['MUI', { property: 'modifiedUserInteraction', values: { ...X, N: 'NONE', R: 'REQUIRED' }, group: 'environmental' }],
    ['MS', { property: 'modifiedScope', values: { ...X, U: 'UNCHANGED', C: 'CHANGED' }, group: 'environmental' }],
    ['MC', { property: 'modifiedConfidentialityImpact', values: { ...X, ...NLH }, group: 'environmental' }],
    ['MI', { property: 'modifiedIntegrityImpact', values: { ...X, ...NLH }, group: 'environmental' }],
    ['MA', { property: 'modifiedAvailabilityImpact', values: { ...X, ...NLH }, group: 'environmental' }],
]);
const V4_AV = { N: 'NETWORK', A: 'ADJACENT', L: 'LOCAL', P: 'PHYSICAL' };
const V4_UI = { N: 'NONE', P: 'PASSIVE', A: 'ACTIVE' };
/** CVSS 4.0 metrics in the order the specification requires in a vector. */
const V4_METRICS = new Map([
    ['AV', { property: 'attackVector', values: V4_AV, group: 'base' }],
    ['AC', { property: 'attackComplexity', values: { L: 'LOW', H: 'HIGH' }, group: 'base' }],
    ['AT', { property: 'attackRequirements', values: { N: 'NONE', P: 'PRESENT' }, group: 'base' }],
    ['PR', { property: 'privilegesRequired', values: NLH, group: 'base' }],
    ['UI', { property: 'userInteraction', values: V4_UI, group: 'base' }],
    ['VC', { property: 'vulnConfidentialityImpact', values: NLH, group: 'base' }],
    ['VI', { property: 'vulnIntegrityImpact', values: NLH, group: 'base' }],
    ['VA', { property: 'vulnAvailabilityImpact', values: NLH, group: 'base' }],
    ['SC', { property: 'subConfidentialityImpact', values: NLH, group: 'base' }],
    ['SI', { property: 'subIntegrityImpact', values: NLH, group: 'base' }],
    ['SA', { property: 'subAvailabilityImpact', values: NLH, group: 'base' }],
    [
        'E',
        {
            property: 'exploitMaturity',
            values: { ...X, A: 'ATTACKED', P: 'PROOF_OF_CONCEPT', U: 'UNREPORTED' },
            group: 'threat',
        },
    ],
    ['CR', { property: 'confidentialityRequirement', values: REQUIREMENT, group: 'environmental' }],
    ['IR', { property: 'integrityRequirement', values: REQUIREMENT, group: 'environmental' }],
    ['AR', { property: 'availabilityRequirement', values: REQUIREMENT, group: 'environmental' }],
    ['MAV', { property: 'modifiedAttackVector', values: { ...X, ...V4_AV }, group: 'environmental' }],
    ['MAC', { property: 'modifiedAttackComplexity', values: { ...X, L: 'LOW', H: 'HIGH' }, group: 'environmental' }],
    [
        'MAT',
        { property: 'modifiedAttackRequirements', values: { ...X, N: 'NONE', P: 'PRESENT' }, group: 'environmental' },
    ],
    ['MPR', { property: 'modifiedPrivilegesRequired', values: { ...X, ...NLH }, group: 'environmental' }],
    ['MUI', { property: 'modifiedUserInteraction', values: { ...X, ...V4_UI }, group: 'environmental' }],
    ['MVC', { property: 'modifiedVulnConfidentialityImpact', values: { ...X, ...NLH }, group: 'environmental' }],
    ['MVI', { property: 'modifiedVulnIntegrityImpact', values: { ...X, ...NLH }, group: 'environmental' }],
    ['MVA', { property: 'modifiedVulnAvailabilityImpact', values: { ...X, ...NLH }, group: 'environmental' }],
    // The CVE schema spells the modified subsequent-system values NONE (the specification: NEGLIGIBLE).
    ['MSC', { property: 'modifiedSubConfidentialityImpact', values: { ...X, ...NLH }, group: 'environmental' }],
    ['MSI', { property: 'modifiedSubIntegrityImpact', values: { ...X, ...NLH, S: 'SAFETY' }, group: 'environmental' }],
    ['MSA', { property: 'modifiedSubAvailabilityImpact', values: { ...X, ...NLH, S: 'SAFETY' }, group: 'environmental' }],
    ['S', { property: 'Safety', values: { ...X, N: 'NEGLIGIBLE', P: 'PRESENT' }, group: 'supplemental' }],
    ['AU', { property: 'Automatable', values: { ...X, N: 'NO', Y: 'YES' }, group: 'supplemental' }],
    [
        'R',
        { property: 'Recovery', values: { ...X, A: 'AUTOMATIC', U: 'USER', I: 'IRRECOVERABLE' }, group: 'supplemental' },
    ],
    ['V', { property: 'valueDensity', values: { ...X, D: 'DIFFUSE', C: 'CONCENTRATED' }, group: 'supplemental' }],
    [
        'RE',
        {
            property: 'vulnerabilityResponseEffort',
            values: { ...X, L: 'LOW', M: 'MODERATE', H: 'HIGH' },
            group: 'supplemental',
        },
    ],
    [
        'U',
        {
            property: 'providerUrgency',
            values: { ...X, Clear: 'CLEAR', Green: 'GREEN', Amber: 'AMBER', Red: 'RED' },
            group: 'supplemental',
        },
    ],
]);
const METRICS = {
    '3.0': V3_METRICS,
    '3.1': V3_METRICS,
    '4.0': V4_METRICS,
};
const RECORD_KEY = { '3.0': 'cvssV3_0', '3.1': 'cvssV3_1', '4.0': 'cvssV4_0' };
/** The qualitative rating of a score (the same bands in CVSS 3.x and 4.0). */
function cvssSeverity(score) {
    if (score === 0)
        return 'NONE';
    if (score < 4)
        return 'LOW';
    if (score < 7)
        return 'MEDIUM';
    if (score < 9)
        return 'HIGH';
    return 'CRITICAL';
}
function parseVector(vector) {
    const m = /^CVSS:(3\.0|3\.1|4\.0)\/(.*)$/.exec(vector);
    if (!m)
        return 'it is not a CVSS 3.0, 3.1 or 4.0 vector (it starts with CVSS:3.1/ or CVSS:4.0/)';
    const version = m[1];
    const defs = METRICS[version];
    const values = new Map();
    for (const part of m[2].split('/')) {
        const pm = /^([A-Za-z]+):([A-Za-z]+)$/.exec(part);
        if (!pm)
            return `"${part}" is not a metric (METRIC:VALUE)`;
        const [, metric, value] = pm;
        const def = defs.get(metric);
        if (!def)
            return `${metric} is not a CVSS ${version} metric`;
        if (!(value in def.values))
            return `${metric}:${value} is not a valid value (${metric} takes ${Object.keys(def.values).join(', ')})`;
        if (values.has(metric))
            return `${metric} appears twice`;
        values.set(metric, value);
    }
    const missing = [...defs].filter(([k, d]) => d.group === 'base' && !values.has(k)).map(([k]) => k);
    if (missing.length > 0)
        return `base metric${missing.length > 1 ? 's' : ''} ${missing.join(', ')} missing`;
    if (version === '4.0') {
        const order = [...defs.keys()];
        const given = [...values.keys()].map((k) => order.indexOf(k));
        if (given.some((position, i) => i > 0 && position < given[i - 1]))
            return `CVSS 4.0 metrics must appear in the specification's order (${order.join('/')})`;
    }
    return { version, values };
}
function score(parsed, vector) {
    if (parsed.version === '4.0') {
        // CVSS 4.0 has one score, computed from every metric the vector gives (CVSS-B, -BT, -BE or -BTE).
        return { base: new (ae_cvss_calculator_default()).Cvss4P0(vector).calculateScores().overall };
    }
    const scores = parsed.version === '3.1'
        ? new (ae_cvss_calculator_default()).Cvss3P1(vector).calculateScores()
        : new (ae_cvss_calculator_default()).Cvss3P0(vector).calculateScores();
    return { base: scores.base ?? Number.NaN, threat: scores.temporal, environmental: scores.environmental };
}
/** The metric entry for a CVSS vector, or why the vector cannot be used. */
function cvssMetricOf(vectorString) {
    const vector = vectorString.trim();
    const parsed = parseVector(vector);
    if (typeof parsed === 'string')
        return { ok: false, reason: parsed };
    let scores;
    try {
        scores = score(parsed, vector);
    }
    catch (err) {
        return {
            ok: false,
            reason: `the calculator cannot score it (${err instanceof Error ? err.message : String(err)})`,
        };
    }
    if (!Number.isFinite(scores.base))
        return { ok: false, reason: 'the calculator gave no base score' };
    const object = {
        version: parsed.version,
        vectorString: vector,
        baseScore: scores.base,
        baseSeverity: cvssSeverity(scores.base),
    };
    const defs = METRICS[parsed.version];
    for (const [metric, def] of defs) {
        const value = parsed.values.get(metric);
        const alwaysShown = def.group === 'base' || (parsed.version === '4.0' && (def.group === 'supplemental' || metric === 'E'));
        if (value !== undefined && (value !== 'X' || alwaysShown))
            object[def.property] = def.values[value];
        else if (alwaysShown)
            object[def.property] = 'NOT_DEFINED';
    }
    if (parsed.version !== '4.0') {
        const defined = (group) => [...parsed.values].some(([k, v]) => v !== 'X' && defs.get(k)?.group === group);
        if (defined('threat') && scores.threat !== undefined) {
            object.temporalScore = scores.threat;
            object.temporalSeverity = cvssSeverity(scores.threat);
        }
        if (defined('environmental') && scores.environmental !== undefined) {
            object.environmentalScore = scores.environmental;
            object.environmentalSeverity = cvssSeverity(scores.environmental);
        }
    }
    return {
        ok: true,
        version: parsed.version,
        metric: { format: 'CVSS', scenarios: [{ lang: 'en', value: 'GENERAL' }], [RECORD_KEY[parsed.version]]: object },
    };
}

// EXTERNAL MODULE: ./node_modules/marked/lib/marked.esm.js
var marked_esm = __webpack_require__(8022);
;// CONCATENATED MODULE: ./actions/lib/domain/cve/markdown.ts
// An advisory's Markdown description as the record carries it: plain text (descriptions[].value) and
// HTML (supportingMedia text/html). The HTML passes nothing through from the advisory unescaped: raw
// HTML in the Markdown is shown as text, links keep only http(s) and mailto targets, images become
// links, code blocks lose their language class. Marked escapes everything else it renders.

/** CRLF and lone CR to LF: GitHub stores descriptions typed in a browser with CRLF. */
function normalizeNewlines(text) {
    return text.replace(/\r\n?/g, '\n');
}
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
/** Marked keeps character references in text as written; plain text wants the characters. */
function decodeEntities(text) {
    return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (whole, ref) => {
        if (ref.startsWith('#x') || ref.startsWith('#X'))
            return safeCodePoint(Number.parseInt(ref.slice(2), 16)) ?? whole;
        if (ref.startsWith('#'))
            return safeCodePoint(Number.parseInt(ref.slice(1), 10)) ?? whole;
        return ENTITIES[ref] ?? whole;
    });
}
function safeCodePoint(n) {
    return Number.isInteger(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : undefined;
}
function escapeHtml(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}
/** Link targets the record may carry; anything else (javascript:, data:, relative) is dropped. */
function safeHref(href) {
    const trimmed = href.trim();
    return /^(https?:\/\/|mailto:)/i.test(trimmed) ? trimmed : undefined;
}
function stripTags(html) {
    return html.replace(/<[^>]*>/g, '');
}
function inlineText(tokens) {
    let out = '';
    for (const token of tokens ?? [])
        out += inlineTokenText(token);
    return out;
}
function inlineTokenText(token) {
    switch (token.type) {
        case 'text':
        case 'escape':
            return 'tokens' in token && token.tokens ? inlineText(token.tokens) : decodeEntities(String(token.text));
        case 'codespan':
            return decodeEntities(String(token.text));
        case 'strong':
        case 'em':
        case 'del':
            return inlineText(token.tokens);
        case 'br':
            return '\n';
        case 'link': {
            const link = token;
            const text = inlineText(link.tokens);
            const href = safeHref(link.href);
            if (!href)
                return text;
            return text === href || link.autolink ? href : `${text} (${href})`;
        }
        case 'image': {
            const image = token;
            const href = safeHref(image.href);
            if (!href)
                return image.text;
            return image.text ? `${image.text} (${href})` : href;
        }
        case 'html':
            return decodeEntities(stripTags(String(token.text)));
        case 'checkbox':
            return token.checked ? '[x] ' : '[ ] ';
        default:
            return 'tokens' in token && token.tokens ? inlineText(token.tokens) : decodeEntities(String(token.raw ?? ''));
    }
}
function indent(text, prefix) {
    return text
        .split('\n')
        .map((line) => (line === '' ? line : prefix + line))
        .join('\n');
}
function blockText(tokens) {
    const blocks = [];
    for (const token of tokens) {
        const text = blockTokenText(token);
        if (text.trim() !== '')
            blocks.push(text);
    }
    return blocks.join('\n\n');
}
function blockTokenText(token) {
    switch (token.type) {
        case 'space':
        case 'hr':
        case 'def':
            return '';
        case 'heading':
        case 'paragraph':
            return inlineText(token.tokens);
        case 'text':
            return 'tokens' in token && token.tokens ? inlineText(token.tokens) : decodeEntities(String(token.text));
        case 'code':
            return String(token.text);
        case 'blockquote':
            return blockText(token.tokens ?? []);
        case 'html':
            return decodeEntities(stripTags(String(token.text))).trim();
        case 'list': {
            const list = token;
            const start = typeof list.start === 'number' ? list.start : 1;
            return list.items
                .map((item, i) => {
                const marker = list.ordered ? `${start + i}. ` : '- ';
                const body = item.tokens.map((t) => blockTokenText(t)).filter((t) => t.trim() !== '');
                const text = (item.task ? (item.checked ? '[x] ' : '[ ] ') : '') + body.join('\n');
                return marker + indent(text, ' '.repeat(marker.length)).slice(marker.length);
            })
                .join('\n');
        }
        case 'table': {
            const table = token;
            const row = (cells) => cells.map((c) => inlineText(c.tokens)).join(' | ');
            return [row(table.header), ...table.rows.map(row)].join('\n');
        }
        default:
            return 'tokens' in token && token.tokens ? blockText(token.tokens) : '';
    }
}
/** The description as plain text: Markdown syntax removed, links as "text (url)", LF line ends. */
function markdownToPlainText(markdown) {
    const tokens = new marked_esm/* Lexer */.JG({ gfm: true }).lex(normalizeNewlines(markdown));
    return blockText(tokens)
        .split('\n')
        .map((line) => line.replace(/[ \t]+$/, ''))
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim();
}
/** Marked with every path for raw HTML or unsafe URLs closed. */
function safeMarked() {
    return new marked_esm/* Marked */.Dz({
        gfm: true,
        async: false,
        renderer: {
            html({ text }) {
                return escapeHtml(text);
            },
            code({ text }) {
                return `<pre><code>${escapeHtml(text)}</code></pre>\n`;
            },
            link(token) {
                const text = this.parser.parseInline(token.tokens);
                const href = safeHref(token.href);
                return href ? `<a href="${escapeHtml(href)}">${text}</a>` : text;
            },
            image({ href, text }) {
                const safe = safeHref(href);
                const label = escapeHtml(text || href);
                return safe ? `<a href="${escapeHtml(safe)}">${label}</a>` : label;
            },
            checkbox({ checked }) {
                return checked ? '[x] ' : '[ ] ';
            },
        },
    });
}
let markedInstance;
/** The description as HTML for supportingMedia, with nothing from the advisory passed through raw. */
function markdownToSafeHtml(markdown) {
    markedInstance ??= safeMarked();
    return markedInstance.parse(normalizeNewlines(markdown)).trim();
}

// EXTERNAL MODULE: ./actions/lib/domain/cve/ranges.ts
var ranges = __webpack_require__(1312);
// EXTERNAL MODULE: ./actions/lib/domain/cve/validate.ts + 1 modules
var validate = __webpack_require__(3918);
;// CONCATENATED MODULE: ./actions/lib/domain/cve/record.ts






/** CVE JSON limits (config/cve/), checked first so the refusal says what to shorten. */
const MAX_TITLE = 256;
const MAX_DESCRIPTION = 4096;
const MAX_SUPPORTING_MEDIA = 16384;
const CVE_ID = /^CVE-[0-9]{4}-[0-9]{4,19}$/;
const CWE_ID = /^CWE-[1-9][0-9]*$/;
const GENERATOR = 'psrt-ops';
/**
 * The module part of a vulnerable function: before a colon when given (`http.client:HTTPResponse.read`),
 * else the dotted prefix before the first capitalised part (`tarfile.TarFile.extractall` → `tarfile`),
 * else the whole name (a module named on its own, `http.cookies`).
 */
function moduleOfFunction(name) {
    const text = name.trim();
    if (text === '')
        return undefined;
    const colon = text.indexOf(':');
    if (colon >= 0)
        return text.slice(0, colon).trim() || undefined;
    const parts = text.split('.');
    const firstClass = parts.findIndex((p) => /^[A-Z]/.test(p));
    if (firstClass === 0)
        return undefined;
    return (firstClass > 0 ? parts.slice(0, firstClass) : parts).join('.');
}
function affectedOf(sources, refusals) {
    const product = sources.cna.products[sources.repo];
    if (!product) {
        refusals.push({
            field: 'policy.yaml cna.products',
            reason: `${sources.repo} has no product: add it under cna.products (vendor, product, repo, version_type)`,
        });
        return undefined;
    }
    const versions = [];
    const modules = [];
    const vulnerabilities = sources.advisory.vulnerabilities ?? [];
    if (vulnerabilities.length === 0) {
        refusals.push({
            field: 'advisory.vulnerabilities',
            reason: 'the advisory names no affected product: add one with its affected versions',
        });
    }
    vulnerabilities.forEach((vulnerability, i) => {
        const field = `advisory.vulnerabilities[${i}].vulnerable_version_range`;
        const range = vulnerability.vulnerable_version_range?.trim();
        if (!range) {
            refusals.push({
                field,
                reason: 'no affected versions: fill in the affected versions (see config/cve/RANGES.md)',
            });
        }
        else {
            const reading = (0,ranges/* readVersionRange */.EH)(range, product.version_type);
            if (reading.ok)
                versions.push(...reading.versions);
            else
                refusals.push({ field, reason: `${reading.reason} (see config/cve/RANGES.md)` });
        }
        for (const fn of vulnerability.vulnerable_functions ?? []) {
            const module = moduleOfFunction(fn);
            if (module && !modules.includes(module))
                modules.push(module);
        }
    });
    return {
        vendor: product.vendor,
        product: product.product,
        repo: product.repo,
        ...(product.package_name ? { packageName: product.package_name } : {}),
        ...(product.package_url ? { collectionURL: product.package_url } : {}),
        ...(modules.length > 0 ? { modules } : {}),
        defaultStatus: 'unaffected',
        versions,
    };
}
function metricsOf(advisory, refusals) {
    const candidates = [];
    const add = (field, vector) => {
        const v = vector?.trim();
        if (v && !candidates.some((c) => c.vector === v))
            candidates.push({ field, vector: v });
    };
    add('advisory.cvss_severities.cvss_v4.vector_string', advisory.cvss_severities?.cvss_v4?.vector_string);
    add('advisory.cvss_severities.cvss_v3.vector_string', advisory.cvss_severities?.cvss_v3?.vector_string);
    // The legacy field repeats the CVSS 3 vector; it counts only where the newer fields are absent.
    add('advisory.cvss.vector_string', advisory.cvss?.vector_string);
    const metrics = [];
    const versions = new Set();
    for (const { field, vector } of candidates) {
        const reading = cvssMetricOf(vector);
        if (!reading.ok) {
            refusals.push({ field, reason: `the CVSS vector "${vector}" is invalid: ${reading.reason}` });
            continue;
        }
        if (versions.has(reading.version)) {
            refusals.push({
                field,
                reason: `a second, different CVSS ${reading.version} vector: keep one (GitHub's cvss and cvss_severities disagree)`,
            });
            continue;
        }
        versions.add(reading.version);
        metrics.push(reading.metric);
    }
    return metrics;
}
function problemTypesOf(advisory, refusals) {
    const out = [];
    (advisory.cwes ?? []).forEach((cwe, i) => {
        const id = cwe.cwe_id.trim().toUpperCase();
        if (!CWE_ID.test(id)) {
            refusals.push({ field: `advisory.cwes[${i}].cwe_id`, reason: `"${cwe.cwe_id}" is not a CWE ID (CWE-nnn)` });
            return;
        }
        const name = cwe.name?.trim();
        out.push({ descriptions: [{ cweId: id, type: 'CWE', lang: 'en', description: name ? `${id} ${name}` : id }] });
    });
    return out;
}
function referencesOf(inputs) {
    const references = [];
    const add = (url, tags) => {
        const existing = references.find((r) => r.url === url);
        if (existing) {
            for (const tag of tags)
                if (!existing.tags?.includes(tag))
                    existing.tags = [...(existing.tags ?? []), tag];
            return;
        }
        references.push(tags.length > 0 ? { url, tags: [...tags] } : { url });
    };
    for (const reference of inputs?.references ?? [])
        add(reference.url.trim(), reference.tags ?? []);
    const announcement = (0,report_file/* announcementOf */.r4)(inputs)?.url;
    if (announcement)
        add(announcement.trim(), ['vendor-advisory']);
    return references;
}
/** The report file's date_public (a date or a time with zone) as the record's UTC time stamp. */
function datePublicOf(inputs, refusals) {
    const given = inputs?.date_public;
    if (given === undefined)
        return undefined;
    const iso = /^\d{4}-\d{2}-\d{2}$/.test(given) ? `${given}T00:00:00Z` : given;
    const time = Date.parse(iso);
    if (Number.isNaN(time)) {
        refusals.push({ field: 'report record.date_public', reason: 'not a date (YYYY-MM-DD) or a time with zone' });
        return undefined;
    }
    return new Date(time).toISOString();
}
function descriptionsOf(advisory, refusals) {
    const markdown = advisory.description ?? '';
    const text = markdownToPlainText(markdown);
    if (text === '') {
        refusals.push({
            field: 'advisory.description',
            reason: 'the advisory has no description: a CVE record needs one (what is affected, the impact)',
        });
        return [];
    }
    if (text.length > MAX_DESCRIPTION) {
        refusals.push({
            field: 'advisory.description',
            reason: `the description is ${text.length} characters as plain text; a CVE description holds at most ${MAX_DESCRIPTION}: shorten it`,
        });
    }
    const html = markdownToSafeHtml(markdown);
    if (html.length > MAX_SUPPORTING_MEDIA) {
        refusals.push({
            field: 'advisory.description',
            reason: `the description is ${html.length} characters as HTML; a record's supporting media holds at most ${MAX_SUPPORTING_MEDIA}: shorten it`,
        });
    }
    return [{ lang: 'en', value: text, supportingMedia: [{ type: 'text/html', base64: false, value: html }] }];
}
/** Build the record for the advisory's CVE ID, checked against the CVE JSON 5.2 schema. */
function buildCveRecord(sources) {
    const { advisory, cna } = sources;
    const refusals = [];
    const cveId = advisory.cve_id?.trim() ?? '';
    if (cveId === '') {
        refusals.push({
            field: 'advisory.cve_id',
            reason: 'the advisory has no CVE ID: reserve one for it (the sweep does on accept) and set it on the advisory',
        });
    }
    else if (!CVE_ID.test(cveId)) {
        refusals.push({ field: 'advisory.cve_id', reason: `"${cveId}" is not a CVE ID (CVE-YYYY-NNNN)` });
    }
    const title = advisory.summary.trim();
    if (title === '')
        refusals.push({ field: 'advisory.summary', reason: 'the advisory has no summary (the record title)' });
    else if (title.length > MAX_TITLE)
        refusals.push({
            field: 'advisory.summary',
            reason: `the summary is ${title.length} characters; a CVE title holds at most ${MAX_TITLE}: shorten it`,
        });
    const descriptions = descriptionsOf(advisory, refusals);
    const affected = affectedOf(sources, refusals);
    const metrics = metricsOf(advisory, refusals);
    const problemTypes = problemTypesOf(advisory, refusals);
    const credits = buildCredits({ ...sources, ...(cna.credit_format ? { format: cna.credit_format } : {}) });
    const references = referencesOf(sources.recordInputs);
    if (references.length === 0) {
        refusals.push({
            field: 'report record.references',
            reason: 'a CVE record needs at least one reference: add the fix (patch) or the issue (issue-tracking), or the announcement',
        });
    }
    const datePublic = datePublicOf(sources.recordInputs, refusals);
    if (refusals.length > 0)
        return { ok: false, refusals };
    const container = {
        providerMetadata: { orgId: cna.org_id, shortName: cna.short_name },
        title,
        ...(datePublic ? { datePublic } : {}),
        descriptions,
        affected: affected ? [affected] : [],
        ...(problemTypes.length > 0 ? { problemTypes } : {}),
        ...(metrics.length > 0 ? { metrics } : {}),
        ...(credits.length > 0 ? { credits } : {}),
        references,
        // The GHSA id as GitHub's CNA states it: the OSV export's alias comes from here (the PSF's records
        // otherwise name the advisory nowhere).
        source: { advisory: advisory.ghsa_id, discovery: 'UNKNOWN' },
        x_generator: { engine: GENERATOR },
    };
    const record = {
        dataType: 'CVE_RECORD',
        dataVersion: '5.2',
        cveMetadata: { cveId, assignerOrgId: cna.org_id, assignerShortName: cna.short_name, state: 'PUBLISHED' },
        containers: { cna: container },
    };
    const problems = (0,validate/* validateCveRecord */.g)(record);
    if (problems.length > 0) {
        return {
            ok: false,
            refusals: problems.map((p) => ({
                field: `record ${p.path || '/'}`,
                reason: `the CVE JSON 5.2 schema says it ${p.message}`,
            })),
        };
    }
    return { ok: true, record };
}

// EXTERNAL MODULE: ./actions/lib/domain/policy.ts
var policy = __webpack_require__(4189);
// EXTERNAL MODULE: ./actions/lib/errors.ts
var errors = __webpack_require__(2863);
// EXTERNAL MODULE: ./actions/lib/jobs/reading.ts
var reading = __webpack_require__(3307);
;// CONCATENATED MODULE: ./actions/lib/jobs/cve/record.ts








/** Display names by login from the roster: members, then emeritus. */
function rosterNames(roster) {
    const names = {};
    for (const person of [...roster.members, ...(roster.emeritus ?? [])])
        if (person.login && names[person.login] === undefined)
            names[person.login] = person.name;
    return names;
}
/** The advisory and its repository: the first covered repository that has it. */
async function findAdvisory(config, ghsa, deps) {
    for (const repo of config.policy.covered_repos) {
        const gh = deps.ghFor((0,policy/* splitRepo */.D2)(repo).owner);
        const advisory = await (0,reading/* reading */.h)(`the advisory ${ghsa} in ${repo}`, async () => {
            try {
                return await gh.getAdvisory(repo, ghsa);
            }
            catch (err) {
                if ((0,failures/* isNotFound */.c4)(err))
                    return undefined;
                throw err;
            }
        });
        if (advisory)
            return { repo, advisory };
    }
    throw new errors/* UserError */.yo(`no covered repository (${config.policy.covered_repos.join(', ')}) has the advisory ${ghsa}: check the id, and that the token can read these repositories' advisories.`);
}
/** Parse a report file for the record; its problems as diagnostics (file:line:column). */
function readReportInput(report, config, now) {
    if (!report)
        return { diagnostics: [] };
    const parsed = (0,report_files/* parseReportText */.VC)(report.file, report.text, config.policy, now);
    const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
    return errors.length > 0 || !parsed.report ? { diagnostics: errors } : { report: parsed.report, diagnostics: [] };
}
function checkReportMatches(report, ghsa, repo) {
    if (!report)
        return [];
    const out = [];
    if (report.ghsa !== ghsa)
        out.push({ field: 'report ghsa', reason: `the report file is about ${report.ghsa}, not ${ghsa}` });
    if (report.repo.toLowerCase() !== repo.toLowerCase())
        out.push({ field: 'report repo', reason: `the report file names ${report.repo}; the advisory is in ${repo}` });
    return out;
}
/** Build the record from what was read; refusals when the inputs disagree or the builder refuses. */
function buildRecord(config, input) {
    const { advisory, repo, report } = input;
    const mismatch = checkReportMatches(report, advisory.ghsa_id, repo);
    if (!config.policy.covered_repos.some((r) => r.toLowerCase() === repo.toLowerCase()))
        mismatch.push({
            field: 'advisory.html_url',
            reason: `${repo} is not a covered repository (policy covered_repos: ${config.policy.covered_repos.join(', ')})`,
        });
    if (mismatch.length > 0)
        return { ok: false, refusals: mismatch, diagnostics: [], errors: [] };
    const product = Object.keys(config.policy.cna.products).find((r) => r.toLowerCase() === repo.toLowerCase());
    const built = buildCveRecord({
        advisory,
        repo: product ?? repo,
        cna: config.policy.cna,
        ...(report?.record ? { recordInputs: report.record } : {}),
        ...(report?.reporter ? { reporter: report.reporter } : {}),
        rosterNames: rosterNames(config.roster),
        ...(input.profileNames ? { profileNames: input.profileNames } : {}),
    });
    return built.ok
        ? { ok: true, record: built.record, repo, ghsa: advisory.ghsa_id, advisory }
        : { ok: false, refusals: built.refusals, diagnostics: [], errors: [] };
}
/** GitHub profile names of the credited logins that neither the roster nor the report file names. */
async function profileNamesFor(gh, config, advisory, report) {
    const logins = loginsWithoutName({
        advisory,
        rosterNames: rosterNames(config.roster),
        ...(report?.record ? { recordInputs: report.record } : {}),
    });
    if (logins.length === 0)
        return {};
    const profiles = await (0,reading/* reading */.h)('the GitHub profiles of the credited people', () => gh.profilesByLogin(logins));
    const names = {};
    for (const [login, profile] of profiles)
        if (profile?.name?.trim())
            names[login] = profile.name.trim();
    return names;
}
/** Online: the advisory from GitHub, the report file given (the caller reads it), profile names. */
async function recordFromGitHub(config, ghsa, reportInput, deps, now) {
    const { report, diagnostics } = readReportInput(reportInput, config, now);
    if (diagnostics.length > 0)
        return { ok: false, refusals: [], diagnostics, errors: [] };
    const { repo, advisory } = await findAdvisory(config, ghsa, deps);
    const profileNames = await profileNamesFor(deps.gh, config, advisory, report);
    return buildRecord(config, { advisory, repo, ...(report ? { report } : {}), profileNames });
}
/** Offline: an advisory file (GitHub's REST answer) and a report file; no network. */
function recordFromFiles(config, advisoryInput, reportInput, now) {
    const reportRead = readReportInput(reportInput, config, now);
    const advisoryRead = (0,cve_advisory/* readAdvisoryJson */.oV)(advisoryInput.text, advisoryInput.file);
    const errors = advisoryRead.ok ? [] : advisoryRead.errors;
    if (reportRead.diagnostics.length > 0 || !advisoryRead.ok)
        return { ok: false, refusals: [], diagnostics: reportRead.diagnostics, errors };
    const advisory = advisoryRead.advisory;
    const repo = (0,cve_advisory/* advisoryRepository */.Wx)(advisory);
    if (!repo)
        return {
            ok: false,
            refusals: [],
            diagnostics: [],
            errors: [
                `${advisoryInput.file}: html_url: not a GitHub advisory URL (https://github.com/OWNER/REPO/security/advisories/GHSA-…)`,
            ],
        };
    return buildRecord(config, { advisory, repo, ...(reportRead.report ? { report: reportRead.report } : {}) });
}


/***/ })

};

//# sourceMappingURL=625.index.js.map