export const id = 613;
export const ids = [613];
export const modules = {

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


/***/ })

};

//# sourceMappingURL=613.index.js.map