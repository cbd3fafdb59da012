// CVE Services simulator: a node:http server (and the same handler as an in-process fetch) over the
// state of a world. API routes live under /api as in production; control routes under /_sim.
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CveService } from './service.js';
import type { CveSimStats, Reply, RouteDef } from './service.js';
import type { CveWorld, Json } from './world.js';

export type { CveSimStats, RouteStats } from './service.js';
export type {
  CveIdEntry,
  CveIdSpec,
  CveOrgSpec,
  CveRecord,
  CveSection,
  CveUserSpec,
  CveWorld,
  IdRange,
} from './world.js';
export { DEFAULT_ORG } from './world.js';

export interface CveSimOptions {
  world: CveWorld;
  /** 0 or absent: a free port. */
  port?: number;
  /** Items per page of GET /cve-id (the service uses 500). */
  pageSize?: number;
}

export interface CveCredentials {
  org: string;
  user: string;
  key: string;
}

const API = '/api';
const CONTROL = '/_sim';

export class CveSim {
  /** Base URL including the /api prefix, e.g. http://127.0.0.1:5000/api. */
  readonly url: string;
  /** Base URL of the control routes (/_sim). */
  readonly controlUrl: string;
  /** WHATWG fetch over the same state and stats, without a socket; the URL's host is ignored. */
  readonly fetch: typeof fetch;

  private constructor(
    private readonly service: CveService,
    private readonly server: Server,
    origin: string,
  ) {
    this.url = origin + API;
    this.controlUrl = origin + CONTROL;
    this.fetch = async (input, init) => this.respond(new Request(input, init));
  }

  static async start(opts: CveSimOptions): Promise<CveSim> {
    const service = new CveService(opts.world, opts.pageSize);
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    const sim = new CveSim(service, server, `http://127.0.0.1:${port}`);
    server.on('request', (req: IncomingMessage, res: ServerResponse) => void sim.serve(req, res));
    return sim;
  }

  /** The first user of the first org: the CNA account a test acts as. */
  get credentials(): CveCredentials {
    return this.service.firstUser();
  }

  /** The routes served (method and OpenAPI path), for conformance checks. */
  get routes(): readonly Pick<RouteDef, 'method' | 'path'>[] {
    return this.service.routes.map(({ method, path }) => ({ method, path }));
  }

  snapshot(): CveWorld {
    return this.service.snapshot();
  }

  stats(): CveSimStats {
    return this.service.getStats();
  }

  /** Back to the world it started with (or to `world`), stats cleared. */
  reset(world?: CveWorld): void {
    this.service.reset(world);
  }

  /** Freeze the clock at `iso`. */
  setClock(iso: string): void {
    this.service.setClock(iso);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.server.close((err) => (err ? reject(err) : resolve())));
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
      const method = req.method ?? 'GET';
      const body = chunks.length > 0 && method !== 'GET' && method !== 'HEAD' ? Buffer.concat(chunks) : undefined;
      const response = await this.respond(
        new Request(`http://${req.headers.host ?? '127.0.0.1'}${req.url ?? '/'}`, { method, headers, body }),
      );
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch (err) {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({ error: 'INTERNAL_SERVER_ERROR', message: err instanceof Error ? err.message : String(err) }),
      );
    }
  }

  private async respond(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const raw = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.text();
    if (url.pathname === API || url.pathname.startsWith(API + '/')) {
      return toResponse(
        this.service.handle(request.method, url.pathname.slice(API.length), url.searchParams, request.headers, raw),
      );
    }
    if (url.pathname.startsWith(CONTROL + '/'))
      return toResponse(this.control(request.method, url.pathname.slice(CONTROL.length), raw));
    return toResponse({ status: 404, body: { error: 'NOT_FOUND', message: '404: resource not found' } });
  }

  private control(method: string, path: string, raw: string): Reply {
    try {
      const body = raw.trim() ? (JSON.parse(raw) as Record<string, unknown>) : {};
      if (method === 'GET' && path === '/stats') return { status: 200, body: this.stats() as unknown as Json };
      if (method === 'GET' && path === '/world') return { status: 200, body: this.snapshot() as unknown as Json };
      if (method === 'POST' && path === '/reset') {
        this.reset(Object.keys(body).length > 0 ? (body as CveWorld) : undefined);
        return { status: 200, body: { reset: true } };
      }
      if (method === 'POST' && path === '/clock') {
        if (typeof body.now === 'string') this.service.setClock(body.now);
        else if (typeof body.advance_seconds === 'number') this.service.advanceClock(body.advance_seconds);
        else
          return {
            status: 400,
            body: { error: 'BAD_CLOCK', message: 'Send {"now": ISO 8601} or {"advance_seconds": n}.' },
          };
        return { status: 200, body: { now: this.service.now().toISOString() } };
      }
      return { status: 404, body: { error: 'NOT_FOUND', message: `No control route ${method} ${CONTROL}${path}` } };
    } catch (err) {
      return {
        status: 400,
        body: { error: 'BAD_CONTROL_REQUEST', message: err instanceof Error ? err.message : String(err) },
      };
    }
  }
}

function toResponse(reply: Reply): Response {
  if (reply.body === undefined) return new Response(null, { status: reply.status });
  return new Response(JSON.stringify(reply.body), {
    status: reply.status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}
