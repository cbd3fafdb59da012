export const id = 594;
export const ids = [594];
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

/***/ 6594:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AI: () => (/* binding */ OSV_ID_MAP_PATH),
  T5: () => (/* binding */ exportOsvRecords),
  ws: () => (/* binding */ ghsaOfRecord),
  HF: () => (/* binding */ isPublished),
  st: () => (/* binding */ normalizeTimestamp),
  k1: () => (/* binding */ readOsvIdMap),
  C2: () => (/* binding */ renderOsvIdMap)
});

// UNUSED EXPORTS: OSV_ID_PREFIX, OSV_SCHEMA_VERSION, assignOsvIds, buildOsvRecord, referenceType, renderOsvJson

// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(2210);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(2815);
var dist_default = /*#__PURE__*/__webpack_require__.n(dist);
;// CONCATENATED MODULE: ./config/osv/osv-schema.json
const osv_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://raw.githubusercontent.com/ossf/osv-schema/main/validation/schema.json","title":"Open Source Vulnerability","description":"A schema for describing a vulnerability in an open source package. See also https://ossf.github.io/osv-schema/","type":"object","properties":{"schema_version":{"type":"string"},"id":{"$ref":"#/$defs/prefix"},"modified":{"$ref":"#/$defs/timestamp"},"published":{"$ref":"#/$defs/timestamp"},"withdrawn":{"$ref":"#/$defs/timestamp"},"aliases":{"type":["array","null"],"items":{"type":"string"}},"related":{"type":"array","items":{"type":"string"}},"upstream":{"type":"array","items":{"type":"string"}},"summary":{"type":"string"},"details":{"type":"string"},"severity":{"$ref":"#/$defs/severity"},"affected":{"type":["array","null"],"items":{"type":"object","properties":{"package":{"type":"object","properties":{"ecosystem":{"$ref":"#/$defs/ecosystemWithSuffix"},"name":{"type":"string"},"purl":{"type":"string"}},"required":["ecosystem","name"]},"severity":{"$ref":"#/$defs/severity"},"ranges":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["GIT","SEMVER","ECOSYSTEM"]},"repo":{"type":"string"},"events":{"title":"events must contain an introduced object and may contain fixed, last_affected or limit objects","type":"array","contains":{"required":["introduced"]},"items":{"type":"object","oneOf":[{"type":"object","properties":{"introduced":{"type":"string"}},"required":["introduced"]},{"type":"object","properties":{"fixed":{"type":"string"}},"required":["fixed"]},{"type":"object","properties":{"last_affected":{"type":"string"}},"required":["last_affected"]},{"type":"object","properties":{"limit":{"type":"string"}},"required":["limit"]}]},"minItems":1},"database_specific":{"type":"object"}},"allOf":[{"title":"GIT ranges require a repo","if":{"properties":{"type":{"const":"GIT"}}},"then":{"required":["repo"]}},{"title":"GIT ranges must use full-length commit hashes","if":{"properties":{"type":{"const":"GIT"}}},"then":{"properties":{"events":{"items":{"oneOf":[{"type":"object","properties":{"introduced":{"type":"string","pattern":"^(0|[a-f0-9]{40}|[a-f0-9]{64})$"}},"required":["introduced"]},{"type":"object","properties":{"fixed":{"type":"string","pattern":"^(0|[a-f0-9]{40}|[a-f0-9]{64})$"}},"required":["fixed"]},{"type":"object","properties":{"last_affected":{"type":"string","pattern":"^(0|[a-f0-9]{40}|[a-f0-9]{64})$"}},"required":["last_affected"]},{"type":"object","properties":{"limit":{"type":"string","pattern":"^(0|[a-f0-9]{40}|[a-f0-9]{64})$"}},"required":["limit"]}]}}}}},{"title":"last_affected and fixed events are mutually exclusive","if":{"properties":{"events":{"contains":{"required":["last_affected"]}}}},"then":{"not":{"properties":{"events":{"contains":{"required":["fixed"]}}}}}}],"required":["type","events"]}},"versions":{"type":"array","items":{"type":"string"}},"ecosystem_specific":{"type":"object"},"database_specific":{"type":"object"}}}},"references":{"type":["array","null"],"items":{"type":"object","properties":{"type":{"type":"string","enum":["ADVISORY","ARTICLE","DETECTION","DISCUSSION","REPORT","FIX","INTRODUCED","GIT","PACKAGE","EVIDENCE","WEB"]},"url":{"type":"string","format":"uri"}},"required":["type","url"]}},"credits":{"type":"array","items":{"type":"object","properties":{"name":{"type":"string"},"contact":{"type":"array","items":{"type":"string"}},"type":{"type":"string","enum":["FINDER","REPORTER","ANALYST","COORDINATOR","REMEDIATION_DEVELOPER","REMEDIATION_REVIEWER","REMEDIATION_VERIFIER","TOOL","SPONSOR","OTHER"]}},"required":["name"]}},"database_specific":{"type":"object"}},"required":["id","modified"],"allOf":[{"if":{"required":["severity"]},"then":{"properties":{"affected":{"items":{"properties":{"severity":{"type":"null"}}}}}}}],"$defs":{"ecosystemName":{"type":"string","title":"Currently supported ecosystems","description":"These ecosystems are also documented at https://ossf.github.io/osv-schema/#affectedpackage-field","enum":["AlmaLinux","Alpaquita","Alpine","Android","Azure Linux","BellSoft Hardened Containers","Bioconductor","Bitnami","Chainguard","CleanStart","ConanCenter","CRAN","crates.io","Debian","Docker Hardened Images","Echo","FreeBSD","GHC","GitHub Actions","Go","Hackage","Hex","Julia","Kubernetes","Linux","Mageia","Maven","MinimOS","npm","NuGet","opam","openEuler","openSUSE","OSS-Fuzz","Packagist","Photon OS","Pub","PyPI","Red Hat","Rocky Linux","Root","RubyGems","SUSE","SwiftURL","TuxCare","Ubuntu","VSCode","Wolfi"]},"ecosystemSuffix":{"type":"string","pattern":":.+"},"ecosystemWithSuffix":{"type":"string","title":"Currently supported ecosystems","description":"These ecosystems are also documented at https://ossf.github.io/osv-schema/#affectedpackage-field","pattern":"^(AlmaLinux|Alpaquita|Alpine|Android|Azure Linux|BellSoft Hardened Containers|Bioconductor|Bitnami|Chainguard|CleanStart|ConanCenter|CRAN|crates\\\\.io|Debian|Docker Hardened Images|Echo|FreeBSD|GHC|GitHub Actions|Go|Hackage|Hex|Julia|Kubernetes|Linux|Mageia|Maven|MinimOS|npm|NuGet|opam|openEuler|openSUSE|OSS-Fuzz|Packagist|Photon OS|Pub|PyPI|Red Hat|Rocky Linux|Root|RubyGems|SUSE|SwiftURL|TuxCare|Ubuntu|VSCode|Wolfi|GIT)(:.+)?$"},"prefix":{"type":"string","title":"Currently supported home database identifier prefixes","description":"These home databases are also documented at https://ossf.github.io/osv-schema/#id-modified-fields","pattern":"^(x_|(ASB-A|PUB-A|ALPINE|ALSA|ALBA|ALEA|AZL|BELL|BIT|CGA|CLEANSTART|CLSA|CURL|CVE|DEBIAN|DHI|DRUPAL|DSA|DLA|ELA|DTSA|ECHO|EEF|FreeBSD|GHSA|GO|GSD|HSEC|JLSEC|KUBE|LBSEC|LSN|MAL|MINI|MGASA|OESA|OSEC|OSV|openSUSE-SU|PHSA|PSF|PYSEC|RHBA|RHEA|RHSA|RLSA|RXSA|RSEC|ROOT|RUSTSEC|SUSE-[SRFO]U|UBUNTU|USN|V8)-)"},"severity":{"type":["array","null"],"items":{"type":"object","properties":{"type":{"type":"string","enum":["CVSS_V2","CVSS_V3","CVSS_V4","Ubuntu"]},"score":{"type":"string"}},"allOf":[{"if":{"properties":{"type":{"const":"CVSS_V2"}}},"then":{"properties":{"score":{"pattern":"^((AV:[NAL]|AC:[LMH]|Au:[MSN]|[CIA]:[NPC]|E:(U|POC|F|H|ND)|RL:(OF|TF|W|U|ND)|RC:(UC|UR|C|ND)|CDP:(N|L|LM|MH|H|ND)|TD:(N|L|M|H|ND)|[CIA]R:(L|M|H|ND))/)*(AV:[NAL]|AC:[LMH]|Au:[MSN]|[CIA]:[NPC]|E:(U|POC|F|H|ND)|RL:(OF|TF|W|U|ND)|RC:(UC|UR|C|ND)|CDP:(N|L|LM|MH|H|ND)|TD:(N|L|M|H|ND)|[CIA]R:(L|M|H|ND))$"}}}},{"if":{"properties":{"type":{"const":"CVSS_V3"}}},"then":{"properties":{"score":{"pattern":"^CVSS:3[.][01]/((AV:[NALP]|AC:[LH]|PR:[NLH]|UI:[NR]|S:[UC]|[CIA]:[NLH]|E:[XUPFH]|RL:[XOTWU]|RC:[XURC]|[CIA]R:[XLMH]|MAV:[XNALP]|MAC:[XLH]|MPR:[XNLH]|MUI:[XNR]|MS:[XUC]|M[CIA]:[XNLH])/)*(AV:[NALP]|AC:[LH]|PR:[NLH]|UI:[NR]|S:[UC]|[CIA]:[NLH]|E:[XUPFH]|RL:[XOTWU]|RC:[XURC]|[CIA]R:[XLMH]|MAV:[XNALP]|MAC:[XLH]|MPR:[XNLH]|MUI:[XNR]|MS:[XUC]|M[CIA]:[XNLH])$"}}}},{"if":{"properties":{"type":{"const":"CVSS_V4"}}},"then":{"properties":{"score":{"pattern":"^CVSS:4[.]0/AV:[NALP]/AC:[LH]/AT:[NP]/PR:[NLH]/UI:[NPA]/VC:[HLN]/VI:[HLN]/VA:[HLN]/SC:[HLN]/SI:[HLN]/SA:[HLN](/E:[XAPU])?(/CR:[XHML])?(/IR:[XHML])?(/AR:[XHML])?(/MAV:[XNALP])?(/MAC:[XLH])?(/MAT:[XNP])?(/MPR:[XNLH])?(/MUI:[XNPA])?(/MVC:[XNLH])?(/MVI:[XNLH])?(/MVA:[XNLH])?(/MSC:[XNLH])?(/MSI:[XNLHS])?(/MSA:[XNLHS])?(/S:[XNP])?(/AU:[XNY])?(/R:[XAUI])?(/V:[XDC])?(/RE:[XLMH])?(/U:(X|Clear|Green|Amber|Red))?$"}}}},{"if":{"properties":{"type":{"const":"Ubuntu"}}},"then":{"properties":{"score":{"enum":["negligible","low","medium","high","critical"]}}}}],"required":["type","score"]}},"timestamp":{"type":"string","format":"date-time","pattern":"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\\\.[0-9]+)?Z"}},"additionalProperties":false}');
;// CONCATENATED MODULE: ./actions/lib/domain/osv-validate.ts
// OSV records checked against OSV's own JSON Schema (config/osv/osv-schema.json, draft 2020-12, vendored
// byte for byte). The one entry point is validateOsvRecord, so a build-time compiled validator can take
// its place without touching the callers.



