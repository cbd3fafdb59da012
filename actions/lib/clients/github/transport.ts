// The wire under the GitHub client: Octokit (requests by route, pagination) with GitHub's throttling
// and retry plugins, the pinned API version, a timeout on every request, strict JSON bodies, and
// conditional requests through an ETag cache. Settings come from the entry; nothing here reads the
// environment. Jobs never see this module: they use the GitHubApi interface (api.ts).
import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { RequestError } from '@octokit/request-error';
// The light build: Bottleneck without Redis clustering (which psrt-ops never uses), as plugin-throttling
// The light build: Bottleneck without Redis clustering (which psrt-ops never uses), as plugin-throttling
// itself imports it; the full one would put a second copy, twice the size, in every bundle.
import Bottleneck from 'bottleneck/light.js';
import type { Logger } from '../../logger.js';
import type { EtagCache } from './etag-cache.js';
import { MalformedResponseError, NetworkFailure, networkFailureKind } from './failures.js';
import type { ProjectionName } from './projections.js';
import { PROJECTIONS } from './projections.js';

export const API_VERSION = '2022-11-28';

/** The request header that opts a GET into conditional requests; removed before the request is sent. */
const CONDITIONAL_HEADER = 'x-psrt-conditional';

/**
 * Spread into a GET's parameters to make it a conditional request through the ETag cache, its answer
 * projected (projections.ts: only the fields named there, never free text). A header, not a request
 * option, because pagination carries only method, URL and headers onward.
 */
export function conditional(projection: ProjectionName): { headers: Record<string, string> } {
  return { headers: { [CONDITIONAL_HEADER]: projection } };
}

/**
 * Spread into a GET's parameters to shape-check and project its answer like `conditional`, but never
 * through the cache: for answers holding text that must not reach the disk (report files, records).
 */
export function projected(projection: ProjectionName): { headers: Record<string, string> } {
  return { headers: { [CONDITIONAL_HEADER]: `${projection};uncached` } };
}

// Routes are spelled out (`request('GET /repos/{owner}/{repo}')`, typed by @octokit/types): the endpoint
// methods plugin would add a map of every route to each bundle.
const PsrtOctokit = Octokit.plugin(paginateRest, throttling, retry);
export type OctokitClient = InstanceType<typeof PsrtOctokit>;

export interface TransportSettings {
  token: string;
  /** REST base, e.g. https://api.github.com (GITHUB_API_URL in Actions). */
  apiUrl: string;
  /** GraphQL endpoint, e.g. https://api.github.com/graphql (GITHUB_GRAPHQL_URL in Actions). */
  graphqlUrl: string;
  log: Logger;
  fetch?: typeof fetch;
  /** GitHub asks for at least one second between writes; tests against the simulator may lower it. */
  minWriteIntervalMs?: number;
  /** Base of the retry back-off (retries wait 1, 4, 9 × this); tests lower it. */
  retryBaseMs?: number;
  /** How many times to retry a 5xx or network failure of an idempotent request. */
  retries?: number;
  /** Every request (each attempt) fails after this long without an answer. */
  timeoutMs?: number;
  /** Conditional requests: opt-in per request with `...conditional(name)`. */
  cache?: EtagCache;
  /** Secondary-limit and rate-limit waits longer than this fail the run instead of sleeping. */
  maxRateLimitWaitSeconds?: number;
}

export interface RequestCounters {
  requests: number;
  notModified: number;
  writes: number;
}

export interface Transport {
  octokit: OctokitClient;
  graphql: <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;
  /** From the token's prefix: `ghs_` is an App installation (or Actions) token. */
  tokenPrefixKind: 'installation' | 'user';
  counters: RequestCounters;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

/** fetch with a timeout on each attempt; a failure without an HTTP answer becomes a NetworkFailure (Octokit keeps it as `cause`). */
function timedFetch(base: typeof fetch, timeoutMs: number): typeof fetch {
  return async (input, init) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    try {
      return await base(input, { ...init, signal });
    } catch (err) {
      throw new NetworkFailure(networkFailureKind(err, timeout.aborted), Math.round(timeoutMs / 1000));
    }
  };
}

