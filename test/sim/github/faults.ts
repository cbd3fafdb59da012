// Injected faults and latency, matched by method and route template or path glob.
import { patternMatches } from './router.js';

export interface FaultSpec {
  method?: string;
  /** A route template (`/repos/{owner}/{repo}/pulls`) or a glob over the path (`/repos/python/*`, `**`). */
  route?: string;
  /** Answer with this status (GitHub-like error body) instead of the real response. */
  status?: number;
  /** How many matching requests fault (default 1). */
  count?: number;
  /** Let this many matching requests through first. */
  afterMatches?: number;
  /** Wait before answering (or before the reset). */
  delayMs?: number;
  /** Destroy the connection instead of answering. */
  reset?: boolean;
  /** Body to send with `status` (default: GitHub's error body for it). */
  body?: unknown;
  headers?: Record<string, string>;
  /** Send this text as the body, as given (an HTML error page, broken or truncated JSON); status default 200. */
  rawBody?: string;
  /** The content type sent with `rawBody` (default `text/html; charset=utf-8`). */
  contentType?: string;
  /** The real answer (status, headers) with its body cut to this many bytes: a truncated answer. */
  truncateBodyAt?: number;
  /**
   * Serve the request for real first (a write is committed), then answer with this fault instead:
   * GitHub made the change but the client never learns it (a 502, a reset, a hang after the write).
   */
  afterCommit?: boolean;
  /**
   * A connection that stalls: `no-answer` never sends anything; `no-body` sends the status and headers
   * (`status`, default 200) and never the body. Only the client's timeout ends either.
   */
  hang?: 'no-answer' | 'no-body';
}

interface Armed {
  spec: FaultSpec;
  matched: number;
  fired: number;
}

export class Faults {
  private armed: Armed[] = [];
  private latencyMs = 0;
  private latencyRoutes: { pattern: string; ms: number }[] = [];

  add(spec: FaultSpec): void {
    this.armed.push({ spec, matched: 0, fired: 0 });
  }

  clear(): void {
    this.armed = [];
  }

  setLatency(ms: number, pattern?: string): void {
    if (pattern === undefined) this.latencyMs = ms;
    else {
      this.latencyRoutes = this.latencyRoutes.filter((l) => l.pattern !== pattern);
      if (ms > 0) this.latencyRoutes.push({ pattern, ms });
    }
  }

  clearLatency(): void {
    this.latencyMs = 0;
    this.latencyRoutes = [];
  }

  latencyFor(method: string, template: string | undefined, path: string): number {
    const route = this.latencyRoutes.find(
      (l) =>
        patternMatches(l.pattern.replace(/^(GET|POST|PUT|PATCH|DELETE) /, ''), template, path) &&
        (!/^(GET|POST|PUT|PATCH|DELETE) /.test(l.pattern) || l.pattern.startsWith(`${method} `)),
    );
    return route?.ms ?? this.latencyMs;
  }

  /** The fault that fires for this request, if any (counts matches as a side effect). */
  take(method: string, template: string | undefined, path: string): FaultSpec | undefined {
    for (const a of this.armed) {
      if (a.spec.method && a.spec.method.toUpperCase() !== method) continue;
      if (a.spec.route && !patternMatches(a.spec.route, template, path)) continue;
      a.matched++;
      if (a.matched <= (a.spec.afterMatches ?? 0)) continue;
      if (a.fired >= (a.spec.count ?? 1)) continue;
      a.fired++;
      return a.spec;
    }
    return undefined;
  }
}

// --- bodies sent as given (HTML error pages, broken or truncated JSON) ----------------------------------

/** A fault's body sent byte for byte with its own content type: never re-encoded as JSON. */
export class BodyAsGiven {
  constructor(
    readonly text: string,
    readonly contentType = 'text/html; charset=utf-8',
  ) {}
}

/**
 * A fault that answers `status` (default 200, as a proxy or a cut connection can) with `text` as given:
 * an HTML page, JSON cut in the middle, anything that is not what the route sends.
 */
export function bodyAsGiven(
  spec: Omit<FaultSpec, 'body' | 'status'> & { status?: number; text: string; contentType?: string },
): FaultSpec {
  const { text, contentType, status = 200, ...rest } = spec;
  return { ...rest, status, body: new BodyAsGiven(text, contentType) };
}
