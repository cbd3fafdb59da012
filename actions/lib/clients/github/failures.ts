// How a GitHub request failed, told apart by status, headers and the network error's code, never by
// message text: what a person is told depends on it (a timeout is not "a missing permission").
import { RequestError } from '@octokit/request-error';

export type NetworkFailureKind = 'timeout' | 'reset' | 'refused' | 'dns' | 'tls' | 'bad-url' | 'other';

/** A request that got no HTTP answer. Octokit wraps it (as a RequestError with status 500) and keeps it as `cause`. */
export class NetworkFailure extends Error {
  constructor(
    readonly kind: NetworkFailureKind,
    readonly timeoutSeconds: number,
  ) {
    super(`network failure (${kind})`);
    this.name = 'NetworkFailure';
  }
}

/** GitHub answered with a body that is not what the route sends: never echoed, never cached. */
export class MalformedResponseError extends Error {
  constructor(
    readonly route: string,
    readonly problem: string,
  ) {
    super(`GitHub answered ${route} with ${problem}`);
    this.name = 'MalformedResponseError';
  }
}

const CODES: Record<string, NetworkFailureKind> = {
  ECONNRESET: 'reset',
  EPIPE: 'reset',
  UND_ERR_SOCKET: 'reset',
  UND_ERR_CLOSED: 'reset',
  ECONNREFUSED: 'refused',
  ENOTFOUND: 'dns',
  EAI_AGAIN: 'dns',
  ERR_INVALID_URL: 'bad-url',
  ERR_INVALID_ARG_VALUE: 'bad-url',
  UND_ERR_CONNECT_TIMEOUT: 'timeout',
  UND_ERR_HEADERS_TIMEOUT: 'timeout',
  UND_ERR_BODY_TIMEOUT: 'timeout',
};

/** The kind of a fetch failure, from the error's name and its (nested) `code`. */
export function networkFailureKind(err: unknown, timedOut: boolean): NetworkFailureKind {
  if (timedOut) return 'timeout';
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (e.name === 'TimeoutError') return 'timeout';
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') {
      if (CODES[code]) return CODES[code];
      if (code.startsWith('CERT_') || code.startsWith('ERR_TLS') || code.includes('SSL')) return 'tls';
    }
  }
  return 'other';
}

export function statusOf(err: unknown): number | undefined {
  if (err instanceof RequestError) return networkFailureOf(err) ? undefined : err.status;
  return undefined;
}

export function isNotFound(err: unknown): boolean {
  return statusOf(err) === 404;
}

export function networkFailureOf(err: unknown): NetworkFailure | undefined {
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (e instanceof NetworkFailure) return e;
  }
  return undefined;
}

/** When a 403 or 429 is GitHub's primary rate limit: the time it resets, else undefined. */
export function rateLimitReset(err: unknown): Date | undefined {
  if (!(err instanceof RequestError) || (err.status !== 403 && err.status !== 429)) return undefined;
  const headers = err.response?.headers ?? {};
  if (headers['x-ratelimit-remaining'] !== '0') return undefined;
  const reset = Number(headers['x-ratelimit-reset']);
  return Number.isFinite(reset) && reset > 0 ? new Date(reset * 1000) : new Date(Date.now() + 3600_000);
}

/** A 403 or 429 with `retry-after` that is not the primary limit: GitHub's secondary rate limit. */
export function secondaryRateLimit(err: unknown): number | undefined {
  if (!(err instanceof RequestError) || (err.status !== 403 && err.status !== 429)) return undefined;
  if (rateLimitReset(err)) return undefined;
  const after = Number(err.response?.headers?.['retry-after']);
  if (Number.isFinite(after)) return after;
  return err.status === 429 ? 60 : undefined;
}

const NETWORK_TEXT: Record<NetworkFailureKind, (f: NetworkFailure) => string> = {
  timeout: (f) => `no answer within ${f.timeoutSeconds} s (timeout)`,
  reset: () => 'the connection was reset before GitHub answered',
  refused: () => 'the connection was refused (check GITHUB_API_URL)',
  dns: () => 'the host name could not be resolved (check GITHUB_API_URL)',
  tls: () => 'the TLS handshake failed',
  'bad-url': () => 'the URL is not valid (check GITHUB_API_URL and GITHUB_GRAPHQL_URL)',
  other: () => 'no answer (a network failure)',
};

/** What to tell a person about a failed GitHub request, by status, headers and network error (never by message text). */
export function describeFailure(err: unknown): string {
  if (err instanceof MalformedResponseError) return `${err.problem} from ${err.route}, so it was not used`;
  const network = networkFailureOf(err);
  if (network) return NETWORK_TEXT[network.kind](network);
  const reset = rateLimitReset(err);
  if (reset) return `GitHub's rate limit for this token is used up until ${reset.toISOString()}; run again after that`;
  const secondary = secondaryRateLimit(err);
  if (secondary !== undefined)
    return `GitHub's secondary rate limit stopped it (retry after ${secondary} s); run again later`;
  const status = statusOf(err);
  if (status === 401) return 'the token was rejected (401)';
  if (status === 403) return 'the token lacks a permission for it (403; see README: "Tokens and permissions")';
  if (status === 404) return 'it does not exist, or the token cannot see it (404)';
  if (status === 422) return 'GitHub refused the request as invalid (422)';
  if (status !== undefined) return `GitHub answered ${status}`;
  return `an unexpected failure (${err instanceof Error ? err.name : typeof err})`;
}
