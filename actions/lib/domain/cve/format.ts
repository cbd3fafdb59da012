// Records as files (records/CVE-YYYY-NNNN.json): 2-space JSON, keys sorted at every level, a trailing
// newline. Sorted keys make a record's file depend only on its content, so a rebuilt record that did
// not change leaves the file byte for byte as it was and its diffs show only what changed.

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    // Code-point order, the same on every machine (localeCompare is not).
    for (const key of Object.keys(value).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
      out[key] = sortKeys((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

/** The record as the text of its file. */
export function formatCveRecordFile(record: unknown): string {
  return `${JSON.stringify(sortKeys(record), null, 2)}\n`;
}

/** Where a record's file lives in the ops repository. */
export function cveRecordFilePath(cveId: string): string {
  return `records/${cveId}.json`;
}