// ajv-formats is CommonJS: under NodeNext its default import is typed as the module, at run time it is
// the plugin (or, bundled, an object holding it as `default`).
const addFormats = (dist_default())["default"] ?? (dist_default());
let validator;
function compiled() {
    // The upstream schema uses if/then without restating types, which Ajv's strict mode rejects; it is
    // valid JSON Schema, so strict mode is off for it alone.
    validator ??= (() => {
        const ajv = new _2020.Ajv2020({ allErrors: true, strict: false });
        addFormats(ajv);
        return ajv.compile(osv_schema_namespaceObject);
    })();
    return validator;
}
function describe(e) {
    const where = e.instancePath === '' ? 'the record' : e.instancePath;
    if (e.keyword === 'additionalProperties') {
        return `${where}: unknown field "${String(e.params.additionalProperty)}"`;
    }
    if (e.keyword === 'pattern')
        return `${where}: ${JSON.stringify(e.data)} does not match ${String(e.params.pattern)}`;
    return `${where}: ${e.message ?? e.keyword}`;
}
/** The schema's complaints about one record (empty when it is valid), one line each, with the JSON path. */
function validateOsvRecord(record) {
    const validate = compiled();
    if (validate(record))
        return [];
    // oneOf/if branches repeat the same complaint; one line per distinct message is enough.
    return [...new Set((validate.errors ?? []).filter((e) => e.keyword !== 'if').map(describe))];
}

