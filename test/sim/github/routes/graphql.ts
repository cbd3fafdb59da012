// POST /graphql: charges the token's GraphQL points, then runs the query (graphql.ts).
import { prepare, run } from '../graphql.js';
import { HttpError } from '../http.js';
import { HTML } from '../render/context.js';
import { rateHeaders } from '../ratelimit.js';
import type { Handler } from '../ctx.js';
import type { RouteSpec } from '../router.js';

const graphqlHandler: Handler = async (ctx) => {
  let body: unknown;
  try {
    body = JSON.parse(ctx.req.body.toString('utf8') || '{}');
  } catch {
    throw new HttpError(400, 'Problems parsing JSON', { documentation_url: 'https://docs.github.com/graphql' });
  }
  const b = (typeof body === 'object' && body !== null ? body : {}) as {
    query?: unknown;
    variables?: unknown;
    operationName?: unknown;
  };
  if (typeof b.query !== 'string')
    throw new HttpError(400, 'A query attribute must be specified and must be a string.', {
      documentation_url: 'https://docs.github.com/graphql',
    });
  const variables = (typeof b.variables === 'object' && b.variables !== null ? b.variables : {}) as Record<
    string,
    unknown
  >;
  const bucket = ctx.graphqlBucket();
  const prepared = prepare(b.query, variables, typeof b.operationName === 'string' ? b.operationName : undefined);
  if ('errors' in prepared) return { status: 200, body: { errors: prepared.errors }, headers: rateHeaders(bucket) };
  if (bucket.used + prepared.cost > bucket.limit) {
    const who =
      ctx.id.token.kind === 'app' ? `installation ID ${ctx.id.token.installation_id}` : `user ID ${ctx.id.user.id}`;
    throw new HttpError(
      403,
      `API rate limit already exceeded for ${who}.`,
      { errors: [{ type: 'RATE_LIMITED', message: `API rate limit already exceeded for ${who}.` }] },
      rateHeaders(bucket),
    );
  }
  if (prepared.operation.operation === 'mutation') ctx.markWrite();
  bucket.used += prepared.cost;
  const result = await run(
    prepared,
    {
      store: ctx.store,
      access: ctx.access,
      id: ctx.id,
      html: HTML,
      nowIso: ctx.nowIso,
      bucket,
      cost: prepared.cost,
      nodeCount: prepared.nodeCount,
      markWrite: () => undefined,
      touchedRepo: (fullName) => ctx.touchedRepo(fullName),
    },
    variables,
  );
  return {
    status: 200,
    body: result,
    headers: { ...rateHeaders(bucket), 'x-sim-graphql-cost': String(prepared.cost) },
  };
};

export const graphqlRoutes: RouteSpec<Handler>[] = [
  { method: 'POST', template: '/graphql', handler: graphqlHandler, write: false, preview: true },
];
