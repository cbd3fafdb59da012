// Conditional requests for GitHub GETs: a 304 costs no primary rate limit, so an unchanged re-run
// is nearly free. The cache keeps, per URL, the ETag and Last-Modified validators, the Link header
// (pagination continues through 304s) and the projected body (projections.ts): no advisory summary
// or description, no issue or comment body ever reaches the disk (the cache is stored by
// actions/cache between runs).
//
// GitHub's ETags are specific to the token that fetched them. A PAT keeps its ETags across runs; a
// GitHub App installation token is new each run, so across runs only Last-Modified can answer 304.

export interface CachedResponse {
  etag?: string;
  lastModified?: string;
  link?: string;
  data: unknown;
}

export interface EtagCacheStats {
  hits: number;
  misses: number;
  stored: number;
}

const FORMAT = 2;

/**
 * Entries are kept serialised (one line each, `url<TAB>json`) and parsed only when a 304 asks for
 * them: a large org's advisory lists take tens of megabytes as text and several times that as
 * objects. The file is those lines after a header line, written and read a line at a time.
 */
/**
 * What a job remembers between runs beside the cache: small observations (a setting, a derived fact,
 * never free text) with the time they were made, so slow-changing settings are re-read on a cadence.
 * Best effort, like the cache it lives in: a job without it reads everything.
 */
export interface RunMemory {
  recall<T>(key: string): { value: T; at: string } | undefined;
  remember(key: string, value: unknown, at: string): void;
}

const MEMO = 'memo:';

export class EtagCache implements RunMemory {
  private entries = new Map<string, string>();
  /** URLs read or written in this run: only these are saved, so the file never collects dead pages. */
  private used = new Set<string>();
  readonly stats: EtagCacheStats = { hits: 0, misses: 0, stored: 0 };
  private dirty = false;

  /**
   * A cache is scoped to one identity and API (a hash of the token, or a stable name such as the App's
   * slug): answers cached for one identity never serve another, which may see different data.
   */
  constructor(readonly scope: string) {}

  get(url: string): CachedResponse | undefined {
    const text = this.entries.get(url);
    if (text === undefined) return undefined;
    this.used.add(url);
    try {
      return JSON.parse(text) as CachedResponse;
    } catch {
      this.entries.delete(url);
      return undefined;
    }
  }

  set(url: string, entry: CachedResponse): void {
    // Callers store projected data only (projections.ts): never free text.
    this.entries.set(url, JSON.stringify(entry));
    this.used.add(url);
    this.stats.stored++;
    this.dirty = true;
  }

  recall<T>(key: string): { value: T; at: string } | undefined {
    const entry = this.get(`${MEMO}${key}`);
    const memo = entry?.data as { value?: T; at?: unknown } | undefined;
    return memo && typeof memo.at === 'string' && 'value' in memo ? { value: memo.value as T, at: memo.at } : undefined;
  }

  remember(key: string, value: unknown, at: string): void {
    this.set(`${MEMO}${key}`, { data: { value, at } });
  }

  /** Whether saving would write something new (entries stored, or entries no longer used). */
  get changed(): boolean {
    return this.dirty || this.used.size !== this.entries.size;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The file's lines: a header, then one entry per line. */
  *lines(): Generator<string> {
    yield JSON.stringify({ format: FORMAT, scope: this.scope });
    for (const url of this.used) {
      const text = this.entries.get(url);
      if (text !== undefined && !url.includes('\t') && !url.includes('\n')) yield `${url}\t${text}`;
    }
  }

  /** Restore from `lines()`; a file from another format or scope, or an unreadable one, starts empty. */
  static async fromLines(scope: string, lines: AsyncIterable<string> | Iterable<string>): Promise<EtagCache> {
    const cache = new EtagCache(scope);
    let first = true;
    for await (const line of lines) {
      if (first) {
        first = false;
        try {
          const header = JSON.parse(line) as { format?: unknown; scope?: unknown };
          if (header.format !== FORMAT || header.scope !== scope) return cache;
        } catch {
          return cache;
        }
        continue;
      }
      const tab = line.indexOf('\t');
      if (tab > 0) cache.entries.set(line.slice(0, tab), line.slice(tab + 1));
    }
    return cache;
  }
}
