// The GitHub client: Octokit (REST endpoint methods, pagination) with GitHub's throttling and retry
// plugins, the pinned API version, and conditional requests through an ETag cache. Settings come
// from the entry; nothing here reads the environment.
import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { RequestError } from '@octokit/request-error';
// The light build: Bottleneck without Redis clustering (which psrt-ops never uses), as plugin-throttling
// itself imports it; the full one would put a second copy, twice the size, in every bundle.
import Bottleneck from 'bottleneck/light.js';
import type { Logger } from '../jobs/context.js';
import type { EtagCache } from './etag-cache.js';
import type { ProjectionName } from './projections.js';
import { PROJECTIONS } from './projections.js';

export const API_VERSION = '2022-11-28';

/** The request header that opts a GET into conditional requests; removed before the request is sent. */
const CONDITIONAL_HEADER = 'x-psrt-conditional';

/**
 * Spread into a GET's parameters to make it a conditional request through the ETag cache, its answer
 * projected (see projections.ts: no free text, no API links; `advisories` keeps an AdvisoryRecord).
 * A header, not a request option, because pagination carries only method, URL and headers onward.
 */
export function conditional(projection: ProjectionName = 'compact'): { headers: Record<string, string> } {
  return { headers: { [CONDITIONAL_HEADER]: projection } };
}

export const CONDITIONAL = conditional();

const PsrtOctokit = Octokit.plugin(restEndpointMethods, paginateRest, throttling, retry);
export type GitHubRest = InstanceType<typeof PsrtOctokit>;

export interface GitHubSettings {
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
  /** How many times to retry a 5xx or network failure. */
  retries?: number;
  /** Conditional requests: opt-in per request with `...CONDITIONAL`. */
  cache?: EtagCache;
  /** Secondary-limit and rate-limit waits longer than this fail the run instead of sleeping. */
  maxRateLimitWaitSeconds?: number;
}

export interface GitHub {
  rest: GitHubRest;
  /**
   * From the token's prefix: `ghs_` is an App installation (or Actions) token, which acts as a bot
   * that holds no membership; anything else is treated as a person's token.
   */
  tokenKind: 'installation' | 'user';
  graphql: <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;
  /** Requests sent, for the job's report: total, and answered 304 from the cache. */
  counters: { requests: number; notModified: number; writes: number };
}

export function createGitHub(settings: GitHubSettings): GitHub {
  const counters = { requests: 0, notModified: 0, writes: 0 };
  const maxWait = settings.maxRateLimitWaitSeconds ?? 900;
  const rest = new PsrtOctokit({
    auth: settings.token,
    baseUrl: settings.apiUrl.replace(/\/+$/, ''),
    userAgent: 'psrt-ops',
    // No `request.retries` here: plugin-retry would then retry every error, 304s and 404s included.
    request: { fetch: settings.fetch },
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
  rest.hook.before('request', (options) => {
    options.headers['x-github-api-version'] = API_VERSION;
  });
  rest.hook.wrap('request', async (request, options) => {
    counters.requests++;
    if (options.method !== 'GET' && options.method !== 'HEAD') counters.writes++;
    const projectionName = options.headers[CONDITIONAL_HEADER] as ProjectionName | undefined;
    delete options.headers['x-psrt-conditional'];
    const graphqlCall = typeof options.url === 'string' && options.url.endsWith('/graphql');
    // Octokit parses JSON with a bigint-safe parser that is several times slower than JSON.parse;
    // GitHub's ids are far below 2^53, so REST bodies are parsed natively here.
    if (!graphqlCall) options.request = { ...options.request, parseSuccessResponseBody: false };
    const cache = settings.cache;
    const project = projectionName ? (PROJECTIONS[projectionName] ?? PROJECTIONS.compact) : undefined;
    // The cache key, only for the requests that use the cache.
    const url = project && cache && options.method === 'GET' ? rest.request.endpoint.parse(options).url : undefined;
    const hit = url ? cache?.get(url) : undefined;
    if (hit?.etag) options.headers['if-none-match'] = hit.etag;
    if (hit?.lastModified) options.headers['if-modified-since'] = hit.lastModified;
    try {
      const response = await request(options);
      if (!graphqlCall) response.data = await parseBody(response.data, response.headers['content-type']);
      if (project) {
        response.data = project(response.data);
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
  const graphqlClient = rest.graphql.defaults({ baseUrl: settings.graphqlUrl.replace(/\/graphql\/?$/, '') });
  const graphql = <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> =>
    graphqlClient<T>(query, variables);
  const tokenKind = settings.token.startsWith('ghs_') ? 'installation' : 'user';
  return { rest, graphql, counters, tokenKind };
}

export function statusOf(err: unknown): number | undefined {
  return err instanceof RequestError ? err.status : undefined;
}

export function isNotFound(err: unknown): boolean {
  return statusOf(err) === 404;
}

/** Read a response body Octokit left unparsed: JSON through JSON.parse, other text as text. */
async function parseBody(body: unknown, contentType: string | undefined): Promise<unknown> {
  if (body === null || body === undefined || typeof body === 'string') return body ?? '';
  const stream = body as ReadableStream;
  const text = await new Response(stream).text();
  if (contentType && /[/+]json\b/.test(contentType)) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

/** When a 403 or 429 is GitHub's primary rate limit: the time it resets, else undefined. */
export function rateLimitReset(err: unknown): Date | undefined {
  if (!(err instanceof RequestError) || (err.status !== 403 && err.status !== 429)) return undefined;
  const headers = err.response?.headers ?? {};
  if (headers['x-ratelimit-remaining'] !== '0') return undefined;
  const reset = Number(headers['x-ratelimit-reset']);
  return Number.isFinite(reset) && reset > 0 ? new Date(reset * 1000) : new Date(Date.now() + 3600_000);
}

/** What to tell a person about a failed GitHub read, by status (never by message text). */
export function describeReadFailure(err: unknown): string {
  const reset = rateLimitReset(err);
  if (reset) return `GitHub's rate limit for this token is used up until ${reset.toISOString()}; run again after that`;
  const status = statusOf(err);
  if (status === 401) return 'the token was rejected';
  if (status === 403) return 'the token lacks a permission for it (see README: "Tokens and permissions")';
  if (status === 404) return 'it does not exist, or the token cannot see it';
  if (status !== undefined) return `GitHub answered ${status}`;
  return `no answer (${err instanceof Error ? err.message : String(err)})`;
}
