// Transport-neutral request/response types and GitHub's error bodies.

export interface SimRequest {
  method: string;
  /** Path without the query string, percent-decoding left to the router. */
  path: string;
  query: URLSearchParams;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  body: Buffer;
  /** Origin the client used (for URLs in bodies and Link headers). */
  origin: string;
}

export interface SimResponse {
  status: number;
  headers: Record<string, string>;
  body: string | Buffer | null;
  /** Destroy the connection instead of answering (fault injection). */
  reset?: boolean;
  /** Stall instead of answering (fault injection): nothing at all, or the headers without a body. */
  hang?: 'no-answer' | 'no-body';
}

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json | undefined };

export interface RouteResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Raw body (e.g. `application/vnd.github.raw`). */
  raw?: { contentType: string; data: Buffer | string };
}

const DOCS = 'https://docs.github.com/rest';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  body(): Record<string, unknown> {
    return {
      message: this.message,
      ...this.extra,
      documentation_url: (this.extra['documentation_url'] as string | undefined) ?? DOCS,
      status: String(this.status),
    };
  }
}

export function notFound(): HttpError {
  return new HttpError(404, 'Not Found');
}

/** What an App or Actions token gets when it lacks a permission; GitHub names the permission it wanted. */
export function integrationForbidden(permission?: string): HttpError {
  return new HttpError(
    403,
    'Resource not accessible by integration',
    {},
    permission ? { 'x-accepted-github-permissions': permission } : {},
  );
}

export interface FieldError {
  resource: string;
  field?: string;
  code: string;
  message?: string;
  value?: unknown;
}

export function validationFailed(errors: FieldError[] | string[], message = 'Validation Failed'): HttpError {
  return new HttpError(422, message, { errors });
}

export function badRequest(message: string): HttpError {
  return new HttpError(400, message);
}