// EXTERNAL MODULE: ./actions/lib/domain/ids.ts
var domain_ids = __webpack_require__(8029);
// EXTERNAL MODULE: ./actions/lib/domain/cve/ranges.ts
var ranges = __webpack_require__(1312);
;// CONCATENATED MODULE: ./actions/lib/domain/osv.ts



const OSV_SCHEMA_VERSION = '1.7.5';
const OSV_ID_PREFIX = 'PSF';
/** The id map's place in the ops repository (YAML, so a `records/*.json` glob never mistakes it for a record). */
const OSV_ID_MAP_PATH = 'records/osv-ids.yaml';
const PSF_ID = /^PSF-(\d{4})-([1-9]\d*)$/;
const GHSA_IN_URL = /^https:\/\/github\.com\/(?:[^/]+\/[^/]+\/security\/advisories|advisories)\/(GHSA(?:-[a-z0-9]{4}){3})\/?$/i;
// ----------------------------------------------------------------------------------------------------
// The id map
/** Check the id map as read from YAML: CVE ids to PSF ids, no PSF id given twice. */
function readOsvIdMap(data) {
    const problems = [];
    const ids = {};
    if (data === null || data === undefined)
        return { ids, problems };
    if (typeof data !== 'object' || Array.isArray(data)) {
        return { ids, problems: [`${OSV_ID_MAP_PATH} must map CVE ids to PSF ids (CVE-2026-1234: PSF-2026-1).`] };
    }
    const owner = new Map();
    for (const [cve, value] of Object.entries(data)) {
        if (!domain_ids/* CVE_ID */.JO.test(cve)) {
            problems.push(`${OSV_ID_MAP_PATH}: "${cve}" is not a CVE id.`);
            continue;
        }
        if (typeof value !== 'string' || !PSF_ID.test(value)) {
            problems.push(`${OSV_ID_MAP_PATH}: ${cve} maps to ${JSON.stringify(value)}, not to an id like PSF-2026-1.`);
            continue;
        }
        const earlier = owner.get(value);
        if (earlier) {
            problems.push(`${OSV_ID_MAP_PATH}: ${value} is given to both ${earlier} and ${cve}; an id names one record.`);
            continue;
        }
        owner.set(value, cve);
        ids[cve] = value;
    }
    return { ids, problems };
}
function psfParts(id) {
    const m = PSF_ID.exec(id);
    return { year: Number(m[1]), n: Number(m[2]) };
}
function comparePsfIds(a, b) {
    const x = psfParts(a);
    const y = psfParts(b);
    return x.year - y.year || x.n - y.n;
}
/** The id map as YAML: a header comment, then one `CVE: PSF` line per record in PSF id order. */
function renderOsvIdMap(ids) {
    const entries = Object.entries(ids).sort(([, a], [, b]) => comparePsfIds(a, b));
    return [
        '# OSV ids of the PSF (psf/advisory-database: advisories/python/PSF-YYYY-N.json), by CVE id.',
        '# Written by `psrt osv`. An id once given is never changed, removed or given again: edit only to add',
        '# the ids the database already holds.',
        ...entries.map(([cve, id]) => `${cve}: ${id}`),
        '',
    ].join('\n');
}
/** Whether a CVE record is published at CVE.org, as the record file says. */
function isPublished(record) {
    return record.cveMetadata.state === 'PUBLISHED' && Boolean(record.cveMetadata.datePublished);
}
/**
 * Give every published record without an id the next free PSF id of its publication year (UTC):
 * one above the highest of that year, so numbers are never reused. New records are numbered in order of
 * publication, then CVE id; existing entries never change.
 */
