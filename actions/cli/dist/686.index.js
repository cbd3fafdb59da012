export const id = 686;
export const ids = [686];
export const modules = {

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

/***/ 9686:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAnnounce: () => (/* binding */ runAnnounce)
});

// UNUSED EXPORTS: ANNOUNCE_PURPOSE, announceJob, announceOutcome

// EXTERNAL MODULE: ./actions/lib/config/report-files.ts
var report_files = __webpack_require__(3849);
// EXTERNAL MODULE: ./actions/lib/domain/report-file.ts
var report_file = __webpack_require__(9200);
// EXTERNAL MODULE: ./actions/lib/domain/policy.ts
var domain_policy = __webpack_require__(4189);
// EXTERNAL MODULE: ./actions/lib/errors.ts
var lib_errors = __webpack_require__(2863);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/ae-cvss-calculator/dist/ae-cvss-calculator.js
var ae_cvss_calculator = __webpack_require__(4353);
var ae_cvss_calculator_default = /*#__PURE__*/__webpack_require__.n(ae_cvss_calculator);
;// CONCATENATED MODULE: ./actions/lib/domain/cvss-rating.ts
// A CVSS vector's qualitative rating (LOW … CRITICAL), scored by ae-cvss-calculator. The calculator scores
// an invalid or incomplete vector as 0 without complaint, so every vector is checked here first.

// CVSS 4.0 requires its metrics in the specification's order; base metrics are mandatory.
const CVSS4 = /^CVSS:4\.0\/AV:[NALP]\/AC:[LH]\/AT:[NP]\/PR:[NLH]\/UI:[NPA]\/VC:[HLN]\/VI:[HLN]\/VA:[HLN]\/SC:[HLN]\/SI:[HLN]\/SA:[HLN](\/E:[XAPU])?(\/CR:[XHML])?(\/IR:[XHML])?(\/AR:[XHML])?(\/MAV:[XNALP])?(\/MAC:[XLH])?(\/MAT:[XNP])?(\/MPR:[XNLH])?(\/MUI:[XNPA])?(\/MVC:[XNLH])?(\/MVI:[XNLH])?(\/MVA:[XNLH])?(\/MSC:[XNLH])?(\/MSI:[XNLHS])?(\/MSA:[XNLHS])?(\/S:[XNP])?(\/AU:[XNY])?(\/R:[XAUI])?(\/V:[XDC])?(\/RE:[XLMH])?(\/U:(X|Clear|Green|Amber|Red))?$/;
// CVSS 3.x allows any order: each metric once, every base metric present.
const CVSS3_METRICS = {
    AV: /^[NALP]$/,
    AC: /^[LH]$/,
    PR: /^[NLH]$/,
    UI: /^[NR]$/,
    S: /^[UC]$/,
    C: /^[NLH]$/,
    I: /^[NLH]$/,
    A: /^[NLH]$/,
    E: /^[XUPFH]$/,
    RL: /^[XOTWU]$/,
    RC: /^[XURC]$/,
    CR: /^[XLMH]$/,
    IR: /^[XLMH]$/,
    AR: /^[XLMH]$/,
    MAV: /^[XNALP]$/,
    MAC: /^[XLH]$/,
    MPR: /^[XNLH]$/,
    MUI: /^[XNR]$/,
    MS: /^[XUC]$/,
    MC: /^[XNLH]$/,
    MI: /^[XNLH]$/,
    MA: /^[XNLH]$/,
};
const CVSS3_BASE = ['AV', 'AC', 'PR', 'UI', 'S', 'C', 'I', 'A'];
function cvss3Problem(vector) {
    const [prefix, ...parts] = vector.split('/');
    if (prefix !== 'CVSS:3.1' && prefix !== 'CVSS:3.0')
        return 'it does not start with CVSS:3.1/ or CVSS:3.0/';
    const seen = new Set();
    for (const part of parts) {
        const [key, value, extra] = part.split(':');
        const pattern = key === undefined ? undefined : CVSS3_METRICS[key];
        if (!pattern || value === undefined || extra !== undefined)
            return `"${part}" is not a CVSS 3 metric`;
        if (!pattern.test(value))
            return `"${part}" is not a valid value for ${key}`;
        if (seen.has(key))
            return `${key} appears twice`;
        seen.add(key);
    }
    const missing = CVSS3_BASE.filter((m) => !seen.has(m));
    return missing.length > 0 ? `base metric${missing.length > 1 ? 's' : ''} ${missing.join(', ')} missing` : undefined;
}
/** The qualitative rating of a score, the same bands in CVSS 3.x and 4.0. */
function ratingOfScore(score) {
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
/** Check a CVSS 4.0 or 3.x vector and score it; the reason says what is wrong with an invalid one. */
function scoreCvssVector(vector) {
    const trimmed = vector.trim();
    let version;
    let score;
    if (trimmed.startsWith('CVSS:4.0/')) {
        if (!CVSS4.test(trimmed)) {
            return {
                ok: false,
                reason: 'it is not a complete CVSS 4.0 vector (every base metric, in the specification’s order)',
            };
        }
        version = '4.0';
        score = new (ae_cvss_calculator_default()).Cvss4P0(trimmed).calculateScores().overall;
    }
    else if (trimmed.startsWith('CVSS:3.')) {
        const problem = cvss3Problem(trimmed);
        if (problem)
            return { ok: false, reason: problem };
        version = trimmed.startsWith('CVSS:3.1/') ? '3.1' : '3.0';
        const scorer = version === '3.1' ? new (ae_cvss_calculator_default()).Cvss3P1(trimmed) : new (ae_cvss_calculator_default()).Cvss3P0(trimmed);
        // The base score, as the advisory and the CVE record state it (temporal metrics would lower `overall`).
        const scores = scorer.calculateScores();
        score = scores.base ?? scores.overall;
    }
    else {
        return { ok: false, reason: 'it does not start with CVSS:4.0/, CVSS:3.1/ or CVSS:3.0/' };
    }
    return { ok: true, version, vector: trimmed, score, rating: ratingOfScore(score) };
}

// EXTERNAL MODULE: ./node_modules/marked/lib/marked.esm.js
var marked_esm = __webpack_require__(8022);
;// CONCATENATED MODULE: ./actions/lib/domain/markdown-text.ts
// Markdown (an advisory's description) reduced to readable plain text: paragraphs, lists, block quotes and
// code survive; emphasis marks, link syntax and HTML tags do not. The advisory email wraps it at 72
// columns; the CVE record's description wants it unwrapped. Uses marked's lexer only (no HTML rendering).

const NAMED_ENTITIES = {
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
    nbsp: ' ',
    ndash: '–',
    mdash: '—',
    hellip: '…',
    copy: '©',
    reg: '®',
};
/** Decode the HTML entities Markdown leaves in text (`&amp;`, `&#39;`, `&#x2014;`); unknown ones stay as written. */
function decodeHtmlEntities(text) {
    return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, body) => {
        if (body.startsWith('#')) {
            const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
            return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
        }
        return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
    });
}
function stripTags(html) {
    return html.replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]*>/g, '');
}
/** Inline tokens to text: `\n` marks a hard line break; soft breaks become spaces. */
function inlineText(tokens) {
    let out = '';
    for (const token of tokens ?? []) {
        switch (token.type) {
            case 'text': {
                const t = token;
                out += t.tokens ? inlineText(t.tokens) : decodeHtmlEntities(t.text).replace(/\n/g, ' ');
                break;
            }
            case 'escape':
                out += token.text;
                break;
            case 'codespan':
                out += decodeHtmlEntities(token.text);
                break;
            case 'strong':
            case 'em':
            case 'del':
                out += inlineText(token.tokens);
                break;
            case 'br':
                out += '\n';
                break;
            case 'link': {
                const link = token;
                const label = inlineText(link.tokens).trim();
                out +=
                    label === '' || label === link.href || link.href.startsWith('mailto:')
                        ? label || link.href
                        : `${label} (${link.href})`;
                break;
            }
            case 'image': {
                const image = token;
                out += image.text ? `${image.text} (${image.href})` : image.href;
                break;
            }
            case 'html':
                out += decodeHtmlEntities(stripTags(token.text));
                break;
            case 'checkbox':
                out += token.checked ? '[x] ' : '[ ] ';
                break;
            default:
                out += 'text' in token && typeof token.text === 'string' ? token.text : '';
        }
    }
    return out;
}
function proseBlocks(text, firstPrefix, restPrefix) {
    // A hard break starts a new line with the same indentation.
    return text
        .split('\n')
        .map((line) => line.replace(/[ \t]+/g, ' ').trim())
        .map((line, i) => ({
        kind: 'prose',
        firstPrefix: i === 0 ? firstPrefix : restPrefix,
        restPrefix,
        text: line,
    }));
}
function verbatimBlocks(lines, firstPrefix, restPrefix) {
    return lines.map((line, i) => ({
        kind: 'verbatim',
        firstPrefix: i === 0 ? firstPrefix : restPrefix,
        restPrefix,
        text: line.replace(/\s+$/, ''),
    }));
}
/** Blocks of one token list, separated by blank lines; `first`/`rest` are the prefixes to apply. */
function renderTokens(tokens, first, rest, tight = false) {
    const groups = [];
    for (const token of tokens) {
        const prefix = groups.length === 0 ? first : rest;
        const group = renderToken(token, prefix, rest);
        if (group.length > 0)
            groups.push(group);
    }
    const out = [];
    groups.forEach((group, i) => {
        if (i > 0 && !tight)
            out.push({ kind: 'blank', firstPrefix: rest.trimEnd(), restPrefix: rest.trimEnd(), text: '' });
        out.push(...group);
    });
    return out;
}
function renderToken(token, first, rest) {
    switch (token.type) {
        case 'space':
        case 'def':
        case 'hr':
            return [];
        case 'paragraph':
        case 'heading':
        case 'text':
            return proseBlocks(inlineText(token.tokens ?? [token]), first, rest);
        case 'code': {
            const code = token;
            return verbatimBlocks(code.text.split('\n'), `${first}    `, `${rest}    `);
        }
        case 'blockquote':
            return renderTokens(token.tokens, `${first}> `, `${rest}> `);
        case 'list':
            return renderList(token, first, rest);
        case 'table': {
            const table = token;
            const row = (cells) => cells.map((c) => inlineText(c.tokens).trim()).join(' | ');
            return verbatimBlocks([row(table.header), ...table.rows.map(row)], first, rest);
        }
        case 'html':
            return proseBlocks(decodeHtmlEntities(stripTags(token.text)).trim(), first, rest).filter((b) => b.text !== '');
        default:
            return 'text' in token && typeof token.text === 'string' ? proseBlocks(token.text, first, rest) : [];
    }
}
function renderList(list, first, rest) {
    const out = [];
    const start = typeof list.start === 'number' ? list.start : 1;
    const width = list.ordered ? `${start + list.items.length - 1}. `.length : 2;
    list.items.forEach((item, i) => {
        const marker = list.ordered ? `${start + i}. `.padEnd(width) : '* ';
        const itemFirst = `${i === 0 ? first : rest}${marker}`;
        const itemRest = `${rest}${' '.repeat(marker.length)}`;
        if (i > 0 && list.loose)
            out.push({ kind: 'blank', firstPrefix: rest.trimEnd(), restPrefix: rest.trimEnd(), text: '' });
        const blocks = renderTokens(item.tokens, itemFirst, itemRest, !item.loose);
        out.push(...(blocks.length > 0
            ? blocks
            : [{ kind: 'prose', firstPrefix: itemFirst, restPrefix: itemRest, text: '' }]));
    });
    return out;
}
/**
 * Greedy word wrap: words never break, so a word longer than the width (a URL) stands alone on its line.
 * Every line starts with its prefix; lines are trimmed at the end.
 */
