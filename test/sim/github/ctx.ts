// The context a route handler gets: request, identity, state, renderers, and a few helpers.
import { badRequest, type RouteResult, type SimRequest } from './http.js';
import type { Access, Identity } from './access.js';
import type { RenderContext } from './render/context.js';
import type { Bucket } from './ratelimit.js';
import type { Store } from './store.js';

export interface Ctx {
  req: SimRequest;
  params: Record<string, string>;
  query: URLSearchParams;
  store: Store;
  access: Access;
  r: RenderContext;
  id: Identity;
  apiVersion: string;
  nowIso(): string;
  /** The token's GraphQL bucket (the GraphQL route charges points itself). */
  graphqlBucket(): Bucket;
  /** Marks a GraphQL mutation as a write; throws the secondary-limit error when writes come too fast. */
  markWrite(): void;
  /** A GraphQL mutation names the repository it changed (Last-Modified moves on there only). */
  touchedRepo(fullName: string): void;
}

export type Handler = (ctx: Ctx) => RouteResult | Promise<RouteResult>;

/** The JSON body as an object (GitHub answers 400 "Problems parsing JSON" otherwise). */
export function jsonBody(ctx: Ctx): Record<string, unknown> {
  if (ctx.req.body.length === 0) return {};
  let value: unknown;
  try {
    value = JSON.parse(ctx.req.body.toString('utf8'));
  } catch {
    throw badRequest('Problems parsing JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw badRequest('Problems parsing JSON');
  return value as Record<string, unknown>;
}

export function ok(body: unknown, status = 200, headers?: Record<string, string>): RouteResult {
  return { status, body, headers };
}

export function noContent(): RouteResult {
  return { status: 204 };
}