function assignOsvIds(ids, records) {
    const out = { ...ids };
    const highest = new Map();
    for (const id of Object.values(out)) {
        const { year, n } = psfParts(id);
        highest.set(year, Math.max(highest.get(year) ?? 0, n));
    }
    const fresh = records
        .filter((r) => isPublished(r) && out[r.cveMetadata.cveId] === undefined)
        .map((r) => ({ cve: r.cveMetadata.cveId, published: normalizeTimestamp(r.cveMetadata.datePublished) }))
        .filter((r) => r.published !== undefined)
        .sort((a, b) => a.published.localeCompare(b.published) || a.cve.localeCompare(b.cve));
    const added = [];
    for (const { cve, published } of fresh) {
        if (out[cve] !== undefined)
            continue;
        const year = Number(published.slice(0, 4));
        const n = (highest.get(year) ?? 0) + 1;
        highest.set(year, n);
        out[cve] = `${OSV_ID_PREFIX}-${year}-${n}`;
        added.push({ cve, id: out[cve] });
    }
    return { ids: out, added };
}
// ----------------------------------------------------------------------------------------------------
// One record
/** RFC 3339 in UTC with a Z, as OSV wants; CVE Services writes times without a zone, which are UTC. */
function normalizeTimestamp(text) {
    const withZone = /(Z|[+-]\d{2}:?\d{2})$/i.test(text) ? text : `${text}Z`;
    const date = new Date(withZone);
    return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
/** The advisory's GHSA id a record names: source.advisory, else a reference to the advisory on GitHub. */
function ghsaOfRecord(record) {
    const cna = record.containers.cna;
    const stated = cna.source?.['advisory'];
    if (typeof stated === 'string' && domain_ids/* GHSA_ID */.a3.test(stated))
        return stated;
    for (const ref of cna.references) {
        const m = GHSA_IN_URL.exec(ref.url);
        if (m && domain_ids/* GHSA_ID */.a3.test(m[1]))
            return m[1];
    }
    return undefined;
}
/** The reference type from the CVE tags, the most specific tag first. */
function referenceType(ref) {
    const tags = new Set(ref.tags ?? []);
    if (tags.has('patch'))
        return 'FIX';
    if (tags.has('vendor-advisory') || tags.has('third-party-advisory'))
        return 'ADVISORY';
    if (tags.has('issue-tracking'))
        return 'REPORT';
    if (tags.has('exploit'))
        return 'EVIDENCE';
    if (tags.has('technical-description') || tags.has('media-coverage') || tags.has('research'))
        return 'ARTICLE';
    if (tags.has('mailing-list'))
        return 'DISCUSSION';
    return 'WEB';
}
/** PEP 503's normalised name: PyPI is case- and separator-insensitive. */
function normalizePypiName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
function isPypi(affected) {
    if (!affected.packageName || !affected.collectionURL)
        return false;
    try {
        return new URL(affected.collectionURL).hostname.replace(/^www\./, '') === 'pypi.org';
    }
    catch {
        return false;
    }
}
/**
 * Versions in Python's order (PEP 440: 3.14.0rc2 before 3.14.0), as the record builder read them;
 * a version that is not a Python version falls back to dotted numbers, then text.
 */
function compareVersions(a, b) {
    try {
        return (0,ranges/* comparePythonVersions */.pd)(a, b);
    }
    catch {
        return compareDotted(a, b);
    }
}
/** Dotted release numbers compared number by number; what is not a number compares as text. */
function compareDotted(a, b) {
    const x = a.split(/[.+-]/);
    const y = b.split(/[.+-]/);
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
        const p = x[i] ?? '0';
        const q = y[i] ?? '0';
        const diff = /^\d+$/.test(p) && /^\d+$/.test(q) ? Number(p) - Number(q) : p.localeCompare(q);
        if (diff !== 0)
            return diff;
    }
    return 0;
}
function ecosystemRanges(affected) {
    const fixedPairs = [];
    const lastAffected = [];
    const versions = [];
    for (const v of affected.versions ?? []) {
        if (v.status !== 'affected')
            continue;
        if (v.lessThan !== undefined) {
            fixedPairs.push({ introduced: v.version, ...(v.lessThan === '*' ? {} : { fixed: v.lessThan }) });
        }
        else if (v.lessThanOrEqual !== undefined) {
            lastAffected.push({ introduced: v.version, last: v.lessThanOrEqual });
        }
        else {
            versions.push(v.version);
        }
    }
    const ranges = [];
    if (fixedPairs.length > 0) {
        fixedPairs.sort((a, b) => compareVersions(a.introduced, b.introduced));
        ranges.push({
            type: 'ECOSYSTEM',
            events: fixedPairs.flatMap((p) => [
                { introduced: p.introduced },
                ...(p.fixed !== undefined ? [{ fixed: p.fixed }] : []),
            ]),
        });
    }
    // OSV forbids fixed and last_affected in one range.
    if (lastAffected.length > 0) {
        lastAffected.sort((a, b) => compareVersions(a.introduced, b.introduced));
        ranges.push({
            type: 'ECOSYSTEM',
            events: lastAffected.flatMap((p) => [{ introduced: p.introduced }, { last_affected: p.last }]),
        });
    }
    return { ranges, versions };
}
/** The fix commits under a repository: full hashes from `patch` references; short ones reported. */
function fixCommits(repo, references, cve, problems) {
    const base = repo
        .replace(/\.git$/, '')
        .replace(/\/+$/, '')
        .toLowerCase();
    const commits = [];
    for (const ref of references) {
        if (!ref.tags?.includes('patch'))
            continue;
        const m = /^(.*)\/commit\/([0-9a-f]+)\/?$/i.exec(ref.url);
        if (!m || m[1].toLowerCase() !== base)
            continue;
        const sha = m[2].toLowerCase();
        if (sha.length !== 40 && sha.length !== 64) {
            problems.push({
                severity: 'warning',
                cve,
                message: `${cve}: the patch reference ${ref.url} has a short commit hash; OSV needs the full hash: write the full commit URL in the record's references.`,
            });
            continue;
        }
        if (!commits.includes(sha))
            commits.push(sha);
    }
    return commits;
}
function affectedOf(record, problems) {
    const cve = record.cveMetadata.cveId;
    const out = [];
    for (const affected of record.containers.cna.affected) {
        const entry = {};
        const ranges = [];
        if (isPypi(affected)) {
            const name = normalizePypiName(affected.packageName);
            entry.package = { ecosystem: 'PyPI', name, purl: `pkg:pypi/${name}` };
            const ecosystem = ecosystemRanges(affected);
            ranges.push(...ecosystem.ranges);
            if (ecosystem.versions.length > 0)
                entry.versions = ecosystem.versions;
        }
        if (affected.repo) {
            const repo = affected.repo.replace(/\/+$/, '');
            const commits = fixCommits(repo, record.containers.cna.references, cve, problems);
            if (commits.length > 0) {
                ranges.push({ type: 'GIT', repo, events: [{ introduced: '0' }, ...commits.map((sha) => ({ fixed: sha }))] });
            }
        }
        if (ranges.length > 0)
            entry.ranges = ranges;
        if (entry.ranges === undefined && entry.versions === undefined) {
            problems.push({
                severity: 'warning',
                cve,
                message: `${cve}: nothing says which versions of ${affected.product ?? affected.packageName ?? 'a product'} are affected in OSV terms (no PyPI package, no fix commit): add the fix commits (${affected.repo ?? 'the repository'}/commit/<full hash>) to the record's references tagged patch.`,
            });
            continue;
        }
        out.push(entry);
    }
    return out;
}
function severityOf(record) {
    const v4 = [];
    const v3 = [];
    for (const metric of record.containers.cna.metrics ?? []) {
        if (metric.cvssV4_0?.vectorString)
            v4.push(metric.cvssV4_0.vectorString);
        for (const v of [metric.cvssV3_1, metric.cvssV3_0])
            if (v?.vectorString)
                v3.push(v.vectorString);
    }
    const out = [
        ...[...new Set(v4)].map((score) => ({ type: 'CVSS_V4', score })),
        ...[...new Set(v3)].map((score) => ({ type: 'CVSS_V3', score })),
    ];
    return out.length > 0 ? out : undefined;
}
function englishFirst(items) {
    const all = items ?? [];
    const english = all.filter((i) => /^en\b/i.test(i.lang));
    return english.length > 0 ? english : all;
}
/** "Name (https://github.com/login)" → name and contact; anything else is a name. */
function creditOf(credit) {
    const m = /^(.*\S)\s+\((https?:\/\/[^\s()]+)\)$/.exec(credit.value.trim());
    const name = m ? m[1] : credit.value.trim();
    const type = credit.type ? credit.type.toUpperCase().replace(/ /g, '_') : undefined;
    return { name, ...(m ? { contact: [m[2]] } : {}), ...(type ? { type } : {}) };
}
function cweIdsOf(record) {
    const ids = [];
    for (const problemType of record.containers.cna.problemTypes ?? []) {
        for (const d of problemType.descriptions) {
            if (d.cweId && /^CWE-[1-9]\d*$/.test(d.cweId) && !ids.includes(d.cweId))
                ids.push(d.cweId);
        }
    }
    return ids;
}
/** One OSV record from one published CVE record, fields in the specification's order. */
function buildOsvRecord(record, id) {
    const problems = [];
    const cna = record.containers.cna;
    const meta = record.cveMetadata;
    const cve = meta.cveId;
    const published = meta.datePublished ? normalizeTimestamp(meta.datePublished) : undefined;
    const modified = normalizeTimestamp(meta.dateUpdated ?? meta.datePublished ?? '') ?? published;
    if (!published || !modified) {
        problems.push({
            severity: 'error',
            cve,
            message: `${cve}: cveMetadata.datePublished is missing or not a time; the record must say when CVE.org published it.`,
        });
    }
    const ghsa = ghsaOfRecord(record);
    const summary = cna.title?.replace(/\s+/g, ' ').trim();
    const details = englishFirst(cna.descriptions)[0]?.value.replace(/\r\n?/g, '\n').trim();
    const severity = severityOf(record);
    const affected = affectedOf(record, problems);
    const references = [...new Map(cna.references.map((r) => [r.url, { type: referenceType(r), url: r.url }])).values()];
    const credits = englishFirst(cna.credits).map(creditOf);
    const osv = {
        schema_version: OSV_SCHEMA_VERSION,
        id,
        modified: modified ?? '',
        ...(published ? { published } : {}),
        aliases: ghsa ? [cve, ghsa] : [cve],
        ...(summary ? { summary } : {}),
        ...(details ? { details } : {}),
        ...(severity ? { severity } : {}),
        ...(affected.length > 0 ? { affected } : {}),
        ...(references.length > 0 ? { references } : {}),
        ...(credits.length > 0 ? { credits } : {}),
        database_specific: { cwe_ids: cweIdsOf(record) },
    };
    return { record: osv, problems };
}
/** Pretty-printed JSON with a final newline; key order is the order buildOsvRecord writes. */
function renderOsvJson(record) {
    return `${JSON.stringify(record, null, 2)}\n`;
}
/** Every published record to an OSV file, each checked against OSV's schema; files in PSF id order. */
function exportOsvRecords(records, ids) {
    const { ids: allIds, added } = assignOsvIds(ids, records);
    const problems = [];
    const files = [];
    const unpublished = [];
    for (const record of records) {
        const cve = record.cveMetadata.cveId;
        const id = allIds[cve];
        if (!isPublished(record) || id === undefined) {
            unpublished.push(cve);
            continue;
        }
        const built = buildOsvRecord(record, id);
        problems.push(...built.problems);
        const schemaErrors = validateOsvRecord(built.record);
        for (const message of schemaErrors) {
            problems.push({ severity: 'error', cve, message: `${cve} (${id}) fails OSV's schema at ${message}.` });
        }
        if (built.problems.some((p) => p.severity === 'error') || schemaErrors.length > 0)
            continue;
        files.push({ id, cve, fileName: `${id}.json`, json: renderOsvJson(built.record) });
    }
    files.sort((a, b) => comparePsfIds(a.id, b.id));
    return { ids: allIds, added, files, unpublished: unpublished.sort(), problems };
}


/***/ })

};

//# sourceMappingURL=594.index.js.map