function wrapWords(text, width, firstPrefix = '', restPrefix = firstPrefix) {
    const words = text.split(/\s+/).filter((w) => w !== '');
    if (words.length === 0)
        return [firstPrefix.trimEnd()];
    const lines = [];
    let line = firstPrefix;
    let empty = true;
    for (const word of words) {
        if (empty) {
            line += word;
            empty = false;
        }
        else if (line.length + 1 + word.length <= width) {
            line += ` ${word}`;
        }
        else {
            lines.push(line);
            line = restPrefix + word;
        }
    }
    lines.push(line);
    return lines.map((l) => l.trimEnd());
}
/** Markdown to plain text (LF line endings, no trailing blank line). */
function markdownToPlainText(markdown, options = {}) {
    const source = markdown.replace(/\r\n?/g, '\n');
    const blocks = renderTokens(marked_esm/* Lexer */.JG.lex(source), '', '');
    const lines = [];
    for (const block of blocks) {
        if (block.kind === 'blank')
            lines.push(block.firstPrefix);
        else if (block.kind === 'verbatim')
            lines.push(`${block.firstPrefix}${block.text}`.trimEnd());
        else if (options.wrapAt)
            lines.push(...wrapWords(block.text, options.wrapAt, block.firstPrefix, block.restPrefix));
        else
            lines.push(`${block.firstPrefix}${block.text}`.trimEnd());
    }
    return trimBlankEdges(lines).join('\n');
}
function trimBlankEdges(lines) {
    let start = 0;
    let end = lines.length;
    while (start < end && lines[start].trim() === '')
        start++;
    while (end > start && lines[end - 1].trim() === '')
        end--;
    return lines.slice(start, end);
}