export function createTransport(settings: TransportSettings): Transport {
  const counters: RequestCounters = { requests: 0, notModified: 0, writes: 0 };
  const maxWait = settings.maxRateLimitWaitSeconds ?? 900;
  const timeoutMs = settings.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const octokit = new PsrtOctokit({
    auth: settings.token,
    baseUrl: settings.apiUrl.replace(/\/+$/, ''),
    userAgent: 'psrt-ops',
    // No `request.retries` default here: plugin-retry would then retry every error, 304s and 404s
    // included. POSTs get `retries: 0` per request below.
    request: { fetch: timedFetch(settings.fetch ?? globalThis.fetch, timeoutMs) },
    log: {
      debug: (m: string) => settings.log.debug(m),
      info: (m: string) => settings.log.debug(m),
      warn: (m: string) => settings.log.warning(m),
      error: (m: string) => settings.log.error(m),
    },
    retry: { retryAfterBaseValue: settings.retryBaseMs ?? 1000, retries: settings.retries ?? 3 },
    throttle: {
      id: 'psrt-ops',
      retryAfterBaseValue: settings.retryBaseMs ?? 1000,
      write: new Bottleneck.Group({ maxConcurrent: 1, minTime: settings.minWriteIntervalMs ?? 1000 }),
      // Writes that notify people (comments, issues, PRs): GitHub asks for more room between them.
      notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: (settings.minWriteIntervalMs ?? 1000) * 3 }),
      onRateLimit: (
        retryAfter: number,
        options: { method: string; url: string },
        _octokit: unknown,
        retryCount: number,
      ) => {
        settings.log.warning(`GitHub rate limit reached on ${options.method} ${options.url}; retry in ${retryAfter}s.`);
        return retryCount < 2 && retryAfter <= maxWait;
      },
      onSecondaryRateLimit: (
        retryAfter: number,
        options: { method: string; url: string },
        _octokit: unknown,
        retryCount: number,
      ) => {
        settings.log.warning(
          `GitHub secondary rate limit on ${options.method} ${options.url}; retry in ${retryAfter}s.`,
        );
        return retryCount < 3 && retryAfter <= maxWait;
      },
    },
  });
  octokit.hook.before('request', (options) => {
    options.headers['x-github-api-version'] = API_VERSION;
    // A POST creates something: if its answer is lost it may have been made, so it is never retried
    // blindly (the next run sees what exists). Rate-limit refusals are still retried by the throttle.
    if (options.method === 'POST' && !String(options.url).endsWith('/graphql')) {
      options.request = { ...options.request, retries: 0 };
    }
  });
  octokit.hook.wrap('request', async (request, options) => {
    counters.requests++;
    if (options.method !== 'GET' && options.method !== 'HEAD') counters.writes++;
    const [projectionName, uncached] = String(options.headers[CONDITIONAL_HEADER] ?? '').split(';') as [
      ProjectionName | '',
      string | undefined,
    ];
    delete options.headers['x-psrt-conditional'];
    const graphqlCall = typeof options.url === 'string' && options.url.endsWith('/graphql');
    // The route as people read it: the path, without the host or the query.
    const route = `${options.method} ${String(options.url)
      .replace(/^[a-z]+:\/\/[^/]+/i, '')
      .replace(/\?.*$/, '')}`;
    // Octokit parses JSON with a bigint-safe parser that is several times slower than JSON.parse;
    // GitHub's ids are far below 2^53, so REST bodies are parsed natively here.
    if (!graphqlCall) options.request = { ...options.request, parseSuccessResponseBody: false };
    const cache = settings.cache;
    const project = projectionName ? PROJECTIONS[projectionName] : undefined;
    // The cache key, only for the requests that use the cache.
    const url =
      project && cache && !uncached && options.method === 'GET'
        ? octokit.request.endpoint.parse(options).url
        : undefined;
    const hit = url ? cache?.get(url) : undefined;
    if (hit?.etag) options.headers['if-none-match'] = hit.etag;
    if (hit?.lastModified) options.headers['if-modified-since'] = hit.lastModified;
    try {
      const response = await request(options);
      if (!graphqlCall)
        response.data = await parseBody(response.data, response.headers['content-type'], route, timeoutMs);
      if (project) {
        response.data = project(response.data, route);
        const etag = response.headers.etag;
        const lastModified = response.headers['last-modified'];
        if (cache && url && (etag || lastModified))
          cache.set(url, { etag, lastModified, link: response.headers.link, data: response.data });
        if (cache) cache.stats.misses++;
      }
      return response;
    } catch (err) {
      if (hit && url && cache && err instanceof RequestError && err.status === 304) {
        counters.notModified++;
        cache.stats.hits++;
        const headers = { ...(err.response?.headers ?? {}), ...(hit.link ? { link: hit.link } : {}) };
        return { status: 200, url, headers, data: hit.data };
      }
      throw err;
    }
  });
  // GraphQL lives at <base>/graphql (api.github.com/graphql; <host>/api/graphql on GHES).
  const graphqlClient = octokit.graphql.defaults({ baseUrl: settings.graphqlUrl.replace(/\/graphql\/?$/, '') });
  // An answer whose body is not JSON, or JSON without `data`, resolves as undefined: never data.
  const graphql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const data = await graphqlClient<T>(query, variables);
    if (data === null || typeof data !== 'object')
      throw new MalformedResponseError('POST /graphql', 'an answer without data');
    return data;
  };
  const tokenPrefixKind = settings.token.startsWith('ghs_') ? 'installation' : 'user';
  return { octokit, graphql, counters, tokenPrefixKind };
}

/**
 * Read a response body Octokit left unparsed. A JSON route's body must parse: text that does not (an
 * HTML error page, a truncated answer) is an error naming the route, never the body, and is never cached.
 */
async function parseBody(
  body: unknown,
  contentType: string | undefined,
  route: string,
  timeoutMs: number,
): Promise<unknown> {
  if (body === null || body === undefined) return '';
  let text: string;
  try {
    text = typeof body === 'string' ? body : await new Response(body as ReadableStream).text();
  } catch (err) {
    // The headers came, the body did not (a stall ended by the timeout, a reset): a network failure.
    throw new NetworkFailure(networkFailureKind(err, false), Math.round(timeoutMs / 1000));
  }
  if (text === '') return '';
  const json = contentType !== undefined && /[/+]json\b/.test(contentType);
  if (!json && /\/raw\b|text\/plain/.test(contentType ?? '')) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new MalformedResponseError(
      route,
      `a body that is not JSON (${text.length} bytes of ${contentType ?? 'unknown type'})`,
    );
  }
}
