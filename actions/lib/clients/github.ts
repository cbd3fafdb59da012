// The GitHub client: Octokit (REST endpoint methods, pagination) with GitHub's throttling and retry
// plugins, the pinned API version, and conditional requests through an ETag cache. Settings come
// from the entry; nothing here reads the environment.
import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { RequestError } from '@octokit/request-error';
import Bottleneck from 'bottleneck';
import type { Logger } from '../jobs/context.js';
import type { EtagCache } from './etag-cache.js';

export const API_VERSION = '2022-11-28';

/** The request header that opts a GET into conditional requests; removed before the request is sent. */
const CONDITIONAL_HEADER = 'x-psrt-conditional';

/**
 * Spread into a GET's parameters to make it a conditional request through the ETag cache. A header,
 * not a request option, because pagination carries only method, URL and headers to the next pages.
 * Answers served from the cache carry no free text (see etag-cache.ts): use them for structure only.
 */
export const CONDITIONAL = { headers: { [CONDITIONAL_HEADER]: '1' } } as const;

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
      onRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
        settings.log.warning(`GitHub rate limit reached on ${options.method} ${options.url}; retry in ${retryAfter}s.`);
        return retryCount < 2 && retryAfter <= maxWait;
      },
      onSecondaryRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
        settings.log.warning(`GitHub secondary rate limit on ${options.method} ${options.url}; retry in ${retryAfter}s.`);
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
    const cache = settings.cache;
    const optedIn = options.headers[CONDITIONAL_HEADER] === '1' || (options.request as { cacheable?: boolean } | undefined)?.cacheable === true;
    delete options.headers['x-psrt-conditional'];
    const cacheable = cache !== undefined && options.method === 'GET' && optedIn;
    if (!cacheable) return request(options);
    const url = rest.request.endpoint.parse(options).url;
    const hit = cache.get(url);
    if (hit?.etag) options.headers['if-none-match'] = hit.etag;
    if (hit?.lastModified) options.headers['if-modified-since'] = hit.lastModified;
    try {
      const response = await request(options);
      const etag = response.headers.etag;
      const lastModified = response.headers['last-modified'];
      if (etag || lastModified) cache.set(url, { etag, lastModified, link: response.headers.link, data: response.data });
      cache.stats.misses++;
      return response;
    } catch (err) {
      if (hit && err instanceof RequestError && err.status === 304) {
        counters.notModified++;
        cache.stats.hits++;
        const headers = { ...(err.response?.headers ?? {}), ...(hit.link ? { link: hit.link } : {}) };
        return { status: 200, url, headers, data: hit.data };
      }
      throw err;
    }
  });
  const graphqlUrl = settings.graphqlUrl;
  const graphql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const result = await rest.graphql<T>(query, { ...variables, url: graphqlUrl });
    return result;
  };
  const tokenKind = settings.token.startsWith('ghs_') ? 'installation' : 'user';
  return { rest, graphql, counters, tokenKind };
}

export function statusOf(err: unknown): number | undefined {
  return err instanceof RequestError ? err.status : undefined;
}

export function isNotFound(err: unknown): boolean {
  return statusOf(err) === 404;
}
