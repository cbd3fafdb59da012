export const id = 547;
export const ids = [547];
export const modules = {

/***/ 4547:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EtagCache: () => (/* binding */ EtagCache),
/* harmony export */   redact: () => (/* binding */ redact)
/* harmony export */ });
// Conditional requests for GitHub GETs: a 304 costs no primary rate limit, so an unchanged re-run
// is nearly free. The cache keeps, per URL, the ETag and Last-Modified validators, the Link header
// (pagination continues through 304s) and the body with every free-text field removed: advisory
// summaries and descriptions, issue and comment bodies never reach the disk (the cache is stored
// by actions/cache between runs).
//
// GitHub's ETags are specific to the token that fetched them. A PAT keeps its ETags across runs; a
// GitHub App installation token is new each run, so across runs only Last-Modified can answer 304.
/** Keys whose values are prose (possibly embargoed advisory text); never written to the cache. */
const REDACTED_KEYS = new Set(['summary', 'description', 'body', 'body_html', 'body_text', 'title', 'patch']);
function redact(value) {
    if (Array.isArray(value))
        return value.map(redact);
    if (value !== null && typeof value === 'object') {
        const out = {};
        for (const [k, v] of Object.entries(value)) {
            if (!REDACTED_KEYS.has(k))
                out[k] = redact(v);
        }
        return out;
    }
    return value;
}
const FORMAT = 1;
class EtagCache {
    scope;
    entries = new Map();
    stats = { hits: 0, misses: 0, stored: 0 };
    dirty = false;
    /**
     * A cache is scoped to one identity and API (a hash of the token, or a stable name such as the App's
     * slug): answers cached for one identity never serve another, which may see different data.
     */
    constructor(scope) {
        this.scope = scope;
    }
    get(url) {
        return this.entries.get(url);
    }
    set(url, entry) {
        this.entries.set(url, { ...entry, data: redact(entry.data) });
        this.stats.stored++;
        this.dirty = true;
    }
    get changed() {
        return this.dirty;
    }
    get size() {
        return this.entries.size;
    }
    toJSON() {
        return { format: FORMAT, scope: this.scope, entries: Object.fromEntries(this.entries) };
    }
    /** Restore from `toJSON()` output; anything unreadable or from another scope starts empty. */
    static fromJSON(scope, json) {
        const cache = new EtagCache(scope);
        if (json === null || typeof json !== 'object')
            return cache;
        const j = json;
        if (j.format !== FORMAT || j.scope !== scope || j.entries === null || typeof j.entries !== 'object')
            return cache;
        for (const [url, entry] of Object.entries(j.entries)) {
            if (typeof entry?.etag === 'string' || typeof entry?.lastModified === 'string')
                cache.entries.set(url, entry);
        }
        return cache;
    }
}


/***/ })

};
