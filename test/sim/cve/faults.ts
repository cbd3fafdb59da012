// Injected faults for the CVE Services simulator: what the network and the service's front end do to
// a client, matched by method and route. As in the GitHub simulator's faults.ts: armed specs, each
// firing on the next `count` matching requests after `afterMatches` have passed.

export interface CveFaultSpec {
  method?: string;
  /** An OpenAPI path template ("/cve-id/{id}") or a concrete path ("/cve-id/CVE-2026-1000"), below /api. Absent: every API route. */
  route?: string;
  /** How many matching requests fault (default 1). */
  count?: number;
  /** Let this many matching requests through first. */
  afterMatches?: number;
  /**
   * Answer with this status. 429 and 500 carry the service's own error bodies (TOO_MANY_REQUESTS with
   * its RateLimit-* headers, SERVICE_NOT_AVAILABLE); 502, 503 and 504 an HTML page, as a load balancer
   * in front of the service sends.
   */
  status?: number;
  /** Retry-After (and RateLimit-Reset) in seconds, for 429 and 503 (default 1). */
  retryAfterSeconds?: number;
  /** The body, sent as it is (e.g. text that is not JSON), instead of the default for `status`. */
  body?: string;
  contentType?: string;
  headers?: Record<string, string>;
  /** Never answer, until the client gives up (aborts) or the simulator closes. */
  hang?: boolean;
  /** Drop the connection instead of answering. */
  reset?: boolean;
  /**
   * Let the service handle the request first (its state changes), then fault the answer: the client
   * cannot know that its request succeeded. Without it the request never reaches the service.
   */
  afterHandling?: boolean;
}

interface Armed {
  spec: CveFaultSpec;
  matched: number;
  fired: number;
}

function routeMatches(route: string, template: string | undefined, path: string): boolean {
  return route === template || route === path;
}

export class CveFaults {
  private armed: Armed[] = [];

  add(spec: CveFaultSpec): void {
    if (!spec.status && !spec.hang && !spec.reset && spec.body === undefined)
      throw new Error('a fault needs status, body, hang or reset');
    this.armed.push({ spec, matched: 0, fired: 0 });
  }

  clear(): void {
    this.armed = [];
  }

  /** The fault that fires for this request, if any (counts matches as a side effect). */
  take(method: string, template: string | undefined, path: string): CveFaultSpec | undefined {
    for (const a of this.armed) {
      if (a.spec.method && a.spec.method.toUpperCase() !== method) continue;
      if (a.spec.route && !routeMatches(a.spec.route, template, path)) continue;
      a.matched++;
      if (a.matched <= (a.spec.afterMatches ?? 0)) continue;
      if (a.fired >= (a.spec.count ?? 1)) continue;
      a.fired++;
      return a.spec;
    }
    return undefined;
  }
}

const JSON_TYPE = 'application/json; charset=utf-8';

/** The answer a status-or-body fault gives. */
export function faultResponse(spec: CveFaultSpec): Response {
  const status = spec.status ?? 500;
  const wait = String(spec.retryAfterSeconds ?? 1);
  const headers: Record<string, string> = {};
  let body: string;
  let contentType: string;
  if (status === 429) {
    // express-rate-limit 6 with standardHeaders, as CVE Services configures it (src/middleware).
    Object.assign(headers, {
      'ratelimit-limit': '1000',
      'ratelimit-remaining': '0',
      'ratelimit-reset': wait,
      'retry-after': wait,
    });
    body = JSON.stringify({ error: 'TOO_MANY_REQUESTS', message: 'Too many requests. Please try again later.' });
    contentType = JSON_TYPE;
  } else if (status >= 502 && status <= 504) {
    if (status === 503) headers['retry-after'] = wait;
    const title = { 502: 'Bad Gateway', 503: 'Service Temporarily Unavailable', 504: 'Gateway Time-out' }[status];
    body = `<html>\r\n<head><title>${status} ${title}</title></head>\r\n<body>\r\n<center><h1>${status} ${title}</h1></center>\r\n</body>\r\n</html>\r\n`;
    contentType = 'text/html';
  } else {
    body = JSON.stringify({ error: 'SERVICE_NOT_AVAILABLE', message: 'This service appears to not be available.' });
    contentType = JSON_TYPE;
  }
  if (spec.body !== undefined) body = spec.body;
  return new Response(body, {
    status,
    headers: { 'content-type': spec.contentType ?? contentType, ...headers, ...spec.headers },
  });
}