;// CONCATENATED MODULE: ./actions/lib/domain/mime.ts
// The parts of RFC 5322 / MIME the advisory email needs, written out so the message we show is the message
// we send, byte for byte: dates, mailboxes, RFC 2047 encoded words for non-ASCII headers, header folding
// and quoted-printable bodies.
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** An RFC 5322 date in UTC: `Thu, 26 Nov 2026 12:00:00 +0000`. */
function formatRfc5322Date(date) {
    const two = (n) => String(n).padStart(2, '0');
    return (`${DAYS[date.getUTCDay()]}, ${two(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ` +
        `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} +0000`);
}
// A practical address check (dot-atom local part, a domain with a dot); quoted local parts are not accepted.
const ADDRESS = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$/;
/** `Name <address>`, `"Name" <address>` or a bare address; undefined when it is none of these. */
function parseMailbox(text) {
    const trimmed = text.trim();
    const angled = /^(.*?)\s*<([^<>\s]+)>$/.exec(trimmed);
    const address = angled ? angled[2] : trimmed;
    if (!ADDRESS.test(address))
        return undefined;
    let name = angled ? angled[1].trim() : '';
    if (name.startsWith('"') && name.endsWith('"') && name.length >= 2)
        name = name.slice(1, -1).replace(/\\(.)/g, '$1');
    return name ? { name, address } : { address };
}
function isAscii(text) {
    for (let i = 0; i < text.length; i++)
        if (text.charCodeAt(i) > 0x7f)
            return false;
    return true;
}
/**
 * RFC 2047 B-encoded words, never splitting a character. Each is at most 64 characters, so that with a
 * header's name ("Subject: ") or the folding space in front, every line holding one stays within the
 * 76 characters RFC 2047 allows.
 */
function encodedWords(text) {
    const words = [];
    let chunk = '';
    let bytes = 0;
    for (const ch of text) {
        const size = Buffer.byteLength(ch, 'utf8');
        // 39 bytes → 52 base64 characters → 64 with the `=?UTF-8?B?…?=` wrapper.
        if (bytes + size > 39) {
            words.push(chunk);
            chunk = '';
            bytes = 0;
        }
        chunk += ch;
        bytes += size;
    }
    if (chunk)
        words.push(chunk);
    return words.map((w) => `=?UTF-8?B?${Buffer.from(w, 'utf8').toString('base64')}?=`);
}
/** A mailbox as a header value: non-ASCII display names encoded, others quoted when they need it. */
function formatMailbox(mailbox) {
    if (!mailbox.name)
        return mailbox.address;
    const name = mailbox.name;
    if (!isAscii(name))
        return `${encodedWords(name).join(' ')} <${mailbox.address}>`;
    const atoms = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~ -]+$/.test(name);
    return `${atoms ? name : `"${name.replace(/(["\\])/g, '\\$1')}"`} <${mailbox.address}>`;
}
/** A mailbox for people to read (no encoding). */
function displayMailbox(mailbox) {
    return mailbox.name ? `${mailbox.name} <${mailbox.address}>` : mailbox.address;
}
/**
 * One header field, folded at spaces so lines stay within 76 characters where the words allow (RFC 5322
 * §2.2.3 asks for 78; RFC 2047 for 76 where encoded words are); non-ASCII unstructured values (a Subject)
 * become encoded words.
 */
function headerField(name, value, unstructured = false) {
    const words = unstructured && !isAscii(value) ? encodedWords(value) : value.split(' ');
    const lines = [];
    let line = `${name}:`;
    for (const word of words) {
        if (line.length + 1 + word.length > 76 && line.trim() !== `${name}:`) {
            lines.push(line);
            line = ` ${word}`;
        }
        else {
            line += ` ${word}`;
        }
    }
    lines.push(line);
    return lines.join('\r\n');
}
/** Whether a plain-text body can travel as 7bit: ASCII, short lines, no line an MTA would rewrite. */
function fitsSevenBit(text) {
    return isAscii(text) && text.split('\n').every((line) => line.length <= 998 && !line.startsWith('From '));
}
/**
 * Quoted-printable (RFC 2045 §6.7) of UTF-8 text with LF line ends: CRLF line ends out, encoded lines at
 * most 76 characters with soft breaks, an initial "From " protected from mbox munging.
 */
