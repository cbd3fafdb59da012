export const id = 635;
export const ids = [635];
export const modules = {

/***/ 3635:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EtagCache: () => (/* binding */ EtagCache)
/* harmony export */ });
// Conditional requests for GitHub GETs: a 304 costs no primary rate limit, so an unchanged re-run
// is nearly free. The cache keeps, per URL, the ETag and Last-Modified validators, the Link header
// (pagination continues through 304s) and the projected body (projections.ts): no advisory summary
// or description, no issue or comment body ever reaches the disk (the cache is stored by
// actions/cache between runs).
//
// GitHub's ETags are specific to the token that fetched them. A PAT keeps its ETags across runs; a
// GitHub App installation token is new each run, so across runs only Last-Modified can answer 304.
const FORMAT = 2;
const MEMO = 'memo:';
class EtagCache {
    scope;
    entries = new Map();
    /** URLs read or written in this run: only these are saved, so the file never collects dead pages. */
    used = new Set();
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
        const text = this.entries.get(url);
        if (text === undefined)
            return undefined;
        this.used.add(url);
        try {
            return JSON.parse(text);
        }
        catch {
            this.entries.delete(url);
            return undefined;
        }
    }
    set(url, entry) {
        // Callers store projected data only (projections.ts): never free text.
        this.entries.set(url, JSON.stringify(entry));
        this.used.add(url);
        this.stats.stored++;
        this.dirty = true;
    }
    recall(key) {
        const entry = this.get(`${MEMO}${key}`);
        const memo = entry?.data;
        return memo && typeof memo.at === 'string' && 'value' in memo ? { value: memo.value, at: memo.at } : undefined;
    }
    remember(key, value, at) {
        this.set(`${MEMO}${key}`, { data: { value, at } });
    }
    /** Whether saving would write something new (entries stored, or entries no longer used). */
    get changed() {
        return this.dirty || this.used.size !== this.entries.size;
    }
    get size() {
        return this.entries.size;
    }
    /** The file's lines: a header, then one entry per line. */
    *lines() {
        yield JSON.stringify({ format: FORMAT, scope: this.scope });
        for (const url of this.used) {
            const text = this.entries.get(url);
            if (text !== undefined && !url.includes('\t') && !url.includes('\n'))
                yield `${url}\t${text}`;
        }
    }
    /** Restore from `lines()`; a file from another format or scope, or an unreadable one, starts empty. */
    static async fromLines(scope, lines) {
        const cache = new EtagCache(scope);
        let first = true;
        for await (const line of lines) {
            if (first) {
                first = false;
                try {
                    const header = JSON.parse(line);
                    if (header.format !== FORMAT || header.scope !== scope)
                        return cache;
                }
                catch {
                    return cache;
                }
                continue;
            }
            const tab = line.indexOf('\t');
            if (tab > 0)
                cache.entries.set(line.slice(0, tab), line.slice(tab + 1));
        }
        return cache;
    }
}


/***/ })

};

//# sourceMappingURL=635.index.js.map