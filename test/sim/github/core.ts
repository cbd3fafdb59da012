// The request pipeline shared by the HTTP server and the in-process fetch: control routes, faults and
// latency, authentication, primary and secondary rate limits, the route, ETags/304, headers, stats.
import { randomBytes } from 'node:crypto';
import { Access, type Identity } from './access.js';
import { etagOf, matchesIfNoneMatch } from './etag.js';
import { Modifications, notModifiedSince } from './modified.js';
import { BodyAsGiven, Faults, type FaultSpec } from './faults.js';
import { HttpError, type RouteResult, type SimRequest, type SimResponse } from './http.js';
import { buildStore } from './load.js';
import { RateLimiter, rateHeaders, type Bucket } from './ratelimit.js';
import { Router, type RouteSpec } from './router.js';
import { Stats } from './stats.js';
import { HTML } from './render/context.js';
import { allRoutes } from './routes/index.js';
import { controlRoute } from './control.js';
import { exportWorld } from './export.js';
import type { Ctx, Handler } from './ctx.js';
import type { Store } from './store.js';
import type { World } from '../world/types.js';

export const API_VERSIONS = ['2022-11-28', '2026-03-10'];

/** A GraphQL request that writes: its document starts with `mutation`. */
function isMutation(body: Buffer): boolean {
  try {
    const query = (JSON.parse(body.toString('utf8')) as { query?: unknown }).query;
    return typeof query === 'string' && /^\s*mutation\b/.test(query);
  } catch {
    return false;
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export class SimCore {
  readonly router = new Router<Handler>();
  readonly faults = new Faults();
  readonly stats = new Stats();
  store: Store;
  access: Access;
  limiter: RateLimiter;
  /** Last-Modified per repository and organization: moves on with every write. */
  modifications: Modifications;
  private world: World;

  constructor(world: World) {
    for (const r of allRoutes) this.router.add(r);
    this.world = world;
    this.store = buildStore(world);
    this.access = new Access(this.store);
    this.limiter = new RateLimiter(world.rateLimits ?? {});
    this.modifications = new Modifications(this.store.clock.nowMs());
  }

  /** Replaces the world (keeps faults and latency; clears stats and rate-limit counters). */
  load(world: World): void {
    this.world = world;
    // A frozen clock stays frozen (at the new world's `now`).
    this.store = buildStore(world, { frozen: this.store.clock.isFrozen() });
    this.access = new Access(this.store);
    this.limiter = new RateLimiter(world.rateLimits ?? {});
    this.modifications = new Modifications(this.store.clock.nowMs());
    this.stats.reset();
  }

  /** Back to the loaded world: stats, rate-limit counters, faults and latency cleared. */
  reset(): void {
    this.faults.clear();
    this.faults.clearLatency();
    this.load(this.world);
  }

  snapshot(): World {
    return exportWorld(this.store, this.limiter.current());
  }

  routes(): RouteSpec<Handler>[] {
    return this.router.routes();
  }

  /** `served`: the request already passed latency and faults (a fault that answers after the real handling). */
  async handle(req: SimRequest, served = false): Promise<SimResponse> {
    if (req.path.startsWith('/_sim/')) return controlRoute(this, req);
    const match = this.router.match(req.method, req.path);
    const route = match && 'route' in match ? match : undefined;
    const key = route ? `${req.method} ${route.route.template}` : `${req.method} (no route)`;
    const template = route?.route.template;

    const latency = served ? 0 : this.faults.latencyFor(req.method, template, req.path);
    if (latency > 0) await sleep(latency);
    const fault = served ? undefined : this.faults.take(req.method, template, req.path);
    if (fault) {
      if (fault.delayMs) await sleep(fault.delayMs);
      // The real answer first (a write is committed, a body to truncate), then the fault in its place.
      if (fault.afterCommit || fault.truncateBodyAt !== undefined)
        return this.faultAnswer(fault, key, await this.handle(req, true));
      const answer = this.faultAnswer(fault, key);
      if (answer) return answer;
    }

    const requestId = randomBytes(8).toString('hex').toUpperCase();
    const base: Record<string, string> = {
      'x-github-request-id': requestId,
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      'access-control-allow-origin': '*',
      'x-content-type-options': 'nosniff',
    };
    const respond = (
      status: number,
      body: unknown,
      headers: Record<string, string> = {},
      flags = { charged: false, write: false, notModified: false, points: 0 },
    ): SimResponse => {
      this.stats.record(key, status, flags);
      const text = body === undefined || status === 204 || status === 304 ? null : JSON.stringify(body);
      return {
        status,
        headers: {
          ...base,
          ...(text !== null ? { 'content-type': 'application/json; charset=utf-8' } : {}),
          ...headers,
        },
        body: text,
      };
    };

    const version = req.headers['x-github-api-version'];
    if (version && !API_VERSIONS.includes(version)) {
      return respond(400, {
        message: `The '${version}' API version is not supported. Supported versions: ${API_VERSIONS.join(', ')}.`,
        documentation_url: 'https://docs.github.com/rest/about-the-rest-api/api-versions',
        status: '400',
      });
    }
    if (version) base['x-github-api-version-selected'] = version;

    // Authentication.
    const auth = req.headers['authorization'];
    const tokenText = auth?.replace(/^(token|bearer)\s+/i, '').trim();
    if (!tokenText)
      return respond(401, {
        message: 'Requires authentication',
        documentation_url: 'https://docs.github.com/rest',
        status: '401',
      });
    const token = this.store.tokens.get(tokenText);
    if (!token)
      return respond(401, {
        message: 'Bad credentials',
        documentation_url: 'https://docs.github.com/rest',
        status: '401',
      });
    const id: Identity = { token, user: this.store.userById(token.userId) };
    if (token.kind === 'user') base['x-oauth-scopes'] = 'admin:org, repo, repository_advisories, user';

    if (!route)
      return respond(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });

    const graphql = route.route.template === '/graphql';
    const nowMs = this.store.clock.nowMs();
    const core = this.limiter.bucket(token, 'core', nowMs);
    if (!graphql && core.used >= core.limit) {
      const who = token.kind === 'app' ? `installation ID ${token.installation_id}` : `user ID ${id.user.id}`;
      return respond(
        403,
        {
          message: `API rate limit exceeded for ${who}. If you reach out to GitHub Support for help, please include the request ID ${requestId}.`,
          documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
          status: '403',
        },
        rateHeaders(core),
      );
    }
    let write = route.route.write ?? req.method !== 'GET';
    if (write && !graphql) {
      const wait = this.limiter.writeDelay(token, nowMs);
      if (wait > 0) return this.secondaryLimited(respond, requestId, wait, rateHeaders(core));
    }

    let gqlPoints = 0;
    const touched: string[] = [];
    let gqlBucket: Bucket | undefined;
    const ctx: Ctx = {
      req,
      params: route.params,
      query: req.query,
      store: this.store,
      access: this.access,
      id,
      r: { store: this.store, access: this.access, api: req.origin, html: HTML, viewer: id },
      apiVersion: version ?? '2022-11-28',
      nowIso: () => this.store.clock.iso(),
      graphqlBucket: () => (gqlBucket ??= this.limiter.bucket(token, 'graphql', nowMs)),
      touchedRepo: (fullName) => touched.push(fullName),
      markWrite: () => {
        const wait = this.limiter.writeDelay(token, nowMs);
        if (wait > 0) throw new SecondaryLimit(wait);
        write = true;
      },
    };

    let result: RouteResult;
    try {
      result = await route.route.handler(ctx);
    } catch (error) {
      if (error instanceof SecondaryLimit)
        return this.secondaryLimited(respond, requestId, error.wait, rateHeaders(ctx.graphqlBucket()));
      if (!(error instanceof HttpError)) {
        // A bug in the simulator: answer 500 with the cause rather than dropping the request.
        const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
        return respond(500, {
          message: `Simulator error in ${key}: ${detail}`,
          documentation_url: 'https://docs.github.com/rest',
          status: '500',
        });
      }
      if (!graphql) core.used++;
      if (write) this.limiter.recordWrite(token, nowMs);
      return respond(
        error.status,
        error.body(),
        { ...error.headers, ...rateHeaders(graphql ? ctx.graphqlBucket() : core) },
        { charged: !graphql, write, notModified: false, points: 0 },
      );
    }
    if (graphql) gqlPoints = Number(result.headers?.['x-sim-graphql-cost'] ?? 0);
    if (write) this.limiter.recordWrite(token, nowMs);
    // A write moves Last-Modified on for what it touched: a REST write its path, a GraphQL mutation the
    // repositories it names (everything when it names none).
    if (graphql && (write || isMutation(req.body))) {
      if (touched.length === 0) this.modifications.written(req.path, nowMs);
      for (const repo of touched) this.modifications.written(`/repos/${repo}`, nowMs);
    } else if (write && result.status < 400) this.modifications.written(req.path, nowMs);

    const headers: Record<string, string> = { ...(result.headers ?? {}) };
    delete headers['x-sim-graphql-cost'];
    if (result.raw) {
      core.used++;
      this.stats.record(key, result.status, { charged: true, write, notModified: false });
      return {
        status: result.status,
        headers: { ...base, ...headers, ...rateHeaders(core), 'content-type': result.raw.contentType },
        body: result.raw.data,
      };
    }
    const text = result.body === undefined || result.status === 204 ? null : JSON.stringify(result.body);
    if (req.method === 'GET' && result.status === 200 && text !== null) {
      // GitHub's ETags are specific to the token that asked: another token's ETag never matches.
      const etag = etagOf(`${token.token}\n${text}`);
      headers['etag'] = etag;
      headers['cache-control'] = 'private, max-age=60, s-maxage=60';
      headers['vary'] = 'Accept, Authorization, Cookie, X-GitHub-OTP';
      const lastModified = this.modifications.lastModified(route.route.template, req.path);
      if (lastModified) headers['last-modified'] = lastModified;
      const unchanged =
        matchesIfNoneMatch(req.headers['if-none-match'], etag) ||
        (lastModified !== undefined && notModifiedSince(req.headers['if-modified-since'], lastModified));
      if (unchanged) {
        // A 304 costs nothing against the primary limit.
        this.stats.record(key, 304, { charged: false, write: false, notModified: true });
        return { status: 304, headers: { ...base, ...headers, ...rateHeaders(core) }, body: null };
      }
    }
    const bucket = graphql ? ctx.graphqlBucket() : core;
    if (!graphql) core.used++;
    this.stats.record(key, result.status, { charged: true, write, notModified: false, points: gqlPoints });
    return {
      status: result.status,
      headers: {
        ...base,
        ...(text !== null ? { 'content-type': 'application/json; charset=utf-8' } : {}),
        ...headers,
        ...rateHeaders(bucket),
      },
      body: text,
    };
  }

  private secondaryLimited(
    respond: (s: number, b: unknown, h?: Record<string, string>) => SimResponse,
    requestId: string,
    wait: number,
    rate: Record<string, string>,
  ): SimResponse {
    const status = this.limiter.secondary()?.status ?? 403;
    return respond(
      status,
      {
        message: `You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ${requestId}.`,
        documentation_url:
          'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        status: String(status),
      },
      { ...rate, 'retry-after': String(wait) },
    );
  }

  /**
   * What an injected fault sends: a reset, a stall, a body as given, a truncated real answer or an
   * error status. `real` is the real answer when the request was served first (its stats are counted).
   * Undefined: the fault only delays, and the real answer follows.
   */
  private faultAnswer(fault: FaultSpec, key: string, real: SimResponse): SimResponse;
  private faultAnswer(fault: FaultSpec, key: string): SimResponse | undefined;
  private faultAnswer(fault: FaultSpec, key: string, real?: SimResponse): SimResponse | undefined {
    const record = (status: number) => {
      if (!real) this.stats.record(key, status, { charged: false, write: false, notModified: false });
    };
    if (fault.reset) {
      record(0);
      return { status: 0, headers: {}, body: null, reset: true };
    }
    if (fault.hang) {
      const status = fault.status ?? real?.status ?? 200;
      record(status);
      const headers = real?.headers ?? { 'content-type': 'application/json; charset=utf-8' };
      return { status, headers: { ...headers, ...fault.headers }, body: null, hang: fault.hang };
    }
    if (fault.rawBody !== undefined) {
      const status = fault.status ?? 200;
      record(status);
      return {
        status,
        headers: { 'content-type': fault.contentType ?? 'text/html; charset=utf-8', ...fault.headers },
        body: fault.rawBody,
      };
    }
    if (fault.truncateBodyAt !== undefined && real) {
      const whole = real.body === null ? Buffer.alloc(0) : Buffer.from(real.body);
      return { ...real, body: whole.subarray(0, fault.truncateBodyAt) };
    }
    if (fault.status) {
      record(fault.status);
      return this.faultResponse(fault.status, fault.body, fault.headers);
    }
    return real;
  }

  private faultResponse(status: number, body: unknown, headers: Record<string, string> = {}): SimResponse {
    if (body instanceof BodyAsGiven)
      return { status, headers: { 'content-type': body.contentType, ...headers }, body: body.text };
    const messages: Record<number, string> = {
      500: 'Server Error',
      502: 'Bad Gateway',
      503: 'Service Unavailable',
      504: 'Gateway Timeout',
      429: 'Too Many Requests',
    };
    const secondary = status === 403 || status === 429;
    const payload = body ?? {
      message: secondary
        ? 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'
        : (messages[status] ?? 'Injected fault'),
      documentation_url: 'https://docs.github.com/rest',
      status: String(status),
    };
    return {
      status,
      headers: {
        'content-type': 'application/json; charset=utf-8',
        ...(secondary && body === undefined ? { 'retry-after': '1' } : {}),
        ...headers,
      },
      body: status === 204 || status === 304 ? null : JSON.stringify(payload),
    };
  }
}

class SecondaryLimit extends Error {
  constructor(readonly wait: number) {
    super('secondary rate limit');
  }
}