function encodeQuotedPrintable(text) {
    return text
        .split('\n')
        .map((line) => {
        const tokens = [];
        const bytes = Buffer.from(line, 'utf8');
        bytes.forEach((b, i) => {
            const last = i === bytes.length - 1;
            const literal = (b >= 33 && b <= 126 && b !== 61) || ((b === 32 || b === 9) && !last);
            const guardFrom = i === 0 && b === 70 && line.startsWith('From ');
            tokens.push(literal && !guardFrom ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`);
        });
        const out = [];
        let current = '';
        for (const token of tokens) {
            if (current.length + token.length > 75) {
                out.push(`${current}=`);
                current = '';
            }
            current += token;
        }
        out.push(current);
        return out.join('\r\n');
    })
        .join('\r\n');
}

// EXTERNAL MODULE: ./actions/lib/domain/ids.ts
var ids = __webpack_require__(8029);
;// CONCATENATED MODULE: ./actions/lib/domain/announce.ts
// The advisory email to security-announce (the devguide's "Advisory email" template), rendered from the
// advisory, its report file and the policy; and whether it may be sent. Pure: the caller gives the clock
// and the seed of the Message-ID, so a dry run and the send show the same message.
//
// Embargo: the email's text (title, description) is the advisory's free text. It goes only into the
// rendered message; refusals and every other string here name the advisory by its GHSA id.






/** Body lines are wrapped at this width; a longer word (a URL) stands alone on its line, unbroken. */
const EMAIL_WIDTH = 72;
const CVE_RECORD_URL = 'https://www.cve.org/CVERecord?id=';
/** What stands in the subject and the CVE link of a preview when the advisory has no CVE ID yet. */
const CVE_PLACEHOLDER = 'CVE-YYYY-NNNN';
/** The report desk's title tags: workflow state, never part of the announced title. */
const TITLE_TAGS = /\[(?:ACCEPTED|CLOSED|INVALID|DUPLICATE|COMPLETED|EXPLOITED)\]/gi;
/** The advisory's title as announced: title tags and line breaks out, spaces collapsed. */
function announcedTitle(summary) {
    return summary.replace(TITLE_TAGS, ' ').replace(/\s+/g, ' ').trim();
}
const PULL_REQUEST = /^https:\/\/github\.com\/[^/]+\/[^/]+\/pull\/\d+\/?$/;
/**
 * The pull-request links of the email: the report file's `record.references` tagged `patch` that are
 * GitHub pull requests, in file order (the same list the CVE record's `patch` references come from, so
 * email and record agree). When no patch reference is a pull request, every patch reference.
 */
function patchLinksOf(report) {
    const patches = (report.record?.references ?? []).filter((r) => r.tags?.includes('patch')).map((r) => r.url);
    const unique = [...new Set(patches)];
    const pulls = unique.filter((url) => PULL_REQUEST.test(url));
    return pulls.length > 0 ? pulls : unique;
}
/**
 * The severity line's rating: the advisory's CVSS 4.0 vector, else its CVSS 3.x vector (scored here, the
 * vector checked first), else the severity chosen on GitHub without a vector. An invalid vector is refused
 * rather than skipped: a silent fallback would announce a severity nobody chose.
 */
function advisorySeverity(advisory) {
    const ghsa = advisory.ghsa_id;
    const vectors = [
        advisory.cvss_severities?.cvss_v4?.vector_string,
        advisory.cvss_severities?.cvss_v3?.vector_string,
        advisory.cvss?.vector_string,
    ].filter((v) => typeof v === 'string' && v.trim() !== '');
    const vector = vectors[0];
    if (vector !== undefined) {
        const scored = scoreCvssVector(vector);
        if (!scored.ok) {
            return {
                ok: false,
                refusal: {
                    item: 'severity',
                    problem: `The CVSS vector of ${ghsa} is not valid: ${scored.reason}.`,
                    fix: `Correct the CVSS vector in the advisory's severity section (the CVSS 4.0 calculator on GitHub).`,
                },
            };
        }
        if (scored.rating === 'NONE') {
            return {
                ok: false,
                refusal: {
                    item: 'severity',
                    problem: `The CVSS vector of ${ghsa} scores 0 (no impact): there is no severity to announce.`,
                    fix: 'Check the impact metrics of the advisory’s CVSS vector.',
                },
            };
        }
        return {
            ok: true,
            severity: { rating: scored.rating, source: `CVSS ${scored.version}`, score: scored.score },
        };
    }
    if (advisory.severity) {
        return {
            ok: true,
            severity: { rating: advisory.severity.toUpperCase(), source: 'GitHub severity' },
        };
    }
    return {
        ok: false,
        refusal: {
            item: 'severity',
            problem: `${ghsa} has no severity.`,
            fix: 'Score the advisory with a CVSS 4.0 vector on GitHub (or choose a severity) before announcing it.',
        },
    };
}
/** `<psrt.ghsa-….{hash}@domain>`: the same seed and advisory give the same ID; the domain is the sender's. */
function advisoryMessageId(ghsa, seed, sender) {
    const hash = (0,external_node_crypto_.createHash)('sha256').update(`${seed}\n${ghsa}`).digest('hex').slice(0, 20);
    const domain = sender.address.slice(sender.address.lastIndexOf('@') + 1).toLowerCase();
    return `<psrt.${ghsa.toLowerCase()}.${hash}@${domain}>`;
}
function wrapParagraph(text) {
    return wrapWords(text, EMAIL_WIDTH);
}
/** The body of the devguide's template, LF line ends, ending in a newline. */
function renderBody(parts) {
    const lines = [
        ...wrapParagraph(`There is a ${parts.rating} severity vulnerability affecting ${parts.project}.`),
        '',
        ...(parts.description ? [parts.description, ''] : []),
        ...wrapParagraph('Please see the linked CVE ID for the latest information on affected versions:'),
        '',
        ...[`${CVE_RECORD_URL}${parts.cveId}`, ...parts.patchLinks].flatMap((url) => wrapWords(url, EMAIL_WIDTH, '* ', '  ')),
    ];
    return `${lines.join('\n')}\n`;
}
function rawMessage(headers, body) {
    const sevenBit = fitsSevenBit(body);
    const encoded = sevenBit ? body.replace(/\n/g, '\r\n') : encodeQuotedPrintable(body.replace(/\n$/, '')) + '\r\n';
    return [
        ...headers,
        'MIME-Version: 1.0',
        'Content-Type: text/plain; charset=utf-8',
        `Content-Transfer-Encoding: ${sevenBit ? '7bit' : 'quoted-printable'}`,
        '',
        encoded,
    ].join('\r\n');
}
/** Render the advisory email and decide whether it may be sent; a preview is rendered either way. */
function planAdvisoryEmail(input) {
    const { advisory, report, policy } = input;
    const ghsa = advisory.ghsa_id;
    const refusals = [];
    if (report.ghsa !== ghsa) {
        refusals.push({
            item: 'report',
            problem: `The report file given for ${ghsa} is ${(0,report_file/* reportFilePath */.KL)(report.ghsa)}.`,
            fix: `Use ${(0,report_file/* reportFilePath */.KL)(ghsa)}.`,
        });
    }
    if (advisory.state === 'triage' || advisory.state === 'withdrawn') {
        refusals.push({
            item: 'state',
            problem: `${ghsa} is in state "${advisory.state}": only an accepted report is announced.`,
            fix: advisory.state === 'triage'
                ? 'Accept the report first ([ACCEPTED] in its title).'
                : 'Do not announce a withdrawn advisory.',
        });
    }
    const cveId = advisory.cve_id?.trim() ?? '';
    if (!(0,ids/* isCveId */.Ms)(cveId)) {
        refusals.push({
            item: 'cve-id',
            problem: cveId ? `${ghsa} has a malformed CVE ID "${cveId}".` : `${ghsa} has no CVE ID.`,
            fix: 'Reserve a CVE ID for the report (the sweep does so on accept) and set it on the advisory.',
        });
    }
    const severity = advisorySeverity(advisory);
    if (!severity.ok)
        refusals.push(severity.refusal);
    const patchLinks = patchLinksOf(report);
    if (patchLinks.length === 0) {
        refusals.push({
            item: 'patch-reference',
            problem: `${(0,report_file/* reportFilePath */.KL)(report.ghsa)} lists no reference tagged "patch".`,
            fix: 'Add the fix’s public pull request under record.references with `tags: [patch]` (one per branch’s PR or commit).',
        });
    }
    const description = markdownToPlainText(advisory.description ?? '', { wrapAt: EMAIL_WIDTH });
    if (description === '') {
        refusals.push({
            item: 'description',
            problem: `${ghsa} has no description.`,
            fix: 'Write the description in the advisory: the vulnerable module and functions, the behaviour and the fix.',
        });
    }
    const product = policy.cna.products[report.repo]?.product;
    if (!product) {
        refusals.push({
            item: 'product',
            problem: `policy.yaml names no product for ${report.repo}.`,
            fix: `Add ${report.repo} under cna.products in policy.yaml.`,
        });
    }
    const sender = parseMailbox(input.from);
    if (!sender) {
        refusals.push({
            item: 'sender',
            problem: `The sender "${input.from}" is not an email address.`,
            fix: 'Set announce.from in policy.yaml to "Name <address>" or an address.',
        });
    }
    const recipient = parseMailbox(policy.announce.to);
    if (!recipient) {
        refusals.push({
            item: 'recipient',
            problem: `The recipient "${policy.announce.to}" is not an email address.`,
            fix: 'Set announce.to in policy.yaml to the list’s address.',
        });
    }
    const earlier = (0,report_file/* announcementOf */.r4)(report.record);
    if (earlier?.message_id || earlier?.sent_at) {
        refusals.push({
            item: 'sent',
            problem: `${ghsa} was announced already${earlier.sent_at ? ` on ${earlier.sent_at}` : ''}${earlier.message_id ? ` (${earlier.message_id})` : ''}.`,
            fix: `To announce it again (a correction), remove record.announcement from ${(0,report_file/* reportFilePath */.KL)(report.ghsa)} first.`,
        });
    }
    const from = sender ?? { address: 'unknown@invalid.example' };
    const to = recipient ?? { address: policy.announce.to };
    const shownCve = refusals.some((r) => r.item === 'cve-id') ? CVE_PLACEHOLDER : cveId;
    const subject = `[${shownCve}] ${announcedTitle(advisory.summary)}`;
    const body = renderBody({
        rating: severity.ok ? severity.severity.rating : '{SEVERITY}',
        project: product ?? report.repo,
        description,
        cveId: shownCve,
        patchLinks,
    });
    const messageId = advisoryMessageId(ghsa, input.messageIdSeed, from);
    const date = formatRfc5322Date(input.date);
    const headers = [
        headerField('From', formatMailbox(from)),
        headerField('To', formatMailbox(to)),
        headerField('Subject', subject, true),
        headerField('Date', date),
        headerField('Message-ID', messageId),
    ];
    return {
        ghsa,
        email: {
            messageId,
            from: displayMailbox(from),
            to: displayMailbox(to),
            subject,
            date,
            body,
            raw: rawMessage(headers, body),
            envelope: { from: from.address, to: [to.address] },
            ...(severity.ok ? { severity: severity.severity } : {}),
            patchLinks,
        },
        refusals,
        sendable: refusals.length === 0,
    };
}
/** Why the email cannot be sent, one line per missing item with what to do (names the GHSA id only). */
function renderRefusals(plan) {
    if (plan.sendable)
        return `${plan.ghsa}: ready to send.`;
    return [
        `${plan.ghsa}: not ready to send (${plan.refusals.length} item${plan.refusals.length === 1 ? '' : 's'} missing):`,
        ...plan.refusals.map((r) => `- ${r.item}: ${r.problem} ${r.fix}`),
    ].join('\n');
}
/**
 * The dry run: the message as a person reads it (headers decoded, then the body), followed by whether it
 * may be sent and, if not, each refusal. Contains the advisory's text: show it only where the advisory
 * may be read (a terminal, the ops repository).
 */
function renderEmailPreview(plan) {
    const { email } = plan;
    return [
        `From: ${email.from}`,
        `To: ${email.to}`,
        `Subject: ${email.subject}`,
        `Date: ${email.date}`,
        `Message-ID: ${email.messageId}`,
        '',
        email.body.replace(/\n$/, ''),
        '',
        '-'.repeat(EMAIL_WIDTH),
        renderRefusals(plan),
        '',
    ].join('\n');
}
/** The message as sent, for people: its headers decoded, then its body (no refusals). */
function renderEmailMessage(email) {
    return [
        `From: ${email.from}`,
        `To: ${email.to}`,
        `Subject: ${email.subject}`,
        `Date: ${email.date}`,
        `Message-ID: ${email.messageId}`,
        '',
        email.body.replace(/\n$/, ''),
        '',
    ].join('\n');
}
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
function base32(bytes) {
    let out = '';
    let bits = 0;
    let value = 0;
    for (const byte of bytes) {
        value = (value << 8) | byte;
        bits += 8;
        while (bits >= 5) {
            out += BASE32[(value >>> (bits - 5)) & 31];
            bits -= 5;
        }
    }
    if (bits > 0)
        out += BASE32[(value << (5 - bits)) & 31];
    return out.padEnd(Math.ceil(out.length / 8) * 8, '=');
}
/**
 * Mailman 3's Message-ID-Hash (what HyperKitty names a message and the thread it starts by): the RFC 4648
 * base32 of the SHA-1 of the Message-ID without its angle brackets.
 */
function messageIdHash(messageId) {
    const bare = messageId.trim().replace(/^<(.*)>$/, '$1');
    return base32((0,external_node_crypto_.createHash)('sha1').update(bare, 'utf8').digest());
}
const HYPERKITTY_LIST = /^https:\/\/[^\s/]+(?:\/[^\s/]+)*\/list\/[^\s/@]+@[^\s/@]+\/?$/;
/**
 * The archive URL of the thread a new message starts, when the archive is Mailman 3's HyperKitty (a list
 * URL, `…/list/<address>/`): HyperKitty names that thread by the message's Message-ID-Hash. It resolves once
 * the list has distributed the message (security-announce is moderated). Undefined for any other archive:
 * the URL is then entered by hand.
 */
function archiveThreadUrl(archive, messageId) {
    if (!archive || !HYPERKITTY_LIST.test(archive))
        return undefined;
    return `${archive.replace(/\/?$/, '/')}thread/${messageIdHash(messageId)}/`;
}

// EXTERNAL MODULE: ./actions/lib/domain/plan.ts
var domain_plan = __webpack_require__(7048);
// EXTERNAL MODULE: ./actions/lib/domain/report-edit.ts
var report_edit = __webpack_require__(8818);
// EXTERNAL MODULE: ./actions/lib/domain/tool-pr.ts
var tool_pr = __webpack_require__(8656);
// EXTERNAL MODULE: ./actions/lib/jobs/report-pr.ts
var report_pr = __webpack_require__(1952);
;// CONCATENATED MODULE: ./actions/lib/jobs/announce-plan.ts







/** The purpose of the report PR that records the announcement (branch `psrt/report/GHSA-…/announce`). */
const ANNOUNCE_PURPOSE = 'announce';
/** ISO 8601 in UTC to the second, as report files write times. */
function isoSecond(date) {
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** The announcement with its keys in the file's order and no empty field. */
function normalAnnouncement(a) {
    return {
        ...(a.url ? { url: a.url } : {}),
        ...(a.message_id ? { message_id: a.message_id } : {}),
        ...(a.sent_at ? { sent_at: a.sent_at } : {}),
    };
}
function sameAnnouncement(a, b) {
    if (!a || !b)
        return a === b;
    return JSON.stringify(normalAnnouncement(a)) === JSON.stringify(normalAnnouncement(b));
}
function describeAnnouncement(a) {
    const parts = [
        ...(a.message_id ? [`Message-ID ${a.message_id}`] : []),
        ...(a.sent_at ? [`sent ${a.sent_at}`] : []),
        ...(a.url ? [`archived at ${a.url}`] : []),
    ];
    return parts.join(', ');
}
function describeAnnounceChange(c) {
    return c.kind === 'send-email'
        ? `+ send the advisory email of ${c.ghsa} to ${c.to} (Message-ID ${c.messageId})`
        : `${c.pr.kind === 'pr-open' ? '+' : '~'} record the announcement in ${c.path}: ${(0,tool_pr/* describeToolPrChange */.M)(c.pr).replace(/^[+~-] /, '')}`;
}
const EMAIL_START = '<!-- psrt-ops:email -->';
const EMAIL_END = '<!-- /psrt-ops:email -->';
/** A Markdown code fence longer than any run of backticks in the text. */
function fenced(text, info = 'text') {
    const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}${info}\n${text.replace(/\n$/, '')}\n${fence}`;
}
/** The email block of an announce PR's body (kept when the PR is later updated by hand-entered data). */
function emailBlockOf(body) {
    if (!body)
        return undefined;
    const start = body.indexOf(EMAIL_START);
    const end = body.indexOf(EMAIL_END);
    return start >= 0 && end > start ? body.slice(start, end + EMAIL_END.length) : undefined;
}
function prBody(input) {
    const a = input.announcement;
    const path = (0,report_file/* reportFilePath */.KL)(input.ghsa);
    const rows = [
        '| | |',
        '|---|---|',
        `| Message-ID | ${a.message_id ? `\`${a.message_id}\`` : 'not known'} |`,
        `| Sent at | ${a.sent_at ?? 'not known'} |`,
        `| Archive | ${a.url ?? `not known yet: add it with \`npx psrt announce ${input.ghsa} --archived URL\``} |`,
    ];
    return [
        `${input.how} to \`${input.to}\`.`,
        '',
        ...rows,
        '',
        `Merging this PR writes \`record.announcement\` to \`${path}\`. The CNA desk publishes the CVE record only once it is recorded, and within 24 hours of the email.`,
        ...(input.emailBlock
            ? ['', '**Second operator:** the email as sent is below; check the CVE record against it.', '', input.emailBlock]
            : []),
        '',
        'Opened by `psrt announce`; later runs update this PR and never merge it.',
    ].join('\n');
}
function prTitle(ghsa) {
    return `${ghsa}: record the advisory email`;
}
/** The report PR recording `announcement`, or undefined when the default branch already holds it. */
function recordChange(observed, ghsa, content, body, announcement) {
    const pr = (0,report_pr/* planReportPr */.ww)({ opsRepo: observed.opsRepo, ghsa, purpose: ANNOUNCE_PURPOSE, title: prTitle(ghsa), body }, observed.reportPr, content);
    return pr
        ? {
            kind: 'record-announcement',
            ghsa,
            path: (0,report_file/* reportFilePath */.KL)(ghsa),
            announcement: normalAnnouncement(announcement),
            pr,
        }
        : undefined;
}
function recordedOf(observed) {
    if (observed.pending)
        return observed.pending;
    const merged = (0,report_file/* announcementOf */.r4)(observed.report.record);
    return merged ? { announcement: merged, where: 'the default branch', merged: true } : undefined;
}
function planSend(config, observed, settings, now) {
    const { ghsa } = settings;
    const { policy } = config;
    const open = observed.reportPr.pr.open?.url;
    const base = {
        ghsa,
        opsRepo: observed.opsRepo,
        mode: 'send',
        dryRun: !settings.apply,
        ...(open ? { openPullRequest: open } : {}),
    };
    if (!observed.advisory)
        throw new Error('announce: the advisory was not read');
    const email = planAdvisoryEmail({
        advisory: observed.advisory,
        report: observed.report,
        policy,
        from: policy.announce.from ?? domain_policy/* DEFAULT_ANNOUNCE_FROM */.l8,
        date: now,
        messageIdSeed: settings.messageIdSeed,
    });
    const notes = [];
    const recorded = recordedOf(observed);
    if (recorded) {
        notes.push({
            level: 'info',
            text: `${ghsa} was announced already (${describeAnnouncement(recorded.announcement)}), as ${recorded.where} records: nothing is sent.`,
        });
        const changes = [];
        const pending = observed.pending;
        if (pending && !observed.reportPr.pr.open) {
            // An earlier run sent the email and committed the record, then stopped before opening the PR.
            notes.push({
                level: 'warning',
                text: `${pending.where} holds this announcement but no pull request does: it is opened now. If that message is an old one (a correction is to be sent), delete the branch ${(0,report_pr/* reportBranch */.hJ)(ghsa, ANNOUNCE_PURPOSE)} and run again.`,
            });
            const body = prBody({
                ghsa,
                to: policy.announce.to,
                announcement: pending.announcement,
                how: `An earlier \`psrt announce\` run sent the advisory email of ${ghsa} and committed this record, but did not open the pull request; it went`,
            });
            const change = recordChange(observed, ghsa, pending.text, body, pending.announcement);
            if (change)
                changes.push(change);
        }
        else if (!recorded.merged) {
            notes.push({ level: 'info', text: `Merge ${recorded.where} (a second operator reviews it) to record it.` });
        }
        return { ...base, email, recorded, changes, notes, guards: [] };
    }
    const messageId = email.email.messageId;
    const url = archiveThreadUrl(policy.announce.archive, messageId);
    const announcement = { ...(url ? { url } : {}), message_id: messageId, sent_at: isoSecond(now) };
    const content = (0,report_edit/* setInReport */.uN)(observed.reportText, ['record', 'announcement'], announcement);
    const body = prBody({
        ghsa,
        to: policy.announce.to,
        announcement,
        how: `The advisory email of ${ghsa} was sent by \`psrt announce\``,
        emailBlock: `${EMAIL_START}\n${fenced(renderEmailMessage(email.email))}\n${EMAIL_END}`,
    });
    const record = recordChange(observed, ghsa, content, body, announcement);
    const changes = [
        {
            kind: 'send-email',
            ghsa,
            to: policy.announce.to,
            messageId,
            raw: email.email.raw,
            envelope: email.email.envelope,
        },
        ...(record ? [record] : []),
    ];
    if (!url && email.sendable) {
        notes.push({
            level: 'info',
            text: `announce.archive is not a Mailman 3 (HyperKitty) list URL: once the message is archived, record its URL with \`npx psrt announce ${ghsa} --archived URL\`.`,
        });
    }
    const guards = settings.apply
        ? [
            {
                guard: 'ready-to-send',
                ok: email.sendable,
                detail: email.sendable
                    ? 'the advisory has a CVE ID, a severity and a patch reference'
                    : `${email.refusals.length} item(s) missing: ${email.refusals.map((r) => r.item).join(', ')}`,
            },
        ]
        : [];
    return { ...base, email, announcement, changes, notes, guards };
}
function planRecord(config, observed, settings, now) {
    const { ghsa } = settings;
    const given = settings.record ?? {};
    const recorded = recordedOf(observed);
    const before = recorded?.announcement ?? {};
    const notes = [];
    const guards = [];
    const conflicts = ['message_id', 'sent_at'].filter((key) => before[key] !== undefined && given[key] !== undefined && before[key] !== given[key]);
    guards.push({
        guard: 'same-message',
        ok: conflicts.length === 0,
        detail: conflicts.length === 0
            ? 'what is given agrees with what is recorded'
            : `${recorded.where} records ${conflicts.map((k) => `${k} ${before[k]}`).join(' and ')}, not ${conflicts.map((k) => given[k]).join(' and ')}: a report has one announcement. To record another, remove record.announcement from ${(0,report_file/* reportFilePath */.KL)(ghsa)} by a PR first.`,
    });
    const sentAt = given.sent_at ? Date.parse(given.sent_at) : undefined;
    guards.push({
        guard: 'sent-in-the-past',
        ok: sentAt === undefined || sentAt <= now.getTime(),
        detail: sentAt === undefined || sentAt <= now.getTime() ? 'ok' : `--sent-at ${given.sent_at} is in the future`,
    });
    const messageId = given.message_id ?? before.message_id;
    const derived = !given.url && !before.url && messageId ? archiveThreadUrl(config.policy.announce.archive, messageId) : undefined;
    if (derived)
        notes.push({ level: 'info', text: `The archive URL follows from the Message-ID: ${derived}` });
    if (given.url && before.url && given.url !== before.url)
        notes.push({ level: 'warning', text: `The archive URL ${before.url} is replaced by ${given.url}.` });
    const announcement = normalAnnouncement({ ...before, ...(derived ? { url: derived } : {}), ...given });
    const merged = (0,report_file/* announcementOf */.r4)(observed.report.record);
    const content = sameAnnouncement(merged, announcement)
        ? observed.reportText
        : (0,report_edit/* setInReport */.uN)(observed.reportText, ['record', 'announcement'], announcement);
    const body = prBody({
        ghsa,
        to: config.policy.announce.to,
        announcement,
        how: `The advisory email of ${ghsa} was sent (recorded by hand with \`psrt announce --archived\`)`,
        ...(emailBlockOf(observed.reportPr.pr.open?.body)
            ? { emailBlock: emailBlockOf(observed.reportPr.pr.open?.body) }
            : {}),
    });
    if (!announcement.sent_at)
        notes.push({
            level: 'warning',
            text: 'No send time is recorded: the CNA desk publishes within 24 hours of the email; add --sent-at.',
        });
    const change = recordChange(observed, ghsa, content, body, announcement);
    if (!change)
        notes.push({ level: 'info', text: `${(0,report_file/* reportFilePath */.KL)(ghsa)} already records this announcement.` });
    return {
        ghsa,
        opsRepo: observed.opsRepo,
        mode: 'record',
        dryRun: !settings.apply,
        ...(observed.reportPr.pr.open ? { openPullRequest: observed.reportPr.pr.open.url } : {}),
        ...(recorded ? { recorded } : {}),
        announcement,
        changes: change ? [change] : [],
        notes,
        guards: settings.apply ? guards : guards.filter((g) => !g.ok),
    };
}
function planAnnounce(config, observed, settings, now) {
    return settings.record ? planRecord(config, observed, settings, now) : planSend(config, observed, settings, now);
}
// --- rendering -------------------------------------------------------------------------------------------
function resultOf(results, kind) {
    return results?.find((r) => r.change.kind === kind);
}
function headlineOf(plan, results) {
    const head = `announce ${plan.ghsa}`;
    const sent = resultOf(results, 'send-email');
    const recorded = resultOf(results, 'record-announcement');
    if (plan.mode === 'record') {
        if (plan.changes.length === 0)
            return `${head}: the announcement is recorded already; nothing to change`;
        if (recorded?.status === 'done')
            return `${head}: announcement recorded (${recorded.detail ?? 'pull request'})`;
        if (recorded)
            return `${head}: recording the announcement FAILED`;
        if (plan.guards.some((g) => !g.ok))
            return `${head}: refused; nothing recorded`;
        return `${head}: would record the announcement (dry run)`;
    }
    if (plan.recorded)
        return plan.changes.length > 0 && !results
            ? `${head}: announced already; the pull request recording it would be opened (dry run)`
            : recorded?.status === 'done'
                ? `${head}: announced already; pull request opened (${recorded.detail ?? ''})`
                : `${head}: announced already; nothing sent`;
    if (sent?.status === 'done' && recorded?.status === 'done')
        return `${head}: email sent and recorded (${recorded.detail ?? 'pull request'})`;
    if (sent?.status === 'done')
        return `${head}: email SENT, but recording it FAILED`;
    if (sent)
        return `${head}: email NOT sent; the report file is unchanged`;
    if (plan.guards.some((g) => !g.ok))
        return `${head}: refused; nothing sent`;
    return plan.email?.sendable
        ? `${head}: ready to send (dry run: nothing sent)`
        : `${head}: not ready to send (${plan.email?.refusals.length ?? 0} item(s) missing)`;
}
function shellQuote(text) {
    return `'${text.replace(/'/g, `'\\''`)}'`;
}
/** What to do after the send or the record failed: said plainly, with the command that finishes the job. */
function afterFailure(plan, results) {
    const sent = resultOf(results, 'send-email');
    const recorded = resultOf(results, 'record-announcement');
    if (sent && sent.status !== 'done') {
        return [
            `Nothing was sent, so nothing was recorded: ${(0,report_file/* reportFilePath */.KL)(plan.ghsa)} is unchanged.`,
            `SMTP: ${sent.error ?? 'failed'}`,
            'Fix what the SMTP error names, then run again with --send (a fresh Message-ID is drawn).',
        ];
    }
    if (sent?.status === 'done' && recorded && recorded.status !== 'done' && plan.announcement) {
        const a = plan.announcement;
        const command = [
            `npx psrt announce ${plan.ghsa}`,
            ...(a.message_id ? [`--message-id ${shellQuote(a.message_id)}`] : []),
            ...(a.sent_at ? [`--sent-at ${a.sent_at}`] : []),
            ...(a.url ? [`--archived ${a.url}`] : []),
        ].join(' ');
        return [
            `The email WAS sent (Message-ID ${a.message_id ?? '?'}, at ${a.sent_at ?? '?'}), but recording it in ${(0,report_file/* reportFilePath */.KL)(plan.ghsa)} failed: ${recorded.error ?? 'unknown error'}.`,
            'Do NOT send it again. Record it without sending (safe to repeat):',
            `  ${command}`,
            'or run the announce workflow with message-id and sent-at set as above (and dry-run off).',
        ];
    }
    if (plan.mode === 'record' && recorded && recorded.status !== 'done') {
        return [`Recording failed: ${recorded.error ?? 'unknown error'}. Nothing was sent; run the same command again.`];
    }
    return [];
}
function nextStep(plan) {
    if (!plan.dryRun || plan.changes.length === 0)
        return [];
    if (plan.mode === 'record')
        return ['Dry run: nothing written. Without --dry-run the pull request is opened.'];
    if (plan.recorded)
        return ['Dry run: nothing written. --send opens the pull request (and sends nothing).'];
    return plan.email?.sendable
        ? [
            'Dry run: nothing sent. --send sends this email (with a freshly drawn Message-ID) and opens the pull request that records it.',
        ]
        : ['--send will refuse until every item above is there.'];
}
/** The run for people: the email (send mode), the changes with their results, notes, and what to do next. */
function renderAnnounce(plan, format, results) {
    const md = format === 'markdown';
    const status = new Map(results?.map((r) => [r.change, r]));
    const out = [md ? `## ${headlineOf(plan, results)}` : headlineOf(plan, results), ''];
    if (plan.email && !plan.recorded) {
        // Once sent (or attempted), the message as it went; before, the preview and whether it may be sent.
        const message = renderEmailMessage(plan.email.email);
        if (md)
            out.push('### The email', '', fenced(message), ...(results ? [] : ['', renderRefusals(plan.email)]));
        else
            out.push(results ? message : renderEmailPreview(plan.email));
        out.push('');
    }
    if (plan.changes.length > 0) {
        out.push(md ? '### Changes' : 'Changes:', ...(md ? [''] : []));
        for (const c of plan.changes) {
            const line = (0,domain_plan/* withResult */.ox)(describeAnnounceChange(c), status.get(c));
            out.push(md ? `- \`${line.replace(/`/g, "'")}\`` : `  ${line}`);
        }
        out.push('');
    }
    for (const r of results ?? []) {
        if (r.status !== 'done' || !r.detail)
            continue;
        out.push(`${r.change.kind === 'send-email' ? 'Sent' : 'Pull request'}: ${r.detail}`);
    }
    if (plan.notes.length > 0)
        out.push(...plan.notes.map((n) => (0,domain_plan/* renderNote */.NS)(n, format)), '');
    const tripped = plan.guards.filter((g) => !g.ok);
    if (tripped.length > 0)
        out.push(...(0,domain_plan/* renderGuards */.TW)(tripped, format), '');
    const after = [...afterFailure(plan, results), ...nextStep(plan)];
    if (after.length > 0)
        out.push(...after, '');
    return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

