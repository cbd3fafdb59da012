// Conditional requests for GitHub GETs: a 304 costs no primary rate limit, so an unchanged re-run
// is nearly free. The cache keeps, per URL, the ETag and Last-Modified validators, the Link header
// (pagination continues through 304s) and the body with every free-text field removed: advisory
// summaries and descriptions, issue and comment bodies never reach the disk (the cache is stored
// by actions/cache between runs).
//
// GitHub's ETags are specific to the token that fetched them. A PAT keeps its ETags across runs; a
// GitHub App installation token is new each run, so across runs only Last-Modified can answer 304.

export interface CachedResponse {
  etag?: string;
  lastModified?: string;
  link?: string;
  data: unknown;
}

/** Keys whose values are prose (possibly embargoed advisory text); never written to the cache. */
const REDACTED_KEYS = new Set(['summary', 'description', 'body', 'body_html', 'body_text', 'title', 'patch']);

export function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (!REDACTED_KEYS.has(k)) out[k] = redact(v);
    }
    return out;
  }
  return value;
}

export interface EtagCacheStats {
  hits: number;
  misses: number;
  stored: number;
}

const FORMAT = 1;

export class EtagCache {
  private entries = new Map<string, CachedResponse>();
  readonly stats: EtagCacheStats = { hits: 0, misses: 0, stored: 0 };
  private dirty = false;

  /**
   * A cache is scoped to one identity and API (a hash of the token, or a stable name such as the App's
   * slug): answers cached for one identity never serve another, which may see different data.
   */
  constructor(readonly scope: string) {}

  get(url: string): CachedResponse | undefined {
    return this.entries.get(url);
  }

  set(url: string, entry: CachedResponse): void {
    this.entries.set(url, { ...entry, data: redact(entry.data) });
    this.stats.stored++;
    this.dirty = true;
  }

  get changed(): boolean {
    return this.dirty;
  }

  get size(): number {
    return this.entries.size;
  }

  toJSON(): unknown {
    return { format: FORMAT, scope: this.scope, entries: Object.fromEntries(this.entries) };
  }

  /** Restore from `toJSON()` output; anything unreadable or from another scope starts empty. */
  static fromJSON(scope: string, json: unknown): EtagCache {
    const cache = new EtagCache(scope);
    if (json === null || typeof json !== 'object') return cache;
    const j = json as { format?: unknown; scope?: unknown; entries?: unknown };
    if (j.format !== FORMAT || j.scope !== scope || j.entries === null || typeof j.entries !== 'object') return cache;
    for (const [url, entry] of Object.entries(j.entries as Record<string, CachedResponse>)) {
      if (typeof entry?.etag === 'string' || typeof entry?.lastModified === 'string') cache.entries.set(url, entry);
    }
    return cache;
  }
}