// EXTERNAL MODULE: ./actions/lib/jobs/job.ts
var job = __webpack_require__(832);
// EXTERNAL MODULE: ./actions/lib/jobs/reading.ts
var reading = __webpack_require__(3307);
// EXTERNAL MODULE: ./actions/lib/jobs/tool-pr.ts
var jobs_tool_pr = __webpack_require__(2764);
;// CONCATENATED MODULE: ./actions/lib/jobs/announce.ts










function checkedReport(where, text, config, now, ghsa) {
    const parsed = (0,report_files/* parseReportText */.VC)(`${where}:${(0,report_file/* reportFilePath */.KL)(ghsa)}`, text, config.policy, now);
    if (!parsed.report) {
        const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
        throw new lib_errors/* UserError */.yo(`${where}:${(0,report_file/* reportFilePath */.KL)(ghsa)} has ${errors.length} error(s): nothing was sent or written.\n${errors
            .map((d) => `  ${d.file}:${d.line}:${d.column}: ${d.message} [${d.rule}]`)
            .join('\n')}`);
    }
    return { report: parsed.report, text };
}
async function readAnnounce(settings, config, deps, ctx) {
    const { ghsa } = settings;
    const opsRepo = config.policy.ops_repo;
    const path = (0,report_file/* reportFilePath */.KL)(ghsa);
    const now = ctx.now();
    const reportPr = await (0,report_pr/* readReportPr */.$z)(deps.gh, opsRepo, ghsa, ANNOUNCE_PURPOSE);
    if (reportPr.text === undefined) {
        throw new lib_errors/* UserError */.yo(`${opsRepo} has no ${path} on its default branch: the email's patch links and the announcement live there. Write the report file first (the report desk does on accept). Nothing was sent.`);
    }
    const { report } = checkedReport(opsRepo, reportPr.text, config, now, ghsa);
    const merged = (0,report_file/* announcementOf */.r4)(report.record);
    // What an earlier run recorded but the default branch does not hold yet: the open PR's file, or the
    // branch of a run that committed it and stopped before opening the PR.
    let pending;
    const open = reportPr.pr.open;
    const branch = (0,report_pr/* reportBranch */.hJ)(ghsa, ANNOUNCE_PURPOSE);
    const pendingText = open
        ? open.files[path]
        : (await (0,reading/* reading */.h)(`${path} on the branch ${branch} of ${opsRepo}`, () => deps.gh.readFile(opsRepo, path, branch)))
            ?.text;
    if (pendingText !== undefined && pendingText !== reportPr.text) {
        const where = open ? `pull request #${open.number}` : `branch ${branch}`;
        const onBranch = checkedReport(`${opsRepo} (${where})`, pendingText, config, now, ghsa);
        const announcement = (0,report_file/* announcementOf */.r4)(onBranch.report.record);
        if (announcement && !sameAnnouncement(announcement, merged)) {
            pending = { announcement, where, merged: false, text: pendingText };
        }
    }
    let advisory;
    if (!settings.record) {
        const gh = deps.ghFor?.((0,domain_policy/* splitRepo */.D2)(report.repo).owner) ?? deps.gh;
        advisory = await (0,reading/* reading */.h)(`the advisory ${ghsa} of ${report.repo}`, () => gh.getAdvisory(report.repo, ghsa));
    }
    return {
        opsRepo,
        report,
        reportText: reportPr.text,
        reportPr,
        ...(pending ? { pending } : {}),
        ...(advisory ? { advisory } : {}),
    };
}
async function applyAnnounce(plan, deps, ctx) {
    return (0,job/* applyInOrder */.g$)(plan.changes.map((c) => [c]), async ([c]) => {
        const change = c;
        if (change.kind === 'record-announcement')
            return (0,jobs_tool_pr/* applyToolPr */.Hw)(deps.gh, change.pr);
        if (!deps.sendEmail)
            throw new lib_errors/* UserError */.yo('no SMTP connection was given (set SMTP_URL): nothing was sent.');
        const receipt = await deps.sendEmail({
            raw: change.raw,
            envelope: change.envelope,
            messageId: change.messageId,
        });
        return `accepted by the SMTP server for ${receipt.accepted.join(', ')} (${receipt.response})`;
    }, ctx, describeAnnounceChange);
}
const announceJob = {
    name: 'announce',
    read: readAnnounce,
    plan: planAnnounce,
    render: renderAnnounce,
    apply: applyAnnounce,
};
function runAnnounce(settings, deps, ctx) {
    return (0,job/* runJob */.b5)(announceJob, settings, deps, ctx);
}
/** What a run did: whether the email went out, what was recorded, and the PR. */
function announceOutcome(result) {
    const plan = result.plan;
    const done = (kind) => result.results?.find((r) => r.change.kind === kind && r.status === 'done');
    const sent = done('send-email') !== undefined;
    const announcement = plan?.announcement ?? plan?.recorded?.announcement;
    const pullRequest = done('record-announcement')?.detail ?? plan?.openPullRequest;
    return {
        sent,
        ...(announcement && (sent || plan?.mode === 'record' || plan?.recorded) ? { announcement } : {}),
        ...(pullRequest ? { pullRequest } : {}),
    };
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

//# sourceMappingURL=686.index.js.map